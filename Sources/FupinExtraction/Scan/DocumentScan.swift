import FupinCore

/// One pass over a report's sentences: candidates → facts with kind, year, place, subject.
/// (A class, not a struct: the scan's methods and the closures they pass captured a struct's
/// dozen references by copy, 10,000 copies and as many destructions a pass over 400 reports,
/// measured 24.8 M instructions of 826 M.)
final class DocumentScan {
    let norm: NormalizedText
    let outline: Outline
    let place: DocumentPlace
    let finder: PlaceFinder
    var years: YearResolver
    /// The year the report is about (stated at its head, else its publication's): figures whose
    /// sentence and paragraph state none are about it.
    var documentYear: Int?
    let doc: String
    let titleLine: Int?
    /// The line of a subtitle under the title (``DocumentMetadata/subtitleLine``): the context, before the title, of figures
    /// no heading governs.
    var subtitleLine: Int?
    /// Facts carry their sentence and clause as text (else only as spans).
    let texts: Bool
    /// Subjects made before, by this extractor on any thread.
    let strings: StringPool
    /// Rule names with additions composed before.
    let rules: RuleNames

    init(norm: NormalizedText, outline: Outline, place: DocumentPlace, finder: PlaceFinder, years: YearResolver,
         documentYear: Int?, doc: String, titleLine: Int?, texts: Bool, strings: StringPool, rules: RuleNames) {
        self.norm = norm; self.outline = outline; self.place = place; self.finder = finder; self.years = years
        self.documentYear = documentYear; self.doc = doc; self.titleLine = titleLine; self.texts = texts
        self.strings = strings; self.rules = rules
    }

    var s: [UInt32] { norm.scalars }
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
    /// The figure last given its place by the places listed before 分别 (``respectivePlace(at:sentence:places:)``), by its start.
    var respectiveFigure: Int?
    /// The largest sum per unit (a rate in yuan) of the sentence being read since its last other sum, with the sentence's start:
    /// a smaller sum after it in the sentence that adds to it or pays it in instalments is per unit too (``KindCues/perUnitFollowRule``).
    var sentenceStandard: (sentence: Int, value: Double)?
    /// Whether the section heading in force names plans (``KindCues/planHeadings``).
    var planSection = false
    /// Whether the plan in force is a list a colon's heading opened (`今年计划:`): it ends where the list does,
    /// at a blank line, not at the next heading.
    var planListOnly = false
    /// Whether a line of the plan's list (``planListOnly``) was read.
    var planListStarted = false
    /// Whether the sentence being read states a year before the report's (read under a plan's heading only).
    var sentenceLooksBack = false
    /// Where the sentence being read says 分别 or another distributing word, each with its length, read once a sentence
    /// (``respectivePlace(at:sentence:places:)``).
    var respectivelyAt: (sentence: Range<Int>, words: [(at: Int, length: Int)])?
    var lineRange = 0..<0, lineHoldsItem: Bool?
    /// Whether the line being read is a row of a list a colon's heading opened (`各县选聘情况:⏎右江区  856名`),
    /// and where the paragraph before that heading starts (its whole may stand there).
    var listRow = false, listSince = 0
    /// Where the paragraph before the table being read starts: a whole its rows break down may stand there;
    /// and whether the table says it breaks one down.
    var tableSince = 0, tableBreaksDown = false, tableStart = 0
    /// The facts read before the table's header, and per measure the largest whole among them (read once a
    /// table: asked per cell, the walk back over the table's own facts made a 4,000-row table quadratic).
    var tableFirstFact = 0, tableWholes: [Measure: Double] = [:]
    var tableRowsBefore = 0..<0   // the facts of a ledger's table right before this one, no wholes of its rows
    var headerStart = 0           // where the header row over the rows read now starts
    var indicatorWholes: (header: Int, next: Int, largest: [Measure: Double]) = (-1, 0, [:])   // ``indicatorWhole`` read so far
    var tableIsLedger = false     // whether the table's caption names a ledger's details (收入明细)
    /// Whether the table being read has a column of its own for what was planned (`签约目标(人)`): its other
    /// columns state where the plan starts, no plan's figures.
    var tablePlans = false
    /// Whether the table's caption names what was planned (`…减贫任务分解表`): its figures are targets.
    var tableCaptionPlans = false
    /// Whether the table in force lists people by name (`序号 姓名 岗位 全年补贴(元)`): its rows are filed under
    /// the programme its context names, whatever a row says of the person (``TableCells/listsPersons(_:_:)``).
    var tableListsPersons = false
    /// The table's context: its caption (the line of no prose over its header: `表8  2019年部分深度贫困县农村居民
    /// 人均可支配收入`), else the section's heading or the title; whether the caption names a level per person;
    /// and the topic the context's words give a measure (read once a table and measure).
    var tableContext: (lines: [Range<Int>], perCapita: Bool, topics: [Measure: (Topic, String)?]) = ([], false, [:])
    /// The topic cues of the sentence last read: its figures share them.
    var topicMatches: (sentence: Range<Int>, cues: [TopicResolver.TopicMatch])?
    /// The topic cues of the heading last asked for, read once a heading, not once a figure; those inside a place's
    /// name (`桑植县…口述`, `茶陵县牛庄村见闻`) masked as the sentence's are.
    var headingMatches: (heading: Range<Int>, cues: [TopicResolver.TopicMatch])?
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
    /// Whether fact `j` is a level (``figureSpans``). (Static, its arrays passed in: passed as a
    /// closure, it needs no scan.)
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

    func run() -> [Fact] {
        var facts: [Fact] = []
        var seenSentences = FingerprintSet(capacity: outline.sentences.count)
        var section: [String]?          // place set by a section heading
        var paragraphYear: Int?
        var paragraphHeadYear: Int?     // the latest year the paragraph's sentences opened with, for a breakdown view after it
        var paragraphFactsStart = 0     // where the paragraph's facts start
        var paragraphSince: Int?   // the year a span heading the paragraph starts in (2017年起), for 当年
        var paragraphSpan = false       // the paragraph opened with a span of years (2016年至2020年,…)
        // (二、下一步工作打算 ⏎ 6月底前,完成剩余1200户…: in a section of plans a month is ahead, no month of the year a title records)
        var aheadYears = years
        aheadYears.titleYear = nil
        var storyYear: (at: Int, year: Int)?   // the year 第二年, 次年 last put in force, and where (to count the next from)
        var listYear: Int?, nextListYear: Int?   // the year a colon-closed line leads its items in (截至2020年5月底:⏎(一)…)
        var heading: Range<Int>?        // the section heading in force, for topics
        var itemLead: Range<Int>?       // an enumerated item's opening sentence with no figure (一是实施生态补偿。), for topics
        var lastBodyStart = 0           // where the last paragraph of prose starts
        var captionUnits: ([TableCells.HeaderUnit], Range<Int>)?   // a caption's units (单位:万元) for the table after it
        var sectionYear: Int??          // the year a section heading states (nil inside: a span), for figures that state none
        var arrowYears: (from: Int, to: Int)?   // a paragraph's two years an arrow joins (2013年底 → 2019年底), for its items
        var carriedPlace: [String]?     // a place below the report's named earlier, until the report's own is named again
        var namedBelow: [String]?       // the last place below the report's named, in any paragraph before
        var lastVillage: [String]?      // the last village named, for 全村 after a town
        var carriedAcross = false       // whether it opened its paragraph, and so carries into the next
        var firms: [(head: (UInt32, UInt32), path: [String])] = []   // firms named right after their place (长丰正果业合作社 of 新民镇)
        var previous: (range: Range<Int>, paragraphYear: Int?)?   // the last sentence read, for a 其中 after it
        var previousFacts = 0..<0   // the facts of the sentence before, in its line (a 分别 sentence breaks one down)
        var yearItems: DocumentScan.YearItems?   // a 其中 list by years going on (其中2016年脱贫98户;2017年…)
        var placesBefore: Range<Int>?   // the line's last sentence naming two places or more (延长、横山、定边、佛坪…。4县分别…), its list read only where asked
        var placesAgain: Set<Int> = []   // where counts of those places stand, referred to again (4县分别…): no figures
        var bodyStarted = false
        var itemsFollow = false   // whether the heading in force closes with a colon: short lines after it are its items
        var bodyFrom: Int?         // where the text starts past the title and the page's furniture, which name no time a story was at
        var documentPlan = false   // the document declares itself a plan (特制定如下…计划)
        var tenderTitle = false    // its title calls for tenders (…招标公告): a tender's terms are traps in every sentence
        var bodyLines = 0
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
        var tableColumns: [TableCells.Column] = []   // the columns with a unit of the table being read
        var headerCells: [Range<Int>]?   // the cells of the header row over the rows being read
        var headerUnitAt: Int?           // its unit column (``TableCells/unitColumn(_:_:)``), read once a header
        var sectionBeforeTable: [String]??    // the section in force before a table's cell set one (restored after the table)
        // (a report without a | has no table of bars: its lines are not read for one; spaced tables
        // are looked for on lines that are not body only)
        let hasBars = norm.scalars.withUnsafeBufferPointer { $0.contains(TableCells.bar) }
        var sentenceIndex = 0
        let figureStarts = NumberReader.figureStarts   // a static read per scalar would call swift_once each time
        let thatTime = TimeLexicon.thatTime            // (and one per sentence)
        let s = norm.scalars                   // one reference for the loops below, not one per read
        let stamps = Self.postStamps(s, outline, years)
        let (pageYear, pageMonth, pageDocumentYear) = (years.publicationYear, years.publicationMonth, documentYear)
        var feedYear: Int?   // the year a feed's line of its own gives its posts dated by month and day (2018年 ⏎ 3月12日 10:21)
        var stampsSeen = 0
        for (lineIndex, line) in outline.lines.enumerated() {
            lineRange = line.range
            // (a post's date: the year its 今年 names, and its undated figures'; the page's own year keeps the report's)
            if !stamps.isEmpty, let st = stamps[lineIndex] {
                switch st {
                case .year(let y): feedYear = y
                case .dated(let y, let m): years.restamp(year: y, month: m)
                case .monthDay(let m):
                    // (12月28日 on a page of 2020-01: the year before the page's, as a month said alone is)
                    if let y = feedYear ?? pageYear.map({ p in pageMonth.map { m > $0 } == true ? p - 1 : p }) { years.restamp(year: y, month: m) }
                }
                // (the first post dated the page's own year keeps the year the report tells of)
                if case .year = st {} else {
                    stampsSeen += 1
                    if let y = years.publicationYear { documentYear = stampsSeen == 1 && y == pageYear ? pageDocumentYear : y }
                }
            }
            lineHoldsItem = nil
            itemLead = nil
            // (1 |⏎屈王度村 |⏎43户 |: a place in a table's cell is its row's; the first line past the
            // table, no cell, gives back the section in force before it)
            // (乡镇    资助人数(人)    资助金额(万元): a line of no report's prose whose cells runs of spaces
            // split is a table's row too; only lines that are not body are looked at)
            // (|---|---|, ├──┼──┤: a separator row draws the table, no cells of it; the caption read before it holds)
            let separatorRow = hasBars && TableCells.isSeparatorRow(s, line.range)
            let barred = hasBars && !separatorRow && s[line.range].contains(TableCells.bar)
            // (镇雄县 1126 52380 28.4: single spaces too, for a name and numbers only, under a caption's units or in a table)
            // (1  龙泉关镇  8  7350  486.2  新打机井5眼,铺设管道18.4公里: a row whose last cell is prose is the
            // table's still, where its cells are as many as the header's; its prose is read too)
            // (序号 户主姓名 家庭人口 入股金额(万元) ⏎ 1 彭某某 4 2 1900: a table single spaces part, its header naming units)
            let rowCells: [Range<Int>]? = barred ? TableCells.cells(s, line.range)
                : line.role == .body ? tableColumns.first.map { c in Self.proseRow(s, line.range, cellCount: c.cellCount)
                                                                 ?? TableCells.singleSpacedRow(s, line.range, cellCount: c.cellCount) }
                                       ?? TableCells.singleSpacedHeader(s, line.range)
                : line.role == .blank ? nil
                : TableCells.isSpaced(s, line.range) ? TableCells.cells(s, line.range, spaced: true)
                : captionUnits != nil || !tableColumns.isEmpty ? TableCells.numericRow(s, line.range)
                    ?? tableColumns.first.flatMap { TableCells.singleSpacedRow(s, line.range, cellCount: $0.cellCount) }
                : TableCells.singleSpacedHeader(s, line.range)
            let inTable = barred || rowCells != nil && !tableColumns.isEmpty
            // (a blank line ends a plan's list a colon opened, once an item was read and no enumerated item
            // follows: 明年计划:⏎⏎1.全年脱贫2000人。⏎⏎2.…, double-spaced as web pages are, is one list)
            if line.role == .blank, planListOnly, planListStarted, !Self.itemFollows(s, outline, after: lineIndex) {
                planSection = false; planListOnly = false
            }
            if line.role != .blank, planListOnly { planListStarted = true }
            // (年份|脱贫人口|贫困发生率 ⏎ 2016|2.0万人|19.1%: a row's cells that carry their units are read as its
            // prose; the header row over them names each cell's noun, and a first cell's year dates the row)
            // (项目  单位  2015年  2014年: digits only in years heading the columns)
            if let cells = rowCells, cells.count >= 2, !line.range.isEmpty, TableCells.headsColumns(s, cells) {
                headerCells = cells; headerUnitAt = TableCells.unitColumn(s, cells); headerStart = line.range.lowerBound
            }
            // (一、总体情况 ⏎ 其中:1.资金　万元　462.35: a line grouping the rows of a table with a unit column keeps its header)
            else if rowCells == nil, line.role != .blank, headerUnitAt == nil || !TableCells.groupsRows(s, line.range) { headerCells = nil; headerUnitAt = nil }
            let rowYear = rowCells.flatMap { TableCells.rowYear(s, $0) }
            if let before = sectionBeforeTable, !inTable, line.role != .blank { section = before; sectionBeforeTable = nil }
            // (右江区  856名 under 各县(市、区)生态护林员选聘情况:: a row of the list states its own figure; its
            // place is its own, no section's, and the heading above it stays in force)
            // (a row of spaced cells, its name first: 全年脱贫1200人 under 2019年主要成效: is an item of prose)
            listRow = line.role == .heading && bodyStarted && itemsFollow && !line.range.isEmpty && s[line.range.upperBound - 1] != ListItems.colon
                && !Self.opensSection(s, line.range) && s[line.range].contains(where: NumberReader.isDigit)
                && TableCells.isSpaced(s, line.range) && !NumberReader.isDigit(s[line.range.lowerBound])
            // (大事记 ⏎ 2016年 ⏎ 1月8日　…: a line of a year alone heads the entries after it, before any body too)
            if line.role == .heading, !bodyStarted, let y = Self.yearAlone(s, line.range, years) { sectionYear = .some(y) }
            if line.role == .heading {
                let set = sectionPlace(place.mentions(onLine: lineIndex), line.range, current: section); carriedPlace = nil
                if inTable, set != section, sectionBeforeTable == nil { sectionBeforeTable = .some(section) }
                if !listRow { section = set }
                // (…印发《某县2019年脱贫攻坚实施方案》的通知 as a heading ⏎ 一、主要任务 ⏎ …: a plan's notice plans its sections
                // from its first heading, body or none before it)
                if !bodyStarted, documentPlan, lineIndex != titleLine { planSection = !KindCues.reviews(s, line.range) }
                if bodyStarted {
                    // (20-10　黄*云　48　护路员　2020.1—2020.12　5400: a table's row closing with its amount heads nothing; nor one
                    // whose amounts a date closes, 6|竹核乡|…幼教点建设|…|160|160|—|2018年9月)
                    // (一、财务收支情况（单位：元）: its units' note names no area, 单位 no work unit helping)
                    // (the row's cells as read above, not split again)
                    if !listRow, !(rowCells.map { $0.count >= 3 && $0.dropFirst().contains { TableCells.isBareNumber(s, $0) } } ?? false) {
                        heading = TableCells.withoutUnitsNote(s, line.range)
                    }
                    // (二)目标任务, 三、下步打算: a section of plans holds targets (not 目标任务完成情况)
                    // (in a plan's own document every section plans, 二、资金安排, but its review's)
                    // (2021年目标:⏎生产总值增长6.5%左右⏎城镇新增就业40万人: a short line after a heading a colon
                    // closes, or one with a figure and no year, is an item of the section, no heading of a new
                    // one, unless an enumeration's mark opens it: 一、主要工作成效 heads one)
                    let yearsStated = years.expressions(in: s, line.range)
                    let closedByColon = !line.range.isEmpty && s[line.range.upperBound - 1] == ListItems.colon
                    // (1.新增转移就业4000人 under 2021年目标: is an item too; 一、 and (一) head sections)
                    // (◆ 贫困发生率由2018年底的 8.95% 降至 1.36%: nor one stating figures with a year inside, no year heading it,
                    // whose year is its own figures' alone)
                    let yearInside = yearsStated.first.map { !Self.headsLine(s, $0.range, line.range) } == true && Outline.holdsFigure(s, line.range)
                    let sectionItem = !closedByColon && !Self.opensSection(s, line.range)
                        && (itemsFollow || yearsStated.isEmpty && s[line.range].contains(where: NumberReader.isDigit) || yearInside)
                    // (二、2019年主要目标任务 ⏎ …重点抓好以下工作: ⏎ 1.…: a line a colon closes that opens no
                    // section of its own leads a list of the plan in force, and keeps it)
                    let leadsPlanList = planSection && !planListOnly && closedByColon && !Self.opensSection(s, line.range)
                        && !KindCues.reviews(s, line.range) && KindCues.goalsMet.firstMatch(in: s, line.range) == nil
                        // (存在的主要问题:: the shortfalls, no list of the plan)
                        && KindCues.problemHeadings.firstMatch(in: s, line.range) == nil
                    if !sectionItem, !leadsPlanList {
                        // (2017年主要工作 in a work report of January 2017: the year's work ahead)
                        let planned = documentPlan || KindCues.headsPlans(s, line.range)
                            || years.isEarlyInYear(yearsStated) && KindCues.workWords.firstMatch(in: s, line.range) != nil
                        planSection = planned && !KindCues.reviews(s, line.range)
                        // (二、下一步工作计划: opens a section of plans, to its next heading, no list)
                        planListOnly = planSection && closedByColon && !documentPlan && !Self.opensSection(s, line.range)
                        planListStarted = false
                        itemsFollow = closedByColon
                        if closedByColon { listSince = KindCues.headsBreakdown(s, line.range) || KindCues.headsSome(s, line.range) ? lastBodyStart : -1 }
                    }
                    // 三、2020年工作打算: a section heading's year is its figures' (a heading without one keeps it)
                    // (one stating a span, 四、“十三五”以来成效, leaves it unknown)
                    // (上年结转（2020年12月31日）：1,206,348.27: a date in an aside glosses the line's own figure, no section's year)
                    // (上年结转（2020年12月31日）：1,206,348.27: nor does a ledger's line, its label's year its amount's alone; 贫困底数(2014年)
                    // heads its section's)
                    switch yearInside || TableCells.labelledAmount(s, line.range) != nil ? nil : yearsStated.first?.meaning {
                    // (📊数字看变化(2013年底 → 2019年底): a heading's two years an arrow joins, the second the year of figures after an
                    // arrow under it, to the next heading stating a year)
                    case .year(let y)?: sectionYear = .some(y); arrowYears = Self.arrowYears(s, yearsStated)
                    case .span?: sectionYear = .some(nil); arrowYears = nil
                    // (二、工作措施, 2. 工作措施, 【工作措施】: a section's heading stating no year ends the arrow's years, and their
                    // earlier year as the section's; not the box's own rows, 1.贫困人口:8.6万人 → 0.3万人, 【贫困人口】9.6万人 → …)
                    case .dayOfYear?, .inForce?, nil:
                        if arrowYears != nil, Self.opensSection(s, line.range)
                            || (Outline.numberedItem(s, line.range) || s[Outline.trim(s, line.range)].first == Outline.tagOpen)
                                && !Self.boxRow(s, Self.pastItemNumber(s, line.range)) {
                            arrowYears = nil; sectionYear = nil
                        }
                    }
                }
            }
            // a table whose units stand in its header (县区名称 | 市级资金(万元) | 备注 |): the bare numbers
            // of those columns, on rows of any role (``TableCells``)
            // (各县饮水工程建设情况如下(单位:件、万元、万人): a caption's units, for the columns of the table after it)
            // (looked for only on a line a line of no prose follows: a scan of every line for 单位 cost 6.6 M
            // instructions a pass over 400 reports)
            // (表1　部分州（市）扶贫资金问题情况（单位：万元）: a caption's number is no figure of a row)
            if line.role != .blank, !separatorRow, rowCells == nil || tableColumns.isEmpty && !TableCells.holdsDigitsBeyondNumber(s, line.range) {
                if Self.rowMayFollow(outline, after: lineIndex), let units = TableCells.captionUnits(s, line.range) { captionUnits = (units, line.range) }
                else if rowCells == nil { captionUnits = nil }
                // (资金明细 ⏎ 序号　户主　奖补金额　家庭人口: a header under a ledger's caption whose last column names no money,
                // nor a sum, leaves the caption's yuan to no cell)
                else if let cells = rowCells, captionUnits?.0 == [TableCells.ledgerUnit], let last = cells.last,
                        TableCells.moneyLabels.firstMatch(in: s, last) == nil, TableCells.sumRows.firstMatch(in: s, last) == nil { captionUnits = nil }
            }
            if !line.range.isEmpty, line.role != .blank {
                // (指标名称  计划数  完成数 ⏎ 社会帮扶资金(万元)  500  836.5: a row naming its unit in its first cell
                // gives its bare numbers that unit, each column's header saying what they are; no header itself)
                // (指标名称  单位  绝对数 ⏎ 扶贫贷款发放  亿元  3.05: a unit column's cell naming a unit gives the row's
                // numbers theirs, whatever columns the header named; 单位 heading the bodies a row names gives none)
                var unitRow: [TableCells.Column] = []
                if let cells = rowCells, let h = headerCells, h.count == cells.count, let u = headerUnitAt {
                    unitRow = TableCells.unitCellColumns(s, cells, header: h, unitAt: u)
                }
                // (项目  年度目标  完成数  完成率(%) ⏎ 易地扶贫搬迁(万人)  9.7  8.1  83.5: the row's unit for the columns the header
                // names none for, the header's own for the rest)
                let indicators = !unitRow.isEmpty ? unitRow : rowCells.map { cells in
                    let byLabel = TableCells.rowLabelColumns(s, cells, header: headerCells)
                    guard !tableColumns.isEmpty, !byLabel.isEmpty, tableColumns.allSatisfy({ $0.cellCount == cells.count }) else {
                        return tableColumns.isEmpty ? byLabel : []
                    }
                    return (byLabel.filter { c in !tableColumns.contains { $0.index == c.index } } + tableColumns.map { $0.forRow(s, label: cells.first) })
                        .sorted { $0.index < $1.index }
                } ?? []
                if let cells = rowCells, !indicators.isEmpty {
                    for column in indicators {
                        guard let n = TableCells.number(s, cells, index: column.index) else { continue }
                        tableFact(n, sum: false, cells: cells, column: column, line: line.range, lineIndex: lineIndex, heading: heading,
                                  section: section, year: TableCells.headerYear(s, column.header) ?? sectionYear ?? documentYear, indicator: true, into: &facts)
                    }
                // (表1　…情况（单位：万元）: the caption just read, spaced after its number, heads no columns)
                } else if let cells = rowCells, captionUnits?.1 != line.range {
                    var h = TableCells.header(s, cells, line: line.range)
                    // (市州  2018年  2017年  增长(%) under 单位:元: years heading the columns, the unit the caption's
                    // or the first cell's)
                    if tableColumns.isEmpty || !h.isEmpty {
                        let years = TableCells.yearColumns(s, cells, own: h, units: captionUnits?.0)
                        if !years.isEmpty { h = years }
                    }
                    // (a header naming no unit, or the table's first row at once, under a caption that names them)
                    // (年份  减贫人数  贫困发生率 under 单位:人、%: the caption's units go before a count's word, which
                    // keeps the columns they leave: 受益户数 under 单位:万元)
                    var firstRow = false
                    // ((单位:万人) over 市州  脱贫人数  扶贫资金(亿元): a count's word takes the caption's unit of its measure)
                    if tableColumns.isEmpty, let units = captionUnits?.0 {
                        h = h.map { c in TableCells.byCountWord(c) ? units.first { $0.measure == c.measure }.map { c.scaled($0.multiplier) } ?? c : c }
                    }
                    if h.allSatisfy(TableCells.byCountWord), tableColumns.isEmpty, let (units, caption) = captionUnits {
                        let captioned = TableCells.columns(s, cells, units: units, caption: caption)
                        if !captioned.isEmpty {
                            h = (captioned + h.filter { w in !captioned.contains { $0.index == w.index } }).sorted { $0.index < $1.index }
                            firstRow = s[line.range].contains(where: NumberReader.isDigit)
                        }
                    } else if tableColumns.isEmpty, let (units, caption) = captionUnits, units.count == 1, units[0].measure == .yuan,
                              !s[line.range].contains(where: NumberReader.isDigit) {
                        // (…重点入库项目(单位:万元) over 序号|项目名称|投资概算|受益贫困户(户)|…: a header naming its other columns' units
                        // leaves the caption's money to the columns a word of money heads)
                        let captioned = TableCells.columns(s, cells, units: units, caption: caption).filter { c in
                            !h.contains { $0.index == c.index } && TableCells.moneyLabels.firstMatch(in: s, c.header) != nil }
                        if !captioned.isEmpty { h = (h + captioned).sorted { $0.index < $1.index } }
                    }
                    // (│ 乡镇 │ 项目个数 │ 资金 │ ⏎ │ │ （个） │ 合计 │: a header's second line, before any row, names the units its
                    // first left; each line's columns kept where the other names none)
                    // (│ 建档立卡 │ 发放金额 │ ⏎ │ 贫困户 │ │ under 单位：户、万元: a caption's money the first line gave a column
                    // that neither line names as money, 建档立卡贫困户, was a guess on half its name: dropped)
                    if !h.isEmpty, !tableColumns.isEmpty, facts.count == tableFirstFact, tableColumns.first?.cellCount == cells.count,
                       !s[line.range].contains(where: { NumberReader.isDigit($0) }) {
                        h = (h + tableColumns.filter { old in !h.contains { $0.index == old.index }
                            && (old.measure != .yuan || TableCells.moneyLabels.firstMatch(in: s, old.header) != nil
                                || old.index < cells.count && TableCells.moneyLabels.firstMatch(in: s, cells[old.index]) != nil) }).sorted { $0.index < $1.index }
                    }
                    if !h.isEmpty {
                        // (一、收入明细 ⏎ rows ⏎ 二、支出明细 ⏎ rows: a table after another with no paragraph between has no
                        // whole among the rows before; an expense is no part of an income)
                        // (资金收支总表 ⏎ rows ⏎ 收入明细 ⏎ rows: a summary's rows are the wholes of the details after it)
                        tableRowsBefore = tableStart >= lastBodyStart && tableStart > 0 && tableIsLedger ? tableFirstFact..<facts.count : 0..<0
                        tableColumns = h; tableSince = lastBodyStart; tableStart = line.range.lowerBound; captionUnits = nil
                        tableFirstFact = facts.count; tableWholes = [:]
                        tablePlans = h.contains { TableCells.plansColumn(s, $0.header) }
                        tableListsPersons = TableCells.listsPersons(s, cells)
                        // (a table breaks a whole down where the line over it says so, 各县…情况如下, 资金分配表, or a
                        // 合计 row closes it: its rows are parts)
                        tableBreaksDown = lineIndex > 0 && Self.lineBreaksDown(s, outline, before: lineIndex, title: titleLine)
                            || Self.tableSums(s, outline, from: lineIndex + 1, barred: barred)
                        // (the table's context for its topics: its caption, else the section's heading, else the title)
                        let caption = Self.caption(s, outline, before: lineIndex)
                        tableIsLedger = caption.map { TableCells.namesLedger(s, $0) } ?? false
                        // (2016年各乡镇减贫任务分解表: a caption naming the plan's breakdown makes every column the plan's)
                        tableCaptionPlans = caption.map { TableCells.captionPlans(s, $0) } ?? false
                        tableContext = ([caption, heading, titleLine.map { outline.lines[$0].range }].compactMap { $0 }.filter { !TableCells.unitsAlone(s, $0) }
                                            .map { TableCells.withoutUnitsNote(s, $0) },
                                        caption.map { TableCells.captionPerCapita(s, $0) } ?? false, [:])
                    }
                    // (a header row states no figure; a spaced row whose cells do not line up with the header's
                    // ends the table: 联系电话  138…)
                    let readsFigures = h.isEmpty || firstRow
                    let fit = readsFigures && !barred ? TableCells.fit(s, cells, tableColumns) : .reads
                    if fit == .ends { tableColumns = [] }
                    else if readsFigures, !tableColumns.isEmpty, fit == .reads {
                        let sum = TableCells.isSum(s, cells)
                        // (合计        1656: a sum row whose empty cells the spaces swallowed, read as it stands, else from the right)
                        let shift = barred ? 0 : max(0, (tableColumns.first?.cellCount ?? cells.count) - cells.count)
                        var read = Set<Int>()   // (合计        215: a cell read once, by one column)
                        // (序号  乡镇  补助人数(名)  补助金额(万元) ⏎ 合计  2386  357.9: under a running number's column, a
                        // row without one is read from the right)
                        // (its last figure under the last column with a unit: a trailing 备注 left empty shifts none)
                        let fromRight = shift > 0 && !cells.isEmpty && !NumberReader.isDigit(s[cells[0].lowerBound])
                            && headerCells.map { TableCells.opensWithRunningNumbers(s, $0) } == true
                        let rightShift = max(0, (tableColumns.map(\.index).max() ?? 0) + 1 - cells.count)
                        for tableColumn in tableColumns {
                            let column = tableColumn.forRow(s, label: cells.first)
                            let year = rowYear ?? TableCells.headerYear(s, column.header) ?? sectionYear ?? documentYear
                            // (十里镇  58/171: a paired cell's two figures, each in its unit)
                            // (a cell of one figure under such a caption, 户数  人数 ⏎ 36  112: the unit its header's words name)
                            if let second = column.second(), !read.contains(column.index) {
                                if let (a, b) = TableCells.pairedNumbers(s, cells, index: column.index) {
                                    read.insert(column.index)
                                    tableFact(a, sum: sum, cells: cells, column: column, line: line.range, lineIndex: lineIndex, heading: heading, section: section,
                                              year: year, into: &facts)
                                    tableFact(b, sum: sum, cells: cells, column: second, line: line.range, lineIndex: lineIndex, heading: heading, section: section,
                                              year: year, into: &facts)
                                    continue
                                }
                                if let n = TableCells.number(s, cells, index: column.index) {
                                    read.insert(column.index)
                                    tableFact(n, sum: sum, cells: cells, column: column.single(s), line: line.range, lineIndex: lineIndex, heading: heading,
                                              section: section, year: year, into: &facts)
                                }
                                continue
                            }
                            let direct = fromRight ? nil : TableCells.number(s, cells, index: column.index)
                            let index = direct != nil ? column.index : column.index - (fromRight ? rightShift : shift)
                            guard !read.contains(index), let n = direct ?? (shift > 0 && index >= 1 ? TableCells.number(s, cells, index: index) : nil) else { continue }
                            read.insert(index)
                            tableFact(n, sum: sum, cells: cells, column: column, line: line.range, lineIndex: lineIndex,
                                      heading: heading, section: section, year: year, into: &facts)
                        }
                    }
                } else if !separatorRow { tableColumns = [] }
            }
            // Short lines after the body has begun (list items, sub-headings) can state figures too;
            // the title and the header above the body cannot.
            // (the title states figures too, 回顾三学年 教育资助惠及78753人次: one the body says again
            // is the body's claim, ``titleRestated(_:title:doc:)``)
            // (a photo's caption with its credit, 图为…安置点共安置搬迁群众1200人。(记者 方桐 摄), is no
            // lede but states its figures: ``Outline/captionStates``)
            let readable = line.role == .body || (line.role == .heading
                && (lineIndex == titleLine || bodyStarted || captions && lineIndex >= captionsFrom))
                || line.role == .meta && Outline.captionStates(s, line.range)
            // (the story's text from its first line of body or heading past the title: 一、2016年的金米村 ⏎ 那时候,…)
            // (a headline over the page's date line is the page's too: furniture before the body starts it again)
            // (a subtitle above the page's date line too: ——柞水县金米村脱贫纪实 ⏎ 2020年6月12日 来源:某某日报)
            // (a line reading as a headline: no full stop nor comma, 2016年3月5日,我来到金米村 is the story's)
            // (a date and the page's furniture or nothing else: 2016年3月5日 我来到金米村 opens the story)
            let dateLine = !bodyStarted && line.role != .meta && Self.opensWithDate(s, line.range) && MetadataReader.isHeadline(s, line.range)
                && (Self.dateFurniture.firstMatch(in: s, line.range) != nil
                    || !s[line.range].contains { NormalizedText.isHan($0) && !Self.dateCharacters.contains($0) })
            if line.role == .meta || dateLine, !bodyStarted { bodyFrom = nil }
            if bodyFrom == nil, lineIndex != titleLine, !dateLine, line.role == .body || line.role == .heading && !Self.opensWithDate(s, line.range) {
                bodyFrom = line.range.lowerBound
            }
            if line.role == .body { bodyStarted = true; itemsFollow = false; lastBodyStart = line.range.lowerBound }
            // …结合工作实际,特制定如下资金使用计划。: a document that declares itself a plan before its
            // first section plans in all its sections (read on the lines before the first heading)
            // (in its first paragraphs only: a scan of every line of a report without headings cost
            // millions of instructions a pass over 400 reports)
            if line.role == .body { bodyLines += 1 }
            // (the plan's sections plan, from the next heading on; 县里特制定了《…方案》 tells of one)
            // (关于印发…2015年农村危房改造实施方案的通知, 现将《…三年行动计划》印发给你们: a notice issuing a plan,
            // in its title or first paragraphs, is the plan)
            // (a title whatever role its spaces gave it before the body: 中共某县委办公室 某县人民政府办公室印发《…方案》的通知)
            // (梓山镇2019年…扶贫项目计划公示, …饮水安全巩固提升工程招标公告: a title putting a plan or a call for tenders
            // before its reader plans from its next line, no heading needed)
            if lineIndex == titleLine, case let title = Outline.trimmingAside(s, Outline.trim(s, line.range)), KindCues.titlesPlan(s, title) {
                documentPlan = true; planSection = true
                tenderTitle = KindCues.callsTenders(s, title)
            }
            if heading == nil, !documentPlan, bodyLines <= KindCues.planDeclarationReach,
               line.role == .body || line.role == .heading || line.role == .meta && !bodyStarted,
               KindCues.opensPlanDocument(s, line.range) { documentPlan = true }
            guard readable else {
                while sentenceIndex < outline.sentences.count, outline.sentences[sentenceIndex].line == lineIndex { sentenceIndex += 1 }
                continue
            }
            var lineReader: CandidateReader?   // made at the line's first digit: a line without one needs no quote scan
            // (2017年,全市减少贫困人口13.3万人…。⏎——产业脱贫。全市新建…: a line a dash opens is an item of the
            // paragraph before it, in its year)
            // (…县委高度重视。截至2020年5月底:⏎(一)滞留资金已全部拨付…⏎(二)…: the items a line a colon closes leads
            // are in the year its last sentence opens with, to the first line that is no item)
            let opensItem = line.role == .body && EnumeratedItems.opens(s, at: s[line.range].firstIndex(where: { $0 != NumberReader.space }) ?? line.range.upperBound,
                                                                       limit: line.range.upperBound)
            if !opensItem { listYear = nil }
            if let y = nextListYear { if opensItem { listYear = y }; nextListYear = nil }
            if line.role == .body, line.range.count > 1, s[line.range.upperBound - 1] == ListItems.colon { nextListYear = Self.leadYear(s, line.range, years) }
            // (去年，全省…投入水利扶贫资金41.27亿元… ⏎ 从各设区市情况看，赣州市投入…13.8亿元: a paragraph opening by viewing the whole
            // place by place breaks down the paragraph before, in its year)
            // (right after that paragraph: a section's heading between, 二、各乡镇核查情况, opens a part of its own)
            let viewsBreakdown = line.role == .body && KindCues.opensBreakdownView(s, line.range)
                && (0..<lineIndex).last(where: { outline.lines[$0].role != .blank }).map({ outline.lines[$0].role == .body }) == true
            // (its year: the one the paragraph before opened with, else its first figure's, the whole broken down; 2019年,全省
            // 减少…。2014年底,全省建档立卡贫困人口为320万人。 ⏎ 分市州看,… is 2019's)
            if viewsBreakdown { paragraphYear = paragraphHeadYear ?? facts[paragraphFactsStart...].first?.year }
            if line.role == .body, !viewsBreakdown { paragraphFactsStart = facts.count; paragraphHeadYear = nil }
            if !Self.itemOfParagraph(s, line.range), !(viewsBreakdown && paragraphYear != nil) {
                paragraphYear = nil
                paragraphSince = nil
                paragraphSpan = false
            }
            // a place carries past its paragraph only when the paragraph opened with it (陆家村是…,
            // 走进…上马龙村): one cited in passing (推广平安村的经验) stays in its paragraph
            // (unless the new paragraph speaks of it again: 全村119户…, 该村…)
            // (nor a paragraph of quoted speech, which goes on with the story before it: 是…良种场村村民。⏎
            // “去年光伏分红,我俩分了1600元…”)
            // (the paragraph's opening read only when a place is carried: measured, 307.0 → 305.9 M
            // instructions a pass over 400 reports)
            // (a town beside a village's own stays in its paragraph unless the next opens speaking of a town: 龙潭镇的扶贫车间…。⏎村里今年…
            // is the village's; …⏎该镇还新建了扶贫车间3个 the town's)
            if let c = carriedPlace, Self.besideInCounty(c, place.path),
               PlaceLexicon.townAnaphora.longest(in: s, at: line.range.lowerBound, limit: line.range.upperBound) == nil { carriedPlace = nil }
            if !carriedAcross, carriedPlace != nil, !(line.range.count > 1 && s[line.range.lowerBound] == TrapLexicon.openQuote),
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
            linePlaceNames = lineMentions.map(\.range).sorted { $0.lowerBound < $1.lowerBound }   // (in order: ``Array/inOrder(containing:)``)
            if let d = Dateline.datelineEnd(s, line.range) { lineMentions.removeAll { $0.range.upperBound <= d } }
            while sentenceIndex < outline.sentences.count, outline.sentences[sentenceIndex].line == lineIndex {
                let sentence = outline.sentences[sentenceIndex]
                sentenceIndex += 1
                let r = sentence.range
                // (全国原有832个贫困县…。2019年,实现脱贫2300户: the nation carried from the sentence
                // before stops at one opening with a time of its own)
                if carriedPlace == [PlaceLexicon.country], Self.yearHeadStart(s, r) == r.lowerBound { carriedPlace = nil }
                // time expressions are read only for sentences that need them: a paragraph's first
                // (its year carries), one with a figure, or one a 其中-sentence continues
                var expressionsRead: [TimeExpression]?
                func expressions() -> [TimeExpression] {
                    if let e = expressionsRead { return e }
                    expressionsRead = years.expressions(in: s, r)
                    return expressionsRead!
                }
                var thatTimeOpens = false   // 当时 opens the sentence: the year it reads back is in force at once
                // (asked first: 那时候 is a past word too, a span the sentence's first expression would read)
                // (谭启明：当时全乡7个村: an interview's answer after its speaker's name, the question's year read back)
                let opening = sentence.indexInLine == 0 ? Self.afterSpeaker(s, r) : r.lowerBound
                let thatTimeWord = thatTime.longest(in: s, at: opening, limit: r.upperBound)
                // (那时起, 那时以来: a span from that time on, no time of its own)
                let wordAlone = thatTimeWord.map { TimeLexicon.spanMarkers.longest(in: s, at: opening + $0.length, limit: r.upperBound) == nil } ?? false
                // (2014年,全村…。那时,全村有贫困户54户; 2020年…,而2014年只有2600元。那时,…: in a year's paragraph too, 那时 alone
                // is the time last named)
                if let t = thatTimeWord, paragraphYear == nil || sentence.indexInLine == 0 || t.value > 0 || wordAlone {
                    // 在2016年5月11日…对接会上。⏎当时,民乐村上报的贫困户为150多户: 当时 opening a
                    // sentence is the time the text last named, the year read back (none: no year), its
                    // paragraph's first sentence's too; 第二年, 次年 the year after it
                    // (2016年5月,我第一次进金米村。⏎那时全村6个村民小组: the past word opening it names that time,
                    // no span of its own for its figures)
                    // (2016年,…。第二年,…。⏎次年,…: 次年 after the year 第二年 put in force, not after the last written)
                    // (not the page's date: 2020年6月12日 来源:某某日报 ⏎ 那时候,他家一年收入不到2000元 names no year)
                    // (in a year's paragraph, the year written last in it, else the paragraph's: 3年前的12月29日…。当时,… stays 3年前's)
                    let inParagraph = paragraphYear != nil && sentence.indexInLine > 0 && t.value == 0
                    var named = Self.lastYearNamed(s, before: r.lowerBound, from: inParagraph ? line.range.lowerBound : bodyFrom ?? r.lowerBound)
                    if inParagraph, named == nil { named = (paragraphYear, r.lowerBound) }
                    // (2014年以来,…。⏎当年,…: 当年 after a span since a year up to now is the report's year, not that one)
                    if let n = named, TimeLexicon.thatYear.longest(in: s, at: r.lowerBound, limit: r.upperBound) != nil,
                       TimeLexicon.sinceNow.longest(in: s, at: n.at + TimeLexicon.yearWithNian, limit: r.lowerBound) != nil { named = nil }
                    // (the story's year only where no year was written since it was put in force)
                    var story = storyYear?.year
                    if let y = storyYear, let n = named, n.at > y.at { story = nil }
                    // (1990年代,他回到家乡。当年全村…: a decade named last gives 当年 no year)
                    let decade = named != nil && named?.year == nil && t.value == 0
                    let base = t.value > 0 ? (paragraphYear ?? story ?? named?.year) : named?.year
                    paragraphYear = base.map { $0 + t.value }
                    if decade { paragraphSpan = true }
                    if t.value > 0, let y = paragraphYear { storyYear = (r.lowerBound, y) }
                    thatTimeOpens = true
                    if paragraphYear != nil, wordAlone, let e = expressions().first, e.range.lowerBound == opening, case .span = e.meaning {
                        expressionsRead!.removeFirst()
                    }
                } else if sentence.indexInLine == 0, let first = expressions().first, first.fronted {
                    switch first.meaning {
                    case .year(let y):
                        // 2016年至2020年,…: a span heading the paragraph gives its sentences no year (FORMAT.md)
                        let e = expressions()
                        paragraphSpan = e.count > 1 && TimeLexicon.endsSpan(e, 1, s)
                        paragraphYear = paragraphSpan ? nil : y
                    // (2015年⏎3月　全县开展…: a month heading a paragraph under a heading's year is of that year, as a
                    // chronicle's entries are; under none, of the publication's, or the year before)
                    case .dayOfYear(let month): paragraphYear = (sectionYear ?? nil) ?? (planSection ? aheadYears : years).year(ofMonth: month)
                    case .span: paragraphSince = first.since   // (2017年起,…。当年,…: the year 当年 names)
                    case .inForce: break
                    }
                } else if let start = Self.yearHeadStart(s, r), let first = expressions().first, first.fronted || start > r.lowerBound, first.range.lowerBound == start,
                          case .year(let y) = first.meaning, !paragraphSpan, expressions().count < 2 || !TimeLexicon.endsSpan(expressions(), 1, s) {
                    // …。2019年,以…为契机,…。年内完成…: a year heading a later sentence is in force after it
                    // (其中2020年预脱贫135户…。预脱贫2个村: after 其中 too)
                    paragraphYear = y
                    // (2018年,…减贫9.2万人。2019年,…减贫8.6万人。⏎分县区看,…: a breakdown view after it is in the latest year a
                    // sentence of the paragraph opened with; not a base looked back on, 2019年,…。2014年底,…)
                    if !viewsBreakdown, let h = paragraphHeadYear, y > h { paragraphHeadYear = y }
                }
                if sentence.indexInLine == 0, !viewsBreakdown { paragraphHeadYear = paragraphYear }
                // 其中…, 同时,… continue the sentence before it, and its time
                let continues = TimeLexicon.continuations.longest(in: s, at: r.lowerBound, limit: r.upperBound) != nil
                let inherited = continues ? previous.flatMap { p in
                    years.year(at: max(p.range.lowerBound, p.range.upperBound - 1), in: s, sentence: p.range,
                               expressions: years.expressions(in: s, p.range), paragraphYear: p.paragraphYear)
                } : nil
                // A sentence repeated in one report (reposts, duplicated paragraphs) counts once.
                if r.count >= 12, !seenSentences.insert(Self.fingerprint(s[r])) { previousFacts = facts.count..<facts.count; continue }
                var sentenceText: (text: String, span: Range<Int>)?
                var cumulative: Bool?         // whether the figure's clause speaks of accumulation
                var headCumulative: Bool?     // whether the sentence's first clause does, once asked
                var sentenceCumulative: Bool? // whether the sentence does anywhere, once asked
                var places: SentencePlaces?   // worked out at the sentence's first figure
                var speaker: [String]??       // a quotation's speaker's place, once asked
                var scene: [String]??         // the place the next sentence's 这是 names, once asked
                var ownWords: [(at: Int, level: Int)]?   // 全县, 全市 in the sentence, read at its first figure
                var erasRead = false          // the reader's eras are this sentence's
                // 全县… speaks of the report's own place again; 该村, 全乡 keep the place before
                // (from the `;` part holding the word on: …（古泉街道）。…销售收入1.26亿元;…,全县共14处 keeps the
                // town for the figures of the parts before)
                let carriedBeforeWords = carriedPlace
                var ownWordsFrom = r.lowerBound
                if let c = carriedPlace ?? namedBelow {
                    // (the sentence's own-place words read once, for this and for its figures)
                    ownWords = Self.ownPlaceWords(s, r)
                    // (以陇县为例,…。⏎ 全县…: the county named last, paragraphs before, when no place is carried)
                    if let w = ownWords!.first { ownWordsFrom = s[r.lowerBound..<w.at].lastIndex(of: FactContext.semicolon) ?? r.lowerBound }
                    if carriedPlace == nil { carriedPlace = ownWords!.first.flatMap { ownPlace(level: $0.level, carried: c) } }
                    // (全县 in a province's report after one of its counties was named, 保定市阜平县…。
                    // 全县共建成…: that county, kept while the report names no county of its own)
                    else if let w = ownWords!.first { carriedPlace = ownPlace(level: w.level, carried: c) }
                    // 全镇 after a village: the village's town when its path holds one (沙集乡郑海村…。
                    // 该乡…), else the report's own, not the village
                    else if PlaceLexicon.townWords.firstMatch(in: s, r) != nil, let last = c.last, !PlaceLexicon.isTownName(last) {
                        let town = c.lastIndex(where: PlaceLexicon.isTownName)
                        // (only in a report, or a section, not itself about a town; a village's report whose path holds
                        // its town, 凤山县砦牙乡德胜村, speaks of that town)
                        let reportTown = place.path.lastIndex(where: PlaceLexicon.isTownName)
                        carriedPlace = section != nil ? nil
                            : reportTown.map { $0 < place.path.count - 1 ? Array(place.path[...$0]) : nil }
                            ?? town.flatMap { $0 >= place.path.count ? Array(c[...$0]) : nil }
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
                // 一是实施森林生态效益补偿。全年下达补偿资金…: an item that opens with a sentence naming its
                // programme and no figure heads the item's later sentences, as a section heading does
                // (one that names several, 加快推进金融、科技、环境改善等扶贫行动。, heads none, nor one about
                // money, 多方筹措,精准保障扶贫资金。)
                if EnumeratedItems.opens(s, at: s[r].firstIndex(where: { $0 != 0x20 }) ?? r.upperBound, limit: r.upperBound) {
                    itemLead = s[r].contains(where: NumberReader.isDigit) || !TopicResolver.namesOneArea(s, r) ? nil : r
                }
                let carried = sentence.indexInLine == 0 && !thatTimeOpens && !viewsBreakdown ? nil : (inherited ?? paragraphYear)   // the year in force
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
                        (lineReader!.eras, lineReader!.outsiders, lineReader!.tenderTerms) = CandidateReader.sentenceMarks(s, r, line: line.range, tenders: tenderTitle)
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
                    var year: Int?
                    var yearStated = true
                    // 由2014年的1.88万户7.14万人: a figure right after another is stated with it, in its year
                    // (the span read only where no row or figure before dates it: asked of every figure, it cost 1.4 M
                    // instructions a pass over 400 reports)
                    let fromTo = rowYear != nil || last.map({ $0.end == c.start }) == true ? nil
                        : years.fromToReading(at: c.numberStart, in: s, sentence: r, expressions: expressions())
                    if let y = rowYear { year = y } else
                    if let l = last, l.end == c.start { year = l.year } else
                    if case .year(let y)? = fromTo { year = y } else
                    // (全县贫困发生率由2014年的18.3%降至1.36%: the level reached is the present's, not the start's year)
                    if case .present? = fromTo {
                        if let y = carried ?? listYear { year = y } else if let y = sectionYear { year = y } else { year = documentYear; yearStated = false }
                    } else {
                        switch (planSection ? aheadYears : years).reading(at: c.numberStart, in: s, sentence: r, expressions: expressions(), paragraphYear: carried,
                                            paragraphSince: sentence.indexInLine == 0 ? nil : paragraphSince, cumulative: cumulative,
                                            monthYear: sectionYear ?? nil) {
                        case .year(let y): year = y
                        case .span: year = nil
                        case .none:
                            if paragraphSpan { year = nil }
                            else if let y = listYear { year = y }
                            else if let y = sectionYear { year = y } else { year = documentYear; yearStated = false }
                        }
                    }
                    // (贫困人口:552万 → 17.5万 under 数字看变化(2013年底 → 2019年底): the figure before an arrow in its clause is the
                    // earlier year's, any other the later year's, a change over the span too, 减少3.1万人, 年均增长11.8%)
                    // (where the sentence states no year of its own: 2014年,…>30%的…45个 keeps 2014)
                    if let a = arrowYears, year == a.from, expressions().isEmpty, !Self.arrowAfter(s, c.end, in: r) { year = a.to }
                    last = (c.end, year)
                    if places == nil { places = sentencePlaces(lineMentions, r) }
                    // a figure in a quotation speaks of the speaker's place (once per sentence: its quotations end together)
                    if speaker == nil {
                        speaker = .some(lineReader!.quotations.isEmpty ? nil
                            : speakerPlace(at: c.numberStart, line: line.range, quotations: lineReader!.quotations, sentences: outline.sentences[(sentenceIndex - 1)...].prefix(8), lineMentions, lastVillage: lastVillage))
                    }
                    if scene == nil {
                        scene = .some(sentenceIndex < outline.sentences.count && outline.sentences[sentenceIndex].line == sentence.line
                            ? scenePlace(after: r, next: outline.sentences[sentenceIndex].range, lineMentions) : nil)
                    }
                    if ownWords == nil { ownWords = Self.ownPlaceWords(s, r) }
                    let path = regionPath(at: c.numberStart, clause: clause, sentence: r, places: places!,
                                          section: speaker! ?? scene! ?? (c.numberStart < ownWordsFrom ? carriedBeforeWords : carriedPlace) ?? section,
                                          ownWords: ownWords!)
                    if sentenceText == nil {
                        let (ss, se) = norm.storedRange(from: r.lowerBound, to: r.upperBound)
                        sentenceText = (texts ? norm.storedText(ss..<se) : "", ss..<se)
                    }
                    // the report's title heads what no section heading does (a report on 饮水 files
                    // its 项目163个 under 饮水)
                    defer { while yearStatedFlags.count < facts.count { yearStatedFlags.append(yearStated) } }
                    while figureSpans.count < facts.count { figureSpans.append((0..<0, 0..<0, false)) }   // (a table's rows before)
                    // (其余8个镇合计劝返53名: the rest's sum is one of the parts, no sum of those before it)
                    let summed = KindCues.sumWords.firstMatch(in: s, clause.lowerBound..<c.numberStart) != nil
                        && KindCues.restWords.firstMatch(in: s, clause.lowerBound..<c.numberStart) == nil
                    defer { while figureSpans.count < facts.count { figureSpans.append((c.numberStart..<c.numberEnd, clause, summed)) } }
                    // (under a plan's heading, a sentence stating a year before the report's records where
                    // the plan starts: 全镇建档立卡贫困户755户3144人,其中2016年脱贫98户394人)
                    if planSection, let d = documentYear {
                        sentenceLooksBack = expressions().contains { if case .year(let y) = $0.meaning { return y < d } else { return false } }
                    } else { sentenceLooksBack = false }
                    let columnHeader = headerCells.flatMap { h in rowCells.flatMap { cells in
                        h.count == cells.count ? cells.firstIndex(where: { $0.contains(c.numberStart) }).map { h[$0] } : nil } }
                    let before = facts.count
                    // (一图读懂: a line of figures alone files under its card's label, as if the figure closed it)
                    let cardTopic = Self.cardLabel(s, outline, line: lineIndex, figure: c.start..<c.end).map { l in
                        TopicResolver.topic(s, numberStart: l.upperBound, numberEnd: l.upperBound, clause: l, sentence: l, heading: nil, measure: c.measure, kind: .total)
                    }
                    makeFacts(c, clause: clause, sentence: r, heading: itemLead ?? heading ?? (subtitleLine ?? titleLine).map { outline.lines[$0].range }, sentenceText: sentenceText!,
                              year: year, path: path, quotes: lineReader!.quotes, into: &facts, topicFallback: cardTopic, column: columnHeader)
                    // (…输送务工人员3418人…。许家坝镇、塘头镇、大河坝镇…分别为512人、447人、391人: places of the report's listed before
                    // 分别 break down a larger whole of the report's place stated before in the paragraph)
                    if respectiveFigure == c.numberStart, facts.count > before, path.count > place.path.count {
                        Self.partOfParagraphWhole(&facts, at: before, paragraphFrom: norm.storedRange(from: lineRange.lowerBound, to: lineRange.lowerBound + 1).0,
                                                  own: place.path)
                    }
                }
                // (a share by 占 first: shares after 分别 that stand for figures of their own then take those)
                if facts.count - firstFact >= 2 {
                    Self.sharesTakeTopic(&facts, since: firstFact, scalars: s, spans: figureSpans)
                    Self.differencesTakeTopic(&facts, since: firstFact, scalars: s, spans: figureSpans)
                }
                // (分别, or another distributing word, looked for once, for both readings: 依次有6、7、8个 too)
                if sentence.indexInLine == 0 { placesBefore = nil }
                if facts.count - firstFact >= 2, let each = KindCues.distributingWord(in: s, r)?.at {
                    respectiveYears(&facts, since: firstFact, each: each, sentence: r, expressions: expressionsRead)
                    if let again = respectivePlaces(&facts, since: firstFact, each: each, places: places,
                                                    earlier: placesBefore.map { listedPlaces(sentencePlaces(lineMentions, $0), before: $0.upperBound) }) { placesAgain.insert(again) }
                    respectiveTopics(&facts, since: firstFact, each: each)
                }
                // 共资助贫困学生2.8189万人次…。分别为学前资助3000人次,…: a sentence opened by 分别
                // breaks down a whole of the sentence before
                if facts.count - firstFact >= 2, !previousFacts.isEmpty, sentence.indexInLine > 0,
                   Outline.find(Self.fenbie, in: s, r.lowerBound..<min(r.upperBound, r.lowerBound + Self.fenbie.count)) != nil {
                    Self.partsBySum(&facts, wholes: previousFacts, parts: firstFact..<facts.count, scalars: s, spans: figureSpans)
                }
                if facts.count - firstFact >= 2 { Self.partsBySum(&facts, wholes: firstFact..<facts.count, scalars: s, spans: figureSpans) }
                // 14个脱贫摘帽县区中,…9个县为…。其他5个县区是…: the rest of a breakdown, opening the next
                // sentence, is a part of its whole and of the breakdown's area
                // (the word asked first: a fact read from the array is copied whole)
                if sentence.indexInLine > 0, let w = KindCues.restWords.longest(in: s, at: r.lowerBound, limit: r.upperBound),
                   facts.count > firstFact, !previousFacts.isEmpty, w.length == figureSpans[firstFact].number.lowerBound - r.lowerBound,
                   facts[firstFact].kind == .total,
                   let p = previousFacts.last(where: { facts[$0].kind == .part && facts[$0].measure == facts[firstFact].measure }) {
                    facts[firstFact].kind = .part; facts[firstFact].rule += Self.restRule
                    facts[firstFact].topic = facts[p].topic; facts[firstFact].topicCue = facts[p].topicCue
                }
                // (a list goes on within its paragraph; time expressions read only for a sentence with figures)
                if sentence.indexInLine == 0 { yearItems = nil }
                yearItems = facts.count > firstFact ? yearItemsGoOn(&facts, since: firstFact, after: yearItems, r, expressions()) : nil
                previousFacts = firstFact..<facts.count
                // the places the sentence names carry on, read at its end (the inner loop leaves only
                // through it; as a `defer` the block was a function of its own that copied the whole
                // scan at each sentence: measured with ``sameName``, 383.7 → 380.2 M instructions a pass over 400 reports)
                if places == nil, lineMentions.contains(where: { r.contains($0.range.lowerBound) }) {
                    places = sentencePlaces(lineMentions, r)
                }
                if let p = places, p.all.count >= 2 { placesBefore = r }
                // (…7805人(洪广镇1199户,…南梁台子隆源村145户): the places a breakdown in parentheses names carry nothing on)
                if let p = places, !p.all.isEmpty, s[r].contains(FactContext.openBracket) {
                    places = Self.outsideGlosses(s, p, figure: r.lowerBound, sentence: r)
                }
                // a word that is a far county's short name (比如, 延长) names no place: the carried one stays
                if let p = places, p.all.contains(where: { $0.path != nil || PlaceLexicon.fullNameEnds.contains(s[$0.mention.range.upperBound - 1]) }) {
                    // a sentence naming a place below the report's (五台县豆村镇香峪村 too) carries it on
                    // (…上湾镇杨家寺村扶贫车间…。⏎五竹镇的蝴蝶兰扶贫车间是另一种模式。车间…用工120人: in a village's report, another town
                    // of its county too)
                    if let d = p.deepest, d.count > place.path.count || Self.besideInCounty(d, place.path), !p.onlyHelpers {
                        if d != carriedPlace {
                            carriedAcross = sentence.indexInLine == 0 && opensWith(d, p.all.map(\.mention), p.all.map(\.path), at: Dateline.openingEnd(s, line.range))
                        }
                        // (右江区  856名 ⏎ 田阳区  1432名: a row of a list or a table names its own place, carried to no
                        // paragraph after it)
                        // (大多住在七百弄、板升这样的深山乡镇: places given as examples carry nothing on)
                        if !listRow && !inTable && !Self.namedAsExamples(s, p.all, path: d, limit: r.upperBound) { carriedPlace = d }
                        namedBelow = d
                        if let v = d.last, PlaceLexicon.isVillageName(v) { lastVillage = d }
                    } else if p.deepest == place.path || !p.all.allSatisfy({ m in PlaceLexicon.isDestination(s, at: m.mention.range.lowerBound, from: r.lowerBound) }) {
                        // (回到十八洞村…: the report's own place named again, even where one goes, ends another's carried)
                        // (…送到南昌市一些企业和职工的手中: where goods go is no place the story moves to)
                        carriedPlace = nil
                    }
                    for m in p.all where m.path.map({ $0.count > place.path.count }) ?? false {
                        if let h = firmHead(after: m.mention.range.upperBound, in: r) { firms.append((h, m.path!)) }
                    }
                } else if Self.nationSpoke(facts, since: firstFact, place: place.path) {
                    // 全国原有832个贫困县…。…贫困人口从…9899万人减少到…551万人: the nation a sentence naming no
                    // place filed its figures under goes on in its paragraph
                    carriedPlace = [PlaceLexicon.country]
                }
            }
        }
        Self.partsBeforeSum(&facts, spans: figureSpans)
        Self.partsAcrossSentences(&facts, scalars: norm.scalars, spans: figureSpans)
        if !placesAgain.isEmpty { facts.removeAll { placesAgain.contains($0.start) } }
        Self.linkRestatements(&facts, doc: doc, yearStated: yearStatedFlags, countedNouns: countedNouns)
        if !place.spellings.isEmpty {
            for k in facts.indices {
                facts[k].regionPath = RegionPath(place.spelled(facts[k].regionPath.levels))
                facts[k].region = facts[k].region.map { place.spellings[$0] ?? $0 }
            }
        }
        if let t = titleLine {
            let (a, b) = norm.storedRange(from: outline.lines[t].range.lowerBound, to: outline.lines[t].range.upperBound)
            Self.titleRestated(&facts, title: a..<b, doc: doc)
        }
        Self.rootRestatements(&facts, doc: doc)
        return facts
    }

    /// Whether a figure after a subset verb (``FactContext/subsetCue(_:before:clause:)``) is a part of
    /// the whole `w` before it. (Out of ``makeFacts``, which it made too large to keep its reads of
    /// the facts inlined, each read then a copy of the whole fact: measured, 829.9 → 800.9 M instructions
    /// a pass over 400 reports.)
    @inline(never)
    func subsetOf(_ w: Int, _ c: Candidate, cue: KindCues.SubsetReach, verbAt: Int, clause: Range<Int>, sentence: Range<Int>, year: Int?, _ facts: [Fact]) -> Bool {
        // (取得职业资格证书的5108人 of those trained; not 取得银行贷款1.3亿元, money raised beside money put in)
        if cue == .peopleOnly, !KindCues.countsPeople(c.measure) { return false }
        if cue == .appraised, KindCues.appraisedWords.firstMatch(in: s, sentence.lowerBound..<verbAt) == nil { return false }
        // (…带动贫困户4618户17263人。截至8月底,全县已完成易地扶贫搬迁入住2306户: a verb naming its own work before the figure
        // states a whole of its own, where the whole is a sentence before and its clause names none of that work; 计划改造3000户。
        // 目前已完成2500户 singles out, and so do 计划改造农村危房1200户。目前已完成改造任务1100户, 建设户用电站…已建成户用电站)
        let sentenceStart = norm.storedRange(from: sentence.lowerBound, to: sentence.lowerBound + 1).0
        let verb = KindCues.subsetVerbs.longest(in: s, at: verbAt, limit: c.start)
        // (the object's end past the figure paired before this one: 入住2306户|9871人)
        if facts[w].start < sentenceStart, w < figureSpans.count, let v = verb,
           case let end = FactContext.pairedFigureStart(s, before: c.start, from: clause.lowerBound) ?? c.start,
           end - (verbAt + v.length) > Self.subsetVerbObjectReach,
           case let around = Self.sentenceAround(s, figureSpans[w].clause),
           !Self.sharesWord(s, (verbAt + v.length)..<end, around.lowerBound..<min(around.upperBound, sentence.lowerBound)) { return false }
        // (发放扶贫小额信贷1.5亿元,已兑付贴息资金320万元: money its verb's own object names as the flow another the whole names
        // pays for, interest on loans, claims on premiums, is money of its own; 已支出项目建设款2.9亿元 is spent of the whole;
        // the object's last flow its head, 已兑付贷款贴息资金)
        if facts[w].start >= sentenceStart, c.measure == .yuan, w < figureSpans.count, let v = verb,
           let flow = KindCues.flowsNamed(s, (verbAt + v.length)..<c.start).last,
           // (为贫困户购买防贫保险,投入资金300万元: the whole's flow named in its sentence before it, too)
           case let whole = KindCues.flowsNamed(s, min(sentence.lowerBound, figureSpans[w].clause.lowerBound)..<figureSpans[w].clause.upperBound), !whole.isEmpty, !whole.contains(flow) {
            return false
        }
        // (of the same thing: 832个贫困县名单公布,涉及22个省区市 counts provinces, no part of the counties)
        let noun = c.unitEnd < s.count && NormalizedText.isHan(s[c.unitEnd]) ? s[c.unitEnd] : 0
        // (建成安置点45个,已建成扶贫车间12个: things its own noun names between the verb and the figure
        // are no part of another count named so, noun before figure; 建设12个光纤项目,…,已完成勘察线路3个
        // breaks down the projects its whole's noun after the unit names)
        // (计划建设安置房5000套,已开工安置房4320套: the whole's own noun, right before its figure, names the same things, of the
        // same year: 去年建成安置房3000套,今年已开工安置房2000套 are other houses)
        let ownNoun = c.measure == .items && noun == 0 && verb
            .map { v in
                let between = (verbAt + v.length)..<c.start
                guard s[between].contains(where: NormalizedText.isHan) else { return false }
                // (a whole of no one year in the subset's sentence, 十三五期间规划建设安置房8000套,今年已建成…, holds it; not one
                // of a sentence before, “十四五”期间…8000套。2019年已建成…)
                guard w < figureSpans.count, facts[w].year == year || (facts[w].year == nil || year == nil) && facts[w].start >= sentenceStart,
                      case let ws = figureSpans[w].number.lowerBound, ws - between.count >= 0 else { return true }
                return !s[(ws - between.count)..<ws].elementsEqual(s[between])
            } == true
        return (facts[w].kind != .target || KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<c.start) != nil
                || cue == .inProgress)
            && (cue != .ownSentence || facts[w].start >= sentenceStart)
            && !(ownNoun && countedNouns[w] == 0) && (noun == 0 || countedNouns[w] == 0 || countedNouns[w] == noun || c.measure != .items)
    }

    /// How many characters may stand between a subset verb and its figure when the whole is a sentence before (`已完成…`).
    static let subsetVerbObjectReach = 3
    /// Whether `object` names a work that stands in `range` too: a work's word (``KindCues/subsetWorks``: `易地扶贫搬迁安置` and
    /// `有易地扶贫搬迁任务` share 搬迁), or three Han characters in a row holding no word of the whole campaign
    /// (``KindCues/campaignBigrams``: `户用电站` shares 户用电; `贫困户危房改造` and `贫困户增收` share nothing).
    static func sharesWord(_ s: [UInt32], _ object: Range<Int>, _ range: Range<Int>) -> Bool {
        guard object.count >= 2, !range.isEmpty else { return false }
        func campaign(_ k: Int) -> Bool { KindCues.campaignBigrams.longest(in: s, at: k, limit: k + 2) != nil }
        for k in object.lowerBound..<(object.upperBound - 1) where NormalizedText.isHan(s[k]) && NormalizedText.isHan(s[k + 1]) {
            if KindCues.subsetWorks.longest(in: s, at: k, limit: k + 2) != nil, Outline.find([s[k], s[k + 1]], in: s, range) != nil { return true }
            guard k + 2 < object.upperBound, NormalizedText.isHan(s[k + 2]), !campaign(k), !campaign(k + 1) else { continue }
            if Outline.find([s[k], s[k + 1], s[k + 2]], in: s, range) != nil { return true }
        }
        return false
    }
    /// The sentence around a clause: to the full stops before and after it.
    static func sentenceAround(_ s: [UInt32], _ clause: Range<Int>) -> Range<Int> {
        var a = clause.lowerBound, b = clause.upperBound
        while a > 0, !Outline.sentenceEnds.contains(s[a - 1]), s[a - 1] != 0x0A { a -= 1 }
        while b < s.count, !Outline.sentenceEnds.contains(s[b]), s[b] != 0x0A { b += 1 }
        return a..<b
    }

    /// Whether a clause opened by `有` singles out by an attribute closed by `的` right before the
    /// figure (`,有就业意愿的138716人`) those of the clause before it (a figure there, its clause
    /// right before this one).
    static func attributeSingles(_ s: [UInt32], _ c: Candidate, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        guard clause.lowerBound > sentence.lowerBound, s[clause.lowerBound] == TrapLexicon.you, c.start > clause.lowerBound + 2,
              s[c.start - 1] == CandidateReader.de, !s[clause.lowerBound..<c.start].contains(where: NumberReader.isDigit) else { return false }
        return s[TopicResolver.previousClause(s, before: clause.lowerBound, in: sentence)].contains(where: NumberReader.isDigit)
    }

    /// The rule of the rest of a breakdown opening a sentence (`其他5个县区`).
    static let restRule = " + kind.part.其他"

    /// Whether a sentence's figures (from `first` on) were filed under the nation, in a report of a
    /// place of its own (its last figure's place, 全国).
    static func nationSpoke(_ facts: [Fact], since first: Int, place: [String]) -> Bool {
        guard facts.count > first, !place.isEmpty, place != [PlaceLexicon.country] else { return false }
        return facts[facts.count - 1].region == PlaceLexicon.country
    }

    /// The cells of a line of prose spaced into as many as a table's header has, else nil.
    static func proseRow(_ s: [UInt32], _ r: Range<Int>, cellCount: Int) -> [Range<Int>]? {
        guard TableCells.isSpaced(s, r) else { return nil }
        let cells = TableCells.cells(s, r, spaced: true)
        return cells.count == cellCount ? cells : nil
    }

    /// Whether a line opens with a section's mark, a Chinese numeral and 、 or one in brackets (`一、`,
    /// `(二)`), not an item's (`1.`, `①`).
    static func opensSection(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        let a = r.lowerBound
        if NumberReader.isChineseNumeral(s[a]), s[a + 1] == NumberReader.listComma { return true }
        return r.count >= 3 && s[a] == FactContext.openBracket && NumberReader.isChineseNumeral(s[a + 1])
    }

    /// How long a clause that reports (`报告显示`) may be before the year it heads.
    static let reportingLeadLength = 12
    /// Where a year heading a sentence would start: at its first digit, or right after a word
    /// that continues the sentence before (`其中2020年…`), or a clause that reports (`报告显示,2018年…`);
    /// nil when no digit stands there.
    static func yearHeadStart(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        if NumberReader.isDigit(s[r.lowerBound]) { return r.lowerBound }
        // (…2019年底…。今年,全县已有45个贫困村出列。预计到年底,…: the present heading a later
        // sentence is in force after it, as a year is)
        if TimeLexicon.relative.longest(in: s, at: r.lowerBound, limit: r.upperBound) != nil { return r.lowerBound }
        // (报告显示,2018年基金会共筹措…。全年项目覆盖…: a year right after a clause that reports, 报告显示, heads it too)
        if let b = s[r].firstIndex(where: Outline.isClauseBreak), b + 1 < r.upperBound, NumberReader.isDigit(s[b + 1]),
           b - r.lowerBound <= Self.reportingLeadLength,
           TimeLexicon.reportingLeads.longestEnding(in: s, at: b, from: r.lowerBound, maxLength: 3) != nil { return b + 1 }
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
            // (在全省率先推出…保险, 居全市第一: the place a rank is taken in, no place of the figures)
            if PlaceLexicon.offices.longest(in: s, at: end, limit: r.upperBound) == nil, !Self.insideTitle(s, from: r.lowerBound, at: m.0),
               !PlaceLexicon.ranksAt(s, end, limit: r.upperBound) { out.append((m.0, m.1)) }
            k = m.0 + 1
        }
        return out
    }

    /// Whether `i` lies inside a name in quotes or a book title opened since `start` (“…”, 《…》);
    /// a quotation of speech, holding a figure or a clause's break (`“全省92.5万人脱贫,…”`), is
    /// the speaker's words, no title.
    static func insideTitle(_ s: [UInt32], from start: Int, at i: Int) -> Bool {
        var depth = 0
        var quoted = false   // whether the innermost mark open is a quote's
        for k in start..<i {
            switch s[k] {
            case TrapLexicon.openQuote: depth += 1; quoted = true
            case TrapLexicon.openTitle: depth += 1; quoted = false
            case TrapLexicon.closeQuote, TrapLexicon.closeTitle: depth = max(0, depth - 1)
            default: break
            }
        }
        guard depth > 0 else { return false }
        guard quoted else { return true }
        var k = i
        while k < s.count, k - i < Self.quotedNameLength, s[k] != TrapLexicon.closeQuote {
            if NumberReader.isDigit(s[k]) || Outline.clausePunctuation.contains(s[k]) { return false }
            k += 1
        }
        return true
    }
    /// How far a name in quotes is read for what makes it speech.
    static let quotedNameLength = 40

    // MARK: - Facts

    /// A table cell's figure (``TableCells``): money in the header's unit, a part of the table's
    /// whole (its `合计` row the whole), of the place its row names.
    /// (`indicator`: a row that names its own unit, `上海市财政援助资金(万元)  3800  4215`, is one indicator told
    /// in columns, no part of a whole; a place in its name is the indicator's, not the row's)
    private func tableFact(_ n: (range: Range<Int>, value: Double), sum: Bool, cells: [Range<Int>], column: TableCells.Column, line: Range<Int>,
                                    lineIndex: Int, heading: Range<Int>?, section: [String]?, year: Int?, indicator: Bool = false, into facts: inout [Fact]) {
        // (序号  户主姓名  家庭人口(人)  分红合计(元): a roll of households' sizes is colour, as a story's is; their money is fact)
        if tableListsPersons, column.measure == .persons, TableCells.familySizeHeads.firstMatch(in: s, column.header) != nil { return }
        let r = n.range
        let c = Candidate(value: NumberReader.scaled(n.value, column.multiplier), high: nil, listed: [], measure: column.measure, unit: column.unit,
                          start: r.lowerBound, numberStart: r.lowerBound, numberEnd: r.upperBound, end: r.upperBound, unitEnd: r.upperBound,
                          approx: false, kindAfterUnit: nil, isClassifier: false, rule: column.rule)
        let mentions = indicator ? [] : place.mentions(onLine: lineIndex)
        let places = sentencePlaces(mentions, line)
        // (合计    6230: a sum row naming no place is the table's whole, the report's, no row's before it)
        // (1　平襄镇　孟河村　2356　812　19: the row's label cells name the place of each cell after them, read where
        // the first of those cells starts, no figure between)
        let labelEnd = cells.last { c in c.upperBound <= r.lowerBound && mentions.contains { c.contains($0.range.lowerBound) } }?.upperBound
        let at = labelEnd.flatMap { e in cells.first { $0.lowerBound >= e }?.lowerBound }.map { min($0, r.lowerBound) } ?? r.lowerBound
        let path = regionPath(at: at, clause: line, sentence: line, places: places, section: sum && places.all.isEmpty ? nil : section, ownWords: [])
        let (ss, se) = norm.storedRange(from: line.lowerBound, to: line.upperBound)
        // (the row is the clause, less a first cell that names a place: 梁园区 is no 园区; the header
        // says what the column counts where the row says nothing: 小额贴息 | 市级资金 | 67.9)
        let named = cells.count > 1 && mentions.contains { cells[0].contains($0.range.lowerBound) }
        let row = (named ? cells[1].lowerBound : line.lowerBound)..<line.upperBound
        makeFacts(c, clause: row, sentence: row, heading: column.header, sentenceText: (texts ? norm.storedText(ss..<se) : "", ss..<se),
                  year: year, path: path, quotes: [], into: &facts,
                  kindOverride: Self.labelKind(s, row: cells, amount: r, sum: sum).flatMap { k in
                      // (指标  计量单位  数量 ⏎ 一、总体情况 ⏎ 其中:1.资金  万元  462.35: a row under a whole the table states no
                      // figure of is no part; 其中 marks the rows below a group's line)
                      k.0 != .part || !indicator || indicatorWhole(c.measure, above: c.value, in: facts) ? k : nil }
                      ?? TableCells.kind(of: column, s, sum: sum, captionPerCapita: !indicator && tableContext.perCapita, captionPlans: !indicator && tableCaptionPlans,
                                         hasWhole: !indicator && (tableBreaksDown || tableWhole(c.measure, in: facts) > c.value)),
                  subjectOverride: column.name, topicFallback: (indicator ? nil : contextTopic(c.measure)) ?? (column.measure == .yuan ? (.funds, TableCells.topicRule) : nil),
                  column: column.header)
    }

    /// Whether a row of an indicator table read before this one states a whole of `measure` larger than `value`.
    /// (the largest whole of each measure kept as the rows are read, each fact looked at once: a walk back over the table's
    /// facts at each row took 23.5 s on a table of 20,000 rows)
    private func indicatorWhole(_ measure: Measure, above value: Double, in facts: [Fact]) -> Bool {
        if indicatorWholes.header != headerStart {
            indicatorWholes = (headerStart, facts.count, [:])
            let since = norm.storedRange(from: headerStart, to: headerStart + 1).0
            var j = facts.count
            while j > 0, facts[j - 1].start >= since { j -= 1 }
            indicatorWholes.next = j
        }
        while indicatorWholes.next < facts.count {
            let f = facts[indicatorWholes.next]
            if f.kind != .part { indicatorWholes.largest[f.measure] = max(indicatorWholes.largest[f.measure] ?? 0, f.value) }
            indicatorWholes.next += 1
        }
        return (indicatorWholes.largest[measure] ?? 0) > value
    }

    /// The kind a row's label gives its amount, nil where it gives none: `其中：光伏电站维护：12,000.00` a part,
    /// `项目预算：120` a budget's target.
    static func labelKind(_ s: [UInt32], row cells: [Range<Int>], amount: Range<Int>, sum: Bool) -> (Kind, String)? {
        guard !sum, let label = cells.first, label.upperBound <= amount.lowerBound else { return nil }
        if KindCues.opensQizhong(s, at: label.lowerBound, limit: amount.lowerBound) { return (.part, TableCells.partRule) }
        if KindCues.namesBudget(s, before: amount.lowerBound, from: label.lowerBound) { return (.target, KindCues.budgetRule) }
        return nil
    }

    /// The topic the table's context gives a figure of `measure` (`2019年部分乡镇建档立卡贫困户收入监测情况` files
    /// a growth in percent under 收入; a title's `雨露计划` a column of 补助金额 under 教育): its first line naming an
    /// area, else money in general; read once a table and measure; nil where it files none.
    private func contextTopic(_ measure: Measure) -> (Topic, String)? {
        if let t = tableContext.topics[measure] { return t }
        // (the first line of the context naming an area; money in general only where none does: 二、补助汇总表
        // under a title of 雨露计划)
        var found: (Topic, String)?
        for r in tableContext.lines {
            let (topic, cue) = TopicResolver.topic(s, numberStart: r.upperBound, numberEnd: r.upperBound, clause: r, sentence: r,
                                                   heading: nil, measure: measure, kind: .total)
            if topic == .other { continue }
            if topic != .funds { found = (topic, cue); break }
            if found == nil { found = (topic, cue) }
        }
        tableContext.topics[measure] = .some(found)
        return found
    }

    /// The largest whole of `measure` stated before the table since the paragraph before it (not itself a
    /// part: a sibling read as one has no figure for its whole), 0 where none.
    private func tableWhole(_ measure: Measure, in facts: [Fact]) -> Double {
        if let w = tableWholes[measure] { return w }
        let since = norm.storedRange(from: tableSince, to: tableSince + 1).0
        var best = 0.0, j = min(tableFirstFact, facts.count) - 1
        while j >= 0, facts[j].start >= since {
            if facts[j].measure == measure, facts[j].kind != .part, !tableRowsBefore.contains(j) { best = max(best, facts[j].value) }
            j -= 1
        }
        tableWholes[measure] = best
        return best
    }

    /// How many facts back a figure said again is looked for.
    static let restatementReach = 1024
    /// The latest fact of `c`'s measure and value filed under a topic, ``restatementReach`` facts back at most
    /// (a loop over the array's storage: a closure over the array copied each fact it read).
    static func restated(_ c: Candidate, in facts: [Fact]) -> Int? {
        facts.withUnsafeBufferPointer { f in
            var j = f.count - 1
            let stop = max(0, f.count - restatementReach)
            while j >= stop {
                if f[j].measure == c.measure && f[j].value == c.value && f[j].topic != .other { return j }
                j -= 1
            }
            return nil
        }
    }
    static let listRowRule = "kind.part.列表行"
    /// The subject of the figure before, in the same sentence, that a figure whose clause names none says
    /// again: where the clause is elliptical (same measure), or (贫困人口5.5万人,比上年末减少11.3万人) a change
    /// alone of the same measure or its rate (236户…,年增收500元 changes no household).
    /// (Its own small function: inside `makeFacts`, each `facts[w].field` was a copy of the whole fact,
    /// 35,000 copies on 400 generated reports, 16 M instructions of 852 M.)
    static func carriedSubject(_ facts: [Fact], measure: Measure, sentence: Range<Int>, elliptical: () -> Bool, onlyChange: () -> Bool) -> String? {
        guard let w = facts.indices.last, facts[w].sentenceSpan == sentence else { return nil }
        if facts[w].measure == measure, elliptical() { return facts[w].subject }
        if !facts[w].subject.isEmpty, facts[w].measure == measure || measure == .percent, onlyChange() { return facts[w].subject }
        return nil
    }
    /// Whether the next line with text after `index` opens an enumerated item (`2.`, `(二)`, `①`).
    static func itemFollows(_ s: [UInt32], _ outline: Outline, after index: Int) -> Bool {
        var k = index + 1
        while k < outline.lines.count, outline.lines[k].role == .blank { k += 1 }
        guard k < outline.lines.count else { return false }
        let r = outline.lines[k].range
        return EnumeratedItems.opens(s, at: s[r].firstIndex(where: { $0 != 0x20 }) ?? r.upperBound, limit: r.upperBound)
    }
    /// The year the last sentence of a line a colon closes opens with (`…高度重视。截至2020年5月底:`), the year
    /// of the list it leads; nil where it opens with none.
    static func leadYear(_ s: [UInt32], _ line: Range<Int>, _ years: YearResolver) -> Int? {
        var k = line.upperBound - 1
        while k > line.lowerBound, !Outline.sentenceEnds.contains(s[k - 1]) { k -= 1 }
        guard let first = years.expressions(in: s, k..<line.upperBound).first, first.fronted, case .year(let y) = first.meaning else { return nil }
        return y
    }
    /// Whether a line opens with a dash that marks an item (`——产业脱贫。`), not a range's or a byline's, or
    /// with an item counted in words (`一是减贫步伐明显加快。` under `过去的一年,…。`): an item of the paragraph before.
    static func itemOfParagraph(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        guard line.count > 3 else { return false }
        let a = line.lowerBound
        return s[a] == emDash && s[a + 1] == emDash && NormalizedText.isHan(s[a + 2])
            || NumberReader.chineseDigits[s[a]] != nil && s[a + 1] == itemIs
    }
    /// `是` of `一是`.
    static let itemIs: UInt32 = 0x662F
    /// `—`, doubled to mark an item (``itemOfParagraph(_:_:)``).
    static let emDash: UInt32 = 0x2014
    /// Whether the next line with text after `index` is no prose (a table's header or row may be it).
    static func rowMayFollow(_ outline: Outline, after index: Int) -> Bool {
        var k = index + 1
        while k < outline.lines.count, outline.lines[k].role == .blank { k += 1 }
        return k < outline.lines.count && outline.lines[k].role != .body
    }
    /// Whether the last line with text before `index`, or the title, breaks a whole down (``KindCues/headsBreakdown(_:_:)``).
    static func lineBreaksDown(_ s: [UInt32], _ outline: Outline, before index: Int, title: Int?) -> Bool {
        var k = index - 1
        while k > 0, outline.lines[k].role == .blank { k -= 1 }
        return KindCues.headsBreakdown(s, outline.lines[k].range) || title.map { KindCues.headsBreakdown(s, outline.lines[$0].range) } ?? false
    }
    /// The caption over the table whose header is line `index`: the last line with text before it, where that is
    /// no prose and no row (`表8  2019年部分深度贫困县农村居民人均可支配收入`, `2016—2020年望谟县农村居民人均可支配收入`).
    /// (a line of units alone, `单位:元、%`, stands between them; a row of figures is no caption)
    static func caption(_ s: [UInt32], _ outline: Outline, before index: Int) -> Range<Int>? {
        var k = index - 1, unitsPassed = false
        while k >= 0 {
            let line = outline.lines[k]
            if line.role == .blank { k -= 1; continue }
            guard line.role != .body, !line.range.isEmpty else { return nil }
            if !unitsPassed, TableCells.unitsAlone(s, line.range) { unitsPassed = true; k -= 1; continue }
            let cells = TableCells.cells(s, line.range, spaced: true)
            return cells.dropFirst().contains { TableCells.number(s, [$0], index: 0) != nil } ? nil : line.range
        }
        return nil
    }
    /// Whether a sum row (`合计`) closes the table whose rows start at line `from`.
    static func tableSums(_ s: [UInt32], _ outline: Outline, from: Int, barred: Bool) -> Bool {
        var k = from
        while k < outline.lines.count, k - from < tableReach {
            let r = outline.lines[k].range
            guard outline.lines[k].role != .body, !r.isEmpty, barred ? s[r].contains(TableCells.bar) : TableCells.isSpaced(s, r) || TableCells.numericRow(s, r) != nil
            else { return false }
            if TableCells.isSum(s, barred ? TableCells.cells(s, r) : TableCells.cells(s, r, spaced: TableCells.isSpaced(s, r))) { return true }
            k += 1
        }
        return false
    }
    static let tableReach = 200
    /// Whether a done marker (``KindCues/doneMarkers``) stands before `at` in `within`: in the figure's clause, or in
    /// an earlier clause that states a figure of its own.
    static func toldDone(_ s: [UInt32], before at: Int, clause: Range<Int>, sentence within: Range<Int>) -> Bool {
        var k = within.lowerBound
        while let (m, _) = KindCues.doneMarkers.firstMatch(in: s, k..<at) {
            if m >= clause.lowerBound { return true }
            let r = Outline.clause(s, around: m, in: within)
            if s[r].contains(where: NumberReader.isDigit) { return true }
            k = m + 1
        }
        return false
    }
    /// The year of a line that states a year alone (`2016年`, `2021年(补记)`, `2018年度`), or nil.
    static func yearAlone(_ s: [UInt32], _ line: Range<Int>, _ years: YearResolver) -> Int? {
        var r = Outline.trimmingAside(s, Outline.trim(s, line))
        // (▌2019年, ■2016年, ┃2013年: a block's mark before the year, a symbol that is no letter, digit or mark of a clause)
        while !r.isEmpty, Self.blockMarks.contains(s[r.lowerBound]) { r = (r.lowerBound + 1)..<r.upperBound }
        let e = years.expressions(in: s, r)
        // (a date alone, 2019年1月20日, is a dateline, no heading)
        guard e.count == 1, case .year(let y) = e[0].meaning, e[0].range.lowerBound == r.lowerBound,
              s[e[0].range.upperBound - 1] == NormalizedText.nian else { return nil }
        var k = e[0].range.upperBound
        if k < r.upperBound, s[k] == Self.du { k += 1 }
        if k == r.upperBound { return y }
        // (2019年 工作回顾, 2016年 | 脱贫成效: an infographic's year and a short label spaced after it head its block too)
        guard TableCells.isGap(s[k]) || s[k] == TableCells.bar else { return nil }
        while k < r.upperBound, TableCells.isGap(s[k]) || s[k] == TableCells.bar { k += 1 }
        return r.upperBound - k <= Self.yearLabelLength && s[k..<r.upperBound].allSatisfy(NormalizedText.isHan) ? y : nil
    }
    /// Whether a time expression opens its line, past a block's marks and spaces (`▌2019年`, `2019年`).
    /// (二、2019年全县计划减贫2000人, (三)2020年…: past a section's number too)
    static func headsLine(_ s: [UInt32], _ r: Range<Int>, _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        if opensSection(s, line), let close = s[line.lowerBound..<min(r.lowerBound, line.lowerBound + 5)].firstIndex(where: sectionNumberEnds.contains) {
            k = close + 1
        }
        while k < r.lowerBound, blockMarks.contains(s[k]) || TableCells.isGap(s[k]) { k += 1 }
        return k == r.lowerBound
    }
    /// The dated lines of a feed of posts (`花垣发布 2015-01-08 16:20 来自 微博`, `【兰考县融媒体】2017-03-27 · 1.8万播放`,
    /// `发表于 2018-10-22 20:46:13`): short lines, read as a headline, holding a day's date with its time of day or a post's
    /// mark (``postMarks``), by line index with its year and month; none where the page holds fewer than two. A date alone, a
    /// heading's (`2016年3月5日 初到金米村`), a deadline's (`确保2020年6月30日前`) or a meeting's (`2020年1月6日 上午9:00`) is
    /// no post's.
    /// (A post dated by month and day alone, `05-20 · 播放 8.3万`, `3月12日 10:21`, is of the year a line of the feed's
    /// own gives, `2018年`, else of the page's.)
    static func postStamps(_ s: [UInt32], _ outline: Outline, _ years: YearResolver) -> [Int: PostStamp] {
        var found: [Int: PostStamp] = [:]
        let digits = MetadataReader.digits
        func short(_ l: (range: Range<Int>, role: LineRole)) -> Bool {
            l.role != .footer && l.role != .spam && l.role != .blank && l.range.count <= Self.postStampLength
                && digits.firstMember(in: s, from: l.range.lowerBound, to: l.range.upperBound) < l.range.upperBound
                && MetadataReader.isHeadline(s, l.range)
        }
        // (a post's line holds a time of day's colon or a post's mark: a date is read only there; a digit looked for first,
        // by a bit test a scalar, took the pass over 400 generated reports from 902.8 to 899.4 M instructions)
        for (i, l) in outline.lines.enumerated() where short(l) {
            let marked = Self.postMarks.firstMatch(in: s, l.range) != nil
            guard marked || s[l.range].contains(Self.colon),
                  // (注册时间 2011-6-18: a member's own dates on a forum's post head date no post)
                  Self.memberDates.firstMatch(in: s, l.range) == nil else { continue }
            if let d = MetadataReader.date(in: s, l.range), let y = Int(d.prefix(4)) {
                // (the reader's date carries the time of day written right after the day: 2015-01-08 16:20)
                guard marked || d.utf8.contains(0x20) else { continue }
                found[i] = .dated(y, Int(d.dropFirst(5).prefix(2)))
            } else if let m = Self.monthDayOpening(s, Outline.trim(s, l.range), marked: marked) {
                found[i] = .monthDay(m)
            }
        }
        guard found.count >= 2 else { return [:] }
        // (a feed's years on lines of their own, looked for only in a feed)
        for (i, l) in outline.lines.enumerated() where found[i] == nil && short(l) {
            if let y = Self.yearAlone(s, l.range, years) { found[i] = .year(y) }
        }
        return found
    }
    /// A feed's dated line: a day's date in full (its month), a month and day alone (the year the feed or the page gives),
    /// or a year heading the posts after it.
    enum PostStamp { case dated(Int, Int?), monthDay(Int), year(Int) }
    /// The month of a line opening with a month and day (`05-20`, `3月12日`) and then a time of day (`10:21`) or a post's
    /// mark (`· 播放`).
    static func monthDayOpening(_ s: [UInt32], _ r: Range<Int>, marked: Bool) -> Int? {
        var k = r.lowerBound
        func number() -> Int? {
            let a = k
            while k < r.upperBound, k - a < 2, NumberReader.isDigit(s[k]) { k += 1 }
            return a == k || (k < r.upperBound && NumberReader.isDigit(s[k])) ? nil : NormalizedText.integer(s[a..<k])
        }
        guard let m = number(), (1...12).contains(m), k < r.upperBound, s[k] == Self.hyphen || s[k] == YearResolver.yue else { return nil }
        let sep = s[k]; k += 1
        guard let d = number(), (1...31).contains(d) else { return nil }
        if sep == YearResolver.yue { guard k < r.upperBound, s[k] == YearResolver.ri else { return nil }; k += 1 }
        guard k < r.upperBound, TableCells.isGap(s[k]) else { return nil }
        while k < r.upperBound, TableCells.isGap(s[k]) { k += 1 }
        if marked { return m }
        // (a time of day right after, and nothing else: 3月12日 10:21; not a schedule's line, 6月1日 9:00 报名开始)
        guard k + 2 < r.upperBound, NumberReader.isDigit(s[k]),
              let colon = s[k + 1] == Self.colon ? k + 1 : NumberReader.isDigit(s[k + 1]) && s[k + 2] == Self.colon ? k + 2 : nil else { return nil }
        k = colon + 1
        while k < r.upperBound, NumberReader.isDigit(s[k]) || s[k] == Self.colon { k += 1 }   // (its minutes and seconds)
        return k == r.upperBound ? m : nil
    }
    static let hyphen: UInt32 = 0x2D, colon: UInt32 = 0x3A
    /// Marks of a post's head line (`来自 微博`, `· 播放`, `发表于`, `转发`).
    static let postMarks = ScalarTrie<Bool>(["来自", "播放", "发表于", "发布于", "转发", "·"].map { ($0, true) })
    /// Words of a member's own dates on a line (`注册时间 2011-6-18`, `加入时间`): no post's date.
    static let memberDates = ScalarTrie<Bool>(["注册", "加入时间", "生日", "出生", "入驻"].map { ($0, true) })
    /// Words of a page's furniture on its date line (`2020年6月12日 来源:某某日报`), and the characters of a date and its
    /// weekday (`2020年6月12日 星期五`).
    static let dateFurniture = ScalarTrie<Bool>(["来源", "作者", "编辑", "记者", "通讯员", "发布", "浏览", "阅读", "点击", "字号", "出处"]
        .map { ($0, true) })
    static let dateCharacters = ScalarSet("年月日时分秒星期周一二三四五六天")
    /// The longest line read as a post's date line.
    static let postStampLength = 48
    /// Whether a line opens with a day's date (`2020年6月12日 来源:…`): the page's date line, whatever role its shortness gave it.
    static func opensWithDate(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        let r = Outline.trim(s, line)
        guard !r.isEmpty, NumberReader.isDigit(s[r.lowerBound]) else { return false }
        return MetadataReader.date(in: s, r.lowerBound..<min(r.upperBound, r.lowerBound + Self.dateLength)) != nil
    }
    /// How long a day's date written in full runs (`2020年12月12日`, `2020-06-12`).
    static let dateLength = 11
    /// What closes a section's number (`二、`, `(三)`).
    static let sectionNumberEnds = ScalarSet(values: [NumberReader.listComma, 0x29, 0xFF09])
    /// Marks an infographic sets before a block's heading (`▌`, `■`, `┃`, `●`, `◆`, `▶`).
    static let blockMarks = ScalarSet("▌■┃●◆▶►★☆▲◇□○·|#")
    /// How long a label spaced after a year heading its block may be (`2019年 工作回顾`).
    static let yearLabelLength = 6
    static let du: UInt32 = 0x5EA6   // 度 (2018年度)

    /// Marks of an arrow between a start and an end (`→`, `➡`, `⇒`; not `>`, a comparison's and a breadcrumb's).
    static let arrows = ScalarSet(values: [0x2192, 0x27A1, 0x21D2])
    /// The two years of a heading an arrow joins (`(2013年底 → 2019年底)`), the earlier first; nil otherwise.
    static func arrowYears(_ s: [UInt32], _ e: [TimeExpression]) -> (from: Int, to: Int)? {
        guard e.count == 2, case .year(let a) = e[0].meaning, case .year(let b) = e[1].meaning, a < b,
              s[e[0].range.upperBound..<e[1].range.lowerBound].contains(where: arrows.contains) else { return nil }
        return (a, b)
    }
    /// A line past its item's number and mark (`2.工作措施`, `二、工作措施`, `（二）工作措施` → `工作措施`), the whole line where none
    /// opens it.
    static func pastItemNumber(_ s: [UInt32], _ r: Range<Int>) -> Range<Int> {
        guard Outline.numberedItem(s, r) else { return r }
        var k = r.lowerBound
        if k < r.upperBound, s[k] == FactContext.openBracket { k += 1 }
        while k < r.upperBound, NumberReader.isDigit(s[k]) || NumberReader.isChineseNumeral(s[k]) { k += 1 }
        return min(k + 1, r.upperBound)..<r.upperBound
    }
    /// Whether an arrow box's line past its number is one of its rows: a figure or an arrow in it, or a label's colon with
    /// its value after it (`贫困村:全部出列`); not a section's heading (`工作措施`, `下步工作:`).
    static func boxRow(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        if s[r].contains(where: { NumberReader.isDigit($0) || Self.arrows.contains($0) }) { return true }
        guard let colon = s[r].firstIndex(of: ListItems.colon) else { return false }
        return s[(colon + 1)..<r.upperBound].contains(where: NormalizedText.isHan)
    }
    /// Whether an arrow stands after `i` in its clause, spaces no break (`552万 → 17.5万`: 552万; not `8.6万人→0.3万人,减少…`:
    /// 0.3万人).
    static func arrowAfter(_ s: [UInt32], _ i: Int, in r: Range<Int>) -> Bool {
        var k = i
        while k < r.upperBound {
            if arrows.contains(s[k]) { return true }
            if Outline.isClauseBreak(s[k]) { return false }
            k += 1
        }
        return false
    }

    /// The last fact, past the counts of people and households after it (three at most), that counts villages; else the last.
    static func lastVillagesPastPeople(_ facts: [Fact]) -> Int? {
        var w = facts.count - 1
        while w >= 0, facts.count - 1 - w < 3, facts[w].measure == .persons || facts[w].measure == .households { w -= 1 }
        return w >= 0 && facts[w].measure == .villages ? w : facts.indices.last
    }

    private func makeFacts(_ c: Candidate, clause: Range<Int>, sentence: Range<Int>, heading: Range<Int>?, sentenceText: (text: String, span: Range<Int>), year: Int?, path: [String],
                           quotes: [Range<Int>], into facts: inout [Fact], kindOverride: (Kind, String)? = nil, subjectOverride: String? = nil,
                           topicFallback: (Topic, String)? = nil, column: Range<Int>? = nil) {
        // 贫困村164个,2016年出列17个: the noun a count by 个 leaves out is the villages' counted before
        // (2016年减贫2.1万人、退出贫困村38个;2017年减贫2.3万人、退出45个: an exit verb's count reaches back past the people
        // counted beside each year's villages, ``lastVillagesPastPeople(_:)``)
        var c = c, elidedFrom: Int?
        if c.measure == .items, c.unit == "个" {
            let exitVerb = FactContext.elidedNoun(s, c.start, clause: clause)
            if exitVerb || FactContext.elidedCount(s, c.start, unitEnd: c.unitEnd, clause: clause)
                || FactContext.elidedAfterHolder(s, c.start, unitEnd: c.unitEnd, clause: clause),
               let w = exitVerb ? Self.lastVillagesPastPeople(facts) : facts.indices.last,
               facts[w].start >= norm.storedRange(from: wholeSince, to: wholeSince + 1).0, facts[w].measure == .villages {
                c.measure = .villages; elidedFrom = w
            }
        }
        // 60个重点贫困村(康平43个、新民7个): a bare 个 inside the parenthesis glossing a count of villages counts villages
        if c.measure == .items, c.unit == "个", FactContext.glossesVillages(s, c.start, sentence: sentence),
           let w = facts.indices.last, facts[w].measure == .villages,
           facts.suffix(Self.glossReach).contains(where: { $0.measure == .villages && $0.value > c.value }) {   // (the whole, or the items before)
            c.measure = .villages; elidedFrom = w
        }
        // (the whole a part of this figure would be, from ``wholeSince`` on: read once, though five rules below may ask)
        var wholeRead: Int??
        func wholeBefore() -> Int? {
            if let w = wholeRead { return w }
            let w = whole(of: c, since: wholeSince, in: facts)
            wholeRead = .some(w)
            return w
        }
        // 分别是未退出贫困村:河边镇2个、金元镇2个: the items of a list headed by villages count villages
        if c.measure == .items, c.unit == "个", FactContext.listHeadedByVillages(s, c.start, sentence: sentence) { c.measure = .villages }
        if kindCues?.sentence != sentence { kindCues = (sentence, FactContext.SentenceCues(s, sentence)) }
        let past = year.flatMap { y in years.publicationYear.map { y < $0 } } ?? false
        var (kind, kindRule) = FactContext.kind(s, candidate: c, clause: clause, sentence: sentence, quotes: quotes, cues: kindCues!.cues, past: past)
        if let o = kindOverride { (kind, kindRule) = (o.0, o.1) }
        // (提前获得2021年…资金9853万元, 已下达2021年…: money of the next year allocated before it is done, no plan)
        if kind == .total, let y = year, let p = years.publicationYear, y > p,
           !KindCues.allocatedAlready(s, before: c.start, clause: clause, sentence: sentence, money: c.measure == .yuan) {
            kind = .target; kindRule = "kind.target.future-year"
        }
        // 签约11989人,履约服务11964人; 存量6855户,已开工2002户: a subset of the whole just stated
        if kind == .total, c.measure.takesPart, let (cue, verbAt) = FactContext.subsetCue(s, before: c.start, clause: clause),
           let w = wholeBefore(), subsetOf(w, c, cue: cue, verbAt: verbAt, clause: clause, sentence: sentence, year: year, facts) { kind = .part; kindRule = Self.subsetRule }
        // 各县(市、区)生态护林员选聘情况:⏎右江区  856名: a row of a list a colon's heading opens, under a
        // whole of its measure stated before the heading, is a part of it
        // (only under a heading that breaks down, 各县…情况:, 分乡镇:; 三个村的底数: lists parallel wholes)
        if kind == .total, listRow, listSince >= 0, c.measure.takesPart, whole(of: c, since: listSince, in: facts) != nil { kind = .part; kindRule = Self.listRowRule }
        // 全县共劝返236名。⏎分乡镇看，城关镇劝返31名…: a place's figure in a sentence viewing the whole place by place, under a whole
        // of its measure stated in the sentence before, is a part of it
        if kind == .total, c.measure.takesPart, KindCues.opensBreakdownView(s, sentence),
           let w = whole(of: c, since: wholeSince, before: norm.storedRange(from: sentence.lowerBound, to: sentence.lowerBound + 1).0, in: facts),
           facts[w].kind == .total {
            kind = .part; kindRule = KindCues.breakdownViewRule
        }
        // 180194名建档立卡贫困劳动力,有就业意愿的138716人: those of the whole just counted the attribute
        // a clause opened by 有 singles out
        if kind == .total, KindCues.countsPeople(c.measure), Self.attributeSingles(s, c, clause: clause, sentence: sentence),
           let w = wholeBefore(), facts[w].measure == c.measure, facts[w].kind == .total { kind = .part; kindRule = Self.subsetRule + ".有…的" }
        // 医疗总费用14386.52万元,基本医保报销9217.40万元,…个人自付…: what pays a bill stated before it in its sentence
        // is a part of the bill
        // (a bill of care: 各项费用320万元, 发放临时救助资金150万元 pays none; nor a fund a payer's word names, 兜底保障资金430万元)
        if kind == .total, c.measure == .yuan, let (payer, _) = KindCues.billPayers.firstMatch(in: s, clause.lowerBound..<c.start),
           KindCues.bills.firstMatch(in: s, sentence.lowerBound..<clause.lowerBound) != nil,
           KindCues.funds.firstMatch(in: s, payer..<c.start) == nil,
           let w = wholeBefore(), facts[w].measure == .yuan, facts[w].kind == .total,
           facts[w].start >= norm.storedRange(from: sentence.lowerBound, to: sentence.lowerBound + 1).0 {
            kind = .part; kindRule = Self.subsetRule + ".费用"
        }
        // 全村489户1917人,贫困户56户177人: the poor heading the clause after one that counts a place's
        // whole population are a subset of it (FORMAT.md: a subset without 其中 is a part)
        if kind == .total, KindCues.countsPeople(c.measure), clause.lowerBound > sentence.lowerBound,
           KindCues.poorHeaded(s, clause: clause, before: c.numberStart), let w = wholeBefore() {
            let before = TopicResolver.previousClause(s, before: clause.lowerBound, in: sentence)
            // (a count of everyone, filed 其他: not 全乡2016年脱贫500户,贫困户剩余300户)
            if facts[w].start >= norm.storedRange(from: before.lowerBound, to: before.lowerBound + 1).0,
               facts[w].kind == .total, facts[w].topic == .other,
               KindCues.populationWords.firstMatch(in: s, before) != nil,
               KindCues.poorHeads.firstMatch(in: s, before) == nil { kind = .part; kindRule = Self.subsetRule + ".poor" }
        }
        // …年度任务超额完成。其中,东部地区投入财政援助资金229亿元: 其中 with no whole of the figure's
        // measure before it (in its sentence or the one before) breaks down no figure
        // (因病返贫风险户(23户): a parenthesis after no larger figure of its measure is no part either,
        // unless it is one of a list of glosses, whose whole may follow: 贵州省(24个)、吉林省(8个)…等80个县)
        // (全市11个县市区中有国家级贫困县10个、1235个贫困村、185.07万贫困人口: nor a partitive 中's, of
        // a whole counted by another measure)
        // (家庭医生团队191个,含家庭医生631人: nor 含's, listing members of another thing)
        if kind == .part, Self.isQizhong(kindRule) || kindRule?.utf8.elementsEqual(FactContext.partitiveRule.utf8) == true
            || kindRule?.utf8.elementsEqual(Self.hanRule.utf8) == true
            || (kindRule == "kind.part.parenthesis" && !Self.glossListed(s, after: c.end, sentence: sentence)) {
            // (收入持续快速增长(其中2011年3549元,…): a parenthesis opened by 其中 breaks down the clause
            // right before it, not a figure of an earlier clause, unless that clause speaks of all of
            // one: 贫困人口全部脱贫(其中2020年脱贫124户))
            var since = wholeSince, before = Int.max, siblingsFrom = Int.max
            if Self.isQizhong(kindRule) {
                let opens = Self.breakdownStart(s, before: c.start, sentence: sentence)
                siblingsFrom = norm.storedRange(from: opens, to: opens + 1).0
                // (…全国共有478.2万人,其中…28.6万人,支出…资金86.1亿元: a 其中 inside its sentence breaks
                // down a figure of that sentence, not one of the sentence before, 支出低保资金627.7亿元)
                // (入住的贫困群众包含索县6户…: one opened by no figure may break down the sentence before's)
                if opens > sentence.lowerBound, Self.quantityEnds(s, before: opens, sentence: sentence, anyUnit: true) {
                    since = max(since, sentence.lowerBound)
                }
                if opens - 2 >= sentence.lowerBound, s[opens - 1] == FactContext.openBracket, s[opens] == KindCues.qizhong[0],
                   !s[opens..<c.start].contains(FactContext.closeBracket) {
                    let head = Outline.clause(s, around: opens - 2, in: sentence).lowerBound
                    if KindCues.allOfWhole.firstMatch(in: s, head..<(opens - 1)) == nil {
                        since = head
                        before = norm.storedRange(from: opens, to: opens + 1).0
                    }
                }
            }
            var w = whole(of: c, since: since, before: before, in: facts)
            // (a larger item of the breakdown, of another place of the same level, is a sibling, no whole:
            // 其中:乐都区819万元,民和县1226万元,互助县600万元; the search ends: `whole(of:)` takes only
            // facts starting strictly before `before`)
            // (nor, after 其中, an earlier item of the same breakdown: 其中村级光伏电站713座、…,集中光伏电站21座)
            var sibling = false
            while let j = w, facts[j].start >= siblingsFrom,
                  Self.isQizhong(kindRule) || facts[j].regionPath.levels.count == path.count && facts[j].regionPath.levels != path {
                sibling = true
                w = whole(of: c, since: since, before: facts[j].start, in: facts)
            }
            // (装机容量达到78.96万千瓦,其中村级光伏电站713座: a whole stated in a unit outside the table
            // right before the 其中 is still the whole broken down, by the figure in the 其中's clause
            // and its siblings; not by a figure of another measure further on, …惠及2000多个贫困村)
            let opens = Self.isQizhong(kindRule) ? Self.breakdownStart(s, before: c.start, sentence: sentence) : c.start
            if w == nil, Self.isQizhong(kindRule), !sibling, siblingsFrom < Int.max {
                sibling = facts.reversed().prefix { $0.start >= siblingsFrom }.contains { $0.measure == c.measure }
            }
            if w == nil,
               !(Self.isQizhong(kindRule) && (peopleCountedOtherwise(before: c, sentence: sentence, in: facts)
                                             || opens >= clause.lowerBound && peopleOfAnotherWhole(c, opens: opens, sentence: sentence, in: facts)
                                             || (opens >= clause.lowerBound || sibling) && Self.quantityEnds(s, before: opens, sentence: sentence))) {
                kind = .total; kindRule = nil
            }
        }
        // (2015年,全村有86户贫困户要解决住房问题: a need stated of a year before the report's is no plan of it)
        // (the rule's name compared by its bytes, after the years: a String == on non-ASCII text cost 4.0 M instructions
        // a pass over 400 reports)
        if kind == .target, let y = year, let d = years.publicationYear ?? documentYear, y < d,
           kindRule?.utf8.elementsEqual(KindCues.modalAfterRule.utf8) == true { kind = .total; kindRule = nil }
        var planWhole: Int?   // the plan a breakdown's figure is part of
        // 今年需要搬迁18.1万户,其中建档立卡贫困户15.9万户: a breakdown of a plan is the plan's (FORMAT.md)
        if kind == .part, Self.isQizhong(kindRule) || kindRule == Self.hanRule {
            // (the whole before the breakdown's 其中, not an item of it: 其中…,2017年预脱贫19户,2018年未脱贫1户)
            let opens = Self.breakdownStart(s, before: c.start, sentence: sentence)
            // (其中 opening the sentence breaks down the plan of the sentence before: 目标任务是:…223个贫困村
            // 全部减贫摘帽…。其中,2016年完成77个村减贫摘帽)
            let since = opens == sentence.lowerBound ? wholeSince : sentence.lowerBound
            // (the whole stated before the breakdown, not an earlier part of it: 其中,张家村31户;瓦额村62户;瓦都西村55户)
            let opensAt = norm.storedRange(from: opens, to: opens + 1).0
            if let w = whole(of: c, since: since, before: opensAt, in: facts) {
                switch facts[w].kind {
                // (还有1200户需要改造危房,其中已开工的有800户: a part its clause says is done is done, 已开工 of the plan)
                case .target:
                    // (计划搬迁7865户…,截至目前已搬迁入住7120户…,其中县城安置区安置了3200余户: a breakdown of the plan's part
                    // done, standing between, is done too)
                    let ofDone = facts[(w + 1)...].contains { $0.measure == c.measure && $0.kind == .part && $0.value > c.value && $0.start < opensAt }
                    if !ofDone, !KindCues.partDone(s, opens..<c.start) { kind = .target; kindRule = "kind.target.breakdown"; planWhole = w }
                // (每亩补助1500元,其中中央财政现金补助1200元: a breakdown of a standard is the standard's, per unit too)
                case .rate: kind = .rate; kindRule = "kind.rate.breakdown"
                case .total, .part, .change: break
                }
            }
        }
        // (not a figure of a year before the report's, nor one its clause says is done or is now:
        // 一、工作目标任务⏎ …2016年脱贫98户394人…全镇现剩余222户851人未脱贫 sets out where the plan starts)
        // (a change planned too: 2021年目标:⏎生产总值增长6.5%左右; and a level per person to be reached,
        // 人均生产总值达到9万元左右, not a standard paid per person, 每户补助3000元)
        // (the level's verb looked for only under a plan's heading: most figures stand under none)
        // (a table of the plan with a column of its own for the plan, 贫困人口(人)  签约目标(人), states where the
        // plan starts in its other columns: ``TableCells/plansColumn(_:_:)``)
        if planSection, !sentenceLooksBack, column == nil || !tablePlans,
           kind == .total || kind == .part || kind == .change || kind == .rate && TopicCues.levelReached.firstMatch(in: s, clause.lowerBound..<c.start) != nil,
           !(year.map { y in documentYear.map { y < $0 } ?? false } ?? false),
           // (今年…已安排扶贫资金3500万元,比去年增长四成以上: a change's clause goes on from what its sentence told done,
           // a figure with it; not from a done thing without one, 在已完成"两不愁三保障"任务的基础上,…增长9%)
           !Self.toldDone(s, before: c.start, clause: clause, sentence: kind == .change ? sentence : clause),
           // (今年计划:⏎全年脱贫1500人,已于10月底全部完成: a completion its sentence states of it after the figure,
           // no other figure between)
           !KindCues.doneAfter(s, from: c.end, sentence: sentence, planned: c.value, measure: c.measure),
           // (计划易地扶贫搬迁186户,截至11月底已全部搬迁入住: told done whole after a date, as outside a plan's section)
           !FactContext.wholeDoneAfter(s, figureEnd: c.end, sentence: sentence),
           // (会议同意拨付…6000万元,资金当月全部拨付到位: a decision told carried out)
           !KindCues.decisionCarriedOut(s, clause: clause, sentence: sentence),
           // (全镇现剩余222户851人未脱贫,贫困发生率3.45%: the present its sentence states, before the figure)
           !KindCues.statesPresent(s, sentence.lowerBound..<c.start) { kind = .target; kindRule = "kind.target.section" }
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
        // (农村常住居民人均可支配收入中,工资性收入4236元: or the sources of the income it heads)
        // (人均可支配收入最高,达8412元: or a level the clause reaches, nothing but a verb, after the clause naming it)
        if c.measure == .yuan, kind == .total, lastMoney?.sentence != sentence.lowerBound,
           TopicCues.perCapita.firstMatch(in: s, sentence.lowerBound..<clause.lowerBound) != nil,
           ((elliptical() || KindCues.incomeSourceTrie.firstMatch(in: s, clause) != nil && KindCues.closesPartitive(s, before: clause.lowerBound, from: sentence.lowerBound))
            && YearResolver.headsFigures(s, sentence, clause.lowerBound))
            || FactContext.levelOfPerCapitaBefore(s, c.start, clause: clause, sentence: sentence) {
            kind = .rate; kindRule = KindCues.perCapitaListRule
        }
        // (人均可支配收入从2013年的两千六百二十元,涨到去年的七千三百多元: the level it reached, too, where only a time stands
        // before the verb; not 村集体经济收入达到76万元, a level of another thing)
        // (人均可支配收入10950元。工资性收入4233元: and the parts of the income the next sentence of its paragraph lists)
        if c.measure == .yuan, kind == .total || kind == .change, let h = lastMoney, h.perCapita,
           h.sentence == sentence.lowerBound && (kind == .change || elliptical() || KindCues.incomeComponents.firstMatch(in: s, clause) != nil
                                                 // (全村人均纯收入达到14668元,而2013年只有1668元: the earlier level a contrast gives)
                                                 || FactContext.contrastsTime(s, c.numberStart, clause: clause)
                                                 || FactContext.levelOfPerCapitaBefore(s, c.start, clause: clause, sentence: sentence, afterFigure: true)
                                                 || TopicCues.levelReached.firstMatch(in: s, clause.lowerBound..<c.start)
                                                    .map { v in s[clause.lowerBound..<v.0].allSatisfy(KindCues.timeOnlyChars.contains) } == true
                                                    // (…增长9.5%,全年财政收入,达到6.2亿元: not after a clause naming another thing)
                                                    && FactContext.previousClauseHoldsLevel(s, clause: clause, sentence: sentence))
            || h.sentence >= lineRange.lowerBound && h.sentence < sentence.lowerBound
                && KindCues.incomeSourceTrie.longest(in: s, at: clause.lowerBound, limit: c.start) != nil
                // (工资性收入总额达到18.6亿元: the sum over everyone)
                && KindCues.aggregateWords.firstMatch(in: s, clause.lowerBound..<c.start) == nil {
            kind = .rate; kindRule = KindCues.perCapitaListRule
        }
        // (每座水柜补助1800元,贫困户再追加补助600元; 每亩1500元,分三次下达:第一年800元、第三年300元: a smaller sum after
        // a sum per unit in its sentence, with no cue of its own, is per unit too: an addition or an instalment;
        // a larger one is a sum over units, and a new whole)
        // (only with a word of adding or of instalments in its clause, ``KindCues/perUnitFollowCues``: 农户张某今年领到补助资金800元,
        // 又领了一千块分红 are what one was paid; 每户补助1500元,共发放补助资金1200元 a tally)
        // (对贫困户每户补助2万元,一般农户1万元: or a clause that names nothing but another class of recipient, the standard for them)
        // (larger or smaller: 每人每年1200元,重度残疾人1800元)
        if c.measure == .yuan, kind == .total, let h = sentenceStandard, h.sentence == sentence.lowerBound,
           c.value < h.value && KindCues.perUnitFollows(s, clause.lowerBound..<c.start) || KindCues.namesRecipientClass(s, clause.lowerBound..<c.start),
           KindCues.bracketTotals.firstMatch(in: s, clause.lowerBound..<c.start) == nil {
            kind = .rate; kindRule = KindCues.perUnitFollowRule
        }
        if c.measure == .yuan {
            let perCapita = kind == .rate && kindRule.map(KindCues.perCapitaRateBytes.contains) == true
            lastMoney = (sentence.lowerBound, perCapita)
            // (the largest sum paid per unit of the sentence: its instalments may go up and down, 第一年800元、第三年300元、
            // 第五年400元; not an income per person, a level of the people, which the money after it is no share of:
            // 全县人均可支配收入达到9000元,2019年投入扶贫资金8000元)
            if kind == .rate, !perCapita { sentenceStandard = (sentence.lowerBound, max(c.value, sentenceStandard.flatMap { $0.sentence == sentence.lowerBound ? $0.value : nil } ?? 0)) }
            // (any other sum between ends it: 每年安排300万元…,按照每户最高不超过5万元的标准…,发放资金204.3万元)
            else { sentenceStandard = nil }
        }
        // (村里农民人均纯收入只有950元;2020年,这一数字达到13620元: a figure a demonstrative refers back to, the last of its measure
        // in the paragraph, says what this one is: its kind and subject)
        // (a sentence that names the thing before, 2013年村集体经济收入为零,今年这一数字达到了18万元, refers to what it names, no
        // figure of an earlier sentence; only a level per unit passes its kind on: 计划脱贫1.5万人;…这一数字实际达到1.62万人
        // is what was done)
        var referredTo: Int?
        if let a = KindCues.figureAnaphora.firstMatch(in: s, clause.lowerBound..<c.start)?.0,
           let w = facts.indices.last(where: { facts[$0].measure == c.measure }),
           norm.storedRange(from: lineRange.lowerBound, to: lineRange.lowerBound + 1).0 <= facts[w].start,
           facts[w].sentenceSpan == sentenceText.span || s[sentence.lowerBound..<a].allSatisfy({ KindCues.timeOnlyChars.contains($0) || Outline.isClauseBreak($0) }) {
            referredTo = w
            if kind == .total, facts[w].kind == .rate { kind = .rate; kindRule = KindCues.figureAnaphoraRule }
        }
        var subject = subjectOverride ?? FactContext.subject(s, candidate: c, clause: clause, pool: strings, words: &subjectWords, places: linePlaceNames, path: path)
        // (an elliptical clause or a left-out noun says what the figure before said: its subject)
        if let w = elidedFrom ?? referredTo { subject = facts[w].subject }
        else if subjectOverride == nil, let carried = Self.carriedSubject(facts, measure: c.measure, sentence: sentenceText.span,
                                                  elliptical: { elliptical() || FactContext.onlyLevelBefore(s, c.start, clause: clause) },
                                                  onlyChange: { FactContext.onlyChangeBefore(s, c.start, clause: clause) }) {
            subject = carried
        }
        if topicMatches?.sentence != sentence {
            var cues = TopicResolver.matches(s, sentence)
            // (浐灞生态区, 灞桥区: a cue inside a place's name is the name's, not the figure's topic)
            if !linePlaceNames.isEmpty { Self.mask(&cues, inside: linePlaceNames) }
            topicMatches = (sentence, cues)
        }
        if let h = heading, headingMatches?.heading != h {
            var cues = TopicResolver.matches(s, h)
            if !cues.isEmpty { Self.mask(&cues, inside: finder.mentions(in: s, h).map(\.range).sorted { $0.lowerBound < $1.lowerBound }) }
            headingMatches = (h, cues)
        }
        var (topic, topicCue) = TopicResolver.topic(s, numberStart: c.numberStart, numberEnd: c.numberEnd, clause: clause, sentence: sentence,
                                                    heading: heading, measure: c.measure, kind: kind, matches: topicMatches!.cues,
                                                    headingMatches: heading == nil ? nil : headingMatches!.cues)
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
           let w = wholeBefore(), facts[w].topic == .other,
           topicMatches!.cues.contains(where: { clause.contains(Int($0.start)) && $0.cue.topic == .poor && $0.cue.role == .qualifier }),
           !topicMatches!.cues.contains(where: { clause.contains(Int($0.start)) && $0.cue.namesArea && $0.cue.topic != .poor }) {
            topic = .poor; topicCue = "topic.贫困人口.全体之中"
        }
        // 计划脱贫127户,其中低保贫困户4户: a group of the poor counted within the poor or those
        // leaving poverty is counted as its whole is
        if kind == .part, topic == .poor || topic == .welfare, KindCues.countsPeople(c.measure),
           let w = wholeBefore(), Self.wholeTopicGoverns(part: topic, rule: topicCue, whole: facts[w].topic) {
            topic = facts[w].topic; topicCue = "topic.whole"
        }
        // 住院总费用1523.7万元,其中…政府兜底123万元; 教育扶贫救助基金490万元…其中…发放救助基金36.87万元:
        // relief given within a medical bill or a school's fund is the bill's or the fund's area
        if kind == .part, topic == .welfare, let w = wholeBefore(), facts[w].topic == .health || facts[w].topic == .education {
            topic = facts[w].topic; topicCue = "topic.whole"
        }
        // 浙江省对口帮扶…80个县。其中,国家级贫困县72个: a part its status word files under a programme's
        // heading is its whole's, where the whole's own words filed it under a programme (not the heading)
        if kind == .part, topicCue.utf8.elementsEqual(TopicResolver.partStatusRule.utf8), let w = wholeBefore(),
           TopicResolver.continues(facts[w].topic), !TopicResolver.byHeading(facts[w].topicCue) {
            topic = facts[w].topic; topicCue = "topic.whole"
        }
        // (年份  减贫人数  贫困发生率 ⏎ 2017  11200  14.6: a table's column header is its cells' own noun, read as
        // their clause, where the row's words file them nowhere or under money in general, or it counts
        // those who left poverty or are still poor)
        if let h = column {
            let (t, cue) = TopicResolver.topic(s, numberStart: h.upperBound, numberEnd: h.upperBound, clause: h, sentence: h,
                                               heading: nil, measure: c.measure, kind: kind)
            // (搬迁人数  其中建档立卡: a status word heading a column of parts yields to the area of the row, as in prose)
            if t != .other, topic == .other || topic == .funds || t == .exit || t == .poor && kind != .part { (topic, topicCue) = (t, cue) }
        }
        // (序号  乡镇  补助人数(名)  补助金额(万元) under a notice of 雨露计划: a table's context naming an area
        // outweighs the money in general its header names)
        // (not where the header names money in general itself: 扶贫资金(万元) under …人均纯收入及扶贫资金投入情况)
        // (户籍人口 under a title of a meeting: everyone of the place, no area's)
        // (序号 姓名 岗位 全年补贴(元) ⏎ 1 陈*海 保洁员 6000 under …公益性岗位…公示: a list of the people a programme
        // paid is the programme's, not the 保洁 of a person's post)
        if let f = topicFallback, topic == .other && column.map({ WholePlaceCounts.populations.firstMatch(in: s, $0) == nil }) != false
            || column != nil && tableListsPersons && f.0 != .funds && f.0 != .other
            || topic == .funds && f.0 != .funds && column.map({ TableCells.generalMoney.firstMatch(in: s, $0) == nil }) == true { (topic, topicCue) = f }
        if topic == .other {
            // 宁德市分配得8803万元…。我市共分配到8803万元: a figure said again keeps what it was filed under
            // (read back by index, ``restatementReach`` facts at most: a copy of each fact per figure made a
            // 16,000-row table take 11 s)
            if Self.isDistinctive(c.value), let e = Self.restated(c, in: facts) {
                topic = facts[e].topic; topicCue = "topic.restated"
            }
            // 其中,寿宁县1762万元、霞浦县1477万元…: a part its own words file nowhere takes its whole's topic (FORMAT.md)
            else if kind == .part, let w = wholeBefore() {
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
        let surface = norm.surface(from: c.start, to: c.unitEnd)
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
        // (30、40、50户: a fact for each figure listed, then the last)
        for v in c.listed {
            facts.append(facts[facts.count - 1])
            facts[facts.count - 1].value = v
        }
        if let high = c.high {
            facts.append(facts[facts.count - 1])
            facts[facts.count - 1].value = high
        }
        let noun = c.unitEnd < s.count && NormalizedText.isHan(s[c.unitEnd]) ? s[c.unitEnd] : 0
        while countedNouns.count < facts.count { countedNouns.append(noun) }
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

    /// Whether `d` is another town of the county of a village's report (`五竹镇的蝴蝶兰扶贫车间…` in 杨家寺村's): not a town's
    /// report (`吉卫镇派出工作队协助我镇工作` in 花垣镇's), nor a village beside the report's (`邻村竹子村…`).
    static func besideInCounty(_ d: [String], _ own: [String]) -> Bool {
        d.count == townPathLength && own.count > townPathLength && d.prefix(townPathLength - 1) == own.prefix(townPathLength - 1) && !own.starts(with: d)
    }
    /// The length of a town's full path (province, prefecture, county, town).
    static let townPathLength = 4

    /// The longest attribution read (`2月25日,在辽宁省朝阳市建平县三家乡小新地村,朱成坤兴奋地说`).
    static let attributionLength = 60

    /// How far into a paragraph a place may stand and still be what the paragraph is about.
    static let paragraphOpening = 3
    /// How far into a paragraph a firm named before may stand to set its place, in scalars.
    static let firmOpening = 16
    /// How far into the next paragraph a word speaking of the place again (全村) may stand.
    static let anaphoraReach = 48

    /// Drops the topic cues that lie inside a place's name (`浐灞生态区`, `桑植县`): they are the name's, no figure's topic.
    static func mask(_ cues: inout [TopicResolver.TopicMatch], inside names: [Range<Int>]) {
        guard !cues.isEmpty else { return }
        // (二、移民新村建设, 搬迁新村: a word of two characters or more opening the name, found by its suffix, says
        // what the place is for: the cue stays)
        // (搬迁新村今年举办技能培训班3期: only where no cue stands outside the names, the clause's own area)
        func inside(_ m: TopicResolver.TopicMatch) -> Range<Int>? { names.inOrder(containing: Int(m.start)).flatMap { $0.upperBound >= Int(m.end) ? $0 : nil } }
        let outside = cues.contains { inside($0) == nil }
        cues.removeAll { m in inside(m).map { n in outside || !(Int(m.start) == n.lowerBound && m.end - m.start >= 2) } ?? false }
    }

    /// How long a card's line of figures may be (`9.87%　→　1.63%`): a long line is prose or a table's, and is not read whole a figure.
    static let cardLineLength = 40
    /// An infographic's card (`6.52万人 ⏎ 2019年全县减少贫困人口`, `贫困发生率 ⏎ 9.87%　→　1.63%`, lines between blank ones): a line of
    /// figures alone (no Han character outside `figure`) takes its label from the line right below it, else right above it, where
    /// that line holds no figure, holds a topic's word, and ends the card (a blank line or the text's edge beyond it); nil elsewhere.
    static func cardLabel(_ s: [UInt32], _ outline: Outline, line index: Int, figure: Range<Int>) -> Range<Int>? {
        let lines = outline.lines
        guard index < lines.count, case let r = lines[index].range, r.count <= cardLineLength,
              !r.contains(where: { !figure.contains($0) && NormalizedText.isHan(s[$0]) }) else { return nil }
        func edge(_ k: Int) -> Bool { k < 0 || k >= lines.count || lines[k].role == .blank }
        func label(_ k: Int) -> Range<Int>? {
            guard k >= 0, k < lines.count, lines[k].role != .blank, case let l = lines[k].range,
                  !Outline.holdsFigure(s, l), !TopicResolver.matches(s, l).isEmpty else { return nil }
            return l
        }
        if edge(index + 2), let l = label(index + 1) { return l }
        if edge(index - 2), let l = label(index - 1) { return l }
        return nil
    }

    /// The year last named before `position` (`2016年`, four digits and 年), read back over the text
    /// (asked only where a sentence opens with ``TimeLexicon/thatTime``: rare; no further back than ``lastYearReach``).
    /// (`year` nil: the time last named is a decade, `1990年代`, which names no year)
    static func lastYearNamed(_ s: [UInt32], before position: Int, from lower: Int) -> (year: Int?, at: Int)? {
        var k = position - 1
        // (no further back than ``lastYearReach``: read for every sentence 次年 opens, a scan to the text's start was
        // quadratic on a long text without years)
        while k >= max(4, lower + 4, position - lastYearReach) {
            // (计划到2019年实现全部脱贫: a plan's deadline is no time the story was at; 2014年至2019年: a span's end is)
            if s[k] == YearResolver.nian, (k - 4..<k).allSatisfy({ NumberReader.isDigit(s[$0]) }),
               k - 5 < 0 || !NumberReader.isDigit(s[k - 5]) && (!TimeLexicon.toMarkers.contains(s[k - 5]) || Self.yearEndsAt(s, k - 5)) {
                if let y = NormalizedText.integer(s[(k - 4)..<k]), TimeLexicon.namedYears.contains(y) {
                    return (YearResolver.namesDecade(s, at: k + 1, limit: s.count) ? nil : y, k - 4)
                }
            }
            k -= 1
        }
        return nil
    }
    /// Whether the mention of `path` among a sentence's places is followed, past a list of places, by words that
    /// make them examples of a kind (`七百弄、板升这样的深山乡镇`).
    static func namedAsExamples(_ s: [UInt32], _ places: [(mention: PlaceMention, path: [String]?)], path: [String], limit: Int) -> Bool {
        guard let m = places.first(where: { $0.path == path })?.mention else { return false }
        // (the list's other names read or not: 板升 alone is none the finder knows)
        // (a list's: 对都安县这样的深度贫困县来说,… names one place as the kind, the place spoken of; 像 before it an example)
        var listed = m.range.lowerBound > 0 && s[m.range.lowerBound - 1] == NumberReader.listComma
            || PlaceLexicon.exampleLeads.longestEnding(in: s, at: m.range.lowerBound, from: max(0, m.range.lowerBound - 2), maxLength: 2) != nil
        var k = m.range.upperBound
        while k < min(limit, m.range.upperBound + PlaceLexicon.exampleReach), !Outline.isClauseBreak(s[k]) || s[k] == NumberReader.listComma {
            if s[k] == NumberReader.listComma { listed = true }
            if PlaceLexicon.exampleMarks.longest(in: s, at: k, limit: limit) != nil { return listed }
            k += 1
        }
        return false
    }
    /// Where a line's sentence starts past a speaker's name and its colon (`谭启明：`, `记者：`, `答：`), else its start.
    static func afterSpeaker(_ s: [UInt32], _ r: Range<Int>) -> Int {
        var k = r.lowerBound
        while k < min(r.upperBound, r.lowerBound + speakerLength), NormalizedText.isHan(s[k]) { k += 1 }
        return k > r.lowerBound && k < r.upperBound && s[k] == ListItems.colon ? k + 1 : r.lowerBound
    }
    /// The longest speaker's name before an answer's colon (``afterSpeaker(_:_:)``).
    static let speakerLength = 5
    /// Whether a year, four digits and 年, ends right before `at` (`2014年|至2019年`).
    static func yearEndsAt(_ s: [UInt32], _ at: Int) -> Bool {
        at >= 5 && s[at - 1] == YearResolver.nian && (at - 5..<at - 1).allSatisfy { NumberReader.isDigit(s[$0]) }
    }

    static let lastYearReach = 2_000
    /// Counts from here up are taken as one claim when restated whatever their subjects.
    static let distinctiveValue = 100.0
    /// A share of the whole (`100%`), common to many claims of a report: no value distinctive of one.
    static let whole = 100.0
    /// Figures from here up are one claim when restated even in the very next sentence.
    static let largeValue = 10_000.0

    static let deng = TrapLexicon.deng   // 等
    static func startsWith(_ s: [UInt32], _ r: Range<Int>, _ w: [UInt32]) -> Bool {
        r.count >= w.count && s[r.lowerBound..<(r.lowerBound + w.count)].elementsEqual(w)
    }
}
