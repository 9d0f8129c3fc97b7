/// The part a word plays when a figure's subject is cut out of its clause (``SubjectResolver``).
enum SubjectRole: UInt8, Sendable {
    /// A noun that ends a noun phrase: what is counted (`贫困户`, `劳动力`, `资金`, `车间`).
    case head
    /// Any other word of the field (`建档立卡`, `易地扶贫搬迁`, `外出务工`, `改造`): inside a
    /// phrase, never cut.
    case word
    /// A verb that governs the phrase after it (`安排`, `发放`, `吸纳`): it ends a phrase, and is
    /// the subject only when nothing else is (`比上年增加1649人` → `增加`).
    case verb
    /// A function word, adverb or determiner (`已`, `共`, `累计`, `的`, `全市`): it ends a phrase
    /// and is never part of a subject.
    case function
}

/// The word list a subject's boundaries are built from: indicator nouns of the field and the
/// heads they end in, the verbs and function words that end a phrase, and the words of
/// ``TopicCues`` (field words) as plain words. Segmentation is longest match over this list,
/// unknown characters standing alone; a subject starts and ends between words.
enum SubjectLexicon {
    /// Nouns that end a noun phrase: people, households, money, places, things, rates.
    static let heads: [String] = [
        // people
        "人口", "贫困人口", "建档立卡贫困人口", "农村人口", "低保人口", "户籍人口", "常住人口", "受益人口", "搬迁人口",
        "人员", "贫困人员", "特困人员", "务工人员", "从业人员", "技术人员", "工作人员", "供养人员", "特困供养人员",
        "群众", "贫困群众", "困难群众", "农民群众", "受益群众", "搬迁群众",
        "劳动力", "贫困劳动力", "农村劳动力", "剩余劳动力", "富余劳动力",
        "对象", "扶贫对象", "贫困对象", "扶贫开发对象", "精准扶贫开发对象", "低保对象", "救助对象", "搬迁对象", "监测对象",
        "学生", "贫困学生", "在校生", "大学生", "儿童", "留守儿童", "困境儿童", "孤儿", "老人", "妇女", "青年",
        "农民", "村民", "居民", "常住居民", "农村常住居民", "城镇常住居民", "农村居民", "城镇居民", "农牧民", "农民工", "职工", "员工", "工人", "患者", "病人", "残疾人", "贫困残疾人", "重度残疾人",
        "干部", "党员", "党员干部", "帮扶干部", "驻村干部", "基层干部", "业务骨干", "骨干", "人才", "专家", "书记", "第一书记",
        "村官", "大学生村官", "指导员", "文员", "队员", "工作队员", "志愿者", "巾帼志愿者", "护林员", "生态护林员", "保洁员",
        "管护员", "护草员", "乡村医生", "村医", "家庭医生", "教师", "致富带头人", "带头人", "灭火队员",
        // households
        "户", "贫困户", "建档立卡贫困户", "农户", "贫困农户", "低保户", "五保户", "特困户", "搬迁户", "脱贫户", "监测户",
        "边缘户", "危房户", "困难户", "家庭", "贫困家庭", "困难家庭",
        // places and bodies
        "村", "贫困村", "重点村", "行政村", "自然村", "村居", "村委会", "社区", "乡镇", "片区", "县", "贫困县",
        "部门", "单位", "企业", "龙头企业", "农业龙头企业", "公司", "合作社", "专业合作社", "农民专业合作社", "家庭农场",
        "车间", "扶贫车间", "工厂", "基地", "园区", "产业园", "示范园", "学校", "幼儿园", "卫生室", "卫生院",
        "安置点", "安置区", "安置房", "安置小区", "住房", "危房", "危旧房", "农房", "房屋", "工作组", "工作队", "驻村工作队",
        "小分队", "作战小分队", "作战室", "党委", "联合党委", "党支部", "支部",
        // money
        "资金", "扶贫资金", "专项资金", "补助资金", "贴息资金", "财政资金", "项目资金", "衔接资金", "整合资金",
        "补助", "补贴", "补助金", "奖补资金", "低保金", "供养金", "特困供养金", "救助金", "养老金", "助学金", "奖学金",
        "基金", "担保基金", "贷款", "小额信贷", "现金", "收入", "纯收入", "可支配收入", "人均可支配收入", "人均纯收入",
        "收益", "分红", "总额", "金额", "总投资", "投资", "经费", "保费", "费用", "产值", "销售额", "营业额",
        // a place's economy (其中:第一产业增加值62857万元; 增加值 is no verb 增加)
        "增加值", "产业增加值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "工业增加值", "农业增加值", "建筑业增加值",
        "生产总值", "地区生产总值", "人均地区生产总值", "总产量", "产量", "社会消费品零售总额",
        // things
        "岗位", "公益性岗位", "公益岗位", "就业岗位", "项目", "扶贫项目", "产业项目", "基础设施项目", "援助项目",
        "道路", "公路", "机井", "水池", "蓄水池", "管网", "水窖", "桥梁", "路灯", "厕所", "户厕",
        "会议", "专题会议", "推介会", "招聘会", "洽谈会", "对接会", "培训班", "活动", "问题", "资料", "宣传资料", "标语", "宣传标语", "物资",
        "器具", "辅助器具", "口罩", "消毒液", "垃圾", "生活垃圾", "废弃物", "机械", "设备", "商品", "农产品", "农特产品",
        "责任书", "方案", "批次", "场次", "面积", "亩",
        // rates and standards
        "率", "贫困发生率", "发生率", "覆盖率", "达标率", "履约率", "签约率", "落实率", "完成率", "参与率", "享受率",
        "到位率", "执行率", "拨付率", "支出率", "使用率", "收益率", "年收益率", "入学率", "参保率", "报销比例", "比例", "比重",
        // credit's measures (逾期率控制在1%以内, 到期还款率达98.6%, 贷款余额2.1亿元)
        "获贷率", "逾期率", "还款率", "到期还款率", "不良率", "不良贷款率", "贷款余额", "余额", "贷款总额", "放贷总额",
        "标准", "低保标准", "扶贫标准",
    ]

    /// Modifiers and other words of the field that are no heads (beside ``TopicCues``'s words).
    static let modifiers: [String] = [
        "建档立卡", "贫困", "农村", "城乡", "城镇", "易地扶贫搬迁", "重度", "特困", "低保", "兜底保障", "省定", "市级", "县级",
        "乡级", "村级", "省级", "国家级", "户均", "户均收益", "人均", "年均", "到位", "系统", "试点", "示范", "优秀", "专业",
        "公益性", "扶贫", "精准扶贫", "脱贫攻坚", "乡村振兴", "农特", "集中", "分散", "动态",
        "就近", "就地", "就近就地", "就地就近", "国家", "中国", "我国",
    ]

    /// Verbs that govern what follows them: a phrase ends at one.
    static let verbs: [String] = [
        "实施", "安排", "发放", "开展", "建立", "组建", "建成", "新建", "吸纳", "带动", "帮助", "确保", "开发", "完成",
        "完工", "办理", "召开", "落实", "选派", "选聘", "选拔", "聘请", "聘用", "引导", "组织", "动员", "发动", "支持",
        "扶持", "培育", "提供", "给予", "解决", "惠及", "覆盖", "享受", "参与", "参加", "设立", "出动", "张贴", "抽调",
        "认定", "招聘", "推动", "探索", "邀请", "拨付", "下达", "筹措", "筹集", "投放", "争取", "获得", "达到", "实现",
        "产生", "增加", "增长", "减少", "下降", "降至", "降到", "降低", "提高", "提高到", "提升", "上升", "突破", "超过",
        "低于", "高于", "不低于", "不少于", "不超过", "捐赠", "捐助", "投入", "累计投入", "面向", "担任", "组成",
        "编制", "引进", "签订", "协调", "走进", "深入", "推广", "使用", "新增", "增至", "计划", "预计", "力争", "举办",
        "安置", "签约", "带领", "吸收", "辐射", "确定", "入选", "备案", "得到", "针对", "控制", "控制在",
        "配套建设", "配建", "配齐", "配备", "撬动", "放大",
        "促进", "助推", "助力", "鼓励", "吸引", "引领", "促使", "进行", "进入", "联系", "输送", "涉及",
        "修建", "新修", "改建", "新改建", "改扩建", "新扩建", "扩建", "新建改建",
        // (verbs of repair: 整修村支部会议室)
        "整修", "维修",
        // (verbs of taking a task on: 派出120人执行帮扶任务)
        "执行", "承担", "肩负", "负责",
        "减少到", "减少至", "下降到", "下降至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至", "提升到", "提升至",
    ]

    /// Verbs of a rise or fall that end no field word of the subject's list (`贫困人口减少`): the
    /// two-character verbs among ``KindCues``' change words (a test keeps them there), not its nouns
    /// (增幅, 增速) nor its verbs that end words of the field (产业增收).
    static let changeVerbs: Set<String> = ["减少", "增加", "下降", "增长", "提高", "降低", "上升", "提升"]

    /// Function words, adverbs and determiners: a phrase ends at one and never holds one.
    static let functions: [String] = [
        "已", "已经", "共", "共计", "累计", "合计", "总计", "约", "逾", "余", "达", "为", "是", "有", "占", "的", "了", "和",
        "与", "及", "以及", "及时", "等", "从", "由", "在", "将", "把", "被", "给", "均", "都", "各", "该", "并", "还", "又",
        "再", "也", "就", "至", "其", "每", "内", "对", "到",
        "确定为", "认定为", "列为", "评为", "纳入", "其中", "全部", "分别", "先后", "目前", "现在", "今年", "去年", "当年", "全年",
        "年底", "年末", "年初", "以来", "以上", "以下", "左右", "可以", "每年",
        "全市", "全县", "全区", "全镇", "全乡", "全村", "全省", "全州", "全旗", "各乡", "各县", "各区", "各镇", "各村", "各类",
        "各级", "我市", "我县", "我区", "我镇", "我乡", "该市", "该县", "该区", "该镇", "本市", "本县", "全国", "大力", "积极",
        "顺利", "全面", "有效", "共同", "正在", "同时", "另外", "此外", "通过", "为了", "按照", "按", "依照", "其他", "一共", "总共",
        "一次性", "首次", "陆续", "全力", "进一步", "此次", "这些", "我们", "他们",
        "可望", "有望", "应有", "须有", "应不少于",
        // degree words before a figure (贫困发生率高达14.76%, 一年只有六七万元)
        "高达", "多达", "长达", "低至", "仅为", "只有", "仅有", "才有", "只", "仅",
        // a story's time and takings (一年到头挣不到3000块钱, 每个月能拿2500元)
        "一年到头", "到头", "每个月", "挣", "赚", "能拿", "能挣", "能赚", "不到",
    ] + KindCues.futureConditionWords   // (项目全部建成后受益人口: a condition of the future ends a phrase)
        + TimeLexicon.thatTimeRows.map(\.0)   // (那时候全村412户: the time the story was at is no noun of it)

    /// Words skipped between a figure and the phrase after it (`2463人的贫困家庭`,
    /// `289户795人确定为易地扶贫搬迁对象`); any other function word there ends the phrase.
    static let linking = ScalarTrie<Bool>(["的", "之", "确定为", "认定为", "列为", "评为", "纳入"].map { ($0, true) })

    /// Every word with its role: field words (``TopicCues``) first, then the rows above, which
    /// decide a word listed twice. A field word that starts with a verb or function word of this
    /// list of two or more characters, or ends with one of three or more or with a verb of
    /// ``changeVerbs``, is left out (`产生收益`, `增加收入`, `实现脱贫`, `贫困人口减少到`): it would
    /// glue the verb to the noun.
    static let rows: [(String, SubjectRole)] = {
        var roles: [String: SubjectRole] = [:]
        for w in modifiers { roles[w] = .word }
        for w in heads { roles[w] = .head }
        for w in verbs { roles[w] = .verb }
        for w in functions { roles[w] = .function }
        let stops = Set(verbs + functions)
        // (as scalars: hashing strings normalises them, which cost 9 M instructions at start-up)
        let stopScalars = Set(stops.map { $0.unicodeScalars.map(\.value) })
        let tailStops = Set(stops.filter { $0.unicodeScalars.count >= 3 || changeVerbs.contains($0) }.map { $0.unicodeScalars.map(\.value) })
        let tailStopLengths = Set(tailStops.map(\.count))
        var out: [(String, SubjectRole)] = []
        var seen = Set<String>()
        for (_, _, _, words) in TopicCues.groups {
            for w in words where roles[w] == nil && !seen.contains(w) && w.unicodeScalars.allSatisfy({ NormalizedText.isHan($0.value) }) {
                let scalars = w.unicodeScalars.map(\.value)
                let startsWithStop = (2..<max(2, scalars.count)).contains { n in stopScalars.contains(Array(scalars[0..<n])) }
                // (nor one that ends with a verb of change or of a level reached: 贫困人口减少到 would glue
                // 减少到 to the noun; 集中安置, 基层党组织 end in verbs that are nouns too, and stay words)
                // (only the tails as long as such a verb are looked up)
                let endsWithStop = tailStopLengths.contains { n in
                    n < scalars.count && tailStops.contains(Array(scalars[(scalars.count - n)...]))
                }
                if startsWithStop || endsWithStop { continue }
                seen.insert(w)
                out.append((w, .word))
            }
        }
        for w in modifiers { out.append((w, .word)) }
        for w in heads { out.append((w, .head)) }
        for w in verbs { out.append((w, .verb)) }
        for w in functions { out.append((w, .function)) }
        return out.filter { roles[$0.0] == nil || roles[$0.0] == $0.1 }
    }()

    /// The word list as a trie (a word's role from the last row that names it).
    static let trie = ScalarTrie<SubjectRole>(rows)

    /// The longest word of the list, in scalars: how far back a word crossing a point can start.
    static let maxWordLength: Int = rows.reduce(1) { max($0, $1.0.unicodeScalars.count) }
}
