import FupinCore

/// One row of the topic lexicon: the policy area a word points to, how specific it is, and
/// the part it plays in ``TopicResolver``.
public struct TopicCue: Sendable {
    public enum Role: UInt8, Sendable {
        /// A word of a policy area (`务工`, `低保`, `危房改造`).
        case area
        /// A post that an area's programme pays for (`护林员`), or a place in its schools (`学生`,
        /// `入学`): people counted by it are that area's even where a word of work or a status is
        /// around them (`310名护林员获聘上岗` is `生态`, `205名孤儿入学` is `教育`).
        case post
        /// Leaving poverty (`脱贫`, `摘帽`, `出列`): a count it governs is `脱贫` whatever else fits.
        case exit
        /// Still poor or newly identified (`未脱贫`, `剩余`, `返贫`, `新识别`): a count is `贫困人口`.
        case stillPoor
        /// The poor as a status (`贫困户`, `建档立卡`): `贫困人口` only for a plain count; it
        /// qualifies the figures of every programme (`建档立卡贫困劳动力外出务工`).
        case qualifier
        /// A verb that makes a counted group the beneficiaries of something (`带动`, `帮助`,
        /// `吸纳`): the group's status no longer names the topic.
        case action
        /// `占`: what follows is the whole a share is taken of, not the figure's area.
        case share
        /// `其中`, `含`: the figure is a part, and takes its whole's topic.
        case part
        /// Earnings (`增收`, `人均纯收入`, `分红`): decides an amount; a count keeps the topic
        /// of the programme that raised the incomes, and is `收入` only when none is named.
        case income
        /// Training: `就业`, but `组织` when the trained are cadres.
        case training
        /// Cadres (`干部`, `党员`): `帮扶`, and with training `组织`.
        case cadre
        /// A phrase that hides a shorter cue inside it (`脱贫攻坚`, `成果`).
        case mask
    }

    /// What a row is besides its topic, for the few rules that ask (``TopicCues/marked``): a
    /// bit each, so the question costs no string (it was a `Set<String>` lookup of the rule).
    public struct Marks: OptionSet, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// A visit (`走访`): help, unless its sentence inspects.
        public static let visit = Marks(rawValue: 1)
        /// An inspection a visit may be made for (`督查`, `巡察组`).
        public static let inspection = Marks(rawValue: 2)
        /// Earnings from work (`务工收入`, `工资`): people counted by them are at work.
        public static let wage = Marks(rawValue: 4)
        /// A meeting or the body that holds one (`专题会议研究决定`, `领导小组`): an amount it decided on
        /// is its purpose's, not the campaign's running.
        public static let meeting = Marks(rawValue: 8)
        /// A grant (`资助`): those it counts are its beneficiaries, as with an action's verb
        /// (`资助建档立卡贫困人口662704人` counts no status), and its area is the sentence's.
        public static let grant = Marks(rawValue: 16)
        /// A firm (`公司`, `集团`): right before a verb of paying it is the payer, no area of what is paid for
        /// (`国家电网公司投资210亿元,解决…供电…短板`).
        public static let firm = Marks(rawValue: 32)
        /// A word that names its own figure only (a firm's `净利润`): a figure of another clause takes none of it.
        public static let ownFigure = Marks(rawValue: 64)
        /// Care the protection gives the disabled (`康复`): disability aid, `兜底`, where a group it
        /// serves (``served``) is named with it (`为1358名贫困残疾人提供康复服务`); care otherwise.
        public static let care = Marks(rawValue: 128)
        /// A group the protection serves (`残疾人`, `孤儿`): where nothing is done for it in its clause, a count
        /// of it is the place's population (`全县有残疾人3.46万人`, `其他`), of its poor `贫困人口`.
        public static let served = Marks(rawValue: 256)
    }

    public let topic: Topic
    /// Higher is more specific: 5 leaving poverty, 4 a named programme or a decisive measure
    /// (`贫困发生率`, `雨露计划`), 3 an area's own word, 2 a broad word of an area, 1 a general
    /// word still decisive in its clause (`扶贫资金`, `贫困户`), 0 a word that only decides
    /// when nothing else does (`资金`, `投入`, `增收` for a count).
    public let rank: UInt8
    public let role: Role
    public let marks: Marks
    /// The row of ``rule`` in ``TopicCues/ruleNames``: a cue is plain bits, so the sentence's
    /// matches are copied and compared without retaining a string each. (measured, with the
    /// restatement links read in place: 383 → 370 M instructions a pass over 400 reports)
    /// (16 bits: with the 16-bit marks a row stays 8 bytes)
    let ruleIndex: UInt16
    /// `topic.<topic>.<word>`
    public var rule: String { TopicCues.ruleNames[Int(ruleIndex)] }
    /// A word of an area or a post an area pays for: what a figure is about, not how it stands.
    public var namesArea: Bool { role == .area || role == .post }
}

extension TopicCues {
    /// Words of completion before an exit word that make it a predicate (`全部脱贫`, `均已出列`).
    public static let completions = ScalarTrie<Bool>(["全部", "均", "已", "都", "全", "实现", "如期", "顺利", "整体", "稳定", "先后"].map { ($0, true) })
    /// Characters of an ordinal part after a partitive 中 (`中第一个摘帽`, `中首个脱贫`, `中率先`).
    public static let ordinalParts = ScalarSet("第首率")

    /// Rows that a rule of ``TopicResolver`` reads besides their topic: a row's topic and words
    /// (each must be a row of that topic, `TopicResolverTests`), and the mark its cue carries.
    static let marked: [(TopicCue.Marks, Topic, [String])] = [
        // a visit is the inspection's in a sentence that inspects (督查检查,…走访农户89户)
        (.visit, .assistance, ["走访", "入户走访"]),
        (.inspection, .organisation, ["督查", "督导", "暗访", "巡查", "巡视", "审计", "检查", "核查", "抽查",
            "巡察", "巡察组", "督查组", "检查组", "暗访组", "审计组", "核查组", "督导组", "巡视组", "督战队", "督战组",
            "察访", "突击察访", "明察暗访"]),
        // people counted by their earnings from work are at work (…名贫困户在这里务工收入…)
        (.wage, .income, ["务工收入", "劳务收入", "工资性收入", "工资收入", "工资", "月工资", "年工资", "月薪", "就业收入"]),
        // money a meeting decided on (…专题会议研究决定…乐都区819万元) is for what it names
        (.meeting, .organisation, ["会议", "召开", "推进会", "现场会", "座谈会", "联席会", "专题会", "调度", "部署", "研判",
            "领导小组", "发布会", "新闻发布会"]),
        // a grant is what its sentence pays for (…参保资助比例…,资助建档立卡贫困人口662704人 is 医疗's)
        (.grant, .education, ["资助"]),
        (.firm, .industry, ["公司", "集团", "企业"]),
        // a firm's business names its own figure only (…净利润1200万元,带动贫困户320户增收 is no figure of it)
        (.ownFigure, .other, firmBusinessWords),
        // rehabilitation of the disabled is disability aid (为0至6岁残疾儿童实施康复训练87名 is 兜底); of the sick, care
        (.care, .health, ["康复", "康复服务", "康复训练"]),
        (.served, .welfare, servedGroups),
    ]
    /// Groups the protection serves, named as whom a count is of (``TopicCue/Marks/served``).
    static let servedGroups = ["残疾人", "重度残疾", "残疾", "孤儿", "困境儿童", "留守儿童", "留守幼儿", "高龄"]
    /// A firm's own business in its report of its help (`实现营业总收入826.5亿元`, `现有员工6.8万人`): `其他`, and
    /// only for its own figure (a cooperative's `营收`, `营业收入` is the campaign's `产业`).
    static let firmBusinessWords = ["营业总收入", "主营业务收入", "净利润", "利润总额", "实现利润", "归母净利润", "资产总额", "总资产",
        "净资产", "上缴税金", "纳税总额", "实现利税", "现有员工", "员工总数", "在职员工", "职工总数", "员工人数", "市值"]
    /// Verbs of paying after a firm (``TopicCue/Marks/firm``), and adverbs that may stand between.
    public static let payingVerbs = ScalarTrie<Bool>(payingVerbWords.map { ($0, true) })
    static let payingVerbWords = ["投资", "投入", "出资", "捐赠", "捐资", "捐款", "援助", "投放", "拿出"]
    public static let payingAdverbs = ScalarTrie<Bool>(["累计", "共", "共计", "先后", "已", "已经", "还"].map { ($0, true) })
    /// Prepositions of whom a firm pays for (`公司向贫困地区投资`), and how far their object reaches.
    public static let payeeMarks = ScalarSet("向为对给")
    static let payeeReach = 8
}

/// A whole place as the subject of a count of people (`全村共95户481人`): with no cue in its
/// clause the count is the place's population, `其他` (FORMAT.md); the words that may stand
/// between place and figure.
public enum WholePlaceCounts {
    public static let places = ScalarTrie<Bool>((PlaceLexicon.ownPlaceRows.map(\.0) + PlaceLexicon.townWordList
        + PlaceLexicon.villageWordList).map { ($0, true) })
    public static let between = ScalarSet("共有现总计")
    /// Everyone of the place, named before the count (`全村共有村民513户`, `全镇有农户2100户`).
    public static let everyone = ScalarTrie<Bool>(["村民", "农户", "居民", "群众", "人口", "农民"].map { ($0, true) })
    /// A table's header counting everyone of the place (`户籍人口`, `总人口`): no area a table's context names.
    public static let populations = ScalarTrie<Bool>(["总人口", "户籍人口", "常住人口", "农业人口", "总户数", "人口数"].map { ($0, true) })
    /// What a count of a place's people is written with besides digits: `95户481人`, `3.2万人`,
    /// and the place's parts counted beside them (`29个村民组,787户2644人`, `380户村民`).
    public static let figureChars = ScalarSet("户人口名万.()个村民组自然屯、多余")
    /// Where a place's people live, after their count (`521户1613人散居在东河两岸`): nothing more of them.
    public static let dwelling = ScalarTrie<Bool>(["散居", "居住", "聚居", "分布", "生活在", "世居"].map { ($0, true) })
    /// How long a place's name before the word for all of it may be (`东河村全村`).
    static let nameReach = 7
}

/// Words that decide a figure's ``Topic``; one group a row: topic, rank, role, words.
/// Longest match wins, so `生态旅游` (产业) hides `生态`, `贫困人口` hides `人口`.
public enum TopicCues {
    /// Words by which a clause says an amount is a level reached (`达到11545元`, `人均达到9800元`): the
    /// earnings its sentence names are the amount's topic (``TopicResolver``).
    public static let levelReached = ScalarTrie<Bool>((TimeLexicon.toLevelRows + ["达到", "突破", "人均"]).map { ($0, true) })
    /// Verbs of an honour: a commendation is 其他 (the group below), and a clause commending those it
    /// counts before them (`…12名脱贫之星受到表彰`) makes the count a commendation's (``TopicResolver``).
    static let honourWords = ["表彰", "表扬", "荣获", "获评", "评为", "授予"]
    public static let honours = ScalarTrie<Bool>(honourWords.map { ($0, true) })
    /// Last characters of a trade's name (`护理员`, `保育员`, `健康管理师`): an area's word right
    /// before one names the trade trained for, not the area (``TopicResolver/namesTrade(_:_:before:)``).
    static let occupationEnds = ScalarSet("员师")
    /// 人, of 人员 (staff: `医务人员`), which ends no trade's name.
    static let ren: UInt32 = 0x4EBA
    /// Levels' words an exit word may name kinds of places with (`脱贫摘帽县`, `出列村`).
    static let exitedPlaceLevels = ScalarSet("县村乡镇")
    /// Words of a means right before an earner (`通过入股合作社`, `在扶贫车间`): the one earning is
    /// another (``TopicResolver/collectiveEarns(_:before:clause:sentence:)``).
    static let channels = ScalarTrie<Bool>(["通过", "入股", "依托", "参与", "加入", "在", "到"].map { ($0, true) })
    typealias Group = (Topic, UInt8, TopicCue.Role, [String])

    static let groups: [Group] = [
        // —— the poverty situation ——
        (.exit, 5, .exit, ["脱贫", "摘帽", "出列", "退出", "销号", "减贫", "脱贫摘帽", "脱贫出列", "稳定脱贫", "实现脱贫",
            "脱离贫困", "摆脱贫困", "摆脱绝对贫困", "摆脱了绝对贫困", "摆脱了贫困", "摘掉", "摘除", "已脱贫", "脱贫退出", "退出贫困", "甩掉", "拔掉穷根",
            "如期脱贫",
            // (as people say it: 最后11户37人脱了贫, 摘了帽)
            "脱了贫", "摘了帽", "拔了穷根",
            // (12个贫困县脱帽, 摘穷帽, 贫困人口净减少77.6万人)
            "脱帽", "摘穷帽", "摘掉穷帽", "摘穷帽子", "贫困人口净减少", "农村贫困人口净减少",
            "减少贫困人口", "减少农村贫困人口", "减少贫困", "贫困人口减少", "贫困村减少", "贫困户减少", "贫困县减少", "贫困人口累计减少", "贫困人口共减少", "贫困户累计减少", "贫困村累计减少", "整村脱贫", "清零", "贫困县摘帽", "达到脱贫标准", "达到退出标准",
            // (set 370: leaving hardship, the state farms' and forestry bureaus' word for it: 1402户实现脱困)
            "脱困", "实现脱困", "稳定脱困"]),
        (.exit, 0, .mask, ["脱贫攻坚", "攻坚", "精准脱贫", "脱贫工作", "脱贫办", "巩固脱贫", "脱贫成果", "脱贫成效", "脱贫质量",
            "脱贫奔小康", "决战脱贫", "脱贫致富", "脱贫任务", "脱贫路", "脱贫之路", "退出机制", "脱贫计划", "脱贫目标", "脱贫标准",
            "脱贫责任", "脱贫验收", "脱贫帮扶", "脱贫模式", "脱贫经验", "脱贫举措", "脱贫措施", "脱贫路子", "脱贫门路",
            // a category of households named for its status (脱贫不享受政策户2133户 in a housing check)
            "脱贫享受政策户", "脱贫不享受政策户", "脱贫享受政策", "脱贫不享受政策"]),
        (.poor, 4, .area, ["贫困发生率", "贫困面", "贫困率"]),
        // a monitored household's risk removed (防返贫监测): the monitoring's count, as its other groups are;
        // no one leaves poverty by it (sets 119, 130, 135 read it so; an older set read it as an exit)
        (.poor, 4, .area, ["消除风险", "风险消除", "消除返贫风险", "消除致贫风险", "风险消除率"]),
        (.exit, 4, .area, ["减贫率", "脱贫率", "减贫幅度", "减贫速度", "群众认可度", "认可度", "漏评率", "错退率", "退出验收",
            // the exit's quality: shares of counties where none was wrongly taken off or left out (有86.57%的县未发现错退)
            "未发现错退", "未发现漏评", "没有发现错退", "没有发现漏评", "无错退", "无漏评"]),
        (.poor, 3, .stillPoor, ["未脱贫", "未脱贫摘帽", "未脱贫出列", "未脱贫退出", "尚未脱贫摘帽", "尚未脱贫", "尚未脱离", "未脱离", "未能脱贫", "没有脱贫", "未摘帽", "未出列", "未退出", "没有摘帽", "没摘帽", "尚未摘帽", "尚未出列", "没有出列", "没有退出", "尚未退出", "剩余", "剩下", "只剩", "还剩",
            "返贫", "致贫", "新识别", "建档", "建立档案", "建立了档案", "识别", "精准识别", "新增贫困", "动态新增",
            "边缘易致贫", "脱贫不稳定", "贫困存量", "重新识别", "回头看", "未消除风险", "风险未消除", "没有摆脱贫困", "尚未摆脱贫困", "未摆脱贫困", "没有脱离贫困", "仍未脱贫",
            // those found wrongly left out or taken off the register (错退1户6人, 漏评3户)
            "错退", "漏评", "错评", "漏识", "错退户", "漏评户", "排查出", "摸排出", "纳入监测", "纳入动态监测", "纳入防返贫监测",
            // households struck off the register in its review (整户删除116户353人) are the register's, no exit
            "整户删除", "删除", "清退", "剔除",
            // those below subsistence, the poor of the years before the campaign (140万人生活在温饱线以下)
            "温饱线以下", "贫困线以下", "不能维持温饱", "未解决温饱", "尚未解决温饱", "没有解决温饱"]),
        // the level the poor are brought down to is how many are poor (贫困村减少到290个), not how many left
        (.poor, 3, .stillPoor, ["贫困人口减少到", "贫困人口减少至", "贫困村减少到", "贫困村减少至", "贫困户减少到", "贫困户减少至",
            "贫困县减少到", "贫困县减少至", "贫困人口减至", "贫困村减至", "贫困户减至"]),
        // those who have left poverty, as a status (2021's 脱贫人口参加基本医保12万人): a programme named
        // with them is the figure's area, as with the poor; alone they are 脱贫
        (.exit, 1, .qualifier, ["脱贫户", "脱贫人口", "脱贫劳动力", "脱贫群众", "已脱贫人口", "已脱贫户"]),
        // the groups monitoring sorts households into are statuses, as 贫困户 is (脱贫不稳定户501户,
        // 为脱贫不稳定户开发公益性岗位300个)
        (.poor, 1, .qualifier, ["脱贫不稳定户", "边缘易致贫户", "突发严重困难户", "边缘户", "监测户", "监测对象", "三类对象", "防返贫监测对象",
            // (监测人数: the monitored counted by head)
            "监测人数", "监测人口"]),
        (.poor, 1, .qualifier, ["贫困人口", "贫困户", "贫困村", "贫困行政村", "贫困自然村", "贫困县", "建档立卡", "贫困群众", "贫困家庭", "贫困对象",
            "扶贫对象", "贫困人员", "贫困农户", "贫困群体", "贫困乡镇", "贫困乡", "贫困镇", "重点村", "扶贫开发对象",
            "精准扶贫对象", "深度贫困", "贫困户人口", "贫困农民", "重点贫困村", "极度贫困", "特殊贫困", "困难户",
            // (set 370: the farms' and forest bureaus' poor, 困难职工家庭612户, 贫困林场45个)
            "困难职工家庭", "贫困职工家庭", "贫困职工", "贫困林场", "贫困农场",
            "困难群众", "低收入", "低收入人口", "低收入农户", "困难家庭", "相对贫困", "相对贫困人口", "相对贫困户", "相对贫困村", "重点县", "扶贫开发工作重点县", "特困片区", "片区县", "连片特困", "贫困地区", "特困县", "特困地区", "特困片", "个片区县", "个片区外",
            "片区外", "深度贫困乡镇", "深度贫困县", "深度贫困村", "极贫村", "极贫乡镇", "极贫乡", "深贫村", "深度贫困行政村", "深度贫困自然村", "贫困县市区", "极度贫困乡镇"]),
        (.income, 4, .income, ["人均可支配收入", "可支配收入", "人均纯收入", "纯收入", "人均收入", "年收入", "月收入", "家庭收入",
            "工资性收入", "经营性收入", "财产性收入", "转移性收入", "务工收入", "就业收入", "收益分成", "人均年收入",
            "户均收入", "收入水平", "总收入", "现金收入", "工资收入", "劳务收入", "月工资", "年工资", "月薪", "工资", "分红收益", "净收入", "转移净收入", "经营净收入",
            "财产净收入", "工资性净收入", "经营收入", "增收", "收入", "创收", "分红", "挣", "赚", "增加收入", "户均增收", "人均增收"]),
        (.income, 0, .income, ["收益"]),
        // what land brings its owner is earnings (户均年获得土地流转费1329元), though 土地流转 is production
        (.income, 4, .income, ["流转费", "土地流转费", "土地流转收入", "租金", "土地租金", "租赁费", "土地租赁费", "流转金"]),
        // the housing programmes of Liangshan and the Tibetan areas (彝家新寨281个) are safe housing
        (.housing, 4, .area, ["彝家新寨", "藏区新居", "新村新寨"]),
        // a bureau named for an area pays for others too (水利局投资…,对供水设施实施巩固提升)
        (.infrastructure, 0, .mask, ["水利局", "交通局", "交通运输局"]),
        // (a payout list's account column, 银行账号, 一卡通账号: the way money is paid, no credit)
        (.credit, 0, .mask, ["银行账号", "银行卡号", "银行账户", "银行卡", "账号"]),
        // (县移民办补助140万元: the office for reservoir migrants pays for projects of any area)
        (.relocation, 0, .mask, ["移民办", "移民局", "移民开发局", "移民管理局", "水库移民"]),
        // 民政 read out of 人民政府 (县人民政府总计统筹整合27761万元)
        (.welfare, 0, .mask, ["人民政府"]),
        // per-mu yields are production (FORMAT.md), though 收入 is earnings
        (.industry, 4, .area, ["亩均收入", "亩均收益", "亩均效益", "亩均纯收入", "亩均产值", "亩产值", "亩产效益", "亩收入", "每亩收入", "亩效益"]),
        (.industry, 3, .area, ["集体收入", "集体经济收入", "销售收入", "产业收入", "营业收入", "村集体收入", "项目收益", "产生收益", "发电收入", "电站收益",
            "村集体经济收入", "集体经济经营性收入", "村级集体经济收入",
            // a place's takings from tourism (旅游收入达1000万元), not a person's earnings
            "旅游收入", "旅游总收入", "旅游综合收入", "乡村旅游收入", "旅游综合收益", "门票收入",
            // (乡村旅游 is a cue of its own: the takings' longer words are read first)
            "乡村旅游总收入", "乡村旅游综合收入", "乡村旅游经营收入", "旅游经营收入"]),
        (.industry, 0, .mask, ["致富路", "致富之路", "致富带头人", "增收致富", "致富梦", "建筑面积", "占地", "占地面积"]),
        // —— the 五个一批 ——
        // what science brings to production (引进新品种329个, 推广新技术15项, 实施科技项目270项)
        (.industry, 3, .area, ["新品种", "良种", "技术推广", "农业技术", "科技示范"]),
        // (review 85: firms out of trouble are business's, not the poor's 脱困: 帮助32家中小企业纾困脱困, 实现扭亏脱困)
        (.industry, 4, .area, ["纾困脱困", "扭亏脱困", "扭亏为盈", "纾困"]),
        // (generic words of science decide only where the clause names no area: 医疗新技术 is care)
        (.industry, 2, .area, ["新技术", "科技项目", "科技成果", "技术服务", "技术咨询", "技术指导"]),
        (.industry, 3, .area, ["烘烤车间", "加工车间", "生产车间", "产业", "种植", "养殖", "合作社", "光伏", "光伏电站", "脱贫项目", "产业脱贫项目", "脱贫合作社", "脱贫产业", "脱贫农民专业合作社", "扶贫电站", "村级电站", "村级扶贫电站", "电商", "电子商务", "电商服务站", "电商服务点", "电商服务中心", "电商服务所", "电商服务网点", "电子商务服务站", "电子商务服务中心",
            "电子商务公共服务中心", "电商公共服务中心", "电子商务服务站点", "电商服务站点", "电子商务进农村", "旅游", "乡村旅游", "生态旅游",
            "农家乐", "民宿", "消费扶贫", "消费帮扶",   // (its 2021 name)
            "龙头企业", "农产品", "特产", "特色产品", "农特产品", "亩产", "产量", "产值",
            "销售额", "营业额", "销售", "销量", "订单", "加工", "助销", "帮销", "代销", "促销", "直销", "入股", "土地流转", "流转", "资产收益", "资产扶贫", "园区", "农业",
            "畜牧", "渔业", "林果", "经济作物", "品牌", "直播", "带货", "种养", "茶叶", "茶园",
            "果园", "果树", "水果", "蔬菜", "食用菌", "香菇", "木耳", "中药材", "药材", "花卉", "苗木", "花木", "烤烟",
            "烟叶", "马铃薯", "核桃", "苹果", "猕猴桃", "柑橘", "脐橙", "葡萄", "辣椒", "魔芋", "油茶",
            "大棚", "温室", "家禽", "生猪", "出栏", "存栏", "种苗",
            "良种", "粮食", "玉米", "水稻", "小麦", "大豆", "农机", "采摘", "冷链", "市场主体", "新型经营主体", "家庭农场",
            "扶贫实体", "经营主体", "经济实体",   // (发展62个扶贫实体: cooperatives and firms that carry the poor)
            "专业大户", "示范园", "产业园", "基地", "扶贫产业", "特色产业", "农民专业合作社", "商品", "展销", "推介",
            "扶贫产品", "以购代捐", "招商", "投产", "效益", "庭院经济", "手工", "刺绣",
            "编织", "景区", "景点", "游客", "接待", "种植面积", "养殖面积", "播种面积", "栽植面积", "种植规模", "养殖规模",
            "网店", "淘宝", "店铺", "微店", "网上销售", "线上销售",
            // online trade and the logistics that carry it (网络零售额270亿元, 县乡村三级物流覆盖率100%):
            // commerce, not the network or the roads
            "网络零售", "网络零售额", "农村网络零售额", "网络销售额", "网上零售", "网络交易额", "网销",
            "物流", "快递", "物流中心", "物流配送", "电商物流", "网点",
            // (收寄芒果86万件, 日均寄递红枣3万件: farm produce sent out by post is its trade)
            "寄递", "收寄", "揽收"]),
        (.industry, 2, .area, ["茶", "竹", "蚕", "桑", "牛", "羊", "猪", "鸡", "鸭", "鹅", "鱼", "蜂", "兔", "虾", "蟹"]),
        (.industry, 2, .area, ["企业", "公司", "工厂", "集团"]),
        // a collective's classes of shares are named for whom they go to (脱贫股20%, 助学股10%): they
        // are the collective's production, not relief or schooling
        (.industry, 4, .area, ["人头股", "脱贫股", "敬老股", "助学股", "发展股", "合作股份", "股份合作", "股金", "配股"]),
        (.industry, 4, .area, ["集体经济", "村集体", "村级集体经济", "村集体经济"]),
        (.industry, 0, .mask, ["成果", "结果", "效果", "如果", "牛鼻子", "病虫害"]),
        // 公益性岗位 names the programme even when the posts' work is named too (保洁、护路等公益岗位)
        (.jobs, 4, .area, ["公益性岗位", "公益岗位", "扶贫公益岗位", "乡村公益岗位", "劳务基地", "劳务输出基地", "劳务公司",
            "劳务合作社", "劳务专业合作社", "劳务经纪人", "扶贫车间", "就业扶贫车间", "扶贫工厂", "就业车间", "扶贫加工车间", "扶贫生产车间",
            // (Xinjiang's and the relocation sites' workshops: 卫星工厂128家, 社区工厂)
            "卫星工厂", "社区工厂",
            // a job fair is the jobs programme's, though it is held (召开招聘会7场次) as a meeting is
            "招聘会", "专场招聘会", "招聘活动", "用工对接会", "就业对接会"]),
        (.jobs, 3, .area, ["务工", "外出务工", "转移就业", "就业", "就近就业", "就业扶贫",
            "劳务输出", "劳务", "劳动力", "技能", "职业技能", "岗位", "上岗", "稳岗", "农民工", "返乡创业", "创业", "车间",
            "用工", "劳务协作", "招聘", "务工人员", "就业岗位", "吸纳就业", "外出", "打工", "务工就业", "保洁员岗位",
            "以工代赈", "灵活就业", "自主创业", "劳动者", "工人", "剩余劳动力", "从业", "从业人员", "孵化基地", "创业孵化", "创业孵化基地", "孵化", "就业补贴", "务工补贴", "从事", "员工",
            "社区工厂", "新社区工厂", "就业基地", "就业创业", "找到工作", "找工作", "找到了工作",
            // (在基地上班的残疾人279人: those who go to work there; 聘用 is a verb of benefit, its
            // topic the post's: 护林员…,实际聘用12.06万名 are rangers)
            "上班"]),
        // workers named by their trade (刺绣女工348名, 专业技工36名, 绣娘120名): people at work, whatever
        // the firm or craft around them
        (.jobs, 3, .post, ["女工", "技工", "绣娘", "产业工人", "熟练工"]),
        // (a school that trains them names no worker: 技工院校共招收…学生14715人 counts students, 在2所技工
        // 院校建设…技能扶贫基地 a base of training)
        (.jobs, 0, .mask, ["技工院校", "技工学校",
            // (nor do words a trade's name is read out of: 科技工作者, 妇女工作)
            "科技工作者", "科技工作", "妇女工作", "农技工作", "农技工作人员", "农技工作者"]),
        (.jobs, 2, .training, ["培训", "实训", "技能培训", "职业培训", "实用技术培训", "技术培训", "受训", "培训班"]),
        // the old houses of those moved, pulled down and their land reclaimed (拆旧复垦)
        (.relocation, 3, .area, ["拆除旧房", "旧房拆除", "拆旧", "拆旧复垦", "拆除旧宅", "旧宅拆除", "旧房腾退", "腾退拆除", "旧房腾退拆除",
            // (their homesteads reclaimed: 宅基地复垦, no 基地 of production)
            "宅基地复垦", "旧宅基地"]),
        // (a homestead is no 基地 of production, nor by itself the moved's: 宅基地确权登记)
        (.industry, 0, .mask, ["宅基地"]),
        // land the campaign trades: the quota a county saves by reclaiming land, sold across regions for
        // the campaign's money (增减挂钩节余指标, 增减挂钩 is no pairing of helpers, 挂钩帮扶)
        (.funds, 4, .area, ["增减挂钩", "城乡建设用地增减挂钩", "增减挂钩节余指标", "指标交易", "指标收益"]
            // (the quotas of ``KindCues/landQuotaRows``, not those opening with 用地: any land's plan)
            + KindCues.landQuotaRows.filter { !$0.hasPrefix("用地") }),
        // farmland made to yield more (高标准农田, 坡改梯, 中低产田改造) is production's: every set's gold files it so,
        // its roads and channels within it too
        (.industry, 4, .area, ["高标准农田", "坡改梯", "中低产田", "高标准基本农田"]),
        // land consolidated for farming (土地整治, 高标准农田): works on the land, no clean-up of villages
        (.infrastructure, 4, .area, ["土地整治", "土地整理", "农用地整治", "土地开发整理", "土地复垦", "土地整治项目"]),
        (.relocation, 4, .area, ["易地扶贫搬迁", "易地搬迁", "生态移民", "扶贫搬迁", "搬迁住房", "安置住房", "搬迁安置",
            // the totals of those moved (易地搬迁总户数102户), not of a place's people
            "搬迁总户数", "搬迁总人口", "搬迁总人数", "易地搬迁总户数", "易地搬迁总人口", "易地扶贫搬迁总户数", "易地扶贫搬迁总人口",
            // the old homes of the moved, pulled down (已拆除搬迁户旧房5612户: no eyesore's 拆除)
            "搬迁户旧房", "搬迁旧房"]),
        // the people moved, as those whom another area's figure serves (吸纳易地扶贫搬迁群众就业996人 is
        // 就业's): a word of who, as the poor are; alone in its clause it still files the figure
        (.relocation, 1, .qualifier, ["搬迁户", "搬迁群众", "易地扶贫搬迁群众", "易地搬迁群众", "易地扶贫搬迁户", "易地搬迁户",
            "搬迁劳动力", "易地扶贫搬迁劳动力", "搬迁户劳动力"]),
        (.relocation, 3, .area, ["搬迁", "安置点", "安置区", "集中安置", "分散安置", "安置房", "移民", "后续扶持",
            "迁出", "搬离", "搬入", "搬进", "入住", "拆旧复垦", "拆旧", "旧房拆除", "安置小区", "新区", "迁建", "搬出", "迁到", "迁往", "迁至", "搬到", "搬往", "挪出", "挪穷窝",
            // the old homes the moved leave, pulled down and farmed again (复垦土地4180亩, 拆除率95.5%); the land quota they
            // sell is money's (增减挂钩, a 资金 row)
            // (not 复垦 alone: 土地整治…新增耕地复垦面积 moves no one; 违法建筑拆除率, an eyesore's, is 人居环境's word)
            "宅基地复垦", "旧宅基地复垦", "旧房复垦", "拆除复垦", "复垦土地", "复垦复绿", "拆除率", "旧房拆除率"]),
        (.ecology, 4, .post, ["生态护林员", "护林员", "生态管护员", "草原管护员", "护草员", "管护员", "巡护员"]),
        (.ecology, 4, .area, ["生态补偿", "退耕还林", "退耕还草", "天然林保护", "公益林", "生态效益补偿"]),
        (.ecology, 3, .area, ["生态", "退耕", "天然林", "造林", "植树", "林业", "草原", "森林", "湿地", "水土保持",
            "护林", "石漠化", "国土绿化", "林地", "生态保护", "绿化", "荒山", "草场", "禁牧", "生态环境",
            "造林面积", "森林面积", "绿化面积",
            "扶贫林", "生态林", "防护林", "林木", "护林防火",
            // (长江十年禁渔: the fishing ban and its fishermen retired, as 禁牧 is the grassland's)
            "禁捕", "退捕", "禁渔", "退捕渔民", "渔民退捕", "退捕渔船"]),
        (.education, 4, .area, ["雨露计划", "控辍保学", "教育扶贫", "义务教育", "两免一补", "三免一补", "营养改善计划", "生源地", "助学贷款", "每生", "保教费", "伙食费", "生活费补助", "学前教育",
            "贫困生",   // (优秀贫困生奖励金: the poor student, not the award, names the area)
            // the unions' aid for workers' children at school
            "金秋助学"]),
        // workers' children (资助困难农民工子女5万多人次): schooling's, as an area's own word, not before a word of work
        (.education, 3, .area, ["农民工子女", "职工子女", "困难职工子女", "务工人员子女", "完成学业"]),
        // (review 85: illiteracy undone is schooling's, 剩余青壮年文盲1200人,将于2020年全部消除)
        (.education, 4, .area, ["文盲", "青壮年文盲", "扫盲", "脱盲"]),
        (.education, 3, .area, ["教育", "学校", "辍学", "助学", "奖学金", "助学金", "学费", "营养餐", "中职",
            "高职", "大学生", "在校生", "学前", "幼儿园", "校舍", "教师", "老师", "送教上门", "小学", "中学", "高中",
            "初中", "职业教育", "寄宿", "学生资助", "中心校", "中心小学", "教学点", "学子", "大学", "本科", "专科", "学位", "特殊教育",
            // (set 369: preschools in villages and their children, 村级幼教点, 毛入园率; the language taught, 推普脱贫, 普通话普及率,
            // over the training that teaches it)
            "幼教点", "幼教", "幼儿", "入园率", "普通话", "推普"]),   // (入园 alone is a firm entering a park too: 入园企业)
        // a fund is money of the area it is for (教育扶贫救助基金…发放基金312.83万元): alone it decides
        // only where nothing else does
        (.credit, 0, .area, ["基金"]),
        // 资助 alone is any grant (国家扶贫资助的800只母羊 are production's; 资助参保 is 医疗's):
        // schooling's only where no other area's word is in its sentence (累计资助2.3万人次)
        (.education, 0, .area, ["资助"]),
        // people in school are 教育's whoever they are (36名重度残疾儿童接受教育, 205名孤儿入学,
        // 3947名学生实行兜底资助), as people at work are 就业's
        (.education, 4, .post, ["随迁子女", "随迁就读"]),
        (.education, 3, .post, ["学生", "入学", "就读", "随班就读", "接受教育", "上学", "就学", "复学", "返校"]),
        // medical aid and insurance paid for those the protection keeps (对特困供养人员实施医疗救助2134人次, 为低保对象代缴
        // 医疗保险): the programme, over the group's own words of protection (FORMAT.md: 医疗救助 is 医疗)
        (.health, 5, .area, ["医疗救助", "大病保险", "基本医疗保险", "医疗保险", "资助参保"]),
        // (婴幼儿营养包, 婴幼儿系统管理率: infants' health, no preschool's 幼儿)
        (.health, 4, .area, ["婴幼儿", "婴幼儿营养包"]),
        // (review 85: their care in nurseries is schooling's early years, 新建婴幼儿照护服务机构12家)
        (.education, 4, .area, ["婴幼儿照护", "托育", "托育机构", "托幼"]),
        (.health, 4, .area, ["健康扶贫", "卫生扶贫", "签约率", "家庭医生", "签约服务", "先诊疗后付费", "一站式",
            // (women's cancers screened and their patients aided: 两癌救助 is medical aid, 两癌筛查 and 健康检查 check health)
            "两癌", "两癌救助", "两癌筛查", "两癌检查", "宫颈癌", "乳腺癌", "癌症", "健康检查", "妇科检查",
            "基本医疗", "大病救治", "慢病", "两病", "四重保障", "三重保障", "医保扶贫",
            // (aid to the sick is medical aid, whatever 救助 says: 为贫困大病患者发放救助金376.5万元, 救助大病贫困患者两千余人次)
            "大病救助", "大病患者", "大病贫困患者",
            // (health insurance on top of the basic: 医疗补充保险 is no credit's 保险)
            "医疗补充保险", "补充医疗保险", "商业补充医疗保险", "补充医疗", "健康保险",
            // doctors seeing people free of charge (专家义诊406人次), the teams that do it too
            "义诊", "巡回医疗", "送医下乡"]),
        (.health, 3, .area, ["医疗", "医保", "大病", "卫生室", "卫生院", "村医", "乡村医生", "住院", "报销", "慢性病", "门诊",
            "参保", "参合", "新农合", "体检", "就医", "看病", "患者", "病人", "疾病", "医院", "医生", "医务", "健康", "筛查",
            "救治", "诊疗", "就诊", "医疗费用", "自付", "卫生", "转诊", "签约医生", "家庭医生签约",
            // (rehabilitation is care, of the sick; of the disabled, disability aid: ``TopicCue/Marks/care``)
            "康复", "康复服务", "康复训练", "会诊", "远程会诊", "远程医疗"]),
        (.health, 2, .area, ["药", "病"]),
        (.housing, 4, .area, ["危房改造", "危房", "危旧房", "住房安全", "农村危房", "安全住房", "住房保障", "危改", "房屋安全",
            "安全鉴定", "四类重点对象", "危房户", "4类重点对象",
            // a programme named for settled homes, and the mud-brick houses it replaces
            "安居工程", "安居扶贫", "农村安居", "土坯房", "危旧土坯房",
            // (统一建设农村保障房, 老旧住房透风漏雨整治: homes made safe where people live, none moved; 安居房 is either's, its
            // sentence tells: 易地扶贫搬迁…新建安居房1770间 is 搬迁's)
            "保障房", "保障性住房", "透风漏雨", "老旧住房"]),
        (.housing, 3, .area, ["住房", "农房", "房屋", "新房", "改造房", "住房改造", "房子", "加固", "修缮", "翻建", "重建"]),
        (.water, 4, .area, ["饮水安全", "安全饮水", "饮水", "人畜饮水", "自来水", "水窖", "供水", "水厂", "饮水工程", "饮用水",
            "供水设施", "饮水设施", "供水工程", "供水管网",
            "集中供水", "农村饮水", "吃水", "水质", "水源工程"]),
        (.water, 3, .area, ["管网", "机井", "蓄水池", "水池", "水井", "用水", "引水", "水源", "水柜", "净水", "管道"]),
        (.welfare, 4, .area, ["低保", "最低生活保障", "特困", "特困供养", "五保", "临时救助", "兜底", "兜底保障", "社会保障兜底",
            "无劳动能力", "丧失劳动能力", "低保金", "特困人员",
            "敬老院", "幸福院", "护理补贴", "孤寡", "养老保险", "养老金", "分散供养", "集中供养", "五保户", "低保户",
            "残疾人两项补贴", "残疾人生活补贴", "残疾人护理补贴", "无障碍", "保障扶贫", "社会保障扶贫",
            // aid to the disabled: aids fitted, rehabilitation paid for, care of the severely disabled
            "辅助器具", "辅具", "康复救助", "助残", "托养"]),
        // groups the protection serves, named as whom a count is of (为103名残疾人发放辅助器具): an area
        // their clause names decides before them (残疾儿童…控辍保学3000多人, 扶持残疾人发展产业905户)
        // put on the protection (320户大病患者家庭纳入低保): what they are given decides, whoever they are
        (.welfare, 5, .area, ["纳入低保", "纳入农村低保", "纳入低保范围", "纳入兜底保障", "纳入特困供养", "纳入特困人员救助供养"]),
        (.welfare, 2, .area, servedGroups),
        (.welfare, 3, .area, ["救助", "养老", "社会救助", "民政", "供养", "老人", "社会保障", "社保", "留守", "弱劳力", "半劳力"]),
        (.infrastructure, 3, .area, ["道路", "公路", "硬化", "桥梁", "通村", "通组", "村道", "通村路", "组组通", "村村通",
            "电网", "电力", "用电", "通电", "供电", "变压器", "宽带", "网络", "通信", "4G", "5G", "光纤", "信号", "基站", "基础设施",
            // (新建110千伏变电站2座, 新增配变2860台, 动力电: the grid's works)
            "变电站", "配变", "配电变压器", "输电线路", "供电线路", "动力电", "低电压",
            "水利", "沟渠", "灌溉", "文化广场", "活动室", "活动场所", "综合服务", "路灯", "客运", "通客车", "水泥路",
            "柏油路", "交通", "公共服务", "便民服务", "隧道", "停车", "河道", "塘坝", "水库",
            "广播", "电视", "农田", "通硬化路", "通畅", "产业路", "旅游路",
            // a village's cultural rooms and its power grid (建成村卫生室20个、文化室20个,升级改造农网项目21个)
            "文化室", "文化活动室", "农家书屋", "农网", "农网改造", "农村电网",
            // libraries and cultural centres, and the television and broadcasting that reach villages
            // (图书分馆10个, 综合文化服务中心664个, 发展直播卫星用户2.1万户, “户户通”服务网点23个)
            "图书馆", "图书室", "总馆", "分馆", "文化服务中心", "综合文化服务中心", "文化中心", "文化站", "综合文化站",
            "直播卫星", "户户通", "数字电视", "有线电视", "村村响", "应急广播"]),
        // a service centre or station alone is any programme's (电商服务站, 金融服务站, 综合服务中心): it
        // decides only where nothing else does
        (.infrastructure, 0, .area, ["服务中心", "服务站", "服务点", "服务网点"]),
        // a village's own service halls are its facilities, whatever area a heading names
        (.infrastructure, 3, .area, ["党群服务中心", "村级党群服务中心", "村级服务中心", "便民服务中心", "综合服务中心", "村级活动场所", "党群活动中心"]),
        (.infrastructure, 2, .area, ["桥", "渠", "路", "堤"]),
        // drainage is the village's works, not its drinking water (安装排水管道2.66千米, 雨篦子30座)
        (.infrastructure, 4, .area, ["排水", "排水管道", "排水管网", "排水沟", "排洪沟", "雨水管", "雨篦子", "检查井", "涵洞", "管涵"]),
        (.infrastructure, 0, .mask, ["思路", "路子", "路径", "出路", "道路上", "新路", "之路", "一路", "路上", "网络直播",
            "网络销售", "路线", "辖区", "管辖",
            // (platforms that sell produce, no power grid: 通过惠农网销售农产品)
            "惠农网", "兴农网", "助农网", "益农网",
            // (trains that carry workers to their jobs: 开出铁路专列13趟)
            "铁路专列", "专列",
            // (找准路, 以…价格出售给国家电网: a way found and a buyer, no roads or grid built)
            "找准路", "找对路", "国家电网"]),
        (.credit, 4, .area, ["小额信贷", "扶贫小额信贷", "信贷", "贷款", "贴息", "担保", "授信", "放款", "放贷", "风险补偿",
            "扶贫贷款", "金融扶贫", "风险金", "风险补偿金", "风险保证金", "防贫保险", "农业保险", "扶贫保险", "保险", "保费", "防贫险", "扶贫险", "防贫保", "保险金", "评级授信", "信用村", "信用户"]),
        (.credit, 3, .area, ["金融", "银行", "信用", "贷", "理赔", "赔付", "承保", "投保"]),
        // farms and farmers insured, their crops and herds (参保农户4.6万户, 承保面积8.2万亩, 保险金额): a policy's, no clinic's nor crop's
        (.credit, 5, .area, ["参保农户", "投保农户", "承保农户", "参保农户数", "承保面积", "投保面积", "参保面积", "保险金额", "保险面积"]),
        // (农村金融服务网点120个: the bank's outlets, not the shops' 网点)
        (.credit, 4, .area, ["金融服务网点", "金融服务站", "金融服务点", "金融服务中心", "金融网点", "银行网点", "助农取款点", "助农取款服务点"]),
        (.assistance, 3, .area, ["驻村", "第一书记", "驻村工作队", "结对", "结对帮扶", "东西部协作", "东西部扶贫协作", "东西协作",
            "对口", "对口帮扶", "对口支援", "定点帮扶", "定点扶贫", "挂钩帮扶", "挂钩", "帮扶单位", "帮扶责任人", "结亲",
            "村官", "大学生村官", "万企帮万村", "百企帮百村", "千企帮千村", "包村", "包户", "指导员", "扶贫协作", "帮扶干部",
            "驻村干部", "工作队员", "帮扶队", "帮扶村", "援藏", "援疆", "援青", "结对关系", "结对部门", "结对单位", "帮扶部门", "入村工作", "下基层", "结对认亲",
            // cadres paired with villages and households (包联30个重点贫困村, 挂包帮)
            "包联", "挂包", "包抓", "联系帮扶",
            // the paired places' visits and exchanges of cadres (两市开展互访120批次)
            "互访", "互派", "考察互访", "双向挂职"]),
        // cadres and units sent to the villages: what they are sent as decides over the units' own
        // words (选派30名领导、30个重点部门…包联30个重点贫困村)
        (.assistance, 4, .area, ["选派", "下派", "派驻", "选派了",
            // teachers, doctors and experts sent to serve in the place helped (16批980名教师到宁夏支教)
            "支教", "支医", "支农", "挂职", "援派"]),
        // experts a science body sends to the villages (84.6万名科技特派员): helpers, whatever they teach
        (.assistance, 3, .area, ["科技特派员", "特派员", "科技特派团", "科技特派团队", "专家服务团"]),
        (.assistance, 2, .area, ["捐赠", "捐款", "捐资", "捐助", "社会扶贫", "援建", "爱心", "慈善", "捐", "认捐",
            "帮扶", "援助", "支援", "慰问", "志愿者", "志愿服务", "社会组织", "帮带", "扶贫日", "协作",
            // a charity's money and its work (筹措善款及物资7.21亿元, 公益支出6.53亿元)
            "善款", "筹款", "募捐", "募集", "义卖", "公益支出", "公益项目", "公益资金", "公益基金", "基金会", "红十字会",
            "慈善总会", "捐赠物资"]),
        (.assistance, 2, .cadre, ["干部", "党员", "党员干部", "书记", "公务员", "人才", "专家", "技术人员", "队员", "结对干部",
            "机关", "单位"]),
        (.environment, 4, .area, ["人居环境", "厕所革命", "改厕", "户厕", "厕所", "垃圾", "污水", "村容", "村貌", "村容村貌",
            "环境整治", "卫生死角", "保洁", "保洁员", "美丽乡村", "乱堆乱放", "黑臭", "畜禽粪污", "粪污", "环境卫生",
            "清洁", "清理", "清扫", "清运", "小广告", "农村环境", "人居", "污染", "殡葬",
            "沼气", "沼气池", "节能灶", "改圈", "改厨", "改灶", "卫生厩", "圈舍改造", "环卫",
            // (public and household toilets, named with 卫生: 卫生公厕 is no clinic's)
            "公厕", "卫生公厕", "卫生厕所", "卫生户厕", "无害化卫生厕所",
            // (buildings put up against the rules, pulled down: 违法建筑拆除率达95%)
            "违法建筑", "违章建筑", "违建", "乱搭乱建", "私搭乱建"]),
        (.environment, 3, .area, ["整治", "美化", "亮化", "净化", "庭院", "宜居", "环境", "拆除"]),
        (.organisation, 4, .area, ["会议", "召开", "领导小组", "督查", "督导", "暗访", "巡查", "考核", "问题整改", "整改",
            "宣传", "宣讲", "宣传资料", "标语", "责任书", "作战室", "指挥部", "小分队", "专班", "调研", "约谈",
            "问责", "审计", "牵头部门", "配合部门", "成员单位", "联合党委", "推进会", "现场会", "座谈会", "观摩", "宣传教育",
            "巡视", "调度", "部署", "誓师", "研判", "业务骨干", "抽调",
            "联席会", "专题会", "业务培训", "干部培训", "作战", "攻坚队", "党委", "党支部", "支部", "党组织",
            "宣传报道", "报道", "宣传栏", "横幅", "微信", "公众号",
            // study sessions and the press at a briefing (中心组专题学习4次, 15家媒体记者参加了发布会)
            "专题学习", "集中学习", "中心组", "学习研讨", "发布会", "新闻发布会", "媒体"]),
        (.organisation, 2, .area, ["检查", "核查", "评估", "验收", "考察"]),
        // a visit is help (第一书记走访…, 走访贫困户500户), unless its sentence inspects (``marked``)
        (.assistance, 2, .area, ["走访", "入户走访"]),
        // a holiday's visit and what it brings, whoever receives it (走访慰问贫困户和低保户230户, 困难农民工380人)
        (.assistance, 5, .area, ["走访慰问", "慰问金", "送温暖", "节日慰问", "春节慰问"]),
        // inspections and discipline: the visits, checks and people punished they count are the
        // campaign's running (3个巡察组已走访97个贫困村, 批评教育8人, 移送司法机关1人)
        (.organisation, 4, .area, ["巡察", "巡察组", "督查组", "检查组", "暗访组", "审计组", "核查组", "督导组", "巡视组",
            // (set 201: the teams 2020 sent to supervise the last counties, 督战队9支, 督战队员48名, run the campaign)
            // (not 督战 alone: 对…52个贫困县实施挂牌督战 counts the poor counties)
            "督战队", "督战组", "督战队员", "督战工作队", "督战工作组",
            "批评教育", "诫勉谈话", "诫勉", "通报批评", "党纪处分", "政务处分", "纪律处分", "处分", "追究责任", "刑事责任",
            "移送司法", "移送", "立案", "审查调查", "抽查",
            // the wrongdoing they find and deal with (查处扶贫领域违纪问题484件, 查出违规金额50亿元)
            "违纪", "违规", "违纪违规", "违法违纪", "查处", "查出", "腐败", "作风问题", "问题线索", "线索",
            // the discipline bodies' visits and sanctions (纪委…突击察访, 5名干部…被追责; the bodies themselves
            // help villages too: 县纪委监委帮扶的红星村建成蔬菜大棚50个)
            "察访", "突击察访", "明察暗访", "追责", "通报曝光", "曝光", "典型案例", "典型问题",
            // (set 192: the cadres punished, 处理党员干部58人, and the money taken back, 追缴违纪资金; a case's
            // own money, 套取产业奖补资金, keeps its programme's topic)
            // (not 收缴, fees collected, 收缴电费)
            "处理党员干部", "处理干部", "处理村干部", "追缴", "退赔", "违纪资金", "违规资金"]),
        // (cadres a case reaches, 涉及村干部5人, are cadres still: a training's, 培训涉及村干部860人, are cadres trained)
        (.organisation, 4, .cadre, ["涉及村干部", "涉及党员干部"]),
        // (a case of good practice selected names no discipline: 入选全国产业扶贫典型案例,带动1200户增收)
        (.organisation, 0, .mask, ["扶贫典型案例", "减贫典型案例", "脱贫典型案例", "典型案例库"]),
        // people cleared off a list (清理出不符合条件的贫困户2147户, 清理不符合条件人员67人): no sanitation's 清理
        (.poor, 0, .mask, ["清理出", "清理不符合", "清理不合格", "清理违规", "清理错评", "清理“吃空饷”"]),
        (.organisation, 3, .area, ["工作队", "工作组", "个片区", "排查", "摸排", "部门"]),
        // the bodies a project is handed to (…计划下达到相关责任单位并组织实施) say nothing of its area
        (.organisation, 0, .mask, ["责任单位", "实施单位", "项目单位", "相关单位", "主管单位", "建设单位"]),
        (.organisation, 2, .area, ["问题"]),
        (.organisation, 1, .area, ["方案", "文件", "政策", "制度", "机制", "责任"]),
        (.funds, 1, .area, ["扶贫资金", "财政扶贫资金", "财政专项扶贫资金", "专项扶贫资金", "涉农资金", "整合资金", "统筹整合",
            "整合涉农资金", "扶贫专项资金", "扶贫投入", "财政投入", "衔接资金", "扶贫资金投入", "扶贫项目资金",
            "乡村振兴补助资金", "衔接补助资金",   // (the transition years' budget name, 2021-)
            "支出率", "拨付率", "资金支出", "报账率",
            // money for the campaign under its budget names (专项扶贫发展资金), and the assets it built
            "扶贫发展资金", "专项扶贫发展资金", "财政专项扶贫发展资金", "扶贫资产",
            // the money a plan of integrated funds takes in (纳入统筹涉农资金方案资金53043.61万元)
            "方案资金", "实施方案资金",
            // money paid as a reward is money, not a commendation (脱贫攻坚奖励资金2000万元)
            "奖励资金", "奖补资金", "以奖代补资金", "绩效奖励资金", "补奖资金"]),
        (.funds, 0, .area, ["资金", "投入", "投资", "总投资", "拨付", "下达", "专项资金", "经费", "补助资金", "筹措", "筹集",
            "整合", "补助", "补贴", "奖补", "补奖", "发放", "项目"]),
        (.other, 4, .area, ["总人口", "户籍人口", "常住人口", "地区生产总值", "生产总值", "GDP", "财政收入", "一般公共预算",
            "公共预算收入", "一般公共预算收入", "地方公共预算收入", "财政总收入", "国土面积", "总面积",
            // the economy of a whole place (财政一般预算收入12.55亿元, 第三产业增加值45.9亿元)
            "一般预算收入", "财政一般预算收入", "增加值", "固定资产投资", "社会消费品零售总额", "社会消费品零售",
            "规模以上工业", "进出口总额",
            // a place's budget, however worded (一般公共财政预算收入5.56亿元, 财政支出25.3亿元)
            "公共财政预算收入", "一般公共财政预算收入", "财政预算收入", "地方财政收入", "公共财政收入", "财政支出",
            "一般公共预算支出", "公共财政预算支出", "公共预算支出", "财政总支出",
            // (set 210: a budget's revenue by its source, 税收收入8862万元, 政府性基金收入1.42亿元, 土地出让收入14.8亿元)
            "税收收入", "非税收入", "政府性基金收入", "政府性基金预算收入", "土地出让收入", "国有资源有偿使用收入", "上级补助收入",
            // a place described: all its households, its land and its hamlets (全村总户数530户, 耕地面积6601亩)
            "总户数", "耕地面积", "经济总收入", "林地面积", "辖区面积", "草原面积", "水面面积", "距县城", "距离县城", "距乡政府", "距镇政府",
            "距乡镇", "距市区", "距县", "距乡", "距镇", "距州府", "先进个人", "先进集体", "模范", "最美", "荣誉",
            "称号", "获奖", "奖项",
            // honours named for leaving poverty (12名脱贫之星): a commendation, no exit
            "脱贫之星", "脱贫明星", "脱贫标兵", "脱贫模范", "脱贫能手", "致富之星",
            ] + firmBusinessWords),
        (.other, 4, .area, honourWords),
        (.other, 2, .area, ["疫情", "口罩", "消毒", "防疫", "农村居民", "城镇居民", "居民", "城乡居民", "全体居民"]),
        (.other, 1, .area, ["行政村", "乡镇", "自然村", "村民小组", "自然屯", "自然湾"]),
        (.other, 1, .qualifier, ["人口", "农村人口", "农业人口", "农业户籍人口"]),
        (.other, 3, .area, ["辖", "下辖", "先进", "典型", "标兵", "奖"]),
        // (直辖市 is a kind of province, not a place's extent)
        (.other, 0, .mask, ["直辖市"]),
        (.other, 0, .action, ["带动", "帮助", "吸纳", "提供", "给予", "解决", "惠及", "覆盖", "受益", "参与", "享受",
            "签约", "落实", "实施", "安排", "聘请", "聘用", "选聘", "引导", "扶持", "培育", "发展", "组织", "动员", "支持",
            "开展", "带领", "实现", "参加", "办理", "建成", "新建", "完成", "安置", "吸收", "使", "让",
            "受益人口", "受益总人口", "受益群众", "辐射", "联结", "入社", "拉动", "复盖", "服务",
            // proceeds given to those counted (所得收益量化给20个贫困村)
            "量化给", "量化到", "分配给", "分给",
            // those a programme's money reaches (…管护补助资金2216.5万元,涉及建档立卡贫困户27069户)
            "涉及"]),
        (.other, 0, .share, ["占", "占比"]),
        (.other, 0, .part, ["其中", "含"]),
    ]

    /// A company's name: a word of an area that begins one (`交通投资集团`, `旅游开发有限公司`)
    /// says nothing of the figure's area. An optional middle word, then the suffix.
    /// The verbs of leaving poverty alone (`出列`, `脱贫`, `摘帽`): a bare count right after one
    /// counts what its clause counted before (`1110个贫困村已累计出列874个`).
    public static let exitVerbs = ScalarTrie<Bool>(["脱贫", "摘帽", "出列", "退出", "销号"].map { ($0, true) })

    /// Who takes in an amount of earnings (``TopicResolver/collectiveEarns``): a project, a station,
    /// a firm or a village's collective (true), or a person or a household (false), the nearest first.
    public static let earners = ScalarTrie<Bool>(
        ["村集体", "集体", "集体经济", "村财", "村级", "项目", "电站", "合作社", "公司", "企业", "贫困村", "个村", "基地", "园区"].map { ($0, true) }
        // (a place's takings from those it receives: 景区门票收入, 接待游客…,收入达1600万元)
        + (["景区", "农家乐", "民宿"] + visitorWords).map { ($0, true) }
        // (人次 counts a person's visits, unless visitors made them: ``visitCounts``)
        + ["户", "人", "人次", "家", "群众", "农民", "村民", "农户", "家庭", "劳动力", "职工", "员工", "工人"].map { ($0, false) }
        // (a verb of working for a wage names a person earning: 在这家企业打工,每月有2000元的收入)
        + ["打工", "务工", "上班"].map { ($0, false) })
    /// Words of a whole place's size that, right after an area's word, measure that thing (`生态公益林总面积`).
    public static let thingSizes = ScalarTrie<Bool>(["面积", "总面积"].map { ($0, true) })
    /// Visits counted (`人次`) and those who make them (`游客`), how far before: the visits a place
    /// receives are what its takings come from (`接待游客16万人次,收入达1600万元`), not people who earn.
    public static let visitCounts = ScalarTrie<Bool>(["人次"].map { ($0, true) })
    static let visitorWords = ["游客", "游人", "旅客", "客人"]
    public static let visitors = ScalarTrie<Bool>(visitorWords.map { ($0, true) })
    static let visitorReach = 12
    /// Conjunctions opening a clause that goes on with the noun phrase before it (`…19个国定贫困县,与…14个
    /// 省定贫困县退出贫困县序列`): its predicate is the earlier figure's too.
    public static let coordinators = ScalarTrie<Bool>(["与", "和", "以及", "及"].map { ($0, true) }
        // (及时落实帮扶措施, 和谐, 与此同时: words that only begin with one)
        + ["及时", "及早", "和谐", "和睦", "与此同时", "与会"].map { ($0, false) })
    /// Copulas after a count of things that class them (`4个县都是深度贫困县`, `3个村均为贫困村`), and how far
    /// after the count (its noun, a gloss in brackets) one may stand.
    static let classCopulas = ScalarTrie<Bool>(["都是", "均是", "均为", "全是", "全部是", "都属于", "均属于", "都为"].map { ($0, true) })
    static let classCopulaReach = 6
    /// The marks that end a part of a sentence an earner is looked for in (`;`, `:`).
    public static let partMarks = ScalarSet(";:")
    /// Per person or household before an amount (``KindCues/perCapitaWords``): with a word of
    /// earnings it is 收入.
    public static let perCapita = ScalarTrie<Bool>(KindCues.perCapitaWords.map { ($0, true) })
    /// Words that make an amount one per mu (`每亩地的年流转费为650元`): per-mu yields and rents
    /// are production (FORMAT.md), whatever earnings word names them.
    public static let perMu = ScalarTrie<Bool>(["每亩", "亩均", "亩产", "每亩地"].map { ($0, true) })
    /// Programmes that pay aid per mu of their own (退耕还林, 公益林补偿, 危房…): an amount per mu in their
    /// clause is theirs, no yield.
    public static let perMuProgrammes: Set<Topic> = [.ecology, .housing, .water, .relocation, .infrastructure, .environment, .credit]
    /// Words of a rent or a yield that keep an amount per mu 产业 in a programme's clause (``perMuProgrammes``).
    public static let perMuRents = ScalarTrie<Bool>(["租金", "流转费", "流转", "地租", "产值", "收益", "亩产", "效益"].map { ($0, true) })
    /// Verbs of an inspection's reach before a count (`…审计…,涉及1216个乡镇`, `随机走访贫困户1158户`),
    /// and its questionnaires (`发放问卷调查3920份`): the count is the inspection's scope.
    public static let inspectionReach = ScalarTrie<Bool>(["涉及", "走访", "覆盖", "深入"].map { ($0, true) })
    public static let questionnaires = ScalarTrie<Bool>(["问卷"].map { ($0, true) })
    static let dui: UInt32 = 0x5BF9   // 对: 对7个乡镇开展专项巡察
    /// Firms and their associations, counted as helpers where their clause helps (`310家民营企业帮扶…`).
    /// Verbs of receiving between counted firms and the help: the firms are helped (`获得…扶持`).
    public static let receiving = ScalarTrie<Bool>(["获得", "得到", "接受", "受到", "获", "争取到"].map { ($0, true) })
    /// What an inspection finds that is no one's poverty, right after its count (`排查出3958个问题`).
    public static let problemNouns = ScalarTrie<Bool>(["问题", "隐患", "线索", "短板", "弱项"].map { ($0, true) })
    /// Classifiers of things, right after a count (`剩余8处力争…完工`: sites of a project): what remains of
    /// them is no one still poor.
    public static let thingClassifiers = ScalarSet("处座项台套眼口条间栋份")
    /// A purpose's verb opening the clause after an amount (`,用于易地扶贫搬迁安置点建设`).
    public static let purposes = ScalarTrie<Bool>(["用于", "用於", "用来", "专项用于", "支持", "投入到", "投向", "投入于"].map { ($0, true) })
    /// Adverbs before a purpose's verb (`主要用于`, `全部用于`).
    public static let purposeLeads = ScalarTrie<Bool>(["主要", "全部", "重点", "专门", "专项", "统筹", "集中"].map { ($0, true) })
    /// Verbs that mobilise firms for the campaign, right before their count (`共动员22家商会`).
    public static let mobilising = ScalarTrie<Bool>(["动员", "发动"].map { ($0, true) })
    public static let helperFirms = ScalarTrie<Bool>(["企业", "民营企业", "商会", "协会", "公司", "爱心企业", "非公企业", "民企"].map { ($0, true) })

    public static let firmMiddles = ScalarTrie<Bool>(["投资", "发展", "建设", "开发", "控股", "实业", "产业"].map { ($0, true) })
    public static let firmSuffixes = ScalarTrie<Bool>(["集团", "公司", "有限公司", "股份"].map { ($0, true) })

    /// The table as a trie (each word once; `TopicResolverTests` checks every row is found).
    public static let trie: ScalarTrie<TopicCue> = {
        var marks: [String: TopicCue.Marks] = [:]
        for (mark, topic, words) in marked { for w in words { marks["\(topic.rawValue).\(w)", default: []].insert(mark) } }
        var rows: [(String, TopicCue)] = []
        for (topic, rank, role, words) in groups {
            for w in words {
                rows.append((w, TopicCue(topic: topic, rank: rank, role: role, marks: marks["\(topic.rawValue).\(w)"] ?? [],
                                         ruleIndex: UInt16(rows.count))))
            }
        }
        return ScalarTrie(rows)
    }()

    /// The role of the row a rule names (`topic.贫困人口.贫困户` → qualifier); nil for rules of no row
    /// (`topic.whole`, `topic.其他.default`).
    public static func role(ofRule rule: String) -> TopicCue.Role? { rolesByRule[rule] }
    static let rolesByRule: [String: TopicCue.Role] = {
        var out: [String: TopicCue.Role] = [:]
        for (topic, _, role, words) in groups { for w in words where out["topic.\(topic.rawValue).\(w)"] == nil { out["topic.\(topic.rawValue).\(w)"] = role } }
        return out
    }()

    /// Each row's rule name, in the order of ``trie``'s rows.
    static let ruleNames: [String] = groups.flatMap { g in g.3.map { w in "topic.\(g.0.rawValue).\(w)" } }
}
