import FupinCore

/// A word or number in a sentence that says when.
public struct TimeExpression: Sendable {
    public enum Meaning: Sendable, Equatable {
        /// A year: stated (`2017年`, `2019—2020学年` → 2020) or relative (`去年`) and resolved.
        case year(Int)
        /// A span of years (`2017年以来`): the figure has no single year.
        case span
        /// A day or month without a year (`4月23日`): the publication year, or the year before
        /// when the month is later than the publication's (`12月28日` on a page of 2019-01-10).
        case dayOfYear(month: Int?)
        /// The year already in force (`年内`, `当年`, `全年`): the sentence's or the paragraph's.
        case inForce
    }
    public let range: Range<Int>
    public let meaning: Meaning
    /// At the head of the sentence (`截至目前,…`): it governs the whole sentence, not only
    /// its `;` part.
    public let fronted: Bool
    /// After `截至`/`截止` (`…,截至去年底全县共减贫…;全县…8145元`): the date of the state the rest
    /// of the sentence reports, past its `;` parts too.
    public var asOf = false
    /// The year a span said from a year starts in (`2017年起`, `2017年以来` → 2017), which `当年`
    /// after it names (``TimeLexicon/thatYear``).
    public var since: Int?
}

/// Finds time expressions in a sentence and picks the year in force at a position.
public struct YearResolver: Sendable {
    /// The publication year, when known.
    public private(set) var publicationYear: Int?
    /// The publication month, when known: a month named later than it is last year's.
    public private(set) var publicationMonth: Int?
    /// A post's own date in a feed of dated posts (``DocumentScan/postStamps(_:_:)``): its 今年 and 去年 are its own.
    mutating func restamp(year: Int, month: Int?) { publicationYear = year; publicationMonth = month }
    /// The year the report is about where its head states one before its publication's (a 2016
    /// bulletin printed in 2017): a statistic's `上年` is the year before it, not before the printing.
    public var reportYear: Int?
    /// The one year a title names before its publication's (`昭觉县2020年脱贫攻坚大事记` published in 2021): a
    /// day or month said without a year is of it.
    public var titleYear: Int?

    /// Whether one of `expressions` names the publication's own year and the report was published in its
    /// first months (``TimeLexicon/yearAheadMonths``) (a government's work report of January speaks of that year's work ahead:
    /// `2017年主要工作`, `二、“十三五”目标和2016年工作`).
    func isEarlyInYear(_ expressions: [TimeExpression]) -> Bool {
        guard let p = publicationYear, let m = publicationMonth, TimeLexicon.yearAheadMonths.contains(m) else { return false }
        return expressions.contains { if case .year(p) = $0.meaning { return true } else { return false } }
    }
    public init(publicationYear: Int?, publicationMonth: Int? = nil) {
        self.publicationYear = publicationYear
        self.publicationMonth = publicationMonth
    }

    /// The year of a day or month said without one (`截至11月底`): the title's one year before the
    /// publication's, else the publication year, or the year before for a month later than the
    /// publication's (a January page on December); nil `month` for one that may look ahead.
    public func year(ofMonth month: Int?) -> Int? {
        if let t = titleYear { return t }
        guard let p = publicationYear else { return nil }
        if let m = month, let pm = publicationMonth, m > pm { return p - 1 }
        return p
    }

    /// The longest clause of a news source read before a fronted year.
    static let leadLength = 24
    /// Words before a year that still front it (`截至2019年底,…`; `刚刚过去的2016年,…`: the year just past).
    static let frontedPrefixes: [[UInt32]] = ["截至", "截止", "自", "从", "到", "在", "于", "至", "今年", "(",
                                              "过去的", "刚刚过去的", "刚过去的", "在刚刚过去的", "在过去的", "已经过去的"]
        .map { $0.unicodeScalars.map(\.value) }
    static let nian: UInt32 = NormalizedText.nian, yue: UInt32 = 0x6708, de: UInt32 = 0x7684, ri: UInt32 = 0x65E5, qi: UInt32 = 0x8D77

    /// Time expressions of a sentence, in order; comparisons (`比2019年`) are left out.
    public func expressions(in s: [UInt32], _ sentence: Range<Int>) -> [TimeExpression] {
        var out: [TimeExpression] = []
        // the arrays a sentence's scan returns (its times, its topic cues, its places, a line's
        // quotations) reserve room at their first element: grown from one by doubling, each
        // growth allocated and copied (measured: 373.9 → 370.7 M instructions a pass over 400 reports)
        func add(_ e: TimeExpression) {
            if out.isEmpty { out.reserveCapacity(4) }
            out.append(e)
        }
        var i = sentence.lowerBound
        let (spans, relative) = (TimeLexicon.spans, TimeLexicon.relative)   // a static read per scalar calls swift_once
        let sameYear = TimeLexicon.sameYear
        while i < sentence.upperBound {
            i = Self.nextStart(s, from: i, to: sentence.upperBound, spans, relative)
            guard i < sentence.upperBound else { break }
            let u = s[i]
            if NumberReader.isDigit(u), i == sentence.lowerBound || !NumberReader.isDigit(s[i - 1]) {
                var j = i
                while j < sentence.upperBound, NumberReader.isDigit(s[j]) { j += 1 }
                let digits = j - i
                if digits == 4, let y = NormalizedText.integer(s[i..<j]), Campaign.years.contains(y) {
                    if let e = year(s, sentence, start: i, afterDigits: j, value: y) { add(e.0); i = e.1; continue }
                } else if digits <= 2, j + 2 <= sentence.upperBound, s[j..<(j + 2)].elementsEqual(TimeLexicon.yearsAgo),
                          let n = NormalizedText.integer(s[i..<j]), (1...30).contains(n) {
                    // 7年前,一家人年收入不足3500元: that many years before the present
                    add(TimeExpression(range: i..<(j + 2), meaning: publicationYear.map { .year($0 - n) } ?? .span, fronted: isFronted(s, sentence, i)))
                    i = j + 2; continue
                } else if digits <= 2, let e = Self.yearsSince(s, afterDigits: j, sentence) {
                    // 4年来, 3年多来: a span of years back from now
                    add(TimeExpression(range: i..<e, meaning: .span, fronted: isFronted(s, sentence, i)))
                    i = e; continue
                } else if digits <= 2, j < sentence.upperBound, s[j] == Self.yue {
                    // (10月底前, 5月起: a deadline or a start looks ahead, and keeps no month to roll back)
                    let ahead = (j + 1..<min(sentence.upperBound, j + 3)).contains { TimeLexicon.monthAhead.contains(s[$0]) }
                    // (2018年4月至9月: a month a span's join puts right after a year's month is that year's)
                    if i > sentence.lowerBound, TimeLexicon.spanJoins.contains(s[i - 1]), let last = out.last, last.range.upperBound == i - 1,
                       case .year(let y) = last.meaning {
                        add(TimeExpression(range: i..<(j + 1), meaning: .year(y), fronted: false))
                        i = j + 1; continue
                    }
                    add(TimeExpression(range: i..<(j + 1), meaning: .dayOfYear(month: ahead ? nil : NormalizedText.integer(s[i..<j])),
                                       fronted: isFronted(s, sentence, i), asOf: Self.isAsOf(s, sentence, i)))
                    i = j + 1; continue
                } else if digits <= 2, i == sentence.lowerBound, j < sentence.upperBound, s[j] == Self.ri {
                    // 1日上午,…: a day of the month the report appears in, heading its sentence
                    add(TimeExpression(range: i..<(j + 1), meaning: .dayOfYear(month: nil), fronted: true))
                    i = j + 1; continue
                }
                i = j; continue
            }
            // (过去一年 is the year in force, not the past 过去 names; nor is 刚刚过去的2016年, its year named)
            // (到“十三五”末, 十二五期末: a plan period's end is its last year, no span)
            if NormalizedText.isHan(u), let p = TimeLexicon.planPeriods.longest(in: s, at: i, limit: sentence.upperBound),
               case let after = i + p.length + (i + p.length < sentence.upperBound && s[i + p.length] == TrapLexicon.closeQuote ? 1 : 0),
               let e = TimeLexicon.planPeriodEnds.longest(in: s, at: after, limit: sentence.upperBound) {
                add(TimeExpression(range: i..<(after + e.length), meaning: .year(p.value), fronted: isFronted(s, sentence, i)))
                i = after + e.length; continue
            }
            if NormalizedText.isHan(u), let sp = spans.longest(in: s, at: i, limit: sentence.upperBound),
               sp.length >= sameYear.longest(in: s, at: i, limit: sentence.upperBound)?.length ?? 0,
               !Self.pastOfYear(s, at: i + sp.length, limit: sentence.upperBound) {
                // 较“十二五”提高了约20个百分点: the period compared with, not the figure's
                var b = i - 1
                if b > sentence.lowerBound, s[b] == TrapLexicon.openQuote { b -= 1 }
                if b >= sentence.lowerBound, b < i, TimeLexicon.comparison.contains(s[b]) { i += sp.length; continue }
                // (截至11月底,全市“十三五”…搬迁任务…竣工64645人: a quoted plan's name before a noun, in a
                // sentence a date heads as of, names the task, not the figure's time)
                if Self.quotedPlanName(s, i..<(i + sp.length), sentence), out.first?.asOf == true { i += sp.length; continue }
                add(TimeExpression(range: i..<(i + sp.length), meaning: .span, fronted: isFronted(s, sentence, i)))
                i += sp.length; continue
            }
            if NormalizedText.isHan(u), sameYear.mayStart(u), let r = sameYear.longest(in: s, at: i, limit: sentence.upperBound),
               !(i > sentence.lowerBound && NumberReader.isDigit(s[i - 1])) {
                // (过去的一年 in a speech of February 2018: the year just ended, 2017)
                let justEnded = !r.value && publicationMonth.map(TimeLexicon.yearAheadMonths.contains) == true
                // (当年3月, 同年10月: the month after the word is of the year in force, no month of the page's year)
                let end = i + r.length, through = end < sentence.upperBound && NumberReader.isDigit(s[end])
                    ? Self.skipMonthAndDay(s, from: end, limit: sentence.upperBound) : end
                add(TimeExpression(range: i..<through, meaning: justEnded ? publicationYear.map { .year($0 - 1) } ?? .inForce : .inForce,
                                   fronted: isFronted(s, sentence, i)))
                i = through; continue
            }
            if NormalizedText.isHan(u), let r = relative.longest(in: s, at: i, limit: sentence.upperBound) {
                let end = i + r.length
                // (实现剩余800人: the word's first character ends a verb before it)
                if i > sentence.lowerBound, TimeLexicon.notRelativeAfter.longestEnding(in: s, at: i + 1, from: i - 1, maxLength: 2) != nil { i += 1; continue }
                // 较上年提高367元, 均超过去年: the year of comparison, not the figure's
                if i > sentence.lowerBound, TimeLexicon.comparison.contains(s[i - 1])
                    || TimeLexicon.comparisonVerbs.longestEnding(in: s, at: i, from: sentence.lowerBound, maxLength: 2) != nil
                    || Self.isBase(s, sentence, i, end)
                    || end < sentence.upperBound && TimeLexicon.indexBase.contains(s[end]) { i = end; continue }
                let isSpan = r.value != 0 && TimeLexicon.spanMarkers.longest(in: s, at: end, limit: sentence.upperBound) != nil
                let base = TimeLexicon.reportRelative.longest(in: s, at: i, limit: end) != nil ? reportYear ?? publicationYear : publicationYear
                let meaning: TimeExpression.Meaning = isSpan ? .span : base.map { .year($0 + r.value) } ?? .span
                // 截至去年12月,…: the month after the word is that year's, no month of the present one
                // (a month only: 今年底 stays the word a deadline reads, isDeadline)
                // (由上年末的18.07%: a part of the year after the word is the word's time, its 的 the figure's)
                // (今年10月, 明年5月 in a report of February: the word's year too, no month of the year before)
                let through = isSpan || end >= sentence.upperBound ? end
                    : !NumberReader.isDigit(s[end]) ? (r.value < 0 && TimeLexicon.yearParts.contains(s[end]) && s[end - 1] == Self.nian ? end + 1 : end)
                    : Self.skipMonthAndDay(s, from: end, limit: sentence.upperBound)
                add(TimeExpression(range: i..<through, meaning: meaning, fronted: isFronted(s, sentence, i), asOf: Self.isAsOf(s, sentence, i)))
                i = through; continue
            }
            i += 1
        }
        return out
    }

    /// The first digit, or character that may start a time word, from `i` on (`end` when none):
    /// most characters of a sentence start neither, and the scan passes them through pointers
    /// (measured: this function 10.1 → 8.5 M instructions a pass over 400 reports; in all 346.1 → 345.4),
    /// by one bit test each in one set of all three (measured: 328.1 → 325.2 M). A time word's first
    /// character that is no Han one stops the scan where the loop above reads nothing.
    private static func nextStart(_ s: [UInt32], from i: Int, to end: Int, _ spans: ScalarTrie<Bool>, _ relative: ScalarTrie<Int>) -> Int {
        Self.expressionStarts.firstMember(in: s, from: i, to: end)
    }
    /// Digits and the first characters of ``TimeLexicon/spans``, ``TimeLexicon/relative`` and ``TimeLexicon/sameYear``.
    static let expressionStarts: ScalarSet = {
        var set = ScalarSet("0123456789")
        set.formUnion(TimeLexicon.spans.firstScalarSet)
        set.formUnion(TimeLexicon.relative.firstScalarSet)
        set.formUnion(TimeLexicon.sameYear.firstScalarSet)
        return set
    }()

    static let dai: UInt32 = 0x4EE3, biao: UInt32 = 0x8868   // 代 (1990年代), 表 (年代表)
    /// Whether a year's 年 closing right before `at` makes a decade (`1990年代`; not `2019年代表全县…`, 代表 to stand for).
    static func namesDecade(_ s: [UInt32], at: Int, limit: Int) -> Bool {
        at < limit && s[at] == dai && (at + 1 >= limit || s[at + 1] != biao)
    }
    private func year(_ s: [UInt32], _ sentence: Range<Int>, start i: Int, afterDigits j: Int, value y: Int) -> (TimeExpression, Int)? {
        var end = j
        var value = y
        // 2019—2020学年, 2016-2020年
        if end + 5 <= sentence.upperBound, [0x2014, 0x2D, 0x2013, 0x81F3, 0x7E].contains(s[end]),
           let y2 = NormalizedText.integer(s[(end + 1)..<(end + 5)]), Campaign.years.contains(y2) {
            end += 5
            let academic = end < sentence.upperBound && (s[end] == 0x5B66 || s[end] == Self.nian) // 学, 年
            if !academic { return nil }
            value = y2
            if end + 1 < sentence.upperBound, s[end] == Self.nian, s[end + 1] != Self.du {
                // 2016-2020年: a span of years
                return (TimeExpression(range: i..<(end + 1), meaning: .span, fronted: isFronted(s, sentence, i)), end + 1)
            }
        }
        // 2016 年底: pages that set a space after every number
        if end + 1 < sentence.upperBound, s[end] == 0x20, s[end + 1] == Self.nian { end += 1 }
        guard end < sentence.upperBound, s[end] == Self.nian || s[end] == 0x5B66 else { return nil }
        end += 1
        // (一饼1990年代的老英红: a decade describes a thing, no year of the figure's)
        // (not 2019年代表全县…: 代表, to stand for)
        if Self.namesDecade(s, at: end, limit: sentence.upperBound) { return nil }
        // 比2019年增加…: the year of comparison, not the figure's (but 比2010年的人均纯收入3289元
        // dates the figure 的 joins it to)
        // (超过2020年底规模12万人: a comparison's verb, as 比)
        if i > sentence.lowerBound, TimeLexicon.comparison.contains(s[i - 1])
            || TimeLexicon.comparisonVerbs.longestEnding(in: s, at: i, from: sentence.lowerBound, maxLength: 2) != nil,
           !(end < sentence.upperBound && s[end] == Self.de && Self.figureFollows(s, from: end + 1, sentence)) { return nil }
        if Self.isBase(s, sentence, i, end) { return nil }   // 在2017年的基础上
        // 涉及2016、2018、2019年度退耕还林34.4万亩: years listed name the cohorts a figure sums, no
        // year of it (the year in force before them is); listed at the head of the sentence they
        // are a span (2017年和2018年,凉山州累计实现…: FORMAT.md, no year)
        if let first = Self.yearListStart(s, sentence, start: i, end: end) {
            guard isFronted(s, sentence, first) else { return nil }
            return (TimeExpression(range: i..<end, meaning: .span, fronted: true), end)
        }
        if TimeLexicon.births.longest(in: s, at: end, limit: sentence.upperBound) != nil { return nil }   // 1970年以后出生
        // (借力2022年冬奥会筹办 in 2019: an event to come names no time of the figures; 在2019年进博会上签约12亿元 does)
        if TimeLexicon.eventNames.longest(in: s, at: end, limit: sentence.upperBound) != nil, let p = publicationYear, value > p { return nil }
        if end < sentence.upperBound, TimeLexicon.indexBase.contains(s[end]) { return nil }   // 指数(2015年=100)
        var meaning = TimeExpression.Meaning.year(value)
        // 2017年以来 and 自2017年起 are spans; 2019年4月起 is a year (a date from which on).
        var k = end
        k = Self.skipMonthAndDay(s, from: k, limit: sentence.upperBound)
        var since: Int?
        if TimeLexicon.spanMarkers.longest(in: s, at: k, limit: sentence.upperBound) != nil, !(s[k] == Self.qi && k > end) { meaning = .span; since = value }
        // 自2015年被确定为示范县以来,…: 自/从 a year and 以来 closing its clause
        if case .year = meaning, i > sentence.lowerBound, s[i - 1] == 0x81EA || s[i - 1] == 0x4ECE, Self.sinceCloses(s, from: k, sentence) { meaning = .span }
        // the month and day that follow belong to this year (2019年4月起), not to the publication year
        return (TimeExpression(range: i..<k, meaning: meaning, fronted: isFronted(s, sentence, i), asOf: Self.isAsOf(s, sentence, i), since: since), k)
    }

    /// Where the list of years the year `i..<end` (its 年 included) stands in starts (`2016、2018、
    /// 2019年度`, `2017年和2018年`), or nil where it stands alone: campaign years joined by `、`,
    /// `和`, `及`, `与`, each with or without its 年.
    static func yearListStart(_ s: [UInt32], _ sentence: Range<Int>, start i: Int, end: Int) -> Int? {
        func yearAt(_ a: Int) -> Bool {
            a >= sentence.lowerBound && a + 4 <= sentence.upperBound && (a..<(a + 4)).allSatisfy { NumberReader.isDigit(s[$0]) }
                && (a == sentence.lowerBound || !NumberReader.isDigit(s[a - 1])) && NormalizedText.integer(s[a..<(a + 4)]).map(Campaign.years.contains) == true
        }
        /// The year listed right before `a`, where one is.
        func previous(_ a: Int) -> Int? {
            guard a - 1 > sentence.lowerBound, TimeLexicon.yearListJoins.contains(s[a - 1]) else { return nil }
            var d = a - 1
            if d > sentence.lowerBound, s[d - 1] == Self.du { d -= 1 }
            if d > sentence.lowerBound, s[d - 1] == Self.nian { d -= 1 }
            return yearAt(d - 4) ? d - 4 : nil
        }
        /// Whether the year ending at `e` is compared with the one before it (`2020年与2019年相比`).
        func compared(after e: Int) -> Bool {
            var k = e
            while k < sentence.upperBound, s[k] == Self.nian || s[k] == Self.du { k += 1 }
            return TimeLexicon.yearComparisons.longest(in: s, at: k, limit: sentence.upperBound) != nil
        }
        var first = i, listed = false
        while let p = previous(first) { first = p; listed = true }
        if listed { return compared(after: end) ? nil : first }
        var k = end
        if k < sentence.upperBound, s[k] == Self.du { k += 1 }
        return k < sentence.upperBound && TimeLexicon.yearListJoins.contains(s[k]) && yearAt(k + 1) && !compared(after: k + 5) ? i : nil
    }
    /// The years of a list that ends right before `end` (`2014、2015、2016年|分别…`), in order, or nil
    /// where no list of two or more ends there.
    static func listedYears(_ s: [UInt32], _ sentence: Range<Int>, endingAt end: Int) -> [Int]? {
        var k = end
        if k > sentence.lowerBound, s[k - 1] == Self.du { k -= 1 }
        guard k > sentence.lowerBound, s[k - 1] == Self.nian, k - 5 >= sentence.lowerBound,
              let first = yearListStart(s, sentence, start: k - 5, end: k), first < k - 5 else { return nil }
        var years: [Int] = [], j = first
        while j < k {
            guard let y = NormalizedText.integer(s[j..<(j + 4)]) else { return nil }
            years.append(y)
            j += 4
            while j < k, !NumberReader.isDigit(s[j]) { j += 1 }
        }
        return years
    }
    static let du: UInt32 = 0x5EA6   // 度, of 年度

    /// Where `年来`, `年多来` or `年以来` ends after a count of years (`4年来`), or nil.
    static func yearsSince(_ s: [UInt32], afterDigits j: Int, _ sentence: Range<Int>) -> Int? {
        guard j < sentence.upperBound, s[j] == nian else { return nil }
        var k = j + 1
        if k < sentence.upperBound, s[k] == 0x591A || s[k] == 0x4F59 { k += 1 }   // 多, 余
        if k < sentence.upperBound, s[k] == 0x6765 { return k + 1 }   // 来
        if k + 1 < sentence.upperBound, s[k] == 0x4EE5, s[k + 1] == 0x6765 { return k + 2 }   // 以来
        // 6年时间减少8000多万人, 3年间, 连续6年: a stretch of years, no one of them
        if let w = TimeLexicon.yearStretches.longest(in: s, at: k, limit: sentence.upperBound) { return k + w.length }
        var d = j
        while d > sentence.lowerBound, NumberReader.isDigit(s[d - 1]) { d -= 1 }
        if d - 2 >= sentence.lowerBound, s[d - 2] == 0x8FDE, s[d - 1] == 0x7EED { return k }   // 连续
        if d - 1 >= sentence.lowerBound, s[d - 1] == KindCues.jinNear { return k }   // 近6年
        return nil
    }

    /// Whether `以来` ends the clause that starts at `k` (`自2015年被商务部确定为…以来,`).
    static func sinceCloses(_ s: [UInt32], from k: Int, _ sentence: Range<Int>) -> Bool {
        var j = k
        while j + 1 < sentence.upperBound, j - k < Self.sinceReach, !Outline.isClauseBreak(s[j]) {
            if s[j] == 0x4EE5, s[j + 1] == 0x6765 { return true }   // 以来
            j += 1
        }
        return false
    }
    /// How far `以来` may close a clause opened by `自` and a year, in characters.
    static let sinceReach = 40

    /// Past a month, a day and 底/初/末 after a year (`2019年4月20日`, `2012年底`), but not into a
    /// figure right after it (`由2012年底317.49万人`).
    static func skipMonthAndDay(_ s: [UInt32], from start: Int, limit: Int) -> Int {
        var k = start
        for marker in [yue, ri] {   // 4月, 20日: one or two digits and their marker
            var j = k
            // (5、6、12月份: months listed by 、 share their marker)
            while true {
                let from = j
                while j < limit, j - from < 2, NumberReader.isDigit(s[j]) { j += 1 }
                guard j > from, j + 1 < limit, s[j] == NumberReader.listComma, NumberReader.isDigit(s[j + 1]) else { break }
                j += 1
            }
            if j > k, j < limit, s[j] == marker { k = j + 1 }
        }
        while k < limit, k - start < 3, TimeLexicon.periodEnds.contains(s[k]) { k += 1 }
        return k
    }

    /// Whether the year at `i` is one a plan looks to: a word of planning earlier in its clause
    /// (``KindCues/governingTargets``: `计划在2016年至2020年间`, `力争2019年`), or a short quoted
    /// slogan holding it (`“2017年基本脱贫,2018年打扫战场”`; a quotation of speech holds a
    /// sentence's end).
    static func isHorizon(_ s: [UInt32], at i: Int, lineStart: Int) -> Bool {
        var q = i
        while q > lineStart, i - q < TimeLexicon.sloganReach, s[q - 1] != TrapLexicon.closeQuote {
            if s[q - 1] == TrapLexicon.openQuote {
                var e = i
                while e < s.count, e - i < TimeLexicon.sloganReach, s[e] != TrapLexicon.closeQuote, !Outline.sentenceEnds.contains(s[e]) { e += 1 }
                return e < s.count && s[e] == TrapLexicon.closeQuote
            }
            q -= 1
        }
        var k = i
        while k > lineStart, i - k < TimeLexicon.horizonReach, !Outline.isClauseBreak(s[k - 1]), !Outline.sentenceEnds.contains(s[k - 1]) { k -= 1 }
        if KindCues.governingTargets.firstMatch(in: s, k..<i) != nil { return true }
        // 到2018年全面建成小康社会目标: a year reached for, a goal named after it in its clause
        // (根据我镇2017-2020年脱贫滚动计划: the last year of a span a plan named after it covers)
        let spanEnd = i > lineStart && TimeLexicon.spanJoins.contains(s[i - 1])
        guard i > lineStart, TimeLexicon.toMarkers.contains(s[i - 1]) || spanEnd else { return false }
        var e = i
        while e < s.count, e - i < TimeLexicon.horizonReach, !Outline.isClauseBreak(s[e]), !Outline.sentenceEnds.contains(s[e]) { e += 1 }
        return TimeLexicon.goalNouns.firstMatch(in: s, i..<e) != nil || spanEnd && TimeLexicon.planNouns.firstMatch(in: s, i..<e) != nil
    }

    /// Whether a span word stands in quotes before a noun (`“十三五”建档立卡…任务`), not before a
    /// word of time (`“十三五”期间`, `“十三五”以来`, `“十三五”时期`).
    static func quotedPlanName(_ s: [UInt32], _ r: Range<Int>, _ sentence: Range<Int>) -> Bool {
        guard r.lowerBound > sentence.lowerBound, s[r.lowerBound - 1] == TrapLexicon.openQuote, r.upperBound + 1 < sentence.upperBound,
              s[r.upperBound] == TrapLexicon.closeQuote else { return false }
        let k = r.upperBound + 1
        return NormalizedText.isHan(s[k]) && TimeLexicon.spanMarkers.longest(in: s, at: k, limit: sentence.upperBound) == nil
            && TimeLexicon.periodWords.longest(in: s, at: k, limit: sentence.upperBound) == nil
    }

    /// Whether the time word at `i..<end` is a base: one a plan builds on (`在去年扶贫成效的基础上确保
    /// 6563人脱贫`) or one a figure is compared with (`和2014年建档立卡初期相比`): an opener of
    /// ``TimeLexicon/baseOpeners`` before it and a closer of ``TimeLexicon/baseClosers`` after it in its clause.
    static func isBase(_ s: [UInt32], _ sentence: Range<Int>, _ i: Int, _ end: Int) -> Bool {
        guard i > sentence.lowerBound, TimeLexicon.baseOpeners.contains(s[i - 1]) else { return false }
        var k = end
        while k < sentence.upperBound, !Outline.isClauseBreak(s[k]) {
            if TimeLexicon.baseClosers.longest(in: s, at: k, limit: sentence.upperBound) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether 的 and a year follow a word of the past at `k` (`过去的2016年`): the past is that year.
    static func pastOfYear(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        k + 5 < limit && s[k] == de && (k + 1..<k + 5).allSatisfy { NumberReader.isDigit(s[$0]) } && s[k + 5] == NormalizedText.nian
    }
    /// Whether `截至` or `截止` stands right before `i`.
    static func isAsOf(_ s: [UInt32], _ sentence: Range<Int>, _ i: Int) -> Bool {
        i - 2 >= sentence.lowerBound && s[i - 2] == 0x622A && (s[i - 1] == 0x81F3 || s[i - 1] == 0x6B62)
    }

    private func isFronted(_ s: [UInt32], _ sentence: Range<Int>, _ i: Int) -> Bool {
        if i - sentence.lowerBound <= 1 { return true }
        let lead = s[sentence.lowerBound..<i]
        if Self.frontedPrefixes.contains(where: { $0.elementsEqual(lead) }) { return true }
        // (——2016年扶贫成效明显。, ▶2020年…: a list's marks before it)
        if lead.allSatisfy({ WrappedLines.itemMarks.contains($0) || TableCells.isGap($0) }) { return true }
        // 另获悉,2018年…; 记者从省扶贫办了解到,2019年…: a clause saying where the news came from
        // (数据显示,截至2019年底,…: with a fronted prefix after it)
        var comma = i - 1
        if let p = Self.frontedPrefixes.first(where: { p in comma - p.count > sentence.lowerBound && s[(i - p.count)..<i].elementsEqual(p) }) { comma = i - p.count - 1 }
        if comma - sentence.lowerBound <= Self.leadLength, s[comma] == 0x2C,
           TimeLexicon.reportingLeads.longestEnding(in: s, at: comma, from: sentence.lowerBound, maxLength: 4) != nil { return true }
        // (本报讯(记者 王晓丽)2017年8月8日,…; 新华社成都8月8日电 2017年…: a year right after the paragraph's dateline and byline;
        // not the day of the news, 本报讯(记者 李树芳)3月12日,记者从…获悉,2018年全省…, whose year the figures do not take)
        return i - sentence.lowerBound <= Self.furnitureLength && Self.yearFollows(s, at: i, limit: sentence.upperBound)
            && Dateline.openingEnd(s, sentence) == i
    }
    /// How long a paragraph's dateline and byline before a fronted year may run (``Dateline/datelineLength`` and a byline
    /// of a few names: `新华社成都8月8日电(记者 王晓丽 李想)`).
    static let furnitureLength = 40

    /// The year in force for a figure at `position`, or nil.
    ///
    /// `paragraphYear` is the year stated at the head of the paragraph's first sentence; it
    /// carries into later sentences unless they speak of accumulation (`先后`, `累计`);
    /// `cumulative` says whether this one does, when the caller already knows (nil: look).
    public func year(at position: Int, in s: [UInt32], sentence: Range<Int>, expressions: [TimeExpression],
                     paragraphYear: Int?, cumulative: Bool? = nil) -> Int? {
        if case .year(let y) = reading(at: position, in: s, sentence: sentence, expressions: expressions,
                                       paragraphYear: paragraphYear, cumulative: cumulative) { return y }
        return nil
    }

    /// What the text says of a figure's year: a year, a span of years that ends in none
    /// (`2017年以来`, `自2017年起`, `近年来`: FORMAT.md, the year is unknown), or nothing
    /// (the caller falls back on the report's own year).
    public enum Reading: Equatable { case year(Int), span, none }

    /// The year in force for a figure at `position`, as ``Reading``. `monthYear`, where given, is the year a
    /// heading states, which a month without a year is of (`2015年⏎3月　全县开展…`).
    public func reading(at position: Int, in s: [UInt32], sentence: Range<Int>, expressions: [TimeExpression],
                        paragraphYear: Int?, paragraphSince: Int? = nil, cumulative: Bool? = nil, monthYear: Int? = nil) -> Reading {
        func given(_ y: Int?) -> Reading { y.map { .year($0) } ?? .none }
        guard !expressions.isEmpty else {   // the usual case: no time word in the sentence
            guard let y = paragraphYear else { return .none }
            return (cumulative ?? Self.isCumulative(s, sentence)) ? .none : .year(y)
        }
        let segment = Outline.segment(s, around: position, in: sentence)
        // 贫困发生率0.39%(2018年), 农民人均可支配收入9016元(2018年): a year alone in brackets right after a figure dates it
        if let y = Self.bracketedYear(after: position, in: s, sentence, expressions) { return .year(y) }
        // 龙陵县813户<2018年提前实施>: a year in an aside is the aside's alone
        // (filtered into a new array only when one is left out: most sentences have no aside, and
        // the copy was made at each figure; measured with the meta cue's scan: 322.7 → 320.3 M
        // instructions a pass over 400 reports)
        func kept(_ e: TimeExpression) -> Bool { Self.aside(around: e.range, in: s, sentence).map { $0.contains(position) } ?? true }
        let expressions = expressions.allSatisfy(kept) ? expressions : expressions.filter(kept)
        // nearest expression before the number whose scope reaches it (the end of a span,
        // 2016年至2018年,…291个, gives none: FORMAT.md)
        for (k, e) in expressions.enumerated().reversed() where e.range.upperBound <= position {
            // 从2017年的3.9%下降至1.3%: a year joined by 的 to a figure is that figure's alone
            // (2016年,…新增69户,加上2015年剩余的22户105人,最终91户: after a year stated before it, a
            // year joined by a short phrase and 的 is as much its figure's alone)
            if e.range.upperBound < position,
               let d = Self.attributiveDe(s, after: e.range.upperBound, before: position,
                                          phrase: expressions[..<k].contains { if case .year = $0.meaning { return true } else { return false } }),
               s[(d + 1)..<position].contains(where: NumberReader.isDigit),
               // (从2017年的2000万元、6个项目: an item listed right after its figure by 、 shares its year;
               // 从2013年底的346万人减至9.6万人 does not)
               s[position - 1] != NumberReader.listComma || s[(d + 1)..<position].contains(where: { Outline.isClauseBreak($0) && $0 != NumberReader.listComma })
                || Self.digitRuns(s, (d + 1)..<position) != 1 {
                // (从2012年的9899万人减少到2016年的4335万人,累计减少5564万人; …增加到2019年底的9808元,历年已脱贫
                //人口人均收入接近1万元: a figure told in a later clause after a span from a year to a year is
                // of the span, and the span ends in its year)
                // (…下降到2019年的0.6%,党的十八大以来累计减贫5000万人: a span of its own, 以来, keeps the figure's)
                if case .year(let y) = e.meaning, Self.endsFromTo(s, e.range, sentence),
                   s[e.range.upperBound..<position].contains(where: Outline.isClauseBreak) {
                    return Outline.find(Self.yilai, in: s, e.range.upperBound..<position) == nil ? .year(y) : .span
                }
                continue
            }
            // 2021年末,…占2020年末脱贫人口总数的13.99%: the year of a share's base is the base's
            if Self.isShareBase(e.range, in: s, sentence, before: position) { continue }
            if e.fronted || e.asOf || segment.contains(e.range.lowerBound) || Self.headsFigures(s, sentence, e.range.lowerBound) {
                if case .span = e.meaning { return .span }
                // 2019年,…。年内完成…: the year the sentence or the paragraph states, else none said
                if case .inForce = e.meaning {
                    // (2017年起,合作社统一经营…,当年出栏110多头: 当年 names the year a span starts in too)
                    let thatYear = TimeLexicon.thatYear.longest(in: s, at: e.range.lowerBound, limit: e.range.upperBound) != nil
                    for f in expressions[..<k].reversed() {
                        if case .year(let y) = f.meaning { return .year(y) }
                        if thatYear, let y = f.since { return .year(y) }
                    }
                    if paragraphYear == nil, thatYear, let y = paragraphSince { return .year(y) }
                    return given(paragraphYear)
                }
                if TimeLexicon.endsSpan(expressions, k, s) { return .span }
                // (a month under a heading's year is of that year: 2015年⏎3月　全县开展…)
                if case .dayOfYear = e.meaning, let y = monthYear { return .year(y) }
                return given(resolve(e))
            }
        }
        // a year stated later in the same part: 危房户57户,全部纳入2020年…计划
        for e in expressions where e.range.lowerBound > position && segment.contains(e.range.lowerBound) {
            // …16.58万人在今年底全部脱贫: a relative year counts after the figure only as its deadline
            // (…97户贫困户已于去年底全部脱贫: a past year after the figure, in its clause after 于 or 在, tells when it
            // happened, as a year in digits does; not 同比下降4.7%,主要是去年同期…, nor 一年能挣六万多,去年家里已经脱了贫)
            guard case .year(let y) = e.meaning,
                  NumberReader.isDigit(s[e.range.lowerBound]) || Self.isDeadline(e.range, in: s, sentence)
                    || Self.pastAtAfter(e.range, in: s, from: position) else { break }
            // …6000元,村集体经济收入从2017年的不足1万元…: a year opening a span or joined by 的 to
            // a later figure is that figure's
            if e.range.lowerBound > sentence.lowerBound, TimeLexicon.fromMarkers.contains(s[e.range.lowerBound - 1]) { break }
            // (有4个贫困村,分别是…,其中蒌根于2016年完成…: no further than the next clause, nor past 其中)
            if Self.tooFarAfter(s, from: position, to: e.range.lowerBound) { break }
            // 全县共有贫困村164个,2016年出列17个: a year heading a later clause that states a figure
            // of its own is that figure's
            // (全县有贫困户800户,计划2020年脱贫300户: a plan's word may open the clause before the year)
            var opens = e.range.lowerBound
            if let w = TimeLexicon.yearLeads.longestEnding(in: s, at: opens, from: sentence.lowerBound, maxLength: 2) { opens -= w.length }
            if opens > sentence.lowerBound, Outline.isClauseBreak(s[opens - 1]),
               Self.figureFollows(s, from: e.range.upperBound, sentence) { break }
            if e.range.upperBound < segment.upperBound, s[e.range.upperBound] == Self.de,
               s[(e.range.upperBound + 1)..<segment.upperBound].contains(where: NumberReader.isDigit) { break }
            var k = position
            while k < e.range.lowerBound, !NumberReader.isDigit(s[k]) || k < position + 1 { k += 1 }
            // the figure's own digits are skipped; another figure in between claims the year
            var j = position
            while j < e.range.lowerBound, NumberReader.isDigitOrPoint(s[j]) || s[j] == 0x2C { j += 1 }
            // 4.21万户16.58万人在今年底…: a figure paired right after this one (its unit between) shares the year
            while let d = s[j..<e.range.lowerBound].firstIndex(where: NumberReader.isDigit), d - j <= Self.pairedUnitLength,
                  s[j..<d].allSatisfy(NormalizedText.isHan) {
                j = d
                while j < e.range.lowerBound, NumberReader.isDigitOrPoint(s[j]) || s[j] == 0x2C { j += 1 }
            }
            if !s[j..<e.range.lowerBound].contains(where: NumberReader.isDigit) { return .year(y) }
            break
        }
        if let y = paragraphYear, !(cumulative ?? Self.isCumulative(s, sentence)) { return .year(y) }
        return .none
    }

    /// Whether a relative year of the past stands after a figure at `from` in its clause, right after 于 or 在 (`已于去年底`).
    static func pastAtAfter(_ r: Range<Int>, in s: [UInt32], from: Int) -> Bool {
        guard (TimeLexicon.relative.longest(in: s, at: r.lowerBound, limit: r.upperBound)?.value ?? 0) < 0, r.lowerBound > from,
              TimeLexicon.atMarkers.contains(s[r.lowerBound - 1]) else { return false }
        guard !s[from..<r.lowerBound].contains(where: Outline.isClauseBreak) else { return false }
        // (全村86户贫困户中在去年脱贫的有30户: a figure after it in its clause is the one it tells of)
        var k = r.upperBound
        while k < s.count, !Outline.isClauseBreak(s[k]) {
            if NumberReader.isDigit(s[k]) { return false }
            k += 1
        }
        return true
    }

    /// Whether a year closes a span from a year or a level (`从2012年的…减少到|2016年`, `从5086万减少到|2016年`):
    /// a 到 or 至 right before it, and a 从 or 由 before digits earlier in its sentence.
    static func endsFromTo(_ s: [UInt32], _ r: Range<Int>, _ sentence: Range<Int>) -> Bool {
        guard r.lowerBound > sentence.lowerBound, TimeLexicon.toMarkers.contains(s[r.lowerBound - 1]) else { return false }
        var k = r.lowerBound - 1
        while k > sentence.lowerBound + 1 {
            k -= 1
            if TimeLexicon.fromMarkers.contains(s[k - 1]), NumberReader.isDigit(s[k]) { return true }
        }
        return false
    }

    /// The `的` joining a year ending at `k` to what follows: right after it, or (`phrase`) after a
    /// word of what was left over (`2015年剩余的`, ``TimeLexicon/leftOver``).
    static func attributiveDe(_ s: [UInt32], after k: Int, before limit: Int, phrase: Bool) -> Int? {
        if s[k] == de { return k }
        guard phrase, let w = TimeLexicon.leftOver.longest(in: s, at: k, limit: limit), k + w.length < limit, s[k + w.length] == de else { return nil }
        return k + w.length
    }

    static let yilai: [UInt32] = "以来".unicodeScalars.map(\.value)
    /// How long a year with its marker is (`2013年`).
    static let yearWithMarker = 5
    /// Whether a year (`2013年`) stands at `k`.
    static func yearFollows(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        k + 4 < limit && (k..<(k + 4)).allSatisfy { NumberReader.isDigit(s[$0]) } && s[k + 4] == YearResolver.nian
    }

    /// How many runs of digits `r` holds (`2000万元、` one; `1.88万户减少到623户、` two).
    static func digitRuns(_ s: [UInt32], _ r: Range<Int>) -> Int {
        var n = 0, inRun = false
        for k in r {
            let d = NumberReader.isDigit(s[k]) || (inRun && s[k] == NumberReader.point)
            if d && !inRun { n += 1 }
            inRun = d
        }
        return n
    }

    /// Whether a year stands in a share's base (`占2020年末…的13.99%`, `占全市2014年末…的`):
    /// 占 a few characters before it, no figure between, and 的 between it and the share.
    static func isShareBase(_ r: Range<Int>, in s: [UInt32], _ sentence: Range<Int>, before position: Int) -> Bool {
        var k = r.lowerBound - 1
        while k >= max(sentence.lowerBound, r.lowerBound - Self.shareBaseReach), s[k] != KindCues.zhan {
            if NumberReader.isDigit(s[k]) || Outline.isClauseBreak(s[k]) { return false }
            k -= 1
        }
        guard k >= sentence.lowerBound, s[k] == KindCues.zhan else { return false }
        return s[r.upperBound..<position].contains(Self.de) && !s[r.upperBound..<position].contains(where: Outline.isClauseBreak)
    }
    /// How far before a year the 占 of a share's base may stand (`占全市农村2014年末`).
    static let shareBaseReach = 5

    /// Whether a year at `to`, after a figure at `from`, lies past the clause after the figure's
    /// or past a `其中`: too far to date the figure.
    static func tooFarAfter(_ s: [UInt32], from: Int, to: Int) -> Bool {
        var breaks = 0
        for k in from..<to {
            // (a list's 、 breaks no clause: 危房户57户、低保户30户,全部纳入2020年计划)
            if Outline.isClauseBreak(s[k]), s[k] != 0x3001 { breaks += 1; if breaks >= 2 { return true } }
            if KindCues.opensQizhong(s, at: k, limit: to) { return true }
        }
        return false
    }

    /// Whether no figure stands in the sentence before `i` (digits of years aside): a time said
    /// before the sentence's first figure governs all its `;` parts (`借助…工程,到2020年,宁夏争取
    /// 实施…800万亩;新增生态护林员3000人`), as one at its head does.
    static func headsFigures(_ s: [UInt32], _ sentence: Range<Int>, _ i: Int) -> Bool {
        var k = sentence.lowerBound
        while k < i {
            if NumberReader.isDigit(s[k]) {
                var j = k
                while j < i, NumberReader.isDigit(s[j]) { j += 1 }
                // (本报北京1月24日电…国家统计局23日公布,…,2019年末,…: dates before it are no figures either)
                if j >= i || !(s[j] == nian || s[j] == yue || s[j] == ri || (s[j] == 0x20 && j + 1 < i && s[j + 1] == nian)) { return false }
                k = j
            }
            k += 1
        }
        return true
    }

    /// Whether a figure's digits follow in the clause from `k` (`的农民人均纯收入3289元`).
    static func figureFollows(_ s: [UInt32], from k: Int, _ sentence: Range<Int>) -> Bool {
        var j = k
        while j < sentence.upperBound, !Outline.isClauseBreak(s[j]) {
            if NumberReader.isDigit(s[j]) { return true }
            j += 1
        }
        return false
    }

    /// The longest unit between two paired figures (`4.21万户16.58万人`: `万户`).
    static let pairedUnitLength = 3

    /// A year after a figure that sets its deadline: `在今年底`, `于今年年底前` (not `在上年基础上`,
    /// a comparison): a mark before it and the end of the year after it.
    static func isDeadline(_ r: Range<Int>, in s: [UInt32], _ sentence: Range<Int>) -> Bool {
        guard r.lowerBound > sentence.lowerBound, TimeLexicon.deadlineMarkers.contains(s[r.lowerBound - 1]) else { return false }
        var k = r.upperBound
        if k < sentence.upperBound, s[k] == nian { k += 1 }   // 今年年底
        return k < sentence.upperBound && TimeLexicon.deadlineEnds.contains(s[k])
    }

    /// The year of an aside holding a year alone (`(2018年)`, `（2018年底）`, `(2019年度)`, `(截至2018年底)`) after the figure at
    /// `position`, in its clause with no other figure between (`由2014年的18.6%下降到0.4%(2019年底)` dates 0.4% alone).
    static func bracketedYear(after position: Int, in s: [UInt32], _ sentence: Range<Int>, _ expressions: [TimeExpression]) -> Int? {
        var k = position
        while k < sentence.upperBound, NumberReader.isDigitOrPoint(s[k]) || s[k] == 0x2C { k += 1 }   // (its own digits)
        let end = min(sentence.upperBound, k + bracketedYearReach)
        while k < end, asideOpeners[s[k]] == nil {
            // (入住2300户9800人(2018年底), 2300户、9800人: the people paired with households after them, no other figure)
            if k > position, s[k - 1] == TrapLexicon.hu, case let j = UnitLexicon.pastPairedCount(s, k, limit: end), j > k { k = j; continue }
            guard !Outline.isClauseBreak(s[k]), !NumberReader.isDigit(s[k]) else { return nil }
            k += 1
        }
        // (285个贫困村全部退出(截至2018年底): 截至 inside too)
        guard k < end, let close = asideOpeners[s[k]],
              let e = expressions.first(where: { $0.range.lowerBound == k + 1 || $0.range.lowerBound == k + 3 && isAsOf(s, sentence, k + 3) }),
              case .year(let y) = e.meaning else { return nil }
        var j = e.range.upperBound
        while j < sentence.upperBound, TimeLexicon.periodEnds.contains(s[j]) || s[j] == Self.du { j += 1 }
        return j < sentence.upperBound && s[j] == close ? y : nil
    }
    /// How far past a figure's digits its bracketed year may open (`9016元(`, `285个贫困村全部退出(`).
    static let bracketedYearReach = 16

    /// The bracketed aside (`(…)`, `<…>`, `〈…〉`, `【…】`) around a range of a sentence, if any.
    static func aside(around r: Range<Int>, in s: [UInt32], _ sentence: Range<Int>) -> Range<Int>? {
        var k = r.lowerBound - 1, close: UInt32 = 0
        while k >= sentence.lowerBound {
            if let c = Self.asideOpeners[s[k]] { close = c; break }
            if Self.asideClosers.contains(s[k]) { return nil }   // an aside closed before it
            k -= 1
        }
        guard k >= sentence.lowerBound else { return nil }
        var j = r.upperBound
        while j < sentence.upperBound, s[j] != close { j += 1 }
        return j < sentence.upperBound ? k..<(j + 1) : nil
    }
    /// Opening brackets of an aside and their closing ones.
    static let asideBrackets: [UInt32: UInt32] = [0x28: 0x29, 0xFF08: 0xFF09, 0x3C: 0x3E, 0x3008: 0x3009, 0x3010: 0x3011, 0x5B: 0x5D]
    /// ``asideBrackets`` as the scan back from a year reads them, a bitmap test a character
    /// (a dictionary lookup and a walk over its values cost some 80 instructions a character).
    static let asideOpeners = ScalarMap(asideBrackets.map { ($0.key, $0.value) })
    static let asideClosers = ScalarSet(values: asideBrackets.values)

    /// How a span from one level to another dates the figure (`从2013年至去年,…贫困发生率从13.4%降至0.07%`): the
    /// span's first year for the level after 从/由, its last for the level after 降至/提高到, where the sentence states both; or
    /// the report's present, where the figure is the level reached (`降至1.36%`) from a year the sentence states
    /// (`由2014年的18.3%`) and no year the span ends in; nil where it dates none.
    public enum FromToReading { case year(Int), present }
    public func fromToReading(at position: Int, in s: [UInt32], sentence: Range<Int>, expressions: [TimeExpression]) -> FromToReading? {
        guard let (isFrom, from, to) = fromTo(at: position, in: s, sentence: sentence, expressions: expressions), let f = from else { return nil }
        if let t = to { return f < t ? .year(isFrom ? f : t) : nil }
        return isFrom ? nil : .present
    }
    private func fromTo(at position: Int, in s: [UInt32], sentence: Range<Int>, expressions: [TimeExpression]) -> (isFrom: Bool, from: Int?, to: Int?)? {
        var k = position
        while k > sentence.lowerBound, k - position > -2, HedgeLexicon.before.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 1) != nil { k -= 1 }
        if k > sentence.lowerBound, s[k - 1] == 0x20 { k -= 1 }   // (降至 1.36%: an infographic's space)
        guard k > sentence.lowerBound else { return nil }
        let isFrom = TimeLexicon.fromMarkers.contains(s[k - 1])
        let isTo = !isFrom && TimeLexicon.toLevels.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 3) != nil
        guard isFrom || isTo else { return nil }
        var from: Int?, to: Int?, fromAt = position
        for (index, e) in expressions.enumerated() {
            guard case .year(let y) = e.meaning else { continue }
            let before = e.range.lowerBound > sentence.lowerBound ? s[e.range.lowerBound - 1] : 0
            // (2011年至2015年,…从36.6%下降到13.2%: a span's first year without 从 opens it too)
            // (the span the figure ends or starts: one after it is another's, …降至0.59%;…从2015年的2160元提高到8930元)
            if from == nil, e.range.lowerBound < position,
               TimeLexicon.fromMarkers.contains(before) || TimeLexicon.endsSpan(expressions, index + 1, s) { from = y; fromAt = e.range.lowerBound }
            else if from != nil, to == nil, TimeLexicon.toMarkers.contains(before) { to = y }
        }
        // 截至2019年底,…由2013年底的83.94万人减少到7.72万人,…由33.24%下降到3.07%: the span's end
        // stated before its start
        // (记者日前走访了解到,截至去年底,…由2014年的17.6万人减至4.3万人: the nearest before the span's start, not the
        // latest, where the sentence's present, 日前, is when it was learnt; 由2014年的3.2万人、2016年的1.8万人减少到
        // 1200人: a later start of the list is none)
        if let f = from, to == nil {
            let later = expressions.compactMap { e -> (at: Int, year: Int)? in
                if case .year(let y) = e.meaning, y > f { return (e.range.lowerBound, y) }; return nil }
            to = later.last(where: { $0.at < fromAt })?.year ?? (later.contains { $0.at > fromAt && $0.at < position } ? nil : later.map(\.year).max())
        }
        return (isFrom, from, to)
    }

    /// The year stated at the head of a report: in its title or the first sentences of its first
    /// two paragraphs, a year opening a clause (`2019年全市…`, `…获悉,2018年底…`). A year long
    /// before the latest the report states is history, not its subject. A government work report
    /// (`2018年…政府工作报告`) reviews the year before its own.
    public func headYear(_ s: [UInt32], outline: Outline, titleLine: Int?, latest: () -> Int?) -> Int? {
        var candidates: [Range<Int>] = []
        if let t = titleLine { candidates.append(outline.lines[t].range) }
        var paragraphs = 0
        for line in outline.lines where line.role == .body {
            candidates.append(line.range)
            paragraphs += 1
            if paragraphs == 2 { break }
        }
        for (index, r) in candidates.enumerated() {
            let head = r.lowerBound..<min(r.upperBound, r.lowerBound + Self.headReach)
            for e in expressions(in: s, head) {
                guard case .year(let y) = e.meaning, NumberReader.isDigit(s[e.range.lowerBound]) else { continue }
                let k = e.range.lowerBound
                // a title is short: any year in it names the report's
                // (【概况】2018年,…: a yearbook's overview label opening the line is no text before the year; a story's,
                // 【脱贫故事】2014年,…, tells of a past the report is not about)
                let opens = k == r.lowerBound || Outline.isClauseBreak(s[k - 1]) || Outline.sentenceEnds.contains(s[k - 1]) || e.fronted || (index == 0 && titleLine != nil)
                    || s[r.lowerBound] == Outline.tagOpen && s[k - 1] == Outline.tagClose
                        && TimeLexicon.overviewLabels.longest(in: s, at: r.lowerBound + 1, limit: k - 1)?.length == k - 2 - r.lowerBound
                // (nor a year a plan or a slogan looks to: “2017年基本脱贫,2018年打扫战场”)
                // (nor a year heading a later clause with its own figure: 贫困村164个,2016年出列17个)
                guard opens, !Self.isHorizon(s, at: k, lineStart: r.lowerBound), (index == 0 && titleLine != nil) || Self.headsFigures(s, r, k) else { continue }
                // (a latest year after the publication's is one planned for, 到2020年 in a 2017 bulletin: no later report)
                // (for a title's year only: a body's old year, 2013年11月…首次提出, still yields)
                if let l = latest(), y < l - 1, !(index == 0 && titleLine != nil && publicationYear.map({ l > $0 }) == true) { continue }
                if index == 0, titleLine != nil, TimeLexicon.reviewTitles.firstMatch(in: s, r) != nil { return y - 1 }
                if index == 0, titleLine != nil, TimeLexicon.rectifiesInspection(s, r) { continue }
                return y
            }
        }
        return nil
    }
    /// How far into a line its head reaches.
    static let headReach = 60

    /// The year a yearbook's entry tells of: a yearbook of a year (`《昭觉年鉴(2019)》`, `遂川年鉴 2019`,
    /// `通渭年鉴·2017`) records the year before it, named in the lines over the entry's first paragraph.
    public static func yearbookYear(_ s: [UInt32], outline: Outline) -> Int? {
        var lines = 0
        for line in outline.lines where line.role != .blank {
            lines += 1
            if lines > yearbookLines { break }
            // (its head only, where a yearbook's name stands: a paragraph read whole cost 1.2 M instructions a pass
            // over 400 reports)
            let head = line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + yearbookHead)
            var k = head.lowerBound
            while let (at, _) = TimeLexicon.yearbooks.firstMatch(in: s, k..<head.upperBound) {
                var e = at + 2
                while e < line.range.upperBound, e - at - 2 < yearbookGap, TimeLexicon.yearbookSeparators.contains(s[e]) { e += 1 }
                if e + 4 <= line.range.upperBound, (e..<(e + 4)).allSatisfy({ NumberReader.isDigit(s[$0]) }),
                   !(e + 4 < line.range.upperBound && NumberReader.isDigit(s[e + 4])),
                   let y = NormalizedText.integer(s[e..<(e + 4)]), Campaign.reportYears.contains(y - 1) { return y - 1 }
                k = at + 1
            }
        }
        return nil
    }
    /// How many lines of a page's head may name its yearbook, and how many separators may stand between
    /// the word and its year.
    static let yearbookLines = 4, yearbookGap = 3, yearbookHead = 24

    /// Whether a sentence speaks of accumulation over years (`先后`, `累计`, `以来`).
    static func isCumulative(_ s: [UInt32], _ sentence: Range<Int>) -> Bool {
        TimeLexicon.cumulative.firstMatch(in: s, sentence) != nil
    }

    private func resolve(_ e: TimeExpression) -> Int? {
        switch e.meaning {
        case .year(let y): return y
        case .span: return nil
        // (a month heading its sentence or read as of, 12月28日,我市召开…, 截至11月底: what was;
        // one inside it may be a plan's, 将于10月底前完成)
        case .dayOfYear(let month): return year(ofMonth: e.fronted || e.asOf ? month : nil)
        case .inForce: return nil
        }
    }
}
