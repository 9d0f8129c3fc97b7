/// Words that set the year a figure is about. One row a word.
public enum TimeLexicon {
    /// What joins years listed together (`2016、2018、2019年度`, `2017年和2018年`).
    static let yearListJoins = ScalarSet("、和及与")
    /// How far into a report's first paragraph a month and day date it (`1月9日,从…获悉`).
    static let ledeDateReach = 40
    /// Early months of a year, the two readings of a report written in them: in the first two a lede's
    /// date with no year tells the year before done (``Extractor``); through the third a report still
    /// looks ahead to the year's work (`2017年主要工作`) and `过去的一年` is the year just ended (``YearResolver``).
    static let yearBeforeToldMonths = 1...2
    static let yearAheadMonths = 1...3
    /// Words right after a year (`2019年|底`) that name its end: a report stating the end as past is of
    /// a later year (``Extractor``'s latest year), unless `前` follows (a deadline).
    static let yearEndWords = ScalarTrie<Bool>(["底", "末", "12月底", "12月末", "12月31日"].map { ($0, true) })
    static let qian: UInt32 = 0x524D   // 前
    /// Words after two years joined so that they compare them, no list (`2020年与2019年相比`).
    static let yearComparisons = ScalarTrie<Bool>(["相比", "比较", "相较", "对比", "同期"].map { ($0, true) })
    /// Words that open a sentence continuing the one before, in its time (`其中…`, `同时,…`).
    public static let continuations = ScalarTrie<Bool>(["其中", "同时", "与此同时", "同期", "此外", "另外"].map { ($0, true) })
    /// Prepositions of a time right before it (`已于去年底`, `在去年`).
    static let atMarkers = ScalarSet("于在")
    /// Events a year names (`2022年冬奥会`, `2010年世博会`): an event to come names no time of the figures.
    static let eventNames = ScalarTrie<Bool>(["冬奥会", "奥运会", "冬奥", "亚运会", "世博会", "全运会", "残奥会", "冬残奥会", "世园会",
        "进博会", "园博会"].map { ($0, true) })
    /// Relative to the publication year: `去年` is one before it.
    public static let relative = ScalarTrie<Int>([
        ("今年", 0), ("本年", 0), ("本年度", 0), ("去年", -1), ("上年", -1), ("上一年", -1),
        ("前年", -2), ("明年", 1),
        ("目前", 0), ("截至目前", 0), ("截止目前", 0), ("到目前为止", 0),
        ("当前", 0), ("至今", 0), ("近日", 0), ("日前", 0), ("现已", 0), ("年初以来", 0),
        ("今年以来", 0), ("如今", 0), ("现如今", 0), ("现在", 0), ("眼下", 0), ("迄今", 0), ("迄今为止", 0),
        // the state now, after a paragraph of past years (…2018年脱贫144户。全镇现剩余222户未脱贫)
        ("现剩余", 0), ("现有", 0), ("现存", 0),
        // years ago (7年前 in digits: ``YearResolver``)
        ("一年前", -1), ("两年前", -2), ("二年前", -2), ("三年前", -3), ("四年前", -4), ("五年前", -5), ("六年前", -6),
        ("七年前", -7), ("八年前", -8), ("九年前", -9), ("十年前", -10),
    ])
    /// Words of a statistic's previous year (`由上年的23.65%下降到11.37%`): before the year reported on.
    public static let reportRelative = ScalarTrie<Bool>(["上年", "上一年", "上年末", "上年底"].map { ($0, true) })
    /// A yearbook's word (``YearResolver/yearbookYear(_:outline:)``), and what may stand between it and its year
    /// (`年鉴(2019)`, `年鉴·2017`, `年鉴 2019`).
    static let yearbooks = ScalarTrie<Bool>([("年鉴", true)])
    static let yearbookSeparators = ScalarSet("(（·• 　《〔[")
    /// Labels of a yearbook's overview of its year (`【概况】2018年,…`): the year after one heads the report.
    static let overviewLabels = ScalarTrie<Bool>(["概况", "基本情况", "综述", "总体情况", "简况", "年度综述", "工作概况"].map { ($0, true) })
    /// Titles of a year's report (`统计公报`, `工作总结`, `年报`): its 上年 is the year before the one it reports.
    public static let yearReports = ScalarTrie<Bool>(yearReportWords.map { ($0, true) })
    static let yearReportWords = ["公报", "总结", "年报", "年鉴", "工作报告", "统计"]
    /// Titles of a record of a year (a year's report, `大事记`, `汇报`): a day or month said without a year is of the
    /// year the title names (``YearResolver/titleYear``), not of the publication's.
    public static let yearRecords = ScalarTrie<Bool>((yearReportWords + ["大事记", "纪事", "汇报"]).map { ($0, true) })
    /// Verbs of a meeting in a title before its year (`县政府听取2019年度脱贫攻坚工作汇报`): a story of the meeting, no record
    /// of the year (not a noun after the year, `…工作部署落实情况的汇报`, nor a name, `县农业科学研究所2019年度工作总结`).
    static let meetingVerbs = ScalarTrie<Bool>(["听取", "召开", "举行", "审议", "研究部署", "专题研究"].map { ($0, true) })
    /// What a year left over for a later one (`加上2015年剩余的22户`): the figure after it is that year's.
    public static let leftOver = ScalarTrie<Bool>(["剩余", "剩下", "遗留", "遗留下", "未脱贫", "结转", "新识别", "新增"].map { ($0, true) })
    /// `为` after a year, as `是` (``shi``): the sentence describes that year (`2019年为…决胜之年`).
    static let wei: UInt32 = 0x4E3A
    /// `年前` after a count of years: that many years before the present (`7年前`).
    public static let yearsAgo: [UInt32] = "年前".unicodeScalars.map(\.value)
    /// Words whose last character starts a word of ``relative``, which is then no time word:
    /// `实现剩余800人` is no `现剩余`, `体现在` no `现在`.
    public static let notRelativeAfter = ScalarTrie<Bool>(["实现", "发现", "出现", "体现", "表现", "呈现", "展现", "兑现",
        "再现", "涌现", "重现", "节日",
        // 以前年度 (earlier years) is no 前年
        "以前"].map { ($0, true) })
    /// The year already in force, said again: `年内`, `当年`, `全年` (`2019年,…。年内完成交易额907万元`).
    /// (`一年来` is the year just reviewed: 2016年,…。一年来,…脱贫1769户)
    /// False: the year just ended, early in the next (`过去一年`, `过去的一年`; ``YearResolver``).
    public static let sameYear = ScalarTrie<Bool>(["年内", "当年", "全年", "同年", "本年内", "一年来"].map { ($0, true) }
        + ["过去一年", "过去的一年"].map { ($0, false) })
    /// Of ``sameYear``, the words that point back to a year named before: `当年`, `同年` name the
    /// year a span starts in too (`2017年起,…。当年,合作社出栏110多头` → 2017), where `全年` and
    /// `年内` keep the year in force.
    public static let thatYear = ScalarTrie<Bool>(["当年", "同年"].map { ($0, true) })
    /// What makes a year, right after its 年, the first of a span up to now (`2014年以来`).
    static let sinceNow = ScalarTrie<Bool>(["以来"].map { ($0, true) })
    /// A year's four digits and its 年.
    static let yearWithNian = 5
    /// Years a text read back for the time it last named may name (``DocumentScan/lastYearNamed(_:before:from:)``).
    static let namedYears = 1949...2049
    /// Words that point back to the time the text last named, opening a sentence (`当时,民乐村上报的
    /// 贫困户为150多户` after `在2016年5月11日…`): its year is that one.
    /// (the value: how many years after that one, 第二年 and 次年 the next)
    public static let thatTime = ScalarTrie<Int>(thatTimeRows)
    /// (当年, 同年 opening a sentence too: 2013年11月3日,…。⏎当年,全村225户939人… is 2013, not the page's year)
    static let thatTimeRows = ["当时", "那时", "那时候", "那个时候", "那会儿", "彼时", "那年", "那一年", "当年", "同年"].map { ($0, 0) }
        + [("第二年", 1), ("次年", 1), ("翌年", 1), ("第三年", 2)]
    /// Words of a plan that may open a clause before its year (`,计划2020年脱贫300户`): the year
    /// still heads that clause, and its figure, not the figures before.
    public static let yearLeads = ScalarTrie<Bool>(["计划", "力争", "预计", "争取", "确保", "到", "于", "在", "将", "拟"].map { ($0, true) })
    /// Words that speak of several years at once: the figure has no single year.
    /// (a five-year plan's period is one too: “十三五”期间, 十三五以来)
    public static let spans = ScalarTrie<Bool>(["近年来", "近年", "近几年", "多年来", "历年来", "这些年", "几年来", "五年来",
        "十二五", "十三五", "十四五", "一年多来", "两年来", "两年多来", "三年来", "三年多来", "四年来", "近两年来",
        "近三年来", "近五年来", "近两年", "近三年"].map { ($0, true) } + pastWordList.map { ($0, true) })
    /// The five-year plans' periods by their last year, and the words of a period's end after one (`到“十三五”末`,
    /// `十二五期末`, `“十三五”收官之年`): that year.
    public static let planPeriods = ScalarTrie<Int>([("十二五", 2015), ("十三五", 2020), ("十四五", 2025)])
    static let planPeriodEnds = ScalarTrie<Bool>(["末", "期末", "末期", "时期末", "收官", "收官之年", "规划末", "规划期末"].map { ($0, true) })
    /// A past the text dates no further (`过去,全村有贫困户120户`; `搬迁前,他家一年收入不足2000元`).
    static let pastWordList = ["过去", "以往", "从前", "曾经", "早些年", "那时", "昔日", "往年", "搬迁前", "脱贫前", "扶贫前"]
    public static let pastWords = ScalarTrie<Bool>(pastWordList.map { ($0, true) })
    /// After a time word, a span rather than a year: `2017年以来`, `去年以来`.
    public static let spanMarkers = ScalarTrie<Bool>([("以来", true), ("来", true), ("期间", true), ("起", true), ("开始", true)])
    /// In a sentence, words saying the figure accumulates over years: the paragraph's year
    /// does not carry into it (`先后召开会议6次`).
    public static let cumulative = ScalarTrie<Bool>(["先后", "累计", "以来", "历年", "多年来", "近年来",
        "近年", "近几年", "这些年", "年来", "十三五", "期间"].map { ($0, true) })
    /// Right before a year, a comparison: the year is not the figure's (`比2019年增加1649人`).
    public static let comparison: ScalarSet = ScalarSet("比较与同")
    /// A year between one of these and a closer in its clause is the base a figure is measured
    /// from, not the figure's: `在2017年的基础上`, `和2014年建档立卡初期相比`.
    public static let baseOpeners: ScalarSet = ScalarSet("在和跟")
    /// After a year (`上年=100`, `2015年=100`), the mark that makes it an index's base: no year of a figure.
    public static let indexBase: ScalarSet = ScalarSet("=＝")
    /// After a year's `年`, words that make it a birth year, no year of a figure (`全部为1970年以后出生`).
    /// (not 出生 alone: `2019年出生人口1200人` are that year's births)
    public static let births = ScalarTrie<Bool>(["以后出生", "后出生", "以前出生", "前出生", "生人"].map { ($0, true) })
    /// Words closing a base's clause (``baseOpeners``).
    /// (not 比较, which is also "rather": 在2019年贫困人口比较集中的5个乡镇)
    public static let baseClosers = ScalarTrie<Bool>(["基础上", "相比", "相较"].map { ($0, true) })
    /// Verbs of comparison right before a relative year (`实际完成数均超过去年`).
    public static let comparisonVerbs = ScalarTrie<Bool>(["超过", "高于", "低于", "多于", "少于", "超出", "好于", "优于"].map { ($0, true) })
    /// What may follow a year's `年` as part of the time it names (`2019年底`, `年末`, `年初`, `年度`).
    public static let yearParts: ScalarSet = ScalarSet("底末初度")
    /// Titles of reports that review the year before the one they name (`2018年政府工作报告`).
    public static let reviewTitles = ScalarTrie<Bool>([("政府工作报告", true)])
    /// Words of the present and its season a lede may open with (`春节前夕`, `近日`, `今年`): it speaks of now.
    static let presentTimes = ScalarTrie<Bool>(["春节", "元旦", "新春", "近日", "日前", "今年", "目前", "当前", "新年"].map { ($0, true) })
    /// Titles of reports on rectifying what an inspection of a year found (`关于2017年度…考核反馈问题整改情况的报告`): the year
    /// named is the inspection's; the report tells of the rectifying, done when it is published.
    public static let rectificationTitles = ScalarTrie<Bool>(["整改情况", "整改工作情况", "整改报告", "整改进展", "整改落实情况"].map { ($0, true) })
    /// Words of an inspection whose findings are rectified (`考核反馈`, `巡视`, `审计`).
    static let inspectionWords = ScalarTrie<Bool>(["考核", "巡视", "巡察", "审计", "督查", "检查", "评估", "反馈"].map { ($0, true) })
    /// Whether a title reports rectifying what an inspection found (`关于2019年…考核反馈问题整改情况的报告`): a rectification's
    /// word and an inspection's, no year's report beside them (`…工作总结及问题整改情况` reports the year).
    static func rectifiesInspection(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        rectificationTitles.firstMatch(in: s, r) != nil && inspectionWords.firstMatch(in: s, r) != nil && yearReports.firstMatch(in: s, r) == nil
    }
    /// Before the first year of a span, and before a level at its start: `从2013年`, `由21.4%`.
    public static let fromMarkers: ScalarSet = ScalarSet("从由自")
    /// After a small count of years, words that make it a stretch of them (`6年时间`, `3年间`, `5年里`).
    public static let yearStretches = ScalarTrie<Bool>(["时间", "间", "里"].map { ($0, true) })
    /// After a year reached for (`到2018年`), the goal that makes it a horizon, not a year told of
    /// (`到2018年全面建成小康社会目标`).
    public static let goalNouns = ScalarTrie<Bool>(["目标", "奋斗目标"].map { ($0, true) })
    /// After a month, what makes it a deadline or a start (`10月底前`, `5月起`, `6月以后`).
    public static let monthAhead = ScalarSet("前起始后")
    /// Words of a period after a plan's name (`“十三五”时期`, `“十三五”末`): still the span.
    public static let periodWords = ScalarTrie<Bool>(["时期", "末", "初", "中期", "收官", "开局", "以前", "之前", "前"].map { ($0, true) })
    /// Plans a span of years is named for (`2017-2020年脱贫滚动计划`, `2016—2020年规划`).
    public static let planNouns = ScalarTrie<Bool>(["计划", "规划", "方案", "行动"].map { ($0, true) })
    /// Before the last year of a span: `至2014年`, `到去年`.
    public static let toMarkers: ScalarSet = ScalarSet("至到")
    /// Between the two years of a span: `2016年至2020年`, `2019—2020年`, `2016-2018年` — the
    /// separators of any range (``CandidateReader/rangeSeparators``).
    static let spanJoins = CandidateReader.rangeSeparators

    /// Whether expression `k` of `e` is the second year of a span joined to the one before it
    /// (`2016年至2020年`).
    static func endsSpan(_ e: [TimeExpression], _ k: Int, _ s: [UInt32]) -> Bool {
        guard k > 0, k < e.count, case .year(let a) = e[k - 1].meaning, case .year(let b) = e[k].meaning, a < b,
              e[k].range.lowerBound - e[k - 1].range.upperBound == 1 else { return false }
        return spanJoins.contains(s[e[k - 1].range.upperBound])
    }
    /// Before a level at a span's end: `降至0.07%`, `减少到2.64万人`, `提高到7920元`.
    static let toLevelRows = ["降至", "降到", "降为", "减为", "下降为", "减少为", "下降到", "下降至", "减少到", "减少至", "减至", "降低到",
        "降低至", "提高到", "提高至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至", "增至", "提升到", "提升至", "涨到", "涨至",
        "扩大到", "扩大至"]
    public static let toLevels = ScalarTrie<Bool>(toLevelRows.map { ($0, true) })
    /// After a year (or its month), words for a part of it: `2012年底`, `年初`, `年末`.
    public static let periodEnds: ScalarSet = ScalarSet("底初末")
    /// What ends digits that name a date, not a figure (`2019年`, `12月`, `5日`).
    public static let dateUnits: ScalarSet = ScalarSet("年月日号")
    /// Phrases that name the year they are said in when no date is given: the campaign's last
    /// year, and the first of a five-year plan (`“十四五”开局之年,甘肃织牢…`).
    public static let campaignYears = ScalarTrie<Int>([
        ("收官之年", 2020), ("决战决胜之年", 2020), ("决胜之年", 2020), ("最后一年", 2020),
        ("收官决战", 2020),
        ("十三五开局之年", 2016), ("十三五”开局之年", 2016), ("十三五\"开局之年", 2016),
        ("十四五开局之年", 2021), ("十四五”开局之年", 2021), ("十四五\"开局之年", 2021),
        ("过渡期第一年", 2021), ("过渡期的第一年", 2021),
    ])
    /// `今年底,甘肃将同全国一道全面建成小康社会`: the goal of 2020 said due at this year's end
    /// (after ``thisYearsEnd`` in its line) names 2020 (`今年…为全面建成小康社会打基础` does not).
    /// A count of years up to the present (`两年来`): after a year named before it, they tell the
    /// present year (not `近两年来`, `多年来`: no count from a year).
    public static let yearsSinceCounts = ScalarTrie<Int>([("。两年来", 2), ("。三年来", 3), ("。四年来", 4), ("。五年来", 5),
        ("。2年来", 2), ("。3年来", 3), ("。4年来", 4), ("。5年来", 5)])
    public static let thisYearGoals = ScalarTrie<Int>([("全面建成小康社会", 2020), ("全面打赢脱贫攻坚战", 2020)])
    public static let thisYearsEnd = ScalarTrie<Bool>([("今年底", true), ("今年年底", true)])
    static let jin: UInt32 = 0x4ECA   // 今 (今年)
    /// How far after a year (or 今年) a plan's marker makes it planned (`今年,该区将…`).
    public static let planReach = 8
    /// How far a year's own clause is read for a plan's marker (`2020年全省扶贫工作的重心将…`).
    public static let planClauseReach = 20
    /// A plan of a year's work named after the year (`2020年脱贫攻坚工作安排`): the year is
    /// planned, not told as done.
    public static let yearPlans = ScalarTrie<Bool>(["工作安排", "工作部署", "工作要点", "工作思路", "工作打算", "工作重点", "重点工作", "工作目标"].map { ($0, true) })
    static let shi: UInt32 = 0x662F   // 是: 2016年是…之年 describes the year itself

    /// How far back from a year its clause is read for a word of planning.
    public static let horizonReach = 16
    /// How far back from a year a quotation's opening mark is looked for.
    public static let sloganReach = 24

    /// Whether a word naming one year (``relative``'s `今年`, `去年`; ``sameYear``'s `全年`, `当年`)
    /// ends at `end`: `今年投入` is that year's total, not the per-year `年投入`.
    static func namesYear(_ s: [UInt32], endingAt end: Int, from start: Int) -> Bool {
        relative.longestEnding(in: s, at: end, from: start, maxLength: 2) != nil
            || sameYear.longestEnding(in: s, at: end, from: start, maxLength: 2) != nil
            || (end - 2 >= start && s[end - 2] == ban && halves.longestEnding(in: s, at: end, from: start, maxLength: 3) != nil)
    }
    /// Halves of a year (`上半年发放救助基金36.87万元`: the half's total, not the per-year `年发放`).
    static let halves = ScalarTrie<Bool>(["上半年", "下半年"].map { ($0, true) })
    static let ban: UInt32 = 0x534A   // 半

    /// Right before a year that comes after its figure and sets the figure's deadline
    /// (`16.58万人在今年底全部脱贫`, `于明年完成`).
    public static let deadlineMarkers = ScalarSet("在于到")
    /// Before a year's end, what makes it a deadline rather than a past state (`到2020年底`, `于2018年末`).
    public static let deadlineLeads = ScalarSet("到至于")
    /// After such a year, the part of it that makes a deadline (`今年底`, `年底前`, `年内`).
    public static let deadlineEnds = ScalarSet("底末前内")

    /// Clauses that say where the news came from, ending right before a year that heads the
    /// rest of the sentence (`另获悉,2018年…`, `记者从市扶贫办了解到,2019年…`, `项克强说,去年…`).
    public static let reportingLeads = ScalarTrie<Bool>(["获悉", "据悉", "了解到", "据了解", "据统计", "据介绍", "介绍", "表示", "说",
        "显示", "报道", "得知", "看到"].map { ($0, true) })
}
