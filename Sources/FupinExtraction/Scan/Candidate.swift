import FupinCore

/// A number with its unit, found in a sentence: the span, before any context is attached.
struct Candidate {
    var value: Double
    var high: Double?             // the upper end of a range (3-5万元): two facts
    var listed: [Double]          // figures listed between the first and `high` (30、40、50户): a fact each
    var isRange: Bool { high != nil }
    var measure: Measure
    var unit: String              // as normalised (`万元`, `户`)
    var start: Int                // first scalar of the surface (a leading hedge included)
    var numberStart: Int
    var numberEnd: Int            // past the number's digits or numerals
    var end: Int                  // past the unit and any trailing hedge
    var unitEnd: Int              // past the unit
    var approx: Bool
    var kindAfterUnit: (Kind, String)?
    var isClassifier: Bool
    var rule: String
}

/// What the finder saw at a number, before any refusal: the number, its range partner,
/// hedges, multiplier and unit row. Refusals (``Trap``) are predicates over a span.
///
/// A class, filled in by the finder alone and only read after it: as a struct of this size,
/// each span returned was copied, and destroyed through the runtime's generic witnesses, which
/// cost more than its allocation (measured: 380.2 → 374.9 M instructions a pass over 400 reports).
/// One a line's reader, filled anew at each number (``reset(start:numberStart:number:)``): an
/// allocation and a deinit a number saved (measured with ``Outline/clause(_:around:in:listsSplit:)``
/// read through pointers and the topic cues' firm names read once: 341.5 → 336.3 M instructions a
/// pass over 400 reports).
final class Span {
    /// Where scanning started (a `百分之` or the number) and where the number itself starts.
    var start = 0
    var numberStart = 0
    var number = ReadNumber(value: 0, end: 0, isChinese: false, approx: false)
    var high: Double?
    /// Figures listed between the number and `high` (`30、40、50户`: 40).
    var listed: [Double] = []
    /// Figures listed by 、 (`30、40、50户`), not two joined by 和.
    var enumerated = false
    var approx = false
    var multiplier = 1.0
    var unitStart = 0
    /// After the unit (or where it would start when none was found).
    var unitEnd = 0
    /// The unit row's measure; nil when no unit followed, or the row counts nothing (`3个月`).
    var measure: Measure?
    var unitFound = false
    var rule = ""
    var classifier = false
    var scale = 1.0
    var unitKind: (Kind, String)?
    var unitTag = UnitTag.plain
    /// Past the unit's trailing hedge and kind word (`以上`, `以内`).
    var end = 0
    var trailingHedge: HedgeRow?
    var afterUnit: AfterUnitRow?
    /// A `的` right after the trailing hedge or kind word: `500人以上的`, `5万元以内的` describe a class.
    var describesClass = false

    /// The span of a number read at `start` (its numeral at `numberStart`), nothing after it read
    /// yet: every field set, as a new span's.
    @inline(__always)
    func reset(start: Int, numberStart: Int, number: ReadNumber) {
        self.start = start; self.numberStart = numberStart; self.number = number; high = nil; approx = number.approx
        if !listed.isEmpty { listed = [] }
        enumerated = false
        multiplier = 1.0; unitStart = number.end; unitEnd = number.end; measure = nil; unitFound = false; rule = ""
        classifier = false; scale = 1.0; unitKind = nil; unitTag = .plain; end = number.end; trailingHedge = nil
        afterUnit = nil; describesClass = false
    }
}

/// Recognises a figure at a position: the finder reads a ``Span`` (number, range, multiplier,
/// hedge, unit); the first ``Trap`` whose predicate holds refuses it; else the resolver makes
/// the ``Candidate`` (value and measure from the unit row).
struct CandidateReader {
    let s: [UInt32]
    /// The line's quotations (``quotations(_:_:)``) and, of them, its slogans and titles.
    let quotations: [Range<Int>]
    let quotes: [Range<Int>]
    /// The extractor's gazetteer: a numeral that starts one of its names is part of a place's
    /// name. (The gazetteer held, not a copy of its names' trie, whose arrays each line's reader
    /// retained and released: measured, 342.3 → 339.2 M instructions a pass over 400 reports.)
    let gazetteer: Gazetteer
    /// Where the units' strings come from: the few units recur in every report, and a string
    /// built anew was validated each time (measured, with the asides' brackets in a bitmap:
    /// 350.6 → 346.1 M instructions a pass over 400 reports).
    let units: StringPool
    /// Where the sentence being read names an era of history (`民国`, `红军`), for ``Trap/history``
    /// (``eraStarts(_:_:line:)``: read once a sentence with a figure, not once a line).
    var eras: [Int] = []
    /// Where it names a place outside the campaign (`香港`, `印度`), for ``Trap/outside`` (read in the same scan).
    var outsiders: [Int] = []
    /// Where it names a tender's terms (`保证金`, `注册资本`), for ``Trap/tender`` (read in the same scan).
    var tenderTerms: [Int] = []
    /// The span ``find(at:in:)`` fills and returns, read before the next number is.
    let span = Span()

    /// Where eras of history and places outside the campaign start in a sentence, each read as a word of its
    /// line (to the line's end).
    /// (A scan through pointers: measured, 352.0 → 350.6 M instructions a pass over 400 reports, mean of two runs.)
    /// (`tenders`: the document's title calls for tenders, and every sentence speaks of one)
    static func sentenceMarks(_ s: [UInt32], _ sentence: Range<Int>, line: Range<Int>, tenders: Bool) -> (eras: [Int], outsiders: [Int], tenderTerms: [Int]) {
        var out: (eras: [Int], outsiders: [Int], tenderTerms: [Int]) = ([], [], [])
        var tendering = tenders   // (a tender's terms only in a sentence that speaks of one)
        for m in TrapLexicon.sentenceMarks.startsWithValues(in: s, sentence, limit: line.upperBound) {
            switch m.value {
            // (塘头镇的张红军今年42岁: an era's word right after a surname is a person's given name)
            // (not 朱毛红军: two surnames, two men's names, before it)
            case .era: if !(m.at > sentence.lowerBound && PlaceLexicon.surnames.contains(s[m.at - 1])
                            && !(m.at - 1 > sentence.lowerBound && PlaceLexicon.surnames.contains(s[m.at - 2]))) { out.eras.append(m.at) }
            case .outside: out.outsiders.append(m.at)
            case .tender: out.tenderTerms.append(m.at)
            case .tendering: tendering = true
            }
        }
        if !tendering { out.tenderTerms = [] }
        return out
    }

    static let rangeSeparators = ScalarSet(values: [0x2D, 0x7E, 0x2014, 0x2013, 0x81F3, 0x5230])   // - ~ — – 至 到
    static let he: UInt32 = 0x548C   // 和
    static let percentPrefix: [UInt32] = "百分之".unicodeScalars.map(\.value)
    static let fractionMark: [UInt32] = "分之".unicodeScalars.map(\.value)

    /// The tables ``find(at:in:)`` reads for every number, behind one lazy global: each
    /// `static let` is one, and every read of one calls `swift_once` (measured: 305.0 → 304.3 M
    /// instructions a pass over 400 reports).
    final class Tables: Sendable {
        let percentPrefix = CandidateReader.percentPrefix, fractionMark = CandidateReader.fractionMark
        let hedgesInside = HedgeLexicon.inside, hedgesAfter = HedgeLexicon.after
        let multipliers = UnitLexicon.multipliers, afterUnit = KindCues.afterUnit
    }
    static let tables = Tables()
    static let ge: UInt32 = 0x4E2A   // 个
    static let wan: UInt32 = 0x4E07  // 万

    /// How long a quoted name of villages after 个 may be, its quotes included (`“空壳村”`, `“乡村振兴示范村”`, `“全国乡村旅游重点村”`: 11).
    static let quotedVillagesLength = 12

    /// Where a verb of being stands before a year's time and `的` that end right before `i`
    /// (`由|2017年底的`, `由|去年底的`), nil when they do not.
    static func copulaBeforeYear(_ s: [UInt32], before i: Int, from lower: Int) -> Int? {
        var k = i - 1
        guard k - 3 >= lower, s[k] == CandidateReader.de else { return nil }
        k -= 1
        while k > lower, TimeLexicon.periodEnds.contains(s[k]) { k -= 1 }
        guard s[k] == YearResolver.nian else { return nil }
        // (空壳村由去年底的96个减少到17个: a year told relative to the report's, ``TimeLexicon/relative``, ending in 年)
        let relative = TimeLexicon.relative.longestEnding(in: s, at: k + 1, from: lower, maxLength: 3)?.length
        let digits = k - 4 >= lower && (k - 4..<k).allSatisfy({ NumberReader.isDigit(s[$0]) })
        guard relative != nil || digits else { return nil }
        let yearStart = k + 1 - (relative ?? YearResolver.yearWithMarker)
        guard yearStart - 1 >= lower, let v = UnitLexicon.countCopulas.longestEnding(in: s, at: yearStart, from: lower, maxLength: 2) else { return nil }
        return yearStart - v.length
    }

    /// A whole Arabic count of three digits or more that is no year (`133488`, not `2020`): it may
    /// name its people by the noun after it (`解决133488农村人口饮水`), as 万 may.
    @inline(__always)
    static func bareCount(_ span: Span) -> Bool {
        let v = span.number.value
        return !span.number.isChinese && span.multiplier == 1 && v >= 100 && v == v.rounded()
            && !(v < 10_000 && Campaign.years.contains(Int(v)))
    }
    static let da: UInt32 = 0x6253   // 打, a dozen
    static let de: UInt32 = 0x7684   // 的

    /// What reading at a position gave.
    enum Reading {
        case figure(Candidate)
        /// A number with a unit that a trap refused (`--explain` shows these).
        case refused(Trap, Range<Int>)
        case nothing
    }

    /// Whether only spaces stand between the line's start and `at`.
    static func opensLine(_ s: [UInt32], _ at: Int) -> Bool {
        var k = at
        while k > 0, TableCells.isGap(s[k - 1]) { k -= 1 }
        return k == 0 || s[k - 1] == Outline.newline
    }
    /// `1/3`, `2/3`, `1/10` as a share in percent: a numerator below its denominator, the
    /// denominator 2 to 10, both whole, nothing of a date, path or code around them (`2019/1/3`,
    /// `1/3.5`, `a/1/3`).
    static func slashFraction(_ s: [UInt32], _ n: ReadNumber, at: Int, limit: Int) -> ReadNumber? {
        guard n.end + 1 < limit, s[n.end] == 0x2F, !s[at..<n.end].contains(where: { !NumberReader.isDigit($0) }),
              at == 0 || !(s[at - 1] < 0x80 && s[at - 1] != 0x20), NumberReader.isDigit(s[n.end + 1]),
              let m = NumberReader.arabic(s, at: n.end + 1, limit: limit), !s[(n.end + 1)..<m.end].contains(where: { !NumberReader.isDigit($0) }),
              (2...10).contains(m.value), n.value >= 1, n.value < m.value,
              // (1/3日, 1/3号: dates; 占近1/3,贫困发生率…: a clause's mark after it, ASCII once normalised, ends it)
              m.end >= limit || Outline.isClauseBreak(s[m.end]) || s[m.end] == 0x29
                || (!(s[m.end] < 0x80 && s[m.end] != 0x20) && s[m.end] != 0x65E5 && s[m.end] != 0x53F7),
              // (1/6 骆驼湾村新貌: a gallery's counter opening a caption's line, a space after it, counts photos)
              !(m.end < limit && s[m.end] == 0x20 && Self.opensLine(s, at)) else { return nil }
        return ReadNumber(value: (n.value / m.value * 10_000).rounded() / 100, end: m.end, isChinese: false, approx: false)
    }

    /// Finds, refuses or resolves the figure at `i`; `next` is set to where reading goes on.
    /// (`next` an inout, not a tuple's second half: the tuple was copied twice after each call;
    /// measured, 305.9 → 305.6 M instructions a pass over 400 reports.)
    func reading(at i: Int, in sentence: Range<Int>, next: inout Int) -> Reading {
        guard let span = find(at: i, in: sentence) else { next = i + 1; return .nothing }
        if let trap = Trap.first(refusing: span, reader: self, sentence: sentence) {
            // (第1、2、3批: a list refused whole, none of its figures read again)
            next = max(span.listed.isEmpty ? span.number.end : span.unitStart, i + 1)
            return .refused(trap, span.start..<max(span.unitEnd, span.number.end))
        }
        let figure = resolve(span, sentence: sentence)
        next = span.end
        return .figure(figure)
    }

    // MARK: - Finder

    /// Where a hedge after `pos` ends (`左右`, `以上`), or `pos` where none stands there.
    static func pastHedge(_ s: [UInt32], _ pos: Int, _ limit: Int) -> Int {
        pos + (HedgeLexicon.after.longest(in: s, at: pos, limit: limit)?.length ?? 0)
    }
    /// Past one or two spaces at `pos` when a Chinese character or `%` follows them (`60 人`,
    /// `1000  万`, `87.3 %`).
    @inline(__always) static func pastSpaces(_ s: [UInt32], _ pos: Int, _ limit: Int) -> Int {
        var k = pos
        while k < limit, k - pos < 2, s[k] == 0x20 { k += 1 }
        return k > pos && k < limit && (NormalizedText.isHan(s[k]) || s[k] == 0x25) ? k : pos
    }

    /// The span at `i`: number, range, hedges, multiplier, unit; nil when no number starts here.
    func find(at i: Int, in sentence: Range<Int>) -> Span? {
        let limit = sentence.upperBound
        let tables = Self.tables   // one lazy global read a number, not six
        var percentRule: String?   // 百分之五, 三分之一: a share read before any unit
        var at = i
        if s[i] == tables.percentPrefix[0], s[i..<min(limit, i + 3)].elementsEqual(tables.percentPrefix) {
            percentRule = "unit.percent.百分之"
            at = i + 3
        }
        guard var n = NumberReader.arabic(s, at: at, limit: limit) ?? NumberReader.chinese(s, at: at, limit: limit) else { return nil }
        // 三分之一, 千分之三: a fraction is a share, its value in percent
        if percentRule == nil, n.end + 2 < limit, s[n.end] == tables.fractionMark[0], s[n.end + 1] == tables.fractionMark[1], n.value > 0,
           let m = n.isChinese ? NumberReader.chinese(s, at: n.end + 2, limit: limit) : NumberReader.arabic(s, at: n.end + 2, limit: limit),
           m.value < n.value {
            n = ReadNumber(value: (m.value / n.value * 10_000).rounded() / 100, end: m.end, isChinese: n.isChinese, approx: n.approx || m.approx)
            percentRule = Self.fractionRule
        }
        // 1/3是贫困人口: a fraction of small whole numbers standing alone is a share too
        if percentRule == nil, !n.isChinese, let m = Self.slashFraction(s, n, at: at, limit: limit) {
            n = m
            percentRule = "unit.percent.分数"
        }
        let span = self.span
        span.reset(start: i, numberStart: at, number: n)
        var pos = n.end
        // spaces between a number and what follows it (`60 人`, `15 万元`, `1000  万`), as pages typeset it
        pos = Self.pastSpaces(s, pos, limit)
        // range: 3-5万元, 3至5万元 (not from a number with a leading zero, an area code: 0743-4560271)
        if pos + 1 < limit, Self.rangeSeparators.contains(s[pos]), !Self.leadingZero(s, at, n.end),
           let n2 = (n.isChinese ? NumberReader.chinese(s, at: pos + 1, limit: limit) : NumberReader.arabic(s, at: pos + 1, limit: limit)),
           n2.value > n.value {
            span.high = n2.value
            // 三至五千元, 一至两万元, 十至二十万: the upper end's closing magnitude is the lower's too
            if n.isChinese, let low = Self.sharedMagnitudeLow(s, n, upper: (pos + 1)..<n2.end) {
                span.number = ReadNumber(value: low, end: n.end, isChinese: true, approx: n.approx)
            }
            pos = n2.end
            if pos + 1 < limit, s[pos] == 0x20, NormalizedText.isHan(s[pos + 1]) { pos += 1 }   // 5 至10 个百分点
        } else if pos + 1 < limit, !n.isChinese, Self.rangeSeparators.contains(s[pos]),
                  let n2 = NumberReader.arabic(s, at: pos + 1, limit: limit), n2.value > 0, n2.value < n.value,
                  let m = tables.multipliers.longest(in: s, at: n2.end, limit: limit), n.value < n2.value * m.value {
            // 8000至1.2万元: a lower end written in the unit itself, under the upper's multiplied value
            span.number = ReadNumber(value: n.value / m.value, end: n.end, isChinese: false, approx: n.approx)
            span.high = n2.value
            pos = n2.end
        } else if let list = Self.joinedList(s, n, at: pos, limit: limit, multipliers: tables.multipliers) {
            // 分别比全国农村快1.9和1.8个百分点, 分别下降0.4、1.3和2.2个百分点, 分别为30、40、50户: figures listed
            // share the unit after the last, each a figure (6.3个和5.8个百分点: the first says the classifier
            // that opens the shared unit); 3、4万元, two digits on by one, a colloquial pair (about so many)
            span.listed = list.middle; span.high = list.last.value; span.enumerated = list.enumerated
            // (not after a distributing word, ``KindCues/distributing``: 北京、上海分别投入1、2亿元 are two figures)
            // (its clause only: 两镇分别脱贫120户、90户,每户可增收3、4千元 is a pair)
            if list.enumerated && span.listed.isEmpty && Self.countsOn(span) && list.last.value < Self.pairDigitLimit,
               KindCues.distributingWord(in: s, Outline.clause(s, around: span.numberStart, in: sentence).lowerBound..<span.start) == nil { span.approx = true }
            pos = list.last.end
        } else if let (high, end) = Self.multipliedRangeHigh(s, n, at: pos, limit: limit, multipliers: tables.multipliers) {
            span.high = high   // 2万至3万元, 200万-300万元: each end with its multiplier, read once after the upper
            pos = end
        } else if let h = n.pairHigh {
            span.high = h   // 七八千元: a colloquial pair is a range too, and approximate (FORMAT.md)
            span.approx = true
        }
        // (after digits, 来 hedges only where a unit follows it: 200来块钱, 50来户; 2019年来 has none)
        if let h = tables.hedgesInside.longest(in: s, at: pos, limit: limit),
           !h.value.chineseOnly || n.isChinese || UnitLexicon.trie.longest(in: s, at: pos + h.length, limit: limit)?.value.measure != nil,
           HedgeLexicon.notInside.longest(in: s, at: pos, limit: limit) == nil {
            span.approx = true; pos += h.length
            let k = Self.pastSpaces(s, pos, limit)   // 十 余 万
            if k > pos, tables.multipliers.longest(in: s, at: k, limit: limit) != nil { pos = k }
        }
        // 万把块钱: 把 after a lone 百, 千 or 万 (a word of speech: about so many)
        else if n.isChinese, n.end - at == 1, pos < limit, s[pos] == HedgeLexicon.ba, NumberReader.chineseUnits[s[at]].map({ $0 >= 100 }) == true {
            span.approx = true; pos += 1
        }
        span.unitStart = pos
        if let m = tables.multipliers.longest(in: s, at: pos, limit: limit), !(n.isChinese && m.value < 10_000),
           (UnitLexicon.trie.longest(in: s, at: pos, limit: limit)?.length ?? 0) < 2 {
            span.multiplier = m.value; pos += m.length
            if let h = tables.hedgesInside.longest(in: s, at: pos, limit: limit), h.value.afterMultiplier,
               HedgeLexicon.notInside.longest(in: s, at: pos, limit: limit) == nil {
                span.approx = true; pos += h.length
                // 6千多万元, 3百多万: the hedge inside a multiplier, 千 then 万 (6千万 and more); 1万多亿元: 万 then 亿
                if let m2 = tables.multipliers.longest(in: s, at: pos, limit: limit), m2.value >= 10_000, m2.value > m.value {
                    span.multiplier *= m2.value; pos += m2.length
                }
            }
            span.unitStart = pos
        } else if pos + 1 < limit, s[pos] == Self.da, let u = UnitLexicon.trie.longest(in: s, at: pos + 1, limit: limit),
                  u.value.isClassifier || u.value.measure == .persons {
            span.multiplier = 12; pos += 1; span.unitStart = pos   // 一打人, 五十打: 打 is a dozen right before a unit
        }
        readUnit(span, at: pos, percentRule: percentRule, sentence: sentence)
        span.unitEnd = max(span.unitEnd, span.unitStart)
        var end = span.unitEnd
        if span.unitFound {
            if let h = tables.hedgesAfter.longest(in: s, at: end, limit: limit) {
                span.trailingHedge = h.value; end += h.length
            } else if end < limit, s[end] == HedgeLexicon.duo, span.measure?.divides == true
                        && (end + 1 >= limit || s[end + 1] == Self.de || !NormalizedText.isHan(s[end + 1]))
                      // (两成多降到1.2%: after tenths whatever follows, but 多数, 多少)
                      || span.unitTag == .tenths && !(end + 1 < limit && HedgeLexicon.duoWords.contains(s[end + 1])) {
                span.trailingHedge = HedgeLexicon.moreAfterUnit; end += 1
            }
            // 280个县左右: a classifier's noun, then the hedge closing the phrase
            if span.trailingHedge == nil, span.classifier, HedgeLexicon.hedgeAfterNoun(s, from: end, limit: limit) != nil { span.approx = true }
            if let a = tables.afterUnit.longest(in: s, at: end, limit: limit), !a.value.afterMoneyOnly || span.measure == .yuan {
                if a.value.rule == KindCues.belowRule { readBelow(span, boundEnd: end + a.length, sentence: sentence) } else { span.afterUnit = a.value }
                end += a.length
            } else if span.trailingHedge == nil, KindCues.boundSign(s, before: span.numberStart, from: sentence.lowerBound, figureEnd: end) == .below {
                readBelow(span, boundEnd: end, sentence: sentence)   // (贷款额度≤5万元, 降至<1%: a sign of a bound below reads as 以下)
            }
            span.describesClass = end > span.unitEnd && end < limit && s[end] == Self.de
        }
        span.end = end
        return span
    }

    /// Arabic figures listed after `n` that share the unit after the last: joined by `、`, the last by `、`, `和`, `及`
    /// or `与` (`0.4、1.3和2.2个百分点`, `30、40、50户`, `1.9和1.8个百分点`; two joined by 和 may have the first say
    /// the classifier that opens that unit: `6.3个和5.8个百分点`). `middle`: the figures between the first and the
    /// last; `enumerated`: joined by 、 (three or more that count on by one are labels: trap.ordinal). Nil where no
    /// unit of a measure (past a multiplier: `12、15、18万元`) follows the last, or two joined by 和 are equal.
    static func joinedList(_ s: [UInt32], _ n: ReadNumber, at pos: Int, limit: Int, multipliers: ScalarTrie<Double>) -> (middle: [Double], last: ReadNumber, enumerated: Bool)? {
        guard !n.isChinese, pos + 1 < limit else { return nil }
        let classifier = s[pos] == ge && pos + 2 < limit && s[pos + 1] == he
        var k = classifier ? pos + 1 : pos
        guard s[k] == NumberReader.listComma || listCloses.contains(s[k]) else { return nil }
        var values: [Double] = [], last = n, closedBy = NumberReader.listComma
        while k + 1 < limit, s[k] == NumberReader.listComma || listCloses.contains(s[k]) {
            guard let m = NumberReader.arabic(s, at: s[k + 1] == 0x20 ? k + 2 : k + 1, limit: limit),   // (30、 40户)
                  m.end < limit, !NumberReader.isDigit(s[m.end]) else { return nil }
            closedBy = s[k]
            values.append(m.value); last = m; k = m.end
            if closedBy != NumberReader.listComma || classifier { break }
        }
        var unitAt = pastSpaces(s, last.end, limit)
        if let m = multipliers.longest(in: s, at: unitAt, limit: limit) { unitAt += m.length }
        guard let u = UnitLexicon.trie.longest(in: s, at: unitAt, limit: limit), u.value.measure != nil,
              !classifier || closedBy == he && values.count == 1 && u.length > 1 && s[unitAt] == ge else { return nil }
        if values.count == 1, closedBy != NumberReader.listComma { return values[0] != n.value ? (middle: [], last: last, enumerated: false) : nil }
        return (middle: Array(values.dropLast()), last: last, enumerated: true)
    }

    /// Whether figures listed count on by one from the first (`1、2、3`, `3、4`): labels, or a colloquial pair.
    static func countsOn(_ span: Span) -> Bool {
        guard let high = span.high, span.number.value == span.number.value.rounded() else { return false }
        var v = span.number.value
        for x in span.listed { guard x == v + 1 else { return false }; v = x }
        return high == v + 1
    }
    /// Two figures listed by 、 that count on by one are a colloquial pair only as single digits (`3、4万元`; `10、11户` two).
    static let pairDigitLimit = 10.0
    /// What closes a list of figures before its last (`和`, `及`, `与`).
    static let listCloses = ScalarSet("和及与")

    /// A ceiling after the figure (`以下`, or `≤` before it in prose): a target, unless the figure is a level reached
    /// (`患病率降至1%以下`: about so much, no ceiling planned); a level required (`须降至2%以下`, `降至3%以下方可退出`) is the bound.
    func readBelow(_ span: Span, boundEnd: Int, sentence: Range<Int>) {
        let at = NumberReader.signIndex(before: span.numberStart, in: s, from: sentence.lowerBound)
            .flatMap { KindCues.boundSigns.contains(s[$0]) ? $0 : nil } ?? span.start
        if at > sentence.lowerBound,
           let to = TimeLexicon.toLevels.longestEnding(in: s, at: at, from: max(sentence.lowerBound, at - 3), maxLength: 3),
           !KindCues.requiresLevel(s, verbAt: at - to.length, boundEnd: boundEnd, sentence) {
            span.approx = true
        } else { span.afterUnit = KindCues.belowRow }
    }

    /// A range whose ends each carry the same multiplier (`2万至3万元`, `1.5亿~2亿元`, `3千到5千元`):
    /// the upper end's value (in that multiplier) and where its number ends, the multiplier left to read.
    /// The lower end of a Chinese range whose magnitude only the upper end writes (`三至五千` = 3,000 to
    /// 5,000, `十至二十万`): the upper end is digits (and 十) then units (百, 千, 万, 亿), the lower end is
    /// below those digits' value and holds no unit of its own but 十; nil where the range needs none
    /// (`五百至一千`, `三至五年`, `二至三千五百`: a unit inside the upper end).
    static func sharedMagnitudeLow(_ s: [UInt32], _ low: ReadNumber, upper: Range<Int>) -> Double? {
        var k = upper.upperBound, magnitude = 1.0
        while k > upper.lowerBound, let u = NumberReader.chineseUnits[s[k - 1]], u >= 100 { magnitude *= u; k -= 1 }
        guard magnitude > 1, k > upper.lowerBound,
              s[upper.lowerBound..<k].allSatisfy({ NumberReader.chineseDigits[$0] != nil || NumberReader.chineseUnits[$0] == 10 }),
              let digits = NumberReader.chinese(s, at: upper.lowerBound, limit: k), digits.end == k, low.value < digits.value else { return nil }
        return low.value * magnitude
    }

    /// Where a noun ends before a closing quote or a short bracketed gloss that ends at `k`
    /// (`“空壳村”`, `行政村(居)`), else `k`.
    static func pastGloss(_ s: [UInt32], before k: Int, from start: Int) -> Int {
        guard k > start else { return k }
        if Outline.closers.contains(s[k - 1]) && s[k - 1] != FactContext.closeBracket || s[k - 1] == Outline.straightQuote { return k - 1 }
        guard s[k - 1] == FactContext.closeBracket else { return k }
        var j = k - 2
        while j >= max(start, k - glossReach), s[j] != FactContext.openBracket { j -= 1 }
        return j >= max(start, k - glossReach) && s[j] == FactContext.openBracket ? j : k
    }
    /// How long a bracketed gloss after a noun may be, its brackets with it (`(社区)`).
    static let glossReach = 6

    /// The rule of a share told as a fraction (`三分之一`), which ``Trap`` asks for too.
    static let fractionRule = "unit.percent.分之"

    /// Whether the digits at `start` open with a zero another digit follows (`0743`): a code's, no quantity's.
    static func leadingZero(_ s: [UInt32], _ start: Int, _ end: Int) -> Bool {
        end - start >= 2 && s[start] == 0x30 && NumberReader.isDigit(s[start + 1])
    }
    static func multipliedRangeHigh(_ s: [UInt32], _ n: ReadNumber, at pos: Int, limit: Int, multipliers: ScalarTrie<Double>) -> (Double, Int)? {
        guard !n.isChinese, let m = multipliers.longest(in: s, at: pos, limit: limit), pos + m.length + 1 < limit,
              rangeSeparators.contains(s[pos + m.length]),
              let n2 = NumberReader.arabic(s, at: pos + m.length + 1, limit: limit), n2.value > n.value,
              multipliers.longest(in: s, at: n2.end, limit: limit)?.length == m.length,
              s[n2.end..<(n2.end + m.length)].elementsEqual(s[pos..<(pos + m.length)]) else { return nil }
        return (n2.value, n2.end)
    }

    /// The unit after the number: `百分之`, a village phrase, a noun after 万, or a row of
    /// ``UnitLexicon``.
    private func readUnit(_ span: Span, at pos: Int, percentRule: String?, sentence: Range<Int>) {
        let limit = sentence.upperBound
        span.unitFound = true
        // (一百二十万左右贫困人口, 三万五千建档立卡户: a Chinese numeral with 万 or 亿 in it counts in 万 as 120万 does)
        // (万 or 亿 inside the number's own characters: 两万五, 2万5; asked only of numbers that large)
        func largeScaleInside() -> Bool {
            span.number.value >= 10_000 && span.number.end > span.numberStart
                && s[span.numberStart..<span.number.end].contains(where: UnitLexicon.largeScaleChars.contains)
        }
        // (3万2, 1万2: in digits too; money after a word of money is read first, 每人补助是2万5)
        let inWan = span.multiplier >= 10_000 || largeScaleInside()
        if let rule = percentRule {
            span.measure = .percent; span.unitEnd = pos; span.rule = rule
        } else if let v = villagePhrase(at: pos, limit: limit),
                  // (四十多个年轻人回村创业: people 个 counts, going to a village after them, counts no villages; 3个人口较多的村,
                  // 28个人口较少民族聚居村, 8个劳动力转移示范村: people words that open the village's name count villages)
                  !(s[pos] == Self.ge && UnitLexicon.peopleAfterGe.longest(in: s, at: pos + 1, limit: v).map { p in
                      pos + 1 + p.length < v && UnitLexicon.goingVerbs.contains(s[pos + 1 + p.length]) } == true) {
            span.measure = .villages; span.unitEnd = v; span.rule = "unit.villages.个…村"
            // 700个以上贫困村: a hedge right after 个 hedges the count
            if HedgeLexicon.after.longest(in: s, at: pos + 1, limit: v) != nil { span.approx = true }
        } else if pos < limit, s[pos] == Self.ge, let p = UnitLexicon.peopleAfterGe.longest(in: s, at: pos + 1, limit: limit),
                  // (13个村民小组, 8个农民讲习所: a body or a thing the people's word opens is counted by 个, no people; the word
                  // closes the count where a mark, a function word or a verb follows it)
                  p.value == .always || UnitLexicon.closesPeopleCount(s, at: pos + 1 + p.length, limit: limit) {
            // 8066个贫困人口: 个 counting people
            span.measure = .persons; span.unitEnd = pos + 1 + p.length; span.rule = "unit.persons.个+人口"
        } else if inWan || Self.bareCount(span), let h = UnitLexicon.householdNouns.longest(in: s, at: pos, limit: limit),
                  // (320家庭农场, 1.2万家庭农场: a unit of the table the noun begins is what is counted)
                  (UnitLexicon.trie.longest(in: s, at: pos, limit: limit)?.length ?? 0) <= h.length {
            // (为12万建档立卡户支付…, 帮助3000贫困户: households the noun after the count names)
            span.measure = .households; span.unitEnd = pos + h.length
            span.rule = inWan ? "unit.households.万+农户" : "unit.households.N+农户"
        } else if inWan || Self.bareCount(span), let p = UnitLexicon.peopleNouns.longest(in: s, at: pos, limit: limit) {
            // (解决133488农村人口饮水问题: a bare count of three digits or more names its people too)
            span.measure = .persons; span.unitEnd = pos + p.length
            span.rule = inWan ? "unit.persons.万+人口" : "unit.persons.N+人口"
        } else if inWan, let m = UnitLexicon.moneyNounsAfter.longest(in: s, at: pos, limit: limit),
                  // (3.2万贷款贫困户: people or households the money names count)
                  UnitLexicon.householdNouns.longest(in: s, at: pos + m.length, limit: limit) == nil,
                  UnitLexicon.peopleNouns.longest(in: s, at: pos + m.length, limit: limit) == nil {
            // 4000万资金全部分配给6县区: 万 and no unit, the money named right after it
            span.measure = .yuan; span.unitEnd = pos + m.length; span.rule = "unit.yuan.万+资金"
        } else if let u = UnitLexicon.trie.longest(in: s, at: pos, limit: limit) {
            span.measure = u.value.measure; span.unitEnd = pos + u.length; span.rule = u.value.rule
            span.classifier = u.value.isClassifier; span.scale = u.value.scale; span.unitKind = u.value.kind; span.unitTag = u.value.tag
            // 一天能挣150块, 月工资2000多块: 块 after a word of earnings in its clause is money
            // (自己又凑了七八千块。: hundreds or more said in Chinese numerals, 块 closing the clause, no noun after it,
            // are money too; 光伏板3000块 counts panels)
            // (村里给他家安装了太阳能板三百块: after a noun of things, the things counted; money after a verb of it, 凑了)
            // (来回车费五六十块, 票价三十块: after a fee's or a price's noun, whatever its size)
            // (三十九块九, 39块9, 六十八块八: 块 and a digit of dimes after it, closing the figure, is a price said aloud)
            let dimes = u.value.tag == .colloquialYuan ? Self.spokenDimes(s, at: pos + u.length, limit: limit) : nil
            if let d = dimes {
                span.measure = .yuan; span.rule = UnitLexicon.spokenPriceRule; span.classifier = false
                span.number.value += Double(d.digit) / 10; span.unitEnd += d.length
            } else if u.value.tag == .colloquialYuan, Self.earnsBefore(s, span.start, sentence: sentence)
                    // (资助学校20块黑板: pieces of a thing named after 块 are no money, whatever was given; 挣了两万块回家 is)
                    && !UnitLexicon.namesPieces(s, at: pos + u.length, limit: limit)
                || Self.verbBefore(s, span.start, sentence: sentence, verbs: Self.feeEnds, between: Self.feeLinks)
                // (专享价只要三十九块, 一盒装的只要四十五块: a price asked, 只要 or 仅需 before it; 每公斤八块: one of a thing sold,
                // 块 closing the clause: 每亩两块地块 counts plots)
                || UnitLexicon.asksPrice(s, before: span.start, from: sentence.lowerBound)
                || KindCues.perThingBefore(s, span.start, from: sentence.lowerBound) && Self.closesPrice(s, pos + u.length, limit: limit)
                || span.number.isChinese && span.number.value * span.multiplier >= 100
                && Self.closesClause(s, pos + u.length, limit: limit)
                && Self.moneyVerbBefore(s, span.start, sentence: sentence)
                // (在车间上班一个月2400块, 摘花椒一天150块: a period pay is told by right before, in digits too, 块 closing the
                // clause; not goods made, 手工皂车间日产量高,每天3000块, unless speech of pay stands before too)
                || UnitLexicon.spokenPayPeriodEnds(s, at: span.start, from: sentence.lowerBound)
                && Self.closesClause(s, pos + u.length, limit: limit)
                && (UnitLexicon.productionWords.firstMatch(in: s, sentence.lowerBound..<span.start) == nil
                    || UnitLexicon.spokenPayContext.firstMatch(in: s, sentence.lowerBound..<span.start) != nil) {
                span.measure = .yuan; span.rule = UnitLexicon.spokenYuanRule; span.classifier = false
            }
            // (帐篷600顶, 棉被2000床: relief goods' own classifiers count after the goods' noun; else nothing, 500床位)
            if u.value.tag == .goodsAfterNoun, !UnitLexicon.goodsBefore(s, span.start, from: sentence.lowerBound) {
                span.measure = nil; span.rule = "skip.goods"
            }
            // (窑洞宾馆12孔, 农具2000把: 孔 and 把 count closing the clause; 3孔石拱桥, 两把刷子 describe or make a word)
            if u.value.tag == .closingClause, !Self.closesClause(s, span.unitEnd, limit: limit) { span.measure = nil; span.rule = "skip.word" }
            if u.value.tag == .dime, !(Self.closesClause(s, span.unitEnd, limit: limit) || UnitLexicon.afterDimes.contains(s[span.unitEnd]))
                || span.number.isChinese && span.start > sentence.lowerBound && PlaceLexicon.surnames.contains(s[span.start - 1]) { span.measure = nil; span.rule = "skip.word" }
            if u.value.measure == .villages, UnitLexicon.villageWordContinues(s, noun: (span.unitEnd - 1)..<span.unitEnd, limit: limit) {
                // 4个村级联合党委: 村 starts another word; count by the classifier alone
                if s[pos] == Self.ge {
                    span.measure = .items; span.unitEnd = pos + 1; span.rule = "unit.items.个"; span.classifier = true
                } else {
                    span.measure = nil; span.rule = "unit.villages.村+word"
                }
            }
        } else if UnitLexicon.currencySignBefore(s, span.numberStart, from: sentence.lowerBound) != nil {
            // ¥386,520.00, ￥ 80万: a currency sign before the number is its unit
            span.measure = .yuan; span.unitEnd = pos; span.rule = "unit.yuan.¥"
        } else if (inWan || span.number.isChinese && span.number.value >= 1_000) && moneyNounBefore(span.start, sentence: sentence)
                    // (每人每天能挣一百二, 低保一个月两百八: hundreds in Chinese numerals after a verb of earning or a period
                    // of pay, in speech)
                    || span.number.isChinese && span.number.value >= 100 && span.multiplier == 1
                        && (Self.earnsRightBefore(s, span.start, sentence: sentence)
                            // (closing its clause: 一年三百多天 counts days)
                            // (一年一千五左右: a hedge after it closes it too)
                            || UnitLexicon.spokenPayPeriodEnds(s, at: span.start, from: sentence.lowerBound)
                                && Self.closesClause(s, Self.pastHedge(s, pos, limit), limit: limit)
                                && UnitLexicon.spokenPayContext.firstMatch(in: s, sentence.lowerBound..<span.start) != nil) {
            // 整合资金200余万修建…: 万 and no unit, the money the figure follows at once
            span.measure = .yuan; span.unitEnd = pos; span.rule = "unit.yuan.资金+数"
        } else if inWan, let m = levelUnitBehind(span, sentence: sentence) {
            // 人均收入由8000元增长到1万2: 万 and no unit at a span's end, the unit its start's level names
            span.measure = m; span.unitEnd = pos; span.rule = "unit." + m.rawValue + ".由+到万"
        } else if inWan, let m = levelUnitAhead(span, pos, sentence: sentence) {
            // 人均收入由1万增长到1.5万元: 万 and no unit at a span's start, the unit its end's level names
            // (before any noun of its clause: 农民人均收入由1万… counts money)
            span.measure = m; span.unitEnd = pos; span.rule = "unit." + m.rawValue + ".由万+到"
        } else if inWan, let (m, e) = hedgedPeopleNounAhead(span, pos, limit: limit) ?? peopleNounAhead(pos, limit: limit) {
            // 11.6万未脱贫人口, 7.5万来自深度贫困家庭的劳动力: the noun closes a phrase after 万
            span.measure = m; span.unitEnd = e; span.rule = m == .persons ? "unit.persons.万…人口" : "unit.households.万…农户"
        } else if inWan, let m = subjectMeasure(before: span.start, at: span.numberStart, sentence: sentence) {
            // 贫困人口由312万减少到…, 总人口近28万: 万 and no unit, the clause's subject counts people
            span.measure = m; span.unitEnd = pos; span.rule = "unit." + m.rawValue + ".万+subject"
        } else if inWan, let m = changedMeasure(before: span.start, at: pos, sentence: sentence, limit: limit) {
            // 外出务工贫困劳动力1879.23万人,…较3月6日新增459.19万,增幅32.34%: 万 and no unit after a verb
            // of change, closing its clause, changes the count in 万 before it, in its unit
            span.measure = m; span.unitEnd = pos; span.rule = m == .persons ? "unit.persons.万+change" : "unit.households.万+change"
        } else if span.number.value == 0, span.multiplier == 1, UnitLexicon.zeroRateLeads.longestEnding(
                    in: s, at: span.start, from: max(sentence.lowerBound, span.start - UnitLexicon.zeroRateLeadLength), maxLength: UnitLexicon.zeroRateLeadLength) != nil {
            // 错退率为0, 辍学率为零: a rate of none needs no % sign
            span.measure = .percent; span.unitEnd = pos; span.rule = "unit.percent.率为零"
        } else {
            span.unitFound = false
            return
        }
        // 退出贫困村36个: a bare 个 right after a village noun counts villages
        let bareGe = span.measure == .items && span.unitEnd == pos + 1 && s[pos] == Self.ge
        // (省级相对贫困村有68个: a verb of being between)
        // (退出贫困村 94个: an infographic's space between the noun and its count)
        var countStart = span.numberStart
        // (贫困村　164个: an ideographic space too)
        if bareGe, countStart > sentence.lowerBound, s[countStart - 1] == 0x20 || s[countStart - 1] == 0x3000 { countStart -= 1 }
        // (全村八十三户一千九百三十六口, 贫困人口480口: 口 right after a count of households or a word for people counts people,
        // FORMAT.md; 水窖5口 counts wells)
        if span.measure == .items, span.unitEnd == pos + 1, s[pos] == TrapLexicon.kou, countStart > sentence.lowerBound,
           s[countStart - 1] == TrapLexicon.hu && countStart - 2 >= sentence.lowerBound
                && (NumberReader.isDigit(s[countStart - 2]) || NumberReader.isChineseNumeral(s[countStart - 2]))
            || UnitLexicon.peopleNouns.longestEnding(in: s, at: countStart, from: sentence.lowerBound, maxLength: UnitLexicon.peopleNounLength) != nil {
            span.measure = .persons; span.rule = "unit.persons.户…口"
        }
        var nounEnd = countStart - (UnitLexicon.countCopulas.longestEnding(in: s, at: countStart, from: sentence.lowerBound, maxLength: 2)?.length ?? 0)
        // (贫困村由2017年底的64个减至19个: a year's time and 的 between the verb and the figure)
        if bareGe, nounEnd == countStart, let k = Self.copulaBeforeYear(s, before: countStart, from: sentence.lowerBound) { nounEnd = k }
        // (专业村已达138个, 贫困村还有12个: an adverb before the verb)
        if nounEnd < countStart, nounEnd > sentence.lowerBound, UnitLexicon.copulaAdverbs.contains(s[nounEnd - 1]) { nounEnd -= 1 }
        // (“空壳村”213个, 行政村(社区)245个: the noun's closing quote, or a bracketed gloss after it)
        if bareGe { nounEnd = Self.pastGloss(s, before: nounEnd, from: sentence.lowerBound) }
        // (贫困村由97个减少到3个: a change after it ends the phrase too)
        // (退出贫困村200个左右, 400个以上: past a hedge after it)
        let e = bareGe ? Self.pastHedge(s, span.unitEnd, limit) : span.unitEnd
        let endsPhrase = bareGe && (e >= limit || !NormalizedText.isHan(s[e]) || s[e] == 0x3002
            || (s[e] != 0x591A && s[e] != 0x5C11 && KindCues.change.longest(in: s, at: e, limit: limit) != nil)
            || TimeLexicon.toLevels.longest(in: s, at: e, limit: limit) != nil)   // (贫困村由7993个减为5633个)
        if endsPhrase, UnitLexicon.villageNouns.longestEnding(in: s, at: nounEnd, from: sentence.lowerBound, maxLength: 3) != nil
            && UnitLexicon.settlementCommunities.longestEnding(in: s, at: nounEnd, from: sentence.lowerBound, maxLength: 6) == nil
            || UnitLexicon.villageProgrammes.longestEnding(in: s, at: nounEnd, from: sentence.lowerBound, maxLength: 4) != nil
            || Self.villagesCounted(s, before: nounEnd, from: sentence.lowerBound) {
            span.measure = .villages; span.rule = "unit.villages.村…个"
        }
        // (带动贫困户1380个: and after a word for households, households)
        else if endsPhrase, UnitLexicon.householdNouns.longestEnding(in: s, at: nounEnd, from: sentence.lowerBound, maxLength: 7) != nil {
            span.measure = .households; span.rule = "unit.households.户…个"
        }
        // (车间现有工人34个, 光棍汉有四十来个: and after a word for people, persons)
        else if endsPhrase, UnitLexicon.peopleNouns.longestEnding(in: s, at: nounEnd, from: sentence.lowerBound, maxLength: 7) != nil
                    || UnitLexicon.peopleAfterGe.longestEnding(in: s, at: nounEnd, from: sentence.lowerBound, maxLength: 5) != nil {
            span.measure = .persons; span.rule = "unit.persons.人…个"
        }
        // 1778个贫困村中,有530个没有通硬化路: a bare 个 counts the villages the sentence singled out
        if bareGe, span.measure == .items, span.unitEnd < limit, UnitLexicon.bareCountFollowers.contains(s[span.unitEnd]),
           villagesAmong(before: span.numberStart, sentence: sentence) {
            span.measure = .villages; span.rule = "unit.villages.村中…个"
        }
        // (覆盖全县209个行政村中的160多个: a bare 个 right after 村中的 counts some of those villages)
        if bareGe, span.measure == .items, case let z = span.numberStart - 2, z - 1 > sentence.lowerBound,
           s[z] == 0x4E2D, s[z + 1] == CandidateReader.de,   // 中的
           UnitLexicon.villageNouns.longestEnding(in: s, at: z, from: sentence.lowerBound, maxLength: 3) != nil {
            span.measure = .villages; span.rule = "unit.villages.村中的…个"
        }
        // 1110个贫困村已累计出列874个: a bare 个 right after a verb of leaving poverty counts what
        // its clause's villages counted (the noun is left out the second time)
        if bareGe, span.measure == .items,
           TopicCues.exitVerbs.longestEnding(in: s, at: span.numberStart, from: sentence.lowerBound, maxLength: 2) != nil,
           UnitLexicon.villageNouns.firstMatch(in: s, Outline.clause(s, around: span.numberStart, in: sentence).lowerBound..<span.numberStart) != nil
            // (1778个贫困村中,已出列1678个: or the villages the sentence singled out before)
            || villagesAmong(before: span.numberStart, sentence: sentence) {
            span.measure = .villages; span.rule = "unit.villages.出列…个"
        }
        // (…的村达到187个,比去年增加64个: a bare 个 after a verb of change counts what the clause before, closing in
        // a count of villages by 个, counted)
        // (新增 too: 全县建成扶贫车间的村有56个,当年再新增8个)
        if bareGe, span.measure == .items,
           let v = KindCues.change.longestEnding(in: s, at: span.numberStart, from: sentence.lowerBound, maxLength: KindCues.changeLongest)?.length
            ?? KindCues.increaseVerbs.longestEnding(in: s, at: span.numberStart, from: sentence.lowerBound, maxLength: 2)?.length,
           Self.clauseBeforeCountsVillages(s, before: span.numberStart, verb: span.numberStart - v, sentence: sentence) {
            span.measure = .villages; span.rule = "unit.villages.比…个"
        }
        // (全州有118个挂牌督战村,其中东乡县62个: a bare 个 in a 其中 clause, a place's name at most before it, breaks down
        // the villages the clause before counted)
        // (and each later item of its list: 其中东乡县62个、临夏县30个)
        if bareGe, span.measure == .items, case let c = Outline.clause(s, around: span.numberStart, in: sentence).lowerBound,
           KindCues.opensQizhong(s, at: c, limit: span.numberStart),
           case let item = Outline.clause(s, around: span.numberStart, in: sentence, listsSplit: true).lowerBound,
           case let name = item == c ? c + KindCues.qizhong.count : item, item == c || s[item - 1] == NumberReader.listComma,
           span.numberStart - name <= Self.qizhongNameReach, Self.closesClause(s, span.unitEnd, limit: sentence.upperBound),
           Self.placeNameAlone(s, name..<span.numberStart),
           c - 1 > sentence.lowerBound, Self.clauseEndsCountingVillages(s, end: c - 1, sentence: sentence) {
            span.measure = .villages; span.rule = "unit.villages.其中…个"
        }
        // 127个“空壳村”, 5个“红旗村”: a bare 个 before a quoted name of villages counts villages
        // (not where a noun after the quote is what is counted: 15个“美丽乡村”示范点)
        if bareGe, span.measure == .items, span.unitEnd < limit, let close = TrapLexicon.openQuotes[s[span.unitEnd]],
           let end = s[(span.unitEnd + 1)..<min(limit, span.unitEnd + 1 + Self.quotedVillagesLength)].firstIndex(of: close),
           UnitLexicon.villageNouns.longestEnding(in: s, at: end, from: span.unitEnd + 1, maxLength: 3) != nil,
           UnitLexicon.nounsAfterQuotedVillages.longest(in: s, at: end + 1, limit: limit) == nil {
            span.measure = .villages; span.rule = "unit.villages.个“村”"
        }
        // 贫困村由97个减少到3个: a bare 个 at a span's end counts what its clause's villages counted
        if bareGe, span.measure == .items,
           TimeLexicon.toLevels.longestEnding(in: s, at: span.numberStart, from: sentence.lowerBound, maxLength: 3) != nil,
           UnitLexicon.villageNouns.firstMatch(in: s, Outline.clause(s, around: span.numberStart, in: sentence).lowerBound..<span.numberStart) != nil {
            span.measure = .villages; span.rule = "unit.villages.到…个"
        }
    }

    /// A noun of people or households that closes the phrase after a figure in 万 with no unit,
    /// within ``UnitLexicon/nounPhraseReach`` Han characters and before any verb: the measure and
    /// where the noun ends.
    private func peopleNounAhead(_ pos: Int, limit: Int) -> (Measure, Int)? {
        // (the last noun before the phrase ends: 来自深度贫困家庭的劳动力 counts workers, not families)
        var k = pos
        var found: (Measure, Int)?
        // (17.59万“直过民族”贫困人口: a quoted modifier inside the phrase, whose own words count nothing)
        var quoted = false
        while k < limit, k - pos < UnitLexicon.nounPhraseReach, NormalizedText.isHan(s[k]) || Self.inPhraseQuote(s[k]) {
            if Self.inPhraseQuote(s[k]) { quoted = s[k] == TrapLexicon.openQuote; k += 1; continue }
            if quoted { k += 1; continue }
            if let h = UnitLexicon.householdNouns.longest(in: s, at: k, limit: limit) { found = (.households, k + h.length); k += h.length; continue }
            if let p = UnitLexicon.peopleNouns.longest(in: s, at: k, limit: limit) { found = (.persons, k + p.length); k += p.length; continue }
            if let w = SubjectLexicon.trie.longest(in: s, at: k, limit: limit), w.value == .verb { break }
            // (a word of a programme ends the phrase: 5万建设扶贫车间吸纳群众 counts no people; but
            // 低保对象, 特困人员, 搬迁群众 are people the programme names)
            if let c = TopicCues.trie.longest(in: s, at: k, limit: limit), c.value.namesArea {
                guard let p = ((k + 1)...(k + c.length)).lazy.compactMap({ j in UnitLexicon.peopleNouns.longest(in: self.s, at: j, limit: limit).map { j + $0.length } }).first
                else { break }
                found = (.persons, p); k = p; continue
            }
            k += 1
        }
        return found
    }

    /// `15万以上建档立卡贫困人口`: a hedge between 万 and the noun makes the figure approximate.
    private func hedgedPeopleNounAhead(_ span: Span, _ pos: Int, limit: Int) -> (Measure, Int)? {
        guard let h = HedgeLexicon.after.longest(in: s, at: pos, limit: limit), let found = peopleNounAhead(pos + h.length, limit: limit) else { return nil }
        span.approx = true
        return found
    }

    /// Whether a count word of villages ends at `end` (`贫困村预出列数96个`, `出列贫困村数量12个`): a
    /// word of counting (``UnitLexicon/countWords``) after a village noun and a few characters.
    static func villagesCounted(_ s: [UInt32], before end: Int, from lower: Int) -> Bool {
        guard let c = UnitLexicon.countWords.longestEnding(in: s, at: end, from: lower, maxLength: 2) else { return false }
        // (only words of leaving or checking between: 贫困村产业项目数56个, 驻村工作队数量 count no villages)
        var k = end - c.length
        while k > lower, end - k <= UnitLexicon.countWordReach {
            if UnitLexicon.villageNouns.longestEnding(in: s, at: k, from: lower, maxLength: 3) != nil { return true }
            guard UnitLexicon.villageCountVerbs.contains(s[k - 1]) else { return false }
            k -= 1
        }
        return false
    }

    /// Whether the sentence names villages with 中 before `i` (`1778个贫困村中,…`).
    private func villagesAmong(before i: Int, sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound + 1
        while k < i {
            if s[k] == 0x4E2D, UnitLexicon.villageNouns.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 3) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether the clause before the one holding `i` closes in a bare 个 that counts villages (`…的村达到187个`).
    /// (its own clause opens with the comparison or a time and an adverb, naming nothing counted of its own:
    /// 比去年增加64个, 今年又增加12个; 扶贫车间比去年增加12个 counts workshops)
    /// `verb` is where the verb of change before the figure starts.
    static func clauseBeforeCountsVillages(_ s: [UInt32], before i: Int, verb: Int, sentence: Range<Int>) -> Bool {
        let c = Outline.clause(s, around: i, in: sentence).lowerBound
        guard c - 2 > sentence.lowerBound, s[c - 2] == ge, c < i else { return false }
        // (a verb's row may hold its adverb: past it, the reading is at the verb or beyond)
        guard TimeLexicon.comparison.contains(s[c]) || FactContext.pastOpeningTime(s, from: c, to: verb) == verb else { return false }
        return countsVillagesBefore(s, ge: c - 2, sentence: sentence)
    }
    /// How far after 其中 a place's name may run before a bare 个 (`其中东乡县62个`).
    static let qizhongNameReach = 6
    /// Whether `r` is nothing or a place's name alone, by its suffix, 有 or 的 at most after it (`东乡县`, `城关镇有`): not
    /// the name of a kind of things (`其中省级示范社12个`, `其中东乡县车间20个`, `其中新建30个`), which the 个 counts.
    static func placeNameAlone(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var end = r.upperBound
        if end > r.lowerBound, placeNameLinks.contains(s[end - 1]) { end -= 1 }
        guard end > r.lowerBound else { return r.isEmpty }
        return end - r.lowerBound >= 2 && (PlaceLexicon.fullNameEnds.contains(s[end - 1]) || PlaceLexicon.townEnds.contains(s[end - 1]))
            && s[r.lowerBound..<end].allSatisfy(NormalizedText.isHan)
    }
    static let placeNameLinks = ScalarSet("有的")
    /// Whether the last count of the clause ending at `end` (its break) counts villages by 个: `贫困村118个`, `118个挂牌督战村`,
    /// `对全州118个挂牌督战村实行…督战`.
    static func clauseEndsCountingVillages(_ s: [UInt32], end: Int, sentence: Range<Int>) -> Bool {
        let clause = Outline.clause(s, around: end - 1, in: sentence)
        guard let d = s[clause.lowerBound..<end].lastIndex(where: NumberReader.isDigit), d + 1 < end, s[d + 1] == ge else { return false }
        if countsVillagesBefore(s, ge: d + 1, sentence: sentence) { return true }
        // (a village's noun right after 个, a few characters of its kind between)
        return ((d + 2)..<min(end, d + 2 + Self.villageKindReach)).contains { UnitLexicon.villageNouns.longest(in: s, at: $0, limit: end) != nil }
    }
    /// How many characters of a kind may stand between 个 and a village's noun (`个挂牌督战村`, `个深度贫困村`).
    static let villageKindReach = 5
    /// Whether the count whose 个 stands at `ge` counts villages by a noun right before its figure (`的村有56个`).
    static func countsVillagesBefore(_ s: [UInt32], ge: Int, sentence: Range<Int>) -> Bool {
        // (the village noun is the noun of that clause's own count, right before its figure but for a verb linking them:
        // 的村有56个, 行政村达到260个, 贫困村30个; not 128个贫困村共建成扶贫车间56个, a count of workshops)
        let before = Outline.clause(s, around: ge, in: sentence)
        var k = ge
        while k > before.lowerBound, NumberReader.isDigit(s[k - 1]) || NumberReader.isChineseNumeral(s[k - 1]) || s[k - 1] == NumberReader.point { k -= 1 }
        if let h = HedgeLexicon.before.longestEnding(in: s, at: k, from: before.lowerBound, maxLength: 3) { k -= h.length }
        var links = 0
        while k > before.lowerBound, links < Self.countLinkReach, Self.countLinks.contains(s[k - 1]) { k -= 1; links += 1 }
        return UnitLexicon.villageNouns.longestEnding(in: s, at: k, from: before.lowerBound, maxLength: 4) != nil
    }
    /// Verbs that may link a noun to its count after it (`的村有56个`, `行政村达到260个`, `共有`), and how many characters of them.
    static let countLinks = ScalarSet("有达到为是共计总已"), countLinkReach = 3
    /// Whether no Han character follows at `k`: the figure closes its clause.
    static func closesClause(_ s: [UInt32], _ k: Int, limit: Int) -> Bool { k >= limit || !NormalizedText.isHan(s[k]) }
    /// Whether a spoken price's 块 at `k` ends it: its clause closes, past a hedge (`每斤八块左右`, `八块多`), or 的, 到 or 至 follow
    /// (`每公斤八块的价格`, `八块到十块`); not a noun it counts (`每亩两块地块`).
    static func closesPrice(_ s: [UInt32], _ k: Int, limit: Int) -> Bool {
        let e = k < limit && s[k] == HedgeLexicon.duo ? k + 1 : pastHedge(s, k, limit)
        return closesClause(s, e, limit: limit) || UnitLexicon.priceClosers.contains(s[e])
    }
    /// Whether a verb of earning (`挣`, `赚`) stands right before `start`, past its hedges, `了` or `能` between or not
    /// (`每天能挣一百二`, `挣了近两百`).
    static func earnsRightBefore(_ s: [UInt32], _ start: Int, sentence: Range<Int>) -> Bool {
        verbBefore(s, start, sentence: sentence, verbs: earningVerbs, between: earningLinks)
    }
    /// (挣个一万五六, 每个月拿两千五六: 个 as speech puts it, 拿 as pay is taken)
    static let earningVerbs = ScalarSet("挣赚拿"), earningLinks = ScalarSet("了能个")
    /// What ends a fee's or a price's noun (`车费`, `票价`), and what may stand between it and the figure (`车费要五六十块`).
    static let feeEnds = ScalarSet("费价"), feeLinks = ScalarSet("就要得是")
    /// The digit of dimes after a spoken 块 (`三十九块九`, `39块9`), where nothing numeral nor a unit follows it, or with
    /// the dimes' own unit (`三块五毛钱`, `八块五角`), and how many characters it takes; nil where none.
    static func spokenDimes(_ s: [UInt32], at k: Int, limit: Int) -> (digit: Int, length: Int)? {
        guard k < limit else { return nil }
        let d: Int
        if NumberReader.isDigit(s[k]) { d = Int(s[k] - 0x30) }
        else if let v = NumberReader.chineseDigits[s[k]], v >= 1, v <= 9 { d = Int(v) }
        else { return nil }
        guard d >= 1 else { return nil }
        let next = k + 1
        guard next < limit, NormalizedText.isHan(s[next]) || NumberReader.isDigit(s[next]) else { return (d, 1) }
        // (三块五毛钱, 八块五角: the dimes' unit, and 钱 after it; not a word it opens, 两块五角星形状的奖牌)
        if UnitLexicon.dimeUnits.contains(s[next]) {
            let after = next + 1
            if after < limit, s[after] == UnitLexicon.qian { return (d, 3) }
            return after >= limit || !NormalizedText.isHan(s[after]) || UnitLexicon.afterDimes.contains(s[after]) ? (d, 2) : nil
        }
        // (两块五一斤, 一块五一个, 两块五一公斤: sold by one of a thing)
        if s[next] == TrapLexicon.yi, next + 1 < limit,
           KindCues.priceClassifiers.contains(s[next + 1]) || UnitLexicon.trie.longest(in: s, at: next + 1, limit: limit) != nil { return (d, 1) }
        // (能卖到两块五了, 按每斤两块五收购: any word but one the digit opens, 两块五花肉)
        if NumberReader.isDigit(s[next]) || NumberReader.isChineseNumeral(s[next]) || UnitLexicon.dimesWordTails.contains(s[next])
            || UnitLexicon.trie.longest(in: s, at: next, limit: limit)?.value.measure != nil { return nil }
        return (d, 1)
    }
    /// Where the figure at `i` starts past the hedges right before it.
    static func pastHedgesBefore(_ s: [UInt32], _ i: Int, sentence: Range<Int>) -> Int {
        var k = i
        while k > sentence.lowerBound, let h = HedgeLexicon.before.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2) { k -= h.length }
        return k
    }
    /// Whether a money noun ends right before `start`, with at most a hedge or `达`/`共计` between.
    private func moneyNounBefore(_ start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        if let h = HedgeLexicon.before.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2) { k -= h.length }
        while k > sentence.lowerBound, start - k < 4, UnitLexicon.moneyNounGap.contains(s[k - 1]) { k -= 1 }
        return UnitLexicon.moneyNouns.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 4) != nil
    }

    /// The measure of the last count in 万 of people or households before `start` in its sentence
    /// (`1879.23万人`), where a verb of change stands right before `start` and the figure closes its
    /// clause at `pos` (`新增459.19万,`): the unit left out is that count's. Only where the verb opens
    /// its clause, or a comparison does (`较3月6日新增`, `比去年增加`): a clause that names its own thing
    /// (`村集体经济收入新增300万`) is no count of those people.
    private func changedMeasure(before start: Int, at pos: Int, sentence: Range<Int>, limit: Int) -> Measure? {
        guard pos >= limit || Outline.isClauseBreak(s[pos]) || Outline.sentenceEnds.contains(s[pos]),
              let verb = UnitLexicon.elidedChangeVerbs.longestEnding(in: s, at: start, from: max(sentence.lowerBound, start - KindCues.changeLongest),
                                                                     maxLength: KindCues.changeLongest) else { return nil }
        var opening = Outline.clause(s, around: start, in: sentence).lowerBound
        // (今年新增459.19万, 2019年底减少到17.5万: a time before the verb names no thing of its own)
        while opening < start - verb.length {
            if let t = UnitLexicon.changeHeadTimes.longest(in: s, at: opening, limit: start - verb.length) { opening += t.length; continue }
            guard YearResolver.yearFollows(s, at: opening, limit: start) else { break }
            opening += YearResolver.yearWithMarker
            if opening < start, TimeLexicon.periodEnds.contains(s[opening]) { opening += 1 }
        }
        guard start - verb.length == opening || KindCues.comparedWithDate.contains(s[opening])
                || KindCues.comparisons.longest(in: s, at: opening, limit: start) != nil else { return nil }
        var k = start - 1
        while k > sentence.lowerBound {
            if s[k - 1] == Self.wan, let u = UnitLexicon.trie.longest(in: s, at: k, limit: start)?.value.measure,
               u == .persons || u == .households { return u }
            k -= 1
        }
        // (西部地区农村贫困人口从…5086万减少到…2251万,累计减少2835万: or the people the sentence's subject
        // names, its counts in 万 leaving their unit out too)
        // (村集体经济收入从50万增加到80万,累计增加30万: the nearest noun is money's, no people's)
        k = opening
        while k > sentence.lowerBound {
            if UnitLexicon.moneyNouns.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 4) != nil { return nil }
            if UnitLexicon.peopleNouns.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 8) != nil { return .persons }
            k -= 1
        }
        return nil
    }

    /// The unit of the level a span starts from, where the figure ends the span (`由8000元增长到1万2`, `从6000元提高至1万5`):
    /// a verb of reaching or 到/至 right before the figure, a unit of the table right before that, after a digit.
    private func levelUnitBehind(_ span: Span, sentence: Range<Int>) -> Measure? {
        var k = span.numberStart
        if let t = TimeLexicon.toLevels.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 3) { k -= t.length }
        else if k > sentence.lowerBound, TimeLexicon.toMarkers.contains(s[k - 1]) { k -= 1 }
        else { return nil }
        // (由3000多元增长到1万2: a hedge between the start's digits and its unit)
        guard let u = UnitLexicon.trie.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2), case var d = k - u.length - 1,
              d > sentence.lowerBound else { return nil }
        if HedgeLexicon.inside.longest(in: s, at: d, limit: k - u.length) != nil { d -= 1 }
        guard d >= sentence.lowerBound, NumberReader.isDigit(s[d]) else { return nil }
        // (从33块到一万二: 块 said of money)
        return u.value.tag == .colloquialYuan ? .yuan : u.value.measure
    }

    /// The measure of the level a span in 万 with no unit goes to (`由1万增长到1.5万元`, `从2万下降到0.8万人`):
    /// the figure opens with a from-marker (``TimeLexicon/fromMarkers``), a word of reaching a level
    /// (``TimeLexicon/toLevels``) or a bare 到/至 follows, then a figure in 万 (inside too) and a unit.
    private func levelUnitAhead(_ span: Span, _ pos: Int, sentence: Range<Int>) -> Measure? {
        let limit = sentence.upperBound
        guard span.numberStart > sentence.lowerBound, TimeLexicon.fromMarkers.contains(s[span.numberStart - 1]) else { return nil }
        var k = pos
        if let to = TimeLexicon.toLevels.longest(in: s, at: k, limit: limit) { k += to.length }
        else if k < limit, TimeLexicon.toMarkers.contains(s[k]) { k += 1 }
        else { return nil }
        // (the end's number in digits with its 万 or 亿, inside too: 由1万2增长到1万5元)
        var e = k
        while e < limit, NumberReader.isDigit(s[e]) || s[e] == NumberReader.point || NumberReader.chineseUnits[s[e]] != nil { e += 1 }
        guard e > k, NumberReader.isDigit(s[k]), s[k..<e].contains(where: UnitLexicon.largeScaleChars.contains),
              let u = UnitLexicon.trie.longest(in: s, at: e, limit: limit) else { return nil }
        return u.value.measure
    }

    /// The measure a people or household noun earlier in the clause gives a figure with no unit.
    private func subjectMeasure(before start: Int, at: Int, sentence: Range<Int>) -> Measure? {
        let clause = Outline.clause(s, around: at, in: sentence)
        var k = start
        while k > clause.lowerBound {
            // (农民人均可支配收入由8000元增长到1万2: income, not its people, is the subject past it)
            if KindCues.incomeNouns.longestEnding(in: s, at: k, from: clause.lowerBound, maxLength: KindCues.incomeNounLength) != nil { return nil }
            // (直播观看人次达286万: the person-times its subject counts)
            if UnitLexicon.personTimesNouns.longestEnding(in: s, at: k, from: clause.lowerBound, maxLength: 2) != nil { return .personTimes }
            if UnitLexicon.peopleNouns.longestEnding(in: s, at: k, from: clause.lowerBound, maxLength: 8) != nil { return .persons }
            if UnitLexicon.householdNouns.longestEnding(in: s, at: k, from: clause.lowerBound, maxLength: 8) != nil { return .households }
            k -= 1
        }
        return nil
    }

    // MARK: - Resolver

    /// Value and measure from the unit row; the leading hedge; the surface's bounds.
    private func resolve(_ span: Span, sentence: Range<Int>) -> Candidate {
        var approx = span.approx || span.trailingHedge != nil
        var start = span.start
        if HedgeLexicon.shangBefore(s, span.start, from: sentence.lowerBound), Self.isLoneUnit(span, s) {
            approx = true; start = span.start - 1   // 上百户, 上万人: a round count from below
        } else if let h = HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 3),
           !isFalseHedge(endingAt: span.start, sentence: sentence) {
            approx = true; start = span.start - h.length
        } else if KindCues.boundSign(s, before: span.start, from: sentence.lowerBound, figureEnd: span.unitEnd) == .above {
            approx = true   // 年收入>1万元, ≥90%的贫困户: a sign of a bound above in prose hedges an outcome, as 以上 does
        } else if span.measure == .percent, sharedWithHedge(before: span.start, sentence: sentence) {
            approx = true   // 约占全省的9.1%: the hedge before 占 reaches the share
        } else if span.measure == .yuan, let c = HedgeLexicon.currencyNames.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: HedgeLexicon.currencyNameLength),
                  let h = HedgeLexicon.before.longestEnding(in: s, at: span.start - c.length, from: sentence.lowerBound, maxLength: 3),
                  !isFalseHedge(endingAt: span.start - c.length, sentence: sentence) {
            approx = true; start = span.start - c.length - h.length   // 约合人民币265万元: the currency's name between
        }
        // 负一百二十万, 增长-3.2%: a minus sign before the number makes it negative (the surface holds it)
        // (负 1,200,000: a space may stand between the sign and the number)
        var sign = 1.0
        if start > sentence.lowerBound {
            let k = s[start - 1] == 0x20 && start - 2 >= sentence.lowerBound && (s[start - 2] == Self.fu || s[start - 2] == 0x2D) ? start - 2 : start - 1
            // (1000 - 3000元: a dash with a space on each side joins a range)
            let rangeDash = k == start - 2 && s[k] == 0x2D && k > sentence.lowerBound && s[k - 1] == 0x20
            if !rangeDash, Self.isMinus(s, at: k, from: sentence.lowerBound) { sign = -1; start = k }
        }
        let factor = span.multiplier * span.scale * sign
        let unit = units.string(s[(span.multiplier != 1 ? span.unitStart - multiplierLength(span.unitStart) : span.unitStart)..<span.unitEnd])
        return Candidate(value: NumberReader.scaled(span.number.value, factor), high: span.high.map { NumberReader.scaled($0, factor) },
                         listed: span.listed.map { NumberReader.scaled($0, factor) },
                         measure: span.measure!, unit: unit, start: start, numberStart: span.numberStart,
                         numberEnd: span.number.end, end: span.end,
                         unitEnd: span.unitEnd, approx: approx, kindAfterUnit: span.afterUnit.map { ($0.kind, $0.rule) } ?? span.unitKind,
                         isClassifier: span.classifier, rule: span.rule)
    }

    // MARK: - Helpers for the finder and the traps

    /// Whether a word of earnings (``UnitLexicon/earningWords``) stands before `i` in its clause.
    static func earnsBefore(_ s: [UInt32], _ i: Int, sentence: Range<Int>) -> Bool {
        var k = i
        while k > sentence.lowerBound, !Outline.isClauseBreak(s[k - 1]) { k -= 1 }
        return UnitLexicon.earningWords.firstMatch(in: s, k..<i) != nil
    }
    /// Whether a verb done or one of money stands right before the figure at `i`, past its hedges (`凑了七八千块`,
    /// `花掉三百块`, `欠下两千块`): colloquial 块 is money there, not the pieces a noun before counts (`太阳能板三百块`).
    static func moneyVerbBefore(_ s: [UInt32], _ i: Int, sentence: Range<Int>) -> Bool {
        verbBefore(s, i, sentence: sentence, verbs: UnitLexicon.moneyVerbChars, between: UnitLexicon.moneyAdverbs)
    }
    /// Whether one of `verbs` stands right before the figure at `i`, past its hedges and up to two of `between`.
    static func verbBefore(_ s: [UInt32], _ i: Int, sentence: Range<Int>, verbs: ScalarSet, between: ScalarSet) -> Bool {
        var k = pastHedgesBefore(s, i, sentence: sentence)
        // (two of them at most: 车费就要五六十块)
        var links = 0
        while links < 2, k > sentence.lowerBound, between.contains(s[k - 1]) { k -= 1; links += 1 }
        return k > sentence.lowerBound && verbs.contains(s[k - 1])
    }

    /// Whether `k` holds a minus sign: `负` where it is no verb's (`背负10万元`, `肩负`), or a `-` that
    /// no range, date or bullet explains (after a space or a mark, or a verb or noun of change: `增长-3.2%`).
    static func isMinus(_ s: [UInt32], at k: Int, from lower: Int) -> Bool {
        guard k > lower else { return s[k] == fu }
        if s[k] == fu { return !NormalizedText.isHan(s[k - 1]) || minusLeads.contains(s[k - 1]) }
        return s[k] == 0x2D && minusLeads.contains(s[k - 1])
    }
    static let fu: UInt32 = 0x8D1F   // 负
    /// Units a range's first end may close with before its dash (`3%-5%`, `3万元-5万元`, `3-5亩`).
    static let rangeUnitEnds = ScalarSet("%‰元人户亩个")
    /// What a negative figure's `-` follows: a space or a mark (not `^`, nor a digit: `2^-1`,
    /// `0535-6631311`), or a word of change (`增长-3.2%`, `增幅为-1.5%`, `增长率-0.8%`).
    static let minusLeads = ScalarSet(" (,:;、长为是达降幅率有")

    /// A hedge right before a `占` a few characters before a share, with no figure between
    /// (`约占全省的9.1%`, `近占全县总人口的三成`).
    func sharedWithHedge(before start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        while k > sentence.lowerBound, start - k < Self.shareWholeReach, !Outline.isClauseBreak(s[k - 1]), !NumberReader.isDigit(s[k - 1]) {
            if s[k - 1] == KindCues.zhan {
                return HedgeLexicon.before.longestEnding(in: s, at: k - 1, from: sentence.lowerBound, maxLength: 2) != nil
            }
            k -= 1
        }
        return false
    }
    /// How far before a share its `占` may stand (`占全省贫困人口总数的`).
    static let shareWholeReach = 12

    /// Units alone as the whole numeral (`逾百家`, `上万户`, `上百亿元`).
    static func isLoneUnit(_ span: Span, _ s: [UInt32]) -> Bool {
        // (上千万元, 上百亿元, 上十万头, 上万亿元: one or two units alone, each larger than the one before, a hundred at least)
        guard span.number.isChinese, span.number.end - span.numberStart <= 2 else { return false }
        var previous = 0.0, value = 1.0
        for k in span.numberStart..<span.number.end {
            guard let u = NumberReader.chineseUnits[s[k]], u > previous else { return false }
            previous = u; value *= u
        }
        return value >= 100
    }

    func isFalseHedge(endingAt i: Int, sentence: Range<Int>) -> Bool {
        Self.falseHedges.contains { ws in i - ws.count >= sentence.lowerBound && s[(i - ws.count)..<i].elementsEqual(ws) }
    }
    /// Characters that glue a number to a code or an address before it (`A-12`, `#3`, `x2`).
    /// (`?` and U+FFFD mark a character the page lost: `?0万亩` is a damaged figure.)
    static let glueBefore = ScalarSet("_/\\@#-.+=*×?\u{FFFD}")
    static let falseHedges: [[UInt32]] = HedgeLexicon.falseHedges.map { $0.unicodeScalars.map(\.value) }

    private func multiplierLength(_ unitStart: Int) -> Int {
        var k = unitStart
        while k > 0, NumberReader.chineseUnits[s[k - 1]] != nil { k -= 1 }
        return unitStart - k
    }

    /// Quotation marks a noun phrase after a count may hold around a modifier (`“直过民族”`).
    @inline(__always) static func inPhraseQuote(_ u: UInt32) -> Bool { u == TrapLexicon.openQuote || u == TrapLexicon.closeQuote }

    /// `6个省定扶贫工作重点村`: 个, up to ten characters, and a village noun that ends a word.
    private func villagePhrase(at pos: Int, limit: Int) -> Int? {
        guard pos < limit, s[pos] == Self.ge else { return nil }
        var k = pos + 1
        // (57个“直过民族”地区贫困村: a quoted modifier inside the phrase, whose own words count nothing:
        // 12个“村村通”工程 counts works)
        var quoted = false
        while k < limit, k - pos <= UnitLexicon.longVillagePhrase, NormalizedText.isHan(s[k]) || Self.inPhraseQuote(s[k]) {
            if Self.inPhraseQuote(s[k]) { quoted = s[k] == TrapLexicon.openQuote; k += 1; continue }
            if quoted { k += 1; continue }
            // 138个农村饮水工程: 农村 is the countryside, no village counted
            if let w = UnitLexicon.nonVillageWords.longest(in: s, at: k, limit: limit) { k += w.length; continue }
            if UnitLexicon.villagePhraseBreakers.longest(in: s, at: k, limit: limit) != nil { return nil }
            // 8个县在完成…贫困村: a higher place right after 个 is what it counts
            if k == pos + 1, UnitLexicon.higherPlaceNouns.contains(s[k]), UnitLexicon.villageNouns.longest(in: s, at: k, limit: limit) == nil,
               !(k + 1 < limit && (UnitLexicon.placeModifierEnds.contains(s[k + 1]) || UnitLexicon.higherPlaceNouns.contains(s[k + 1])
                                   && UnitLexicon.trie.longest(in: s, at: k, limit: limit)?.length != 2)) { return nil }
            // (3个省市共建示范村: a second level right after makes the two a modifier; 8个乡镇在… counts towns)
            // (17个剩余未退出的省定相对贫困村: a long phrase only when it ends in 贫困村)
            if k - pos > UnitLexicon.villagePhrase,
               !(k - 2 > pos && UnitLexicon.longPhraseVillageNouns.longest(in: s, at: k - 2, limit: limit) != nil) { k += 1; continue }
            if let v = UnitLexicon.villageNouns.longest(in: s, at: k, limit: limit) {
                let e = k + v.length
                if !UnitLexicon.villageWordContinues(s, noun: k..<e, limit: limit) { return e }
                k = e; continue   // 乡村振兴: the word goes on, and its 村 is no village either
            }
            if NumberReader.isChineseNumeral(s[k]) && k > pos + 1 { return nil }
            k += 1
        }
        return nil
    }

    /// Part of a phone number, date, time, URL, file name or code rather than a count.
    func isEmbedded(start: Int, end: Int, limit: Int, sentence: Range<Int>) -> Bool {
        if start > sentence.lowerBound {
            let p = s[start - 1]
            // (a minus sign is no glue: 增长-3.2%, ``isMinus(_:at:from:)``)
            // (nor a range's dash after its first end's unit: 3%-5%, 3万元-5万元)
            // (nor a slash between a figure's unit and the next figure: 1128户/5512万元, 9个/9个/100%)
            let cellSlash = p == 0x2F && start >= sentence.lowerBound + 2 && (NormalizedText.isHan(s[start - 2]) || s[start - 2] == 0x25)
            if !cellSlash, Self.isASCIILetter(p) || Self.glueBefore.contains(p) && !(p == 0x2D && (Self.isMinus(s, at: start - 1, from: sentence.lowerBound)
                || start >= sentence.lowerBound + 3 && Self.rangeUnitEnds.contains(s[start - 2]) && NumberReader.isDigit(s[start - 3])
                || start >= sentence.lowerBound + 4 && Self.rangeUnitEnds.contains(s[start - 2]) && NumberReader.chineseUnits[s[start - 3]] != nil && NumberReader.isDigit(s[start - 4]))) { return true }
            if p == 0x3A, start >= 2, NumberReader.isDigit(s[start - 2]) { return true }
        }
        if end < limit {
            let q = s[end]
            if q == 0x5F || q == 0x40 || q == 0x2B || q == 0x3D { return true }
            if Self.isASCIILetter(q), !(q == 0x6B && end + 1 < limit && s[end + 1] == 0x6D) { return true }   // allow km
            // 15:31, 2020.10.16, 10/16 (a dash is read as a range first, then needs a unit)
            if (q == 0x3A || q == NumberReader.point || q == 0x2F), end + 1 < limit, NumberReader.isDigit(s[end + 1]) { return true }
            if q == NumberReader.point, end + 1 < limit, Self.isASCIILetter(s[end + 1]) { return true }
        }
        // inside an ASCII token that looks like a URL or an e-mail address
        var a = start
        while a > sentence.lowerBound, s[a - 1] > 0x20, s[a - 1] < 0x7F { a -= 1 }
        var b = end
        while b < limit, s[b] > 0x20, s[b] < 0x7F { b += 1 }
        // (every mark holds a letter or `@`: a token without one, `39.53%`, is searched for none;
        // measured with `Outline.segment` read through a pointer: 345.4 → 342.6 M instructions a pass
        // over 400 reports)
        if b - a > end - start, s[a..<b].contains(where: { Self.isASCIILetter($0) || $0 == 0x40 }),
           Self.addressMarks.contains(where: { Outline.find($0, in: s, a..<b, foldingASCIICase: true) != nil }) { return true }
        return false
    }

    /// Pieces of URLs and e-mail addresses (lowercase ASCII): a number inside one is no figure.
    static let addressMarks: [[UInt32]] = ["http", "www", "@", ".htm", ".com", ".cn", ".jpg", ".png"].map { $0.unicodeScalars.map(\.value) }

    func inSloganQuote(_ i: Int) -> Bool {
        quotes.contains { $0.contains(i) }
    }

    static let metaCueStarts = TrapLexicon.metaCues.firstScalarSet
    func hasMetaCue(before i: Int, sentence: Range<Int>) -> Bool {
        let from = max(sentence.lowerBound, i - 8)
        var k = from
        while true {
            k = Self.metaCueStarts.firstMember(in: s, from: k, to: i)   // most numbers have no cue's character before them
            guard k < i else { break }
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
        // (对标“户5条”: four characters are a standard's name, too short for anything said)
        if isSloganList(s, r) || r.count <= TrapLexicon.labelMaxLength || namesPolicyByCount(s, r) { return false }
        var k = r.lowerBound
        while k < r.upperBound {
            let u = s[k]
            if u == 0x3002 || u == 0x21 || u == 0x3F { return true }
            if NumberReader.isDigit(u) {
                while k < r.upperBound, NumberReader.isDigitOrPoint(s[k]) { k += 1 }
                if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: r.upperBound) { k += m.length }
                if let unit = UnitLexicon.trie.longest(in: s, at: k, limit: r.upperBound), unit.value.measure != nil { return true }
                continue
            }
            k += 1
        }
        return false
    }

    /// A quotation that names a policy by its count of articles (`“稳就业25条”`, `“脱贫攻坚15条”`): it
    /// ends in digits and a classifier of articles (``TrapLexicon/articleClassifiers``), with no mark of a
    /// clause or a sentence, no 了 and no verb of the subject lexicon inside (`“今年我们村新建大棚30个”` is said).
    static func namesPolicyByCount(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, TrapLexicon.articleClassifiers.contains(s[r.upperBound - 1]), NumberReader.isDigit(s[r.upperBound - 2]) else { return false }
        let verbs = SubjectLexicon.trie
        return !r.contains { k in Outline.clausePunctuation.contains(s[k]) || s[k] == KindCues.le
            || verbs.mayStart(s[k]) && verbs.longest(in: s, at: k, limit: r.upperBound)?.value == .verb }
    }

    /// A quoted list of short phrases (`“政府补贴、4户联建、收益直接打卡”`): slogans, whatever
    /// their figures, when every item is short and no clause or sentence mark stands inside.
    static func isSloganList(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var items = 1, length = 0
        let clauseMarks = Outline.clauseMarks   // one static read, not one a character (see `NumberReader.numeral`)
        for k in r {
            let u = s[k]
            if u == 0x3001 { items += 1; length = 0; continue }
            if clauseMarks.contains(u) || u == 0x3002 || u == 0x21 || u == 0x3F { return false }
            length += 1
            if length > TrapLexicon.sloganItemMaxLength { return false }
        }
        return items >= 2
    }

    /// The quotations and book titles of a line, each from its opening mark through its closing
    /// one (an opening mark never closed is passed over): one scan a line, shared by the slogan
    /// refusals and the speaker's place.
    static func quotations(_ s: [UInt32], _ line: Range<Int>) -> [Range<Int>] {
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
                    if out.isEmpty { out.reserveCapacity(4) }   // see `YearResolver.expressions`
                    out.append(i..<(j + 1))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Of a line's quotations, the short quoted phrases and book titles: slogans and names, not reports.
    static func sloganQuotes(_ s: [UInt32], among quotations: [Range<Int>]) -> [Range<Int>] {
        quotations.filter { q in
            let inner = (q.lowerBound + 1)..<(q.upperBound - 1)
            return s[q.lowerBound] == TrapLexicon.openTitle || isSloganList(s, inner) || (inner.count <= TrapLexicon.sloganMaxLength && !isSpeech(s, inner))
        }
    }
}
