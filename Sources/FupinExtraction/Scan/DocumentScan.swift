import FupinCore

/// One pass over a report's sentences: candidates → facts with kind, year, place, subject.
struct DocumentScan {
    let norm: NormalizedText
    let outline: Outline
    let place: DocumentPlace
    let finder: PlaceFinder
    let years: YearResolver
    /// The year the report is about (stated at its head, else its publication's): figures whose
    /// sentence and paragraph state none are about it.
    let documentYear: Int?
    let doc: String
    let titleLine: Int?
    /// Facts carry their sentence and clause as text (else only as spans).
    let texts: Bool
    /// Subjects made before, by this extractor on any thread.
    let strings: StringPool
    /// Rule names with additions composed before.
    let rules: RuleNames

    private var s: [UInt32] { norm.scalars }
    /// The report's place at each level of ``PlaceLexicon/ownPlaceLevels`` (nil for the nation),
    /// worked out once a report when a word first asks, not once a figure (measured: 416 → 405 M
    /// instructions a pass over 400 reports).
    let ownPaths = LevelPaths()
    final class LevelPaths {
        var paths = [[String]??](repeating: nil, count: PlaceLexicon.ownPlaceLevels.count)
    }
    /// Where a figure that a subset (已开工, 履约) is part of may stand: this sentence or the one before.
    var wholeSince = 0
    /// The largest sum of the campaign's money on the last line, outside an enumerated list, that
    /// states one (``EnumeratedItems``), with where that line starts; and the line being read.
    var moneyWhole: (value: Double, line: Int, plan: Bool)?
    /// The last money figure's sentence (its start) and whether it was per person.
    var lastMoney: (sentence: Int, perCapita: Bool)?
    /// Whether the section heading in force names plans (``KindCues/planHeadings``).
    var planSection = false
    var lineRange = 0..<0, lineHoldsItem: Bool?
    /// The topic cues of the sentence last read: its figures share them.
    var topicMatches: (sentence: Range<Int>, cues: [TopicResolver.TopicMatch])?
    /// The place names of the line being read: a topic cue inside one (`浐灞生态区`, `灞桥区`) cues nothing.
    var linePlaceNames: [Range<Int>] = []
    /// Whether refused numbers are kept, with the trap that refused them (`--explain`).
    var explainRefusals = false
    /// The numbers refused, when ``explainRefusals`` is on.
    var refusals: [Refusal] = []
    /// Whether the text states each fact's year (false: the report's own), for restatements.
    var yearStatedFlags: [Bool] = []
    /// Per fact, the Han scalar right after its figure (`县` in `80个县中`), 0 when none: what a
    /// small count counts, for ``linkRestatements(_:doc:yearStated:countedNouns:)``.
    var countedNouns: [UInt32] = []
    /// Per fact, where its number and clause stand (empty for a table's cell), to ask only of a
    /// whole whose parts add up whether it is a level a change goes from or to
    /// (``TopicResolver/isLevel``): the level a number falls from is no whole of the fall and the
    /// level it reaches. (Asked of every figure, the question cost 2.8 M instructions a pass over
    /// 400 reports; asked only of such wholes, none measurable.) And whether its clause says it
    /// sums what came before (`合计`, `共计`), for ``partsBeforeSum(_:spans:)``. (One array, not
    /// two: each append cost 0.7 M.)
    var figureSpans: [FigureSpan] = []
    typealias FigureSpan = (number: Range<Int>, clause: Range<Int>, sums: Bool)
    /// Whether fact `j` is a level (``figureSpans``). (Static, its arrays passed in: a method of
    /// the scan passed as a closure copied the whole scan at each sentence.)
    static func isLevel(_ j: Int, _ s: [UInt32], _ spans: [FigureSpan]) -> Bool {
        guard j < spans.count, !spans[j].clause.isEmpty else { return false }
        let f = spans[j]
        return TopicResolver.isLevel(s, numberStart: f.number.lowerBound, numberEnd: f.number.upperBound, clause: f.clause)
    }
    /// The kind cues of the sentence last read: its figures share them.
    var kindCues: (sentence: Range<Int>, cues: FactContext.SentenceCues)?
    /// The last clause made into text: figures in one clause (306户、469名) share it.
    var lastClause: (range: Range<Int>, text: String, span: Range<Int>)? = nil
    /// The words of the clause whose figures are being read (their subjects share them).
    var subjectWords = SubjectResolver.Words()

    mutating func run() -> [Fact] {
        var facts: [Fact] = []
        var seenSentences = FingerprintSet(capacity: outline.sentences.count)
        var section: [String]?          // place set by a section heading
        var paragraphYear: Int?
        var paragraphSpan = false       // the paragraph opened with a span of years (2016年至2020年,…)
        var heading: Range<Int>?        // the section heading in force, for topics
        var sectionYear: Int??          // the year a section heading states (nil inside: a span), for figures that state none
        var carriedPlace: [String]?     // a place below the report's named earlier, until the report's own is named again
        var namedBelow: [String]?       // the last place below the report's named, in any paragraph before
        var lastVillage: [String]?      // the last village named, for 全村 after a town
        var carriedAcross = false       // whether it opened its paragraph, and so carries into the next
        var firms: [(head: (UInt32, UInt32), path: [String])] = []   // firms named right after their place (长丰正果业合作社 of 新民镇)
        var previous: (range: Range<Int>, paragraphYear: Int?)?   // the last sentence read, for a 其中 after it
        var bodyStarted = false
        // 我省累计退出贫困村600个⏎ 脱贫64.8万人⏎ …: an infographic's captions, short lines with no
        // sentence mark, are headings before any body; four or more with figures between the title
        // and the first body line are what the page says, and read as body
        let firstBody = outline.lines.firstIndex { $0.role == .body } ?? outline.lines.count
        let captionsFrom = (titleLine ?? -1) + 1
        let scalars = norm.scalars
        var captionLines = 0
        if captionsFrom < firstBody {
            for l in outline.lines[captionsFrom..<firstBody] where l.role == .heading && scalars[l.range].contains(where: NumberReader.isDigit) { captionLines += 1 }
        }
        let captions = captionLines >= Self.leastCaptions
        var tableColumn: TableCells.Column?   // the money column of the table being read
        // (a report without a | has no table: its lines are not read for one)
        let hasBars = norm.scalars.withUnsafeBufferPointer { $0.contains(TableCells.bar) }
        var sentenceIndex = 0
        let figureStarts = NumberReader.figureStarts   // a static read per scalar would call swift_once each time
        let s = norm.scalars                   // one reference for the loops below, not one per read
        for (lineIndex, line) in outline.lines.enumerated() {
            lineRange = line.range
            lineHoldsItem = nil
            if line.role == .heading {
                section = sectionPlace(place.mentions(onLine: lineIndex), line.range, current: section); carriedPlace = nil
                if bodyStarted {
                    heading = line.range
                    // (二)目标任务, 三、下步打算: a section of plans holds targets (not 目标任务完成情况)
                    planSection = KindCues.planHeadings.firstMatch(in: s, line.range) != nil
                        && KindCues.reviewHeadings.firstMatch(in: s, line.range) == nil
                    // 三、2020年工作打算: a section heading's year is its figures' (a heading without one keeps it)
                    // (one stating a span, 四、“十三五”以来成效, leaves it unknown)
                    switch years.expressions(in: s, line.range).first?.meaning {
                    case .year(let y)?: sectionYear = .some(y)
                    case .span?: sectionYear = .some(nil)
                    case .dayOfYear?, .inForce?, nil: break
                    }
                }
            }
            // a table whose money unit stands in its header (县区名称 | 市级资金(万元) | 备注 |): the
            // bare numbers of that column, on rows of any role (``TableCells``)
            if hasBars, !line.range.isEmpty, line.role != .blank {
                if s[line.range].contains(TableCells.bar) {
                    let cells = TableCells.cells(s, line.range)
                    if let h = TableCells.header(s, cells, line: line.range) { tableColumn = h }
                    else if let column = tableColumn, let n = TableCells.number(s, cells, column: column) {
                        tableFact(n, sum: TableCells.isSum(s, cells), cells: cells, column: column, line: line.range, lineIndex: lineIndex,
                                  heading: heading, section: section, year: sectionYear ?? documentYear, into: &facts)
                    }
                } else { tableColumn = nil }
            }
            // Short lines after the body has begun (list items, sub-headings) can state figures too;
            // the title and the header above the body cannot.
            let readable = line.role == .body || (line.role == .heading && lineIndex != titleLine
                && (bodyStarted || captions && lineIndex >= captionsFrom))
            if line.role == .body { bodyStarted = true }
            guard readable else {
                while sentenceIndex < outline.sentences.count, outline.sentences[sentenceIndex].line == lineIndex { sentenceIndex += 1 }
                continue
            }
            var lineReader: CandidateReader?   // made at the line's first digit: a line without one needs no quote scan
            paragraphYear = nil
            paragraphSpan = false
            // a place carries past its paragraph only when the paragraph opened with it (陆家村是…,
            // 走进…上马龙村): one cited in passing (推广平安村的经验) stays in its paragraph
            // (unless the new paragraph speaks of it again: 全村119户…, 该村…)
            // (nor a paragraph of quoted speech, which goes on with the story before it: 是…良种场村村民。⏎
            // “去年光伏分红,我俩分了1600元…”)
            // (the paragraph's opening read only when a place is carried: measured, 307.0 → 305.9 M
            // instructions a pass over 400 reports)
            if !carriedAcross, carriedPlace != nil, !(line.range.count > 1 && s[line.range.lowerBound] == 0x201C),
               PlaceLexicon.anaphora.firstMatch(in: s, line.range.lowerBound..<min(line.range.upperBound, line.range.lowerBound + Self.anaphoraReach)) == nil {
                carriedPlace = nil
            }
            // 长丰正果业农民专业合作社按照…: a paragraph that opens with a firm named before at its place
            // (or names it in its opening words: 过去3年多来,“美地花田农场”向…)
            if !firms.isEmpty, line.range.count > 2 {
                let opening = line.range.lowerBound..<min(line.range.upperBound - 1, line.range.lowerBound + Self.firmOpening)
                if let f = firms.last(where: { f in opening.contains { s[$0] == f.head.0 && s[$0 + 1] == f.head.1 } }) {
                    carriedPlace = f.path
                    carriedAcross = true
                }
            }
            // 新华社西宁9月20日电(记者…): the city the news was filed from is evidence for the report's
            // place, not the place of the paragraph's figures
            var lineMentions = place.mentions(onLine: lineIndex)
            linePlaceNames = place.mentions(onLine: lineIndex).map(\.range)
            if let d = Self.agencyDatelineEnd(s, line.range) { lineMentions.removeAll { $0.range.upperBound <= d } }
            while sentenceIndex < outline.sentences.count, outline.sentences[sentenceIndex].line == lineIndex {
                let sentence = outline.sentences[sentenceIndex]
                sentenceIndex += 1
                let r = sentence.range
                // time expressions are read only for sentences that need them: a paragraph's first
                // (its year carries), one with a figure, or one a 其中-sentence continues
                var expressionsRead: [TimeExpression]?
                func expressions() -> [TimeExpression] {
                    if let e = expressionsRead { return e }
                    expressionsRead = years.expressions(in: s, r)
                    return expressionsRead!
                }
                if sentence.indexInLine == 0, let first = expressions().first, first.fronted {
                    switch first.meaning {
                    case .year(let y):
                        // 2016年至2020年,…: a span heading the paragraph gives its sentences no year (FORMAT.md)
                        let e = expressions()
                        paragraphSpan = e.count > 1 && TimeLexicon.endsSpan(e, 1, s)
                        paragraphYear = paragraphSpan ? nil : y
                    case .dayOfYear: paragraphYear = years.publicationYear
                    case .span, .inForce: break
                    }
                } else if let start = Self.yearHeadStart(s, r), let first = expressions().first, first.fronted || start > r.lowerBound, first.range.lowerBound == start,
                          case .year(let y) = first.meaning, !paragraphSpan, expressions().count < 2 || !TimeLexicon.endsSpan(expressions(), 1, s) {
                    // …。2019年,以…为契机,…。年内完成…: a year heading a later sentence is in force after it
                    // (其中2020年预脱贫135户…。预脱贫2个村: after 其中 too)
                    paragraphYear = y
                }
                // 其中…, 同时,… continue the sentence before it, and its time
                let continues = TimeLexicon.continuations.longest(in: s, at: r.lowerBound, limit: r.upperBound) != nil
                let inherited = continues ? previous.flatMap { p in
                    years.year(at: max(p.range.lowerBound, p.range.upperBound - 1), in: s, sentence: p.range,
                               expressions: years.expressions(in: s, p.range), paragraphYear: p.paragraphYear)
                } : nil
                // A sentence repeated in one report (reposts, duplicated paragraphs) counts once.
                if r.count >= 12, !seenSentences.insert(Self.fingerprint(s[r])) { continue }
                var sentenceText: (text: String, span: Range<Int>)?
                var cumulative: Bool?         // whether the figure's clause speaks of accumulation
                var headCumulative: Bool?     // whether the sentence's first clause does, once asked
                var sentenceCumulative: Bool? // whether the sentence does anywhere, once asked
                var places: SentencePlaces?   // worked out at the sentence's first figure
                var speaker: [String]??       // a quotation's speaker's place, once asked
                var ownWords: [(at: Int, level: Int)]?   // 全县, 全市 in the sentence, read at its first figure
                var erasRead = false          // the reader's eras are this sentence's
                // 全县… speaks of the report's own place again; 该村, 全乡 keep the place before
                if let c = carriedPlace ?? namedBelow {
                    // (the sentence's own-place words read once, for this and for its figures)
                    ownWords = Self.ownPlaceWords(s, r)
                    // (以陇县为例,…。⏎ 全县…: the county named last, paragraphs before, when no place is carried)
                    if carriedPlace == nil { carriedPlace = ownWords!.first.flatMap { ownPlace(level: $0.level, carried: c) } }
                    // (全县 in a province's report after one of its counties was named, 保定市阜平县…。
                    // 全县共建成…: that county, kept while the report names no county of its own)
                    else if let w = ownWords!.first { carriedPlace = ownPlace(level: w.level, carried: c) }
                    // 全镇 after a village: the village's town when its path holds one (沙集乡郑海村…。
                    // 该乡…), else the report's own, not the village
                    else if PlaceLexicon.townWords.firstMatch(in: s, r) != nil, let last = c.last, !PlaceLexicon.isTownName(last) {
                        let town = c.lastIndex(where: PlaceLexicon.isTownName)
                        // (only in a report, or a section, not itself about a town)
                        let reportTown = place.path.contains(where: PlaceLexicon.isTownName)
                        carriedPlace = reportTown || section != nil ? nil : town.flatMap { $0 >= place.path.count ? Array(c[...$0]) : nil }
                    }
                }
                // 全村 where no village is spoken of: the village named last, sentences before (合作社
                // 位于红光村。…周家山镇…。扶贫车间将全村17户79人…)
                // (only a village in the report's place and in no other town than the one spoken of,
                // and not where the sentence says 全县)
                if let v = lastVillage, PlaceLexicon.villageWords.firstMatch(in: s, r) != nil {
                    let spoken = carriedPlace ?? place.path
                    // (a town of its own where the place spoken of names none: 黄平县野洞河镇泥巴寨村…。
                    // 黄平县选派…到该村…。全村共种植…)
                    let spokenTown = spoken.contains(where: PlaceLexicon.isTownName)
                    if spoken.last.map(PlaceLexicon.isVillageName) != true, v.starts(with: place.path),
                       v.allSatisfy({ !PlaceLexicon.isTownName($0) || spoken.contains($0) || !spokenTown }),
                       PlaceLexicon.ownPlaceWords.firstMatch(in: s, r) == nil { carriedPlace = v }
                }
                let carried = sentence.indexInLine == 0 ? nil : (inherited ?? paragraphYear)   // the year in force
                wholeSince = previous?.range.lowerBound ?? r.lowerBound   // a whole stated in this sentence or the one before
                previous = (r, carried)
                var i = r.lowerBound
                let firstFact = facts.count
                var last: (end: Int, year: Int?)?   // the sentence's figure before
                while i < r.upperBound {
                    // to the next digit, numeral or 百 (百分之) without bounds checks: most scalars start no figure
                    // (digits and numerals one bitmap, read through a pointer: measured with the eras
                    // read per sentence, 360.2 → 356.9 M instructions a pass over 400 reports)
                    i = s.withUnsafeBufferPointer { p in
                        figureStarts.withContains { startsFigure in
                            var k = i
                            while k < r.upperBound, !startsFigure(p[k]) { k &+= 1 }
                            return k
                        }
                    }
                    guard i < r.upperBound else { break }
                    if lineReader == nil {
                        let quotations = CandidateReader.quotations(s, line.range)
                        lineReader = CandidateReader(s: s, quotations: quotations, quotes: CandidateReader.sloganQuotes(s, among: quotations),
                                                     gazetteer: finder.gazetteer, units: strings)
                    }
                    if !erasRead {
                        lineReader!.eras = CandidateReader.eraStarts(s, r, line: line.range)
                        erasRead = true
                    }
                    // the line's reader used in place, not copied per figure (measured with
                    // ``RuleNameSet`` read by pointers: 388.3 → 387.7 M instructions a pass over 400 reports)
                    let c: Candidate
                    switch lineReader!.reading(at: i, in: r, next: &i) {
                    case .figure(let f): c = f
                    case .nothing: continue
                    case .refused(let trap, let span):
                        if explainRefusals, trap != .noUnit {
                            let (a, b) = norm.storedRange(from: span.lowerBound, to: span.upperBound)
                            refusals.append(Refusal(trap: trap.rawValue, surface: norm.storedText(from: span.lowerBound, to: span.upperBound), start: a, end: b))
                        }
                        continue
                    }
                    let clause = Outline.clause(s, around: c.numberStart, in: r)
                    // accumulation speaks for its clause, or for the sentence it heads (近年来,全县…;
                    // but 累计搬迁69.3万,贫困人口医保参保率100%: the paragraph's year holds the share)
                    // (the sentence read once; its clauses only when it speaks of accumulation at all)
                    if carried != nil {
                        if sentenceCumulative == nil { sentenceCumulative = YearResolver.isCumulative(s, r) }
                        if sentenceCumulative! {
                            if headCumulative == nil { headCumulative = YearResolver.isCumulative(s, Outline.clause(s, around: r.lowerBound, in: r)) }
                            cumulative = headCumulative! || YearResolver.isCumulative(s, clause)
                        } else { cumulative = false }
                    }
                    // no year in the sentence or its paragraph: the report's own (it speaks of its present)
                    // (a span that ends in no year, 2017年以来, leaves it unknown)
                    let year: Int?
                    var yearStated = true
                    // 由2014年的1.88万户7.14万人: a figure right after another is stated with it, in its year
                    if let l = last, l.end == c.start { year = l.year } else
                    if let y = years.fromToYear(at: c.numberStart, in: s, sentence: r, expressions: expressions()) { year = y } else {
                        switch years.reading(at: c.numberStart, in: s, sentence: r, expressions: expressions(), paragraphYear: carried, cumulative: cumulative) {
                        case .year(let y): year = y
                        case .span: year = nil
                        case .none:
                            if paragraphSpan { year = nil }
                            else if let y = sectionYear { year = y } else { year = documentYear; yearStated = false }
                        }
                    }
                    last = (c.end, year)
                    if places == nil { places = sentencePlaces(lineMentions, r) }
                    // a figure in a quotation speaks of the speaker's place (once per sentence: its quotations end together)
                    if speaker == nil {
                        speaker = .some(lineReader!.quotations.isEmpty ? nil
                            : speakerPlace(at: c.numberStart, line: line.range, quotations: lineReader!.quotations, sentences: outline.sentences[(sentenceIndex - 1)...].prefix(8), lineMentions))
                    }
                    if ownWords == nil { ownWords = Self.ownPlaceWords(s, r) }
                    let path = regionPath(at: c.numberStart, clause: clause, sentence: r, places: places!,
                                          section: speaker! ?? carriedPlace ?? section, ownWords: ownWords!)
                    if sentenceText == nil {
                        let (ss, se) = norm.storedRange(from: r.lowerBound, to: r.upperBound)
                        sentenceText = (texts ? norm.storedText(ss..<se) : "", ss..<se)
                    }
                    // the report's title heads what no section heading does (a report on 饮水 files
                    // its 项目163个 under 饮水)
                    defer { while yearStatedFlags.count < facts.count { yearStatedFlags.append(yearStated) } }
                    while figureSpans.count < facts.count { figureSpans.append((0..<0, 0..<0, false)) }   // (a table's rows before)
                    let summed = KindCues.sumWords.firstMatch(in: s, clause.lowerBound..<c.numberStart) != nil
                    defer { while figureSpans.count < facts.count { figureSpans.append((c.numberStart..<c.numberEnd, clause, summed)) } }
                    makeFacts(c, clause: clause, sentence: r, heading: heading ?? titleLine.map { outline.lines[$0].range }, sentenceText: sentenceText!,
                              year: year, path: path, quotes: lineReader!.quotes, into: &facts)
                }
                if facts.count - firstFact >= 2 { respectiveYears(&facts, since: firstFact, sentence: r, expressions: expressionsRead) }
                if facts.count - firstFact >= 2 { Self.partsBySum(&facts, since: firstFact, scalars: s, spans: figureSpans) }
                // the places the sentence names carry on, read at its end (the inner loop leaves only
                // through it; as a `defer` the block was a function of its own that copied the whole
                // scan at each sentence: measured with ``sameName``, 383.7 → 380.2 M instructions a pass over 400 reports)
                if places == nil, lineMentions.contains(where: { r.contains($0.range.lowerBound) }) {
                    places = sentencePlaces(lineMentions, r)
                }
                // a word that is a far county's short name (比如, 延长) names no place: the carried one stays
                if let p = places, p.all.contains(where: { $0.path != nil || PlaceLexicon.fullNameEnds.contains(s[$0.mention.range.upperBound - 1]) }) {
                    // a sentence naming a place below the report's (五台县豆村镇香峪村 too) carries it on
                    if let d = p.deepest, d.count > place.path.count, !p.onlyHelpers {
                        if d != carriedPlace {
                            carriedAcross = sentence.indexInLine == 0 && opensWith(d, p.all.map(\.mention), p.all.map(\.path), at: line.range.lowerBound)
                        }
                        carriedPlace = d
                        namedBelow = d
                        if let v = d.last, PlaceLexicon.isVillageName(v) { lastVillage = d }
                    } else { carriedPlace = nil }
                    for m in p.all where m.path.map({ $0.count > place.path.count }) ?? false {
                        if let h = firmHead(after: m.mention.range.upperBound, in: r) { firms.append((h, m.path!)) }
                    }
                }
            }
        }
        Self.partsBeforeSum(&facts, spans: figureSpans)
        Self.partsAcrossSentences(&facts, scalars: norm.scalars, spans: figureSpans)
        Self.linkRestatements(&facts, doc: doc, yearStated: yearStatedFlags, countedNouns: countedNouns)
        return facts
    }

    /// Where a year heading a sentence would start: at its first digit, or right after a word
    /// that continues the sentence before (`其中2020年…`); nil when no digit stands there.
    static func yearHeadStart(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        if NumberReader.isDigit(s[r.lowerBound]) { return r.lowerBound }
        guard let c = TimeLexicon.continuations.longest(in: s, at: r.lowerBound, limit: r.upperBound) else { return nil }
        let k = r.lowerBound + c.length
        return k < r.upperBound && NumberReader.isDigit(s[k]) ? k : nil
    }

    /// Where a sentence says `全县`, `全市` and which level each names (``PlaceLexicon/ownPlaceWords``).
    static func ownPlaceWords(_ s: [UInt32], _ r: Range<Int>) -> [(at: Int, level: Int)] {
        var out: [(at: Int, level: Int)] = []
        var k = r.lowerBound
        while k < r.upperBound, let m = PlaceLexicon.ownPlaceWords.firstMatch(in: s, k..<r.upperBound) {
            // (该县扶贫办副主任…介绍: a word for the place before an office names who speaks, not what of)
            let end = m.0 + (PlaceLexicon.ownPlaceWords.longest(in: s, at: m.0, limit: r.upperBound)?.length ?? 2)
            // (“全省脱贫攻坚先进集体”, 《全县…规划》: a title's words name no place of a figure)
            if PlaceLexicon.offices.longest(in: s, at: end, limit: r.upperBound) == nil, !Self.insideTitle(s, from: r.lowerBound, at: m.0) { out.append((m.0, m.1)) }
            k = m.0 + 1
        }
        return out
    }

    /// Whether `i` lies inside a quotation or a book title opened since `start` (“…”, 《…》).
    static func insideTitle(_ s: [UInt32], from start: Int, at i: Int) -> Bool {
        var depth = 0
        for k in start..<i {
            switch s[k] {
            case 0x201C, 0x300A: depth += 1
            case 0x201D, 0x300B: depth = max(0, depth - 1)
            default: break
            }
        }
        return depth > 0
    }

    /// `2014年至2019年,…收入分别为6432元、7085元、…10184元`: figures listed after `分别` in a
    /// sentence that opens a span of years, one for each year of it, are each its year's.
    private func respectiveYears(_ facts: inout [Fact], since first: Int, sentence r: Range<Int>, expressions: [TimeExpression]?) {
        guard let e = expressions, e.count >= 2, let each = Outline.find(Self.fenbie, in: s, r) else { return }
        var span: (Int, Int)?
        for k in 1..<e.count where e[k].range.upperBound <= each && TimeLexicon.endsSpan(e, k, s) {
            if case .year(let a) = e[k - 1].meaning, case .year(let b) = e[k].meaning { span = (a, b) }
        }
        guard let (a, b) = span else { return }
        let after = norm.storedRange(from: each, to: each + 1).0
        // the run of one measure's figures after 分别 (年均增长9.6% after the list is no item of it)
        let after0 = facts[first...].indices.filter { facts[$0].start >= after }
        guard let m = after0.first.map({ facts[$0].measure }) else { return }
        let listed = after0.prefix { facts[$0].measure == m }
        guard listed.count == b - a + 1, listed.allSatisfy({ facts[$0].repeatOf == nil }) else { return }
        for (k, j) in listed.enumerated() { facts[j].year = a + k }
    }
    static let fenbie: [UInt32] = "分别".unicodeScalars.map(\.value)

    /// What a figure does to a run of parts being added up towards a whole.
    enum RunStep { case take, skip, stop }
    /// The run of figures of the whole's measure, in `order`, that adds up to `facts[w]`: two
    /// figures or more that `step` takes, summing to the whole within `tolerance` (and 0.5) and
    /// accepted by `complete`; a figure not below the whole, or a sum past it, ends the search.
    /// The one walk under ``partsBySum(_:since:scalars:spans:)``, ``partsBeforeSum(_:spans:)`` and
    /// ``partsAcrossSentences(_:scalars:spans:)``, which differ only in direction and in what a step takes.
    static func addingRun(_ facts: [Fact], to w: Int, order: some Sequence<Int>, tolerance: Double,
                          step: (Int) -> RunStep, complete: ([Int]) -> Bool = { _ in true }) -> [Int]? {
        let whole = facts[w].value, m = facts[w].measure
        var sum = 0.0, run: [Int] = []
        for j in order where facts[j].measure == m {
            switch step(j) {
            case .skip: continue
            case .stop: return nil
            case .take: break
            }
            guard facts[j].value < whole else { return nil }
            sum += facts[j].value; run.append(j)
            if run.count >= 2, abs(sum - whole) <= max(whole * tolerance, 0.5), complete(run) { return run }
            if sum > whole { return nil }
        }
        return nil
    }

    /// `监测户16369户,已消除风险7282户,未消除风险9087户`: figures after a total, of its measure,
    /// that add up to it are its parts, stated without 其中 (FORMAT.md: a subset without 其中 is a
    /// part). Measures that add, not things of any kind (车间5个,合作社3个,基地2个 are no breakdown);
    /// the run must be two figures or more and sum to the total within rounding. One whole a measure
    /// a sentence.
    /// (从2010年末的1468万人减少至…471万人,…累计脱贫997万人: a level fallen from is no whole)
    /// (4267名未脱贫人口…要全部脱贫退出,分别是:河边镇941人、…: a plan's breakdown is the plan's, FORMAT.md)
    static func partsBySum(_ facts: inout [Fact], since first: Int, scalars: [UInt32] = [], spans: [FigureSpan] = []) {
        var done: [Measure] = []   // one whole a measure (建档立卡贫困户203户804人,一般贫困户178户745人,…: 户 and 人 each)
        for w in first..<facts.count where (facts[w].kind == .total || facts[w].kind == .target)
            && facts[w].repeatOf == nil && facts[w].measure.isAdditive && facts[w].measure != .items && !done.contains(facts[w].measure) {
            // (a part already read, 城镇人口240户 in a parenthesis, is one of the run's)
            guard let run = addingRun(facts, to: w, order: (w + 1)..<facts.count, tolerance: sumTolerance,
                                      // (and a plan's items already read as the plan's: 计划脱贫127户,一般贫困户123户,…)
                                      step: { facts[$0].kind == .total || facts[$0].kind == .part || facts[$0].kind == .target && facts[w].kind == .target ? .take : .stop }),
                  !isLevel(w, scalars, spans) else { continue }
            for k in run where facts[k].kind == .total { markPart(&facts[k], of: facts[w]) }
            // 总投资14.28亿元,其中政府投入5.81亿元,融资7.03亿元,企业捐赠1.44亿元,发电收益2.31亿元:
            // once the parts have added up to the whole, a later figure of the breakdown is none of its
            if let last = run.last, facts[w].sentenceSpan != nil {   // (a table's cells have no sentence to share)
                // (figures of other measures skipped, as the run skips them; a part of the run's own
                // parts, in a parenthesis after one, left: 企业捐赠1.44亿元(其中…1亿元))
                var k = last + 1
                while k < facts.count, facts[k].sentenceSpan == facts[w].sentenceSpan {
                    if facts[k].measure == facts[w].measure {
                        guard facts[k].kind == .part, !facts[k].rule.contains("kind.part.parenthesis") else { break }
                        facts[k].kind = .total; facts[k].rule += Self.pastSumRule
                    }
                    k += 1
                }
            }
            for k in run where KindCues.countsPeople(facts[k].measure) && wholeTopicGoverns(part: facts[k].topic, rule: facts[k].topicCue, whole: facts[w].topic) {
                facts[k].topic = facts[w].topic; facts[k].topicCue = facts[w].topicCue
            }
            done.append(facts[w].measure)
        }
    }
    /// Whether a part filed under `part` is counted as its whole is: a group of the poor (their
    /// status, their welfare category: 一般贫困户, 低保贫困户, 五保户) within the poor or within those
    /// leaving poverty (FORMAT.md: a count of those leaving poverty is 脱贫 whichever programme; parts
    /// take their whole's topic).
    static func wholeTopicGoverns(part: Topic, rule: String?, whole w: Topic) -> Bool {
        guard (w == .poor || w == .exit) && w != part else { return false }
        // (the poor by their status only: 未脱贫78户 within 脱贫393户…,未脱贫78户 is still poor)
        return part == .welfare || part == .poor && (rule.flatMap(TopicCues.role(ofRule:)) == .qualifier
            || rule?.utf8.elementsEqual(TopicResolver.partStatusRule.utf8) == true)
    }
    /// A figure found to add up with others to `whole`: its part, or the plan's where the whole
    /// is a plan (FORMAT.md: a breakdown of a plan is target).
    static func markPart(_ f: inout Fact, of whole: Fact) {
        if whole.kind == .target { f.kind = .target; f.rule += " + kind.target.sum" }
        else { f.kind = .part; f.rule += " + kind.part.sum" }
    }
    /// The rule of a figure after a breakdown that already added up to its whole.
    static let pastSumRule = " + kind.total.past-sum"
    /// How far a sum of parts may be from its total (rounded figures: 5.9万 + 3.1万 of 9万).
    static let sumTolerance = 0.005

    /// `2020年省级资金420万元;…结余资金96.54712万元,合计516.54712万元`: a figure its clause says
    /// sums (``KindCues/sumWords``) is the whole of the figures of its measure right before it
    /// that add up to it, in its sentence or the lines before (a list closed by its sum). Two
    /// figures or more, all totals, each within ``sumReach`` of the next; a subtotal is no part.
    static func partsBeforeSum(_ facts: inout [Fact], spans: [FigureSpan]) {
        func sums(_ j: Int) -> Bool { j < spans.count && spans[j].sums }
        for w in facts.indices where sums(w) && (facts[w].kind == .total || facts[w].kind == .target) && facts[w].measure.isAdditive {
            var edge = facts[w].start
            let run = addingRun(facts, to: w, order: stride(from: w - 1, through: 0, by: -1), tolerance: sumTolerance) { j in
                guard facts[j].kind == .total, !sums(j), edge - facts[j].end <= sumReach else { return .stop }
                edge = facts[j].start
                return .take
            }
            for k in run ?? [] { markPart(&facts[k], of: facts[w]) }
        }
    }

    /// `…资金26428万元,予以公告。⏎巴州区:…2405万元;⏎恩阳区:…1956万元;…`: figures of a total's
    /// measure and topic in the sentences after it that add up to it are its parts, as in one
    /// sentence (``partsBySum(_:since:scalars:spans:)``), with figures of other kinds between left aside (the
    /// plan after a province's poor, before its cities' counts); a part that names no area of
    /// its own takes its whole's topic. The run starts within
    /// ``sumReach`` of the total's sentence and goes on in steps no longer; the sum must be exact
    /// to rounding (``acrossTolerance``): across sentences a near sum is a coincidence.
    static func partsAcrossSentences(_ facts: inout [Fact], scalars: [UInt32], spans: [FigureSpan]) {
        for w in facts.indices where (facts[w].kind == .total || facts[w].kind == .target) && facts[w].measure.isAdditive && facts[w].measure != .items {
            guard let span = facts[w].sentenceSpan else { continue }
            let topic = facts[w].topic
            var edge = span.upperBound
            let run = addingRun(facts, to: w, order: (w + 1)..<facts.count, tolerance: acrossTolerance, step: { j in
                let inSentence = facts[j].sentenceSpan == span
                if !inSentence, facts[j].start - edge > sumReach { return .stop }
                // (a subset already read as a part, 已脱贫800户, is one of the whole's parts too)
                if !(facts[j].kind == .total || Self.isSubset(facts[j])) || j < spans.count && spans[j].sums { return .skip }
                // (a part of no area of its own takes its whole's: FORMAT.md "Decided conventions")
                // (the poor as identified split into those who left and those still poor: 监测户16369户。⏎
                // 已消除风险7282户,未消除风险9087户)
                guard facts[j].topic == topic || facts[j].topic == .other || (topic == .poor && facts[j].topic == .exit) else { return .stop }
                edge = facts[j].end
                return .take
            }, complete: { run in
                run.contains { facts[$0].sentenceSpan != span }
                    // (those who left alone, year by year, are flows out of the stock, not its parts)
                    && (!run.contains { facts[$0].topic == .exit && topic != .exit } || run.contains { facts[$0].topic == topic })
            })
            guard let run, !isLevel(w, scalars, spans) else { continue }
            for k in run {
                markPart(&facts[k], of: facts[w])
                if facts[k].topic == .other { facts[k].topic = topic; facts[k].topicCue = facts[w].topicCue }
            }
        }
    }
    /// Whether a fact is a part because a marker made it a subset of a whole left unstated (`已脱贫800户`).
    static func isSubset(_ f: Fact) -> Bool { f.kind == .part && f.rule.contains(subsetRule) }
    static let subsetRule = "kind.part.subset"
    /// How many facts back the whole of a parenthesis's items may stand (`60个村(康平43个、…、法库6个)`).
    static let glossReach = 12
    /// How many short lines with figures before the body make a page of captions.
    static let leastCaptions = 4
    /// How far apart a whole and its parts, or two parts, may stand (characters).
    static let sumReach = 300
    /// How far a sum of parts over several sentences may be from its total.
    static let acrossTolerance = 0.001

    /// One claim, one fact: a figure the report restates (in its title and again in its body,
    /// in a summary and again in its paragraph) with the same place, measure, value, year (or
    /// a year in one statement only), kind and topic is linked to the report itself (`repeat_of`), so that sums count it once.
    /// `yearStated[i]`: whether the text states fact `i`'s year (false: the report's own; all
    /// stated when the array is short). `countedNouns[i]`: the Han scalar after fact `i`'s figure
    /// (0: none), which tells a small count's thing where a subject is empty.
    static func linkRestatements(_ facts: inout [Fact], doc: String, yearStated: [Bool] = [], countedNouns: [UInt32] = []) {
        func unstated(_ i: Int) -> Bool { i < yearStated.count && !yearStated[i] }
        func noun(_ i: Int) -> UInt32 { i < countedNouns.count ? countedNouns[i] : 0 }
        let n = facts.count
        guard n > 1 else { return }
        // a restatement may read as a part where the first statement read as a whole
        // (its year is compared by `restates`: a year stated in one statement only is one claim)
        func restated(_ i: Int) -> Claim<[String]> {
            Claim(place: facts[i].regionPath.levels, measure: facts[i].measure, value: facts[i].value,
                  year: 0, kind: facts[i].kind == .part ? .total : facts[i].kind)
        }
        // Equal numbers that state different things are two facts (FORMAT.md): a rate applies to
        // each group it names (每人2000元 for two groups), one sentence does not restate itself
        // (8个乡(镇)8个搬迁点) nor does the next one in its paragraph (扶持236户…。动员236户…), a
        // year stated in both must agree (1778个贫困村…; 截止到2016年底,1778个贫困村中… agree),
        // and a small count is a restatement only of the same thing (28个贫困县 and 28个贫困县,
        // not 22个省 and 22个贫困县).
        // the figure stated right against another, of another measure (332户|1376人)
        func pairedFigure(_ i: Int) -> Int? {
            if i > 0, facts[i - 1].end == facts[i].start, facts[i - 1].measure != facts[i].measure { return i - 1 }
            if i + 1 < n, facts[i].end == facts[i + 1].start, facts[i + 1].measure != facts[i].measure { return i + 1 }
            return nil
        }
        func restates(_ i: Int, _ j: Int) -> Bool {
            guard facts[i].kind != .rate else { return false }
            // (an amount written with decimals, 909.78亿元, or of ten thousand and more, 8000多万人, said
            // again in the next sentence is the same claim; a share is not: 增长11.5% twice is two rates)
            if let a = facts[i].sentenceSpan, let b = facts[j].sentenceSpan,
               a == b || (a.lowerBound == b.upperBound || b.lowerBound == a.upperBound)
                    && (facts[i].measure == .percent || facts[i].value < Self.largeValue && !facts[i].surface.utf8.contains(0x2E)) { return false }
            guard facts[i].year == facts[j].year || facts[i].year == nil || facts[j].year == nil
                    || unstated(i) || unstated(j) else { return false }
            // (计划搬迁332户1376人 … 预计安置355户1376人: the figure each is paired with differs, so
            // the claims do)
            if let p = pairedFigure(i), let q = pairedFigure(j), facts[p].measure == facts[q].measure,
               facts[p].value != facts[q].value { return false }
            let v = facts[i].value
            if v >= Self.distinctiveValue || v != v.rounded() { return true }
            let (f, g) = (facts[i].subject, facts[j].subject)
            if !f.isEmpty && !g.isEmpty { return f.contains(g) || g.contains(f) }
            // (…等4个省80个县, its subject left empty, after 对口帮扶的80个县: the noun right after
            // the figure tells the thing counted)
            return noun(i) != 0 && noun(i) == noun(j)
        }
        // facts by value first (a hash of a number, not of the place's strings), then their
        // claims compared: most values occur once in a report. Chains of indices in two flat
        // arrays, and facts read in place: a dictionary of arrays and a copy of each fact
        // (retaining its strings) cost more than the comparisons. (measured with the topic
        // cues as plain values: 383 → 370 M instructions a pass over 400 reports)
        var size = 16
        while size < n * 2 { size <<= 1 }
        var head = [Int32](repeating: -1, count: size)
        var next = [Int32](repeating: -1, count: n)
        for i in 0..<n where facts[i].repeatOf == nil {
            let claim = restated(i)
            let slot = Int(truncatingIfNeeded: (claim.valueBits &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
            var j = Int(head[slot])
            var found = false
            while j >= 0 {
                // the claim's numbers compared before its place (`Claim`'s `==` reads the place's
                // strings first, and most facts of a value differ in measure or kind)
                // (measured: 356.6 → 353.7 M instructions a pass over 400 reports)
                if facts[j].topic == facts[i].topic, facts[j].measure == claim.measure,
                   (facts[j].kind == .part ? .total : facts[j].kind) == claim.kind, restated(j) == claim, restates(i, j) { found = true; break }
                j = Int(next[j])
            }
            if found {
                facts[i].repeatOf = doc
            } else {
                next[i] = head[slot]; head[slot] = Int32(i)
            }
        }
        // the same claim at another precision (4万多名 after 42778名, 超5亿元 before 5.6176亿元):
        // the rounded statement is the repeat, whichever comes first
        for i in 0..<n where facts[i].approx && facts[i].repeatOf == nil {
            guard let unit = roundingUnit(facts[i].value) else { continue }
            let claim = restated(i), v = facts[i].value
            // 近千 is under a thousand, 约4万 around it, 4万多 and 超5亿 over it
            let direction = HedgeDirection(surface: facts[i].surface)
            for j in 0..<n where j != i && !facts[j].approx && facts[j].repeatOf == nil {
                guard direction.rounds(facts[j].value, to: v, unit: unit),
                      facts[j].topic == facts[i].topic, facts[j].measure == claim.measure,
                      (facts[j].kind == .part ? .total : facts[j].kind) == claim.kind,
                      facts[j].regionPath.levels == claim.place, restates(i, j) else { continue }
                facts[i].repeatOf = doc
                break
            }
        }
    }

    /// The place of a round figure's one significant digit (10000 for 4万, 1亿 for 5亿), when it
    /// is at least 1000; nil for a figure stated more exactly (1500余户 is a claim of its own).
    static func roundingUnit(_ v: Double) -> Double? {
        guard v >= 1000, v == v.rounded() else { return nil }
        var unit = 1.0
        while (v / (unit * 10)).rounded() * unit * 10 == v { unit *= 10 }
        return v / unit < 10 ? unit : nil
    }


    // MARK: - Facts

    /// A table cell's figure (``TableCells``): money in the header's unit, a part of the table's
    /// whole (its `合计` row the whole), of the place its row names.
    private mutating func tableFact(_ n: (range: Range<Int>, value: Double), sum: Bool, cells: [Range<Int>], column: TableCells.Column, line: Range<Int>,
                                    lineIndex: Int, heading: Range<Int>?, section: [String]?, year: Int?, into facts: inout [Fact]) {
        let r = n.range
        let c = Candidate(value: NumberReader.scaled(n.value, column.multiplier), high: nil, measure: .yuan, unit: column.unit,
                          start: r.lowerBound, numberStart: r.lowerBound, numberEnd: r.upperBound, end: r.upperBound, unitEnd: r.upperBound,
                          approx: false, kindAfterUnit: nil, isClassifier: false, rule: TableCells.rule)
        let mentions = place.mentions(onLine: lineIndex)
        let places = sentencePlaces(mentions, line)
        let path = regionPath(at: r.lowerBound, clause: line, sentence: line, places: places, section: section, ownWords: [])
        let (ss, se) = norm.storedRange(from: line.lowerBound, to: line.upperBound)
        // (the row is the clause, less a first cell that names a place: 梁园区 is no 园区; the header
        // says what the column counts where the row says nothing: 小额贴息 | 市级资金 | 67.9)
        let named = cells.count > 1 && mentions.contains { cells[0].contains($0.range.lowerBound) }
        let row = (named ? cells[1].lowerBound : line.lowerBound)..<line.upperBound
        makeFacts(c, clause: row, sentence: row, heading: column.header, sentenceText: (texts ? norm.storedText(ss..<se) : "", ss..<se),
                  year: year, path: path, quotes: [], into: &facts, kindOverride: sum ? (.total, TableCells.sumRule) : (.part, TableCells.partRule),
                  subjectOverride: column.name, topicFallback: (.funds, TableCells.topicRule))
    }

    private mutating func makeFacts(_ c: Candidate, clause: Range<Int>, sentence: Range<Int>, heading: Range<Int>?, sentenceText: (text: String, span: Range<Int>), year: Int?, path: [String],
                           quotes: [Range<Int>], into facts: inout [Fact], kindOverride: (Kind, String)? = nil, subjectOverride: String? = nil,
                           topicFallback: (Topic, String)? = nil) {
        // 贫困村164个,2016年出列17个: the noun a count by 个 leaves out is the villages' counted before
        var c = c, elidedFrom: Int?
        if c.measure == .items, c.unit == "个", FactContext.elidedNoun(s, c.start, clause: clause),
           let w = facts.indices.last, facts[w].start >= norm.storedRange(from: wholeSince, to: wholeSince + 1).0, facts[w].measure == .villages {
            c.measure = .villages; elidedFrom = w
        }
        // 60个重点贫困村(康平43个、新民7个): a bare 个 inside the parenthesis glossing a count of villages counts villages
        if c.measure == .items, c.unit == "个", FactContext.glossesVillages(s, c.start, sentence: sentence),
           let w = facts.indices.last, facts[w].measure == .villages,
           facts.suffix(Self.glossReach).contains(where: { $0.measure == .villages && $0.value > c.value }) {   // (the whole, or the items before)
            c.measure = .villages; elidedFrom = w
        }
        if kindCues?.sentence != sentence { kindCues = (sentence, FactContext.SentenceCues(s, sentence)) }
        var (kind, kindRule) = FactContext.kind(s, candidate: c, clause: clause, sentence: sentence, quotes: quotes, cues: kindCues!.cues)
        if let o = kindOverride { (kind, kindRule) = (o.0, o.1) }
        if kind == .total, let y = year, let p = years.publicationYear, y > p { kind = .target; kindRule = "kind.target.future-year" }
        // 签约11989人,履约服务11964人; 存量6855户,已开工2002户: a subset of the whole just stated
        if kind == .total, c.measure.takesPart, FactContext.subsetCue(s, before: c.start, clause: clause) != nil {
            // (of the same thing: 832个贫困县名单公布,涉及22个省区市 counts provinces, no part of the counties)
            let noun = c.unitEnd < s.count && NormalizedText.isHan(s[c.unitEnd]) ? s[c.unitEnd] : 0
            if let w = whole(of: c, since: wholeSince, in: facts), facts[w].kind != .target || KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<c.start) != nil,
               noun == 0 || countedNouns[w] == 0 || countedNouns[w] == noun || c.measure != .items { kind = .part; kindRule = Self.subsetRule }
        }
        // …年度任务超额完成。其中,东部地区投入财政援助资金229亿元: 其中 with no whole of the figure's
        // measure before it (in its sentence or the one before) breaks down no figure
        // (因病返贫风险户(23户): a parenthesis after no larger figure of its measure is no part either,
        // unless it is one of a list of glosses, whose whole may follow: 贵州省(24个)、吉林省(8个)…等80个县)
        // (全市11个县市区中有国家级贫困县10个、1235个贫困村、185.07万贫困人口: nor a partitive 中's, of
        // a whole counted by another measure)
        if kind == .part, Self.isQizhong(kindRule) || kindRule?.utf8.elementsEqual(FactContext.partitiveRule.utf8) == true
            || (kindRule == "kind.part.parenthesis" && !Self.glossListed(s, after: c.end, sentence: sentence)) {
            // (收入持续快速增长(其中2011年3549元,…): a parenthesis opened by 其中 breaks down the clause
            // right before it, not a figure of an earlier clause, unless that clause speaks of all of
            // one: 贫困人口全部脱贫(其中2020年脱贫124户))
            var since = wholeSince, before = Int.max
            if Self.isQizhong(kindRule) {
                let opens = Self.breakdownStart(s, before: c.start, sentence: sentence)
                if opens - 2 >= sentence.lowerBound, s[opens - 1] == FactContext.openBracket, s[opens] == Self.qizhong[0],
                   !s[opens..<c.start].contains(FactContext.closeBracket) {
                    let head = Outline.clause(s, around: opens - 2, in: sentence).lowerBound
                    if KindCues.allOfWhole.firstMatch(in: s, head..<(opens - 1)) == nil {
                        since = head
                        before = norm.storedRange(from: opens, to: opens + 1).0
                    }
                }
            }
            if whole(of: c, since: since, before: before, in: facts) == nil,
               !(Self.isQizhong(kindRule) && peopleCountedOtherwise(before: c, sentence: sentence, in: facts)) { kind = .total; kindRule = nil }
        }
        var planWhole: Int?   // the plan a breakdown's figure is part of
        // 今年需要搬迁18.1万户,其中建档立卡贫困户15.9万户: a breakdown of a plan is the plan's (FORMAT.md)
        if kind == .part, Self.isQizhong(kindRule) || kindRule == "kind.part.含" {
            // (the whole before the breakdown's 其中, not an item of it: 其中…,2017年预脱贫19户,2018年未脱贫1户)
            let opens = Self.breakdownStart(s, before: c.start, sentence: sentence)
            // (其中 opening the sentence breaks down the plan of the sentence before: 目标任务是:…223个贫困村
            // 全部减贫摘帽…。其中,2016年完成77个村减贫摘帽)
            let since = opens == sentence.lowerBound ? wholeSince : sentence.lowerBound
            // (the whole stated before the breakdown, not an earlier part of it: 其中,张家村31户;瓦额村62户;瓦都西村55户)
            let opensAt = norm.storedRange(from: opens, to: opens + 1).0
            if let w = whole(of: c, since: since, before: opensAt, in: facts), facts[w].kind == .target {
                kind = .target; kindRule = "kind.target.breakdown"; planWhole = w
            }
        }
        // (not a figure of a year before the report's, nor one its clause says is done or is now:
        // 一、工作目标任务⏎ …2016年脱贫98户394人…全镇现剩余222户851人未脱贫 sets out where the plan starts)
        if planSection, kind == .total || kind == .part, !(year.map { y in documentYear.map { y < $0 } ?? false } ?? false),
           KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<c.start) == nil,
           KindCues.presentMarkers.firstMatch(in: s, clause.lowerBound..<c.start) == nil { kind = .target; kindRule = "kind.target.section" }
        // 第二批扶贫专项资金规模1486.328万元…。⏎ 一是用于6个深度贫困村150万元;: money on an
        // enumerated line after a larger sum stated outside the list is a part of it (a fund
        // notice's breakdown); the largest such sum is the whole
        // (the whole: the largest such sum of the last line that states one, money of the campaign,
        // not a GDP; items larger than it break down nothing)
        // (a line read once, at its first money, for any item: a line of none is not read back
        // from each of its figures)
        if c.measure == .yuan, lineHoldsItem == nil { lineHoldsItem = EnumeratedItems.holdsItem(s, lineRange) }
        let moneyItem = c.measure == .yuan && lineHoldsItem == true
            && EnumeratedItems.segmentStart(s, before: c.start, line: lineRange).map { EnumeratedItems.opens(s, at: $0, limit: c.start) } == true
        // (a plan's items are the plan's: 籌措資金63113萬元… ⏎ 一是整合資金5613萬元做好…)
        if kind == .total, moneyItem, let w = moneyWhole, c.value < w.value {
            (kind, kindRule) = w.plan ? (.target, "kind.target.item") : (.part, "kind.part.item")
        }
        // 人均工资性收入为3872元,…;家庭经营净收入3007元,同比增加742元: the incomes listed under a
        // per-person head, and their changes, are per person too (FORMAT.md: 人均增收 is a rate)
        // (the money figure before it, in this sentence, is per person: ``lastMoney``)
        // (and those a clause gives with nothing but their year: 人均可支配收入…,2013年5120元)
        // (read only where asked, after the cheaper tests: most figures are asked for none)
        var ellipticalRead: Bool?
        func elliptical() -> Bool {
            if let e = ellipticalRead { return e }
            ellipticalRead = FactContext.onlyTimeBefore(s, c.start, clause: clause)
            return ellipticalRead!
        }
        // (人均可支配收入逐年提高,2011年3549元,…: per person said before the sentence's first figure)
        if c.measure == .yuan, kind == .total, lastMoney?.sentence != sentence.lowerBound, elliptical(),
           YearResolver.headsFigures(s, sentence, clause.lowerBound), TopicCues.perCapita.firstMatch(in: s, sentence.lowerBound..<clause.lowerBound) != nil {
            kind = .rate; kindRule = KindCues.perCapitaListRule
        }
        if c.measure == .yuan, kind == .total || kind == .change, let h = lastMoney, h.sentence == sentence.lowerBound, h.perCapita,
           kind == .change || elliptical() || KindCues.incomeComponents.firstMatch(in: s, clause) != nil {
            kind = .rate; kindRule = KindCues.perCapitaListRule
        }
        if c.measure == .yuan { lastMoney = (sentence.lowerBound, kind == .rate && kindRule.map(KindCues.perCapitaRateBytes.contains) == true) }
        var subject = subjectOverride ?? FactContext.subject(s, candidate: c, clause: clause, pool: strings, words: &subjectWords)
        // (an elliptical clause or a left-out noun says what the figure before said: its subject)
        if let w = elidedFrom { subject = facts[w].subject }
        else if let w = facts.indices.last, facts[w].measure == c.measure, facts[w].sentenceSpan == sentenceText.span, elliptical() {
            subject = facts[w].subject
        }
        // (贫困人口5.5万人,比上年末减少11.3万人: a clause of a change alone changes the figure before)
        // (of the same measure, or its rate of change: 236户…,年增收500元 changes no household)
        else if let w = facts.indices.last, facts[w].sentenceSpan == sentenceText.span, !facts[w].subject.isEmpty,
                facts[w].measure == c.measure || c.measure == .percent, FactContext.onlyChangeBefore(s, c.start, clause: clause) {
            subject = facts[w].subject
        }
        if topicMatches?.sentence != sentence {
            var cues = TopicResolver.matches(s, sentence)
            // (浐灞生态区, 灞桥区: a cue inside a place's name is the name's, not the figure's topic)
            if !linePlaceNames.isEmpty, !cues.isEmpty {
                cues.removeAll { m in linePlaceNames.contains { $0.contains(Int(m.start)) && $0.upperBound >= Int(m.end) } }
            }
            topicMatches = (sentence, cues)
        }
        var (topic, topicCue) = TopicResolver.topic(s, numberStart: c.numberStart, numberEnd: c.numberEnd, clause: clause, sentence: sentence,
                                                    heading: heading, measure: c.measure, kind: kind, matches: topicMatches!.cues)
        if c.measure == .yuan, kind == .total || kind == .target, !moneyItem, topic != .other {
            let plan = kind == .target
            moneyWhole = moneyWhole.map { $0.line == lineRange.lowerBound ? (max($0.value, c.value), $0.line, $0.value >= c.value ? $0.plan : plan)
                                                                          : (c.value, lineRange.lowerBound, plan) }
                ?? (c.value, lineRange.lowerBound, plan)
        }
        // 全村有618户3065人,其中有建档立卡贫困户78户266人: the poor among a place's people are
        // counted as poor, whatever the sentence says of the place (结对帮扶村)
        // (and the poor villages among a place's: 全镇共有28个行政村,其中贫困村12个)
        if kind == .part, KindCues.countsPeople(c.measure) || c.measure == .villages, topic != .poor, topic != .exit,
           let w = whole(of: c, since: wholeSince, in: facts), facts[w].topic == .other,
           topicMatches!.cues.contains(where: { clause.contains(Int($0.start)) && $0.cue.topic == .poor && $0.cue.role == .qualifier }),
           !topicMatches!.cues.contains(where: { clause.contains(Int($0.start)) && $0.cue.namesArea && $0.cue.topic != .poor }) {
            topic = .poor; topicCue = "topic.贫困人口.全体之中"
        }
        // 计划脱贫127户,其中低保贫困户4户: a group of the poor counted within the poor or those
        // leaving poverty is counted as its whole is
        if kind == .part, topic == .poor || topic == .welfare, KindCues.countsPeople(c.measure),
           let w = whole(of: c, since: wholeSince, in: facts), Self.wholeTopicGoverns(part: topic, rule: topicCue, whole: facts[w].topic) {
            topic = facts[w].topic; topicCue = "topic.whole"
        }
        // 浙江省对口帮扶…80个县。其中,国家级贫困县72个: a part its status word files under a programme's
        // heading is its whole's, where the whole's own words filed it under a programme (not the heading)
        if kind == .part, topicCue.utf8.elementsEqual(TopicResolver.partStatusRule.utf8), let w = whole(of: c, since: wholeSince, in: facts),
           TopicResolver.continues(facts[w].topic), !TopicResolver.byHeading(facts[w].topicCue) {
            topic = facts[w].topic; topicCue = "topic.whole"
        }
        if topic == .other, let f = topicFallback { (topic, topicCue) = f }
        if topic == .other {
            // 宁德市分配得8803万元…。我市共分配到8803万元: a figure said again keeps what it was filed under
            if Self.isDistinctive(c.value), let earlier = facts.last(where: { $0.measure == c.measure && $0.value == c.value && $0.topic != .other }) {
                topic = earlier.topic; topicCue = "topic.restated"
            }
            // 其中,寿宁县1762万元、霞浦县1477万元…: a part its own words file nowhere takes its whole's topic (FORMAT.md)
            else if kind == .part, let w = whole(of: c, since: wholeSince, in: facts) {
                topic = facts[w].topic; topicCue = "topic.whole"
            }
            // (and a breakdown of a plan its plan's: 脱贫204户…。其中,张家村31户)
            else if let w = planWhole { topic = facts[w].topic; topicCue = "topic.whole" }
            // …安置点预计安置355户。针对特殊群体,专门划定可容纳24户的区域: a figure nothing around
            // it files continues the programme of the figure before it, in its sentence or the one before
            else if topicCue == TopicResolver.defaultRule, let last = facts.last, TopicResolver.continues(last.topic),
                    last.start >= norm.storedRange(from: wholeSince, to: wholeSince + 1).0 {
                topic = last.topic; topicCue = "topic.continued"
            }
        }
        let (start, end) = norm.storedRange(from: c.start, to: c.unitEnd)
        let surface = norm.storedText(from: c.start, to: c.unitEnd)
        let clauseText: String, clauseSpan: Range<Int>
        if let last = lastClause, last.range == clause { (clauseText, clauseSpan) = (last.text, last.span) } else {
            let (cs, ce) = norm.storedRange(from: clause.lowerBound, to: max(clause.upperBound, clause.lowerBound + 1))
            (clauseText, clauseSpan) = (texts ? norm.storedText(cs..<ce) : "", cs..<ce)
            lastClause = (clause, clauseText, clauseSpan)
        }
        let rule = rules.name(c.rule, hedge: c.approx, kind: kindRule, range: c.isRange)
        if facts.isEmpty { facts.reserveCapacity(32) }   // a report's facts without growing from one
        // One fact appended, and copied only for a range's upper value (a digit range is exact
        // unless hedged: FORMAT.md "Ranges"; a colloquial pair's span is approximate).
        facts.append(Fact(doc: doc, measure: c.measure, value: c.value, unit: c.unit, surface: surface,
                          approx: c.approx, kind: kind, region: path.last, regionPath: RegionPath(path),
                          year: year, subject: subject, topic: topic, text: clauseText, start: start, end: end,
                          sentence: sentenceText.text, rule: rule, sentenceSpan: sentenceText.span, textSpan: clauseSpan,
                          topicCue: topicCue))
        if let high = c.high {
            facts.append(facts[facts.count - 1])
            facts[facts.count - 1].value = high
        }
        let noun = c.unitEnd < s.count && NormalizedText.isHan(s[c.unitEnd]) ? s[c.unitEnd] : 0
        while countedNouns.count < facts.count { countedNouns.append(noun) }
    }

    /// Where the breakdown a part stands in opens: the last `其中` or `含` before it in its
    /// sentence (the sentence's start when none).
    static func breakdownStart(_ s: [UInt32], before i: Int, sentence: Range<Int>) -> Int {
        var k = i
        while k > sentence.lowerBound {
            k -= 1
            if s[k] == Self.han { return k }
            if s[k] == qizhong[1], k > sentence.lowerBound, s[k - 1] == qizhong[0] { return k - 1 }
        }
        return sentence.lowerBound
    }
    static let han: UInt32 = 0x542B   // 含

    /// Whether the parenthesis a figure stands in is one of a list of glosses: `、` or `等` after
    /// it, or a parenthesis closed by `)、` before it in the sentence (the list's last).
    static func glossListed(_ s: [UInt32], after i: Int, sentence: Range<Int>) -> Bool {
        var k = i
        while k < sentence.upperBound, s[k] != FactContext.closeBracket {
            if s[k] == FactContext.openBracket { return false }
            k += 1
        }
        if k + 1 < sentence.upperBound, s[k + 1] == NumberReader.listComma || s[k + 1] == deng { return true }
        var j = sentence.lowerBound
        while j + 1 < i {
            if s[j] == FactContext.closeBracket, s[j + 1] == NumberReader.listComma { return true }
            j += 1
        }
        return false
    }

    /// Whether a kind rule is 其中's (`kind.part.其中…`), its bytes compared: `hasPrefix` compares
    /// Characters, 5,000 instructions a call here (measured: 326.2 → 323.6 M instructions a pass).
    static func isQizhong(_ rule: String?) -> Bool { rule?.utf8.starts(with: "kind.part.其中".utf8) == true }

    /// A value with at least three significant digits (`8803万元`, not `100人`): two figures of
    /// it in one report are one figure said again.
    static func isDistinctive(_ v: Double) -> Bool {
        var x = v.rounded()
        guard x == v, x >= 100 else { return false }
        while x >= 10, x.truncatingRemainder(dividingBy: 10) == 0 { x /= 10 }
        return x >= 100
    }

    /// FNV-1a over a sentence's scalars, two to a step (the multiplies are a chain): repeated
    /// sentences are found without building strings.
    /// (Read through a pointer, without bounds checks: measured with the digit scan's bitmap read
    /// the same way, 375.6 → 373.9 M instructions a pass over 400 reports.)
    static func fingerprint(_ slice: ArraySlice<UInt32>) -> UInt64 {
        slice.withUnsafeBufferPointer { a in
            var h: UInt64 = 0xcbf29ce484222325
            var i = 0
            while i + 1 < a.count {
                h = (h ^ (UInt64(a[i]) << 32 | UInt64(a[i + 1]))) &* 0x100000001b3
                i &+= 2
            }
            if i < a.count { h = (h ^ UInt64(a[i])) &* 0x100000001b3 }
            return h
        }
    }

    /// One place, or places nested in each other (襄南镇, 襄南镇/马营村): the deepest; else nil.
    static func deepest(_ paths: [[String]]) -> [String]? {
        if let first = paths.first, paths.allSatisfy({ $0 == first }) { return first }   // the usual case, without a set
        let distinct = Array(Set(paths))
        let leaves = distinct.filter { p in !distinct.contains { $0.count > p.count && Array($0.prefix(p.count)) == p } }
        if leaves.count == 1 { return leaves[0] }
        // 陆家村是通榆县…: a place found by its suffix under the report's place, and a county
        // named beside it, are one place
        if leaves.count == 2 {
            // 洮南市福顺镇春华村: the village's town is the town the county's path ends in
            for (a, b) in [(leaves[0], leaves[1]), (leaves[1], leaves[0])] where a.count >= 2 && a[a.count - 2] == b.last {
                return b + [a.last!]
            }
            // (壶关县桥上乡…所在地桥上村: a village and a town named beside it, too)
            func end(_ p: [String]) -> UInt32 { p.last!.unicodeScalars.last!.value }
            for (a, b) in [(leaves[0], leaves[1]), (leaves[1], leaves[0])] where a.count >= 2 && b.count >= a.count
                && PlaceLexicon.villageOrTownEnds.contains(end(a))
                && (!PlaceLexicon.villageOrTownEnds.contains(end(b)) || (end(a) == PlaceLexicon.cun && PlaceLexicon.townEnds.contains(end(b))))
                && Array(b.prefix(a.count - 1)) == Array(a.dropLast()) {
                return b + [a.last!]
            }
        }
        return nil
    }

    /// The places a sentence names, each with its path where it lies in the report's place; the
    /// items of a list of the report's own towns (`君山和苏平4个片区`) left out.
    private func sentencePlaces(_ lineMentions: [PlaceMention], _ r: Range<Int>) -> SentencePlaces {
        var named: [(mention: PlaceMention, path: [String]?)] = []
        var originEnd = -1   // where the last place people came from ends (来自…, 原…)
        for m in lineMentions where r.contains(m.range.lowerBound) && !Self.isListedSubPlace(norm.scalars, m, r) {
            if isOrigin(m, after: originEnd) { originEnd = m.range.upperBound; continue }
            // (东邻西和县: a neighbour is left out of the line's places by ``DocumentPlace``)
            if Self.inListedGloss(s, m.range, r) { continue }   // 两州(甘南州、临夏州): the list is one whole
            if named.isEmpty { named.reserveCapacity(lineMentions.count) }   // see `YearResolver.expressions`
            var path = attachable(m)
            // 鲁甸县卯家湾易地扶贫搬迁安置区…: the report's county named right before the core of the
            // report's own town or site (卯家湾 of 卯家湾安置区) names that town
            if let t = place.town, path.map({ place.path.count == $0.count + 1 && place.path.starts(with: $0) }) ?? place.isOwnPlace(m),
               Self.startsWithCore(of: t, s, at: m.range.upperBound) {
                path = place.path
            }
            named.append((mention: m, path: path))
        }
        var places = SentencePlaces(named)
        places.onlyHelpers = onlyHelpers(places)
        return places
    }

    /// Whether the text at `k` starts with a town's name without its suffix (`卯家湾` of `卯家湾安置区`).
    static func startsWithCore(of town: String, _ s: [UInt32], at k: Int) -> Bool {
        let t = Array(town.unicodeScalars.map(\.value))
        guard let suffix = PlaceLexicon.suffixes.longestEnding(in: t, at: t.count, from: 0, maxLength: 7), t.count - suffix.length >= 2 else { return false }
        let core = t[..<(t.count - suffix.length)]
        return k + core.count <= s.count && s[k..<(k + core.count)].elementsEqual(core)
    }

    /// The latest fact from `since` on (a scalar position) that could be the whole `c` is part of:
    /// the same measure, a larger value. Read in place: iterating `reversed()` copied each fact.
    private func whole(of c: Candidate, since start: Int, before end: Int = .max, in facts: [Fact]) -> Int? {
        let since = norm.storedRange(from: start, to: start + 1).0
        var j = facts.count - 1
        while j >= 0, facts[j].start >= since {
            // (not a sibling read as a part before it: …项目:A1.45亿元;B2000万元 has no figure for its whole)
            if facts[j].measure == c.measure && facts[j].value > c.value && facts[j].start < end && facts[j].kind != .part { return j }
            j -= 1
        }
        return nil
    }

    /// Whether the fact before a count of people after 其中 counts people the other way (by the head
    /// where this one counts households), in the sentence and before its 其中 (`社员92人,其中建档立卡户
    /// 80户`; not the figure paired with this one after 其中: `其中,…7144户18434人`): that is its whole.
    private func peopleCountedOtherwise(before c: Candidate, sentence: Range<Int>, in facts: [Fact]) -> Bool {
        guard KindCues.countsPeople(c.measure), let f = facts.last, KindCues.countsPeople(f.measure), f.measure != c.measure,
              f.start >= norm.storedRange(from: sentence.lowerBound, to: sentence.lowerBound + 1).0 else { return false }
        return f.start < norm.storedRange(from: Self.breakdownStart(s, before: c.start, sentence: sentence), to: c.start).0
    }

    /// Whether a place is where people came from (``PlaceLexicon/originMarks``): right after a mark,
    /// or running on from such a place through names, `、` and `,`.
    private func isOrigin(_ m: PlaceMention, after originEnd: Int) -> Bool {
        let a = m.range.lowerBound
        if PlaceLexicon.originMarks.longestEnding(in: s, at: a, from: max(0, a - 3), maxLength: 3) != nil { return true }
        guard originEnd >= 0, originEnd <= a, a - originEnd <= 4 else { return false }
        // (a name's first characters the finder left out may stand between: 、措折|强玛乡)
        return s[originEnd..<a].allSatisfy { $0 == 0x3001 || $0 == 0x2C || $0 == 0xFF0C || (NormalizedText.isHan($0) && $0 != 0x7684) }   // 的 ends it
    }

    /// The place of a quotation's speaker: `“…每年县上资助5000元。”宁夏…麻黄山乡包塬村贫困户李聪岩说。`
    /// A figure inside a quotation (of one sentence or several) whose attribution follows it —
    /// the rest of the sentence after the closing quote, or the next sentence — and names a place
    /// below the report's, speaks of that place.
    private func speakerPlace(at i: Int, line: Range<Int>, quotations: [Range<Int>], sentences next: ArraySlice<Sentence>, _ lineMentions: [PlaceMention]) -> [String]? {
        // the quotation the figure stands in; `end` its closing quote
        guard let q = quotations.first(where: { $0.lowerBound < i && $0.upperBound > i }) else { return nil }
        let end = q.upperBound - 1
        // the attribution: to the end of the closing quote's sentence, or the sentence after it
        var a = (end + 1)..<(next.first(where: { $0.range.upperBound > end + 1 })?.range.upperBound ?? line.upperBound)
        if a.allSatisfy({ Outline.sentenceEnds.contains(s[$0]) }), let n = next.first(where: { $0.range.lowerBound >= a.upperBound }) { a = n.range }
        var e = a.upperBound
        while e > a.lowerBound, Outline.sentenceEnds.contains(s[e - 1]) { e -= 1 }
        guard e - a.lowerBound <= Self.attributionLength,
              PlaceLexicon.speechEnds.longestEnding(in: s, at: e, from: a.lowerBound, maxLength: 4) != nil else { return nil }
        let inside = lineMentions.filter { a.contains($0.range.lowerBound) }
        guard let d = sentencePlaces(inside, a).deepest, d.count > place.path.count else { return nil }
        return d
    }

    /// The longest attribution read (`2月25日,在辽宁省朝阳市建平县三家乡小新地村,朱成坤兴奋地说`).
    static let attributionLength = 60

    /// Whether a place stands in parentheses that list places and no figure (`中央两州(甘南州、
    /// 临夏州)专项资金`): a gloss of the word before them, no one of its places the figure's.
    static func inListedGloss(_ s: [UInt32], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        var a = name.lowerBound
        while a > sentence.lowerBound, s[a - 1] != FactContext.openBracket {
            if s[a - 1] == FactContext.closeBracket || (Outline.isClauseBreak(s[a - 1]) && s[a - 1] != 0x3001) { return false }
            a -= 1
        }
        guard a > sentence.lowerBound else { return false }
        var b = name.upperBound
        while b < sentence.upperBound, s[b] != FactContext.closeBracket {
            if s[b] == FactContext.openBracket || (Outline.isClauseBreak(s[b]) && s[b] != 0x3001) { return false }
            b += 1
        }
        // (a list of names alone: 隆阳区9721户、施甸县1526户 breaks a figure down place by place)
        return b < sentence.upperBound && s[a..<b].contains(0x3001) && !s[a..<b].contains(where: NumberReader.isDigit)   // 、
    }

    /// A gazetteer name that is an item of a list of the report's own towns (`君山和苏平4个片区`).
    static func isListedSubPlace(_ s: [UInt32], _ m: PlaceMention, _ sentence: Range<Int>) -> Bool {
        guard case .gazetteer = m.target else { return false }
        return SubPlaceList.contains(s, name: m.range, line: sentence)
    }

    /// Whether a paragraph opens with the place `d`: a run of names without a gap from its first
    /// characters (`贵州省毕节市织金县珠藏镇…`, `陆家村是…`) reaches it.
    func opensWith(_ d: [String], _ mentions: [PlaceMention], _ paths: [[String]?], at start: Int) -> Bool {
        // names of the report's place, its parents or places in it (推广河东…: 广河 is read there but names none)
        let order = mentions.indices.filter { paths[$0] != nil || onPath(mentions[$0]) }.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        guard let first = order.first, mentions[first].range.lowerBound - start <= Self.paragraphOpening else { return false }
        var end = mentions[first].range.lowerBound
        for k in order {
            let r = mentions[k].range
            if r.lowerBound > end { break }   // a gap: the run of names has ended
            end = max(end, r.upperBound)
            if paths[k] == d { return true }
        }
        return false
    }

    /// Whether a gazetteer name is the report's place or one of its parents (贵州省 for 织金县).
    func onPath(_ m: PlaceMention) -> Bool {
        guard case .gazetteer(let candidates) = m.target, let e = place.entry else { return false }
        return candidates.contains { finder.gazetteer.isWithin(e, $0) }
    }

    /// The end of a news agency's dateline opening a paragraph (`新华社西宁9月20日电`, `…日讯`), with
    /// the reporters' parentheses after it; nil when the paragraph has none.
    static func agencyDatelineEnd(_ s: [UInt32], _ line: Range<Int>) -> Int? {
        let reach = min(line.upperBound, line.lowerBound + Self.datelineLength)
        var k = line.lowerBound + 1
        while k + 1 < reach {
            if s[k] == 0x65E5, s[k + 1] == 0x7535 || s[k + 1] == 0x8BAF, NumberReader.isDigit(s[k - 1]) || NumberReader.isChineseNumeral(s[k - 1]) {   // 日电, 日讯
                var end = k + 2
                if end < line.upperBound, s[end] == 0x28, let close = s[end..<min(line.upperBound, end + 40)].firstIndex(of: 0x29) { end = close + 1 }
                return end
            }
            k += 1
        }
        return nil
    }
    /// How far into a paragraph a dateline may end.
    static let datelineLength = 24

    /// How far into a paragraph a place may stand and still be what the paragraph is about.
    static let paragraphOpening = 3
    /// How far into a paragraph a firm named before may stand to set its place, in scalars.
    static let firmOpening = 16
    /// How far into the next paragraph a word speaking of the place again (全村) may stand.
    static let anaphoraReach = 48

    /// Counts from here up are taken as one claim when restated whatever their subjects.
    static let distinctiveValue = 100.0
    /// Figures from here up are one claim when restated even in the very next sentence.
    static let largeValue = 10_000.0

    static let qizhong: [UInt32] = "其中".unicodeScalars.map(\.value)
    static let deng: UInt32 = 0x7B49   // 等
    static func startsWith(_ s: [UInt32], _ r: Range<Int>, _ w: [UInt32]) -> Bool {
        r.count >= w.count && s[r.lowerBound..<(r.lowerBound + w.count)].elementsEqual(w)
    }

    // MARK: - Places

    /// A heading naming a town sets the section's place; a label (`区农业和农村局:`) or a
    /// repeated title naming none, or naming the report's own place, resets it.
    private func sectionPlace(_ mentions: [PlaceMention], _ range: Range<Int>, current: [String]?) -> [String]? {
        for m in mentions {
            if case .sub(_, .village, _) = m.target { continue }   // captions name communities, not sections
            // (凤凰街道赴汕尾市军船头村对口帮扶: a place that goes to help elsewhere heads no section)
            if isHelper(m) || PlaceLexicon.visitorVerbs.longest(in: s, at: m.range.upperBound, limit: range.upperBound) != nil { continue }
            if let p = attachable(m), p != place.path { return p }
        }
        let isLabel = range.count > 0 && s[range.upperBound - 1] == 0x3A
        return isLabel || mentions.contains(where: place.isOwnPlace) ? nil : current
    }

    /// The places named in one sentence, with the deepest of them worked out once.
    struct SentencePlaces {
        let all: [(mention: PlaceMention, path: [String]?)]
        let deepest: [String]?
        /// Whether every place named is a helper (``DocumentScan/onlyHelpers(_:)``), read once a sentence.
        var onlyHelpers = false
        /// (The places taken as built, not mapped into a second array: measured with ``attachable(_:)``
        /// extending a path in place, 336.3 → 332.6 M instructions a pass over 400 reports.)
        init(_ all: [(mention: PlaceMention, path: [String]?)]) {
            self.all = all
            deepest = all.isEmpty ? nil : Self.sameOrDeepest(all)
        }

        /// ``DocumentScan/deepest(_:)`` of the paths, without gathering them into an array when they
        /// are one path (a sentence names one place, most often).
        private static func sameOrDeepest(_ all: [(mention: PlaceMention, path: [String]?)]) -> [String]? {
            var first: [String]?
            for p in all {
                guard let path = p.path else { continue }
                if let f = first { if path != f { return DocumentScan.deepest(all.compactMap(\.path)) } } else { first = path }
            }
            return first ?? DocumentScan.deepest([])
        }
        /// A place at its fullest where the sentence names its town or county too
        /// (`壶关县桥上乡…所在地桥上村`: 桥上村 under 桥上乡).
        func fullest(_ p: [String]) -> [String] {
            if let d = deepest, d.count > p.count, d.last == p.last { return d }
            // 河北省魏县沙口集镇李家营村 in a report on 岚县: the village's town named with its own county
            if p.count >= 2, let t = all.first(where: { $0.path?.last == p[p.count - 2] && $0.path! != Array(p.dropLast()) })?.path {
                return t + [p[p.count - 1]]
            }
            return p
        }
    }

    /// The place of a figure: one place named in its clause before it, else the one place
    /// named in its sentence, else the section's, else the report's.
    private func regionPath(at i: Int, clause: Range<Int>, sentence: Range<Int>, places: SentencePlaces, section: [String]?,
                            ownWords: [(at: Int, level: Int)]) -> [String] {
        // 全县累计投入…: the report's place at the level the word names (the sentence's words read once)
        func own(_ r: Range<Int>) -> [String]? {
            // (占全省的15.3%: the whole a share is taken of is not the figure's place; the nation is the
            // figure's only as the subject of its clause: 销售至全国30多个城市, 比全国…高1.4个百分点 and
            // 经全国扶贫开发信息系统比对 are not)
            let clauseOnly = r.upperBound <= i
            func speaksOf(_ w: (at: Int, level: Int)) -> Bool {
                guard r.contains(w.at), !(w.at > 0 && s[w.at - 1] == KindCues.zhan) else { return false }
                guard PlaceLexicon.ownPlaceLevels[w.level].isEmpty else { return true }
                return clauseOnly && !(w.at > 0 && PlaceLexicon.notNationSubject.contains(s[w.at - 1]))
                    && PlaceLexicon.nationIsSubject(s, at: w.at, limit: sentence.upperBound)
            }
            // (the nearest before the figure: 作为我省十大工程之一,2016年全市拆迁26028户,…开工32851套)
            guard let w = ownWords.last(where: { $0.at < i && speaksOf($0) }) ?? ownWords.first(where: speaksOf) else { return nil }
            // (保山市…。龙陵县经过动态调整,新增贫困人口14018人,…全县共有80个贫困村: the county named
            // earlier in the sentence, in a report whose own place has no such level)
            if let named = places.all.last(where: { $0.mention.range.upperBound <= w.at && $0.path != nil }),
               let p = ownPlace(level: w.level, carried: named.path!) { return p }
            if let c = section, let p = ownPlace(level: w.level, carried: c) { return p }
            if let p = ownPaths.paths[w.level] { return p }
            let endings = PlaceLexicon.ownPlaceLevels[w.level]
            // (全国, 我国: the nation, above every place of ours)
            let p = endings.isEmpty ? [PlaceLexicon.country] : place.path(endingIn: endings, finder.gazetteer)
            ownPaths.paths[w.level] = .some(p)
            return p
        }
        // 连续7年来,我国每年减贫…,贫困人口从…9899万人减至…: the nation as the subject of an earlier
        // clause, opening it, speaks for the clauses after it that name no place
        func nationBefore() -> [String]? {
            guard let w = ownWords.first(where: { PlaceLexicon.ownPlaceLevels[$0.level].isEmpty && $0.at < clause.lowerBound && $0.at >= sentence.lowerBound }),
                  w.at == sentence.lowerBound || Outline.isClauseBreak(s[w.at - 1]),
                  PlaceLexicon.nationIsSubject(s, at: w.at, limit: sentence.upperBound) else { return nil }
            return [PlaceLexicon.country]
        }
        guard !places.all.isEmpty else { return own(clause.lowerBound..<i) ?? nationBefore() ?? section ?? own(sentence) ?? place.path }
        // 凤凰街道自2016年对口该村开展帮扶,…已帮助60户150人…: a sentence whose only places are
        // helpers speaks of the place helped, the one in force
        if places.onlyHelpers { return own(clause.lowerBound..<i) ?? section ?? place.path }
        // 三都县、罗甸县、长顺县等3个县: a count after 等 counts the places listed, none of them
        // (贵德县统筹团结村等8个邻近村: the place heading the clause, where one does, before the list)
        // (会宁县、通渭县、静宁县3县: right after the list's last item, 等 left out)
        if i > sentence.lowerBound, let listed = s[i - 1] == Self.deng ? places.all.first(where: { $0.mention.range.upperBound == i - 1 })
            : places.all.first(where: { p in p.mention.range.upperBound == i && p.mention.range.lowerBound > sentence.lowerBound
                                        && s[p.mention.range.lowerBound - 1] == NumberReader.listComma
                                        && places.all.contains { $0.mention.range.upperBound == p.mention.range.lowerBound - 1 } }) {
            // (not the list's first item: 在当顺乡古什当村、康杨镇城上村等4个区域)
            let before = places.all.last { p in
                p.path != nil && clause.contains(p.mention.range.lowerBound) && p.mention.range.upperBound < listed.mention.range.lowerBound
                    && !PlaceLexicon.listSeparators.contains(s[p.mention.range.upperBound])
                    && !places.all.contains { $0.mention.range.lowerBound == p.mention.range.upperBound }
            }
            return before?.path ?? section ?? place.path
        }
        // a place heading the figure's item of a list is its own: 宁明县83%、龙州县82.06%;
        // 贵州省(24个)、吉林省(8个) — even a place outside the report's
        // (a place outside the report only in a list: 江干区工会疗休养团40批…赴恩施 is the report's)
        let item = Outline.clause(s, around: i, in: sentence, listsSplit: true)
        let inList = item != clause
        if let m = places.all.last(where: { $0.mention.range.upperBound <= i && item.contains($0.mention.range.lowerBound) }),
           !isHelper(m.mention) || locativeHead(before: i, sentence: sentence, places: places) == nil,
           !s[m.mention.range.upperBound..<i].contains(where: NumberReader.isDigit),
           // (or right before it: 结对帮扶贵州省纳雍县3个贫困村 counts 纳雍县's villages)
           let path = m.path ?? ((inList || m.mention.range.upperBound == i) && PlaceLexicon.fullNameEnds.contains(s[m.mention.range.upperBound - 1]) ? namedPath(m.mention) : nil) {
            return places.fullest(path)
        }
        // 康平7418人、新民1854人: an item named by the stem of a county of the report's prefecture
        // whose short name the gazetteer keeps back as an everyday word (新民) is that county
        if inList, let p = stemCounty(item.lowerBound..<i, places: places) { return p }
        // 索县6户、34人: an item that is the figure alone goes with the item before it, and its place
        if inList, item.lowerBound == i, item.lowerBound - 1 > sentence.lowerBound, s[item.lowerBound - 1] == NumberReader.listComma {
            let before = Outline.clause(s, around: item.lowerBound - 2, in: sentence, listsSplit: true)
            if let m = places.all.last(where: { before.contains($0.mention.range.lowerBound) && $0.mention.range.upperBound <= before.upperBound }),
               s[m.mention.range.upperBound..<before.upperBound].first.map(NumberReader.isDigit) == true,
               let path = m.path ?? (PlaceLexicon.fullNameEnds.contains(s[m.mention.range.upperBound - 1]) ? namedPath(m.mention) : nil) {
                return places.fullest(path)
            }
        }
        // 在四川凉山,佛山援建的安全住房…4.1万名; 在云南昭通,31个…: a segment opened by 在 and a
        // place speaks of that place, even one outside the report's (an aid report's recipients);
        // a helper named in the clause does not move it
        // 300万元用于淇滩镇三壶瓶村玫瑰产业: money for a place named after it (用于, 支援) is that
        // place's, the last of a chain of names (淇滩镇三壶瓶村)
        if let r = places.all.firstIndex(where: { $0.mention.range.lowerBound >= i && clause.contains($0.mention.range.lowerBound) }),
           receivesAid(places.all[r].mention, sentence: sentence) {
            var k = r
            while k + 1 < places.all.count, places.all[k + 1].mention.range.lowerBound == places.all[k].mention.range.upperBound { k += 1 }
            // (outside the report's place only by a full name: 用于安居扶贫工程 names no 安居区)
            let m = places.all[k].mention
            if let path = places.all[k].path ?? (PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) ? namedPath(m) : nil) {
                return places.fullest(path)
            }
        }
        // 龙泉镇发展种植业,全县带动860户: the clause speaks of the report's own place
        if !places.all.contains(where: { $0.path != nil && $0.mention.range.upperBound <= i && clause.contains($0.mention.range.lowerBound) }),
           let p = own(clause.lowerBound..<i) { return p }
        let head = locativeHead(before: i, sentence: sentence, places: places)
        if let h = head, !places.all.contains(where: { $0.path != nil && $0.mention.range.lowerBound >= h.end
                                                     && $0.mention.range.upperBound <= i && clause.contains($0.mention.range.lowerBound) && !isHelper($0.mention) }) {
            return places.fullest(h.path)
        }
        // the places named before it in its clause: one (or one chain, 花垣县双龙镇) decides
        var first: [String]?, uniform = true
        // (an item of a list names none of the list's figures alone: 统筹团结村等8个村的250户 is 贵德县's)
        for p in places.all where p.mention.range.upperBound <= i && clause.contains(p.mention.range.lowerBound)
                                  && !PlaceLexicon.listSeparators.contains(s[p.mention.range.upperBound]) {
            // (用于陕西深度贫困县…: a place receiving aid, even outside the report's, the last named
            // before the figure: 对口帮扶贵州省(24个)、吉林省(8个)等4个省 counts the list)
            guard let path = p.path ?? (receivesAid(p.mention, sentence: sentence)
                                        && !places.all.contains(where: { $0.mention.range.lowerBound >= p.mention.range.upperBound && $0.mention.range.upperBound <= i })
                                        ? namedPath(p.mention) : nil)
                             ?? subjectProvince(p.mention, clause: clause, places: places) else { continue }
            if let f = first {
                if path.count > f.count, path.starts(with: f) { first = path }
                else { uniform = uniform && f.starts(with: path) }
            } else { first = path }
        }
        if let f = first, uniform { return places.fullest(f) }
        // 河南2013年贫困发生率是8.79%,如今…下降至0.41%: a province heading the sentence as its subject
        // speaks for its later clauses that name no place
        if first == nil, let m = places.all.first, m.mention.range.lowerBound == sentence.lowerBound, m.mention.range.upperBound <= clause.lowerBound,
           !places.all.contains(where: { $0.mention.range.lowerBound > m.mention.range.lowerBound && $0.mention.range.upperBound <= i }),
           let p = subjectProvince(m.mention, clause: Outline.clause(s, around: sentence.lowerBound, in: sentence), places: places) {
            return p
        }
        // 其中,闽宁镇是一个纯移民地区,现辖6个村民委员会,…4.4万人: a place of the report's opening an
        // earlier clause of the sentence as its subject (a predicate, not a list, after it) speaks
        // for the later clauses that name no place; the latest such clause decides
        if first == nil, let m = places.all.last(where: { p in
            p.path != nil && p.mention.range.upperBound < clause.lowerBound && opensClause(p.mention.range.lowerBound, sentence: sentence)
                && !Outline.isClauseBreak(s[p.mention.range.upperBound]) && !PlaceLexicon.listSeparators.contains(s[p.mention.range.upperBound])
                && !places.all.contains { $0.mention.range.lowerBound == p.mention.range.upperBound } && !isHelper(p.mention)
        }), !places.all.contains(where: { $0.mention.range.lowerBound > m.mention.range.upperBound && $0.mention.range.upperBound <= i }) {
            return places.fullest(m.path!)
        }
        // 全乡有贫困户1024户…,是渭源县…: a word for the place spoken of (全乡, 该村) before the
        // figure keeps it against a place named only after the figure
        if first == nil, let carried = section, !places.all.contains(where: { $0.mention.range.upperBound <= i }),
           PlaceLexicon.anaphora.firstMatch(in: s, sentence.lowerBound..<i) != nil { return carried }
        // 2019年,广西减少农村贫困人口68万人,贫困发生率下降到1.24%,百色市田东县等20个贫困县摘帽:
        // the report's own place named before the figure in its sentence, and no deeper place
        // before it, is its place, not a deeper one named after it
        if first == nil, let m = places.all.last(where: { $0.mention.range.upperBound <= i
                                                        && !PlaceLexicon.listSeparators.contains(s[$0.mention.range.upperBound]) && place.isOwnPlace($0.mention) }),
           !places.all.contains(where: { $0.path != nil && $0.mention.range.upperBound <= i }) {
            return place.path(namedBy: m.mention, finder.gazetteer)
        }
        // (not a place named only in a later clause: 全镇建档立卡贫困户755户,其中…;…,平顶村摘帽)
        if first == nil, let deepest = places.all.allSatisfy({ $0.mention.range.lowerBound < clause.upperBound }) ? places.deepest
            : Self.deepest(places.all.filter { $0.mention.range.lowerBound < clause.upperBound }.compactMap(\.path)) { return deepest }
        // 者密镇的…,每年有50余名乡亲跟随他到广州从事环卫: a place people go to (到, 赴, 前往) is
        // their destination, not the figure's place, where the places named disagree
        // (nor a place heading a firm's name: 现为广州市安美物业服务有限公司环卫工人主管)
        if first == nil, places.all.count > 1, let d = Self.deepest(places.all.compactMap { p in
            p.mention.range.lowerBound > sentence.lowerBound && PlaceLexicon.destinationMarks.contains(s[p.mention.range.lowerBound - 1])
                || firmHead(after: p.mention.range.upperBound, in: sentence) != nil ? nil : p.path
        }) { return d }
        // a sentence naming the report's own place (全县…, 会宁县扶贫办…) leaves the section
        // (not where it heads a firm's name: …同时成立了安龙县感恩合作社, in a village's report)
        if let m = places.all.first(where: { place.isOwnPlace($0.mention) && firmHead(after: $0.mention.range.upperBound, in: sentence) == nil }) {
            return place.path(namedBy: m.mention, finder.gazetteer)
        }
        return section ?? own(sentence) ?? place.path
    }

    /// Whether `k` opens a clause of the sentence: its start, right after a clause mark (not a
    /// list's `、`: 宁明县83%、龙州县82.06%), or after `其中` (`其中,闽宁镇是…`).
    private func opensClause(_ k: Int, sentence: Range<Int>) -> Bool {
        if k == sentence.lowerBound || Outline.isClauseBreak(s[k - 1]) && s[k - 1] != NumberReader.listComma { return true }
        return k - 2 >= sentence.lowerBound && s[k - 2] == Self.qizhong[0] && s[k - 1] == Self.qizhong[1]
    }

    /// The county of the report's prefecture named by `r`'s two or three characters and a
    /// county's suffix (`新民` → 新民市), when exactly one is.
    /// Asked only where the sentence names a county of that prefecture (the list's other items):
    /// most list items are no places, and the lookups build strings.
    private func stemCounty(_ r: Range<Int>, places: SentencePlaces) -> [String]? {
        guard (2...3).contains(r.count), place.path.count >= 2, s[r].allSatisfy(NormalizedText.isHan) else { return nil }
        let prefecture = Array(place.path.prefix(2))
        guard places.all.contains(where: { $0.path.map { $0.count == 3 && $0.starts(with: prefecture) } ?? false }) else { return nil }
        let g = finder.gazetteer
        guard let pref = g.lookup(prefecture[1]).first(where: { g.path(of: $0) == prefecture }) else { return nil }
        let stem = NormalizedText.string(s[r])
        let found = PlaceLexicon.countySuffixes.flatMap { g.lookup(stem + $0) }.filter { g.isWithin($0, pref) && $0 != pref }
        return found.count == 1 ? g.path(of: found[0]) : nil
    }

    /// The place a word for a level (`全县`) speaks of when the report's own place has no such
    /// level and a place named before does: that place's name at the level (a province's report,
    /// `保定市阜平县…。全县…` is 阜平县); nil otherwise.
    private func ownPlace(level: Int, carried: [String]) -> [String]? {
        let endings = PlaceLexicon.ownPlaceLevels[level].unicodeScalars
        func ends(_ name: String) -> Bool { name.unicodeScalars.last.map(endings.contains) ?? false }
        guard !endings.isEmpty, !place.path.contains(where: ends), let k = carried.lastIndex(where: ends), k >= place.path.count else { return nil }
        return Array(carried[...k])
    }

    /// The place a figure's segment (its sentence, or the `;`-part of it) opens with, and where
    /// the run of names ends: `在` and names, then a clause mark (`在云南昭通,`), a place even
    /// outside the report's; or names of the report's places as the segment's subject, after a
    /// `其中,` or not (`其中,龙泉镇新建…,带动贫困户860户;锁南镇发展…`).
    private func locativeHead(before i: Int, sentence: Range<Int>, places: SentencePlaces) -> (path: [String], end: Int)? {
        var start = Outline.segment(s, around: i, in: sentence).lowerBound
        if start + 2 < i, s[start] == Self.qizhong[0], s[start + 1] == Self.qizhong[1] {
            start += 2
            if Outline.isClauseBreak(s[start]) { start += 1 }
        }
        let locative = s[start] == PlaceLexicon.zai
        if locative { start += 1 }
        // the run of names from `start` without a gap, the longest at each step (龙泉镇 over 龙泉)
        // (most segments open with no name: the mentions are sorted only when one does)
        guard places.all.contains(where: { $0.mention.range.lowerBound == start }) else { return nil }
        var end = start, last: (mention: PlaceMention, path: [String]?)?
        for p in places.all.sorted(by: { $0.mention.range.lowerBound < $1.mention.range.lowerBound }) where p.mention.range.lowerBound >= start {
            if p.mention.range.lowerBound > end { break }
            if p.mention.range.upperBound > end { last = p; end = p.mention.range.upperBound }
        }
        guard let m = last, end < i else { return nil }
        if locative {
            guard Outline.isClauseBreak(s[end]), let path = m.path ?? namedPath(m.mention) else { return nil }
            return (path, end)
        }
        guard !isHelper(m.mention) else { return nil }
        if let path = m.path { return (path, end) }
        // 四川省凉山彝族自治州是…,曾有贫困村2072个: a segment whose subject is one of the report's
        // own larger places, named in full, speaks of that place
        // (not an organ of it: 安徽省委办公厅帮扶…)
        guard PlaceLexicon.fullNameEnds.contains(s[end - 1]), let a = ancestor(m.mention),
              PlaceLexicon.organisations.longest(in: s, at: end, limit: i) == nil else { return nil }
        return (finder.gazetteer.path(of: a), end)
    }

    /// The gazetteer place a mention names when it contains the report's place (`凉山州` in a report
    /// on 昭觉县).
    private func ancestor(_ m: PlaceMention) -> Int? {
        guard case .gazetteer(let candidates) = m.target, let e = place.entry else { return nil }
        let g = finder.gazetteer
        return candidates.first { $0 != e && g.isWithin(e, $0) }
    }

    /// The first two characters of a firm's name right after a place (`新民镇|长丰正果业合作社`): Han
    /// characters up to the end of a firm's name (``PlaceLexicon/firmEnds``), at least two before it.
    private func firmHead(after mentionEnd: Int, in sentence: Range<Int>) -> (UInt32, UInt32)? {
        let start = mentionEnd < sentence.upperBound && s[mentionEnd] == 0x201C ? mentionEnd + 1 : mentionEnd   // “美地花田农场”
        let limit = min(sentence.upperBound, start + PlaceLexicon.firmNameReach)
        var k = start + 2
        guard k < limit, NormalizedText.isHan(s[start]), NormalizedText.isHan(s[start + 1]) else { return nil }
        while k < limit, NormalizedText.isHan(s[k]) {
            if PlaceLexicon.firmEnds.longest(in: s, at: k, limit: limit) != nil { return (s[start], s[start + 1]) }
            k += 1
        }
        return nil
    }

    /// Whether a helper verb follows a place named in the text (`佛山援建的`).
    /// Whether every place a sentence names is a helper, or inside a helper's name (凤凰 of 凤凰街道).
    private func onlyHelpers(_ places: SentencePlaces) -> Bool {
        guard !places.all.isEmpty else { return false }
        let helpers = places.all.filter { isHelper($0.mention) }
        guard !helpers.isEmpty else { return false }
        return places.all.allSatisfy { p in helpers.contains { $0.mention.range.lowerBound <= p.mention.range.lowerBound && p.mention.range.upperBound <= $0.mention.range.upperBound } }
    }

    /// (凤凰街道自2016年对口该村开展帮扶: a time said between the place and the verb)
    private func isHelper(_ m: PlaceMention) -> Bool {
        if PlaceLexicon.helperVerbs.longest(in: s, at: m.range.upperBound, limit: s.count) != nil { return true }
        var k = m.range.upperBound
        guard k + 6 < s.count, TimeLexicon.fromMarkers.contains(s[k]) else { return false }
        k += 1
        if s[k] == 0x20 { k += 1 }
        let digits = k
        while k < s.count, NumberReader.isDigit(s[k]) { k += 1 }
        guard k - digits == 4 else { return false }
        if k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count, s[k] == YearResolver.nian else { return false }
        k += 1
        if let sp = TimeLexicon.spanMarkers.longest(in: s, at: k, limit: s.count) { k += sp.length }
        return PlaceLexicon.helperVerbs.longest(in: s, at: k, limit: s.count) != nil
    }

    /// Whether a word of receiving aid stands right before a place (`用于陕西…`, ``PlaceLexicon/recipientMarks``).
    private func receivesAid(_ m: PlaceMention, sentence: Range<Int>) -> Bool {
        PlaceLexicon.recipientMarks.longestEnding(in: s, at: m.range.lowerBound, from: sentence.lowerBound, maxLength: 4) != nil
    }

    /// Whether a year (`2013年`) stands at `k`.
    static func yearFollows(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        k + 4 < limit && (k..<(k + 4)).allSatisfy { NumberReader.isDigit(s[$0]) } && s[k + 4] == YearResolver.nian
    }

    /// 陕西…。据了解,黑龙江原有20个国家级贫困县: a province outside the report's, opening the
    /// figure's clause as its subject (``PlaceLexicon/subjectPredicates`` or a year right after it; not a
    /// helper, nor a firm's name, 黑龙江北冠公司出资…, nor a chain of names, 四川省凉山州…), is the
    /// figure's place.
    private func subjectProvince(_ m: PlaceMention, clause: Range<Int>, places: SentencePlaces) -> [String]? {
        // (or a year: 河南2013年贫困发生率是8.79%)
        guard m.range.lowerBound == clause.lowerBound, !isHelper(m),
              PlaceLexicon.subjectPredicates.longest(in: s, at: m.range.upperBound, limit: clause.upperBound) != nil
                || Self.yearFollows(s, at: m.range.upperBound, limit: clause.upperBound),
              let path = namedPath(m), path.count == 1, !place.path.starts(with: path) else { return nil }
        return path
    }

    /// The path of a gazetteer place named in the text wherever it lies: one candidate, or one
    /// inside the report's province.
    private func namedPath(_ m: PlaceMention) -> [String]? {
        guard case .gazetteer(let candidates) = m.target else { return nil }
        let g = finder.gazetteer
        if candidates.count == 1 { return g.path(of: candidates[0]) }
        // (河南 in a national report, or one on 山西: the province, not 河南县 of 青海, where no
        // candidate lies in the report's province)
        let provinces = candidates.filter { g.places[$0].level == .province }
        let province = provinces.count == 1 ? g.path(of: provinces[0]) : nil
        guard let e = place.entry, let own = g.lineage(of: e).last else { return province }
        let inside = candidates.filter { g.isWithin($0, own) }
        return inside.count == 1 ? g.path(of: inside[0]) : inside.isEmpty ? province : nil
    }

    /// Whether two place names are one. Equal bytes are; names of Han ideographs alone whose bytes
    /// differ are not (an ideograph has no other canonical form); others are compared as strings.
    /// (`==` compares non-ASCII strings under Unicode's rules, some 450 instructions a pair of
    /// names; measured with the sentence's places read without a `defer`: 383.7 → 380.2 M
    /// instructions a pass over 400 reports.)
    static func sameName(_ a: String, _ b: String) -> Bool {
        // nil: decided by `==`
        let bytes: Bool?? = a.utf8.withContiguousStorageIfAvailable { p -> Bool? in
            let inner: Bool?? = b.utf8.withContiguousStorageIfAvailable { q -> Bool? in
                if p.elementsEqual(q) { return true }
                return isHanOnly(p) && isHanOnly(q) ? false : nil
            }
            return inner ?? nil
        }
        if let answer = bytes ?? nil { return answer }
        return a == b
    }

    /// Whether UTF-8 bytes are Han ideographs alone (``NormalizedText/isHan(_:)``).
    static func isHanOnly(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            guard p[i] & 0xF0 == 0xE0, i + 2 < p.count else { return false }
            let u = UInt32(p[i] & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            guard NormalizedText.isHan(u) else { return false }
            i += 3
        }
        return true
    }

    /// The path for a place named in the text, when it lies within the report's place.
    private func attachable(_ m: PlaceMention) -> [String]? {
        let g = finder.gazetteer
        switch m.target {
        case .gazetteer(let candidates):
            guard let e = place.entry else { return nil }
            // (楚雄 in a report on 楚雄州: a short name the report's own place bears is that place,
            // not its seat of the same name, 楚雄市, which is named so in full)
            if candidates.contains(e), !PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) { return nil }
            let inside = candidates.filter { g.isWithin($0, e) && $0 != e }
            guard inside.count == 1 else { return nil }
            return g.path(of: inside[0])
        case .sub(var name, let level, let container):
            // (家营村 after 走访, where the report names 徐家营村: the name it was read short of)
            if level == .village, !place.longVillages.isEmpty, name.unicodeScalars.count == 3,
               let long = place.longVillages.first(where: { $0.hasSuffix(name) }) { name = long }
            // 浐灞生态区 in a report on 西安市: a zone named in the text lies under the place it was
            // named with, else under the report's own
            if level == .zone {
                guard let e = place.entry, place.zone == nil else { return nil }
                if let c = container.first(where: { g.isWithin($0, e) }) { return g.path(of: c) + [name] }
                return container.isEmpty ? place.path + [name] : nil
            }
            var base = place.path
            // 桥上乡 named alone holds to the county it followed elsewhere in the report (壶关县桥上乡),
            // or to the one county of the report's place holding a town of its name (保山市…姚关镇)
            let container = container.isEmpty ? place.counties[name] ?? [] : container
            if let e = place.entry, let c = container.first(where: { g.isWithin($0, e) }), c != e,
               !container.contains(where: { $0 != c && g.isWithin($0, e) }) {
                base = g.path(of: c)
            } else if let e = place.entry, container.count == 1, let c = container.first, !g.isWithin(c, e), !g.isWithin(e, c) {
                // 河北省魏县沙口集乡 in a report on 岚县: a town named with a county of elsewhere is that county's
                base = g.path(of: c)
            }
            if base.contains(where: { Self.sameName($0, name) }) { return base }
            // the path extended in place: `base + [name]` built an array for the name too
            base.reserveCapacity(base.count + 2)
            if level == .village, let town = place.containers[name], !base.contains(where: { Self.sameName($0, town) }) { base.append(town) }
            base.append(name)
            return base
        case .bareZone:
            return nil
        }
    }
}
