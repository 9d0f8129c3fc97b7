import FupinCore

/// Numbers that are not facts. False positives are data: one row a word.
public enum TrapLexicon {
    /// Words shortly before a number that make it a page counter, a code or a phone number:
    /// `阅读 1234次`, `电话:12377`.
    public static let metaCues = ScalarTrie<String>([
        "阅读", "浏览", "点击", "评论", "点赞", "转发", "字数", "编号", "电话", "热线", "传真",
        "邮编", "手机", "举报", "微信", "邮箱", "QQ", "文号", "工号", "证号", "代码", "版次", "访问",
        "播放", "收藏", "分享", "责任编辑", "来源", "时间", "编辑次数", "修订次数", "浏览量",
        "共印", "印数",   // (a briefing's print run: （共印35份）)
        "采纳率", "震源深度",   // (an answer site's widget, 采纳率:87%; a quake's depth, 震源深度20公里)
        // (a meeting's roll and agenda: 应到7人, 应出席常委11名, 议题8项; not 实到, which 落实到1200户 holds)
        "应到", "应出席", "实出席", "议题",
    ].map { ($0, "trap.meta." + $0) })

    /// Words closing a hotline's name (`妇女维权热线`, `扶贫监督举报电话`), and how far after its number one may close.
    /// (not 电话 alone: `3256户贫困户进行电话回访` counts households)
    static let hotlineNames = ScalarTrie<Bool>(["热线", "专线", "服务台", "举报电话", "监督电话", "服务电话", "咨询电话", "投诉电话"].map { ($0, true) }),
               hotlineReach = 12
    /// Whether a number of three digits or more, in digits alone and no unit after them, runs on into a hotline's name, Han
    /// characters only between (`12338妇女维权热线`): the hotline's number, no count (`1200个热线电话`, `1560件热线工单` count).
    /// (the name's word looked for first, the unit only then: a unit looked up after every number of three digits cost
    /// 1.0 M instructions a pass over 400 reports)
    static func namesHotline(_ s: [UInt32], number: Range<Int>, limit: Int) -> Bool {
        guard number.count >= 3 else { return false }
        var k = number.upperBound
        let end = min(limit, number.upperBound + hotlineReach)
        while k < end, NormalizedText.isHan(s[k]) {
            if hotlineStarts.contains(s[k]), hotlineNames.longest(in: s, at: k, limit: limit) != nil {
                // (a hotline's five digits, 123xx or 96xxx, read on into a name opening with 人 or 户: 12333人社服务热线,
                // 96156户籍服务热线; not 13126件热线工单, 11562户贫困户纳入热线回访, 96156万元…专线, counts)
                // (nor 96156万元…专线: a multiplier after the digits makes an amount)
                guard k > number.upperBound, s[number].allSatisfy(NumberReader.isDigit),
                      UnitLexicon.multipliers.longest(in: s, at: number.upperBound, limit: limit) == nil else { return false }
                let unit = UnitLexicon.trie.longest(in: s, at: number.upperBound, limit: limit)
                guard let u = unit, u.value.measure != nil else { return true }
                return number.count == 5 && hotlinePrefixes.longest(in: s, at: number.lowerBound, limit: number.upperBound) != nil
                    && u.length == 1 && hotlineNameOpeners.longest(in: s, at: number.upperBound, limit: limit) != nil
            }
            k += 1
        }
        return false
    }
    static let hotlineStarts = hotlineNames.firstScalarSet
    /// The count from which land or animals kept are no household's (``Trap/holding``).
    static let holdingLimit = 10_000.0
    /// How five digits of a service hotline open (`12333`, `96156`), and the words of its name a unit's reading takes
    /// its first character of (`人社`, `户籍`; not `12321户贫困户`, households counted).
    static let hotlinePrefixes = ScalarTrie<Bool>(["123", "96"].map { ($0, true) }),
               hotlineNameOpeners = ScalarTrie<Bool>(["人社", "人力", "户籍", "户政"].map { ($0, true) })
    /// Characters that make a word with an `一` after them (`唯一`, `统一`, `同一`, `单一`): the
    /// `一` starts no numeral (`唯一一个县` is not 11).
    public static let endsInOne = ScalarSet("唯统同单专")
    /// `一`.
    public static let yi: UInt32 = 0x4E00
    /// What follows 一成 in an idiom or a word (`一成不变`, `一成立便`, `每一成员`): no tenth (not 为, 交, 长:
    /// `增长一成为…`, `一成交给村集体`, `一成长期在外` are tenths).
    static let unchangedTails = ScalarSet("不立员熟果绩效本功")
    /// `率`: a rate's noun ends with it (`入学率`).
    static let lv: UInt32 = 0x7387
    /// Nouns of a share other than a rate's 率 (`参保比例达百分之百`, `覆盖面达到百分之百`).
    static let shareNouns = ScalarTrie<Bool>(["比例", "覆盖面", "比重", "占比"].map { ($0, true) })
    /// `位` (``Trap/rankShift``).
    static let wei: UInt32 = 0x4F4D

    /// Nouns a classifier's count of time takes (`700多个日夜`, `三个春秋`, `五个寒暑`, `三个多钟头`, `两个星期`): a duration.
    public static let durationNouns = ScalarTrie<Bool>(["日夜", "昼夜", "日日夜夜", "春秋", "寒暑", "春夏秋冬", "晨昏",
                                                       "钟头", "小时", "星期", "礼拜"].flatMap { [($0, true), ("多" + $0, true), ("来" + $0, true)] })
    /// Words opening a clause of condition (`若投保人损失超过5000元`): a bound in it is a line a rule draws.
    /// (若干 is several, no condition; nor the counties whose names open with 若: 若羌县, 若尔盖县;
    /// nor 如果说…,那么…, a frame of speech.)
    /// (一旦 left out: 一 opens too many words for the scan for conditions to stop at.)
    static let conditionOpeners = ScalarTrie<Bool>(["若", "如果", "如若", "倘若", "假如", "凡是", "凡"].map { ($0, true) }
        + ["若干", "若羌", "若尔盖", "如果说"].map { ($0, false) })
    /// Words right after a bounded figure that make it a condition's line (`超过3000元的部分`, `超过2%时`).
    /// (false: words 时 opens, `近3000户时常参加`, `时间`, `时期`)
    static let conditionClosers = ScalarTrie<Bool>(["的部分", "部分", "时", "的时候", "以上部分"].map { ($0, true) }
        + ["时常", "时间", "时期", "时代", "时候", "时节", "时刻", "时令", "时时"].map { ($0, false) })
    /// Verbs of a journey shortly before a distance (``Trap/travel``), and how far before it.
    /// (and the span between two places partners are, 一株白茶,相隔两千多公里, 跨越千里)
    /// (and a person's own going about, 他的私家车6年跑了12万多公里, 山路走了不下3万公里, 每天要跑20多公里山路)
    public static let travelVerbs = ScalarTrie<Bool>(["行驶", "驱车", "驾车", "开车", "相隔", "远隔", "跨越",
                                                     "跑了", "走了", "要跑", "奔波"].map { ($0, true) })
    /// One person in a story (``Trap/effort``): `他`, `她`, not before `们` or `人`, nor after `其`.
    static let thirdPersons = ScalarSet("他她"), notOneAfter = ScalarSet("们人")
    /// Classifiers of one person's effort (`4次`, `4本民情日记`, `3辆摩托车`, `5遍`), and verbs of their visits
    /// (`走访农户3600余户次`, `家访学生1800余人次`, `上门服务2400多人次`).
    static let effortUnits = ScalarSet("次本辆遍")
    /// After that person, verbs by which others do what is counted (`他带领全镇干部走访…`, `在她的带动下`).
    static let othersLed = ScalarTrie<Bool>(["带领", "带动", "组织", "发动", "动员", "指导"].map { ($0, true) })
    /// Subjects of many between that person and the figure (`她到村后,全村举办技能培训12次`): the words for a whole
    /// place (``PlaceLexicon/ownPlaceRows``, its towns' and villages'), and a few of everyone.
    static let collectiveDoers = ScalarTrie<Bool>((PlaceLexicon.ownPlaceRows.map(\.0) + PlaceLexicon.townWordList + PlaceLexicon.villageWordList
        + ["村里", "镇里", "乡里", "县里", "全体", "大家", "各村", "各乡镇"]).map { ($0, true) })
    static let visitVerbs = ScalarTrie<Bool>(["走访", "家访", "上门", "随访", "入户", "看望", "慰问", "探望"].map { ($0, true) })
    static let travelReach = 8
    /// Words closing a clause that announce the list after it (`现将5起典型案例通报如下`): the count before them sets it up.
    static let listFollows = ScalarTrie<Bool>(["如下"].map { ($0, true) })
    /// Verbs of a notice right before its count of cases (`纪委监委通报4起…典型案例`, `曝光5起`): the notice's own list.
    static let noticeVerbs = ScalarTrie<Bool>(["通报", "曝光", "公布"].map { ($0, true) })
    /// Words of a tally right before a notice's verbs (`共通报`, `累计曝光`, `先后通报`): its cases counted.
    static let tallyWords = ScalarTrie<Bool>(["共", "累计", "先后", "合计", "总计"].map { ($0, true) })
    /// Words of a period anywhere before a notice's verbs (`今年以来`, `全年`, `年内`): a period's cases counted.
    static let periodWords = ScalarTrie<Bool>(["以来", "全年", "年内"].map { ($0, true) })   // (not 年度: 年度工作会议)
    static let caseCounter: UInt32 = 0x8D77   // 起, counting cases
    /// The levels of a budget's subjects (`(21305款)`, `(2130504项)`), the fewest digits of a code before one, and the
    /// brackets a code stands in after its subject's name (`扶贫(21305款)`).
    static let budgetLevels = ScalarSet("类款项"), budgetCodeDigits = 5
    /// An expenditure code's own shape, which needs no bracket: 2, a class of 01–32, then 款's two digits (`21305款`)
    /// or 项's four (`2130504项`). (`整改问题16732项`, `上架产品12560款` have another: counts.)
    static let expenditureCodeLengths: [UInt32: Int] = [0x6B3E: 5, 0x9879: 7]   // 款, 项
    /// (and a budget's word or an amount right after the level, `21305款资金`, `2130504项1200万元`: `上架农副产品21000款` counts)
    static func isExpenditureCode(_ s: [UInt32], _ digits: Range<Int>, level: UInt32, limit: Int) -> Bool {
        guard let n = expenditureCodeLengths[level], digits.count == n, s[digits].allSatisfy(NumberReader.isDigit),
              s[digits.lowerBound] == 0x32 else { return false }
        let cls = (s[digits.lowerBound + 1] - 0x30) * 10 + (s[digits.lowerBound + 2] - 0x30)
        let after = digits.upperBound + 1
        return (1...32).contains(cls) && after < limit
            && (NumberReader.isDigit(s[after]) || budgetWordsAfterCode.longest(in: s, at: after, limit: limit) != nil)
    }
    static let budgetWordsAfterCode = ScalarTrie<Bool>(["资金", "支出", "科目", "预算", "安排", "拨款", "扶贫", "其他"].map { ($0, true) })
    /// A boundary's words before a distance (``Trap/boundaryLine``: `边境线长527公里`, `距边境线3公里以内`), and the
    /// words of length that may stand between (`长`, `长约`, `全长`, `总长达`).
    static let boundaryLines = ScalarTrie<Bool>(["边境线", "国境线", "海岸线", "边界线", "边境一线", "边境", "边境地区"].map { ($0, true) })
    static let lengthLinks = ScalarSet("长约达总全近度")
    static let chang: UInt32 = 0x957F   // 长
    /// Words of a distance from a boundary before it (`距边境线`), and of a band along it after the figure (`以内`, `范围内`).
    static let distanceWords = ScalarTrie<Bool>(["距", "距离", "离"].map { ($0, true) })
    static let bandWords = ScalarTrie<Bool>(["以内", "之内", "范围", "内"].map { ($0, true) })
    /// Right after a count of kinds, words that add up what those kinds counted (`两项加起来40839户`,
    /// `三类合计`): the kinds named before, counted again (``Trap/listCount``).
    static let summedKinds = ScalarTrie<Bool>(["加起来", "合计", "相加", "加在一起", "总计"].map { ($0, true) })
    /// The reporter opening a clause as its subject (``Trap/meta``): what they did, counted, is the
    /// story's (`记者两次深入…采访`); what they learnt (`记者从…获悉`, `记者了解到`) reports figures.
    static let reporters = ScalarTrie<Bool>(["记者", "笔者", "本报记者", "采访人员"].map { ($0, true) })
    static let reporterCountBelow = 100.0
    static let reporterSpeech = ScalarTrie<Bool>(["获悉", "了解到", "从", "看到", "注意到", "得知", "发现"].map { ($0, true) })
    /// Units of trips (``Trap/travel``), counted only with a vehicle in their clause (`铁路专列13趟`,
    /// `包车50班次`); without one, a person's errands (`跑了5趟县城`).
    /// (班次 is a scheduled service's own unit: 每天往返36班次 needs no vehicle named)
    static let tripUnits = ScalarTrie<Bool>(["趟"].map { ($0, true) })
    static let tripVehicles = ScalarTrie<Bool>(["车", "专列", "公交", "航班", "船", "飞机", "客运", "班线"].map { ($0, true) }   // (车: 班车, 发车, 车次…)
        + ["车间"].map { ($0, false) })   // (跑了5趟县城建扶贫车间: a workshop is no vehicle)
    /// The marks of a journey told from a place to another before places counted (``Trap/travel``:
    /// `从民乐到云浮五个县市区`).
    static let journeyFrom: UInt32 = 0x4ECE   // 从
    static let journeyTo = ScalarSet("到至")
    /// Verbs of visiting that make the places a journey's (`…五个县市区,到处调研学习`), and how far after the count.
    static let journeyVisits = ScalarTrie<Bool>(["调研", "走访", "考察", "采访", "看望", "慰问", "督导", "检查", "参观", "学习", "察看"].map { ($0, true) })
    static let journeyVisitReach = 16

    /// How long a line of a page's contents may be (``Trap/contents``: `3 人口`, `5 脱贫攻坚`).
    static let contentsLineLength = 12
    /// A tender's terms before a figure (``Trap/tender``), how far before it, and its lots after a count.
    /// (read in the sentence's one scan, ``sentenceMarks``: not a trie walk over the characters before every figure)
    static let tenderTermWords = ["保证金", "每套售价", "文件售价", "工本费", "注册资本", "类似工程业绩", "工程业绩", "资质"]
    static let tenderReach = 16
    static let tenderLots = ScalarTrie<Bool>(["标段"].map { ($0, true) })
    /// The heading of a page's contents, and how far before an entry it may stand.
    static let contentsHeadings = ScalarTrie<Bool>(["目录", "目 录", "目　录"].map { ($0, true) })
    static let contentsReach = 3_000
    /// A court's penalties on a person (``Trap/penalty``), and how far before the figure one may stand
    /// (`并处罚金人民币二十万元`, `罚金合计42万元`).
    static let penalties = ScalarTrie<Bool>(["罚金", "罚款", "没收个人财产"].map { ($0, true) })
    static let penaltyReach = 8
    /// What joins a penalty to other money in one sum (`违规资金及罚款`).
    static let sumJoins = ScalarSet("及和与、")
    /// Words that close the phrase naming a survey's sample (``Trap/survey``), and how far after
    /// the figure one may stand.
    public static let surveyWords = ScalarTrie<Bool>(surveyWordList.map { ($0, true) })
    static let surveyWordList = ["抽样调查", "抽样", "样本", "住户调查"]
    static let surveyReach = 30
    /// Words of a study's sentence (`课题组`, `问卷`, `受访`): its method's counts are its scope (``Trap/survey``).
    /// (a survey's words, ``surveyWords``, too; not 访谈 nor 座谈 alone: 接受记者访谈时, 督查组…召开座谈会15场 study nothing)
    /// Words before a study's marker that await it (`为迎接国家第三方评估`, `迎接省级评估组`): what follows is the place's own work.
    static let studyAwaited = ScalarTrie<Bool>(["迎接", "迎接国家", "迎接省级", "迎接省", "备战", "应对", "准备迎接", "迎检"].map { ($0, true) })
    static let studyMarkers = ScalarTrie<Bool>((["问卷", "课题组", "调研组", "调查组", "受访", "评估组", "第三方评估", "评估机构", "入户访谈", "共访谈"] + surveyWordList).map { ($0, true) })
    /// Words of a study's method in a figure's clause (`共调查贫困户300户`, `共走访学校31所`, `召开座谈会12场`).
    static let studyMethods = ScalarTrie<Bool>(["问卷", "样本", "调查", "调研", "访问", "访谈", "座谈", "抽取", "选取", "受访", "走访", "核查",
                                               "深入"].map { ($0, true) })
    /// How far from a figure a study's method word (or a visit's verb) is looked for.
    static let studyReach = 24
    /// `中` after a study's word: what it found among its sample (`样本户中…的有6户`), no scope.
    static let among: UInt32 = 0x4E2D

    /// Nouns that, after a Chinese numeral and classifier, make a slogan rather than a count:
    /// `八项保障`, `两个确保`, `三个保证`.
    public static let sloganHeads = ScalarTrie<Bool>([
        "保障", "保证", "确保", "不愁", "监测", "藏区", "制度", "机制", "原则", "体系", "工程", "行动",
        "平台", "战略", "理念", "意识", "自信", "全覆盖", "到位", "不摘", "一批", "模式", "清单",
        "步走", "结合", "统一", "落实", "优先", "到户", "突破", "精准", "维护", "坚持", "必须",
        "作风", "牢记", "关键", "清零", "不漏", "不落", "攻坚", "帮扶", "覆盖", "服务", "目标",
        "任务", "要求", "重点", "指标", "方面", "不变", "不减", "不脱", "统筹", "联动", "合一",
        "政策",   // 带动脱贫两项政策
        "规定",   // 中央八项规定
    ].map { ($0, true) })

    /// After a Chinese numeral and 人, a team named by its size (`五人小组`, `三人工作组`).
    public static let teamNames = ScalarTrie<Bool>(["小组", "工作组", "团队", "专班", "领导小组"].map { ($0, true) })

    /// `之一` closing the class a place is one of (``Trap/oneOf``), at most ``oneOfReach`` after the count.
    public static let oneOf = ScalarTrie<Bool>([("之一", true)])
    static let oneOfReach = 14

    /// Words of a place's borders (``Trap/border``): `接壤`, `交界`, `毗邻`.
    public static let borderWords = ScalarTrie<Bool>(["接壤", "交界", "毗邻", "相邻", "接界", "交汇"].map { ($0, true) })
    /// Demonstratives before a count of things referred to again (``Trap/placesAgain``): `这两个组`.
    /// (not 此, which ends 因此, 为此, 由此: 因此两个村提前出列)
    public static let demonstratives = ScalarSet("这那")
    /// `辖` before a chain of places counted (``Trap/placesAgain``: `全县辖五镇三乡`, the places a place is made of).
    static let administers: UInt32 = 0x8F96
    /// Verbs that make places what they are (``Trap/placesAgain``: `两县被列为国家扶贫开发工作重点县`, `两乡被评为…`).
    static let placesMade = ScalarTrie<Bool>(["列为", "评为", "确定为", "认定为", "命名为", "列入", "纳入", "入选", "获评", "获得"].map { ($0, true) })
    /// Adverbs between a few places counted by their noun and a verb of leaving poverty (``TopicCues/exitVerbs``:
    /// `全市两县全部脱贫摘帽`): the count is the clause's figure (``Trap/placesAgain``).
    static let exitAdverbs = ScalarTrie<Bool>(["全部", "顺利", "率先", "提前", "整县", "已", "均"].map { ($0, true) })
    /// Bounds a standard sets a share by (``Trap/threshold``): `低于3%`, `高于90%`.
    public static let bounds = ScalarTrie<Bool>(["低于", "高于"].map { ($0, true) })
    /// Adverbs before a bound that make it an outcome reached: `均低于0.34%`.
    static let outcomeAdverbs = ScalarSet("均都已")
    static let bu: UInt32 = 0x4E0D   // 不
    /// Modals that make a bound a requirement: `要低于3%`, `须低于2%`.
    static let requirementModals = ScalarSet("要须需应")
    /// Words of a standard or a definition before a bound, in its clause or the one before
    /// (`核心指标:`, `“一低于”指…`, `退出标准是`); `即` counts where it opens the bound's clause.
    public static let thresholdWords = ScalarTrie<Bool>(["指标", "标准是", "标准为", "标准即", "是指", "”指"].map { ($0, true) })
    static let ji: UInt32 = 0x5373   // 即
    /// Bounds after a share (`降至2%以下`, `90%以上`), for a standard a later clause names (``Trap/threshold``).
    static let boundsAfter = ScalarTrie<Bool>(["以下", "以上"].map { ($0, true) })
    /// What opens a later clause that calls the bounds before it a standard (`…降至3%以下,是贫困县退出的主要
    /// 衡量标准`), and the nouns of a standard that clause must hold; `达到退出标准` reports one met.
    static let standardCopulas = ScalarTrie<Bool>(["是", "即是", "就是", "作为", "这是", "此为"].map { ($0, true) })
    static let standardNouns = ScalarTrie<Bool>(["标准", "条件", "门槛", "指标"].map { ($0, true) })
    /// Bounds before a figure its standard's word closes (`低于国家规定的2%标准`, `超过4万元指标`).
    static let standardBounds = ScalarTrie<Bool>(["低于", "高于", "超过", "不超过", "不低于", "跨过", "迈过", "跨越", "越过"].map { ($0, true) })
    /// Whether a clause after `from` in the sentence opens with a copula and names a standard.
    static func laterClauseNamesStandard(_ s: [UInt32], from: Int, _ sentence: Range<Int>) -> Bool {
        var k = from
        while k < sentence.upperBound {
            defer { k += 1 }
            guard Outline.isClauseBreak(s[k]), k + 1 < sentence.upperBound,
                  standardCopulas.longest(in: s, at: k + 1, limit: sentence.upperBound) != nil else { continue }
            let clause = Outline.clause(s, around: k + 1, in: sentence)
            // (是全市首个达到退出标准的县: a standard met is no standard the bound is)
            guard let n = standardNouns.firstMatch(in: s, clause) else { return false }
            return standardMet.firstMatch(in: s, clause.lowerBound..<n.0) == nil
        }
        return false
    }
    /// Verbs of meeting a standard (``laterClauseNamesStandard``): `达到退出标准` reports one met.
    static let standardMet = ScalarTrie<Bool>(["达到", "符合", "满足", "达标", "实现"].map { ($0, true) })
    /// A rank among places (``Trap/rankScope``): `第二位`, `第三名`, `排名` (not `位列`: `6个县位列其中` is among them).
    /// 前 and 后 right before a count of a ranking's places (`前三位`, `后3名`), the classifiers, and the words
    /// of ranking before them in the clause (`排名`, `位列`).
    static let rankEnds = ScalarSet("前后"), rankClassifiers = ScalarSet("位名")
    static let rankLeads = ScalarTrie<Bool>(["排名", "排在", "位列", "位居", "居", "列", "名次"].map { ($0, true) })
    public static let rankWords = ScalarTrie<Bool>(("一二三四五六七八九十".map { ["第\($0)位", "第\($0)名"] }.joined()
        + ["排名", "排第", "居首", "居第"]).map { ($0, true) })
    /// How far after a count of places its rank may stand (`31个省(区、市)第二位`, `16个市州中排名`).
    static let rankReach = 12
    /// How far after a count of places its word of borders may stand (`三县区交界`).
    static let borderReach = 4

    /// `轮` and what it names with a numeral before it: a vehicle (`三轮摩托车`, `三轮车`).
    static let wheel: UInt32 = 0x8F6E
    public static let vehicles = ScalarTrie<Bool>(["车", "摩托", "摩托车", "电动车"].map { ($0, true) })

    /// `二` and `次`: `二次` before a word is "second" (`二次叠加帮扶`); a count of times says `两次`.
    static let er: UInt32 = 0x4E8C, ci: UInt32 = 0x6B21

    /// Nouns for the parts of a plan or list, counted after a classifier: `9个重点任务`,
    /// `十大举措`, `六项监测`, `三项机制` (FORMAT.md: "Stories are not tables").
    public static let planParts = ScalarTrie<Bool>([
        "任务", "举措", "措施", "机制", "体系", "环节", "原则", "战役", "攻坚战", "专项行动", "行动计划", "工作法",
        "监测", "清单", "板块", "领域", "方面", "要点", "步骤", "路径", "抓手", "理念", "模式", "扶贫专项",
        "途径", "职责", "重点工作", "着力点", "突破口", "短板", "底线", "红线", "年度", "阶段", "指标", "考核指标", "退出指标",
        "退出标准", "脱贫标准", "档次", "等次",
    ].map { ($0, true) }
        // (a field's name holding one is no part: 3起扶贫领域腐败和作风问题 counts cases)
        + ["扶贫领域", "民生领域"].map { ($0, false) })
    /// Such nouns that name a plan's parts only where the phrase ends with them (or 的 follows): `抓好5个重点。`
    /// (but `5个重点村`, `5个重点项目` count villages and projects).
    /// (and the parts of a standard: 贫困村退出7项标准的要求; 5个标准化车间 count workshops)
    /// (and the list of diseases a programme treats, 对患有32种大病的贫困患者实施专项救治; 12个大病专项救治定点医院
    /// counts hospitals)
    /// Nouns of a programme's parts counted by `项` right before them, in a small count (`残疾人两项补贴`, `两项制度衔接`):
    /// not `落实8000个补贴对象`, `发放3.2万份政策明白卡`.
    static let programmeParts = ScalarTrie<Bool>(["补贴", "制度", "政策"].map { ($0, true) })
    static let itemClassifier: UInt32 = 0x9879   // 项
    public static let planPartsAlone = ScalarTrie<Bool>(["重点", "难点", "标准", "条件", "大病", "重大疾病", "病种"].map { ($0, true) })

    /// Before a numeral of tens, hundreds or thousands, a word that leaves its digit unknown:
    /// `几十万元`, `数百人` (several hundred — no figure a reader could add).
    static let vagueDigits: ScalarSet = ScalarSet("几数")
    /// Before `数`, characters that make it a noun's end (`人数`, `户数`), not a vague digit.
    static let countNounEnds: ScalarSet = ScalarSet("人户口总次个件位名村")

    /// The longest list whose count ``Trap/listCount`` compares.
    static let longestList = 12
    /// `等`, closing a list before the count of its kinds (`…等九项旅游扶贫工程`).
    static let deng: UInt32 = 0x7B49
    /// Between a list and its count: `“…、…”5个`, `…等5种`.
    static let listCountJoins: ScalarSet = ScalarSet("等这共")
    /// Nouns of kinds, counted beside the list of them (`5个…品牌`, `6项优势产业`, `4种户型`); a
    /// count of concrete things (`…5个工作组`) is a figure though a list names them.
    static let categoryNouns = ScalarTrie<Bool>(["类型", "品牌", "产业", "户型", "模式", "品种", "方式", "形式", "业态",
        "渠道", "类别", "种类", "方向", "领域", "方面", "学段", "阶段",
        // the questions a list names (“扶持谁、谁来扶、怎么扶、如何退”四个问题)
        "问题"].map { ($0, true) })
    /// Classifiers that count kinds whatever the noun: `5种`, `3类`.
    static let kindClassifiers: ScalarSet = ScalarSet("种类")
    /// In the noun a list's count counts, characters of places: `等3个贫困县` counts places (a fact).
    static let placeNounChars: ScalarSet = ScalarSet(placeNounCharacters)
    static let placeNounCharacters = "县市区镇乡村州省旗"
    /// The classifiers of towns counted (`5镇4乡`): after a place's name, a numeral before one names a town (`互助县五十镇`).
    static let townClassifiers: ScalarSet = ScalarSet("镇乡")
    /// How far after the classifier the counted noun is read for a place, and for a noun of kinds.
    static let listNounReach = 6, categoryNounReach = 10
    /// The quotation marks a list's items or a slogan may stand in.
    static let openQuote: UInt32 = 0x201C, closeQuote: UInt32 = 0x201D   // “ ”
    static let openTitle: UInt32 = 0x300A, closeTitle: UInt32 = 0x300B   // 《 》
    /// Joins of a list's last item: `100和110平方米`.
    static let listLastJoins: ScalarSet = ScalarSet("和及与")
    /// Words after a count that open the list it counts: `3个产业,分别是…`, `包括…`.
    static let countedListOpeners = ScalarTrie<Bool>(["分别是", "分别为", "包括", "即", "主要是", "依次是"].map { ($0, true) })

    /// After a village's name and a number, a village group (`联合村5组`, `3社`, `2队`).
    public static let villageGroups = ScalarSet("组社队")
    /// After a county's short name, characters that make it a place (`五台山`, `三台县`).
    public static let placeTails: ScalarSet = ScalarSet("山县市区镇乡村州河湖江")
    /// Words of a numbered congress or session: `十六届人大二次会议`.
    public static let sessions = ScalarTrie<Bool>(["届", "人大", "人民代表大会", "政协", "党代会", "全会", "全体会议"].map { ($0, true) })
    /// Eras and events long before the campaign: a sentence dated by one tells a story from
    /// history (`民国14年`, `红军长征`), whose numbers are no figures of the report.
    static let historicalEras = ["民国", "清朝", "清代", "明朝", "明代", "光绪", "乾隆", "康熙", "道光"] + historicalEventNames
    /// Events of history among the eras (`红军长征`): a place's identity as often as a story's time (``Trap/history``).
    static let historicalEventNames = ["红军", "长征", "抗战", "抗日战争", "解放战争", "土地革命", "北伐", "东征"]
    static let historicalEvents = ScalarTrie<Bool>(historicalEventNames.map { ($0, true) })
    /// Words of that time in an event's clause (`当年红军长征经过这里`, `那时`): a time told, as ``timeClauseEnds`` tell one.
    static let thenWords = ScalarTrie<Bool>(["当年", "当时", "那时", "那年", "那会儿"].map { ($0, true) })
    /// Words closing a clause that tells a time (`…经过这里时`, `抗战期间`).
    static let timeClauseEnds = ScalarTrie<Bool>(["时", "时期", "期间", "年间", "时候"].map { ($0, true) })
    /// Whether the clause opening at `k` opens with a word of the report's time (`如今`, `目前`), or a year of the campaign's era:
    /// what it says is of now, whatever history the sentence told before it.
    static func presentOpeners(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        PlaceLexicon.timeWordsBeforeNames.longest(in: s, at: k, limit: limit) != nil
            || k + 5 <= limit && s[k + 4] == YearResolver.nian && NormalizedText.integer(s[k..<(k + 4)]).map(presentEra.contains) == true
    }
    /// The years a clause can open with and speak of now, not history: reform and opening up to the campaign's aftermath.
    static let presentEra = 1978...2030
    /// Places outside the campaign (``Trap/outside``): Hong Kong, Macau, Taiwan, other countries and groups of them.
    static let outsidePlaces = ["香港", "澳门", "台湾", "港澳台", "美国", "英国", "法国", "德国", "日本", "韩国", "俄罗斯", "印度",
        "巴西", "越南", "老挝", "柬埔寨", "缅甸", "孟加拉国", "巴基斯坦", "印度尼西亚", "印尼", "尼日利亚", "埃塞俄比亚", "南非",
        "非洲", "欧洲", "欧盟", "拉美", "拉丁美洲", "南亚", "东南亚", "撒哈拉以南", "发达国家", "发展中国家", "西方国家"]
    /// What a sentence's words of time and place mark for the refusals (``CandidateReader/sentenceMarks``): an era of history
    /// or a place outside the campaign, read in one scan.
    enum SentenceMark: Sendable { case era, outside, tender, tendering }
    static let sentenceMarks = ScalarTrie<SentenceMark>(historicalEras.map { ($0, .era) } + outsidePlaces.map { ($0, .outside) }
        + tenderTermWords.map { ($0, .tender) } + tenderingWords.map { ($0, .tendering) })
    /// Words of a tender in the sentence, without which no term of one is a tender's (`风险保证金2000万元`, `注册资本5000万元`
    /// are the campaign's money): `投标保证金`, `投标人注册资本`.
    /// (a title calling for tenders, ``KindCues/callsTenders(_:_:)``, speaks of one for all its sentences)
    static let tenderingWords = ["招标", "投标", "中标", "竞标", "标段", "磋商", "供应商", "比选", "采购人", "竞价", "询价", "竞争性谈判"]
    /// Words that may open a clause before its subject (`而香港…`, `在台湾,…`), and how many clauses back a
    /// subject outside the campaign is looked for.
    static let outsideLeads = ScalarTrie<Bool>(["而", "在", "但", "但是", "而在", "反观", "同期", "目前", "如今", "当时", "同样"].map { ($0, true) })
    static let outsideClauseReach = 3
    /// What continues a word an outside place's name only starts (`南亚热带`, `越南籍`, `华裔`), and the country's own names.
    static let outsideWordEnds = ScalarTrie<Bool>(["热带", "籍", "裔", "风情", "风格", "式"].map { ($0, true) })
    /// What follows an outside place that is its clause's subject: its people, poverty or statistics (`香港贫困人口`,
    /// `印度仍有`, `台湾低收入户`), or nothing more in the clause (`在台湾,`); not a thing named for it (`非洲猪瘟`,
    /// `欧洲市场`, `台湾农民创业园`, `韩国研修生`), nor a place its name starts (`巴西乡`).
    static let outsideSubjectTails = ScalarTrie<Bool>(["贫困", "人口", "总人口", "的贫困", "的人口", "仍有", "有", "共有", "约有", "现有",
        "还有", "农村", "城市", "居民", "低收入", "失业", "的失业", "人均", "的人均", "政府统计", "统计", "全国", "全境", "每年", "目前",
        "如今", "当时", "去年", "今年", "的贫困率", "贫困率", "基尼系数", "经济", "国内", "国民", "特区政府统计",
        // its government's statistics (台湾卫福部统计, 香港政府统计处)
        "卫福部", "政府", "当局", "主计", "统计处", "社会福利署",
        // (拉美地区贫困人口约1.8亿人: the region's own people)
        "地区", "国家"].map { ($0, true) })
    static let countryNames = ScalarTrie<Bool>((PlaceLexicon.ownPlaceRows.filter { $0.1.isEmpty }.map(\.0) + ["中国", "祖国", "内地"]).map { ($0, true) })
    /// Verbs of what a place outside gives or does for the campaign (`香港某基金会捐资500万元`, `澳门镜湖医院派出医疗队,…
    /// 在从江义诊1200多人次`, `组织30名香港大学生到福贡支教`): its help counts.
    static let helpingVerbs = ScalarTrie<Bool>((TopicCues.payingVerbWords + ["捐", "援建", "援助", "资助", "帮扶", "协作", "支援", "对口",
        "派出", "派驻", "选派", "组织", "帮助", "支教", "义诊", "挂职", "赴", "前往", "来到", "走进", "深入", "采购", "购买",
        "来县", "来村", "来乡", "来镇", "考察", "签订", "订单", "客商",
        // (香港居民到村里慰问贫困户120户: a visit to the campaign's places; not 到 alone, 到2020年)
        "到村", "到乡", "到镇", "到县", "慰问", "走访"]).map { ($0, true) })

    /// 贫: the character every word of the campaign's subject holds (贫困, 脱贫, 扶贫); a story's
    /// colloquial count without it in its clause is colour (``Trap/story``).
    public static let poverty: UInt32 = 0x8D2B
    static let fu: UInt32 = 0x6276   // 扶 (扶贫: a programme for the poor, not the poor)
    static let kun: UInt32 = 0x56F0  // 困 (帮扶贫困户: 贫困 is the poor)
    /// Words of one family in a story (``Trap/family``), right before a count: `一家五口人`,
    /// `全家4口人`, `他家有两个孩子`, `老两口` (an old couple).
    public static let family = ScalarTrie<Bool>(["一家", "全家", "家里", "家中", "他家", "她家", "我家", "一家人", "老"].map { ($0, true) })
    /// What follows a lone 十 and its unit after a village's or town's name where it counts (`十户贫困户`, `十户全部脱贫`).
    static let countedAfterTen = ScalarTrie<Bool>(["贫困", "全部", "均", "都", "已", "群众", "村民", "农户"].map { ($0, true) })
    /// A household's own word right before a count in 口 (`李秀梅家有5口人`, `家庭3口人`): the count is its size.
    static let householdWords = ScalarTrie<Bool>(["家", "家庭"].map { ($0, true) })
    static let kou: UInt32 = 0x53E3   // 口
    /// Verbs of one household's keeping, done (``Trap/holding``): `他家养了20多头猪`, `购买了30头牛`.
    public static let holdingVerbs = ScalarTrie<Bool>(["养了", "种了", "买了", "购买了", "喂养了", "饲养了", "种植了", "养殖了",
        "养着", "种着", "喂了", "承包了", "买回了", "添置了"].map { ($0, true) })
    /// Words of one family's own before its land (``Trap/holding``): `把自家18亩土地流转给合作社`,
    /// `他家的5亩地`.
    public static let familyLand = ScalarTrie<Bool>(["自家", "自己家", "自己的", "他家", "她家", "我家", "家里", "家中", "全家"].map { ($0, true) })
    /// How far before a plot a word of the family may stand (`把自家18亩`, `他家承包的5亩`).
    static let familyLandReach = 8
    /// Words that start a character before a family's word and hold it, no family's (`其他家庭农场`,
    /// `国家中央财政`).
    static let notFamilyWords = ScalarTrie<Bool>(["其他家", "国家中"].map { ($0, true) })
    /// Verbs of keeping that need no 了 where one person (他, 她; not 他们) keeps: `如今他共养殖380头藏羊`.
    public static let personalHoldingVerbs = ScalarTrie<Bool>(["养殖", "饲养", "喂养", "养", "喂"].map { ($0, true) })
    static let persons = ScalarSet("他她")
    /// 我, and what after it makes it no single speaker (``Trap/speech``): 我们, or a place's own
    /// (我县, 我村, 我国).
    static let wo: UInt32 = 0x6211
    static let zi: UInt32 = 0x81EA   // 自 (自我发展: no speaker)
    static let notOneSpeaker = ScalarSet("们县市省镇乡区州村国旗盟局校院站所处厂司部委办")
    /// Words of those a speaker leads or gets on (``Trap/speech``): `带动20户`, `合作社…`.
    static let leading = ScalarTrie<Bool>(leadingWords.map { ($0, true) })
    static let leadingWords = ["带动", "合作社", "公司", "企业", "全村", "村里"]
    static let men: UInt32 = 0x4EEC   // 们
    static let qi: UInt32 = KindCues.qizhong[0]    // 其 (其他, 其中: one 其)
    /// Classifiers of animals a household keeps (`20多头猪`, `450只羊`).
    public static let animalClassifiers = ScalarSet("头只匹羽")
    /// Words of many households or of an organisation: a clause with one counts the campaign's
    /// holdings, not a family's (`全村种了300亩核桃`, `合作社养了500只鸡`).
    public static let collectives = ScalarTrie<Bool>((groupWords + ["累计", "共", "共计"]).map { ($0, true) })
    /// The many who keep together (a person's keeping, `他共养殖380头`, may be told in all).
    public static let groups = ScalarTrie<Bool>(groupWords.map { ($0, true) })
    /// (those a speaker leads keep together too; 发展 and 新增 are the campaign's verbs, not a speaker's)
    static let groupWords = leadingWords + ["全县", "全镇", "全乡", "全市", "全省", "全区", "基地", "群众", "村民",
        "农户", "各村", "全组", "户", "发展", "新增"]
    /// The classifiers of stages (`二批`, `二期`: ``Trap/ordinal``).
    static let stageUnits = ScalarSet("批期轮步")
    /// Verbs of dividing before a count of stages or parts (`分两批`, `分为两部分`, `分成3个部分`), and the
    /// stages' and parts' words after it (``Trap/ordinal``).
    static let splitVerbs = ScalarTrie<Bool>(["分", "分为", "分成"].map { ($0, true) })
    static let stageUnitWords = ScalarTrie<Bool>(["批", "期", "轮", "步", "次", "批次", "部分", "个部分", "个阶段", "阶段"].map { ($0, true) })
    static let you: UInt32 = 0x6709   // 有
    /// A sum of a model's members (`1名县级医师+1名卫生院医师+1名村医`): counts up to this, and how long
    /// a member's noun may run before the next `+`.
    static let plus: UInt32 = 0x2B   // +
    static let formulaCountLimit = 10.0, formulaTermLength = 10
    /// After a count of provinces, what makes the group a name (`民族八省区`, `西南五省市区`).
    static let groupNameTails = ScalarSet("区市")
    /// Words before a group of provinces that name the group, in digits too (`民族8省区`).
    static let groupNameHeads = ScalarTrie<Bool>(["民族"].map { ($0, true) })
    /// Characters of the nouns a bound describes a class of (`超过1000万元的国家级贫困县`), and how
    /// far after `的` they are looked for.
    static let classNounChars: ScalarSet = { var set = placeNounChars; set.formUnion(ScalarSet("户企")); return set }()
    /// Last characters of a quoted name that names things counted (`“直过民族”`, `“空壳村”`), not a slogan.
    /// (and teams, posts and rooms: 19个“教育扶贫政策宣讲队”, 12个“扶贫工作站”, 4个“专班”; bases, workshops and shops:
    /// 10个“巾帼脱贫示范基地”, 5个“巾帼示范社区工厂”)
    static let countedQuoteEnds: ScalarSet = { var set = classNounChars; set.formUnion(ScalarSet("族队组站班团室所地厂坊园点馆店社间")); return set }()
    /// The tiers of colleges (`一本`, `二本`, `三本`): a Chinese numeral of 本 up to it names one.
    static let collegeTiers = 3.0
    /// How long a quoted name after a classifier may be (characters).
    static let quotedNameReach = 10
    static let classNounReach = 6
    /// Classifiers of a policy's articles (`稳就业25条`, `十项措施`'s 项): a quoted name ending in one
    /// and its count names the policy (``CandidateReader/namesPolicyByCount``).
    static let articleClassifiers = ScalarSet("条项款招策")
    /// Nouns of a list's parts that a count before a colon counts (`做好4项工作:一是…`).
    static let listPartRows = ["工作", "任务", "措施", "举措", "方面", "重点", "内容", "件事", "大事", "实事", "要求", "原则",
                               "做法", "经验", "环节", "机制", "行动", "工程"]
    static let listParts = ScalarTrie<Bool>(listPartRows.map { ($0, true) })
    static let listPartLength = listPartRows.map(\.count).max()!
    /// Nouns after `以上的` that a share bounds as a class (`报销比例达到90%以上的政策`), beside
    /// ``classNounChars``: the share is a rule, no figure.
    static let boundedThings = ScalarTrie<Bool>(["政策", "标准", "待遇", "要求", "目标", "比例"].map { ($0, true) })
    /// Places a size in people or households bounds with no 的 between (`25户以上自然村`,
    /// `800人以上安置区`): a class of places (`带动500户以上贫困户` counts the households).
    /// (村民组建, 村民组织: the villagers and a verb, no class of village groups)
    static let classedPlaces = ScalarTrie<Bool>(["自然村", "行政村", "村", "村庄", "安置点", "安置区", "集中安置点", "集中安置区",
        "社区", "屯", "自然屯", "村民组", "村民小组", "自然组", "寨子"].map { ($0, true) } + ["村民组建", "村民组织"].map { ($0, false) })
    static let dong: UInt32 = 0x680B   // 栋
    /// After a building's number and a second number, the entrance or flat (`3栋2单元`, `5栋302室`).
    static let addressParts = ScalarSet("单号室")
    /// After 户, characters that start another word (`户籍`, `户口`), no household's class.
    static let huWords = ScalarSet("籍口")
    /// What opens the clause of a statistic's method (`按…标准测算`, ``Trap/limit``).
    static let countedBy = ScalarTrie<Bool>(["按", "按照", "依照", "以"].map { ($0, true) })
    /// Values a bare number has as a year (`自2018起`).
    static let yearValues = 1949.0...2100.0
    /// The poverty lines a statistic is counted by (``Trap/limit``, ``Trap/glossesStandard``).
    /// (false: a welfare line is a rate paid, `农村低保收入标准(每人每年4800元)`)
    static let povertyLineRows = ["贫困标准", "扶贫标准", "贫困线", "收入标准", "脱贫标准"]
    static let povertyLines = ScalarTrie<Bool>(povertyLineRows.map { ($0, true) } + ["低保收入标准", "保障收入标准"].map { ($0, false) })
    static let povertyLineLength = 6
    /// A standard's word closing a bound figure (`2%标准`, `4万元指标`); `标准化` is a quality, no standard.
    static let closingStandards = ScalarTrie<Bool>(["标准", "指标", "门槛", "线"].map { ($0, true) } + [("标准化", false), ("线上", false), ("线下", false), ("线路", false)])
    /// How far back from a figure the bracket glossing a standard may open (``Trap/glossesStandard``).
    static let standardGlossReach = 60
    /// Verbs of starting after 起 that make it a date's (`每月10起开始发放`), no count of cases.
    static let startVerbs = ScalarTrie<Bool>(["开始", "执行", "施行", "实施", "生效"].map { ($0, true) })
    /// Currencies other than the yuan, after a figure or right before it (``Trap/foreignMoney``).
    static let currencyRows = ["港元", "港币", "美元", "美金", "欧元", "日元", "英镑", "澳元", "澳门元", "澳门币", "新元", "新加坡元",
                               "新台币", "台币", "韩元", "卢布", "泰铢", "加元", "瑞士法郎", "法郎", "越南盾", "缅币", "基普", "坚戈"]
    static let foreignCurrencies = ScalarTrie<Bool>(currencyRows.map { ($0, true) })
    static let currencyLength = currencyRows.map(\.count).max()!
    /// Nouns of cases right before a count of them by 起 (`查处问题三起`, `案件两起`).
    static let caseNounRows = ["问题", "案件", "案例", "事件", "事故", "违纪问题", "腐败问题", "线索", "问题线索"]
    static let caseNouns = ScalarTrie<Bool>(caseNounRows.map { ($0, true) })
    static let caseNounLength = caseNounRows.map(\.count).max()!
    /// Two units that make a word alone (`千万条`, `万千`), as a lone unit does (``Trap/loneUnit``).
    static let unitWords = ScalarTrie<Bool>(["千万", "万千"].map { ($0, true) })
    /// Two units that make a word before the people they name, no unit after them (`为了让百万贫困群众早日脱贫`;
    /// `百万亩花椒` counts mu).
    static let rhetoricalCounts = ScalarTrie<Bool>(["百万", "千万", "亿万"].map { ($0, true) })
    /// Idioms written with numerals (`三番五次`, `三天两头`, `四面八方`): a numeral inside one counts
    /// nothing (``Trap/loneUnit``); the longest row, for how far before a numeral one may start.
    static let numeralIdiomRows = ["三番五次", "三天两头", "三三两两", "三五成群", "三言两语", "三令五申", "三心二意", "接二连三",
        "五花八门", "七上八下", "四面八方", "一五一十", "乱七八糟", "七嘴八舌", "七零八落", "横七竖八", "四通八达", "五湖四海",
        "十拿九稳", "十有八九", "九死一生", "九牛一毛", "一清二楚", "一干二净", "独一无二", "一举两得", "两全其美", "朝三暮四",
        "丢三落四", "说三道四", "低三下四", "四平八稳", "五颜六色", "百里挑一", "一分为二", "千辛万苦", "千山万水", "万水千山",
        "千方百计", "千军万马", "万无一失", "一石二鸟", "半斤八两", "三年五载", "三年两载", "三头六臂", "五谷丰登", "六畜兴旺",
        "三位一体", "四位一体", "五位一体", "六位一体"]
    static let numeralIdioms = ScalarTrie<Bool>(numeralIdiomRows.map { ($0, true) })
    static let numeralIdiomLength = numeralIdiomRows.map(\.count).max()!
    /// Classifiers of institutions and sites (`卫生院一所`, `敬老院一座`): a lone 一 after the thing and
    /// before the item's end counts it.
    static let institutionClassifiers = ScalarSet("所座处")
    static let mei: UInt32 = 0x6BCF   // 每
    /// How far before a one a 每 may stand for it to be a rate's basis (`每新购基础母牛1头`, ``Trap/perBasis``).
    static let perBasisReach = 6
    /// Whether a one of the measure can be a per-unit rule's basis (``Trap/perBasis``): what is counted, not money nor shares.
    static func countsBasis(_ m: Measure) -> Bool {
        switch m {
        case .persons, .households, .items, .mu, .km, .tons: true
        case .yuan, .percent, .villages, .personTimes: false
        }
    }
    /// After 每, the things a standard is set per (`每户`, `每个`, `每村`), which a one after them counts for.
    static let perUnitHeads = ScalarSet("户个人村乡镇年月天周次所名家位亩头")
    /// Verbs right before a lone `一` that make it a count (`共有一人。`, `仅剩一户`), and a minus sign (`负一人`).
    static let countVerbsBeforeOne = ScalarSet("有共计达仅剩负")
    /// The largest household a size class names (`13人户`): a larger count before 户 is no class.
    static let householdSizeLimit = 20.0
    /// A floor of people a household (``Trap/limit``): `搬迁户至少有1人稳定就业`, `每户至少一人`; the
    /// words of the floor, those of each household before them, and the largest such floor.
    static let floorWordRows = ["至少", "至少有", "最少", "最少有", "至少建有", "均有", "均建有", "均建成", "都有"]
    static let floorWords = ScalarTrie<Bool>(floorWordRows.map { ($0, true) })
    static let floorWordLength = floorWordRows.map(\.count).max()!
    static let eachHousehold = ScalarTrie<Bool>(["户", "家庭", "每"].map { ($0, true) })
    static let householdFloorLimit = 2.0
    /// How far past a range's separator its upper bound and `的` are looked for (``Trap/limit``).
    static let rangeBoundReach = 8
    /// Classifiers of a village's groups, which numbers listed before them name (`一、二、三组`).
    static let groupClassifiers = ScalarSet("组队社")
    /// An answer letter's asker (``Trap/question``): words opening a sentence that reports what the
    /// asker proposed (`据您建议`, `您在建议中提到`), the verbs of proposing, and how far in they are looked for.
    static let askers = ScalarTrie<Bool>(["据您", "据你", "根据您", "根据你", "您", "你们", "你"].map { ($0, true) })
    static let askerVerbs = ScalarTrie<Bool>(["建议", "反映", "提到", "提出", "来信", "所提", "留言", "提案"].map { ($0, true) })
    static let questionHeadReach = 12
    /// The answering office's own words, after which a sentence's figures are its answer (`我县`, `经研究`).
    static let answerers = ScalarTrie<Bool>(["我县", "我市", "我局", "我区", "我委", "我们", "经研究", "现答复"].map { ($0, true) })
    /// Those an answer is addressed to, after `等` and their number and before `:` (`权永久等14位代表:`).
    static let addressees = ScalarTrie<Bool>(["位代表", "名代表", "位委员", "名委员", "位同志", "名同志"].map { ($0, true) })
    /// Words before a count that refer to a list given in the text (``Trap/listCount``): `以上三项`, `上述5个`.
    /// (true: anywhere; false: only opening a clause, as bounds end in them: `60岁以上5人`)
    static let listReferences = ScalarTrie<Bool>([("上述", true), ("前述", true), ("上列", true), ("下列", true), ("以上", false), ("以下", false)])
    /// Last characters of a bound's unit, right before a range's separator or its closing `的`.
    static let rangeUnitEnds = ScalarSet("元%人户亩")
    static let hu: UInt32 = 0x6237    // 户
    static let ren: UInt32 = 0x4EBA   // 人
    /// How far after `以上的` a noun of people makes a share of them (`三分之二以上的青壮年`).
    static let shareNounReach = 6
    /// How far after a later 的 a group's noun may end its phrase (`的扶贫车间`), and what may follow it that says something
    /// of the class (`…的扶贫车间有35家`, `达`, `共`).
    static let groupNounReach = 5
    static let classPredicates = ScalarSet("有达共数为")
    /// What may follow people after a bound's 的 that makes them a class of a group or a place, no count
    /// (`50人以上的村民小组`, `800人以上的贫困人口集中安置点`, `50人以上的人员聚集活动`).
    static let peopleGroups = ScalarTrie<Bool>(["小组", "组", "集中", "聚集", "安置点", "安置区", "车间", "企业", "活动", "村", "社区", "家庭", "户"]
        .map { ($0, true) })
    /// Classes of places the campaign counts without 贫 in their name (`未摘帽县`, `未出列村`): one of them is a count.
    /// (not 重点县, 重点村: 乡村旅游重点村, 产粮重点县 are honours and sectors; 扶贫开发重点县 has its 贫)
    static let campaignClasses = ScalarTrie<Bool>(["摘帽", "出列"].map { ($0, true) })
    /// Words opening a clause that names whom a rule is for or against (`对…的扶贫车间,每个奖补5万元`, `严禁…`), besides
    /// a condition's (``conditionOpeners``).
    static let ruleOpeners = ScalarTrie<Bool>(["对", "对于", "严禁", "禁止"].map { ($0, true) })
    /// What a rule gives or bars after its class (`每个奖补5万元`, `给予奖励`, `举办…活动`).
    static let ruleAwards = ScalarTrie<Bool>(["每", "奖补", "奖励", "补助", "给予", "活动", "实施", "配套"].map { ($0, true) })
    /// People a count of persons or visits bounded by 以上 names after its 的 (`一天要来3000人次以上的游客`, `带动1000人以上的
    /// 贫困群众`): those counted, no class the bound draws (`500人以上的企业` classes firms; `3人以上的家庭` households).
    static let countedPeople = ScalarTrie<Bool>((UnitLexicon.peopleNounWords + ["游客", "观众", "学员", "务工人员", "参训人员"]).map { ($0, true) })
    /// Adverbs between a family's word and its count, or its 有 (`家中还有两个学生`, `一家同样4口`).
    static let familyAdverbs = ScalarTrie<Bool>(["还", "只", "共", "都", "也", "同样", "一共"].map { ($0, true) })
    /// A family's members, counted right after the classifier (`2个儿子`, `两个孩子`).
    public static let familyMembers = ScalarTrie<Bool>(["儿子", "女儿", "孩子", "子女", "孙子", "孙女", "儿女", "娃"].map { ($0, true) })

    /// After a numeral, a classifier and a place suffix, characters that make the suffix part of a
    /// word for people (`三户村民`, `两名村干部`), so the numeral counts them rather than names a village.
    public static let peopleAfterSuffix = ScalarSet("民干医官")

    /// After a share and `的`, words that make it a standard's, not a reported level (`低于国家2%的标准`).
    public static let standards = ScalarTrie<Bool>(standardRows.map { ($0, true) })
    static let standardRows = ["标准", "要求", "红线", "底线", "门槛", "标准线", "退出标准", "脱贫标准"]
    static let standardLength = standardRows.map(\.count).max()!
    /// Words of a rule before a bound (`原则上贫困发生率降至2%以下`): the bound is the rule's threshold.
    /// (a level required, 须降至2%以下, stays the plan's target: ``KindCues/requiresLevel``)
    static let ruleMarkers = ScalarTrie<RuleScope>([("原则上", .sentence), ("退出标准为", .listing), ("标准为", .listing)])
    /// How far a word of rule reaches: over the sentence (`原则上…,错退率、漏评率分别低于2%`), or the clauses that go
    /// on listing the standard's shares (``Trap/listsStandard(_:from:to:sentence:)``).
    enum RuleScope { case sentence, listing }
    /// Characters in a clause after a standard's that make it report: a place's suffix, 该, 经 (`经第三方评估`).
    static let reportingOpeners = ScalarSet("该经县市镇乡村区省州旗")
    /// Nouns after `以上的` that name the amount itself, not a class bounded by it: `户均创造1500元
    /// 以上的发电收益` is a figure, `500人以上的村` a class.
    public static let amountNouns = ScalarTrie<Bool>(["收益", "收入", "纯收入", "工资", "分红", "效益", "经济效益", "发电收益",
        "年收入", "产值", "销售额"].map { ($0, true) })

    /// Before a number: ordinals, weekdays, grades (`第四场`, `周三`, `初三`).
    public static let ordinalPrefixes: ScalarSet = ScalarSet("第周初礼届")

    /// Quotation marks: a number inside a short quoted phrase is a slogan or a name
    /// (`“1+20”`, `“一户一档”`); a long quotation is speech and keeps its facts.
    public static let openQuotes: ScalarMap<UInt32> = [
        0x201C: 0x201D, 0x2018: 0x2019, 0x300C: 0x300D, 0x300E: 0x300F, 0x300A: 0x300B, 0x3010: 0x3011,
        0x22: 0x22,
    ]
    /// The closing marks of ``openQuotes``.
    public static let closingQuotes = ScalarSet(values: openQuotes.values)
    /// Items of a quoted list longer than this make it speech, not a list of slogans.
    public static let sloganItemMaxLength = 8
    /// A quotation longer than this is speech, not a slogan.
    public static let sloganMaxLength = 16
    /// A quotation this short is a name or a label whatever it holds (`“户5条”`, `“村7条”`).
    public static let labelMaxLength = 4
    /// Words that bound a class (`以下`, `以上`, `以内`): an item of a list of criteria ends in one.
    public static let boundWords = ScalarTrie<Bool>(["以下", "以上", "以内", "以外", "及以上", "及以下"].map { ($0, true) })

    /// A road's level before 道 (`965县道`, `012乡道`): the number before it names the road.
    static let roadLevels = ScalarSet("县乡村省")
    static let dao: UInt32 = 0x9053   // 道

    /// `份`, the classifier of copies (``Trap/copies``).
    static let fen: UInt32 = 0x4EFD
    /// Words right before the number of a document's copies (`一式三份`, `各执一份`, `各持一份`, `各存一份`).
    /// (a judgment's original and copies, 正本一份,副本二份)
    static let copiesLeads = ScalarTrie<Bool>(["一式", "各执", "各持", "各存", "共印", "各留", "正本", "副本"].map { ($0, true) })
    /// What follows a study's statistic after a share or a list of them (`在1%、5%、10%的水平上显著`, `25%分位点`): a significance
    /// level or a quantile, no share of a place.
    static let statisticWords = ScalarTrie<Bool>(["的水平上显著", "水平上显著", "的统计水平上显著", "统计水平上显著", "的水平下显著", "水平下显著",
        "的显著性水平", "显著性水平", "的置信水平", "置信水平", "分位点", "分位数", "的分位"].map { ($0, true) })
    /// A level a result passes a test at (`在1%的水平上通过显著性检验`, `在10%的水平上通过了稳健性检验`): a statistic where a
    /// statistical test's word (``testWords``) stands later in its clause; a level a place passed an inspection at stays a
    /// figure (`在2%的水平上通过了国家验收`, `合格率在98%的水平上通过了质量检验`).
    static let passedLevelWords = ScalarTrie<Bool>(["的水平上通过", "水平上通过", "的水平下通过", "水平下通过"].map { ($0, true) })
    /// A statistical test's words (`显著性检验`, `平行趋势检验`, `安慰剂检验`, `稳健性`); a test named by Latin letters (`Hausman检验`,
    /// `t检验`) or a bare `检验` right after the verb (`通过检验`) is one too (``Trap``), an inspection of goods (`农残检验`) none.
    static let testWords = ScalarTrie<Bool>(["性检验", "趋势检验", "安慰剂检验", "联合检验", "双侧检验", "单侧检验", "统计检验", "假设检验",
        "卡方检验", "因果检验", "稳健性", "显著性"].map { ($0, true) })
    static let jianYan: [UInt32] = "检验".unicodeScalars.map(\.value)
    /// `第`, an ordinal's prefix.
    static let di: UInt32 = 0x7B2C
    static let passedVerbs = ScalarTrie<Bool>(["通过", "通过了"].map { ($0, true) })
    /// What may stand between a statistic and its word: more of a list of shares (`1%、5%和10%`).
    static let statisticListChars = ScalarSet("0123456789.%、和及或 ")
    /// How far a statistic's word is looked for past the share (`1%、5%、10%的水平上显著`).
    static let statisticReach = 16
    /// Words after 二元 that make it "dual", no two yuan (`城乡二元结构`, `二元Logit模型`).
    static let dualWords = ScalarTrie<Bool>(["结构", "经济", "体制", "分割", "模型", "回归", "变量", "选择", "对立", "格局", "化", "论",
        "户籍", "社会", "分治", "制度"].map { ($0, true) })
}
