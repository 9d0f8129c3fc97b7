import FupinCore

/// What a page says about itself: title, publication date, source.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var date: String?
    public var source: String?
    /// The line holding the title, for weighting the places it names.
    public var titleLine: Int?
    /// The line of a subtitle under the title, opened by a dash (`——紫阳县修脚技能培训助力脱贫攻坚纪实`): it says plainly what a
    /// headline only hints at (`小修脚刀“削”出脱贫大产业`), and is, in the title's stead, the context of figures no heading
    /// governs.
    public var subtitleLine: Int?
    /// Whether the page is a repository of documents and model essays (`好范文网`, `公文搜`):
    /// its date is when the site posted a copy, not when the report was written.
    public var repository = false
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
    /// The year of a month the page's furniture labels its own, no day given (`更新时间：2018年6月`, `编写时间：2020年10月`):
    /// the publication's year where no date is read.
    public var labelledYear: Int?
    /// The month of the date (`2019-01-10`, `2019年1月10日`: 1), when it states one.
    public var month: Int? {
        guard let d = date?.unicodeScalars.dropFirst(4), let sep = d.first, !("0"..."9").contains(sep) else { return nil }
        let digits = d.dropFirst().prefix { ("0"..."9").contains($0) }
        guard (1...2).contains(digits.count), let m = Int(String(String.UnicodeScalarView(digits))), (1...12).contains(m) else { return nil }
        return m
    }
}

/// Reads the title (`标题:` line, or the heading above the dateline), the publication date
/// (`2020-10-16 15:31:26`, `2020年10月16日`) and the source (`来源:水母网`, `本报讯`).
public enum MetadataReader {
    static let laiyuan: [UInt32] = "来源".unicodeScalars.map(\.value)

    /// How many lines from the top a dateline may stand when the header is not where it should be.
    static let datelineReach = 16

    static let benbaoxun: [UInt32] = "本报讯".unicodeScalars.map(\.value)

    /// Whether a line signs an official document off: a full date (`2018年3月16日`) closing it, `印发` or `发`
    /// after it or not, alone or after an organ's name and a gap of spaces.
    static func isSignOff(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        let r = Outline.trim(s, line)
        guard !r.isEmpty else { return false }
        var e = r.upperBound
        if let w = signOffWords.longestEnding(in: s, at: e, from: r.lowerBound, maxLength: 2) { e -= w.length }
        guard e > r.lowerBound, s[e - 1] == YearResolver.ri else { return false }
        // back over 3月16日 and 2018年
        var k = e - 1
        for mark in [YearResolver.yue, NormalizedText.nian] {
            var digits = 0
            while k > r.lowerBound, NumberReader.isDigit(s[k - 1]) { k -= 1; digits += 1 }
            guard digits > 0, k > r.lowerBound, s[k - 1] == mark else { return false }
            k -= 1
        }
        var d = 0
        while k > r.lowerBound, NumberReader.isDigit(s[k - 1]) { k -= 1; d += 1 }
        guard d == 4 else { return false }
        // alone, or after a name and two spaces or more
        return k == r.lowerBound || k - r.lowerBound >= 2 && s[k - 1] == 0x20 && s[k - 2] == 0x20
    }
    static let signOffWords = ScalarTrie<Bool>(["印发", "发", "制"].map { ($0, true) })
    /// Labels a page puts before its own date (`发布时间:`, `发布日期`).
    /// (a notice board's too: `村务公开栏　　公开日期：2021年4月9日`, `公示日期`)
    static let publicationLabelList = ["发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "发文日期", "公开日期", "公示日期", "公告日期"]
    static let publicationLabels = ScalarTrie<Bool>(publicationLabelList.map { ($0, true) })

    /// Labels of the page's own time that may give a month alone (`更新时间`, `编写时间`, `填表日期`), the publication's too.
    /// (`时间` alone too, opening its field: `时间：2019年12月　　来源：县扶贫办`)
    /// (a thesis's or a journal's: 论文完成时间：2017年5月, 答辩时间：2021年6月)
    static let monthLabels = ScalarTrie<Bool>((["更新时间", "编写时间", "编制时间", "填表日期", "填卡时间", "填报日期", "印发日期", "时间", "日期",
                                                 "完成时间", "完成日期", "答辩时间", "答辩日期", "出版时间", "出版日期"]
        + publicationLabelList).map { ($0, true) })
    /// Labels of dates a page tells that are not its own: an article's receipt and revision, a birth.
    static let notPageDates = ScalarTrie<Bool>(["收稿日期", "修回日期", "接收日期", "录用日期", "出生日期", "出生年月"].map { ($0, true) })
    /// The year of a journal's issue a line cites after the journal's name (`《贵州民族研究》2021年第3期`), nil where none.
    static func journalIssueYear(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        guard let close = s[r].firstIndex(of: TrapLexicon.closeTitle) else { return nil }
        var k = close + 1
        while k < r.upperBound, s[k] == 0x20 || s[k] == 0x2C || s[k] == 0xFF0C { k += 1 }
        guard k + 7 <= r.upperBound, s[k..<(k + 4)].allSatisfy(NumberReader.isDigit), s[k + 4] == YearResolver.nian, s[k + 5] == diHead,
              NumberReader.isDigit(s[k + 6]), let y = NormalizedText.integer(s[k..<(k + 4)]), Campaign.pageYears.contains(y) else { return nil }
        return y
    }
    static let diHead: UInt32 = 0x7B2C   // 第
    /// The first date of a line outside the fields of dates that are not the page's (``notPageDates``): `出生日期：1962-03-05　
    /// 填表日期：2019-06-10` is dated 2019-06-10; nil where none.
    static func pageDate(in s: [UInt32], _ r: Range<Int>) -> String? {
        var from = r.lowerBound
        while let (at, _) = notPageDates.firstMatch(in: s, from..<r.upperBound) {
            if let d = date(in: s, from..<at) { return d }
            var k = at + (notPageDates.longest(in: s, at: at, limit: r.upperBound)?.length ?? 1)
            while k < r.upperBound, !TableCells.isGap(s[k]) { k += 1 }   // (the field runs to its gap)
            from = k
        }
        return date(in: s, from..<r.upperBound)
    }
    /// The year of a line that is a month alone, or months of one year, in brackets or not (`（2021年10月）` under a report's
    /// title, a diary's `（2018年4月—6月）`), nil where the line says anything more.
    static func bareMonthYear(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        var a = r.lowerBound, b = r.upperBound
        while a < b, s[a] == 0x20 || s[a] == FactContext.openBracket { a += 1 }
        while b > a, s[b - 1] == 0x20 || s[b - 1] == FactContext.closeBracket { b -= 1 }
        guard b - a >= 7, b - a <= monthLineLength, s[a..<(a + 4)].allSatisfy(NumberReader.isDigit), s[a + 4] == YearResolver.nian,
              s[b - 1] == YearResolver.yue, NumberReader.isDigit(s[a + 5]),
              s[(a + 5)..<(b - 1)].allSatisfy({ NumberReader.isDigit($0) || $0 == YearResolver.yue || TimeLexicon.spanJoins.contains($0) }),
              let y = NormalizedText.integer(s[a..<(a + 4)]), Campaign.pageYears.contains(y) else { return nil }
        return y
    }
    /// The year in brackets closing a line (`赵家洼驻村日志（2017）`, `(2019年)`), nil where none.
    static func bracketedYearClosing(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        var b = r.upperBound
        while b > r.lowerBound, s[b - 1] == 0x20 { b -= 1 }
        guard b - r.lowerBound >= 7, s[b - 1] == FactContext.closeBracket else { return nil }
        var e = b - 1
        if s[e - 1] == YearResolver.nian { e -= 1 }
        guard e - 5 >= r.lowerBound, s[e - 5] == FactContext.openBracket, s[(e - 4)..<e].allSatisfy(NumberReader.isDigit),
              let y = NormalizedText.integer(s[(e - 4)..<e]), Campaign.pageYears.contains(y) else { return nil }
        return y
    }
    /// Words of a diary or a log, whose bracketed year is its entries' (`驻村日志（2017）`).
    static let diaryWords = ScalarTrie<Bool>(["日志", "日记", "手记", "笔记", "札记"].map { ($0, true) })
    /// How long a line of months (`2018年10月—12月`) may be.
    static let monthLineLength = 14
    /// The year of `YYYY年M月` right after a label of ``monthLabels`` and its colon on the line, nil where none.
    /// (every label of the line in turn: `活动时间：…　　更新时间：2018年6月`; not a month opening a span, `时间：2016年1月—2020年12月`,
    /// the period a report covers)
    static func labelledMonthYear(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        var from = r.lowerBound
        while let (at, _) = monthLabels.firstMatch(in: s, from..<r.upperBound), let l = monthLabels.longest(in: s, at: at, limit: r.upperBound) {
            from = at + l.length
            // (a label opening its field, or a long one after any words, 最后更新时间; not a plan's, 计划完成时间)
            guard at == r.lowerBound || !NormalizedText.isHan(s[at - 1])
                    || l.length > 2 && KindCues.planMarkerTrie.longestEnding(in: s, at: at, from: max(r.lowerBound, at - 2), maxLength: 2) == nil else { continue }
            var k = at + l.length
            if k < r.upperBound, s[k] == ListItems.colon { k += 1 }
            guard k + 6 <= r.upperBound, s[k..<(k + 4)].allSatisfy(NumberReader.isDigit), s[k + 4] == YearResolver.nian,
                  NumberReader.isDigit(s[k + 5]), let y = NormalizedText.integer(s[k..<(k + 4)]), Campaign.pageYears.contains(y) else { continue }
            var e = k + 5
            while e < r.upperBound, NumberReader.isDigit(s[e]) || s[e] == YearResolver.yue || s[e] == YearResolver.ri { e += 1 }
            if e < r.upperBound, TimeLexicon.spanJoins.contains(s[e]) { continue }
            return y
        }
        return nil
    }

    public static func read(_ s: [UInt32], outline: Outline) -> DocumentMetadata {
        var meta = DocumentMetadata()
        let lines = outline.lines
        // (a headline its comma makes read as prose, a subtitle's dash under it, is no body: ``headlineOverSubtitle(_:_:at:)``)
        let firstBody = lines.indices.first { lines[$0].role == .body && !Self.headlineOverSubtitle(s, lines, at: $0) } ?? lines.count
        // Date: header lines first, then any metadata line.
        let header = lines.indices.filter { $0 <= firstBody }
        // (新闻评论 ⏎ 加载更多 ⏎ …技术之罪需规则规避 ⏎ 2018-03-02 08:58:39: a date after the page lists
        // other items, related news or comments, is one of theirs)
        let listingFrom = lines.indices.first { $0 > firstBody && lines[$0].role != .body
            && Outline.listingMarkers.firstMatch(in: s, lines[$0].range) != nil } ?? lines.count
        let metaLines = lines.indices.filter { (lines[$0].role == .meta || lines[$0].role == .footer) && $0 < listingFrom }
        // (发布时间:2020-05-21 at the page's foot: a date the page labels its own outweighs one the
        // first paragraph tells, 在2016年5月11日…对接会上)
        for i in header + metaLines where lines[i].role != .body && Self.publicationLabels.firstMatch(in: s, lines[i].range) != nil {
            if let d = date(in: s, lines[i].range) { meta.date = d; break }
        }
        // (更新时间：2018年6月, 编写时间：2020年10月: a month the furniture labels the page's own gives its year, before
        // a date the lede tells, 2017年2月26日,井冈山市…宣布)
        // (（2021年10月）: a month alone on a line under the title, as reports and speeches give their date)
        if meta.date == nil {
            for i in header + metaLines where lines[i].role != .body {
                if let y = labelledMonthYear(s, lines[i].range) ?? (i < firstBody ? bareMonthYear(s, lines[i].range) : nil) { meta.labelledYear = y; break }
            }
        }
        // (赵家洼驻村日志（2017）: a year in brackets closing a diary's first line names the year its entries are of; not an
        // edition's, 镇雄年鉴(2020), 中国农村贫困监测报告（2019）, which tell of the year before)
        if meta.date == nil, meta.labelledYear == nil, let first = lines.first(where: { $0.role != .blank }),
           Self.diaryWords.firstMatch(in: s, first.range) != nil {
            meta.labelledYear = bracketedYearClosing(s, first.range)
        }
        // (《贵州民族研究》2021年第3期: a journal's issue at the head dates the article)
        if meta.date == nil, meta.labelledYear == nil {
            for i in header where lines[i].role != .body || i < firstBody {
                if let y = journalIssueYear(s, lines[i].range) { meta.labelledYear = y; break }
            }
        }
        // (a date at the foot or a sign-off before the year the title tells of is an annex's: a 2019年工作总结's
        // annex signed 2016年10月12日; a date the lede tells before the year a review's title tells of, 2017年以工代赈工作总结 ⏎
        // …牢记…2012年12月29日视察阜平时的嘱托, is history's, not before a goal's year, 到2020年全县贫困人口全部脱贫 ⏎ 2017年3月5日,…)
        let firstLine = lines.first { $0.role != .blank }
        let titled = firstLine.flatMap { Self.yearNamed(s, $0.range) }
        func mayDatePage(_ d: String) -> Bool { titled.map { (Int(d.prefix(4)) ?? 0) >= $0 - 1 } ?? true }
        // (the title's year a goal's: 到2020年…, 2020年全面建成小康社会)
        let titleGoal = firstLine.map { KindCues.titleGoalWords.firstMatch(in: s, $0.range) != nil } ?? false
        // (2018年2月11日,习近平总书记…来到我县… ⏎ … ⏎ 2019年7月1日 under a letter's signatories: a date the page's foot gives
        // later than a visit the lede recalls dates the page)
        // (only a line of the date alone or a sign-off: a paragraph's plan, 将于2019年6月30日前完成…, dates no page)
        let footDate = lines.indices.reversed().prefix(Self.footReach).lazy
            .compactMap { i in lines[i].role == .blank || i >= listingFrom
                || lines[i].range.count > Self.bareDateLength && !Self.isSignOff(s, lines[i].range) ? nil : Self.pageDate(in: s, lines[i].range) }.first
        for i in header + metaLines where meta.date == nil && !(meta.labelledYear != nil && lines[i].role == .body) {
            // 人民网郑州2月27日电 2017年3月27日,河南省政府…: after an agency's dateline without a
            // year, a date in the paragraph is the news's event, not the page's
            if lines[i].role == .body, Dateline.agencyDatelineEnd(s, lines[i].range) != nil { continue }
            // (收稿日期：2020-12-16: when an article was received, no date of its page, ``pageDate(in:_:)``)
            // (2013年11月3日，习近平总书记来到十八洞村考察…: a leader's visit the lede recalls is history, no page's date)
            if let d = pageDate(in: s, lines[i].range),
               lines[i].role != .body || (mayDatePage(d) || titleGoal)
                && !Self.recallsVisit(s, lines[i].range, dateYear: Int(d.prefix(4)), footLater: footDate.map { $0 > d } ?? false) { meta.date = d; break }
        }
        // A page whose furniture reads as a paragraph (a spam banner above the title): a short
        // line near the top with a date and a time of day or a source is the dateline.
        if meta.date == nil {
            for i in lines.indices.prefix(Self.datelineReach) where lines[i].range.count <= 80 && i < listingFrom {
                guard let d = pageDate(in: s, lines[i].range) else { continue }
                if d.contains(":") || Outline.find(laiyuan, in: s, lines[i].range) != nil || Self.opensBareDateline(s, lines[i].range)
                    || Self.accountDateline(s, lines[i].range) { meta.date = d; break }
            }
        }
        // 《 人民日报 》( 2018年09月12日 11 版): a print edition's citation under the text dates the page
        if meta.date == nil {
            for i in lines.indices where i > firstBody && i < listingFrom && lines[i].role != .body && Self.isPrintCitation(s, lines[i].range) {
                if let d = date(in: s, lines[i].range) { meta.date = d; break }
            }
        }
        // 2017-08-03 alone on one of the page's last lines: the page's date set at its foot
        if meta.date == nil {
            for i in lines.indices.reversed().prefix(Self.footReach) where lines[i].role != .blank && lines[i].range.count <= Self.bareDateLength && i < listingFrom {
                if let d = pageDate(in: s, lines[i].range), mayDatePage(d) { meta.date = d; break }
            }
        }
        // 通渭县人民政府办公室 ⏎ 2018年3月16日, …办公室        2018年3月16日印发: an official document's sign-off
        // dates it, wherever it stands (under the notice, above the plan it issues, or at the foot)
        if meta.date == nil {
            for i in lines.indices where Self.isSignOff(s, lines[i].range) {
                if let d = date(in: s, lines[i].range), mayDatePage(d) { meta.date = d; break }
            }
        }
        // a repository's furniture (当前位置:好范文网 > 工作总结 >, 公文搜 2021-07-27 …), above the body
        meta.repository = lines.indices.prefix(Self.datelineReach).contains { i in
            (i < firstBody || lines[i].role != .body) && lines[i].range.count <= Self.repositoryLineLength
                && Self.repositoryMarks.firstMatch(in: s, lines[i].range) != nil
        }
        // Source
        for (i, line) in lines.enumerated() where line.role != .blank && (i <= firstBody || line.role != .body) {
            guard let name = sourceName(s, line.range) else { continue }
            if !name.isEmpty, meta.source == nil || i < firstBody { meta.source = name }
            if i < firstBody { break }
        }
        if meta.source == nil {
            for line in lines.prefix(firstBody + 2) where Outline.find(Self.benbaoxun, in: s, line.range) != nil {
                meta.source = "本报"; break
            }
        }
        // Title
        for (i, line) in lines.enumerated() where line.role == .meta {
            let text = NormalizedText.string(s[line.range])
            if text.hasPrefix("标题:") { meta.title = String(text.dropFirst(3)); meta.titleLine = i; return meta }
        }
        // (the first two lines past blank lines: a page double-spaced)
        let first = lines.indices.first { lines[$0].role != .blank } ?? 0
        let second = lines.indices.dropFirst(first + 1).first { lines[$0].role != .blank }
        // (past a breadcrumb too: 信阳市公共资源交易中心 › 交易信息 › … between the headline and its dateline)
        let pastNav = lines.indices.dropFirst(first + 1).first { lines[$0].role != .blank && lines[$0].role != .nav }
        let datelineIndex = header.first { i in lines[i].role == .meta || date(in: s, lines[i].range) != nil }
            ?? pastNav.flatMap { k in
                firstBody == first && Self.isHeadline(s, lines[first].range) && (lines[k].role == .meta || date(in: s, lines[k].range) != nil) ? k : nil
            }
        if let d = datelineIndex {
            // (a headline longer than a heading's length, with no full stop, first on the page right
            // above its dateline: 2021年中国脱贫人口人均纯收入达12550元 同比增16.9%; blank lines between too)
            // (…建设项目(2021年衔接资金项目)招标公告 over a breadcrumb and its dateline: only a page's furniture between)
            for i in stride(from: d - 1, through: 0, by: -1) where (lines[i].role == .heading
                    || i == first && lines[i].role == .body && Self.isHeadline(s, lines[i].range)
                        && (d == second || lines[(first + 1)..<d].allSatisfy { $0.role == .blank || $0.role == .nav || $0.role == .meta }))
                && Self.isWorded(s, lines[i].range) {
                // (下陇村第一书记、五人小组组长 under a speech's title: the speaker's byline)
                if Self.isByline(s, lines[i].range) { continue }
                // (【口述史】元古堆的变化，我一样一样都记着 ⏎ ——渭源县脱贫攻坚口述史之十二: a subtitle's dash under a headline, its
                // comma making it read as prose, names the line above it the title)
                var t = i
                if Self.opensWithDash(s, lines[i].range), let above = (0..<i).last(where: { lines[$0].role != .blank }),
                   lines[above].role == .body || lines[above].role == .heading, Self.isWorded(s, lines[above].range),
                   Self.headlineOverSubtitle(s, lines, at: above) { t = above }
                if lines[t].range.count >= 6 { meta.title = Self.titleText(s, lines[t].range); meta.titleLine = t }
                if t != i { meta.subtitleLine = i }
                break
            }
        }
        // (not the dateline itself: 2019-02-12 第06版:六版 above 贵州黄平工商联结对帮扶)
        // (紫阳县人民政府 over 索引号…发布日期 and the title under them: a publisher's name is none)
        if meta.title == nil, let i = lines.indices.first(where: { lines[$0].role == .heading && lines[$0].range.count >= 5 && $0 < firstBody
                                                                  && Self.isWorded(s, lines[$0].range) && date(in: s, lines[$0].range) == nil
                                                                  && !Self.isByline(s, lines[$0].range) }) {
            meta.title = Self.titleText(s, lines[i].range)
            meta.titleLine = i
        }
        return meta
    }

    /// Whether a line cites a print edition: a title in 《》 opening it, `版` (the page) in it, short.
    static func isPrintCitation(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count <= printCitationLength, let first = s[r].first(where: { $0 != 0x20 }), first == TrapLexicon.openTitle else { return false }
        return s[r].contains(0x7248)   // 版
    }
    static let printCitationLength = 40

    static let repositoryMarks = ScalarTrie<Bool>(BoilerplateLexicon.repositoryMarks.map { ($0, true) })
    /// How long a line of a repository's furniture may be.
    static let repositoryLineLength = 80

    /// Whether a header line names a speaker or an author by the post they hold (`下陇村第一书记、
    /// 五人小组组长`): a byline, no title.
    /// (塔城市统计局 under 塔城市2015年国民经济和社会发展统计公报: a publishing office's name alone, short, no digit, closing
    /// with an office's last character, is a byline too)
    static func isByline(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        bylineRoles.longestEnding(in: s, at: r.upperBound, from: r.lowerBound, maxLength: 3) != nil || isPublisher(s, r) || isDocumentNumber(s, r)
            || isAddressee(s, r)
    }
    /// Whether a line is an official document's addressees, bodies a colon closes (`延安市扶贫开发办公室、市财政局：`, `各乡镇人民政府：`):
    /// whom the report is sent to, no title, and their places none of the report's (``DocumentPlace``).
    static func isAddressee(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        let r = Outline.trim(s, r)
        guard r.count >= 4, s[r.upperBound - 1] == ListItems.colon else { return false }
        let bodies = r.lowerBound..<(r.upperBound - 1)
        guard bodies.count <= addresseesLength, !s[bodies].contains(where: { NumberReader.isDigit($0) || Outline.isClauseBreak($0) && $0 != NumberReader.listComma }) else { return false }
        // (each body a publisher's name: 延安市扶贫开发办公室、市财政局)
        var k = bodies.lowerBound
        for e in bodies where s[e] == NumberReader.listComma {
            guard isPublisher(s, k..<e) else { return false }
            k = e + 1
        }
        return isPublisher(s, k..<bodies.upperBound)
    }
    /// How long a line of addressees may run before its colon.
    static let addresseesLength = 60
    /// Whether a line is a publishing body's name alone (`塔城市统计局`, `平利县人民政府办公室`): short, no digit, closing with a
    /// body's last character. Its place is the report's as a title's is (``DocumentPlace``).
    static func isPublisher(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        // (延川县扶贫开发办公室文件, 中共某县委文件: the issuing body's header over an official document)
        if r.count > documentHeader.count + 2, s[(r.upperBound - documentHeader.count)..<r.upperBound].elementsEqual(documentHeader) {
            return isPublisher(s, r.lowerBound..<(r.upperBound - documentHeader.count))
        }
        return !r.isEmpty && r.count <= publisherLength && !s[r].contains(where: NumberReader.isDigit)
            && (PlaceLexicon.officeEnds.contains(s[r.upperBound - 1]) && !headlineEnds.contains(s[r.upperBound - 1])
                || publisherWords.longestEnding(in: s, at: r.upperBound, from: r.lowerBound, maxLength: publisherWordLength) != nil)
            && headlineVerbs.firstMatch(in: s, r) == nil
    }
    /// Words of a headline's event that no office's name holds (`镇雄县成立…志愿者协会`, `大方县召开第三届残疾人联合会`,
    /// `走进金沙县蜂业协会`): a line holding one is a title, whatever body closes it.
    static let headlineVerbs = ScalarTrie<Bool>(["成立", "召开", "走进", "举办", "举行", "开展", "启动", "来到", "探访", "参加", "出席",
        "慰问", "表彰", "揭牌", "换届", "组建", "助力", "携手", "深入"].map { ($0, true) })
    /// Whether a line is a document's number alone (`光扶贫〔2018〕3号`, `X财农[2019]56号`): short, closing with digits and 号.
    static func isDocumentNumber(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count >= 4, r.count <= documentNumberLength, s[r.upperBound - 1] == hao, NumberReader.isDigit(s[r.upperBound - 2]) else { return false }
        return !s[r].contains(where: { Outline.sentenceEnds.contains($0) || Outline.isClauseBreak($0) })
    }
    static let hao: UInt32 = 0x53F7   // 号
    /// How long a publishing office's name alone on a line may be (characters).
    static let publisherLength = 16
    /// Last characters of an office (``PlaceLexicon/officeEnds``) that close headlines as often (`…扶贫工作队`, `…部门`).
    static let headlineEnds = ScalarSet("队门")
    /// Words closing a publishing body's name beyond an office's last character (`…办公室`, `…领导小组`, `…委员会`, `…调查队`).
    static let publisherWords = ScalarTrie<Bool>(publisherWordRows.map { ($0, true) })
    /// `文件`, closing an issuing body's header (``isPublisher(_:_:)``).
    static let documentHeader: [UInt32] = "文件".unicodeScalars.map(\.value)
    static let publisherWordRows = ["办公室", "领导小组", "委员会", "调查队", "指挥部", "工作组", "联合会", "红十字会", "工会", "协会", "商会", "基金会"]
    static let publisherWordLength = publisherWordRows.map(\.count).max()!
    /// How long a document's number alone on a line may be (`光扶贫〔2018〕3号`, characters).
    static let documentNumberLength = 20
    static let bylineRoles = ScalarTrie<Bool>(BoilerplateLexicon.bylineRoles.map { ($0, true) })

    /// A title line's text without a table's cell marks closing it (`贵州黄平工商联结对帮扶 |`).
    static func titleText(_ s: [UInt32], _ r: Range<Int>) -> String {
        var e = r.upperBound
        while e > r.lowerBound, s[e - 1] == 0x7C || s[e - 1] == 0x20 { e -= 1 }
        return NormalizedText.string(s[r.lowerBound..<e])
    }

    /// Whether the body line at `k` is a headline over a subtitle: short, no full stop, and the next line with text opens with
    /// a dash (`【口述史】元古堆的变化，我一样一样都记着 ⏎ ——渭源县脱贫攻坚口述史之十二`).
    static func headlineOverSubtitle(_ s: [UInt32], _ lines: [(range: Range<Int>, role: LineRole)], at k: Int) -> Bool {
        guard lines[k].range.count <= Outline.headlineLength, !s[lines[k].range].contains(Outline.fullStop),
              let next = lines.indices.dropFirst(k + 1).first(where: { lines[$0].role != .blank }) else { return false }
        return opensWithDash(s, lines[next].range)
    }
    /// Whether the sentence of a line's first year recalls a leader's visit or words (``historyMarkers``:
    /// `2013年11月3日，习近平总书记在这里首次提出…`).
    /// (only where the report tells of a later year: a day's news of a visit, 6月5日,习近平总书记在…考察, keeps its date)
    /// (`footLater`: the page's foot gives a later date, a letter's or a notice's sign-off)
    static func recallsVisit(_ s: [UInt32], _ r: Range<Int>, dateYear: Int?, footLater: Bool = false) -> Bool {
        guard let y = r.first(where: { YearResolver.yearFollows(s, at: $0, limit: r.upperBound) }), let dy = dateYear else { return false }
        let start = s[r.lowerBound..<y].lastIndex(of: Outline.fullStop).map { $0 + 1 } ?? r.lowerBound
        let end = s[y..<r.upperBound].firstIndex(of: Outline.fullStop) ?? r.upperBound
        guard historyMarkers.firstMatch(in: s, start..<end) != nil else { return false }
        return footLater || s.indices.contains { k in YearResolver.yearFollows(s, at: k, limit: s.count)
            && NormalizedText.integer(s[k..<(k + 4)]).map { $0 > dy + 1 && Campaign.reportYears.contains($0) } == true }
    }
    /// Words of a leader's visit or instruction a report recalls (`总书记`, `习近平`, `首次提出`).
    static let historyMarkers = ScalarTrie<Bool>(["总书记", "习近平", "首次提出"].map { ($0, true) })
    /// Whether a line opens with a dash, as a subtitle does (`——渭源县脱贫攻坚口述史之十二`).
    static func opensWithDash(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        let t = Outline.trim(s, r)
        return !t.isEmpty && (s[t.lowerBound] == 0x2014 || s[t.lowerBound] == 0x2D)
    }

    /// Whether a body line reads as a long headline: no more than ``Outline/headlineLength``
    /// characters, no full stop or comma.
    static func isHeadline(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.count <= Outline.headlineLength && !s[r].contains(where: { $0 == Outline.fullStop || $0 == 0x2C || $0 == 0xFF0C })
    }

    /// Whether a line holds words, not only page furniture's digits and marks (`2016`, `03/04`,
    /// `21:06` above a title): four Chinese characters at least.
    static func isWorded(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        // (第01版:头版, an e-paper's page tag)
        if r.count > 2, s[r.lowerBound] == 0x7B2C, NumberReader.isDigit(s[r.lowerBound + 1]) { return false }
        var han = 0
        for k in r where NormalizedText.isHan(s[k]) {
            han += 1
            if han >= 4 { return true }
        }
        return false
    }

    /// `来源:水母网` (also `来源 :`) → 水母网: the name runs to a second space, a digit, `(` or `|`.
    /// nil when the line has no such label; empty when the label names nothing.
    static func sourceName(_ s: [UInt32], _ r: Range<Int>) -> String? {
        var from = r.lowerBound
        while let at = Outline.find(laiyuan, in: s, from..<r.upperBound) {
            var j = at + laiyuan.count
            from = j
            if j + 1 < r.upperBound, s[j] == 0x20, s[j + 1] == 0x3A { j += 1 }
            guard j < r.upperBound, s[j] == 0x3A else { continue }
            j += 1
            if j < r.upperBound, s[j] == 0x20 { j += 1 }
            var name: [UInt32] = []
            var spaces = 0
            while j < r.upperBound {
                let u = s[j]
                j += 1
                if u == 0x20 { spaces += 1; if spaces >= 2 || name.count >= 2 { break } else { continue } }
                if NumberReader.isDigit(u) || u == 0x28 || u == 0x7C { break }
                spaces = 0
                name.append(u)
            }
            return NormalizedText.string(name)
        }
        return nil
    }

    /// The first year of the campaign's reports a line names (`…2019年工作总结`), nil where none; not one it
    /// looks to (`关于确保2020年全县贫困人口全部脱贫的实施意见`).
    static func yearNamed(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        YearResolver(publicationYear: nil).expressions(in: s, r).lazy.compactMap { e -> Int? in
            if case .year(let y) = e.meaning, Campaign.reportYears.contains(y),
               !YearResolver.isHorizon(s, at: e.range.lowerBound, lineStart: r.lowerBound) { return y }
            return nil
        }.first
    }

    /// `2020-10-16 15:31:26`, `2020/6/1 11:07`, `2020年10月16日` → normalised.
    public static func date(in s: [UInt32], _ r: Range<Int>) -> String? {
        // both patterns open with a digit that follows none: read from the line's first digit, a
        // line without one (most) passed by one scan through pointers (measured with a sentence's
        // places settled without a second array and its own-place words read once: 325.2 → 322.7 M
        // instructions a pass over 400 reports)
        let firstDigit = Self.digits.firstMember(in: s, from: r.lowerBound, to: r.upperBound)
        guard firstDigit < r.upperBound else { return nil }
        let r = firstDigit..<r.upperBound
        if let d = shortDate(in: s, r) ?? yearLastDate(in: s, r) { return d }
        var i = r.lowerBound
        while i + 8 <= r.upperBound {
            if NumberReader.isDigit(s[i]), i == r.lowerBound || !NumberReader.isDigit(s[i - 1]),
               let y = NormalizedText.integer(s[i..<(i + 4)]), Campaign.pageYears.contains(y), i + 4 < r.upperBound {
                let sep = s[i + 4]
                var j = i + 5
                func num() -> Int? {
                    let a = j
                    while j < r.upperBound, NumberReader.isDigit(s[j]), j - a < 2 { j += 1 }
                    return a == j ? nil : NormalizedText.integer(s[a..<j])
                }
                if [0x2D, 0x2F, 0x2E, 0x5E74].contains(sep), let m = num(), (1...12).contains(m), j < r.upperBound {
                    let sep2 = s[j]
                    j += 1
                    if [0x2D, 0x2F, 0x2E, 0x6708].contains(sep2), let d = num(), (1...31).contains(d) {
                        var out = isoDate(y, m, d)
                        if j < r.upperBound, s[j] == 0x65E5 { j += 1 }
                        while j < r.upperBound, s[j] == 0x20 { j += 1 }
                        // time of day
                        let t0 = j
                        while j < r.upperBound, NumberReader.isDigit(s[j]) || s[j] == 0x3A { j += 1 }
                        if s[t0..<j].contains(0x3A) { out += " " + NormalizedText.string(s[t0..<j]) }
                        return out
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// `2017-12-19 和田零距离`: a line opening with a numeric date (`-` or `/` between its parts),
    /// short and unpunctuated after it — a dateline with the source's name, no sentence.
    static func opensBareDateline(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count <= bareDatelineLength, r.count >= 10, NumberReader.isDigit(s[r.lowerBound]),
              s[r.lowerBound + 4] == 0x2D || s[r.lowerBound + 4] == 0x2F,
              (r.lowerBound..<(r.lowerBound + 4)).allSatisfy({ NumberReader.isDigit(s[$0]) }) else { return false }
        return !s[r].contains(where: { Outline.clausePunctuation.contains($0) })
    }
    /// `平利发布　2020-05-22　原创`: an account's byline, a numeric date among short words spaced apart (its name, `原创`), short
    /// and unpunctuated — the page's date as a public account posts it.
    static func accountDateline(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count <= bareDatelineLength, !s[r].contains(where: { Outline.clausePunctuation.contains($0) }) else { return false }
        let cells = TableCells.cells(s, r, spaced: true, minimumGap: 1)
        guard cells.count >= 2, cells.count <= 4 else { return false }
        return cells.contains(where: { opensBareDateline(s, $0) && $0.count <= 10 })
            && cells.allSatisfy { c in opensBareDateline(s, c) || c.count <= accountNameLength && s[c].allSatisfy(NormalizedText.isHan) }
    }
    /// How long an account's name in its byline may be (`共青团科右前旗委员会`: 10).
    static let accountNameLength = 16
    /// How long a line with a date and a source's name may be.
    static let bareDatelineLength = 40

    static let digits = ScalarSet("0123456789")
    /// How many of a page's last lines may hold its date alone, and how long such a line is.
    static let footReach = 4, bareDateLength = 20

    /// `09.10.2015  12:07`: a date with the year last, only with a time of day after it (else it
    /// could be any code); the first two numbers read month then day where both could be either.
    static func yearLastDate(in s: [UInt32], _ r: Range<Int>) -> String? {
        var i = r.lowerBound
        while i + 16 <= r.upperBound {
            let at = i
            i += 1
            guard at == r.lowerBound || !NumberReader.isDigit(s[at - 1]), NumberReader.isDigit(s[at]), NumberReader.isDigit(s[at + 1]),
                  [0x2E, 0x2F, 0x2D].contains(s[at + 2]), s[at + 5] == s[at + 2],
                  let a = NormalizedText.integer(s[at..<(at + 2)]), let b = NormalizedText.integer(s[(at + 3)..<(at + 5)]),
                  let y = NormalizedText.integer(s[(at + 6)..<(at + 10)]), Campaign.pageYears.contains(y) else { continue }
            var j = at + 10
            while j < r.upperBound, s[j] == 0x20 { j += 1 }
            guard j + 5 <= r.upperBound, NumberReader.isDigit(s[j]), NumberReader.isDigit(s[j + 1]), s[j + 2] == 0x3A else { continue }
            let (m, d) = a > 12 ? (b, a) : (a, b)
            guard (1...12).contains(m), (1...31).contains(d) else { continue }
            return isoDate(y, m, d) + " " + NormalizedText.string(s[j..<(j + 5)])
        }
        return nil
    }

    /// `18-07-24 11:25`: a two-digit year, only with a time of day after it (else it could be
    /// any code).
    static func shortDate(in s: [UInt32], _ r: Range<Int>) -> String? {
        var i = r.lowerBound
        while i + 14 <= r.upperBound {
            let at = i
            i += 1
            // the pattern read in place (a copy of 14 scalars at every position cost an allocation each)
            guard at == r.lowerBound || !NumberReader.isDigit(s[at - 1]), NumberReader.isDigit(s[at]), s[at + 2] == 0x2D else { continue }
            func d(_ k: Int) -> Int? { NumberReader.isDigit(s[at + k]) ? Int(s[at + k] - 0x30) : nil }
            func p(_ k: Int) -> UInt32 { s[at + k] }
            guard let y1 = d(0), let y2 = d(1), let m1 = d(3), let m2 = d(4), p(5) == 0x2D,
                  let d1 = d(6), let d2 = d(7), p(8) == 0x20, let h1 = d(9), let h2 = d(10), p(11) == 0x3A,
                  d(12) != nil, d(13) != nil else { continue }
            let y = 2000 + y1 * 10 + y2, m = m1 * 10 + m2, day = d1 * 10 + d2
            guard (1...12).contains(m), (1...31).contains(day), h1 * 10 + h2 < 24, Campaign.pageYears.contains(y) else { continue }
            return isoDate(y, m, day) + " " + NormalizedText.string(s[(at + 9)..<(at + 14)])
        }
        return nil
    }

    private static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
