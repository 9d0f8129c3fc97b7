/// What a line of a page is.
public enum LineRole: String, Sendable {
    case body, heading, nav, meta, footer, spam, blank
}

/// A sentence of the report: a range of normalised scalars inside one line.
public struct Sentence: Sendable {
    public let range: Range<Int>
    public let line: Int
    /// 0 for the paragraph's first sentence.
    public let indexInLine: Int
}

/// The layout of a page: lines with their roles, and the sentences of the report.
///
/// Navigation (`首页 新闻 评论 视频`), breadcrumbs (`闽南网 > 新闻中心`), metadata lines
/// (`来源:…`), keyword-stuffed spam and everything from the footer on (`责任编辑`, `相关阅读`)
/// are set aside, so their numbers never become facts.
public struct Outline: Sendable {
    public var lines: [(range: Range<Int>, role: LineRole)] = []
    public var sentences: [Sentence] = []
    /// How many pieces were cut from sentences longer than ``longestSentence`` (for the document's notes).
    public var piecedSentences = 0

    public init(_ s: [UInt32]) {
        self.init(s, lines: Self.lineRanges(s))
    }

    /// The outline of a normalised text, whose line feeds it noted.
    init(_ norm: NormalizedText) {
        self.init(norm.scalars, lines: Self.lineRanges(between: norm.lineFeeds, count: norm.scalars.count))
    }

    private init(_ s: [UInt32], lines lineRanges: [Range<Int>]) {
        // lexicon statics copied to locals: a static read inside a per-scalar loop calls swift_once
        let (sentenceEnds, closers) = (Self.sentenceEnds, Self.closers)
        var bodySeen = false
        var bodyScalars = 0
        var inFooter = false
        var worded = false   // a line other than a blank one read already (the page's first is the title's place)
        lines.reserveCapacity(s.count / 32 + 4)   // about a line per 30 scalars in reports: no regrowth
        for raw in lineRanges {
            var range = Self.trim(s, raw)
            var role: LineRole
            if range.isEmpty { role = .blank }
            else if inFooter { role = .footer }
            else { role = Self.classify(s, range) }
            // (a page's first line, unpunctuated and up to a long headline's length, is its title, not
            // keyword spam: 红河州脱贫人口人均纯收入同比增长16.9%全州新增就业岗位3.2万个外出务工人数)
            // (keyword spam strings its words with commas: 热门游戏,免费99款精品游戏…)
            if role == .spam, !worded, MetadataReader.isHeadline(s, range), !Self.isRepetitive(s, range) { role = .heading }
            if role != .blank { worded = true }
            if !inFooter, role != .blank, bodySeen, let (at, _) = Self.footerMarkers.firstMatch(in: s, range) {
                // (…符合条件的学生全部获得资助。(记者/唐群峰 原文编辑:谌怡秋), …每月有1000至3000元的收入。
                // 责任编辑:…: a marker after a paragraph's sentences closes the paragraph, which stays
                // the report's up to the marker, however short the body before it)
                let closesParagraph = role == .body && s[range.lowerBound..<at].contains(where: sentenceEnds.contains)
                // above the report's first paragraphs a marker is page furniture (微信扫一扫 by the
                // title), not the footer's start
                // (相关链接: alone on its line after the report's sentences: the list of other items
                // begins, on a short page too)
                let listingAlone = bodyScalars > 0 && Self.listingMarkers.longest(in: s, at: range.lowerBound, limit: range.upperBound)
                    .map { range.count - $0.length <= 1 } == true
                if bodyScalars >= Self.bodyBeforeFooter || listingAlone {
                    inFooter = true
                    if !closesParagraph { role = .footer }
                } else if !closesParagraph { role = .nav }
                // (the paragraph closed, the report has ended: related items after it are furniture)
                if closesParagraph { range = Self.trim(s, range.lowerBound..<at); inFooter = true }
            }
            if role == .body { bodySeen = true; bodyScalars += range.count }
            lines.append((range, role))
        }
        var sentences: [Sentence] = []
        var pieced = 0
        sentences.reserveCapacity(s.count / 24 + 4)
        s.withUnsafeBufferPointer { p in   // every scalar of the body is read here: no bounds checks
            sentenceEnds.withContains { endsSentence in
                for (index, line) in lines.enumerated() where line.role == .body || line.role == .heading
                        || line.role == .meta && Self.captionStates(s, line.range) {
                    var k = 0
                    var from = line.range.lowerBound
                    let last = line.range.upperBound - 1
                    var j = line.range.lowerBound
                    while j <= last {
                        // to the sentence's end mark, or the line's last scalar, in a loop of its own
                        // (measured: 310.9 → 307.8 M instructions a pass over 400 reports)
                        while j < last, !endsSentence(p[j]) { j &+= 1 }
                        // keep closing quotes with their sentence: 。” belongs before the break, and
                        // so does a run of end marks (……, ?!)
                        var end = j + 1
                        while end <= last, closers.contains(p[end]) || endsSentence(p[end]) { end += 1 }
                        // (a sentence longer than ``longestSentence``, thousands of figures run together with no full stop: read in
                        // pieces, each closed by a clause's break about ``sentencePiece`` in, so that no figure carries the whole of it)
                        while end - from > Self.longestSentence {
                            var cut = from + Self.sentencePiece
                            while cut < end, cut - from < Self.longestSentence, !Self.isClauseBreak(p[cut - 1]) { cut &+= 1 }
                            // (none: cut outside a figure's digits and numerals, 扶贫100人扶贫100人…)
                            if cut - from >= Self.longestSentence {
                                cut = from + Self.sentencePiece
                                // (three characters past a figure's last digit or numeral: its unit, 人次, 公里, stays whole)
                                while cut < end, cut - from < Self.longestSentence,
                                      (max(from, cut - Self.unitReach)...cut).contains(where: { NumberReader.figureStarts.contains(p[$0]) }) { cut &+= 1 }
                                // (figures packed closer than that, 剩余10户剩余11户…: cut where a number's digits begin, the number whole)
                                if cut - from >= Self.longestSentence {
                                    cut = from + Self.sentencePiece
                                    // (十一户剩余十二户…: a Chinese numeral's start too; not inside 3.5)
                                    while cut < end, !(NumberReader.figureStarts.contains(p[cut]) && !NumberReader.figureStarts.contains(p[cut - 1])
                                                       && p[cut - 1] != NumberReader.point) { cut &+= 1 }
                                }
                            }
                            guard cut < end else { break }
                            sentences.append(Sentence(range: from..<cut, line: index, indexInLine: k))
                            k += 1; pieced += 1
                            from = cut
                        }
                        if end > from {
                            sentences.append(Sentence(range: from..<end, line: index, indexInLine: k))
                            k += 1
                        }
                        from = end
                        j = end
                    }
                }
            }
        }
        self.sentences = sentences
        self.piecedSentences = pieced
    }

    /// How long a sentence may run before it is read in pieces: far past any report's (the dev and blind sets' longest is 343;
    /// review 82 wrote one of 1,117 that a cut at 1,000 broke inside its 其中 breakdown).
    static let longestSentence = 2000
    /// How long a piece of an over-long sentence runs before the next clause's break closes it.
    static let sentencePiece = 1000
    /// How many characters past a figure's last digit a cut with no clause's break waits (its unit: `人次`, `公里`).
    static let unitReach = 3

    /// The ranges between the line feeds at `feeds` in a text of `count` scalars, as ``lineRanges(_:)``.
    static func lineRanges(between feeds: [Int32], count: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(feeds.count + 1)
        var start = 0
        for f in feeds {
            out.append(start..<Int(f))
            start = Int(f) + 1
        }
        out.append(start..<count)
        return out
    }

    /// The ranges between line breaks, the last one included (empty when the text ends with one).
    static func lineRanges(_ s: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(s.count / 32 + 4)
        s.withUnsafeBufferPointer { p in
            var start = 0
            for i in 0..<p.count where p[i] == 0x0A {
                out.append(start..<i)
                start = i + 1
            }
            out.append(start..<p.count)
        }
        return out
    }

    /// How much body text a page shows before a footer marker can end the report.
    static let bodyBeforeFooter = 120

    static let sentenceEnds: ScalarSet = ScalarSet("。!?…")
    static let closers: ScalarSet = ScalarSet("”’」』)")
    /// The straight double quote pages use for both ends (`"三支一扶"计划`).
    static let straightQuote: UInt32 = 0x22
    /// Clause separators; `,` between digits (`23,000`) is a thousands separator instead.
    static let clauseMarks: ScalarSet = ScalarSet(",;:、")
    static let clausePunctuation: ScalarSet = ScalarSet(",。;!?、")

    static func trim(_ s: [UInt32], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, s[a] == 0x20 || s[a] == 0x09 || s[a] == 0xFEFF { a += 1 }
        while b > a, s[b - 1] == 0x20 || s[b - 1] == 0x09 { b -= 1 }
        return a..<b
    }

    /// Whether digits with a unit of the measure table right after them stand in `r` (`468万元`, `9个`).
    /// (`besidesArticles`: a count of articles, `120篇`, is none: a site's menu counts them)
    static func holdsFigure(_ s: [UInt32], _ r: Range<Int>, besidesArticles: Bool = false) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            guard NumberReader.isDigit(s[k]) else { k += 1; continue }
            while k < r.upperBound, NumberReader.isDigitOrPoint(s[k]) || s[k] == 0x2C { k += 1 }
            if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: r.upperBound) { k += m.length }
            if UnitLexicon.trie.longest(in: s, at: k, limit: r.upperBound)?.value.measure != nil,
               !(besidesArticles && s[k] == BoilerplateLexicon.articleUnit) { return true }
        }
        return false
    }

    /// Whether an item's number opens the line: one or two digits and `.` or `、`, a word after (`1.`, `12、`; not `1.5万`).
    static func numberedItem(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, k - r.lowerBound < 3, NumberReader.isDigit(s[k]) { k += 1 }
        guard k > r.lowerBound, k - r.lowerBound <= 2, k + 1 < r.upperBound else { return false }
        return (s[k] == NumberReader.point || s[k] == NumberReader.listComma) && !NumberReader.isDigit(s[k + 1])
    }

    /// Whether a page's number stands in `r` (`第1页`, `共3页`).
    static func pageNumbered(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.contains { k in s[k] == ye4 && k > r.lowerBound && NumberReader.isDigit(s[k - 1]) }
    }
    static let ye4: UInt32 = 0x9875   // 页

    /// A title less a closing bracketed aside (`…工作总结(全文)`, `…统计公报【摘要】`).
    static func trimmingAside(_ s: [UInt32], _ r: Range<Int>) -> Range<Int> {
        guard r.count > 2, Self.asideCloses.contains(s[r.upperBound - 1]),
              let open = s[r].lastIndex(where: { Self.asideOpens.contains($0) }), open > r.lowerBound,
              r.upperBound - open <= Self.asideLength else { return r }
        return trim(s, r.lowerBound..<open)
    }
    /// The brackets of a title's closing aside, and how long one may be with its brackets (`(全文)`, `【摘要】`).
    static let asideOpens = ScalarSet("(【[《"), asideCloses = ScalarSet(")】]》")
    static let asideLength = 8
    /// Whether a line of short cells holds a figure with its unit of the report, no page's counter
    /// (`食用菌园区 | 17个`, `重点关注户  310户`; not `在线人数  35人`, `第1页`, `脱贫攻坚 120篇`).
    static func reportsFigures(_ s: [UInt32], _ r: Range<Int>, besidesArticles: Bool = false) -> Bool {
        guard holdsFigure(s, r, besidesArticles: besidesArticles), !pageNumbered(s, r) else { return false }
        var k = r.lowerBound
        while let (at, counter) = BoilerplateLexicon.pageCounters.firstMatch(in: s, k..<r.upperBound) {
            if counter { return false }
            k = at + (BoilerplateLexicon.pageCounters.longest(in: s, at: at, limit: r.upperBound)?.length ?? 1)
        }
        return true
    }
    static func classify(_ s: [UInt32], _ r: Range<Int>) -> LineRole {
        if metaPrefixes.longest(in: s, at: r.lowerBound, limit: r.upperBound) != nil, !Self.taggedTitle(s, r), !Self.taggedRow(s, r) { return .meta }
        // 记者见面会现场。(记者 方桐 摄): a photo's caption, its credit closing the line
        if r.count <= BoilerplateLexicon.captionLength,
           photoCredits.longestEnding(in: s, at: r.upperBound, from: r.lowerBound, maxLength: 3)?.value == true { return .meta }
        var punct = 0, fullStops = 0, spaces = 0, nav = 0, commas = 0
        var tokenLength = 0, longestToken = 0
        let clausePunctuation = Self.clausePunctuation
        // (三、下一步工作打算;: a semicolon closing a line an enumeration opens leaves it a heading)
        // ((二)2020年工作计划;, 1.下步打算;: a section's or an item's mark too)
        let enumerated = r.count > 2 && (DocumentScan.opensSection(s, r) || Self.numberedItem(s, r))
        let early: LineRole? = s.withUnsafeBufferPointer { p in   // every scalar of a line: no bounds checks
            for j in r {
                let u = p[j]
                if clausePunctuation.contains(u) { punct += 1 }
                if u == 0x3002 {
                    fullStops += 1
                    if fullStops == 2 { return .body }   // no other role allows two full stops
                }
                // (深晚报道|凤凰街道赴…: a | between two words tags a title with its column, no menu; › parts a breadcrumb as > does, but opening
                // the line it is a bullet: › 新建核桃基地3000亩)
                if u == 0x3E || u == 0xBB || (u == 0x203A && p[r.lowerBound..<j].contains(where: { $0 != 0x20 })) || (u == 0x7C && !(j > r.lowerBound && j + 1 < r.upperBound
                    && NormalizedText.isHan(p[j - 1]) && NormalizedText.isHan(p[j + 1]))) { nav += 1 }   // > | »
                // (1,236万元: a thousands' comma between digits is no clause's)
                // (完成易地扶贫搬迁5000户;脱贫3000人;: a semicolon parts clauses as a comma does, no heading has one)
                if u == 0x3B, !(j == r.upperBound - 1 && enumerated) { commas += 1 }
                if u == 0x2C, !(j > r.lowerBound && j + 3 < r.upperBound && p[j - 1] &- 0x30 < 10 && p[j + 1] &- 0x30 < 10
                                && p[j + 2] &- 0x30 < 10 && p[j + 3] &- 0x30 < 10 && (j + 4 == r.upperBound || p[j + 4] &- 0x30 >= 10)) { commas += 1 }
                // (a tab, an ideographic space's between two characters, parts cells as spaces do)
                if u == 0x20 || u == 0x09 { spaces += 1; longestToken = max(longestToken, tokenLength); tokenLength = 0 }
                else { tokenLength += 1 }
            }
            return nil
        }
        if let role = early { return role }
        // 热门游戏,免费99款精品游戏…,高清电影免费下载: a site's keyword spam, phrases between commas
        // (distinct words: 棋牌比赛、趣味游戏、亲子游戏 in a report on a village's square is two)
        if fullStops == 0, commas > 0, Self.distinctSpamWords(s, r) >= BoilerplateLexicon.spamWordsInLine { return .spam }
        longestToken = max(longestToken, tokenLength)
        // 贵州黄平工商联结对帮扶 |: a table's cell mark closing a title is no navigation
        if nav == 1, s[r.upperBound - 1] == 0x7C, r.count > 2 { nav = 0 }
        // (食用菌园区 | 17个 | 12600: a table's row whose cell holds a figure with its unit is a row of the
        // report, no menu; 在线人数 | 35人 and 第1页 | 共3页 stay a page's counters)
        if nav > 0 && fullStops == 0 && punct <= 1
            && !(s[r].contains(0x7C) && Self.reportsFigures(s, r, besidesArticles: true)) { return .nav }
        // 手机看中经 经济日报微信 中经网微信: a site's links to its apps and accounts
        // (the link closes the line: 创新微信公众号扶贫宣传, 开通举报网站 are headings)
        if punct == 0, r.count <= Self.furnitureLineLength,
           Self.siteFurniture.longestEnding(in: s, at: r.upperBound, from: r.lowerBound, maxLength: 3) != nil { return .nav }
        // (违规使用资金  468万元, 龙泉关镇  9个/9个/100%: short words spaced apart, but one a figure with its
        // unit, are a table's row of prose, no menu)
        // (but 在线人数  35人, 附件  2个, 本页共12条  第1页 are a page's counters: furniture stays a menu)
        if spaces >= 2 && longestToken <= 8 && fullStops == 0 && punct == 0
            && !Self.reportsFigures(s, r) { return .nav }
        // 某市…办公室关于2021年度…数据的通报: an official document's title, long and unpunctuated
        // but no keyword stuffing
        if punct == 0, r.count <= Self.officialTitleLength, Self.isOfficialTitle(s, r) { return .heading }
        // (龙泉关镇  电站18座  收益526万元  受益贫困户1420户: a table's row of cells, each a figure with its
        // unit, longer than a heading runs, is a row still, no paragraph nor spam)
        // (looked for only past a heading's length: a shorter line of no punctuation is one anyway, below)
        if punct == 0, fullStops == 0, r.count > Self.headingLength, r.count <= Self.spacedRowLength, spaces >= 2,
           Self.holdsFigure(s, r), TableCells.isSpaced(s, r) { return .heading }
        // (州（市）　　贫困人口（万人）　　贫困发生率（%）　　比上年下降（百分点）: a table's header whose cells name
        // units, longer than a heading runs, is one still; a 、 inside its brackets, 县（市、区）, no clause's)
        if fullStops == 0, commas == 0, r.count > Self.headingLength, r.count <= Self.spacedRowLength,
           TableCells.isSpaced(s, r), TableCells.namesColumns(s, r) { return .heading }
        // (1　王*秀　511922********2046　大坪村　25000　25000: a payout list's row, long and unpunctuated, its cells bare
        // numbers, is a table's row, no spam)
        // (its running number first: 热门搜索　扶贫　1200户　脱贫　365人　…　666 is a site's keywords)
        if punct == 0, fullStops == 0, r.count >= Self.spamLength, r.count <= Self.spacedRowLength, spaces >= 3, NumberReader.isDigit(s[r.lowerBound]),
           TableCells.isSpaced(s, r), TableCells.holdsBareNumbers(s, r, atLeast: 3) { return .heading }
        // (乡镇：支尔莫乡　　村：阿土列尔村　　户编号：513431********0213: a form's fields, each a label and its
        // value, are the page's own furniture, no spam nor heading: 口述：王德顺　整理：中共南江县委党史研究室)
        if fullStops == 0, r.count <= Self.spacedRowLength, TableCells.holdsFormFields(s, r) { return .meta }
        // (项目类别⇥乡镇⇥村⇥项目名称及建设内容⇥投资额(万元)⇥资金来源⇥带贫机制: cells tabs part, three tabs at least, no clause
        // between them, are a table's header or row, longer than a heading, no paragraph; not fields a label and its colon open,
        // 中央资金：12,000万元　　省级资金：…)
        if fullStops == 0, commas == 0, r.count <= Self.spacedRowLength, s[r].count(where: { $0 == TableCells.tab }) >= Self.tabbedRowTabs,
           !s[r].contains(ListItems.colon) { return .heading }
        // (10月12日　收字第21号　市财政拨付村级运转经费　30,000.00: a ledger's row, its amount a bare number closing it
        // after a date's and a voucher's cells, is a table's row too, no paragraph)
        // (its amount's thousands' commas are no clause's, nor a list's 、 inside its label: 会计、出纳补助)
        if fullStops == 0, r.count > Self.headingLength, r.count <= Self.spacedRowLength,
           let amount = TableCells.closingBareNumber(s, r, cellsAtLeast: 3),
           !s[r.lowerBound..<amount.lowerBound].contains(where: { clausePunctuation.contains($0) && $0 != NumberReader.listComma }) { return .heading }
        // (产出指标 | 数量指标 | 新增发放小额信贷户数 | ≥8000户 | 8763户 |: a barred table's row holding figures, long and
        // unpunctuated, is a row too, no spam)
        if punct == 0, fullStops == 0, r.count >= Self.spamLength, r.count <= Self.spacedRowLength,
           s[r].count(where: { $0 == TableCells.bar }) >= 2, Self.holdsFigure(s, r) { return .heading }
        // (▶ 贫困人口:由2014年底的2.53万户7.76万人降至2018年底的1597户3865人: a label's colon over figures, a data box's line)
        if r.count >= Self.spamLength && punct == 0 && !Self.labelsFigures(s, r) { return .spam }
        // (红星村投入资金147万元,带动贫困户82户,光明村投入资金877万元,…: a list of places' figures repeats its frame, each
        // item with figures of its own, no spam)
        if r.count >= 60 && fullStops <= 1 && isRepetitive(s, r) && !listsDistinctFigures(s, r) { return .spam }
        if r.count <= Self.headingLength && fullStops == 0 && commas == 0 { return .heading }
        return .body
    }

    /// How long a headline may run, unpunctuated, before it reads as keyword spam (at the page's head)
    /// or no headline at all (``MetadataReader``).
    static let headlineLength = 48
    /// How long an official document's title may run (`…关于…的通报`).
    static let officialTitleLength = 80
    static let officialGenres: [[UInt32]] = BoilerplateLexicon.officialTitleGenres.map { $0.unicodeScalars.map(\.value) }
    static let guanyu: [UInt32] = BoilerplateLexicon.officialTitleAbout.unicodeScalars.map(\.value)

    /// Whether a line is an official document's title: 关于 names its matter and a genre
    /// (``BoilerplateLexicon/officialTitleGenres``) closes it.
    static func isOfficialTitle(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard officialGenres.contains(where: { g in g.count < r.count && s[(r.upperBound - g.count)..<r.upperBound].elementsEqual(g) }) else { return false }
        return find(guanyu, in: s, r) != nil
    }

    /// Keyword stuffing: few distinct character pairs for the line's length.
    static func isRepetitive(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        // distinct pairs counted by sorting: cheaper than hashing for a line's worth
        var pairs: [UInt64] = []
        pairs.reserveCapacity(r.count)
        var j = r.lowerBound
        while j + 1 < r.upperBound { pairs.append(UInt64(s[j]) << 32 | UInt64(s[j + 1])); j += 1 }
        pairs.sort()
        var distinct = pairs.isEmpty ? 0 : 1
        for k in pairs.indices.dropFirst() where pairs[k] != pairs[k - 1] { distinct += 1 }
        return Double(distinct) < Double(r.count - 1) * 0.45
    }

    /// Whether a line holds at least ``listedFigures`` different numbers (a list's items, each its own figures; a spam line
    /// repeats its few, `加微信123456…加微信123456`).
    static func listsDistinctFigures(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var seen: [UInt64] = [], value: UInt64 = 0, inRun = false
        for k in r {
            if NumberReader.isDigit(s[k]) { value = value &* 10 &+ UInt64(s[k] &- 0x30) &+ 1; inRun = true; continue }
            if inRun, !seen.contains(value) { seen.append(value); if seen.count >= listedFigures { return true } }
            value = 0; inRun = false
        }
        return false
    }
    /// How many different numbers make a repetitive line a list (``listsDistinctFigures(_:_:)``).
    static let listedFigures = 6

    static let footerMarkers = ScalarTrie(BoilerplateLexicon.footerMarkers.map { ($0, true) })
    /// Footer markers that list other items (``BoilerplateLexicon/listingMarkers``), read by the
    /// layout and by ``MetadataReader``.
    static let listingMarkers = ScalarTrie(BoilerplateLexicon.listingMarkers.map { ($0, true) })
    static let siteFurniture = ScalarTrie(BoilerplateLexicon.siteFurniture.map { ($0, true) })
    /// How long an unpunctuated line of a site's links may be.
    static let furnitureLineLength = 40
    /// A trie, so that a line's start is one lookup, not one comparison per prefix.
    static let metaPrefixes = ScalarTrie(BoilerplateLexicon.metaLinePrefixes.map { ($0, true) })
    static let spamWords = ScalarTrie(BoilerplateLexicon.spamWords.enumerated().map { ($1, $0) })
    /// How many different spam words a line holds, counted to ``BoilerplateLexicon/spamWordsInLine``.
    static func distinctSpamWords(_ s: [UInt32], _ r: Range<Int>) -> Int {
        var seen: UInt64 = 0, k = r.lowerBound
        while seen.nonzeroBitCount < BoilerplateLexicon.spamWordsInLine, let m = spamWords.firstMatch(in: s, k..<r.upperBound) {
            seen |= 1 << UInt64(m.1 & 63)
            k = m.0 + 1
        }
        return seen.nonzeroBitCount
    }
    static let photoCredits = ScalarTrie(BoilerplateLexicon.photoCreditEnds.map { ($0, true) } + BoilerplateLexicon.notPhotoCreditEnds.map { ($0, false) })

    /// Whether a line classed as a photo's caption by its credit holds a digit, a figure it may
    /// state (`…共安置搬迁群众1200人 记者 方桐 摄`); a date in it the traps refuse.
    static func captionStates(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count <= BoilerplateLexicon.captionLength,
              photoCredits.longestEnding(in: s, at: r.upperBound, from: r.lowerBound, maxLength: 3)?.value == true else { return false }
        // (两处“悬崖村”(2017年4月13日摄): the digits of its date state nothing)
        var k = r.lowerBound
        while k < r.upperBound {
            guard NumberReader.isDigit(s[k]) else { k += 1; continue }
            while k < r.upperBound, NumberReader.isDigit(s[k]) { k += 1 }
            if k >= r.upperBound || !TimeLexicon.dateUnits.contains(s[k]) { return true }
        }
        return false
    }

    /// A column's tag before a title (`【脱贫攻坚】宁夏西吉县:马铃薯变成“金蛋蛋”`), not page
    /// furniture (`【打印】【关闭】`, `【字体:大 中 小】`): after the closing `】`, six characters or
    /// more of text and no other `【`. A longer bracket is a headline when a paragraph follows it
    /// on its line (`【青海省贫困县全部脱贫摘帽】脱贫攻坚战以来,…。`): ``taggedBodyLength`` Han
    /// characters or more and a full stop.
    static let tagOpen: UInt32 = 0x3010, tagClose: UInt32 = 0x3011   // 【 】
    /// (a broadcast's tags before a speaker's words, `【同期声】【五星村第一书记 王伟】我们村有…。`: several tags
    /// opening the line, then a paragraph, as after a longer bracket)
    static func taggedTitle(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard s[r.lowerBound] == tagOpen, var close = s[r].firstIndex(of: tagClose) else { return false }
        // (the longest tag: short tags, 【同期声】【村民 张某】, are a broadcast's marks before a short line too)
        var longest = close - r.lowerBound
        while close + 1 < r.upperBound, s[close + 1] == tagOpen, let next = s[(close + 1)..<r.upperBound].firstIndex(of: tagClose) {
            longest = max(longest, next - close - 1); close = next
        }
        let rest = (close + 1)..<r.upperBound
        guard !s[rest].contains(tagOpen) else { return false }
        let han = s[rest].reduce(0) { $0 + (NormalizedText.isHan($1) ? 1 : 0) }
        return longest <= shortTagLength ? han >= 6 : han >= taggedBodyLength && s[rest].contains(0x3002)
    }
    static let taggedBodyLength = 20
    /// How long a tag may be (with its `【`) to be a mark, not a headline (`【同期声】`, `【村民 张某】`).
    static let shortTagLength = 10
    /// How long an unpunctuated line may be to head a section.
    static let headingLength = 30
    /// How long an unpunctuated line runs before it reads as keyword spam (a payout roll's row aside).
    static let spamLength = 40
    /// Whether a line opens with a short label closed by a colon and goes on to a figure with its unit (`贫困人口:由…7.76万人…`),
    /// a data box's line no longer than ``dataBoxLineLength``; not a listing's (`相关阅读:…`, `上一篇:…`).
    static func labelsFigures(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count <= dataBoxLineLength,
              let colon = s[r.lowerBound..<min(r.upperBound, r.lowerBound + labelReach)].firstIndex(where: { $0 == ListItems.colon }),
              listingMarkers.firstMatch(in: s, r.lowerBound..<colon) == nil else { return false }
        // (热门搜索:扶贫 脱贫 搬迁 … 1200户: words spaced after it are a site's keywords)
        return s[(colon + 1)..<r.upperBound].count(where: { $0 == 0x20 }) <= 1 && holdsFigure(s, (colon + 1)..<r.upperBound)
    }
    /// How far into a line a label's colon may close (`▶ 农村居民人均可支配收入:`: 15).
    static let labelReach = 16
    /// How long a data box's labelled line runs (the longest of the blind sets' boxes: 97); a longer unpunctuated line is
    /// spam, each figure of it read against the whole line (quadratic: 80,000 characters took 16 s).
    static let dataBoxLineLength = 160
    /// How long a row of spaced cells may run.
    static let spacedRowLength = 80
    /// `。`, a sentence's full stop.
    static let fullStop: UInt32 = 0x3002
    /// A line's end.
    static let newline: UInt32 = 0x0A
    /// How many tabs part a table's row at least (four cells), up to ``spacedRowLength`` long whatever its cells hold (``classify``).
    static let tabbedRowTabs = 3
    /// A row a bracketed label opens (`【收入10万元以上】34个村`, `【贫困户】1268户 4032人`): a figure with
    /// its unit after the closing `】` and no other `【`, not furniture (`【打印本页】【关闭窗口】`).
    static func taggedRow(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard s[r.lowerBound] == tagOpen, let close = s[r].firstIndex(of: tagClose) else { return false }
        let rest = (close + 1)..<r.upperBound
        return !s[rest].contains(tagOpen) && holdsFigure(s, rest)
    }

    /// The first index of `needle` inside `r`, or nil. `foldingASCIICase`: capitals in the
    /// text match a lower-case needle (`.COM` for `.com`).
    public static func find(_ needle: [UInt32], in s: [UInt32], _ r: Range<Int>, foldingASCIICase: Bool = false) -> Int? {
        guard !needle.isEmpty, needle.count <= r.count else { return nil }
        func scalar(_ j: Int) -> UInt32 { foldingASCIICase && s[j] >= 0x41 && s[j] <= 0x5A ? s[j] | 0x20 : s[j] }
        var j = r.lowerBound
        let last = r.upperBound - needle.count
        while j <= last {
            var k = 0
            while k < needle.count && scalar(j + k) == needle[k] { k += 1 }
            if k == needle.count { return j }
            j += 1
        }
        return nil
    }

    /// The clause around `i` inside `sentence`: between `,` `;` `:` `、`-free marks.
    public static func clause(_ s: [UInt32], around i: Int, in sentence: Range<Int>, listsSplit: Bool = false) -> Range<Int> {
        precondition(sentence.upperBound <= s.count)
        // asked per figure, over its whole clause: the text and the marks read through pointers
        return s.withUnsafeBufferPointer { p in
            clauseMarks.withContains { isClauseMark in
                func isMark(_ j: Int) -> Bool {
                    let u = p[j]
                    if u == 0x3001 { return listsSplit }
                    guard isClauseMark(u) else { return false }
                    if u == 0x2C || u == 0x3A, j > sentence.lowerBound, j + 1 < sentence.upperBound,
                       isDigit(p[j - 1]), isDigit(p[j + 1]) { return false }
                    if u == ListItems.colon, labelsFigure(s, colon: j, in: sentence) { return false }
                    return true
                }
                var a = i
                while a > sentence.lowerBound && !isMark(a - 1) { a -= 1 }
                var b = i
                while b < sentence.upperBound && !isMark(b) { b += 1 }
                return a..<b
            }
        }
    }

    /// Whether the colon at `j` only labels the figure right after it (`农村居民人均可支配收入:11860元`,
    /// `贫困人口: 1200人`): a Han label before it, a figure's digits after it (spaces skipped), not an
    /// enumerator (`措施:1.强化…`). The label and its figure are one clause, so its cues govern the figure.
    /// (not a label after a figure or a cell of its own, `目标:¥500,000.00⇥捐款人次:2.1万人次`, nor an item's number, `其中:1)中央资金…`)
    static func labelsFigure(_ s: [UInt32], colon j: Int, in sentence: Range<Int>) -> Bool {
        guard j > sentence.lowerBound, NormalizedText.isHan(s[j - 1]) else { return false }
        var k = j + 1
        while k < sentence.upperBound, s[k] == NumberReader.space { k += 1 }
        guard k < sentence.upperBound, NumberReader.isDigit(s[k]), !EnumeratedItems.opens(s, at: k, limit: sentence.upperBound) else { return false }
        var e = k
        while e < sentence.upperBound, NumberReader.isDigit(s[e]) { e += 1 }
        if e < sentence.upperBound, s[e] == FactContext.closeBracket { return false }
        var a = j - 1
        while a > sentence.lowerBound, !clauseMarks.contains(s[a - 1]) {
            a -= 1
            if NumberReader.isDigit(s[a]) || s[a] == TableCells.tab { return false }
        }
        return true
    }

    /// Whether a scalar ends a clause (`,` `;` `:` and their full-width forms, already ASCII).
    @inline(__always) public static func isClauseBreak(_ u: UInt32) -> Bool { clauseMarks.contains(u) }

    /// The `;`-delimited part of a sentence around `i`.
    public static func segment(_ s: [UInt32], around i: Int, in sentence: Range<Int>) -> Range<Int> {
        s.withUnsafeBufferPointer { p in   // asked per figure, over its whole sentence: no bounds checks
            var a = i
            while a > sentence.lowerBound && p[a - 1] != 0x3B { a -= 1 }
            var b = i
            while b < sentence.upperBound && p[b] != 0x3B { b += 1 }
            return a..<b
        }
    }

    @inline(__always) static func isDigit(_ u: UInt32) -> Bool { u >= 0x30 && u <= 0x39 }
}
