import FupinCore

/// What the word after a number makes of it.
///
/// A class, so that a unit found is one reference: as a struct (its optional kind a tuple
/// with a string) each `(length, value)?` the trie returned was destroyed through the
/// runtime's generic witnesses (measured, with ``FactContext/SentenceCues`` made plain values and
/// ``RuleNameSet``: 391.0 → 388.3 M instructions a pass over 400 reports).
public final class UnitRow: Sendable {
    public let measure: Measure?
    /// Rule name shown by `--explain`.
    public let rule: String
    /// A classifier (`个`, `项`, `名`) counts the noun after it; the subject comes from there.
    public let isClassifier: Bool
    /// What one of this unit is in the measure's own unit (`公顷` is 15 亩).
    public let scale: Double
    /// The kind the unit itself implies (`个百分点` is a difference of shares).
    public let kind: (Kind, String)?
    /// What a refusal needs to know of the row (typed, so that no rule name is compared as text).
    public let tag: UnitTag
    public init(_ measure: Measure?, _ rule: String, classifier: Bool = false, scale: Double = 1, kind: (Kind, String)? = nil,
                tag: UnitTag = .plain) {
        self.measure = measure; self.rule = rule; self.isClassifier = classifier; self.scale = scale; self.kind = kind; self.tag = tag
    }
}

/// Rows that a ``Trap`` singles out.
public enum UnitTag: Sendable {
    case plain
    /// `村` alone: after a Chinese numeral it ends a place's name (`十八洞村`).
    case village
    /// `本`: after a Chinese numeral a college's tier (`二本`).
    case book
    /// `届`, `次会议`: a congress's session is numbered, not counted.
    case session
    /// `半` in `一半`: half of a whole, 50 %, though its numeral is a lone `一`.
    case half
    /// `成`: tenths (三成 is 30 %); after more than ten it is no share (`100成`).
    case tenths
    /// `省`, `市`: after a Chinese numeral with `区`, or after `两`, a group of places named
    /// (`民族八省区`, `粤桂两省区`, `闽宁两市`), not a count.
    case placeGroup
    /// `块`: pieces, or yuan in speech after a word of earnings (`一天能挣150块`).
    case colloquialYuan
    /// `起`: cases counted in digits; after a Chinese numeral a word (`一起`) or a story's count.
    case cases
    /// `顶`, `床`, `桶`: relief goods' own classifiers, counting only after the goods' noun (`帐篷600顶`, ``UnitLexicon/goodsNouns``).
    case goodsAfterNoun
    /// `孔`, `把`: counting only where they close the clause (`窑洞宾馆12孔。`, `农具2000把。`); before a word they
    /// describe it or make an idiom (`3孔石拱桥`, `两把刷子`).
    case closingClause
    /// `毛` alone: a tenth of a yuan where it closes its word (`一个鸡蛋卖8毛,`, `5毛一斤`), not a word it opens (`二毛皮`,
    /// `毛竹`) nor a given name after a surname (`刘三毛`, `李二毛`).
    case dime
}

/// Units and classifiers → measure. One row a word; longest match wins (`人次` over `人`).
/// A row with a nil measure stops a number from becoming a fact (`3个月`, `35岁`).
public enum UnitLexicon {
    /// Words of earnings before `块` that make it yuan (`挣`, `工资`, `收入`).
    public static let earningWords = ScalarTrie<Bool>(earningWordList.map { ($0, true) })
    static let earningWordList = ["挣", "赚", "收入", "工资", "补贴", "分红", "卖了", "领到", "领了", "拿到", "拿了", "能拿", "收益",
        // (营养餐补助就有800块, 每人资助五百块: aid paid)
        "补助", "资助", "奖补", "救助金", "低保金", "养老金"]
    public static let rows: [(String, UnitRow)] = [
        // people
        ("人", UnitRow(.persons, "unit.persons.人")),
        ("名", UnitRow(.persons, "unit.persons.名", classifier: true)),
        ("位", UnitRow(.persons, "unit.persons.位", classifier: true)),
        ("人次", UnitRow(.personTimes, "unit.person_times.人次")),
        ("人(次)", UnitRow(.personTimes, "unit.person_times.人(次)")),
        ("户", UnitRow(.households, "unit.households.户")),
        ("户家庭", UnitRow(.households, "unit.households.户家庭")),
        // 户 counting firms (22户民营企业参与帮扶) counts things, no households
        ("户企业", UnitRow(.items, "unit.items.户企业")), ("户民营企业", UnitRow(.items, "unit.items.户企业")),
        ("户民企", UnitRow(.items, "unit.items.户企业")), ("户龙头企业", UnitRow(.items, "unit.items.户企业")),
        ("户农业龙头企业", UnitRow(.items, "unit.items.户企业")), ("户农业企业", UnitRow(.items, "unit.items.户企业")),
        ("户合作社", UnitRow(.items, "unit.items.户企业")), ("户专业合作社", UnitRow(.items, "unit.items.户企业")),
        ("户农民专业合作社", UnitRow(.items, "unit.items.户企业")),
        // (500户合作社社员: the members' households)
        ("户合作社社员", UnitRow(.households, "unit.households.户")), ("户合作社成员", UnitRow(.households, "unit.households.户")),
        ("户专业合作社社员", UnitRow(.households, "unit.households.户")), ("户专业合作社成员", UnitRow(.households, "unit.households.户")),
        ("个家庭", UnitRow(.households, "unit.households.个家庭")),
        // (4个家庭农场: farms, firms of a family, are things counted)
        ("个家庭农场", UnitRow(.items, "unit.items.家庭农场", classifier: true)), ("家庭农场", UnitRow(.items, "unit.items.家庭农场")),
        ("个贫困户", UnitRow(.households, "unit.households.个贫困户")),
        ("个农户", UnitRow(.households, "unit.households.个农户")),
        ("个贫困家庭", UnitRow(.households, "unit.households.个贫困家庭")),
        ("个困难家庭", UnitRow(.households, "unit.households.个困难家庭")),
        ("个建档立卡贫困家庭", UnitRow(.households, "unit.households.个建档立卡贫困家庭")),
        ("个建档立卡贫困户", UnitRow(.households, "unit.households.个建档立卡贫困户")),
        ("家贫困户", UnitRow(.households, "unit.households.家贫困户")),
        ("家农户", UnitRow(.households, "unit.households.家农户")),
        ("家建档立卡贫困户", UnitRow(.households, "unit.households.家建档立卡贫困户")),
        ("家脱贫户", UnitRow(.households, "unit.households.家脱贫户")),
        // places counted
        ("村", UnitRow(.villages, "unit.villages.村", tag: .village)),
        ("村居", UnitRow(.villages, "unit.villages.村居")),
        ("个行政村", UnitRow(.villages, "unit.villages.个行政村")),
        ("个贫困村", UnitRow(.villages, "unit.villages.个贫困村")),
        ("个自然村", UnitRow(.villages, "unit.villages.个自然村")),
        ("个社区", UnitRow(.villages, "unit.villages.个社区")),
        ("个村(社区)", UnitRow(.villages, "unit.villages.个村社区")),
        // money, share, distance, weight
        ("元", UnitRow(.yuan, "unit.yuan.元")), ("圆", UnitRow(.yuan, "unit.yuan.圆")),
        ("块钱", UnitRow(.yuan, "unit.yuan.块钱")),
        // dimes said alone (一枚按8毛算, 比去年还高1毛, 五毛钱); after 块 they are the yuan's (三块五毛, ``Candidate/spokenDimes``)
        ("毛", UnitRow(.yuan, "unit.yuan.毛", scale: 0.1, tag: .dime)), ("毛钱", UnitRow(.yuan, "unit.yuan.毛钱", scale: 0.1)),
        ("%", UnitRow(.percent, "unit.percent.%")),
        ("‰", UnitRow(.percent, "unit.percent.‰", scale: 0.1)),   // per mille: 返贫率5‰ is 0.5 %
        ("个百分点", UnitRow(.percent, "unit.percent.个百分点", kind: (.change, "kind.change.个百分点"))),
        // shares said in tenths and halves: 三成 is 30 %, 一半 50 % (三分之一: CandidateReader.find)
        ("成", UnitRow(.percent, "unit.percent.成", scale: 10, tag: .tenths)),
        ("半", UnitRow(.percent, "unit.percent.一半", scale: 50, tag: .half)),
        ("公里", UnitRow(.km, "unit.km.公里")),
        ("千米", UnitRow(.km, "unit.km.千米")),
        ("km", UnitRow(.km, "unit.km.km")),
        ("吨", UnitRow(.tons, "unit.tons.吨")),
        // land
        ("亩", UnitRow(.mu, "unit.mu.亩")),
        ("公顷", UnitRow(.mu, "unit.mu.公顷", scale: 15)),
        // other counted things
        ("个", UnitRow(.items, "unit.items.个", classifier: true)),
        ("项", UnitRow(.items, "unit.items.项", classifier: true)),
        ("家", UnitRow(.items, "unit.items.家", classifier: true)),
        ("件", UnitRow(.items, "unit.items.件", classifier: true)),
        // cases a discipline body handles, in digits (查处扶贫领域问题1001起): after a Chinese numeral 起 is
        // "together" (一起) or a story's (破获了两起盗窃案), ``Trap/loneUnit``
        ("起", UnitRow(.items, "unit.items.起", classifier: true, tag: .cases)),
        ("件套", UnitRow(.items, "unit.items.件套", classifier: true)),
        ("套", UnitRow(.items, "unit.items.套", classifier: true)),
        ("场", UnitRow(.items, "unit.items.场", classifier: true)),
        ("场次", UnitRow(.items, "unit.items.场次", classifier: true)),
        // (set 194: 支教五百余课时, hours of teaching given)
        ("课时", UnitRow(.items, "unit.items.课时", classifier: true)),
        ("次", UnitRow(.items, "unit.items.次", classifier: true)),
        ("条", UnitRow(.items, "unit.items.条", classifier: true)),
        ("台", UnitRow(.items, "unit.items.台", classifier: true)),
        // trips of trains and buses that carried workers (开出铁路专列13趟)
        ("趟", UnitRow(.items, "unit.items.趟", classifier: true)), ("班次", UnitRow(.items, "unit.items.班次", classifier: true)),
        // (and planes: 包机28架, 120架次)
        ("架", UnitRow(.items, "unit.items.架", classifier: true)), ("架次", UnitRow(.items, "unit.items.架次", classifier: true)),
        ("口", UnitRow(.items, "unit.items.口", classifier: true)),
        ("轮", UnitRow(.items, "unit.items.轮", classifier: true)),
        ("所", UnitRow(.items, "unit.items.所", classifier: true)),
        ("处", UnitRow(.items, "unit.items.处", classifier: true)),
        ("份", UnitRow(.items, "unit.items.份", classifier: true)),
        ("只", UnitRow(.items, "unit.items.只", classifier: true)),
        ("瓶", UnitRow(.items, "unit.items.瓶", classifier: true)),
        ("批", UnitRow(.items, "unit.items.批", classifier: true)),
        ("批次", UnitRow(.items, "unit.items.批次", classifier: true)),
        ("座", UnitRow(.items, "unit.items.座", classifier: true)),
        // (shares a cooperative's members hold: 入股98股, 六百二十股; not 股份, 股东, words of their own)
        ("股", UnitRow(.items, "unit.items.股", classifier: true)), ("股份", UnitRow(nil, "skip.word")), ("股东", UnitRow(nil, "skip.word")),
        ("间", UnitRow(.items, "unit.items.间", classifier: true)),
        ("栋", UnitRow(.items, "unit.items.栋", classifier: true)),
        ("辆", UnitRow(.items, "unit.items.辆", classifier: true)),
        ("头", UnitRow(.items, "unit.items.头", classifier: true)),
        ("棵", UnitRow(.items, "unit.items.棵", classifier: true)),
        ("株", UnitRow(.items, "unit.items.株", classifier: true)),
        // greenhouses and fish (设施果菜20棚, 投放鱼苗3万尾)
        ("棚", UnitRow(.items, "unit.items.棚", classifier: true)),
        ("尾", UnitRow(.items, "unit.items.尾", classifier: true)),
        ("张", UnitRow(.items, "unit.items.张", classifier: true)),
        ("本", UnitRow(.items, "unit.items.本", classifier: true, tag: .book)),
        ("册", UnitRow(.items, "unit.items.册", classifier: true)),
        ("支", UnitRow(.items, "unit.items.支", classifier: true)),
        ("届", UnitRow(.items, "unit.items.届", classifier: true, tag: .session)),
        ("期", UnitRow(.items, "unit.items.期", classifier: true)),
        ("笔", UnitRow(.items, "unit.items.笔", classifier: true)),
        ("盏", UnitRow(.items, "unit.items.盏", classifier: true)),
        ("眼", UnitRow(.items, "unit.items.眼", classifier: true)),
        ("箱", UnitRow(.items, "unit.items.箱", classifier: true)),
        // bee colonies (中蜂1800多群); 群众 and 群体 after a number are people and groups, no colonies
        ("群", UnitRow(.items, "unit.items.群", classifier: true)), ("群众", UnitRow(.persons, "unit.persons.群众")),
        ("群体", UnitRow(nil, "skip.word")),
        // steps of a stair (2556级钢梯); 级 alone is a level (三级医院)
        ("级台阶", UnitRow(.items, "unit.items.级台阶")), ("级钢梯", UnitRow(.items, "unit.items.级钢梯")),
        ("级阶梯", UnitRow(.items, "unit.items.级阶梯")),
        ("袋", UnitRow(.items, "unit.items.袋", classifier: true)),
        ("盒", UnitRow(.items, "unit.items.盒", classifier: true)),   // 药品234盒
        ("部", UnitRow(.items, "unit.items.部", classifier: true)),
        ("篇", UnitRow(.items, "unit.items.篇", classifier: true)),
        ("车次", UnitRow(.items, "unit.items.车次", classifier: true)),   // 免费专列21车次
        ("桩", UnitRow(.items, "unit.items.桩", classifier: true)),       // 松杉灵芝1.3万桩
        // horses and seeds (马匹260余匹, 10万粒); cave dwellings and tools closing the clause (窑洞12孔, 农具2000把; not
        // 3孔石拱桥, 两把刷子, ``UnitTag/closingClause``); 一把手, 把关, 把握 are words of their own
        ("匹", UnitRow(.items, "unit.items.匹", classifier: true)), ("粒", UnitRow(.items, "unit.items.粒", classifier: true)),
        ("孔", UnitRow(.items, "unit.items.孔", classifier: true, tag: .closingClause)),
        // (七百弄鸡1800羽: birds counted by their feathers, closing the clause)
        ("羽", UnitRow(.items, "unit.items.羽", classifier: true, tag: .closingClause)),
        ("把", UnitRow(.items, "unit.items.把", classifier: true, tag: .closingClause)), ("把手", UnitRow(nil, "skip.word")),
        ("把关", UnitRow(nil, "skip.word")), ("把握", UnitRow(nil, "skip.word")), ("把脉", UnitRow(nil, "skip.word")),
        // (pairs, sets and parcels closing the clause: 帮扶对子四十二对, 拐杖1104副, 土地整治项目11宗; not 3对夫妇, 副县长, 宗教)
        ("对", UnitRow(.items, "unit.items.对", classifier: true, tag: .closingClause)),
        ("艘", UnitRow(.items, "unit.items.艘", classifier: true)),   // boats (回收渔船3126艘)
        ("副", UnitRow(.items, "unit.items.副", classifier: true, tag: .closingClause)),
        ("宗", UnitRow(.items, "unit.items.宗", classifier: true, tag: .closingClause)),
        ("块", UnitRow(.items, "unit.items.块", classifier: true, tag: .colloquialYuan)),
        // mushroom logs (菌棒80万棒); a couple (两口子) and a flat's entrance (2单元) count nothing
        ("棒", UnitRow(.items, "unit.items.棒", classifier: true)),
        ("口子", UnitRow(nil, "skip.family")), ("单元", UnitRow(nil, "skip.address")),
        ("例", UnitRow(.items, "unit.items.例", classifier: true)),
        ("单", UnitRow(.items, "unit.items.单", classifier: true)),
        ("羽", UnitRow(.items, "unit.items.羽", classifier: true)),
        ("组", UnitRow(.items, "unit.items.组", classifier: true)),
        ("种", UnitRow(.items, "unit.items.种", classifier: true)),   // 30多种特色产业 (种植, 种养: see CandidateReader)
        // places counted above the village: 4省(区), 七地市, 12个县
        ("省", UnitRow(.items, "unit.items.省", classifier: true, tag: .placeGroup)),
        // (浙江9市, 搬迁涉及3镇5村; 市场 is no city)
        ("市", UnitRow(.items, "unit.items.市", classifier: true, tag: .placeGroup)),
        ("镇", UnitRow(.items, "unit.items.镇", classifier: true)),
        ("乡", UnitRow(.items, "unit.items.乡", classifier: true)),   // 辖6镇4乡
        ("市场", UnitRow(nil, "skip.word")), ("市斤", UnitRow(nil, "skip.word")), ("市民", UnitRow(nil, "skip.word")),
        ("市级", UnitRow(nil, "skip.word")),
        // (每年消化楠竹18万根)
        ("根", UnitRow(.items, "unit.items.根", classifier: true)),
        // product lines (上架产品1.7万多款), eggs and coins (销售34万枚)
        ("款", UnitRow(.items, "unit.items.款", classifier: true)), ("枚", UnitRow(.items, "unit.items.枚", classifier: true)),
        // units outside the measure table (FORMAT.md): no figure, nor one the subject's noun would count
        // (帮助贫困户销售荔枝等50万斤)
        ("斤", UnitRow(nil, "skip.unit")), ("公斤", UnitRow(nil, "skip.unit")), ("千克", UnitRow(nil, "skip.unit")),
        ("平方米", UnitRow(nil, "skip.unit")), ("平米", UnitRow(nil, "skip.unit")), ("立方米", UnitRow(nil, "skip.unit")),
        ("平方公里", UnitRow(nil, "skip.unit")), ("千瓦", UnitRow(nil, "skip.unit")), ("兆瓦", UnitRow(nil, "skip.unit")),
        ("千伏", UnitRow(nil, "skip.unit")), ("千伏安", UnitRow(nil, "skip.unit")), ("伏", UnitRow(nil, "skip.unit")),   // (110千伏变电站: a voltage class)
        ("地市", UnitRow(.items, "unit.items.地市", classifier: true)),
        ("市州", UnitRow(.items, "unit.items.市州", classifier: true)),
        ("县", UnitRow(.items, "unit.items.县", classifier: true)),
        ("县区", UnitRow(.items, "unit.items.县区", classifier: true)),
        ("区县", UnitRow(.items, "unit.items.区县", classifier: true)),
        ("乡镇", UnitRow(.items, "unit.items.乡镇", classifier: true)),
        ("支队伍", UnitRow(.items, "unit.items.支队伍", classifier: true)),
        // relief goods by their own classifiers, their noun with them (600顶帐篷, 2000床棉被, 1.5万桶食用油)
        ("顶帐篷", UnitRow(.items, "unit.items.顶帐篷")), ("床棉被", UnitRow(.items, "unit.items.床棉被")),
        ("床被子", UnitRow(.items, "unit.items.床被子")), ("床棉絮", UnitRow(.items, "unit.items.床棉絮")),
        ("桶食用油", UnitRow(.items, "unit.items.桶食用油")), ("桶油", UnitRow(.items, "unit.items.桶油")),
        // (and after it, the order of a report's lists: 帐篷600顶、棉被2000床、食用油1.5万桶)
        ("顶", UnitRow(.items, "unit.items.顶", classifier: true, tag: .goodsAfterNoun)),
        ("床", UnitRow(.items, "unit.items.床", classifier: true, tag: .goodsAfterNoun)),
        ("桶", UnitRow(.items, "unit.items.桶", classifier: true, tag: .goodsAfterNoun)),
        // not facts: time, age, size of the page, ranks, non-counting measures
        // (an answer site's widgets: 2个回答, 3.6万个赞, 156条评论)
        ("个回答", UnitRow(nil, "skip.page")), ("条回答", UnitRow(nil, "skip.page")), ("个赞", UnitRow(nil, "skip.page")),
        ("条评论", UnitRow(nil, "skip.page")),
        ("个月", UnitRow(nil, "skip.duration")), ("个小时", UnitRow(nil, "skip.duration")),
        ("个工作日", UnitRow(nil, "skip.duration")), ("个季度", UnitRow(nil, "skip.duration")),
        ("个星期", UnitRow(nil, "skip.duration")), ("个多月", UnitRow(nil, "skip.duration")),
        // (陆军69250部队, 93116部队: a unit's number designation, no count of 部)
        ("部队", UnitRow(nil, "skip.designation")),
        ("个半月", UnitRow(nil, "skip.duration")), ("个多小时", UnitRow(nil, "skip.duration")),
        ("个半小时", UnitRow(nil, "skip.duration")), ("个钟头", UnitRow(nil, "skip.duration")), ("个半钟头", UnitRow(nil, "skip.duration")),
        ("位数", UnitRow(nil, "skip.word")), ("省份", UnitRow(.items, "unit.items.省份", classifier: true)), ("个年头", UnitRow(nil, "skip.duration")),
        ("个学期", UnitRow(nil, "skip.duration")), ("个学年", UnitRow(nil, "skip.duration")), ("个方面", UnitRow(nil, "skip.aspects")),
        ("个一", UnitRow(nil, "skip.slogan")), ("次方", UnitRow(nil, "skip.math")),
        ("人民", UnitRow(nil, "skip.word")), ("人大", UnitRow(nil, "skip.word")),
        ("名列", UnitRow(nil, "skip.rank")), ("名次", UnitRow(nil, "skip.rank")),
        ("家庭", UnitRow(.households, "unit.households.家庭")),
        ("口人", UnitRow(.persons, "unit.persons.口人")),
        ("个人", UnitRow(.persons, "unit.persons.个人")),
        ("期间", UnitRow(nil, "skip.word")), ("台账", UnitRow(nil, "skip.word")),
        ("条件", UnitRow(nil, "skip.word")), ("本地", UnitRow(nil, "skip.word")),
        ("处理", UnitRow(nil, "skip.word")), ("部门", UnitRow(.items, "unit.items.部门")),
        ("次会议", UnitRow(.items, "unit.items.次会议", classifier: true, tag: .session)),
        ("次全会", UnitRow(.items, "unit.items.次会议", classifier: true, tag: .session)),
        ("次全体会议", UnitRow(.items, "unit.items.次会议", classifier: true, tag: .session)),
        // 种 counts kinds (30多种特色产业); these words after a number are verbs of farming
        ("种植", UnitRow(nil, "skip.word")), ("种养", UnitRow(nil, "skip.word")), ("种子", UnitRow(nil, "skip.word")),
        ("种苗", UnitRow(nil, "skip.word")), ("种地", UnitRow(nil, "skip.word")), ("种粮", UnitRow(nil, "skip.word")),
        ("种菜", UnitRow(nil, "skip.word")), ("种草", UnitRow(nil, "skip.word")), ("种树", UnitRow(nil, "skip.word")),
        ("种田", UnitRow(nil, "skip.word")),
        // 三次产业 (the three sectors of an economy) is a term, not three of anything (开展5次产业培训 counts)
        ("次产业结构", UnitRow(nil, "skip.word")), ("次产业融合", UnitRow(nil, "skip.word")), ("次产业比例", UnitRow(nil, "skip.word")),
    ]

    public static let trie = ScalarTrie(rows)
    /// Verbs of change before a count in 万 that leaves its unit out (`新增459.19万`): the change
    /// words of ``KindCues`` and 新增.
    /// (2013年底贫困人口552万,2019年底减少到17.5万: a level reached, its unit left out as the change's is)
    static let elidedChangeVerbs = ScalarTrie<Bool>((KindCues.changeWords + ["新增"] + TimeLexicon.toLevelRows).map { ($0, true) })
    /// Times that may stand before such a verb at its clause's start (`今年新增459.19万`), and adverbs.
    static let changeHeadTimes = ScalarTrie<Bool>(["今年", "去年", "当年", "本年", "全年", "同期", "上半年", "下半年", "目前", "截至目前",
        "累计", "共", "已", "又", "再"].map { ($0, true) })
    /// The longest row of ``rows`` (a unit read back from where it ends).
    static let longestUnit = rows.map { $0.0.unicodeScalars.count }.max()!
    /// The unit that ends right at `end` (`56期|:`, `500户|,`), read back no further than `lower`.
    static func unit(endingAt end: Int, in s: [UInt32], from lower: Int) -> (length: Int, value: UnitRow)? {
        trie.longestEnding(in: s, at: end, from: max(lower, end - longestUnit), maxLength: longestUnit)
    }

    /// The characters of a Chinese numeral counting in 万 or 亿 (`一百二十万`, `三万五千`, `三亿`).
    static let largeScaleChars = ScalarSet("万亿")
    /// Multipliers written after Arabic digits: `2.7万`, `1.6万亿`.
    public static let multipliers = ScalarTrie<Double>([
        ("十", 10), ("百", 100), ("千", 1_000), ("万", 10_000), ("十万", 100_000), ("百万", 1_000_000),
        ("千万", 10_000_000), ("亿", 100_000_000), ("万亿", 1_000_000_000_000),
        ("万万", 100_000_000),   // 10万万 = 10亿: 万万 is 亿 in older and spoken writing
    ])

    /// People counted by a noun instead of a classifier, after 万 or 亿: `剩余17.8万贫困人口`.
    public static let peopleNouns = ScalarTrie<Bool>(peopleNounWords.map { ($0, true) })
    /// The longest of ``peopleNouns`` (a word read back from where it ends).
    static let peopleNounLength = peopleNounWords.map(\.count).max()!
    static let peopleNounWords = ["贫困人口", "人口", "群众", "贫困群众", "农民", "农牧民", "居民", "村民",
        "贫困劳动力", "劳动力", "学生", "儿童", "老人", "党员", "干部", "建档立卡贫困人口", "贫困户人口", "职工", "农户人口",
        "党政干部", "党员干部", "人数", "农村贫困人口", "农村居民", "农村人口", "青壮年", "青壮劳力",
        "对象", "人员", "残疾人", "老年人", "妇女", "农民工", "移民", "患者", "贫困生", "农村劳动力", "富余劳动力", "边民",
        "工人", "员工",
        // the size of the poor population (减贫规模平均每年超过1300万)
        "贫困规模", "减贫规模"]

    /// A rate's noun (or a share before, `由12.3%下降到0`) and its copula, 均 before it or not, right before a zero
    /// with no unit (`错退率为0`, `漏评率、错退率均降为0`, `贫困发生率降为零`): a share of none.
    static let zeroRateLeadRows = ["率", "%"].flatMap { rate in ["", "均"].flatMap { all in
        ["为", "是", "保持", "达", "降为", "降至", "降到", "下降为", "下降至", "下降到"].map { rate + all + $0 } } }
    static let zeroRateLeads = ScalarTrie<Bool>(zeroRateLeadRows.map { ($0, true) })
    static let zeroRateLeadLength = zeroRateLeadRows.map(\.count).max()!

    /// Money named right before a figure with 万 or 亿 (or a Chinese numeral of thousands) and no
    /// unit: `整合资金200余万修建…`, `总投资1.2亿`, `一年工资七八千`. Only a noun the figure follows
    /// at once (a hedge or 达/共/计 between) decides.
    public static let moneyNouns = ScalarTrie<Bool>(moneyNounWords.map { ($0, true) })
    static let moneyNounWords = ["资金", "投资", "总投资", "投入", "筹资", "筹集", "奖补", "补贴", "补助", "拨付", "投资额",
        "资金投入", "专项资金", "扶贫资金", "捐款", "捐资", "捐赠", "融资", "贷款", "到位资金", "整合资金",
        "工资", "收入", "年收入", "月收入", "分红", "挣", "赚", "额度", "授信", "授信额度", "贷款额度",
        // (亩均产值达一万五左右, 每月增收一千五左右: output's and income's worth, said without 元)
        "产值", "增收", "销售额", "营业额", "收益",
        // (政府补了四万, 自己掏了一万五, 政府出资两千万: what was paid towards, in speech)
        "补", "掏", "出资",
        // (卖了一万五, 住院花了一万五: what was sold for and spent, in speech)
        "卖了", "卖到", "能卖", "卖", "花了", "花费", "花", "挣了", "赚了",
        // (去年贷了一万五: what was borrowed; 了 is a gap)
        "贷", "借", "贷到", "借到",
        // (县里投了一百万左右, 一年能拿1万, 攒了两万: what was put in, drawn or saved, in speech; 资助2万5: aid)
        "投", "拿", "领", "攒", "存", "资助", "救助", "救助金",
        // (花去医疗费一万五: a bill)
        "费用",
        // (一场下来能省下一万五: what was saved, in speech)
        "省下", "省了", "能省", "节省", "省下来"] + careBillWords
    /// Bills of care (`医疗费`): money named before a figure, and bills paid in part (``KindCues/bills``).
    static let careBillWords = ["医疗费", "医药费", "住院费"]
    /// Verbs done, or of money, or a period pay is told by, right before a colloquial 块 figure (`凑了七八千块`,
    /// `一趟收一百五十块`, `一个月一千五百块`, `一个月下来两千来块`; ``CandidateReader/moneyVerbBefore(_:_:sentence:)``);
    /// and the last characters of nouns and verbs of money (`学费一千五百块`, `光住院费就三千多块`, `每人补助五百块`,
    /// `工资两千多块`), an adverb between (`就`).
    static let moneyVerbChars = ScalarSet("了掉下花凑借还欠交付给要值卖赔有攒存赚挣省是收来天月年费助贴资入息金")
    static let moneyAdverbs = ScalarSet("就才只都也共")
    /// Money named right after a figure with 万 or 亿 and no unit: `将本批追加的4000万资金全部分配给`,
    /// `争取1.2亿扶贫资金`. (`万元资金` takes 元 first.)
    public static let moneyNounsAfter = ScalarTrie<Bool>(moneyNounAfterWords.map { ($0, true) })
    static let moneyNounAfterWords = ["资金", "扶贫资金", "专项资金", "财政资金", "经费", "扶贫经费",
        "贷款", "扶贫贷款", "奖补资金", "补助资金", "配套资金", "帮扶资金", "协作资金", "捐款"]
    /// What may stand between such a noun and its figure: `资金达300万`, `投资共计1.2亿`.
    /// (有: 家里纯收入有八万多)
    /// (就, 个: 光劳务收入就有八个亿, 一年收入有个三四万)
    static let moneyNounGap: Set<UInt32> = Set("达到共计约近超过逾了为有就个是".unicodeScalars.map(\.value))
    /// Periods pay is said per in speech, right before a figure in Chinese numerals with no unit (`低保一个月两百八`,
    /// `一天一百二`): money (``CandidateReader``).
    /// (一年下来: the period run through; 一年下来有一千五: 有, 能 or 就 between)
    static let spokenPayPeriods = ScalarTrie<Bool>(["一个月", "一天", "每个月", "每月", "每天", "一年", "一年下来", "一个月下来", "一天下来"]
        .map { ($0, true) })
    /// (一个月拿两千五, 一天挣一百五: 拿 and 挣 too, what one gets in the period)
    static let spokenPayLinks = ScalarSet("有能就也拿挣")
    /// Whether a period pay is said per ends right before `start`, up to two of ``spokenPayLinks`` between.
    static func spokenPayPeriodEnds(_ s: [UInt32], at start: Int, from lower: Int) -> Bool {
        var k = start, links = 0
        while links < 2, k > lower, spokenPayLinks.contains(s[k - 1]) { k -= 1; links += 1 }
        // (一个月每人八百块: whom the pay is per, between the period and the figure)
        if let h = perHeadWords.longestEnding(in: s, at: k, from: lower, maxLength: 2) { k -= h.length }
        // (第一年200万元, 这一天2万元: a determiner before the period names one period, its total)
        guard let p = spokenPayPeriods.longestEnding(in: s, at: k, from: lower, maxLength: 5) else { return false }
        return k - p.length == lower || !KindCues.oneYearDeterminers.contains(s[k - p.length - 1])
    }
    /// Whom a spoken period's pay is per, between the period and the figure (`一个月每人八百块`).
    static let perHeadWords = ScalarTrie<Bool>(["每人", "每户", "人均", "户均", "每名"].map { ($0, true) })
    /// Words of pay or work before a spoken period's figure (`低保一个月两百八`, `在车间上班,一个月两千多`): without one the
    /// figure counts no money (`游客平时每天一百多`, `土鸡蛋每天一千多`).
    static let spokenPayContext = ScalarTrie<Bool>((earningWordList + ["低保", "补助", "养老金", "工钱", "上班", "打工", "务工",
        "干活", "领取", "发放", "发了", "发给"]).map { ($0, true) })
    /// Words of goods made before a spoken period's figure in 块 (`手工皂车间日产量高,每天3000块`, `砖厂每天生产5000块`): the
    /// pieces made, no pay (where no word of pay, ``spokenPayContext``, stands before it too).
    static let productionWords = ScalarTrie<Bool>(["生产", "制作", "加工", "烧制", "烧出", "压制", "出产", "产量", "日产", "产能"].map { ($0, true) })
    /// Goods counted by ``UnitTag/goodsAfterNoun`` classifiers, right before their figure (`帐篷600顶`, `棉被2000床`,
    /// `食用油1.5万桶`; `共`, `约` or `各` between).
    static let goodsNouns = ScalarTrie<Bool>(["帐篷", "棉被", "被子", "棉絮", "毛毯", "被褥", "食用油", "油", "纯净水", "矿泉水", "桶装水"].map { ($0, true) })
    static let goodsLinks = ScalarSet("共约各计")
    static func goodsBefore(_ s: [UInt32], _ start: Int, from lower: Int) -> Bool {
        var k = start
        while k > lower, goodsLinks.contains(s[k - 1]) { k -= 1 }
        return goodsNouns.longestEnding(in: s, at: k, from: lower, maxLength: 3) != nil
    }
    /// Nouns of person-times closing a clause's subject before a count in 万 with no unit (`直播观看人次达286万`).
    static let personTimesNouns = ScalarTrie<Bool>(["人次"].map { ($0, true) })

    /// Words of counting that close a noun phrase before a bare count (`贫困村预出列数96个`).
    static let countWords = ScalarTrie<Bool>(["数", "数量", "总数", "个数"].map { ($0, true) })
    /// How far before such a word its village noun may end.
    static let countWordReach = 8
    /// What may stand between the village noun and the count word: words of leaving and checking
    /// (`预出列`, `验收通过`, `退出`, `摘帽`).
    static let villageCountVerbs = ScalarSet("预出列退验收通过摘帽")
    /// A verb of being between a noun and its bare count: `贫困村有68个`, `贫困村共36个`, `贫困村由97个`,
    /// `行政村达到543个`.
    static let countCopulas = ScalarTrie<Bool>(["有", "达", "达到", "共", "计", "为", "由", "从"].map { ($0, true) })
    /// Adverbs before such a verb: `专业村已达138个`, `贫困村还有12个`.
    /// (薄弱村多达三百四十一个, 高达: how much, before 达)
    static let copulaAdverbs: Set<UInt32> = Set("已共总还仅尚均多高".unicodeScalars.map(\.value))

    /// How far after 万 a noun of people may close the phrase it heads (`7.5万来自深度贫困家庭的劳动力`).
    public static let nounPhraseReach = 16

    /// Households counted by a noun after 万 or 亿: `带动3.8万农户增收`.
    public static let householdNouns = ScalarTrie<Bool>(householdNounWords.map { ($0, true) })
    static let householdNounWords = ["农户", "贫困户", "贫困家庭", "家庭", "建档立卡贫困户", "建档立卡户", "脱贫户", "搬迁户",
                                     "低保户", "贫困农户"]

    /// How far after `个` a village noun may end its phrase (`12个深度贫困村`), and how far when
    /// the noun is one of ``longPhraseVillageNouns`` (`17个剩余未退出的省定相对贫困村`).
    static let villagePhrase = 11, longVillagePhrase = 15
    /// Village nouns that may end a long phrase after `个`.
    static let longPhraseVillageNouns = ScalarTrie<Bool>(["贫困村"].map { ($0, true) })
    /// Nouns that end a village count after `个` and a few words: `6个省定扶贫工作重点村`.
    public static let villageNouns = ScalarTrie<Bool>([
        ("村", true), ("村居", true), ("村委会", true), ("村民委员会", true), ("村(居)", true), ("乡村", true),
        ("村(社区)", true), ("社区", true), ("行政村", true), ("自然村", true), ("村庄", true), ("村落", true),
        ("寨", true), ("村寨", true), ("新寨", true), ("苗寨", true),
        // Inner Mongolia's administrative villages (7个嘎查, 173个贫困嘎查)
        ("嘎查", true), ("嘎查村", true),
    ])

    /// Whether the people's word of a count by 个 closes it at `k` (`四五十个妇女在车间干活`, `30来个老师。`, `60个大学生志愿者来到…`,
    /// `30个妇女就在家门口`): no body's or thing's word (``peopleBodies``) the word opens within ``bodyReach``, before a function
    /// word or a verb that closes the people's phrase (``peopleCountFollowers``) or a mark (`13个村民小组`, `8个农民讲习所`,
    /// `12个妇女就业基地`, `200个农民工工资专户`, `10个妇女创业贷款项目` count things).
    static func closesPeopleCount(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        // (29个村民组, 6个妇女会: a body's one character right after the word)
        if k < limit, peopleBodyHeads.contains(s[k]) { return false }
        var j = k
        while j < min(limit, k + bodyReach), NormalizedText.isHan(s[j]) {
            if peopleBodies.longest(in: s, at: j, limit: limit) != nil { return false }
            if peopleCountFollowers.contains(s[j]) { return true }
            j += 1
        }
        return true
    }
    /// Function words and verbs that close a people's word after a count by 个 (`在`, `参与`, `纷纷`, `用`), whatever follows them.
    static let peopleCountFollowers = ScalarSet("在参与到来去从都也已正被和及等纷自外务获得带帮常每一回进加成通留选报种养开打做干拿挣搬住用争围返")
    /// Bodies and things a people's word opens (`村民小组`, `农民讲习所`, `妇女就业基地`, `农民工工资专户`): counted by 个, they are no people.
    static let peopleBodies = ScalarTrie<Bool>(["小组", "互助组", "协会", "之家", "合作社", "讲习所", "学校", "夜校", "基地", "专户", "项目",
        "工程", "宿舍", "服务站", "工作站", "创业园", "产业园", "园区", "中心", "工作室", "车间", "培训班", "服务队", "委员会", "理事会",
        "议事会", "联合会", "代表大会", "活动室", "书屋", "工厂", "加工厂", "驿站", "超市", "食堂", "公寓", "示范点", "示范户",
        "专业村", "学院", "学习班", "课堂", "队伍", "广场", "公园", "舞台", "大院", "市场", "俱乐部"].map { ($0, true) })
    /// Past the count of people paired right after a count ending at `k` (`35户|140人`, `2300户、9800人`, `2.46万户10.38万人`):
    /// a 、 or nothing, its digits and its unit (``KindCues/pairedUnits``), else `k`.
    static func pastPairedCount(_ s: [UInt32], _ k: Int, limit: Int) -> Int {
        var j = k < limit && s[k] == NumberReader.listComma ? k + 1 : k
        let digits = j
        while j < limit, NumberReader.isDigitOrPoint(s[j]) || largeScaleChars.contains(s[j]) { j += 1 }
        return j > digits && NumberReader.isDigit(s[digits]) && j < limit && KindCues.pairedUnits.contains(s[j]) ? j + 1 : k
    }
    /// Last characters of a count of people or households (`1312户`, `300人`, `45名`).
    static let peopleCountEnds = ScalarSet("户人名")
    /// A body's one character right after a people's word (`村民组`, `妇女会`, `农民队`, `青年社`).
    static let peopleBodyHeads = ScalarSet("组会队社院站")
    /// How far past a people's word a body's word is looked for (`创业孵化基地`).
    static let bodyReach = 6
    /// Programmes done village by village whose bare count by `个` counts villages (`实施整乡推进2个、
    /// 整村推进311个`).
    public static let villageProgrammes = ScalarTrie<Bool>(["整村推进"].map { ($0, true) })

    /// People a count by `个` may count (`2151户贫困户8066个贫困人口`): the count is of persons.
    /// (and those commended one by one: `3个集体4个个人`, `4个先进个人`)
    public static let peopleAfterGe = ScalarTrie<PeopleWord>(["贫困人口", "人口", "建档立卡贫困人口", "农村贫困人口", "贫困群众",
        "贫困劳动力", "劳动力", "个人", "先进个人",
        // (as people say them: 四十多个乡亲, 六七十个年轻人)
        "乡亲", "年轻人", "小伙子"].map { ($0, PeopleWord.always) }
        // (四五十个妇女, 30来个老师, 十几个村民: people by an everyday noun, only where it closes the count)
        + ["妇女", "老师", "工人", "村民", "农民", "农民工", "留守妇女", "大学生", "兄弟姐妹",
           // (二十多个返乡青年, 三十多个志愿者; not a family's 两个孩子, which stories count)
           "留守儿童", "返乡青年", "志愿者"].map { ($0, PeopleWord.whereClosed) })
    /// When a word of people after `个` makes the count one of persons.
    public enum PeopleWord: Sendable {
        /// The campaign's words of people: always.
        case always
        /// Everyday nouns: only where they close the count, no body's name opening (``closesPeopleCount(_:at:limit:)``).
        case whereClosed
    }
    /// Nouns after a quoted name of villages counted by 个 that are what is counted (`15个“美丽乡村”示范点`, `6个“网红打卡村”旅游线路`);
    /// any other word leaves the villages counted (`127个“空壳村”全部消除`, `45个“贫困村”退出`).
    static let nounsAfterQuotedVillages = ScalarTrie<Bool>(["示范点", "示范", "点", "线路", "旅游线路", "项目", "基地", "工程", "品牌",
        "称号", "创建", "建设点", "试点", "景区", "产业", "合作社", "车间", "园区", "样板",
        // (review 81: 6个“美丽乡村”精品线, 12个“美丽乡村”规划, 3个…宣传栏, 10个…党建示范点, 4个“淘宝村”电商服务站)
        // (review 83: 宣传长廊, 党建阵地, 电商服务中心, 标准化服务点; review 84: whole nouns only, the words opening them verbs and lists
        // as often: 10个“…示范村”宣传经验, 28个“美丽乡村”名单, 36个“文明村”行动起来, 12个“…村庄”党建示范村 count villages)
        "精品", "规划", "方案", "宣传栏", "宣传长廊", "宣传牌", "宣传墙", "党建阵地", "党建示范点", "党建品牌", "电商服务站",
        "电商服务中心", "电商服务点", "标准化", "服务站", "服务中心", "服务点",
        // (review 85: 8个“美丽乡村”党建活动)
        "活动", "党建活动", "主题活动", "评选活动", "创建活动"].map { ($0, true) })
    /// Things counted by 块 named right after it (`20块黑板`, `5块太阳能板`, `3块篮球场`): pieces, no money, whatever was given.
    /// (words of two characters and more: 挣了两万块回家, 2000块表示… are money)
    static let piecesNouns = ScalarTrie<Bool>(["黑板", "太阳能板", "电池板", "光伏板", "牌匾", "标牌", "展板", "宣传栏", "石碑",
        "石头", "砖头", "瓦片", "玻璃", "屏幕", "手表", "农田", "菜地", "耕地", "场地", "篮球场", "球场", "示范片", "示范田", "草坪", "蛋糕",
        "月饼", "肥皂", "香皂", "地膜"].map { ($0, true) })
    /// Last characters of a thing counted by 块, closing a noun of a few characters after it (`20块电子白板`, `三块奖牌`, `100块课桌板`).
    static let piecesEnds = ScalarSet("板牌匾碑砖瓦屏石布饼糖皂片")
    /// How long a thing's noun after 块 may be (`电子白板`).
    static let piecesNounLength = 4
    /// What may follow a thing's noun after 块 and close it (`三块奖牌和两面锦旗`, `20块电子白板的`), besides a mark.
    static let piecesNounClosers = ScalarSet("和与及的等")
    /// Whether a thing counted by 块 is named right after `k`: a row of ``piecesNouns``, or Han characters ended by one of
    /// ``piecesEnds`` where the noun closes (a mark or ``piecesNounClosers`` after it; not `两万块糖尿病的药费`, `三万块砖瓦房`).
    static func namesPieces(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        if piecesNouns.longest(in: s, at: k, limit: limit) != nil { return true }
        var j = k
        while j < min(limit, k + piecesNounLength), NormalizedText.isHan(s[j]) {
            if piecesEnds.contains(s[j]), j + 1 >= limit || !NormalizedText.isHan(s[j + 1]) || piecesNounClosers.contains(s[j + 1]) { return true }
            j += 1
        }
        return false
    }
    /// The rule of a price said aloud with its dimes (`三十九块九`): a price, per thing sold.
    static let spokenPriceRule = "unit.yuan.块角"
    /// Characters after a digit of dimes that make the digit a word's first, no price's (`两块五花肉`, `三块九分地`, `五谷`); a
    /// number or a unit after it too (``Candidate/spokenDimes``), but for 一 and what it is sold by (`两块五一斤`).
    static let dimesWordTails = ScalarSet("花分谷")
    /// The dimes' own units after their digit (`三块五毛钱`, `八块五角`), 钱 after them read too.
    static let dimeUnits = ScalarSet("毛角")
    /// What may follow a price's dimes' unit (`三块五毛一斤`, `八块五角的车票`, `卖三块五毛了`, `按8毛算`, `3毛到5毛之间`, `四毛不等`): nothing a word the unit opens (`五角星`).
    static let afterDimes = ScalarSet("一每的了左多算计到至不之")
    /// What may follow a spoken price and end it (`八块的价格`, `八块到十块`, ``CandidateReader/closesPrice(_:_:limit:)``).
    static let priceClosers = ScalarSet("的到至")
    static let qian: UInt32 = 0x94B1   // 钱
    /// The rule of a colloquial 块 read as money (`只要四十五块`, `一天150块`).
    static let spokenYuanRule = "unit.yuan.块"
    /// Words asking a price right before a figure (`只要四十五块`, `一坛5斤装只要68元`, `仅需`, `到手价`): the figure is money,
    /// per thing sold (right before it only: `只要投入2000元就能…`, as long as, has its verb between).
    static let priceAsked = ScalarTrie<PriceWord>(conditionalPriceRows.map { ($0, .condition) } + priceAskedRows.map { ($0, .price) })
    /// A word asking a price: a price's name (`售价`), or a condition's (`只要`), which a consequence after the figure makes no
    /// price (`只要…就`, ``asksPrice(_:before:from:consequence:)``).
    enum PriceWord { case price, condition }
    static let conditionalPriceRows = ["只要", "仅需", "只需", "仅要"]
    static let priceAskedRows = ["到手价", "直播价", "专享价", "售价", "单价"]
    static let priceAskedLength = (conditionalPriceRows + priceAskedRows).map(\.unicodeScalars.count).max()!
    /// What a condition's consequence opens with (`只要5000元就能入股`: as long as, no price).
    static let consequenceMarks = ScalarTrie<Bool>(["就", "便", "即可"].map { ($0, true) })
    static let zong: UInt32 = 0x603B   // 总
    /// Whether a price is asked right before the figure at `start`, past its hedges (`只要近四十块`): not a sale's total
    /// (`总售价180万元`), nor a condition whose consequence follows in `consequence` (`只要5000元就能入股合作社`).
    static func asksPrice(_ s: [UInt32], before start: Int, from lower: Int, consequence: Range<Int>? = nil) -> Bool {
        var k = CandidateReader.pastHedgesBefore(s, start, sentence: lower..<start)
        // (售价：¥39.9: a field's label, its colon and the sign between)
        if let sign = currencySignBefore(s, k, from: lower) { k = sign }
        if k > lower, s[k - 1] == ListItems.colon { k -= 1 }
        guard let m = priceAsked.longestEnding(in: s, at: k, from: lower, maxLength: priceAskedLength) else { return false }
        if k - m.length > lower, s[k - m.length - 1] == zong { return false }
        if m.value == .condition, let r = consequence, consequenceMarks.firstMatch(in: s, r) != nil { return false }
        return true
    }
    /// Signs of the yuan written before its number (`¥386,520.00`, `￥652,813.6`, `人民币` is a word with its own 元).
    public static let currencySigns = ScalarSet(values: [0xA5, 0xFFE5])
    /// Where a currency sign stands right before a number's first digit (a space between allowed), nil where none.
    public static func currencySignBefore(_ s: [UInt32], _ numberStart: Int, from lower: Int) -> Int? {
        NumberReader.signIndex(before: numberStart, in: s, from: lower).flatMap { currencySigns.contains(s[$0]) ? $0 : nil }
    }
    /// Verbs of going or being right after the people `个` counts (`四十多个年轻人回村`, `20个劳动力在村扶贫车间务工`): the
    /// village after them is where they go or are, no count of villages (`28个人口较少民族聚居村` is one).
    public static let goingVerbs = ScalarSet("回返到进留来去住入驻在")
    /// Words holding `村` that count no village after `个` (`138个农村饮水工程`).
    /// (62个集中安置社区, 1046个安置社区: a settlement the moved live in is a thing built, counted as items, no village)
    public static let nonVillageWords = ScalarTrie<Bool>((["农村"] + settlementCommunityWords).map { ($0, true) })
    static let settlementCommunityWords = ["安置社区", "移民社区", "搬迁社区", "移民安置社区"]
    /// Settlements the moved live in, closing a noun before a bare count (`集中安置社区1046个`): items, no villages.
    public static let settlementCommunities = ScalarTrie<Bool>(settlementCommunityWords.map { ($0, true) })
    /// Words that end a noun phrase after `个` before any village noun: the count is of the thing
    /// before them (`两个项目每年可为村集体增收`: 每 starts a rate, 为村 a beneficiary).
    /// (县委办、县财政局等4个单位定点帮扶长冈村: the bodies a count names, 单位, 部门, are what it counts, no village after them)
    public static let villagePhraseBreakers = ScalarTrie<Bool>(["每", "为村", "给村", "向村", "驻村", "进村", "入村", "到村", "包村",
                                                                "单位", "部门", "机关",
                                                                // (50个扶贫车间移交村集体: things handed to the village count no village)
                                                                "移交", "交给", "交由", "交付"].map { ($0, true) })
    /// Places above the village that, right after `个`, are what it counts (`8个县在完成贫困村验收`
    /// counts counties; `个县级` and `个乡村` are no such place).
    public static let higherPlaceNouns: ScalarSet = ScalarSet("县市区镇乡州省旗")
    /// After a higher place right after `个`, the characters that make it a modifier (`3个县级贫困村`,
    /// `6个省定扶贫工作重点村`, `2个区域性中心村`).
    public static let placeModifierEnds: ScalarSet = ScalarSet("级属定域")

    /// After a bare `个`, words that show the count refers back to a whole named before
    /// (`有530个没有通硬化路`, `其中68个已脱贫`).
    public static let bareCountFollowers: ScalarSet = ScalarSet("没未已是均都还退出脱摘实完")   // (…中已经有6867个退出)

    /// Characters that, right after `村`, show it starts another word (`村级`, `村民`, `村干部`,
    /// `村卫生室`).
    /// (`村集体` is not one: `12789个村集体经济有了发展` counts villages, a collective to each)
    /// (`8个村组`: a village's groups, no village counted)
    public static let villageWordContinuations: ScalarSet = ScalarSet("级民干官医卫务规容貌道路党小企两庄镇口头里内外史办组")
    /// …and after `乡村` also these (`乡村振兴`, `乡村旅游`, `乡村建设`), which after a village's
    /// `村` start the verb of the clause (`32个贫困村建立结对关系`, `5个村发展产业`).
    public static let ruralWordContinuations: ScalarSet = ScalarSet("旅振建治文产发")
    static let xiangCun: [UInt32] = "乡村".unicodeScalars.map(\.value)

    /// Whether the word after a village noun shows that the noun starts another word (`村级`, `乡村振兴`).
    static let zu: UInt32 = 0x7EC4   // 组
    static let groupVerbEnds = ScalarSet("建织成团")
    static func villageWordContinues(_ s: [UInt32], noun: Range<Int>, limit: Int) -> Bool {
        guard noun.upperBound < limit else { return false }
        let next = s[noun.upperBound]
        // (126个村组建了合作社: 组建, 组织, 组成 start after the village)
        if next == zu, noun.upperBound + 1 < limit, groupVerbEnds.contains(s[noun.upperBound + 1]) { return false }
        return villageWordContinuations.contains(next) || (ruralWordContinuations.contains(next) && s[noun].elementsEqual(xiangCun))
    }
}
