import FupinCore

/// A number with its unit, found in a sentence: the span, before any context is attached.
struct Candidate {
    var value: Double
    var high: Double?             // the upper end of a range (3-5万元): two facts
    var isRange: Bool { high != nil }
    var measure: Measure
    var unit: String              // as normalised (`万元`, `户`)
    var start: Int                // first scalar of the surface (a leading hedge included)
    var numberStart: Int
    var end: Int                  // past the unit and any trailing hedge
    var unitEnd: Int              // past the unit
    var approx: Bool
    var kindAfterUnit: (Kind, String)?
    var isClassifier: Bool
    var rule: String
}

/// Recognises a figure at a position: number, range, multiplier, hedge, unit; and refuses
/// the traps (phones, dates, URLs, ordinals, slogans, meta counters).
struct CandidateReader {
    let s: [UInt32]
    let quotes: [Range<Int>]

    static let rangeSeparators = ScalarSet(values: [0x2D, 0x7E, 0x2014, 0x2013, 0x81F3, 0x5230])   // - ~ — – 至 到
    static let percentPrefix: [UInt32] = "百分之".unicodeScalars.map(\.value)
    static let ge: UInt32 = 0x4E2A   // 个
    static let de: UInt32 = 0x7684   // 的

    /// Reads a figure at `i` inside `sentence`; returns it (or nil) and where scanning resumes.
    func read(at i: Int, in sentence: Range<Int>) -> (Candidate?, Int) {
        let limit = sentence.upperBound
        var percentByPrefix = false
        var at = i
        if s[i] == Self.percentPrefix[0], s[i..<min(limit, i + 3)].elementsEqual(Self.percentPrefix) {
            percentByPrefix = true
            at = i + 3
        }
        guard let n = NumberReader.arabic(s, at: at, limit: limit) ?? NumberReader.chinese(s, at: at, limit: limit) else {
            return (nil, i + 1)
        }
        let skip: (Candidate?, Int) = (nil, max(n.end, i + 1))
        if isEmbedded(start: at, end: n.end, limit: limit, sentence: sentence) { return skip }
        if n.isChinese, at > sentence.lowerBound, TrapLexicon.ordinalPrefixes.contains(s[at - 1]) { return skip }
        if !n.isChinese, at > sentence.lowerBound, s[at - 1] == 0x7B2C { return skip }   // 第16期
        if inSloganQuote(at) { return skip }

        var high: Double?   // the upper end of a range (no array until a figure is kept)
        var pos = n.end
        // one space between a number and what follows it (`60 人`, `15 万元`), as pages typeset it
        if pos + 1 < limit, s[pos] == 0x20, NormalizedText.isHan(s[pos + 1]) { pos += 1 }
        var approx = n.approx
        // range: 3-5万元, 3至5万元
        if pos + 1 < limit, Self.rangeSeparators.contains(s[pos]),
           let n2 = (n.isChinese ? NumberReader.chinese(s, at: pos + 1, limit: limit) : NumberReader.arabic(s, at: pos + 1, limit: limit)),
           n2.value > n.value {
            high = n2.value
            pos = n2.end
        }
        if let h = HedgeLexicon.inside.longest(in: s, at: pos, limit: limit), h.value != "hedge.来" || n.isChinese { approx = true; pos += h.length }
        var multiplier = 1.0
        var unitStart = pos
        if let m = UnitLexicon.multipliers.longest(in: s, at: pos, limit: limit), !(n.isChinese && m.value < 10_000),
           (UnitLexicon.trie.longest(in: s, at: pos, limit: limit)?.length ?? 0) < 2 {
            multiplier = m.value; pos += m.length
            if let h = HedgeLexicon.inside.longest(in: s, at: pos, limit: limit), h.value != "hedge.几" { approx = true; pos += h.length }
            unitStart = pos
        }
        // unit
        var measure: Measure
        var unitEnd: Int
        var rule: String
        var classifier = false
        var scale = 1.0
        var unitKind: (Kind, String)?
        if percentByPrefix {
            measure = .percent; unitEnd = pos; rule = "unit.percent.百分之"
        } else if let v = villagePhrase(at: pos, limit: limit) {
            measure = .villages; unitEnd = v; rule = "unit.villages.个…村"
        } else if multiplier >= 10_000, let h = UnitLexicon.householdNouns.longest(in: s, at: pos, limit: limit) {
            measure = .households; unitEnd = pos + h.length; rule = "unit.households.万+农户"
        } else if multiplier >= 10_000, let p = UnitLexicon.peopleNouns.longest(in: s, at: pos, limit: limit) {
            measure = .persons; unitEnd = pos + p.length; rule = "unit.persons.万+人口"
        } else if let u = UnitLexicon.trie.longest(in: s, at: pos, limit: limit) {
            guard let m = u.value.measure else { return skip }
            measure = m; unitEnd = pos + u.length; rule = u.value.rule; classifier = u.value.isClassifier
            scale = u.value.scale; unitKind = u.value.kind
            if m == .villages, unitEnd < limit, UnitLexicon.villageWordContinuations.contains(s[unitEnd]) {
                // 4个村级联合党委: 村 starts another word; count by the classifier alone
                guard s[pos] == Self.ge else { return skip }
                measure = .items; unitEnd = pos + 1; rule = "unit.items.个"; classifier = true
            }
        } else {
            return skip
        }
        // 退出贫困村36个: a bare 个 right after a village noun counts villages
        let bareGe = measure == .items && unitEnd == pos + 1 && s[pos] == Self.ge   // rule unit.items.个, without comparing strings
        if bareGe, unitEnd >= limit || !NormalizedText.isHan(s[unitEnd]) || s[unitEnd] == 0x3002,
           UnitLexicon.villageNouns.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 3) != nil {
            measure = .villages; rule = "unit.villages.村…个"
        }
        if multiplier != 1 && !measure.takesMultiplier { return skip }
        var end = unitEnd
        if let h = HedgeLexicon.after.longest(in: s, at: end, limit: limit) {
            if h.value == "hedge.以上", end + h.length < limit, s[end + h.length] == Self.de { return skip }   // 500人以上的: a threshold
            approx = true; end += h.length
        }
        let after = KindCues.afterUnit.longest(in: s, at: end, limit: limit)
        if let a = after, a.value.1 == "kind.target.以下", end + a.length < limit, s[end + a.length] == Self.de { return skip }
        if let a = after { end += a.length }

        // Chinese numerals make slogans more often than counts: 一户一档, 千企帮千村, 八项保障.
        if n.isChinese {
            if n.value == 1 && high == nil && s[at] != 0x58F9 { return skip }   // but 壹 (financial) is never a slogan's 一
            // a lone 十 counts people (十人, 拾名), or is hedged (十余户); a lone 万/千/百 is a word
            // (百姓, 千家万户) unless a hedge makes it a figure (近万元)
            if n.end - at == 1, let unitValue = NumberReader.chineseUnits[s[at]], unitValue >= 100 || !(approx || measure == .persons),
               !(unitValue >= 1_000 && HedgeLexicon.before.longestEnding(in: s, at: i, from: sentence.lowerBound, maxLength: 2) != nil) { return skip }
            if rule == "unit.villages.村" { return skip }
            if TrapLexicon.sloganHeads.longest(in: s, at: unitEnd, limit: limit) != nil { return skip }
        }
        // 48个“战场”: a classifier counting a quoted slogan
        if classifier, measure == .items, unitEnd < limit, TrapLexicon.openQuotes[s[unitEnd]] != nil, s[unitEnd] != 0x300A { return skip }
        // meta counters: 阅读 1234次, 电话:12377
        if hasMetaCue(before: i, sentence: sentence) { return skip }

        var start = i
        if let h = HedgeLexicon.before.longestEnding(in: s, at: i, from: sentence.lowerBound, maxLength: 2),
           !isFalseHedge(endingAt: i, sentence: sentence) {
            approx = true; start = i - h.length
        }
        let unit = NormalizedText.string(s[(multiplier != 1 ? unitStart - multiplierLength(unitStart) : unitStart)..<unitEnd])
        return (Candidate(value: NumberReader.scaled(n.value, multiplier * scale), high: high.map { NumberReader.scaled($0, multiplier * scale) }, measure: measure,
                          unit: unit,
                          start: start, numberStart: at, end: end, unitEnd: unitEnd, approx: approx,
                          kindAfterUnit: after?.value ?? unitKind, isClassifier: classifier, rule: rule), end)
    }

    private func isFalseHedge(endingAt i: Int, sentence: Range<Int>) -> Bool {
        Self.falseHedges.contains { ws in i - ws.count >= sentence.lowerBound && s[(i - ws.count)..<i].elementsEqual(ws) }
    }
    /// Characters that glue a number to a code or an address before it (`A-12`, `#3`, `x2`).
    static let glueBefore = ScalarSet("_/\\@#-.+=*×")
    static let falseHedges: [[UInt32]] = HedgeLexicon.falseHedges.map { $0.unicodeScalars.map(\.value) }

    private func multiplierLength(_ unitStart: Int) -> Int {
        var k = unitStart
        while k > 0, NumberReader.chineseUnits[s[k - 1]] != nil { k -= 1 }
        return unitStart - k
    }

    /// `6个省定扶贫工作重点村`: 个, up to ten characters, and a village noun that ends a word.
    private func villagePhrase(at pos: Int, limit: Int) -> Int? {
        guard pos < limit, s[pos] == Self.ge else { return nil }
        var k = pos + 1
        while k < limit, k - pos <= 11, NormalizedText.isHan(s[k]) {
            if let v = UnitLexicon.villageNouns.longest(in: s, at: k, limit: limit) {
                let e = k + v.length
                if e >= limit || !UnitLexicon.villageWordContinuations.contains(s[e]) { return e }
            }
            if NumberReader.isChineseNumeral(s[k]) && k > pos + 1 { return nil }
            k += 1
        }
        return nil
    }

    /// Part of a phone number, date, time, URL, file name or code rather than a count.
    private func isEmbedded(start: Int, end: Int, limit: Int, sentence: Range<Int>) -> Bool {
        if start > sentence.lowerBound {
            let p = s[start - 1]
            if Self.isASCIILetter(p) || Self.glueBefore.contains(p) { return true }
            if p == 0x3A, start >= 2, NumberReader.isDigit(s[start - 2]) { return true }
        }
        if end < limit {
            let q = s[end]
            if q == 0x5F || q == 0x40 || q == 0x2B || q == 0x3D { return true }
            if Self.isASCIILetter(q), !(q == 0x6B && end + 1 < limit && s[end + 1] == 0x6D) { return true }   // allow km
            // 15:31, 2020.10.16, 10/16 (a dash is read as a range first, then needs a unit)
            if (q == 0x3A || q == 0x2E || q == 0x2F), end + 1 < limit, NumberReader.isDigit(s[end + 1]) { return true }
            if q == 0x2E, end + 1 < limit, Self.isASCIILetter(s[end + 1]) { return true }
        }
        // inside an ASCII token that looks like a URL or an e-mail address
        var a = start
        while a > sentence.lowerBound, s[a - 1] > 0x20, s[a - 1] < 0x7F { a -= 1 }
        var b = end
        while b < limit, s[b] > 0x20, s[b] < 0x7F { b += 1 }
        if b - a > end - start, Self.addressMarks.contains(where: { Outline.find($0, in: s, a..<b, foldingASCIICase: true) != nil }) { return true }
        return false
    }

    /// Pieces of URLs and e-mail addresses (lowercase ASCII): a number inside one is no figure.
    static let addressMarks: [[UInt32]] = ["http", "www", "@", ".htm", ".com", ".cn", ".jpg", ".png"].map { $0.unicodeScalars.map(\.value) }

    private func inSloganQuote(_ i: Int) -> Bool {
        quotes.contains { $0.contains(i) }
    }

    private func hasMetaCue(before i: Int, sentence: Range<Int>) -> Bool {
        let from = max(sentence.lowerBound, i - 8)
        var k = from
        while k < i {
            if let m = TrapLexicon.metaCues.longest(in: s, at: k, limit: i) , k + m.length <= i {
                // only when nothing but spaces, colons and hedges separate cue and number
                let gap = s[(k + m.length)..<i]
                if gap.allSatisfy({ $0 == 0x20 || $0 == 0x3A || $0 == 0x91CF || $0 == 0x6570 || $0 == 0x6B21 || $0 == 0x7EA6 }) { return true }
            }
            k += 1
        }
        return false
    }

    @inline(__always) static func isASCIILetter(_ u: UInt32) -> Bool { (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }

    /// A short quotation that reports rather than names: it ends a sentence (`“今年全村35户脱贫。”`)
    /// or has an Arabic figure with its unit (`“去年卖了3000斤,挣了5000元”`).
    static func isSpeech(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            let u = s[k]
            if u == 0x3002 || u == 0x21 || u == 0x3F { return true }
            if NumberReader.isDigit(u) {
                while k < r.upperBound, NumberReader.isDigit(s[k]) || s[k] == 0x2E { k += 1 }
                if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: r.upperBound) { k += m.length }
                if let unit = UnitLexicon.trie.longest(in: s, at: k, limit: r.upperBound), unit.value.measure != nil { return true }
                continue
            }
            k += 1
        }
        return false
    }

    /// Short quoted phrases and book titles in a line: slogans and names, not reports.
    static func sloganQuotes(_ s: [UInt32], _ line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let openQuotes = TrapLexicon.openQuotes   // a static read per scalar would call swift_once each time
        var i = line.lowerBound
        while i < line.upperBound {
            // to the next opening quote, without bounds checks: most lines have none
            i = s.withUnsafeBufferPointer { p in
                var k = i
                while k < line.upperBound, openQuotes[p[k]] == nil { k += 1 }
                return k
            }
            guard i < line.upperBound else { break }
            if let close = openQuotes[s[i]] {
                var j = i + 1
                while j < line.upperBound, s[j] != close { j += 1 }
                if j < line.upperBound {
                    let isBook = s[i] == 0x300A
                    if isBook || (j - i - 1 <= TrapLexicon.sloganMaxLength && !isSpeech(s, (i + 1)..<j)) { out.append(i..<(j + 1)) }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
