/// A figure's subject: the noun phrase that governs it, cut at word boundaries of
/// ``SubjectLexicon`` (longest match, unknown characters alone), two to ten characters.
///
/// Where it is taken from, in order:
/// 1. a village count names its villages in the unit: `6个省定扶贫工作重点村` → `省定扶贫工作重点村`;
/// 2. for a classifier and for people, households, villages, length, land and weight, the noun
///    phrase after the unit (`7个扶贫车间` → `扶贫车间`; `5821名建档立卡贫困劳动力外出务工` →
///    `建档立卡贫困劳动力`: who is counted; what they do shows in the topic), a chained figure
///    skipped (`306户、469名建档立卡贫困人口`), ending at its last head noun;
/// 3. else the phrase right before the number, back to the nearest verb or function word
///    (`安排小额信贷贴息资金120万元` → `小额信贷贴息资金`, `贫困发生率降至0.5%` → `贫困发生率`);
///    when that run is only a unit or function words, a quoted name right before it
///    (`表彰“最美巾帼志愿者”476人`) or the phrase before an earlier figure of the clause
///    (`农村低保对象4456户6536人`, `低保标准从5544元提高到7920元`);
/// 4. else the phrase after the unit for any measure (`设立了50万元的担保基金` → `担保基金`);
/// 5. else the verb right before the number (`比上年增加1649人` → `增加`), else the words after
///    the figure past function words (`5067户13533人全部脱贫` → `脱贫`), else nothing.
///
/// A phrase longer than ten characters loses words at its left (the head stays). The chosen
/// span is checked against the word list: a word crossing either end moves it to that word's
/// edge. Runs are bounds in the text; nothing is copied until the pool makes the string.
enum SubjectResolver {
    static let maxLength = 10
    /// How far back from a number the phrase before it is read.
    static let reach = 24

    static func subject(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, pool: StringPool) -> String {
        var words = Words()
        return subject(s, candidate: c, clause: clause, pool: pool, words: &words)
    }

    /// The subject, with the clause's words kept in `words` for the next figure of the clause.
    /// `places`: the names of places on the line, in the text's order; a subject that starts with or inside them starts
    /// after them (`大方县三元乡双元村脱贫` → `脱贫`: the place is the figure's region, no noun of it).
    static func subject(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, pool: StringPool, words: inout Words,
                        places: [Range<Int>] = [], path: [String] = []) -> String {
        if words.clause != clause { words.reset(clause) }
        var r = span(s, candidate: c, clause: clause, words: &words)
        // (asked only where a place's name holds the subject's first character: few do)
        if !places.isEmpty, !r.isEmpty, places.inOrder(containing: r.lowerBound) != nil {
            r = pastPlaces(s, r, places, path: path, words: &words)
        }
        return r.isEmpty ? "" : pool.string(s[r])
    }

    /// `r` from the end of the names of the figure's places (of `path`, by their full or short
    /// name) that it starts with or inside, a chain of them each right after the one before, where
    /// a word of the list starts there and two characters or more are left (`个旧籍贫困人口` keeps
    /// its 个旧: 籍 starts no word).
    @inline(never)
    static func pastPlaces(_ s: [UInt32], _ r: Range<Int>, _ places: [Range<Int>], path: [String], words: inout Words) -> Range<Int> {
        var start = r.lowerBound
        while let p = places.inOrder(containing: start) {
            // (compared scalar by scalar: no string made of the name)
            guard path.contains(where: { $0.unicodeScalars.lazy.map(\.value).starts(with: s[p]) }) else { break }
            start = p.upperBound
        }
        guard start > r.lowerBound, r.upperBound - start >= 2, words.longest(s, at: start, limit: r.upperBound) != nil else { return r }
        return start..<r.upperBound
    }

    /// The longest word of ``SubjectLexicon`` at each position of one clause, read once: a
    /// subject is settled by asking for the words around several points, each a few positions
    /// back, and the clause's other figures ask again. (measured: the subject's 23.7 → 22.2 M
    /// instructions a pass over 400 reports)
    struct Words {
        private(set) var clause: Range<Int> = 0..<0
        /// Per position: -1 not read yet, 0 no word, else the word's length and its role
        /// (`length | role << 8`), in a buffer of its own (no copy-on-write check a write).
        private let table = Table()
        private let trie = SubjectLexicon.trie   // one static read a scan, not one a word

        final class Table {
            var entries = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
            var capacity = 64
            deinit { entries.deallocate() }
        }

        mutating func reset(_ clause: Range<Int>) {
            self.clause = clause
            if clause.count > table.capacity {
                table.entries.deallocate()
                table.capacity = max(clause.count, table.capacity * 2)
                table.entries = .allocate(capacity: table.capacity)
            }
            table.entries.initialize(repeating: -1, count: clause.count)
        }

        /// `SubjectLexicon.trie.longest(in: s, at: p, limit: limit)`: the clause's longest word
        /// at `p` is it whenever it ends by `limit`, and no word there means none for any limit.
        @inline(__always)
        func longest(_ s: [UInt32], at p: Int, limit: Int) -> (length: Int, value: SubjectRole)? {
            guard p >= clause.lowerBound, p < clause.upperBound, limit <= clause.upperBound, clause.upperBound <= s.count else {
                return trie.longest(in: s, at: p, limit: limit)
            }
            let slot = table.entries + (p - clause.lowerBound)
            var e = slot.pointee
            if e < 0 {
                if let m = trie.longest(in: s, at: p, limit: clause.upperBound) { e = Int32(m.length) | Int32(m.value.rawValue) << 8 } else { e = 0 }
                slot.pointee = e
            }
            let n = Int(e & 0xFF)
            if n == 0 { return nil }
            if p + n <= limit { return (n, SubjectRole(rawValue: UInt8(e >> 8))!) }
            return trie.longest(in: s, at: p, limit: limit)
        }
    }

    /// The subject's bounds in `s` (empty when none).
    static func span(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>) -> Range<Int> {
        var words = Words()
        words.reset(clause)
        return span(s, candidate: c, clause: clause, words: &words)
    }

    static func span(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, words: inout Words) -> Range<Int> {
        if c.measure == .villages, let v = unitNoun(s, c, words: &words), let r = settled(s, v, clause: clause, words: &words) { return r }
        let afterFirst: Bool
        switch c.measure {
        case .persons, .households, .villages, .km, .mu, .tons: afterFirst = true
        default: afterFirst = c.isClassifier
        }
        let after = phraseAfter(s, c, clause: clause, words: &words)
        if afterFirst, let r = settled(s, after, clause: clause, words: &words) { return r }
        let (before, verb) = phraseBefore(s, end: c.start, clause: clause, words: &words)
        if let r = settled(s, before, clause: clause, words: &words) { return r }
        if !afterFirst, let r = settled(s, after, clause: clause, words: &words) { return r }
        if let v = verb, let r = settled(s, v, clause: clause, words: &words) { return r }
        // last, the words after the figure past any function word: 5067户13533人全部脱贫 → 脱贫
        if let r = settled(s, phraseAfter(s, c, clause: clause, pastFunctionWords: true, words: &words), clause: clause, words: &words) { return r }
        return c.start..<c.start
    }

    // MARK: - Words

    /// The word at `i` (longest match, else the character alone) and its role.
    @inline(__always)
    static func word(_ s: [UInt32], at i: Int, limit: Int, words: inout Words) -> (length: Int, role: SubjectRole) {
        if let m = words.longest(s, at: i, limit: limit) { return (m.length, m.value) }
        return (1, .word)
    }

    /// A word of the list that starts before `b` and ends after it, within `clause`.
    static func crossing(_ s: [UInt32], at b: Int, clause: Range<Int>, words: inout Words) -> Range<Int>? {
        guard b > clause.lowerBound, b < clause.upperBound else { return nil }
        var p = b - 1
        let lowest = max(clause.lowerBound, b - SubjectLexicon.maxWordLength + 1)
        while p >= lowest {
            if let m = words.longest(s, at: p, limit: clause.upperBound), p + m.length > b { return p..<(p + m.length) }
            p -= 1
        }
        return nil
    }

    /// `r` with both ends moved off any word that crosses them, if two to ten characters remain.
    static func settled(_ s: [UInt32], _ r: Range<Int>, clause: Range<Int>, words: inout Words) -> Range<Int>? {
        var (x, y) = (r.lowerBound, r.upperBound)
        guard y - x >= 2 else { return nil }
        for _ in 0..<6 {
            if let w = crossing(s, at: x, clause: clause, words: &words) {
                // drop the word's tail; take the whole word when too little would remain
                if y - w.upperBound >= 2 { x = w.upperBound } else { x = w.lowerBound }
                continue
            }
            if let w = crossing(s, at: y, clause: clause, words: &words) {
                if w.upperBound - x <= maxLength { y = w.upperBound } else { y = w.lowerBound }
                continue
            }
            return y - x >= 2 && y - x <= maxLength ? x..<y : nil
        }
        return nil
    }

    /// The first word boundary at or after `x` from which `y` is at most ten characters away,
    /// segmenting from `from`.
    static func leftCut(_ s: [UInt32], from: Int, to y: Int, words: inout Words) -> Int {
        var k = from
        while y - k > maxLength, k < y { k += word(s, at: k, limit: y, words: &words).length }
        return k
    }

    // MARK: - Candidates

    /// The noun in a village count's unit (`个省定扶贫工作重点村` → `省定扶贫工作重点村`).
    static func unitNoun(_ s: [UInt32], _ c: Candidate, words: inout Words) -> Range<Int>? {
        var k = c.numberEnd
        while k < c.unitEnd, s[k] != CandidateReader.ge { k += 1 }
        guard k < c.unitEnd else { return nil }
        var e = k + 1
        while e < c.unitEnd, NormalizedText.isHan(s[e]) { e += 1 }
        guard e - (k + 1) >= 2 else { return nil }
        return leftCut(s, from: k + 1, to: e, words: &words)..<e
    }

    /// The noun phrase after the unit: function words skipped, content words to the next verb or
    /// function word, ending at the last head noun among them.
    static func phraseAfter(_ s: [UInt32], _ c: Candidate, clause: Range<Int>, pastFunctionWords: Bool = false, words: inout Words) -> Range<Int> {
        let bound = clause.upperBound
        var k = c.end
        // a chained figure: 5067户13533人全部脱贫, 306户、469名建档立卡贫困人口
        while k < bound, NumberReader.isDigit(s[k]) || (s[k] == 0x3001 && k + 1 < bound && NumberReader.isDigit(s[k + 1])) {
            k = skipFigure(s, from: k, bound: bound)
        }
        // linking words (`的`, `确定为`) before the phrase
        while k < bound, let w = SubjectLexicon.linking.longest(in: s, at: k, limit: bound) { k += w.length }
        while pastFunctionWords, k < bound, NormalizedText.isHan(s[k]) {
            let w = word(s, at: k, limit: bound, words: &words)
            guard w.role == .function else { break }
            k += w.length
        }
        // a quoted name: 34名“乡村振兴指导员”
        if k < bound, let q = quoted(s, openingAt: k, bound: bound) { return q }
        let start = k
        var lastHead: Int?
        while k < bound, NormalizedText.isHan(s[k]), k - start < 16 {
            let w = word(s, at: k, limit: bound, words: &words)
            if w.role == .function || w.role == .verb { break }
            k += w.length
            if w.role == .head { lastHead = k }
        }
        let end = lastHead ?? k
        guard end - start >= 2 else { return start..<start }
        return leftCut(s, from: start, to: end, words: &words)..<end
    }

    /// Past a number, its hedges, multiplier and unit (and a `、` before it).
    static func skipFigure(_ s: [UInt32], from: Int, bound: Int) -> Int {
        var k = from
        if s[k] == 0x3001 { k += 1 }
        while k < bound, NumberReader.isDigitOrPoint(s[k]) { k += 1 }
        if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: bound) { k += h.length }
        if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: bound) { k += m.length }
        if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: bound) { k += h.length }
        if let u = UnitLexicon.trie.longest(in: s, at: k, limit: bound) { k += u.length }
        if let h = HedgeLexicon.after.longest(in: s, at: k, limit: bound) { k += h.length }
        return max(k, from + 1)
    }

    /// The phrase right before the number (trailing verbs and function words skipped), back to
    /// the nearest verb or function word; and the verb right before the number, if any.
    static func phraseBefore(_ s: [UInt32], end: Int, clause: Range<Int>, hops: Int = 2, words: inout Words) -> (Range<Int>, Range<Int>?) {
        var end = end
        // a label's colon inside the clause (Outline.labelsFigure: 人均可支配收入:11860元): the phrase ends before it
        var j = end
        while j > clause.lowerBound, s[j - 1] == 0x20 { j -= 1 }
        if j > clause.lowerBound, s[j - 1] == ListItems.colon { end = j - 1 }
        var a = end
        while a > clause.lowerBound, end - a < reach, NormalizedText.isHan(s[a - 1]) { a -= 1 }
        let runStart = a
        // after a figure (放款5户23万元), the run starts with its unit: skip it
        if a > clause.lowerBound, a < end, NumberReader.isDigit(s[a - 1]) {
            if let m = UnitLexicon.multipliers.longest(in: s, at: a, limit: end) { a += m.length }
            if let u = UnitLexicon.trie.longest(in: s, at: a, limit: end) { a += u.length }
            // (after a year, its 年 and the part of the year it names: 2019年减贫3.2万人 → 减贫, not 年减贫)
            else if s[a] == YearResolver.nian {
                a += 1
                while a < end, TimeLexicon.yearParts.contains(s[a]) { a += 1 }
            }
        }
        // forward over the words: the last run of content words, and the last verb after it
        var k = a
        var segment = a..<a          // the content run being read, or the last one closed
        var open = false
        var verb: Range<Int>?        // a verb after the last content run
        while k < end {
            let w = word(s, at: k, limit: end, words: &words)
            switch w.role {
            case .head, .word:
                if !open { segment = k..<k; open = true; verb = nil }
                segment = segment.lowerBound..<(k + w.length)
            case .verb:
                open = false
                verb = w.length >= 2 ? k..<(k + w.length) : nil
            case .function:
                open = false
            }
            k += w.length
        }
        if segment.count >= 2 { return (leftCut(s, from: segment.lowerBound, to: segment.upperBound, words: &words)..<segment.upperBound, verb) }
        // a quoted name right before: 表彰“最美巾帼志愿者”476人
        if segment.isEmpty, a > clause.lowerBound, let q = quoted(s, closingBefore: a, clause: clause) { return (q, verb) }
        // an earlier figure of the clause names both: 低保标准从5544元提高到7920元, 农村低保对象4456户6536人
        // (贫困发生率从46.06%下降到7.58%: past the earlier figure's % too)
        let figureEnd = runStart > clause.lowerBound && s[runStart - 1] == 0x25 ? runStart - 1 : runStart
        if hops > 0, figureEnd > clause.lowerBound, NumberReader.isDigit(s[figureEnd - 1]) {
            var n = figureEnd - 1
            while n > clause.lowerBound, NumberReader.isDigitOrPoint(s[n - 1]) { n -= 1 }
            let (r, _) = phraseBefore(s, end: n, clause: clause, hops: hops - 1, words: &words)
            if r.count >= 2 { return (r, verb) }
        }
        return (segment.lowerBound..<segment.lowerBound, verb)
    }

    // MARK: - Quoted names

    /// The Han text of a quotation that opens at `k` (two to ten characters).
    static func quoted(_ s: [UInt32], openingAt k: Int, bound: Int) -> Range<Int>? {
        guard let close = TrapLexicon.openQuotes[s[k]] else { return nil }
        var e = k + 1
        while e < bound, e - k <= maxLength + 1, NormalizedText.isHan(s[e]) { e += 1 }
        guard e < bound, s[e] == close, e - (k + 1) >= 2, e - (k + 1) <= maxLength else { return nil }
        return (k + 1)..<e
    }

    /// The Han text of a quotation that closes right before `a` (two to ten characters).
    static func quoted(_ s: [UInt32], closingBefore a: Int, clause: Range<Int>) -> Range<Int>? {
        let close = s[a - 1]
        var b = a - 1
        while b > clause.lowerBound, a - 1 - b <= maxLength, NormalizedText.isHan(s[b - 1]) { b -= 1 }
        guard b > clause.lowerBound, TrapLexicon.openQuotes[s[b - 1]] == close, a - 1 - b >= 2, a - 1 - b <= maxLength else { return nil }
        return b..<(a - 1)
    }
}
