import FupinCore

/// What the extractor makes of one report.
public struct Extraction: Sendable {
    public var document: Document
    public var facts: [Fact]
    /// Things worth telling the user: ambiguous place names, OpenCC unavailable, …
    public var notes: [String]
    /// Numbers that looked like figures and were refused, with the trap that refused each
    /// (only when the extractor explains: ``Extractor/explainRefusals``).
    public var refusals: [Refusal] = []
    /// The document's text indexed by scalar: facts made without their texts
    /// (``Extractor/factTexts`` off) have their sentence and clause written from it.
    public var indexedText: IndexedText
}

/// A number the extractor refused, and the trap that refused it: `refused «二批» by trap.ordinal`.
public struct Refusal: Sendable, Equatable {
    /// The trap's rule name (`trap.ordinal`, `trap.code`, …).
    public var trap: String
    /// The number and what the finder read after it, as stored.
    public var surface: String
    /// Scalar offsets of `surface` in the stored text.
    public var start: Int
    public var end: Int
}

/// Text → facts. Deterministic and offline.
///
/// ```swift
/// let x = Extractor().extract(text: "2018年,306户、469名建档立卡贫困人口全部脱贫。", id: "demo")
/// // x.facts: households 306 (year 2018), persons 469 (year 2018)
/// ```
///
/// The extractor finds, the resolver computes, the context attaches: one pass over the
/// normalised scalars finds candidate numbers; around each, a unit or classifier is read from
/// ``UnitLexicon``, hedges and kind cues are looked up in their tables, and the year and place
/// in force are attached.
public struct Extractor: Sendable {
    public let finder: PlaceFinder
    public let converter: ChineseConverter
    /// Whether facts carry their sentence and clause as text (`sentence`, `text`). Off, they
    /// carry only their spans of the document's text (`sentenceSpan`, `textSpan`), which is
    /// all a store keeps, and all `fupin extract` needs to write them (from
    /// ``Extraction/indexedText``): neither then makes strings it would throw away.
    public var factTexts: Bool
    /// Subjects shared between the facts of all reports this extractor reads.
    let strings = StringPool()
    /// Composed rule names, shared the same way.
    let rules = RuleNames()

    /// Whether documents get their content hash (SHA-256), which a store needs to see that a
    /// report is unchanged. `fupin extract`, which writes facts only, leaves it out (the
    /// document's `contentHash` is then empty).
    public var contentHashes: Bool

    /// Whether extractions list the numbers refused and why (`fupin extract --explain`).
    public var explainRefusals = false

    public init(gazetteer: Gazetteer = .shared, converter: ChineseConverter = .shared, factTexts: Bool = true,
                contentHashes: Bool = true) {
        self.finder = PlaceFinder(gazetteer: gazetteer)
        self.converter = converter
        self.factTexts = factTexts
        self.contentHashes = contentHashes
    }

    /// Decodes bytes (UTF-8/16, GB18030, HTML) and extracts; throws for binary or empty input.
    public func extract(bytes: [UInt8], id: String, origin: String? = nil, html: Bool? = nil) throws(InputProblem) -> Extraction {
        // Plain UTF-8, most reports: checked by the normaliser's pass over the bytes, not by
        // decoding them first. HTML, UTF-16 and GB18030 are decoded below.
        if let body = try TextDecoder.utf8Body(bytes), !(html ?? HTMLText.looksLikeHTML(utf8: body)),
           let norm = body.withUnsafeBufferPointer({ NormalizedText(utf8: $0, converter: converter) }) {
            if norm.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
            return extract(norm, id: id, origin: origin, encoding: "utf-8", date: nil, source: nil,
                           contentHash: contentHashes ? ContentHash.sha256Hex(bytes) : "")
        }
        let decoded = try TextDecoder.decode(bytes)
        var text = decoded.text
        var encoding = decoded.encoding
        if html ?? HTMLText.looksLikeHTML(text) {
            text = HTMLText.plainText(text)
            encoding += "+html"
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
        return extract(text: text, id: id, origin: origin, encoding: encoding,
                       contentHash: contentHashes ? ContentHash.sha256Hex(bytes) : "")
    }

    /// Extracts facts from stored text; offsets in the facts point into `text`.
    public func extract(text: String, id: String, origin: String? = nil, encoding: String = "utf-8",
                        date: String? = nil, source: String? = nil, contentHash: String? = nil) -> Extraction {
        extract(NormalizedText(text, converter: converter), id: id, origin: origin, encoding: encoding,
                date: date, source: source, contentHash: contentHash)
    }

    /// Extracts facts from a normalised text; offsets in the facts point into its stored text.
    private func extract(_ norm: NormalizedText, id: String, origin: String?, encoding: String,
                         date: String?, source: String?, contentHash: String?) -> Extraction {
        let text = norm.text
        let s = norm.scalars
        let outline = Outline(norm)
        var meta = MetadataReader.read(s, outline: outline)
        if let d = date { meta.date = d }
        if let src = source { meta.source = src }
        let place = DocumentPlace.resolve(s, outline: outline, titleLine: meta.titleLine, finder: finder)
        // the latest year stated, read only when asked: a report with a dateline whose head
        // states no year never scans its lines for one (measured: 7 M fewer instructions a pass
        // over 400 reports, of 365)
        var inferredRead: InferredYear?
        func inferred() -> InferredYear {
            if let l = inferredRead { return l }
            let l = Self.inferredYear(s, outline)
            inferredRead = l
            return l
        }
        func latestYear() -> Int? { inferred().year }
        // (1月9日,…2018年,该市214个贫困村脱贫出列。去年,…: a report dated early in a year, its latest
        // year told done, was published the year after; the year it is about stays the latest)
        var pubYear = meta.year ?? meta.labelledYear ?? (inferred().latestToldDone && Self.datedEarlyInYear(s, outline) ? latestYear().map { $0 + 1 } : latestYear())
        // 乡镇2020年脱贫攻坚工作汇报 ⏎ 时间:2024-06-02: a date after the campaign on a report whose
        // title names a year of it is a repost's; its 今年 and 现 are the title's year
        // (a repository's copy, 好范文网 2021-04-01 over a town's 2018 summary: its date is the copy's,
        // the year the report tells of its latest is the report's)
        if let y = meta.year, meta.repository, let l = latestYear(), l < y { pubYear = l }
        // (and on a report with no date at all, 乡镇2020年脱贫攻坚工作汇报 alone: a year its title
        // tells of, not one a plan looks to, rather than one inferred from the text)
        if meta.year.map({ $0 > Campaign.reportYears.upperBound || meta.repository }) ?? true, let t = meta.titleLine,
           let e = YearResolver(publicationYear: meta.year).expressions(in: s, outline.lines[t].range).first(where: { if case .year = $0.meaning { return true }; return false }),
           case .year(let titled) = e.meaning, Campaign.reportYears.contains(titled),
           meta.year != nil || !YearResolver.isHorizon(s, at: e.range.lowerBound, lineStart: outline.lines[t].range.lowerBound) { pubYear = titled }
        // (the page's month only with the page's own year: 12月28日 on a page of 2019-01 is 2018's)
        var resolver = YearResolver(publicationYear: pubYear, publicationMonth: pubYear == meta.year ? meta.month : nil)
        // the year a report is about: stated at its head, else its publication's
        // (a yearbook's entry, 《昭觉年鉴(2019)》 published 2020: the year it records, 2018, its 上年 the year before)
        let yearbook = YearResolver.yearbookYear(s, outline: outline)
        // (its printing's date at its head, 2017年12月出版, is no year it tells of)
        var documentYear = yearbook ?? resolver.headYear(s, outline: outline, titleLine: meta.titleLine, latest: latestYear) ?? pubYear
        // (瑞丽市兴边富民工程… published 2019-01-14, its lede telling 2018年,市委、市政府…统筹整合各类资金3.26亿元: a report
        // published in the first months of a year whose lede opens a sentence with the year before tells of that year)
        if documentYear == meta.year, let p = meta.year, let m = meta.month, TimeLexicon.yearBeforeToldMonths.contains(m),
           Self.ledeOpensWithYear(s, outline, resolver, year: p - 1) { documentYear = p - 1 }
        if let y = yearbook { resolver.reportYear = y }
        // (昭觉县2020年脱贫攻坚大事记 published in 2021: its 2月, 3月 are the title's year's; not a title's span,
        // 大事记(2016—2019年), nor a year it looks to, 关于确保2020年…的实施意见, nor a story's, 五指山市2016年6761人脱贫,
        // whose 3月1日 is its own day: the title names a record of the year)
        if let t = meta.titleLine, let p = pubYear,
           case let title = Outline.trimmingAside(s, Outline.trim(s, outline.lines[t].range)), !title.isEmpty,
           TimeLexicon.yearRecords.longestEnding(in: s, at: title.upperBound, from: title.lowerBound, maxLength: 3) != nil {
            let e = resolver.expressions(in: s, outline.lines[t].range)
            // (县政府听取2019年度脱贫攻坚工作汇报: a story of a meeting that heard the record, dated its own day)
            if e.count == 1, case .year(let y) = e[0].meaning, y < p, Campaign.reportYears.contains(y),
               TimeLexicon.meetingVerbs.firstMatch(in: s, title.lowerBound..<max(title.lowerBound, e[0].range.lowerBound)) == nil,
               !YearResolver.isHorizon(s, at: e[0].range.lowerBound, lineStart: outline.lines[t].range.lowerBound) { resolver.titleYear = y }
        }
        // (a bulletin's or a review's, 2016年…统计公报 printed in 2017; a story's 上年 is the year before its printing,
        // 某县召开2019年度脱贫攻坚工作总结大会 is a story: the genre's word must close the title)
        if let d = documentYear, let p = pubYear, d == p - 1, let t = meta.titleLine,
           case let title = Outline.trimmingAside(s, Outline.trim(s, outline.lines[t].range)), !title.isEmpty,
           TimeLexicon.yearReports.longestEnding(in: s, at: title.upperBound, from: title.lowerBound, maxLength: 4) != nil { resolver.reportYear = d }
        var notes: [String] = []
        if !place.ambiguous.isEmpty { notes.append("ambiguous place names left unresolved: " + Self.unique(place.ambiguous).joined(separator: ", ")) }
        if outline.piecedSentences > 0 {
            notes.append("sentences longer than \(Outline.longestSentence) characters, with no full stop, read in pieces of about \(Outline.sentencePiece) (\(outline.piecedSentences) cuts)")
        }
        if norm.traditionalCount > 0, let why = converter.unavailableReason { notes.append("traditional text but OpenCC is unavailable: \(why)") }
        let document = Document(id: id, title: meta.title,
                                date: meta.date, source: meta.source, origin: origin, encoding: encoding,
                                traditional: norm.traditionalCount > 0, regionPath: RegionPath(place.spelled(place.path)),
                                contentHash: contentHash ?? (contentHashes ? ContentHash.sha256Hex(utf8: text) : ""), text: text)
        let scan = DocumentScan(norm: norm, outline: outline, place: place, finder: finder,
                                years: resolver, documentYear: documentYear, doc: id, titleLine: meta.titleLine,
                                texts: factTexts, strings: strings, rules: rules)
        scan.explainRefusals = explainRefusals
        scan.subtitleLine = meta.subtitleLine
        let facts = scan.run()
        return Extraction(document: document, facts: facts, notes: notes, refusals: scan.refusals,
                          indexedText: IndexedText(text: text, byteOffsets: norm.utf8Offsets))
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Without a dateline: a phrase naming the year it is said in (the campaign's last, a plan's
    /// first), else the year after the latest told as done where 今年 is still planned, else the
    /// latest year stated
    /// (the year after one whose end is past: `截至2019年底` is reported in 2020).
    /// The last year written with four digits and 年 in `r` (`2015年`), if any.
    static func lastYear(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        var k = r.upperBound - 1
        while k - 4 >= r.lowerBound {
            if s[k] == YearResolver.nian, (k - 4..<k).allSatisfy({ NumberReader.isDigit(s[$0]) }),
               k - 5 < r.lowerBound || !NumberReader.isDigit(s[k - 5]),
               let y = NormalizedText.integer(s[(k - 4)..<k]), Campaign.years.contains(y) { return y }
            k -= 1
        }
        return nil
    }

    /// The year a sentence describes in `r` (`2019年是…`, `2019年为…`), if any: not any year it names
    /// (`2014年以来…今年是决胜之年`).
    static func describedYear(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        var k = r.lowerBound + 4
        while k + 1 < r.upperBound {
            if s[k] == YearResolver.nian, s[k + 1] == TimeLexicon.shi || s[k + 1] == TimeLexicon.wei,
               (k - 4..<k).allSatisfy({ NumberReader.isDigit(s[$0]) }), let y = NormalizedText.integer(s[(k - 4)..<k]),
               Campaign.years.contains(y) { return y }
            k += 1
        }
        return nil
    }

    /// How long a line must be to be a report's lede, not a salutation (characters).
    static let ledeLength = 16
    /// Dashes opening a subtitle (`——2020年1月8日在…会议上`, `—柞水县金米村脱贫纪实`).
    static let subtitleDashes = ScalarSet(values: [0x2014, 0x2015])
    /// Whether the report's first paragraph is dated in its opening words by a month and day of the
    /// year's first months, with no year (`1月9日,从邢台市政府常务会议上获悉,2018年,该市…`): a report
    /// early in a year telling the year before done.
    static func datedEarlyInYear(_ s: [UInt32], _ outline: Outline) -> Bool {
        guard let line = outline.lines.first(where: { $0.role == .body }) else { return false }
        let r = line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + TimeLexicon.ledeDateReach)
        var k = r.lowerBound
        while k < r.upperBound {
            guard NumberReader.isDigit(s[k]), k == r.lowerBound || !NumberReader.isDigit(s[k - 1]) else { k += 1; continue }
            var e = k
            while e < r.upperBound, NumberReader.isDigit(s[e]) { e += 1 }
            if e < r.upperBound, s[e] == YearResolver.yue, let m = NormalizedText.integer(s[k..<e]), e - k <= 2,
               e + 1 < r.upperBound, NumberReader.isDigit(s[e + 1]), !(k > r.lowerBound && s[k - 1] == YearResolver.nian) {
                return TimeLexicon.yearBeforeToldMonths.contains(m)
            }
            k = e
        }
        return false
    }
    /// How far into the lede the year before said by word (`去年,`) may open its first sentence: past a dateline at most.
    static let ledeWordReach = Dateline.datelineLength
    /// Whether the first body paragraph opens a sentence with `year` and a comma (`…随处可见。2018年,市委、市政府…`), no horizon,
    /// and tells no time of the present before it (`春节前夕,…走访慰问困难群众3200户。2018年,…` speaks of now first).
    /// (the lede past a salutation, 各位代表:, a line too short to tell anything, and a subtitle a dash opens,
    /// ——2020年1月8日在…会议上)
    static func ledeOpensWithYear(_ s: [UInt32], _ outline: Outline, _ resolver: YearResolver, year: Int) -> Bool {
        // (and past an opening of a speech telling no figure, 现在,我代表县人民政府,向大会报告工作: the lede holds a digit)
        guard let line = outline.lines.first(where: { l in
            guard l.role == .body, l.range.count > ledeLength, let k = s[l.range].firstIndex(where: { $0 != 0x20 }) else { return false }
            return !subtitleDashes.contains(s[k]) && s[l.range].contains(where: NumberReader.isDigit)
        }) else { return false }
        let expressions = resolver.expressions(in: s, line.range)
        // (去年,我市坚持…。据统计,去年全市实现13.6万…脱贫: the year before said by word too, opening the lede itself)
        guard let e = expressions.first, case .year(let y) = e.meaning, y == year,
              NumberReader.isDigit(s[e.range.lowerBound])
                || (e.range.lowerBound - line.range.lowerBound <= ledeWordReach
                    && TimeLexicon.relative.longest(in: s, at: e.range.lowerBound, limit: e.range.upperBound)?.value == -1),
              e.range.upperBound < line.range.upperBound, Outline.isClauseBreak(s[e.range.upperBound]) else { return false }
        let k = e.range.lowerBound
        // (本报讯(记者 王晓丽)去年,…: right past the paragraph's dateline and byline too)
        return (k == line.range.lowerBound || Outline.sentenceEnds.contains(s[k - 1]) || s[k - 1] == 0x20 || k == Dateline.openingEnd(s, line.range))
            && !YearResolver.isHorizon(s, at: k, lineStart: line.range.lowerBound)
            && TimeLexicon.presentTimes.firstMatch(in: s, line.range.lowerBound..<k) == nil
    }

    /// The year a report's text infers, and whether that year is its latest, told done and planned for no
    /// later (a report dated early in the next year tells it: ``datedEarlyInYear(_:_:)``).
    struct InferredYear {
        var year: Int?
        var latestToldDone = false
    }

    /// Whether a year at `i` is planned by what comes before it in its sentence, or names a plan's document:
    /// a plan's clause the year's continues (`今年将完成…改造50万户以上;2020年卫生厕所普及率达到50%以上`),
    /// or a document's title (`《2019年全省农村户用卫生厕所改(新)建实施方案》`). Asked of a year told done only.
    static func plannedBefore(_ s: [UInt32], year i: Int, lineStart: Int) -> Bool {
        var k = i
        while k > lineStart, !Outline.sentenceEnds.contains(s[k - 1]) {
            k -= 1
            // (a plan's document: 《2019年…实施方案》; not a review's, 《2019年…工作总结》)
            if s[k] == TrapLexicon.openTitle, !s[k..<i].contains(TrapLexicon.closeTitle) {
                var e = i
                while e < s.count, e - i < TimeLexicon.sloganReach, s[e] != TrapLexicon.closeTitle { e += 1 }
                return e < s.count && KindCues.planDocuments.firstMatch(in: s, i..<e) != nil
            }
        }
        // (将 that marks an object, 县委将产业扶贫作为头等大事, plans nothing: ``KindCues/plans(_:in:clauseEnd:)``)
        return KindCues.plans(s, in: k..<i, clauseEnd: i)
    }

    static func inferredYear(_ s: [UInt32], _ outline: Outline) -> InferredYear {
        var latest: Int?
        var horizon: Int?                            // the latest year a plan looks to (计划…2020年)
        var campaign: Int?
        var thisYearPlanned = false                 // 今年将…, 今年计划…: the text plans its present year
        var outcome: Int?                           // the latest year told as done (not planned, not a deadline)
        var since: Int?                             // a year named and the years counted since it (2015年…。两年来)
        for line in outline.lines where line.role == .body || line.role == .heading {
            if campaign == nil, let m = TimeLexicon.campaignYears.firstMatch(in: s, line.range) {
                // (2019年是全县脱贫摘帽决胜之年: a year its sentence names before the phrase is the one it describes)
                var k = m.0
                while k > line.range.lowerBound, !Outline.sentenceEnds.contains(s[k - 1]) { k -= 1 }
                campaign = Self.describedYear(s, k..<m.0) ?? m.1
            }
            if campaign == nil, let m = TimeLexicon.thisYearGoals.firstMatch(in: s, line.range),
               let k = TimeLexicon.thisYearsEnd.firstMatch(in: s, line.range)?.0, k < m.0 { campaign = m.1 }
            // the line read through a pointer, the year marker tested first (measured, with the
            // pointer scan in `ScalarTrie.firstMatch`: 370 → 365 M instructions a pass)
            s.withUnsafeBufferPointer { p in
                // (a 今年 in the line's first three scalars, where the test below does not reach)
                func plansThisYear(_ k: Int) -> Bool {
                    k + 1 < line.range.upperBound && p[k] == TimeLexicon.jin && p[k + 1] == YearResolver.nian
                        && KindCues.futureMarkers.firstMatch(in: s, (k + 2)..<min(line.range.upperBound, k + 2 + TimeLexicon.planReach)) != nil
                }
                if !thisYearPlanned, (line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + 3)).contains(where: plansThisYear) {
                    thisYearPlanned = true
                }
                var i = line.range.lowerBound
                while i + 5 <= line.range.upperBound {
                    // (今年将…, its 年 at i + 4 found by the years' own test: a scan of its own cost
                    // 1.5 M instructions a pass over 400 reports, a test at each scalar 0.9 M)
                    if p[i + 4] == YearResolver.nian, p[i + 3] == TimeLexicon.jin, !thisYearPlanned, plansThisYear(i + 3) { thisYearPlanned = true }
                    // (2018 年: pages that set a space after every number)
                    if p[i + 4] == YearResolver.nian || (p[i + 4] == 0x20 && i + 5 < line.range.upperBound && p[i + 5] == YearResolver.nian),
                       NumberReader.isDigit(p[i]), (i == 0 || !NumberReader.isDigit(p[i - 1])),
                       let y = NormalizedText.integer(s[i..<(i + 4)]), Campaign.years.contains(y) {
                        // 截至2019年底: a year's end already past, so the report is of a later year
                        // (2018年年底,庆岭村摘掉省级贫困村帽子; 2018年底还剩2.6万个: a year's end told as past,
                        // not a deadline: 2018年底前, 到2018年底)
                        var e = i + 5
                        if e < line.range.upperBound, p[e] == YearResolver.nian { e += 1 }   // 年年底
                        // (截至2019年12月底, 2019年12月31日: the year's last month's end is its end; 2019年12月31日前
                        // a deadline, its 前 after the whole word)
                        let endWord = TimeLexicon.yearEndWords.longest(in: s, at: e, limit: line.range.upperBound)
                        let yearEnd = endWord != nil, afterEnd = e + (endWord?.length ?? 0)
                        let ended = yearEnd && (YearResolver.isAsOf(s, line.range, i)
                            || (!(afterEnd < line.range.upperBound && p[afterEnd] == TimeLexicon.qian)
                                && !(i > line.range.lowerBound && TimeLexicon.deadlineLeads.contains(p[i - 1])
                                     // (减少到2016年底的7.3万人: the level a change reached by then, past)
                                     && KindCues.change.longestEnding(in: s, at: i - 1, from: max(line.range.lowerBound, i - 1 - KindCues.changeLongest),
                                                                      maxLength: KindCues.changeLongest) == nil)))
                        // 计划在2016年至2020年间…: a year a plan looks to says nothing of when the report was written
                        if YearResolver.isHorizon(s, at: i, lineStart: line.range.lowerBound) { horizon = max(horizon ?? y, y) }
                        else {
                            latest = max(latest ?? y, ended ? y + 1 : y)
                            // (not a year planned, 2018年将…; a deadline, 2018年底前; nor the year
                            // itself described, 2016年是…开局之年, which is the present)
                            // (2020年全省扶贫工作的重心将…: the year's own clause read further, to its
                            // break; 2020年脱贫攻坚工作安排: a plan of the year's work named)
                            var k = i + 5
                            let clauseCap = min(line.range.upperBound, i + 5 + TimeLexicon.planClauseReach)
                            while k < clauseCap, !Outline.clausePunctuation.contains(p[k]) { k += 1 }
                            let after = (i + 5)..<min(line.range.upperBound, max(i + 5 + TimeLexicon.planReach, k))
                            if !yearEnd || ended, !(i + 5 < line.range.upperBound && p[i + 5] == TimeLexicon.shi),
                               KindCues.futureMarkers.firstMatch(in: s, after) == nil,
                               TimeLexicon.yearPlans.firstMatch(in: s, after) == nil,
                               !Self.plannedBefore(s, year: i, lineStart: line.range.lowerBound) { outcome = max(outcome ?? y, y) }
                        }
                    }
                    i += 1
                }
            }
            // 这是2015年夏天…嘱托。两年来,…: a count of years since a year named before it in its
            // paragraph tells the present (rare: looked for only where 年来 stands)
            if let m = TimeLexicon.yearsSinceCounts.firstMatch(in: s, line.range), let y = Self.lastYear(s, line.range.lowerBound..<m.0),
               Campaign.reportYears.contains(y + m.1) { since = max(since ?? 0, y + m.1) }
        }
        if let c = campaign, (latest ?? 0) <= c { return InferredYear(year: c) }
        if let c = since, c > latest ?? 0 { return InferredYear(year: c) }
        // 2017年宁夏新增扶贫小额信贷58亿元…宁夏今年将新增…50亿元: a year told as done beside a
        // present year still planned is the year before the report's
        if thisYearPlanned, let o = outcome { return InferredYear(year: max(latest ?? o, o + 1)) }
        // (1月9日,…2018年,该市214个贫困村脱贫出列: the latest year told done, planned for no later)
        return InferredYear(year: latest ?? horizon, latestToldDone: outcome != nil && outcome == latest && (horizon ?? 0) <= outcome!)
    }
}
