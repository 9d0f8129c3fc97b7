import FupinCore

/// Words that decide a figure's ``Kind``. One row a cue; `where` says where it must stand.
public enum KindCues {
    /// Cues anywhere before the number in its clause: `户均收益分成1500元`, `其中…107人`.
    public static let beforeInClause = ScalarTrie<(Kind, String)>([
        ("人均", (.rate, "kind.rate.人均")), ("户均", (.rate, "kind.rate.户均")),
        ("平均", (.rate, "kind.rate.平均")), ("年均", (.rate, "kind.rate.年均")),
        // (快递日均发件量1.2万件, 月均销售额: an average a day or month, as 年均 a year)
        ("日均", (.rate, "kind.rate.日均")), ("月均", (.rate, "kind.rate.月均")),
        ("每人", (.rate, "kind.rate.每人")),
        ("亩均", (.rate, "kind.rate.亩均")), ("村均", (.rate, "kind.rate.村均")), ("县均", (.rate, "kind.rate.县均")),
        ("乡均", (.rate, "kind.rate.乡均")), ("镇均", (.rate, "kind.rate.镇均")), ("校均", (.rate, "kind.rate.校均")), ("人年均", (.rate, "kind.rate.人均")),
        ("每户", (.rate, "kind.rate.每户")), ("每年", (.rate, "kind.rate.每年")),
        ("每月", (.rate, "kind.rate.每月")), ("每亩", (.rate, "kind.rate.每亩")),
        ("每名", (.rate, "kind.rate.每名")), ("每位", (.rate, "kind.rate.每位")),
        ("每个", (.rate, "kind.rate.每个")), ("每村", (.rate, "kind.rate.每村")),
        ("每天", (.rate, "kind.rate.每天")), ("每生", (.rate, "kind.rate.每生")),
        ("标准", (.rate, "kind.rate.标准")), ("分别给予", (.rate, "kind.rate.分别给予")),
        ("分别补助", (.rate, "kind.rate.分别补助")), ("分别奖励", (.rate, "kind.rate.分别奖励")),
        ("一次性", (.rate, "kind.rate.一次性")), ("最高", (.rate, "kind.rate.最高")),
        ("封顶线", (.rate, "kind.rate.封顶线")), ("起付线", (.rate, "kind.rate.起付线")),
        // a family's yearly saving or outlay, as people say it (一年能省下近1900元利息, 一年只需自缴80元保费)
        ("一年能省", (.rate, "kind.rate.一年")), ("一年可省", (.rate, "kind.rate.一年")), ("一年只需", (.rate, "kind.rate.一年")),
        // (a day's or a month's pay, as people say it: 一天有80元工钱, 一个月就挣两千多)
        ("一天有", (.rate, "kind.rate.一天")), ("一天能", (.rate, "kind.rate.一天")), ("一天就", (.rate, "kind.rate.一天")),
        ("一天挣", (.rate, "kind.rate.一天")), ("一天可", (.rate, "kind.rate.一天")),
        ("一个月有", (.rate, "kind.rate.一个月")), ("一个月能", (.rate, "kind.rate.一个月")), ("一个月就", (.rate, "kind.rate.一个月")),
        ("一个月挣", (.rate, "kind.rate.一个月")), ("一个月可", (.rate, "kind.rate.一个月")),
        // (a mu's takings, as people say it: 一亩只能卖一千五六百元, 一亩收入三千元以上)
        ("一亩只能", (.rate, "kind.rate.一亩")), ("一亩能", (.rate, "kind.rate.一亩")), ("一亩可", (.rate, "kind.rate.一亩")),
        ("一亩收入", (.rate, "kind.rate.一亩")), ("一亩就", (.rate, "kind.rate.一亩")), ("一亩地", (.rate, "kind.rate.一亩")),
        // (aid per occasion: 次均救助1200元)
        ("次均", (.rate, "kind.rate.次均")),
        ("月收入", (.rate, "kind.rate.月收入")), ("年收入", (.rate, "kind.rate.年收入")),
        ("年收益", (.rate, "kind.rate.年收益")), ("年产量", (.rate, "kind.rate.年产量")), ("年投入", (.rate, "kind.rate.年投入")),
        ("年发放", (.rate, "kind.rate.年发放")), ("每年发放", (.rate, "kind.rate.年发放")),
        // visitors a place receives a year (景区年接待游客20万人次)
        ("年接待", (.rate, "kind.rate.年接待")),
        // what a farm or plant turns out a year (年出栏生猪140万头, 年产值10亿元)
        ("年出栏", (.rate, "kind.rate.年出栏")), ("年产值", (.rate, "kind.rate.年产值")),
        // (园区年产鲜果约8万吨: its output a year, sets 375, 377; not a year's own, 今年产生, 去年产出)
        ("年产", (.rate, "kind.rate.年产量")),
        // (近年产业扶贫, 年产品销售: 产业 and 产品 are words of their own)
        ] + ["今年产", "去年产", "明年产", "当年产", "全年产", "同年产", "上年产", "该年产", "前年产", "次年产", "年产业", "年产品"]
            .map { ($0, (Kind.total, "kind.none.年产")) } + [
        // (and a day: 养殖场日产鸡蛋约5吨, 日加工茶叶2吨; not 节日产品, 假日产业, 生日, 当日, 今日)
        ("日产", (.rate, "kind.rate.日产")), ("日加工", (.rate, "kind.rate.日产")),
        ("节日产", (.total, "kind.none.日产")), ("假日产", (.total, "kind.none.日产")), ("生日产", (.total, "kind.none.日产")),
        ("当日产", (.total, "kind.none.日产")), ("今日产", (.total, "kind.none.日产")), ("昨日产", (.total, "kind.none.日产")),
        ("年加工", (.rate, "kind.rate.年加工")), ("年创收", (.rate, "kind.rate.年创收")), ("年销售", (.rate, "kind.rate.年销售")),
        ("年销售额", (.rate, "kind.rate.年销售")), ("年发电量", (.rate, "kind.rate.年发电量")), ("年利润", (.rate, "kind.rate.年利润")),
        // rents, wages and dividends by the year (该扶贫车间年租金1万元)
        ("年租金", (.rate, "kind.rate.年租金")), ("年工资", (.rate, "kind.rate.年工资")), ("年分红", (.rate, "kind.rate.年分红")),
        ("年薪", (.rate, "kind.rate.年工资")), ("年增收", (.rate, "kind.rate.年增收")),
        ("月劳务收入", (.rate, "kind.rate.月收入")), ("月务工收入", (.rate, "kind.rate.月收入")), ("月工资收入", (.rate, "kind.rate.月收入")),
        ("月均收入", (.rate, "kind.rate.月收入")), ("月工资", (.rate, "kind.rate.月收入")), ("月薪", (.rate, "kind.rate.月收入")),
        // pay for one year or month, as people say it: 一年工资七八千, 一个月能挣3000元
        ("一年工资", (.rate, "kind.rate.一年")), ("一年收入", (.rate, "kind.rate.一年")), ("一年能挣", (.rate, "kind.rate.一年")),
        ("一年挣", (.rate, "kind.rate.一年")), ("一年能收入", (.rate, "kind.rate.一年")), ("一年可收入", (.rate, "kind.rate.一年")),
        ("一年能增收", (.rate, "kind.rate.一年")), ("一年可增收", (.rate, "kind.rate.一年")),
        ("一年纯收入", (.rate, "kind.rate.一年")), ("一年净收入", (.rate, "kind.rate.一年")), ("亩产", (.rate, "kind.rate.亩产")), ("一年下来", (.rate, "kind.rate.一年")), ("一个月工资", (.rate, "kind.rate.一个月")),
        ("一个月能挣", (.rate, "kind.rate.一个月")), ("一个月挣", (.rate, "kind.rate.一个月")), ("一个月收入", (.rate, "kind.rate.一个月")),
        ("一个月能赚", (.rate, "kind.rate.一个月")), ("一个月赚", (.rate, "kind.rate.一个月")), ("一年能赚", (.rate, "kind.rate.一年")),
        ("一年赚", (.rate, "kind.rate.一年")),
        // (村集体经济的唯一来源…,一年只有六七万元: what comes in a year)
        // (not 一年才, 一年就有: 花了一年才修通12公里, 短短一年就有500人就业 tell the time taken)
        ("一年只有", (.rate, "kind.rate.一年")), ("一年仅有", (.rate, "kind.rate.一年")),
        ("一年能有", (.rate, "kind.rate.一年")),
        // a price or a day's pay by one of its unit (一晚收三四百元, 一斤卖68元, 一方水要花上百元, 一天能挣150元)
        // (网上一晚就卖了24吨: one night's sale told as it happened, no price; 一晚就要三四百元 is one)
        ("一晚", (.rate, "kind.rate.一晚")), ("一晚上", (.total, "kind.none.一晚上")), ("一晚就卖了", (.total, "kind.none.一晚上")), ("一晚就卖出", (.total, "kind.none.一晚上")),
        ("一晚就销售", (.total, "kind.none.一晚上")), ("一晚就带货", (.total, "kind.none.一晚上")), ("一晚就接待", (.total, "kind.none.一晚上")), ("一斤", (.rate, "kind.rate.一斤")), ("一公斤", (.rate, "kind.rate.一斤")),
        ("一方水", (.rate, "kind.rate.一方")), ("一吨水", (.rate, "kind.rate.一方")), ("一亩地", (.rate, "kind.rate.每亩")),
        ("一天能挣", (.rate, "kind.rate.一天")), ("一天挣", (.rate, "kind.rate.一天")), ("一天能赚", (.rate, "kind.rate.一天")),
        ("一天收入", (.rate, "kind.rate.一天")),
        ("一年到头", (.rate, "kind.rate.一年")),
        ("一个月的收入", (.rate, "kind.rate.一个月")), ("一个月的工资", (.rate, "kind.rate.一个月")), ("一个月下来", (.rate, "kind.rate.一个月")),
        ("一年的收入", (.rate, "kind.rate.一年")), ("一年的工资", (.rate, "kind.rate.一年")), ("一天的工资", (.rate, "kind.rate.一天")),
        // pay by the hour, the day or the month (工资按小时结算,一个小时20块钱,一个月可以拿到一两千块钱)
        ("一个小时", (.rate, "kind.rate.一小时")), ("一小时", (.rate, "kind.rate.一小时")), ("每小时", (.rate, "kind.rate.一小时")),
        ("一天能挣", (.rate, "kind.rate.一天")), ("一天挣", (.rate, "kind.rate.一天")), ("一天工资", (.rate, "kind.rate.一天")),
        ("日工资", (.rate, "kind.rate.一天")), ("一天可以挣", (.rate, "kind.rate.一天")),
        ("一个月可以", (.rate, "kind.rate.一个月")), ("一个月能", (.rate, "kind.rate.一个月")), ("一个月可", (.rate, "kind.rate.一个月")),
        ("一个月有", (.rate, "kind.rate.一个月")),   // (在车间一个月有2000多元)
        ("届时", (.target, "kind.target.届时")),
        // what a notice requires: 资金支出进度须达到90%以上
        ("须达到", (.target, "kind.target.须达到")), ("必须达到", (.target, "kind.target.须达到")),
        ("应达到", (.target, "kind.target.须达到")), ("需达到", (.target, "kind.target.须达到")),
        // what a standard requires there to be (新型农业经营主体应有5个,已有9个)
        ("应有", (.target, "kind.target.应有")), ("须有", (.target, "kind.target.应有")), ("应不少于", (.target, "kind.target.应有")),
        // (供应有机肥, 相应有所增加: 应有 read out of other words)
        ("供应有", (.total, "kind.none.应有")), ("相应有", (.total, "kind.none.应有")), ("反应有", (.total, "kind.none.应有")),
        ("确保", (.target, "kind.target.确保")), ("力争", (.target, "kind.target.力争")),
        ("目标", (.target, "kind.target.目标")), ("预计", (.target, "kind.target.预计")),
        ("预期", (.target, "kind.target.预计")),
        ("拟", (.target, "kind.target.拟")), ("争取", (.target, "kind.target.争取")),
        // 预脱贫19户: households due to leave poverty this year
        ("预脱贫", (.target, "kind.target.预脱贫")), ("预退出", (.target, "kind.target.预脱贫")),
        ("不低于", (.target, "kind.target.不低于")), ("不少于", (.target, "kind.target.不少于")),
        ("不超过", (.target, "kind.target.不超过")), ("控制在", (.target, "kind.target.控制在")),
        // (a rule's floor or ceiling: 分红比例不得低于50%)
        ("不得低于", (.target, "kind.target.不低于")), ("不得少于", (.target, "kind.target.不少于")),
        ("不得超过", (.target, "kind.target.不超过")), ("不得高于", (.target, "kind.target.不超过")),
        ("其中", (.part, "kind.part.其中")), ("含", (.part, "kind.part.含")),
        ("包括", (.part, "kind.part.包括")),
        ("可容纳", (.target, "kind.target.可容纳")), ("保底", (.target, floorRule)),
        // what a project can bring (可使每户每年增收3000元) is a projection; 可使用 (usable) none
        ("可使", (.target, "kind.target.可使")), ("可使用", (.total, "kind.none.可使用")),
        // a projection of the year in a work report (全年可实现10个村出列、19449人脱贫)
        ("可实现", (.target, "kind.target.可实现")), ("有望实现", (.target, "kind.target.可实现")),
        // (贫困人口可减至900人: the level a projection brings it down to)
        ("可减至", (.target, "kind.target.可减至")), ("可降至", (.target, "kind.target.可减至")),
        ("可减少到", (.target, "kind.target.可减至")), ("可下降到", (.target, "kind.target.可减至")),
        // a capacity, and a programme's whole task (易地扶贫搬迁总任务为14210人), are targets (FORMAT.md);
        // not 劳动能力, which says who can work
        ("加工能力", (.target, "kind.target.能力")), ("生产能力", (.target, "kind.target.能力")),
        ("处理能力", (.target, "kind.target.能力")), ("储存能力", (.target, "kind.target.能力")),
        ("存储能力", (.target, "kind.target.能力")), ("仓储能力", (.target, "kind.target.能力")),
        ("设计能力", (.target, "kind.target.能力")), ("接待能力", (.target, "kind.target.能力")),
        ("供水能力", (.target, "kind.target.能力")), ("产能", (.target, "kind.target.能力")),
        ("年加工能力", (.target, "kind.target.能力")), ("年生产能力", (.target, "kind.target.能力")),
        ("年处理能力", (.target, "kind.target.能力")), ("年产能", (.target, "kind.target.能力")),
        ("总任务", (.target, "kind.target.总任务")),
        // (设计年屠宰加工肉羊30万只, 设计规模500吨: what a plant is built to do, its capacity)
        ("设计年", (.target, "kind.target.能力")), ("设计规模", (.target, "kind.target.能力")),
        // 年加工大豆能力达到75万吨: the capacity named before its verb
        ("能力达到", (.target, "kind.target.能力")), ("能力达", (.target, "kind.target.能力")),
        ("可安置", (.target, "kind.target.可安置")), ("能容纳", (.target, "kind.target.可容纳")),
        // (冷库可储存农产品3000吨, 可同时接待游客1500人: what a place can hold at once)
        ("可储存", (.target, "kind.target.可容纳")), ("可存储", (.target, "kind.target.可容纳")),
        ("可同时接待", (.target, "kind.target.可容纳")), ("能同时接待", (.target, "kind.target.可容纳")),
        ("可同时容纳", (.target, "kind.target.可容纳")), ("能同时容纳", (.target, "kind.target.可容纳")),
        // a ceiling a rule sets (年度救助限额2万元, 最高限额5万元) is a limit, no outcome (FORMAT.md: target)
        ("限额", (.target, "kind.target.限额")),
        // (限额以上商贸企业56家: a size class of statistics, no ceiling)
        ("限额以上", (.total, "kind.none.限额以上")), ("限额以下", (.total, "kind.none.限额以上")),
        // what a project or site can bring (可带动搬迁人口就业10多万人, 可解决100多人的就业问题,
        // 挂果后每年纯收益可达3000元) is a capacity, a target (not 每年可增加集体收入2万多元, what an
        // installed station brings each year)
        ("可带动", (.target, "kind.target.可带动")), ("可解决", (.target, "kind.target.可带动")),
        ("可吸纳", (.target, "kind.target.可带动")), ("可提供", (.target, "kind.target.可带动")),
        ("可达", (.target, "kind.target.可达")), ("可达到", (.target, "kind.target.可达")),
        ("可扩充", (.target, "kind.target.可带动")), ("可新增", (.target, "kind.target.可带动")),
        // (光伏扶贫产业园…年可促进镇增收30万元、户增收7000元: what it can bring about; 每个贫困户年可增收
        // 1000元 of an installed station stays a rate, dev B02)
        ("可促进", (.target, "kind.target.可带动")),
        ("可覆盖", (.target, "kind.target.可带动")), ("可惠及", (.target, "kind.target.可带动")),
        ("可辐射", (.target, "kind.target.可带动")), ("可安排", (.target, "kind.target.可带动")),
        ("至少", (.target, "kind.target.至少")), ("每", (.rate, "kind.rate.每")),
        // 向2家公司各投资50万元, 两个村各有贫困户30户: each of those named gets or holds the figure
        // (各乡镇投入3000万元 is the towns' together: 各 before a noun is all of them)
        ("各投资", (.rate, eachRule)), ("各投入", (.rate, eachRule)), ("各补助", (.rate, eachRule)),
        ("各奖励", (.rate, eachRule)), ("各安排", (.rate, eachRule)), ("各发放", (.rate, eachRule)),
        ("各出资", (.rate, eachRule)), ("各捐赠", (.rate, eachRule)), ("各捐款", (.rate, eachRule)),
        ("各拨付", (.rate, eachRule)), ("各给予", (.rate, eachRule)), ("各有", (.rate, eachRule)),
        ("各建", (.rate, eachRule)), ("各建成", (.rate, eachRule)), ("各建设", (.rate, eachRule)),
        ("各配备", (.rate, eachRule)), ("各选派", (.rate, eachRule)), ("各帮扶", (.rate, eachRule)),
        ("各结对", (.rate, eachRule)), ("各资助", (.rate, eachRule)), ("各认购", (.rate, eachRule)),
        // (the extent of a decrease, like its rate, is a change: 减贫幅度达到75%以上)
        ("减贫率", (.change, "kind.change.减贫率")), ("减贫幅度", (.change, "kind.change.减贫幅度")),
        ("减贫速度", (.change, "kind.change.减贫速度")),
        // words that hold a cue's characters but cue nothing: read and passed over
        ("现行标准", (.total, "kind.none.现行标准")), ("标准化", (.total, "kind.none.标准化")),
        ("高标准", (.total, "kind.none.高标准")),
        // a grade of places named (标准级以上乡村旅游村寨, 标准级客栈)
        ("标准级", (.total, "kind.none.标准级")),
        // shared out equally among those counted, no average (收益平均分配给配股的61户贫困户)
        ("平均分配", (.total, "kind.none.平均分配")), ("平均分给", (.total, "kind.none.平均分配")), ("平均发放", (.total, "kind.none.平均分配")),
        ("达标准", (.total, "kind.none.达标准")),
        // a year's proceeds summed (年收益总计达26.7万元) is the year's total, no rate
        ("年收益总计", (.total, "kind.none.总计")), ("年收益合计", (.total, "kind.none.总计")), ("年收入总计", (.total, "kind.none.总计")),
        ("年收入合计", (.total, "kind.none.总计")), ("至少有", (.total, "kind.none.至少有")), ("确保了", (.total, "kind.none.确保了")),
        // 各 before words that only start with a verb: 各有关部门 are all the departments concerned,
        // 各建制村 and 各建档立卡贫困户 all of them
        ("各有关", (.total, "kind.none.各有关")), ("各有所", (.total, "kind.none.各有关")), ("各建制村", (.total, "kind.none.各建制")),
        ("各建档立卡", (.total, "kind.none.各建制")), ("各建制", (.total, "kind.none.各建制")),
        // (各帮扶单位累计投入…: all the bodies a verb names, together)
        ] + ["各帮扶单位", "各结对帮扶单位", "各结对单位", "各帮扶部门", "各帮扶企业", "各建设单位", "各选派单位",
             "各资助单位", "各投资主体", "各投资单位"].map { ($0, (.total, "kind.none.各单位")) } + [
    ] + estimateWords.map { ($0, (.target, "kind.target.测算")) }
      // what a plan was exceeded by is a difference from it (超出年度目标任务8773.95万元, 超计划1000万元)
      + exceededPlanWords.map { ($0, (.change, exceededPlanRule)) }
      // a plan's span of time: 用三年时间实现全市102.8万贫困人口全部脱贫
      + planSpans.map { ($0, (.target, "kind.target.用N年时间")) })
    /// Words of a plan exceeded (`超计划`, `超出年度目标任务`): a figure after them is what the plan
    /// was exceeded by (``exceededPlanRule``), and they mark no plan themselves (``notFutureMarkers``).
    public static let exceededPlanWords = ["超出年度目标任务", "超出目标任务", "超出年度目标", "超出年度计划", "超出计划", "超预算", "超出预算",
                                           "超过计划", "超过目标任务", "超年度计划", "超计划", "超目标", "比目标任务多", "比计划多"]
    /// A plan's span of time, in its clause and over the clauses after it.
    public static let planSpans = ["用一年时间", "用两年时间", "用三年时间", "用五年时间", "用2年时间", "用3年时间", "用5年时间"]

    /// The first characters of ``beforeInClause`` and ``futureMarkers``: a figure's clause is
    /// scanned for their cues at these alone.
    static let beforeInClauseStarts = beforeInClause.firstScalarSet, futureMarkerStarts = futureMarkers.firstScalarSet
    /// What ``FactContext/SentenceCues`` stops at: `中`, `:` and the first characters of
    /// ``futureConditions``, ``governingTargets``, ``listOpeners`` and ``TrapLexicon/conditionOpeners``.
    static let sentenceCueStarts: ScalarSet = {
        var set = futureConditions.firstScalarSet
        set.formUnion(governingTargets.firstScalarSet)
        set.formUnion(listOpeners.firstScalarSet)
        set.formUnion(TrapLexicon.conditionOpeners.firstScalarSet)
        set.insert(zhong)
        set.insert(ListItems.colon)
        return set
    }()

    /// Plans that govern the clauses after them in their sentence: `计划搬迁332户1376人,
    /// 涉及15个村` — both clauses are the plan's. A done-marker between cue and figure ends
    /// the plan's reach (`计划投资5000万元,已完成3000万元`).
    public static let governingTargets: ScalarTrie<String> = {
        let words: [String] = planMarkers + [
            "目标", "目标任务", "按规划", "规划", "根据规划", "按照规划", "依据规划",
            // a work report's projection of its year (今年全县可实现5个村出列,脱贫3200人), and what it
            // must do (今年要完成减贫2万人,实现…三县整县摘帽: 要 as 将, before a word of the future)
            "可实现", "有望实现", "要",
            // what a policy document sets out (《意见》明确提出,…打造100个特色旅游名镇)
            "明确提出", "明确要求", "提出要",
        ] + planSpans + estimateWords
        return ScalarTrie(words.map { ($0, "kind.target." + $0 + ".sentence") })
    }()
    /// Conditions of the future (``futureConditions``): what a project will bring once built
    /// (`项目建成后,改善3.3万人的饮水条件`, `全部建成后受益人口2万人以上`) is a projection, unless the
    /// sentence tells it done (`车间建成后,吸纳了50名贫困户就业`: 了); with a modal, a target even per unit.
    public static let futureConditionWords = ["完工后", "建成后", "竣工后", "投产后", "达产后", "投用后", "建成投产后",
                                              "建成运营后", "运行后",
                                              // (光伏电站并网发电后,所得收益可量化给5789户: once connected to the grid)
                                              "并网发电后", "并网后", "投运后", "运营后"]
    /// What became of a project once built, as an audit finds it (`建成后撂荒`, `建成后长期闲置`): the condition
    /// is past, no projection.
    public static let failedOutcomes = ScalarTrie<Bool>(["撂荒", "闲置", "荒废", "废弃", "停产", "停用", "停运", "损坏", "损毁",
        "未投入使用", "未使用", "未发挥效益", "未能发挥效益", "无人管护", "无法正常使用", "停止供水"].map { ($0, true) })
    /// Words of the past that, in a condition's own clause before it, tell what follows it done
    /// (`去年扶贫车间正式运营后,吸纳…`): no projection.
    /// (`已` only close before the condition's word, `车间已正式运营后`: further off it is an attribute of
    /// a noun, `已开工项目全部建成后`, and the condition is still to come; the value is how far.)
    /// (`已于` dates a deed whatever stands between: `车间已于今年6月正式运营后`)
    public static let pastTellers = ScalarTrie<Int>(["去年", "上年", "前年", "此前", "已于"].map { ($0, Int.max) } + [("已", 4)])
    /// Estimates (`测算`) and what, before one in its clause, makes it a method of counting, not
    /// a projection: `按每人每年2300元的国家农村贫困标准测算,2017年…贫困人口为1032万人`.
    public static let estimateWords = ["测算", "匡算", "估算"]
    public static let estimates = ScalarTrie<Bool>(estimateWords.map { ($0, true) })
    /// Right after an estimate's word, nouns that make it a method (`测算因素`, `测算办法`), no estimate.
    public static let estimateNouns = ScalarTrie<Bool>(["因素", "办法", "依据", "标准", "方法", "公式", "口径", "模型", "系数"].map { ($0, true) })
    /// Right before an estimate, words that make it a preliminary count of what was (`初步测算`).
    public static let countingEstimates = ScalarTrie<Bool>(["初步"].map { ($0, true) })
    /// `按` opening an estimate's clause: the standard the figures were counted by.
    public static let methodOpeners = ScalarSet("按")
    /// After `将`, words that make it the future (`将加快实施`, `将继续`), not the 把-construction
    /// (`将脱贫攻坚划分为…`): then it governs the clauses after it like a plan.
    public static let futureAdverbs = ScalarTrie<Bool>(["加快", "继续", "进一步", "全面", "大力", "着力", "力争", "确保",
        "持续", "加大", "启动", "实施", "新建", "建成", "完成", "实现", "投入", "投资", "安排", "开展", "推进", "重点",
        "逐步", "陆续", "争取", "再", "全力", "在", "于", "建设", "发展", "培育", "打造", "扶持",
        // 将积极推进…
        "积极", "努力", "切实", "稳步",
        // 将使全省1000个贫困村…,惠及30万户: what a project will do for those it counts
        "使", "让", "惠及", "带动", "帮助", "覆盖",
        // 将新增5000个生态护林员岗位,并兑现生态补偿37.18亿元 (将新增贫困人口纳入…: ``dispositionVerbs``)
        "新增", "兑现", "发放", "选聘", "招聘", "吸纳", "改造", "解决", "提供"].map { ($0, true) } + madeModifiers.map { ($0, false) })
    /// Verbs that make a 将 before them in their clause the 把-construction (`将新增贫困人口全部纳入帮扶`,
    /// `将发放情况进行公示`): what 将 takes is their object, no plan.
    public static let dispositionVerbs = ScalarTrie<Bool>(["纳入", "列入", "列为", "确定为", "认定为", "作为", "划入", "转为", "划分为", "分为",
        "进行", "予以", "交由", "移交"].map { ($0, true) })
    /// A sentence that opens with an example (`以种植富硒小麦为例,…`) gives per-unit figures.
    public static let exampleOpen: [UInt32] = "以".unicodeScalars.map(\.value)
    public static let exampleClose: [UInt32] = "为例".unicodeScalars.map(\.value)

    /// Words by which a clause with no figure speaks of all of a whole stated before it
    /// (`贫困人口全部脱贫(其中2020年脱贫124户)`): its parenthesised 其中 breaks that whole down.
    public static let allOfWhole = ScalarTrie<Bool>(["全部", "全都", "均已", "都已"].map { ($0, true) })

    /// A goal's nouns and the verbs that say it was reached a few characters before them
    /// (`实现脱贫目标`, `完成年度目标任务`): an outcome, no plan over the clauses after it.
    public static let goalNouns = ScalarTrie<Bool>(["目标", "目标任务"].map { ($0, true) })
    static let goalReachedRows = ["实现", "完成", "达到", "达成", "如期完成", "超额完成", "兑现"]
    public static let goalReachedVerbs = ScalarTrie<Bool>(goalReachedRows.map { ($0, true) })
    /// Steps before a work, done (`已完成选址工作`, `已完成规划设计`), or words of work not yet done (目前正在抓紧推进,
    /// 已纳入今年改造计划): no need met. (按计划, 按方案: the schedule work done kept, ``preparatoryStep(_:_:)``)
    static let preparatorySteps = ScalarTrie<Bool>(["选址", "规划设计", "设计", "前期", "勘察", "勘测", "摸底", "立项", "招标", "评审", "审批", "申报",
                                                    "纳入", "计划", "方案", "正在"]
        .map { ($0, true) })
    /// Whether a clause names a preparatory step (``preparatorySteps``) that no schedule's word makes the plan work was done
    /// by (``schedules``: `已按计划全部完工`, `已按照年度计划完工`).
    static func preparatoryStep(_ s: [UInt32], _ c: Range<Int>) -> Bool {
        var k = c.lowerBound
        while let (at, _) = preparatorySteps.firstMatch(in: s, k..<c.upperBound) {
            if schedules.longestEnding(in: s, at: at, from: c.lowerBound, maxLength: 4) == nil { return true }
            k = at + 1
        }
        return false
    }
    /// Words before a plan's word that make it the schedule work was done by (`按计划`, `按照年度计划`).
    static let schedules = ScalarTrie<Bool>(["按", "按照", "按年度", "按照年度", "按既定", "按照既定"].map { ($0, true) })
    /// Words telling a whole done (`目前已全部入住`, `均已开工`): after a plan's figures, the plan is done.
    /// (`规划搬迁的54户135人已陆续入住`: those planned have moved in, one after another)
    static let wholeDone = ScalarTrie<Bool>(["已全部", "均已", "都已", "全部已", "已经全部", "已陆续", "已全面"].map { ($0, true) })
    /// The rules of what a plan was exceeded by (`超额完成5.7万户`, `超计划1000万元`).
    static let exceededRules = RuleNameSet(["kind.change.超额完成", exceededPlanRule])
    /// The rules of a capacity (`可带动`, `可达`), which govern no figure past a figure or a 的 after them.
    /// (bytes compared, as ``RuleNameSet`` does: a `Set<String>` hashed the rule's characters, NFC
    /// checked, at every cue of every clause)
    static let capacityRules = RuleNameSet(["kind.target.可带动", "kind.target.可达"])
    /// Before 一年, what makes it one particular year, no year's rate (`这一年投入`, `第一年投入`).
    static let oneYearDeterminers = ScalarSet("这那同当该前后第头")
    /// Words of the time that may open the clause telling a plan done (`,目前已全部入住`).
    static let presentLeads = ScalarTrie<Bool>(["目前", "现", "现在", "如今", "截至目前", "至今", "当前"].map { ($0, true) })
    /// Words opening a date a clause tells a state as of (`截至去年底已全部搬迁入住`, `截止6月底已全部拨付到位`): a lead of the present too.
    static let asOfLeads = ScalarTrie<Bool>(["截至", "截止", "到"].map { ($0, true) })
    /// Whether `r` is a date alone (`6月底`, `去年底`, `目前`, `2019年末`).
    static func asOfDate(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        !r.isEmpty && (presentLeads.longest(in: s, at: r.lowerBound, limit: r.upperBound)?.length == r.count
            || s[r].allSatisfy { NumberReader.isDigit($0) || asOfDateChars.contains($0) })
    }
    static let asOfDateChars = ScalarSet("年月日底末初今去上本")
    /// How far after a plan's figure ``wholeDone`` may stand, in characters.
    static let wholeDoneReach = 16
    /// Whether a target's rule is a plan's (`计划`, `规划`), in its clause or over the sentence, or a task's (`任务是脱贫62户,…已全部脱贫`).
    static func isPlanRule(_ rule: String) -> Bool {
        rule.hasPrefix("kind.target.计划") || rule.hasPrefix("kind.target.规划") || rule.hasPrefix("kind.target.按规划") || rule == budgetRule
            || rule == taskRule
    }
    /// How far after `已` a verb of reaching may stand (`已全部完成`).
    static let reachedAfterAlready = 3
    static let goalReach = 8
    /// Purposes a plan's word may open (`为确保如期出列,…`, `为了…`): a purpose governs no clause after it.
    static let purposeLeads = ScalarTrie<Bool>(["为", "为了"].map { ($0, true) })
    /// Words telling all of a planned class done (`全部达到`, `均已`, `已全部`).
    static let wholesDone = ScalarTrie<Bool>(["全部达到", "全部实现", "已全部", "均已", "全部退出", "全部出列", "全部摘帽", "全部脱贫",
        "均达到", "均实现", "如期实现", "如期完成", "全部完成"].map { ($0, true) })
    /// Whether the plan's word at `k` opens a clause after one a purpose opens (`为帮助贫困户稳定增收,确保“两不愁三保障”,…`):
    /// the purpose's, no plan of the clauses after it.
    static func inPurpose(_ s: [UInt32], marker k: Int, sentence: Range<Int>) -> Bool {
        let clause = Outline.clause(s, around: k, in: sentence)
        guard k == clause.lowerBound, clause.lowerBound > sentence.lowerBound else { return false }
        let before = Outline.clause(s, around: clause.lowerBound - 2, in: sentence)
        return purposeLeads.longest(in: s, at: before.lowerBound, limit: before.upperBound) != nil
    }
    /// Copulas after a goal's noun that name its content (`目标任务是完成…`, `目标为…`, `目标:…`).
    static let goalCopulas = ScalarSet("是为:")

    /// What ends a plan's reach: the figure is an outcome (`已`, `完成了`, `截至`; `一共安排…指标` all
    /// allotted so far). Not `共计`, which sums what a plan brings as well (`将投入…,共计开发3426个`).
    /// Whether the words between a plan's breakdown's 其中 and its figure say the part is done: 已 and a verb of
    /// work done, then at most `的有`, `的`, `有` or `了` (`其中已开工的有800户`, `其中已竣工600户`); not a part 已 only
    /// qualifies (`其中已脱贫户800户`, `其中已列入省级计划的80公里`, `在已建成的安置小区内新建300套`).
    static func partDone(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, !doneStarts.contains(s[k]) { k += 1 }
        // (在已建成的安置小区内新建300套: what was built is where the part goes, no part done)
        guard k < r.upperBound, !(k > r.lowerBound && s[k - 1] == PlaceLexicon.zai) else { return false }
        while k < r.upperBound, doneAdverbs.contains(s[k]) { k += 1 }   // 已, 已经, 均已
        guard let v = workDoneVerbs.longest(in: s, at: k, limit: r.upperBound) else { return false }
        let rest = s[(k + v.length)..<r.upperBound]
        if rest.isEmpty || partDoneTails.contains(where: { rest.elementsEqual($0) }) { return true }
        // (其中已完成投资5000万元, 已开工建设800户, 已建成安置房1200套: the verb's object; not the counted noun the verb
        // qualifies, 已脱贫户800户, 已搬迁人口)
        let tail = (k + v.length)..<r.upperBound
        guard rest.allSatisfy(NormalizedText.isHan) else { return false }
        return UnitLexicon.householdNouns.longest(in: s, at: tail.lowerBound, limit: tail.upperBound)?.length != tail.count
            && UnitLexicon.peopleNouns.longest(in: s, at: tail.lowerBound, limit: tail.upperBound)?.length != tail.count
            && !(tail.count == 1 && qualifiedUnits.contains(s[tail.lowerBound]))
    }
    /// Counted nouns of one character a done verb qualifies (`已脱贫户`, `已出列村`).
    static let qualifiedUnits = ScalarSet("户人村")
    static let doneStarts = ScalarSet("已均都全"), doneAdverbs = ScalarSet("已经全部均都")
    static let workDoneVerbs = ScalarTrie<Bool>(["开工", "完工", "竣工", "完成", "建成", "入住", "搬迁", "搬迁入住", "验收", "竣工验收", "实施",
        "改造", "脱贫", "退出", "出列", "拨付", "到位", "发放",
        // (其中已支出2.9亿元, 已使用: money spent of what was set aside)
        "支出", "使用", "兑付"].map { ($0, true) })
    static let partDoneTails: [[UInt32]] = ["的有", "的", "有", "了", "的为", "的达"].map { $0.unicodeScalars.map(\.value) }
    /// How long the standard's noun between 的 and 标准 may be (`2万元的建房补助标准`: 4; `农村危房改造`: 6).
    static let standardNounLength = 6
    /// How far before a rate's cue its standard's sum may start (`200元的标准` before `每户`: the sum's 元 and the words after it).
    static let standardSumReach = 4
    /// A standard raised or changed to the figure after it (`由…200元的标准提高到260元`, `调整为`): the figure the new standard.
    static let standardChanged = ScalarTrie<Bool>((TimeLexicon.toLevelRows + ["调整为", "调整到", "调整至", "上调至", "上调到", "上调为", "提标至", "提标到"])
        .map { ($0, true) })
    /// Words of a goal in a title (`到2020年全县贫困人口全部脱贫`, `2020年全面建成小康社会`): its year is the goal's, no year the
    /// report tells of.
    /// (a title telling the year's outcome still to come too: `2020年全县贫困人口将全部脱贫`, `有望`, `预计`)
    static let titleGoalWords = ScalarTrie<Bool>(["到20", "力争", "确保", "全面建成", "目标", "决胜", "实现全面",
                                                  "将全部", "将实现", "将于", "要实现", "有望", "预计", "计划"].map { ($0, true) })
    /// Money of a later year allocated or received already (`提前下达2021年…资金`, `提前获得`, `已下达`): done, no plan.
    static let allocatedAhead = ScalarTrie<Bool>(["提前下达", "提前获得", "提前拨付", "提前批复", "提前分配", "预拨", "提前预拨",
                                                  "已下达", "已获得", "已拨付", "已批复"].map { ($0, true) })
    /// Whether the figure at `start` is allocated already (``allocatedAhead``): money wherever its sentence allocates it before
    /// (`提前下达资金,2021年中央财政专项扶贫资金4.6亿元`) in a clause with no figure of its own after the word (`已拨付贴息资金800万元,
    /// 2021年…投放规模5亿元` allocated the 800万); other things only in their own clause (`已下达2020年度资金1.5亿元,2021年全县新建
    /// 产业路86公里` plans the road).
    static func allocatedAlready(_ s: [UInt32], before start: Int, clause: Range<Int>, sentence: Range<Int>, money: Bool) -> Bool {
        var k = money ? sentence.lowerBound : clause.lowerBound
        while let (a, _) = allocatedAhead.firstMatch(in: s, k..<start) {
            if a >= clause.lowerBound || !s[a..<clause.lowerBound].contains(where: NumberReader.isDigit) { return true }
            k = a + 1
        }
        return false
    }
    /// Words before 将 that tell its disposal done (`已将`, `已经将`; no `为了`, `目前`).
    static let pastBeforeJiang = ScalarTrie<Bool>(["已", "已经", "先后", "截至", "截止", "累计"].map { ($0, true) })
    /// What a later clause says of things handed over, done (`群众已全部入住`, `已交付使用`).
    static let handedOver = ScalarTrie<Bool>(["已全部入住", "已入住", "全部入住", "已交付", "已分配", "已发放", "已领取", "已搬迁入住",
                                              "已住进", "住进了", "已投入使用", "已投产", "已带动", "已吸纳"].map { ($0, true) })
    /// Words opening a clause that contrasts another time's level (`而2013年只有1668元`).
    static let contrastOpeners = ScalarTrie<Bool>(["而", "但", "然而", "可是", "而在"].map { ($0, true) })
    /// Words of how little a level was, before it (`只有`, `仅为`, `不到`).
    static let fewWords = ScalarTrie<Bool>(["只有", "仅有", "仅为", "仅", "只", "才", "还是", "不到", "还不到", "不足", "还不足", "还只有",
                                            "还只"].map { ($0, true) })
    public static let doneMarkers = ScalarTrie<Bool>(["已", "已经", "完成了", "实现了", "截至", "截止", "累计", "一共", "目前", "实际",
        "了",
        // (原计划投资5000万元,共计完成投资6000万元: 共计 with a verb of completion sums what was done)
        "共计完成", "共计实现"].map { ($0, true) })

    /// Verbs of completion that, taking a figure and nothing after it in their clause, tally what a plan before came
    /// to (``tallied(_:at:limit:planWord:planWords:past:)``): 完成 always, the building verbs only in a year the report
    /// tells past: a plan's pair of goals this year, 计划新建扶贫车间20个,建成15个, starts and
    /// completes; of a year gone, 2019年…计划新建20座,建成22座, it came to 22.
    static let tallyVerbs = ScalarTrie<TallyVerb>([("完成", .always), ("办结", .always)] + buildingVerbRows.map { ($0, .inAPastYear) })
    /// When a verb of ``tallyVerbs`` tallies a plan.
    enum TallyVerb { case always, inAPastYear }
    static let buildingVerbRows = ["建成", "完工", "竣工"]
    /// Verbs of reaching a goal or completing a thing that a deadline after a figure demands (`剩余50座年底前建成`, `…年底前实现`).
    static let deadlineVerbs = ScalarTrie<Bool>((goalReachedRows + buildingVerbRows + ["办结"]).map { ($0, true) })
    /// Plan words a tally answers (`计划新建85处,完成89处`): a plan set for the year, against which what was done is
    /// counted. (a modal's plan goes on: `将实施…48.65万套,基本建成22.21万套` is two goals)
    static let talliedPlans = ScalarTrie<Bool>(["计划", "原计划", "年度计划", "任务", "目标任务"].map { ($0, true) })
    /// Whether a verb of completion at `k` takes a figure, its unit and nothing more in its clause (`完成89处`,
    /// `完成了438.6公里`): the outcome of the plan before (`计划新建…85处,完成89处,解决2.3万人…`), which ends its reach.
    /// Between the verb and the figure only the start of the plan's own words before its figure may stand (`计划搬迁500户,
    /// 完成搬迁480户`).
    /// (`力争新建道路30公里,完成危房改造500户` names an object of its own, and is the plan's still)
    /// (`planWord`: where the plan's word stands, one of ``talliedPlans``; `planWords`: what follows it)
    static func tallied(_ s: [UInt32], at k: Int, limit: Int, planWord: Int, planWords plan: Range<Int>, past: Bool) -> Bool {
        guard let v = tallyVerbs.longest(in: s, at: k, limit: limit), v.value == .always || past,
              talliedPlans.longest(in: s, at: planWord, limit: plan.lowerBound) != nil else { return false }
        var j = k + v.length
        if j < limit, s[j] == le { j += 1 }
        // (the plan's words: from its marker's end to its first figure, in its clause)
        var p = plan.lowerBound
        while p < plan.upperBound, !NumberReader.figureStarts.contains(s[p]), !Outline.isClauseBreak(s[p]) { p += 1 }
        // (the tally's words before its figure a start of them: 计划培训贫困劳动力3000人,完成培训3150人)
        var w = plan.lowerBound
        while w < p, j < limit, s[j] == s[w] { j += 1; w += 1 }
        let number = j
        while j < limit, NumberReader.isDigit(s[j]) || NumberReader.isChineseNumeral(s[j]) || s[j] == 0x2E { j += 1 }   // .
        guard j > number else { return false }
        let unit = j
        while j < limit, j - unit < tallyUnitLength, NormalizedText.isHan(s[j]) || s[j] == 0x25 { j += 1 }   // %
        return j >= limit || Outline.isClauseBreak(s[j]) || Outline.sentenceEnds.contains(s[j])
    }
    /// The longest unit a tallied figure takes (`人次`, `公里`, `万人`, `万人次`, `个百分点`).
    static let tallyUnitLength = 4

    /// What says a figure is the present state, not a plan (`全镇现剩余222户`, `现有贫困人口`).
    public static let presentMarkers = ScalarTrie<Bool>(["现有", "现剩余", "现存", "现阶段", "目前", "当前",
        // a place described as it is (全镇总人口7587户, 辖区面积139.3平方公里)
        "总人口", "辖区面积", "辖"].map { ($0, true) })
    /// Words ending in 现 (`实现`, `出现`, `体现`): a present marker read out of one is none (`2019年实现剩余415户脱贫`).
    static let xianWords = ScalarTrie<Bool>(["实现", "出现", "发现", "体现", "表现", "展现", "呈现", "兑现", "再现"].map { ($0, true) })
    /// Whether `r` holds a marker of the present (``presentMarkers``), not one read out of a word ending in 现.
    static func statesPresent(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while let (at, _) = presentMarkers.firstMatch(in: s, k..<r.upperBound) {
            if !(at > r.lowerBound && xianWords.longestEnding(in: s, at: at + 1, from: at - 1, maxLength: 2) != nil) { return true }
            k = at + 1
        }
        return false
    }

    /// Rate cues that describe a level rather than a unit (`低保平均标准较上年提高367元`): a change
    /// verb right before the figure outweighs them. Every other rate cue (人均, 每年, /亩) makes
    /// an increase a per-unit figure (`人均增收2000元`, `每年可增加收入1580元` are rates).
    public static let levelRates: Set<String> = ["kind.rate.标准", "kind.rate.平均", "kind.rate.最高", "kind.rate.一次性",
                                                 "kind.rate.分别给予", "kind.rate.分别补助", "kind.rate.分别奖励"]
    /// Rate cues that name a kind of payment (`一次性就业补贴`): an amount the clause reports paid
    /// (`已落实`, `累计发放`: a done-marker before it) is the total paid, not a standard.
    public static let paymentNames: Set<String> = ["kind.rate.一次性"]
    /// Section headings of plans (`(二)目标任务`, `三、下步打算`): the section's figures are targets,
    /// unless the heading reviews them (`目标任务完成情况`).
    /// (true: anywhere in the heading; false: only closing it, `2021年目标:`, not `二、紧扣全年目标 狠抓工作落实`)
    public static let planHeadings = ScalarTrie<Bool>(["目标任务", "主要目标", "工作目标", "任务目标", "发展目标", "工作打算",
        "下步打算", "下一步打算", "工作计划", "工作思路", "下一步工作", "预期目标"].map { ($0, true) }
        // a year's or a plan period's goals (2021年目标:, “十四五”目标:)
        + ["年目标", "年度目标", "”目标", "奋斗目标",
           // a plan's list closing its heading (今年计划:, 下半年打算:, 方案明确了五项重点任务:)
           "计划", "打算", "重点任务", "主要任务", "任务安排", "工作安排"].map { ($0, false) })
    /// Whether heading `r` names plans: a word of ``planHeadings`` where its row allows, no goal met.
    /// (a programme's name closing it, `二、雨露计划`, `三、春潮行动培训计划`, plans nothing: 计划 alone plans
    /// after a time's word, ``planTimes``, or opening the heading's text)
    static func headsPlans(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var end = r.upperBound
        while end > r.lowerBound, s[end - 1] == ListItems.colon || s[end - 1] == 0x20 || s[end - 1] == 0x3000 { end -= 1 }
        var k = r.lowerBound
        while let (at, _) = planHeadings.firstMatch(in: s, k..<r.upperBound) {
            guard let m = planHeadings.longest(in: s, at: at, limit: r.upperBound) else { break }
            if !m.value, m.length == 2, s[at] == ji4, at > r.lowerBound, NormalizedText.isHan(s[at - 1]),
               planTimes.longestEnding(in: s, at: at, from: r.lowerBound, maxLength: planTimeLength) == nil { k = at + 1; continue }
            if m.value || at + m.length == end { return goalsMet.firstMatch(in: s, r) == nil }
            k = at + 1
        }
        return false
    }
    /// Words of a time or of work before 计划 closing a heading that make it a plan (`今年计划:`, `下一步工作计划`),
    /// not a programme's name (`雨露计划`).
    static let planTimes = ScalarTrie<Bool>(["今年", "明年", "年度", "全年", "工作", "下步", "下一步", "下半年", "上半年", "年",
                                             "季度", "阶段", "近期", "后续", "来年", "次年", "实施", "行动", "月", "周", "期"].map { ($0, true) })
    static let planTimeLength = 3
    /// Whether a word of completion follows `from` in its sentence before any other figure (`全年脱贫1500人,
    /// 已于10月底全部完成`, `新建扶贫车间12个,已全部建成投产`): what was planned is done.
    /// (not where the completion counts less than the `planned` figure, a part of the plan: `改造危房300户,
    /// 已完成120户`, `已完成一百二十户`; all of it or 100% is done; a date after it is none, `已于10月底全部完成`)
    /// (培训贫困劳动力5000人,已完成1.2万人次: a completion counted in another measure is another figure's)
    static func doneAfter(_ s: [UInt32], from: Int, sentence: Range<Int>, planned: Double, measure: Measure) -> Bool {
        var k = from
        while k < sentence.upperBound, !NumberReader.isDigit(s[k]) {
            if let w = completedAfter.longest(in: s, at: k, limit: sentence.upperBound) {
                var j = k + w.length
                while j < sentence.upperBound, !Outline.isClauseBreak(s[j]) {
                    if NumberReader.isDigit(s[j]) || NumberReader.isChineseNumeral(s[j]),
                       let n = NumberReader.numeral(s, at: j, limit: sentence.upperBound, chineseStart: NumberReader.isChineseNumeral(s[j])) {
                        let e = n.end
                        if e < sentence.upperBound, TimeLexicon.dateUnits.contains(s[e]) { j = e + 1; continue }
                        // (已完成1.2亿元, 1.52万人: the planned figure is in yuan and persons, the done one's 万 and 亿 count;
                        // 百分之百: all of it)
                        let prefix = CandidateReader.percentPrefix
                        let share = e < sentence.upperBound && s[e] == 0x25 || j >= prefix.count && s[(j - prefix.count)..<j].elementsEqual(prefix)
                        let multiplier = UnitLexicon.multipliers.longest(in: s, at: e, limit: sentence.upperBound)
                        if share { return n.value >= 100 }
                        if let u = UnitLexicon.trie.longest(in: s, at: e + (multiplier?.length ?? 0), limit: sentence.upperBound)?.value.measure,
                           u != measure { return false }
                        return n.value * (multiplier?.value ?? 1) >= planned
                    }
                    j += 1
                }
                return true
            }
            k += 1
        }
        return false
    }
    static let completedAfter = ScalarTrie<Bool>(["已全部完成", "全部完成", "已完成", "已于", "已全部", "已经完成", "已建成", "已实现",
                                                  "如期完成", "超额完成", "提前完成", "圆满完成"].map { ($0, true) })
    /// Words of a heading naming a year's work (`2017年主要工作`, `2016年工作`): in a report published early in
    /// that year (``YearResolver/isEarlyInYear(_:)``), the work ahead.
    /// (not any 工作: `2019年一季度扶贫工作` reports the quarter's work done)
    static let workWords = ScalarTrie<Bool>(["重点工作", "主要工作", "年工作", "工作安排", "工作要点", "工作任务", "工作重点"].map { ($0, true) })
    /// Words of a heading reviewing work done (`重点工作推进情况`, `一、主要成果`): no plan's (``reviews(_:_:)``).
    public static let reviewHeadings = ScalarTrie<Bool>(["完成", "情况", "成效", "成绩", "进展", "回顾", "现状", "主要成果", "取得的成果"].map { ($0, true) })
    /// Words closing a heading that reviews (`2019年工作亮点`, `2018年工作总结`, `脱贫攻坚成果盘点`, `一、脱贫攻坚成果`):
    /// only there, as the same words open a plan's items (`(三)总结推广扶贫经验`); false: not after a verb that
    /// keeps them, a plan's item (`(一)巩固提升脱贫成果`).
    static let reviewClosers = ScalarTrie<Bool>([("亮点", true), ("总结", true), ("盘点", true), ("成果", false), ("成就", false)])
    /// Verbs that keep what was achieved (`巩固`, `拓展`): a plan's item closing with its achievements.
    static let keepingVerbs = ScalarTrie<Bool>(["巩固", "提升", "拓展", "扩大", "保持", "巩固提升", "巩固拓展", "守住", "守牢", "守护", "夯实", "筑牢", "用好", "维护", "转化"].map { ($0, true) })
    static let keepingReach = 14
    /// Whether a heading reviews work done (``reviewHeadings``, ``reviewClosers``).
    public static func reviews(_ s: [UInt32], _ heading: Range<Int>) -> Bool {
        if reviewHeadings.firstMatch(in: s, heading) != nil { return true }
        var end = heading.upperBound
        while end > heading.lowerBound, !NormalizedText.isHan(s[end - 1]) { end -= 1 }
        guard let c = reviewClosers.longestEnding(in: s, at: end, from: heading.lowerBound, maxLength: 2) else { return false }
        return c.value || keepingVerbs.firstMatch(in: s, max(heading.lowerBound, end - c.length - keepingReach)..<(end - c.length)) == nil
    }
    /// Words of a heading naming shortfalls (`存在的主要问题:`, `问题和不足:`): no list of the plan in force (not a
    /// plan's item that meets them, `着力解决突出问题:`, `补齐基础设施短板:`).
    public static let problemHeadings = ScalarTrie<Bool>(["存在的", "存在问题", "不足之处", "面临的问题", "面临的困难", "问题和不足", "问题与不足",
                                                         "问题及不足", "困难和问题", "困难与问题", "短板和不足"].map { ($0, true) })
    /// Words of goals met beside a heading's goal word (`全面实现“两不愁三保障”目标`, `圆满实现年度目标`): the
    /// heading's own plan words plan nothing (a plan's document still plans under `二、实现稳定增收`).
    /// (a word of completion with the verb: `实现脱贫人口持续增收` is a goal still to meet)
    public static let goalsMet = ScalarTrie<Bool>(["圆满实现", "全面实现", "顺利实现", "如期实现", "已实现", "实现了", "已经实现",
                                                  "全部实现", "基本实现", "均已实现", "均实现", "胜利实现",
                                                  "全面完成", "圆满完成", "超额完成", "已完成", "顺利完成", "达到了", "已达到", "达成了"].map { ($0, true) })
    /// A document declaring itself a plan before its first section (`特制定如下资金使用计划`,
    /// `现制定本实施方案`): the verb, and the plan's noun after it in its line.
    static let planDeclarationWords = ["特制定", "现制定", "制定如下", "制定本"]
    public static let planDocuments = ScalarTrie<Bool>(["计划", "方案", "规划"].map { ($0, true) })
    /// How many of a document's first paragraphs may declare it a plan.
    static let planDeclarationReach = 3
    /// Whether a line declares its document a plan: a declaring verb not done (`特制定`, not
    /// `特制定了`), then a plan's noun closing its sentence or opening what follows (`…计划。`, `…方案如下`).
    static func declaresPlan(_ s: [UInt32], _ line: Range<Int>, verbAt d: Int) -> Bool {
        var k = d
        while k < line.upperBound, s[k] != le, !Outline.sentenceEnds.contains(s[k]) {
            if let p = planDocuments.longest(in: s, at: k, limit: line.upperBound) {
                let e = k + p.length
                return e >= line.upperBound || Outline.sentenceEnds.contains(s[e]) || s[e] == ListItems.colon || s[e] == 0x5982   // 。 : 如(下)
            }
            k += 1
        }
        return false
    }
    /// What closes a title that puts a plan before the public (`…扶贫项目计划公示`, `关于2020年度扶贫项目库的公示`,
    /// `…资金使用计划表`): the plan's noun before it.
    /// (`计划表` is `表` after the noun `计划`: a close of its own would swallow the noun)
    static let planNoticeCloses = ["公示", "的公示", "公告", "的公告", "公示表", "一览表", "明细表", "表"]
    /// A plan's nouns a title names before its notice's close: a project bank, and a scheme (`方案`) but one sharing out
    /// what was earned (`收益分配方案公示`, ``sharingPlans``), always; 计划 and 规划 only after a word of a plan's time or
    /// work, ``planTimes`` or ``planObjects`` (`项目计划公示`; not `雨露计划公示`, a programme's list of whom it paid, nor
    /// `脱贫攻坚规划的公示`, whose body tells the place as it stands before its goals).
    static let titlePlanNouns = ScalarTrie<Bool>([("方案", true), ("规划", false), ("项目库", true), ("计划", false)])
    static let planObjects = ScalarTrie<Bool>(["项目", "资金", "建设", "使用", "安排", "投资", "实施", "改造", "安置", "搬迁", "发展"].map { ($0, true) })
    /// Plans of what was earned, shared out (`村集体经济收益分配方案公示`, `光伏扶贫收益分配实施方案的公示`), or of a
    /// payment made (`雨露计划补助资金发放方案公示`, a list of whom it paid), anywhere in the title before the scheme's
    /// noun: no plan of what is to be done.
    static let sharingPlans = ScalarTrie<Bool>(["收益分配", "收益分红", "收益使用", "分红", "利润分配", "发放"].map { ($0, true) })
    /// What closes a call for tenders (`…饮水安全巩固提升工程招标公告`): the project it puts out is still to be
    /// built, its scale and budget planned (not an award's, `中标公告`, whose sum is paid).
    static let tenderCalls = ["招标公告", "采购公告", "磋商公告", "谈判公告", "询价公告", "比选公告", "招标文件", "采购文件"]
    /// What closes a pledge (`2018年度脱贫攻坚目标责任书`, `…承诺书`, `军令状`): every article of it binds its signer to a
    /// figure still to be reached (its review is a notice of its own, `…责任书考核结果的通报`).
    static let pledges = ["责任书", "承诺书", "军令状", "责任状", "保证书"]
    /// Words of a title that report a pledge signed (`我县签订2019年脱贫攻坚目标责任书`, `…与各乡镇签订军令状`): news of the
    /// signing, an outcome, no pledge's own text.
    /// (签 covers 签订, 签署, 签下)
    static let pledgeSigned = ScalarTrie<Bool>(["签", "立下", "递交", "呈交"].map { ($0, true) })
    /// Words only a pledge's own text holds: its parties, its articles, its signatures, itself named (`乙方`, `第一条`,
    /// `责任人(签字)`, `本责任书`). A title closing with a pledge over none of them is news or a feature about one
    /// (`县委书记向32个乡镇党委书记下达目标责任书`, `一份必须兑现的军令状`).
    static let pledgeForms = ScalarTrie<Bool>(["甲方", "乙方", "第一条", "(签字)", "(盖章)", "签字:", "(签名)", "签名:", "承诺人", "责任人:",
                                               "责任单位:", "承诺单位:", "双方", "本责任书", "本承诺书", "本军令状", "本责任状", "本保证书"].map { ($0, true) })
    /// How a title's close makes its document a plan (``titlesPlan(_:_:)``).
    enum TitleClose { case notice, tender, pledge }
    static let planTitleCloses = ScalarTrie<TitleClose>(planNoticeCloses.map { ($0, .notice) } + tenderCalls.map { ($0, .tender) }
                                                        + pledges.map { ($0, .pledge) })
    /// Whether a title calls for tenders (``tenderCalls``): its terms (`保证金`, `注册资本`) are a tender's throughout.
    static func callsTenders(_ s: [UInt32], _ title: Range<Int>) -> Bool {
        planTitleCloses.longestEnding(in: s, at: title.upperBound, from: title.lowerBound, maxLength: 4)?.value == .tender
    }
    /// Whether a title puts a plan before its reader: it closes with a plan's notice after a plan's noun, calls
    /// for tenders or is a pledge. Such a document plans from its first line.
    static func titlesPlan(_ s: [UInt32], _ title: Range<Int>) -> Bool {
        guard let close = planTitleCloses.longestEnding(in: s, at: title.upperBound, from: title.lowerBound, maxLength: 4) else { return false }
        switch close.value {
        case .tender: return true
        case .pledge: return pledgeSigned.firstMatch(in: s, title.lowerBound..<(title.upperBound - close.length)) == nil
            && pledgeForms.firstMatch(in: s, title.upperBound..<s.count) != nil
        case .notice: break
        }
        let end = title.upperBound - close.length
        guard let noun = titlePlanNouns.longestEnding(in: s, at: end, from: title.lowerBound, maxLength: 3) else { return false }
        let before = end - noun.length
        if noun.value { return sharingPlans.firstMatch(in: s, title.lowerBound..<before) == nil }
        return planTimes.longestEnding(in: s, at: before, from: title.lowerBound, maxLength: planTimeLength) != nil
            || planObjects.longestEnding(in: s, at: before, from: title.lowerBound, maxLength: 2) != nil
    }
    /// Whether a span since runs from `at` (`以来`, `两年来`, `三年多来`): after a plan's verb (`计划实施两年来`) it tells of
    /// the plan in force for that long, no plan of what follows.
    static func runsSince(_ s: [UInt32], at: Int, limit: Int) -> Bool {
        var j = at
        while j < limit, NumberReader.isDigit(s[j]) || NumberReader.isChineseNumeral(s[j]) || sinceCounts.contains(s[j]) { j += 1 }
        guard let e = sinceEnds.longest(in: s, at: j, limit: limit) else { return false }
        return j > at || e.length == 2   // (来 alone only after a count of time: 实施两年来, not 实施来)
    }
    static let sinceCounts = ScalarSet("年个月多半")
    static let sinceEnds = ScalarTrie<Bool>(["以来", "来"].map { ($0, true) })
    /// Right before an issuing verb, words of a notice issuing it to its reader (`关于印发…的通知`, `现印发`,
    /// `特印发`, `现予印发`); `给` after it (`印发给你们`), `现将` before it (`现将《…》印发给你们`).
    static let noticeIssuers = ScalarTrie<Bool>(["关于", "现", "特", "现予", "予以"].map { ($0, true) })
    static let noticeAddress = ScalarTrie<Bool>(["现将"].map { ($0, true) })
    /// A notice's request to its reader after the document it issues (`请认真贯彻落实`).
    static let noticeRequests = ScalarTrie<Bool>(["请认真贯彻", "请认真抓好", "请抓好", "请遵照执行", "请结合实际", "请认真组织实施",
        "请各地", "请各乡镇", "请认真执行"].map { ($0, true) })
    static let gei: UInt32 = 0x7ED9   // 给
    /// What closes a notice's title after the document it issues (`…实施方案的通知`).
    static let noticeClose: [UInt32] = "的通知".unicodeScalars.map(\.value)
    /// Verbs issuing a document (`关于印发…实施方案的通知`, `现将《…行动计划》印发给你们`): issuing a plan's
    /// document, a notice's sections are the plan's (``issuesPlan(_:_:)``).
    static let issuingVerbWords = ["印发", "颁发"]
    /// The verbs opening a plan's document, declaring it (true: ``declaresPlan(_:_:verbAt:)``) or issuing it
    /// (false: ``issuesPlan(_:_:verbAt:)``), read in one pass over a line (two passes cost 3.4 M instructions a pass
    /// over 400 reports).
    static let planOpeners = ScalarTrie<Bool>(planDeclarationWords.map { ($0, true) } + issuingVerbWords.map { ($0, false) })
    /// Whether a line opens its document as a plan: declares it (`特制定如下资金使用计划`) or issues one (`关于印发…
    /// 实施方案的通知`, `现将《…行动计划》印发给你们`).
    static func opensPlanDocument(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        while let (at, declares) = planOpeners.firstMatch(in: s, k..<line.upperBound) {
            if declares ? declaresPlan(s, line, verbAt: at) : issuesPlan(s, line, verbAt: at) { return true }
            k = at + 1
        }
        return false
    }
    /// Whether a line issues a plan: an issuing verb not done (`印发`, not `县里印发了`), and a plan's noun that
    /// closes the document's name, before its title mark, a bracketed span (`计划(2015—2017年)》`) or `的通知`
    /// (not `《雨露计划实施办法》`, nor `《…工作计划完成情况》`).
    /// (a notice's own issuing, addressed to its reader: `关于印发`, `现印发`, `特印发`, `现将…印发给你们`; not a
    /// news report that a plan was issued, `某县印发2019年脱贫攻坚实施方案`, `县委印发《…方案》后`,
    /// `依据《三年行动计划》印发《扶贫资金管理办法》`)
    static func issuesPlan(_ s: [UInt32], _ line: Range<Int>, verbAt v: Int) -> Bool {
        guard v + 2 < line.upperBound, s[v + 2] != le else { return false }
        // (…办公室印发《某县2019年脱贫攻坚实施方案》的通知: a title the notice's close ends; 经县委、县政府同意,印发《…方案》,
        // 请认真贯彻落实: a request to its reader)
        let trimmed = Outline.trim(s, line)
        guard s[v + 2] == gei || noticeAddress.firstMatch(in: s, line.lowerBound..<v) != nil
                || noticeIssuers.longestEnding(in: s, at: v, from: line.lowerBound, maxLength: 2) != nil
                || trimmed.count >= noticeClose.count && s[(trimmed.upperBound - noticeClose.count)..<trimmed.upperBound].elementsEqual(noticeClose)
                || noticeRequests.firstMatch(in: s, v..<line.upperBound) != nil else { return false }
        var k = line.lowerBound
        while let (at, _) = planDocuments.firstMatch(in: s, k..<line.upperBound) {
            k = at + 1
            guard let m = planDocuments.longest(in: s, at: at, limit: line.upperBound) else { break }
            var e = at + m.length
            if e < line.upperBound, TableCells.openBrackets.contains(s[e]) {
                while e < line.upperBound, !TableCells.closeBrackets.contains(s[e]) { e += 1 }
                e += 1
            }
            if e >= line.upperBound || s[e] == TrapLexicon.closeTitle
                || e + 3 <= line.upperBound && s[e..<(e + 3)].elementsEqual(noticeClose) { return true }
        }
        return false
    }
    /// Words for per person or household before a figure (`人均`, `户均`), for
    /// ``TopicCues/perCapita``.
    public static let perCapitaWords = ["人均", "户均", "每户", "每人"]
    /// Rate cues of a figure per person or household: the incomes a list gives after one are per
    /// person too (`人均工资性收入为3872元;家庭经营净收入3007元`), and carry the list on.
    public static let perCapitaListRule = "kind.rate.人均.list"
    /// What a clause may hold before a verb of reaching a level and still continue the figure before it (`2018年达到`, `到去年`,
    /// nothing): digits, words of time, spaces.
    public static let timeOnlyChars = ScalarSet("0123456789年月日底末初今去前当后到了截至止如 ")
    /// Words ranking a place among others (`第三铺乡最低`): the clause after one gives the level it ranks by.
    static let superlatives = ScalarTrie<Bool>(["最高", "最低", "最多", "最少", "最快", "最慢", "其次"].map { ($0, true) })
    /// Adverbs and range words between a time and a verb of a level (`已达`, `仅为`, `1至9月`): ``FactContext/onlyLevelBefore(_:_:clause:)``.
    public static let levelFillers = ScalarSet("已仅只也都就约至")
    /// Words referring back to a figure (`这一数字`, `该比例`): the figure after one is what that figure was (``figureAnaphoraRule``).
    public static let figureAnaphora = ScalarTrie<Bool>(["这一数字", "这个数字", "该数字", "此数字", "这一数据", "这个数据", "这一比例",
        "该比例", "这一指标", "该指标"].map { ($0, true) })
    public static let figureAnaphoraRule = "kind.referred"
    /// The rule of a figure given to each of the things named before it (`各400万元`, `各有`).
    public static let eachRule = "kind.rate.各"
    /// Words giving the figures listed after them each to a thing listed before (`分别`, `依次`, `各有`): the figures are
    /// separate counts, no labels (`1、2、3组`) nor a colloquial pair (`3、4万元`).
    public static let distributing = ScalarTrie<Bool>(["分别", "依次", "各有", "各为", "各自", "各是", "各达"].map { ($0, true) })
    /// Longer words a distributing word opens that distribute nothing (`各有关部门`, `各自然村`).
    static let distributingRefused = ScalarTrie<Bool>(["各有关", "各自然"].map { ($0, true) })
    /// The first distributing word (``distributing``) in `range`, where it stands and its length; not one opening a
    /// longer word (``distributingRefused``: 在各有关部门的支持下,…分别减贫1200人、950人 distributes by its 分别).
    public static func distributingWord(in s: [UInt32], _ range: Range<Int>) -> (at: Int, length: Int)? {
        distributing.firstWord(in: s, range, refusing: distributingRefused)
    }
    /// Words of adding to a standard or of paying it in instalments (`再追加`, `另`, `第一年`, `首期`): a smaller sum after a sum per
    /// unit in its sentence with one in its clause is per unit too (``perUnitFollowRule``).
    public static let perUnitFollowCues = ScalarTrie<Bool>(["再", "另", "还有", "还可", "追加", "加发", "第一年", "第二年", "第三年", "第四年", "第五年",
        "首年", "次年", "首期", "二期", "首次", "第一次", "第二次", "第三次", "其余"].map { ($0, true) })
    /// Longer words a cue of ``perUnitFollowCues`` opens that add nothing to a standard (`再生资源`, `另行通知`, `另外县财政安排…`:
    /// another payer's sum).
    static let perUnitFollowRefused = ScalarTrie<Bool>((["再生", "另行", "另外财政"] + TrapLexicon.placeNounCharacters.map { "另外" + String($0) }).map { ($0, true) })
    /// Whether `r` holds a word of adding or of instalments (``perUnitFollowCues``) that opens no longer word (``perUnitFollowRefused``).
    static func perUnitFollows(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        perUnitFollowCues.firstWord(in: s, r, refusing: perUnitFollowRefused) != nil
    }
    /// Whether `r`, the clause before a figure, names nothing but a class of recipients (`一般农户`, `边缘户`, `一般劳动力`):
    /// a few Han characters, no verb of the subject lexicon, closing with a word of people or households.
    static func namesRecipientClass(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var a = r.lowerBound
        while a < r.upperBound, s[a] == NumberReader.space { a += 1 }
        // (not a whole place's, 全村农户3万元)
        // (nor a place's, 河口村建档立卡户30万元)
        guard r.upperBound - a >= 2, r.upperBound - a <= recipientClassLength, recipientClassEnds.contains(s[r.upperBound - 1]), s[a] != PlaceLexicon.quan,
              !(a..<r.upperBound).contains(where: { p in TrapLexicon.placeNounChars.contains(s[p])
                  && PlaceLexicon.genericNameTrie.longestEnding(in: s, at: p + 1, from: a, maxLength: 3) == nil }),
              s[a..<r.upperBound].allSatisfy(NormalizedText.isHan) else { return false }
        var k = a
        while k < r.upperBound {
            if let w = SubjectLexicon.trie.longest(in: s, at: k, limit: r.upperBound) {
                if w.value == .verb { return false }
                k += w.length
            } else { k += 1 }
        }
        return true
    }
    static let recipientClassEnds = ScalarSet("户人员生力")
    static let recipientClassLength = 8   // (分散供养特困人员)
    /// A smaller sum after a sum per unit in its sentence (`每座补助1800元,贫困户再追加600元`): per unit too.
    public static let perUnitFollowRule = "kind.rate.follows"
    public static let perCapitaRates: Set<String> = ["kind.rate.人均", "kind.rate.户均", perCapitaListRule]
    /// The parts of a person's income such a list gives (not 财政收入 nor 村集体经济收入).
    public static let incomeComponents = ScalarTrie<Bool>((incomeSources + ["可支配收入", "纯收入"]).map { ($0, true) })
    /// The sources an income is made of (`工资性收入`, `经营净收入`): under a per-person head they are per person
    /// (`农村常住居民人均可支配收入中,工资性收入4236元`).
    static let incomeSources = ["工资性收入", "工资收入", "经营净收入", "经营性收入", "经营收入", "财产净收入", "财产性收入", "转移净收入", "转移性收入"]
    static let incomeSourceTrie = ScalarTrie<Bool>(incomeSources.map { ($0, true) })
    /// Whether the clause before `clauseStart` closes with a partitive 中 (`人均可支配收入中,`): what follows is of it
    /// (not `在人均收入持续增长的同时,`).
    static func closesPartitive(_ s: [UInt32], before clauseStart: Int, from lower: Int) -> Bool {
        clauseStart - 2 >= lower && Outline.isClauseBreak(s[clauseStart - 1]) && s[clauseStart - 2] == zhong
    }
    /// What may stand with a year (``YearResolver/nian``) in a clause that says only a time before
    /// its figure (`,2016年底为7732元`, `(其中2011年3549元`; ``FactContext/onlyTimeBefore(_:_:clause:)``).
    public static let timeFillers = ScalarSet("底末初的为是达到(（其中")
    /// Adverbs before a verb whose counted noun is left out (`已出列17个`, `共退出5个`).
    public static let countAdverbs = ScalarSet("已共又再累计先后全部")
    /// Words right after a count by 个 that leave its noun out (`其中2个于2016年出列`, `其中3个已脱贫`).
    public static let afterElidedCount = ScalarSet("于已在为是均都全被")
    /// After a count by 个 whose noun a list's item before or a partitive names: a negation or a copula
    /// (`25个不通公路`, `337个属于深度贫困`), or a verb of ``countVerbsAfter``.
    static let afterPartitiveCount = ScalarSet("不未没已属是为")
    static let countVerbsAfter = ScalarTrie<Bool>(["实现", "完成", "达到", "建成", "通"].map { ($0, true) })
    /// What may stand between a partitive 中 and 有 (`村中至今有`, `村中已有`).
    static let partitiveFillers = ScalarSet("至今已共仍还")
    /// Verbs whose count by 个 may leave its noun out, the noun being the count's before
    /// (`贫困村164个,2016年出列17个`; ``FactContext/elidedNoun(_:_:clause:)``).
    public static let elidedNounVerbs = ScalarTrie<Bool>(["出列", "脱贫出列", "退出", "摘帽", "销号", "脱贫摘帽", "脱贫销号"].map { ($0, true) })
    /// Words of what remains before a count by 个 that leaves its noun out (`剩余28个`).
    /// (剩余劳动力 is surplus labour, no remainder: false rows.)
    public static let remainderWords = ScalarTrie<Bool>(["剩余", "剩下", "尚有", "还有", "只剩", "还剩", "仍有"].map { ($0, true) }
        + ["剩余劳动力", "剩余劳力"].map { ($0, false) })
    /// Verbs that lift a remainder out, after 将 in a later clause (``FactContext/remainderPlannedOut``).
    /// (false rows: 确保脱贫攻坚成果…, 确保脱贫不返贫 keep what was won; they lift nothing out)
    /// (set 366: reaching the standard and undoing a weak village's state lift out too, 剩余115户年底前可全部达标, 剩余23个村计划于
    /// 2018年底前全部消除; and 脱困, the reclamation areas' word)
    public static let remainderOut = ScalarTrie<Bool>(["脱贫", "清零", "出列", "摘帽", "退出", "销号", "脱贫出列", "达标", "消除", "消薄",
                                                       "脱困", "达到退出标准", "达到脱贫标准", "达到出列标准"].map { ($0, true) }
        + ["脱贫成果", "脱贫攻坚", "脱贫质量", "脱贫成效", "脱贫不返贫", "脱贫人口", "脱贫群众", "脱贫户", "退出机制", "退出标准",
           "退出程序"].map { ($0, false) })

    /// Land quotas named by 计划 or 指标 (`新增建设用地计划600亩`, `节余挂钩周转指标130余亩`, `专项计划
    /// 2.6475万亩`): land granted or saved, counted in mu, no plan (``FactContext``).
    static let landQuotaRows = ["用地计划", "用地指标", "周转指标", "节余指标", "结余指标", "挂钩指标", "挂钩周转指标",
                                "用地扶贫专项计划", "用地专项计划", "用地专项指标"]
    static let landQuotas = ScalarTrie<Bool>(landQuotaRows.map { ($0, true) })
    /// Whether a list's heading names some of a whole's places (`部分乡镇…情况如下:`): a breakdown of a whole
    /// stated before it, none where there is none (a table's rows under it stand alone).
    static func headsSome(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.contains { k in s[k] == fen && k > r.lowerBound && s[k - 1] == bu4 && k + 1 < r.upperBound && placeKinds.contains(s[k + 1]) }
    }
    /// Whether a list's heading breaks a whole down (`各县(市、区)…情况:`, `分乡镇情况:`, `其中:`): 各, 其中, or
    /// 分 before a kind of place or class.
    static func headsBreakdown(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.contains { k in s[k] == ge && k + 1 < r.upperBound && placeKinds.contains(s[k + 1])
            || opensQizhong(s, at: k, limit: r.upperBound)
            || s[k] == fen && k + 1 < r.upperBound && breakdownClasses.contains(s[k + 1]) && !(k > r.lowerBound && s[k - 1] == bu4) }
    }
    static let fen: UInt32 = 0x5206   // 分
    static let breakdownClasses = ScalarSet("县乡镇村区类项渠市省配")   // (分配: an allocation)
    /// The kinds of handling a discipline body counts after a count of those handled (`处理8708人,党纪政务处分
    /// 4527人,移送司法机关175人,问责1438人`): each a part of it; and the word of the whole.
    static let handlingKindRows = ["党纪政务处分", "党纪政纪处分", "党纪处分", "政务处分", "政纪处分", "纪律处分", "移送司法机关",
                                   "移送司法", "移送司法机关处理", "问责", "诫勉谈话", "组织处理", "批评教育"]
    static let handlingKinds = ScalarTrie<Bool>(handlingKindRows.map { ($0, true) })
    static let handlingKindLength = handlingKindRows.map(\.count).max()!
    /// The last characters of those rows: most figures stand after none, and are not read back.
    static let handlingKindEnds = ScalarSet(String(handlingKindRows.compactMap(\.last)))
    static let handled: [UInt32] = "处理".unicodeScalars.map(\.value)
    /// How far after 处理 its count of persons may start (`处理相关责任人870人`).
    static let handledNounReach = 8
    /// ``planMarkers`` with what only begins like one (`争取到`: won, not planned, unless a year follows,
    /// `争取到2020年全部建成`; `将近`: nearly).
    static let planWords = ScalarTrie<Bool>(planMarkers.map { ($0, true) } + notPlanRows)
    static let notPlanRows = [("争取到", false), ("将近", false)]
    /// Words of a later clause that plan a remainder's lifting out: ``planWords``, and what must be done
    /// (`全市还有未脱贫人口3.05万人,必须在年底前全部如期脱贫`).
    /// (今年须全部实现脱贫退出, 年内可全部脱贫: what must or can be done this year plans it too; not 可支配收入, 可见)
    static let remainderPlanWords = ScalarTrie<Bool>((planMarkers + ["必须", "要在", "要于", "须", "需要", "需在", "可全部", "可望", "可实现", "可于", "可在", "可通过"]).map { ($0, true) } + notPlanRows)
    /// Verbs after 将 that make it mark the object (`将产业扶贫作为头等大事`, `将节余指标纳入…`): no plan.
    static let disposalVerbs = ScalarTrie<Bool>(["作为", "列为", "纳入", "列入", "当作", "视为", "作"].map { ($0, true) })
    /// Whether a word of ``planMarkers`` plans in `r` (`计划争取…`, `今年全县将全面完成…`): not 争取到 (but
    /// 争取到2020年), nor 将近, nor a 将 that marks the object of a disposal verb later in its clause.
    /// (the disposal verb looked for up to `clauseEnd`: `将…指标1000亩纳入省级交易平台`)
    static func plans(_ s: [UInt32], in r: Range<Int>, clauseEnd: Int) -> Bool {
        var k = r.lowerBound
        while let (at, length) = planWord(s, from: k, limit: r.upperBound) {
            guard s[at] == jiang else { return true }
            var j = at + 1
            while j < clauseEnd, !Outline.isClauseBreak(s[j]), disposalVerbs.longest(in: s, at: j, limit: clauseEnd) == nil { j += 1 }
            if j >= clauseEnd || Outline.isClauseBreak(s[j]) { return true }
            k = at + length
        }
        return false
    }
    /// The first word of ``planWords`` from `k` that plans (a false row counts only before a year,
    /// `争取到2020年`), and its length.
    static func planWord(_ s: [UInt32], from k: Int, limit: Int, words: ScalarTrie<Bool> = planWords) -> (at: Int, length: Int)? {
        var k = k
        while let (at, planned) = words.firstMatch(in: s, k..<limit) {
            let length = words.longest(in: s, at: at, limit: limit)?.length ?? 1
            if planned || s[at] != jiang && YearResolver.yearFollows(s, at: at + length, limit: limit) { return (at, length) }
            k = at + length
        }
        return nil
    }
    static let landQuotaLength = landQuotaRows.map(\.count).max()!
    /// The words that mark a plan by themselves (``governingTargets``, ``planWords``).
    static let planMarkers = ["计划", "预计", "拟", "力争", "争取", "确保", "将"]
    /// A deadline's words (`6月底前`, `年底前`, `月底前`): what is to be done by it, before the figure in its clause, is a plan.
    /// (a day's, 9月15日前, only after its digits: 日前 alone is "a few days ago", 日前,记者从…获悉)
    static let deadlines = ScalarTrie<Bool>([("底前", true), ("日前", false)])
    /// Where the first deadline in `range` starts (``deadlines``), nil where none.
    static func deadline(in s: [UInt32], _ range: Range<Int>) -> Int? {
        var k = range.lowerBound
        while let (d, anywhere) = deadlines.firstMatch(in: s, k..<range.upperBound) {
            if anywhere || d > range.lowerBound && NumberReader.isDigit(s[d - 1]) { return d }
            k = d + 1
        }
        return nil
    }
    static let deadlineRule = "kind.target.底前"
    /// A deadline after the figure, a verb of completing after it (`剩余50座年底前建成`): its own rule, never asked in a year the
    /// report tells past (``FactContext``'s `past`).
    static let deadlineAfterRule = "kind.target.底前-after"
    static let planMarkerTrie = ScalarTrie<Bool>(planMarkers.map { ($0, true) })
    /// Times of the past that end a plan's reach over later clauses (`…将创建…,去年全县脱贫1.2万人`, `三年来`).
    static let pastTimes = ScalarTrie<Bool>(["去年", "前年", "上年", "以来", "年来", "过去", "此前"].map { ($0, true) })
    static let remainderPlanRule = "kind.target.剩余将"
    /// Rate cues of a year's output (`年出栏`, `年产值`): any target cue for the figure makes it a
    /// plan or a capacity.
    public static let outputRates: Set<String> = ["kind.rate.年出栏", "kind.rate.年产值", "kind.rate.年产量", "kind.rate.年加工",
                                                  "kind.rate.年创收", "kind.rate.年销售", "kind.rate.年发电量", "kind.rate.年利润"]
    /// Target cues that name a level a rule sets (`年度报销限额在原有基础上提高20%`): like ``levelRates``, a change verb right
    /// before the figure outweighs them.
    public static let levelTargets: Set<String> = ["kind.target.限额"]
    /// ``levelRates``, ``levelTargets``, ``paymentNames``, ``perUnitTargets`` and ``outputRates`` as the figure's kind asks them.
    static let levelRateBytes = RuleNameSet(levelRates), levelTargetBytes = RuleNameSet(levelTargets), paymentNameBytes = RuleNameSet(paymentNames),
               perUnitTargetBytes = RuleNameSet(perUnitTargets), outputRateBytes = RuleNameSet(outputRates),
               perCapitaRateBytes = RuleNameSet(perCapitaRates), periodRateBytes = RuleNameSet(periodRates)
    /// Rate cues of a sum per period (`每年`, `每月`): under a plan's word the sum is planned, a target.
    public static let periodRates: Set<String> = ["kind.rate.每年", "kind.rate.每月"]
    /// Words of reimbursing a bill (`报销比例`, `门诊报销`): a share after one is a standing rate.
    /// A loan's interest right before a share (`贷款年利率4.75%`, `再贷款利率为1.75%`): a standard of the loan, a rate.
    static let interestRates = ScalarTrie<Bool>(["利率", "年利率", "月利率", "利率为", "年利率为", "利率是"].map { ($0, true) })
    static let interestRateLength = 4
    public static let reimbursements = ScalarTrie<Bool>(["报销", "报销比例", "补偿比", "报账比例", "赔付比例"].map { ($0, true) })
    /// Verbs of being that make a share of another's level: `为全省农村的91.4%`, `相当于全国平均水平的80%`.
    public static let shareCopulas = ScalarTrie<Int>(["为", "是", "相当于", "达到"].map { ($0, $0.unicodeScalars.count) })
    /// Words that make a growth in percent an average rate (`年均增长8%`).
    public static let averagedGrowth = ScalarTrie<Bool>(["年均", "年平均"].map { ($0, true) })

    /// Words after `计划` that show it names a thing, not a plan for what follows (`计划单列`).
    public static let planNameContinuations: ScalarSet = ScalarSet("的书表内外中单生")
    /// What may stand right before a `计划` that plans (`今年计划`, `期间计划`, `全县计划`); after
    /// other characters it ends a name (`雨露计划`, `阳光计划`).
    public static let planSubjects: ScalarSet = ScalarSet("年间内县市区镇乡村省州旗共还并均原另今再又里")
    /// Words of the rest of a breakdown opening a sentence right before its figure (`其他5个县区`, `其余400户`).
    public static let restWords = ScalarTrie<Bool>(["其他", "其余", "其它"].map { ($0, true) })
    /// 计, the head of `计划`.
    static let ji4: UInt32 = 0x8BA1
    /// `计划` opens a plan when a Han word follows it that is not part of a name (`计划易地扶贫搬迁`).
    static func opensPlan(_ s: [UInt32], marker k: Int, after: Int, limit: Int) -> Bool {
        guard s[k] == ji4, after < limit, NormalizedText.isHan(s[after]), !planNameContinuations.contains(s[after]) else { return false }
        return !namesProgramme(s, marker: k, from: 0)
    }
    /// Whether `计划` at `k` ends a programme's name (`西部计划志愿者`, `“三支一扶”计划`, `雨露计划`): a
    /// Han character no plan's subject (``planSubjects``), or a closing quote, right before it; not a place's
    /// name, the plan's subject (`今年从江计划减贫2.1万人`).
    static func namesProgramme(_ s: [UInt32], marker k: Int, from lower: Int) -> Bool {
        guard s[k] == ji4, k > lower else { return false }
        let u = s[k - 1]
        if Outline.closers.contains(u) || u == Outline.straightQuote { return true }
        guard NormalizedText.isHan(u), !planSubjects.contains(u) else { return false }
        return Gazetteer.shared.names.longestEnding(in: s, at: k, from: max(lower, k - placeNameReach), maxLength: placeNameReach) == nil
    }
    /// How long a place's name before `计划` may be.
    static let placeNameReach = 9
    /// Whether `计划` and an exit verb name a class of places among others (`深度贫困县、计划脱贫县、
    /// 国定贫困县的贷款投放`, `计划出列村和非贫困村`): the counties scheduled to leave, no plan.
    static func namesPlannedClass(_ s: [UInt32], marker k: Int, after: Int, limit: Int, doneBy end: Int) -> Bool {
        // (2017年计划出列的23个贫困村全部达到出列标准: those planned to exit, named by an attribute 的 closes, told all done
        // after it, are a class whose figures are outcomes; not where a plan's word, a deadline or the rest come first:
        // 计划出列的18个贫困村,确保年底前全部完成验收; …正在开展第三方评估,其余村均已完成自评)
        if s[k] == ji4, let v = TopicCues.exitVerbs.longest(in: s, at: after, limit: limit), after + v.length < limit,
           s[after + v.length] == CandidateReader.de, end > after + v.length,
           let done = wholesDone.firstMatch(in: s, (after + v.length)..<end)?.0 {
            let between = (after + v.length)..<done
            if planMarkerTrie.firstMatch(in: s, between) == nil, deadlines.firstMatch(in: s, between) == nil,
               restWords.firstMatch(in: s, between) == nil, !instructs(s, between) { return true }
        }
        // (拟退出县, 拟摘帽的贫困县: the counties proposed to exit, named by 拟 alone, in or out of a list; their
        // figures are outcomes)
        if s[k] == ni3, let v = TopicCues.exitVerbs.longest(in: s, at: after, limit: limit) {
            var noun = after + v.length
            if noun < limit, s[noun] == CandidateReader.de { noun += 1 }
            if noun + 1 < limit, s[noun] == pin2, s[noun + 1] == kun4 { noun += 2 }   // 贫困
            if noun < limit, TrapLexicon.placeNounChars.contains(s[noun]) || s[noun] == TrapLexicon.hu { return true }
        }
        guard s[k] == ji4, let v = TopicCues.exitVerbs.longest(in: s, at: after, limit: limit) else { return false }
        let noun = after + v.length
        guard noun + 1 < limit, TrapLexicon.placeNounChars.contains(s[noun]) || s[noun] == TrapLexicon.hu else { return false }
        return classListMarks.contains(s[noun + 1]) || k > 0 && s[k - 1] == NumberReader.listComma
    }
    /// (各县, 各乡镇, 各村: 各 before a kind of place; 各项工作 breaks nothing down; 部分村 is some villages)
    static let placeKinds = ScalarSet("县乡镇村区市省州旗")
    /// Whether a sentence opens by viewing a whole place by place (`分乡镇看，`, `分地区看：`, `分市州看，`, `从各镇情况看：`, `从乡镇看,`): its
    /// places' figures break down a whole stated before (not `分布看`, `分配进度看`).
    static func opensBreakdownView(_ s: [UInt32], _ sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while k < sentence.upperBound, TableCells.isGap(s[k]) { k += 1 }
        guard k + 3 < sentence.upperBound else { return false }
        let first: Int
        if s[k] == fen { first = k + 1 } else if s[k] == TrapLexicon.journeyFrom, s[k + 1] == ge { first = k + 2 }
        else if s[k] == TrapLexicon.journeyFrom, let w = viewPlaceKinds.longest(in: s, at: k + 1, limit: sentence.upperBound) {
            // (从乡镇看, 从县区来看: 从 right before the places' kinds alone; not 从村里看, 从县域看, 从区位看)
            var j = k + 1 + w.length
            while j < sentence.upperBound, j - (k + 1 + w.length) < viewTailLength, s[j] != kan, NormalizedText.isHan(s[j]) { j += 1 }
            return j + 1 < sentence.upperBound && s[j] == kan && (Outline.isClauseBreak(s[j + 1]) || s[j + 1] == ListItems.colon)
        } else { return false }
        // (从各设区市情况看: a kind of place after 设; not 分城乡看, 分社区看)
        guard placeKinds.contains(s[first]) || s[first] == di || s[first] == she && placeKinds.contains(s[first + 1]) else { return false }
        var j = first
        while j < min(sentence.upperBound, first + breakdownViewLength), s[j] != kan {
            guard NormalizedText.isHan(s[j]) else { return false }
            j += 1
        }
        if j + 1 < sentence.upperBound, s[j] == kan { return Outline.isClauseBreak(s[j + 1]) || s[j + 1] == ListItems.colon }
        return false
    }
    static let kan: UInt32 = 0x770B, di: UInt32 = 0x5730, she: UInt32 = 0x8BBE   // 看, 地, 设
    /// The kinds of place a view from 从 goes through (`从乡镇看`, `从县区看`, `从地区看`).
    static let viewPlaceKinds = ScalarTrie<Bool>(["乡镇", "县区", "区县", "县市区", "县市", "市县", "市州", "地区", "省区市", "各地",
        "乡镇街道", "区域"].map { ($0, true) })
    /// How many characters may stand between a view's places and its 看 (`情况`, `分布`, `层面`, `分布来`).
    static let viewTailLength = 4
    /// How long a breakdown view's words between 分 or 从各 and 看 are at most (`各镇情况`).
    static let breakdownViewLength = 6
    static let breakdownViewRule = "kind.part.分…看"
    static let breakdownViewRuleBytes = Array(breakdownViewRule.utf8)
    static let bu4: UInt32 = 0x90E8   // 部
    static let ni3: UInt32 = 0x62DF, pin2: UInt32 = 0x8D2B, kun4: UInt32 = 0x56F0   // 拟 贫 困
    /// What joins classes in a list (`、`, `和`, `及`, `与`).
    static let classListMarks = ScalarSet("、和及与")

    /// Words of what pays part of a bill (`基本医保报销`, `医疗救助`, `个人自付`): after the bill in its sentence, a part of it.
    /// Words of a bill of care (`医疗总费用`, `住院费用`), in the sentence before a figure that pays part of it.
    static let bills = ScalarTrie<Bool>((["总费用", "医疗费用", "住院费用", "医药费用", "治疗费用"] + UnitLexicon.careBillWords).map { ($0, true) })
    /// Nouns of a fund (`救助资金`, `救助基金`): what a payer's word names then is a fund, no share of a bill.
    static let funds = ScalarTrie<Bool>(["资金", "基金", "保险费", "保费"].map { ($0, true) })
    static let billPayers = ScalarTrie<Bool>(["报销", "报账", "补偿", "救助", "兜底", "自付", "自负", "承担", "支付", "赔付", "减免"].map { ($0, true) })
    /// Flows of money that pay for one another (loans and their interest, premiums and their claims, shares and their
    /// dividends), each by its words: a subset verb's object naming one (`已兑付贴息资金`, `已兑付理赔款`) pays money of its own,
    /// no part of a whole whose sentence, to the whole's clause, names only others (`发放扶贫小额信贷1.5亿元`, `购买防贫保险,投入资金…`);
    /// a whole naming it too (`利息资金600万元`),
    /// or none (`公益性岗位资金…,已发放工资`, `涉及资金960万元,已兑付租金`), holds it (``DocumentScan``).
    static let moneyFlows = ScalarTrie<MoneyFlow>([("贴息", .interest), ("利息", .interest), ("理赔", .claims), ("赔款", .claims),
        ("赔付", .claims), ("保费", .premiums), ("保险", .premiums), ("分红", .dividends), ("股金", .shares), ("入股", .shares),
        ("信贷", .loans), ("贷款", .loans)])
    enum MoneyFlow { case loans, interest, premiums, claims, shares, dividends }
    /// The flows of money named in `range`, in order (``moneyFlows``).
    static func flowsNamed(_ s: [UInt32], _ range: Range<Int>) -> [MoneyFlow] {
        var out: [MoneyFlow] = [], k = range.lowerBound
        while k < range.upperBound {
            if let m = moneyFlows.longest(in: s, at: k, limit: range.upperBound) { out.append(m.value); k += m.length } else { k += 1 }
        }
        return out
    }
    /// Verbs that state a subset of a whole stated just before (`签约…,履约…`; `存量…,已开工…`), each with what its whole
    /// may be (``SubsetReach``).
    static let subsetVerbs = ScalarTrie<SubsetReach>(["履约", "已开工", "已竣工", "开工", "竣工", "已入住", "已完成",
        "已验收", "已拨付", "已发放", "已签约",
        // (下达资金6.8亿元,已支出5.72亿元; 总投资380万元,累计支出376.8万元: money spent of what was set aside)
        "已支出", "累计支出", "已兑付", "已启动", "已启动实施", "已实施", "已有", "已完工", "完工", "已累计出列", "已出列", "已脱贫",
        "已摘帽", "已退出", "已累计脱贫", "已累计实现", "投入使用", "已投入使用", "已使用", "已帮助", "已带动",
        "已整改", "已完成整改", "已整改到位", "正在整改", "整改完成", "已办结",
        // (有扶贫车间28442个,已复工24740个; 项目库4906个项目已批复1929个; 计划选派…7098人,已到岗2129人)
        "已复工", "已复产", "已复工复产", "已批复", "已到岗",
        // (计划搬迁1500户5800人,目前已搬迁入住620户2371人; 下达岗位指标1860个,已上岗1742人)
        "已搬迁入住", "已搬迁", "已上岗",
        // a stock's state by state (提级修建68条村屯级道路,已建成30条,在建38条; 已完工4个,正在施工2个)
        "已建成",
        // (有就业意愿搬迁劳动力25.13万人,已就业25.04万人: those at work of those willing)
        "已就业",
        // those monitored whose risk is gone (纳入监测对象3.2万户,已消除风险1.8万户)
        "已消除风险", "已消除返贫风险", "已消除致贫风险", "风险已消除", "已消除返贫致贫风险", "消除返贫致贫风险",
        "消除风险", "风险消除", "消除返贫风险", "消除致贫风险",
        // those trained who got a job (培训贫困劳动力8200人,…,实现就业4300人)
        "实现就业", "已实现就业",
        // problems found, then fixed (…问题34969件,完成整改34945件; not 查找整改类问题278件)
        "完成整改", "整改到位", "整改完毕", "全部整改"].map { ($0, SubsetReach.done) }
        // the states of a stock in progress (`在建38条`, `正在施工2个`, `准备开工3个`)
        + ["在建", "正在施工", "正在建设", "正在实施", "准备开工"].map { ($0, SubsetReach.inProgress) }
        // (培训贫困劳动力8200人,取得职业资格证书的5108人; 取得银行贷款1.3亿元 is money beside money)
        + [("取得", SubsetReach.peopleOnly)]
        // those an appraisal picks of those appraised (12.8万户参评,评出五星级文明户1.16万户、四星级2.43万户)
        + ["评出", "评选出"].map { ($0, SubsetReach.appraised) }
        // (832个贫困县名单公布,涉及22个省区市; …闲置资金19.54亿元。审计还发现,…问题,涉及资金3.81亿元 opens a finding of its own)
        + [("涉及", SubsetReach.ownSentence)])
    /// What a subset verb's whole may be.
    enum SubsetReach: Sendable {
        /// A whole stated before, not a plan unless the clause tells its part done (`存量6855户,已开工2002户`).
        case done
        /// A stock's state in progress: a part of a plan's stock too (`计划…建设12个…项目,已完工4个,正在施工2个`).
        case inProgress
        /// People only (`取得…证书的2600人`).
        case peopleOnly
        /// A whole in the verb's own sentence: `涉及` states the scope of what its sentence names.
        case ownSentence
        /// Those appraised, told before the verb in its sentence (``appraisedWords``: `参评`); not any whole (`贫困人口3.2万人,
        /// 评出“脱贫之星”120名` commends some, no subset).
        case appraised
    }
    /// Words of those appraised (`参评`, `参加评选`), before an appraisal's verb of picking (``SubsetReach/appraised``).
    static let appraisedWords = ScalarTrie<Bool>(["参评", "参加评选", "参与评选", "参选"].map { ($0, true) })
    /// Works a subset verb's object and its whole's sentence may share by two characters alone (`已完成改造任务1100户` of
    /// `计划改造农村危房1200户`); any other word they share by three (`户用电站`), not two (`农村`, `村民`, `劳动`, `产业`).
    static let subsetWorks = ScalarTrie<Bool>(["搬迁", "安置", "改造", "危房", "维修", "修缮", "加固", "拆除", "重建", "入住", "硬化",
        "复垦", "培训", "转移"].map { ($0, true) })
    /// Words of the whole campaign, and of its people and places, that tell no subset's work from a whole's (`扶贫` in `易地扶贫搬迁`
    /// and `产业扶贫项目`; `农村` in `农村人口` and `农村人饮工程`).
    static let campaignBigrams = ScalarTrie<Bool>(["扶贫", "贫困", "脱贫", "建档", "立卡", "工作", "项目", "完成", "全县", "全村", "全镇",
        "全乡", "农村", "村民", "群众", "人口"].map { ($0, true) })
    /// What denies a subset verb right before it (`未消除风险`, `未能消除风险`, `没有消除风险的`, `不能`): no subset of its whole.
    static let denials = ScalarTrie<Bool>(["未", "没", "没有", "未能", "不能", "不", "尚未", "还未", "无法"].map { ($0, true) })
    /// Words that hold a subset verb and are none (`在建档立卡贫困村`, `在建设美丽乡村中`: 在 and a verb,
    /// no 在建 of a stock under construction): read where a subset verb starts.
    static let notSubsetWords = ScalarTrie<Bool>(["在建档", "在建设", "在建立", "在建成"].map { ($0, true) })

    /// The poor named at the head of a clause (`贫困户56户177人`): after a clause counting a place's
    /// whole population (``populationWords``), a subset of it.
    public static let poorHeads = ScalarTrie<Bool>(["贫困户", "建档立卡贫困户", "建档立卡户", "贫困人口", "建档立卡贫困人口",
        "有贫困户", "有建档立卡贫困户", "其中贫困户"].map { ($0, true) })
    /// Words of a clause that counts everyone of a place (`全村489户1917人`, `该村共有农户326户`).
    public static let populationWords = ScalarTrie<Bool>(["全村", "全乡", "全镇", "全县", "全市", "全区", "全旗", "总人口",
        "户籍人口", "总户数", "常住人口", "共有农户", "辖"].map { ($0, true) })
    /// What may stand between a clause's poor-head noun and its figures: `有`, `共`, and the figure
    /// paired before (`贫困户56户177人`).
    static let poorHeadGap: ScalarSet = ScalarSet("有共计0123456789.万户人口")
    /// Whether the clause `clause` opens with the poor (``poorHeads``) and nothing but ``poorHeadGap``
    /// stands between them and `start`.
    static func poorHeaded(_ s: [UInt32], clause: Range<Int>, before start: Int) -> Bool {
        guard let h = poorHeads.longest(in: s, at: clause.lowerBound, limit: start) else { return false }
        return s[(clause.lowerBound + h.length)..<start].allSatisfy(poorHeadGap.contains)
    }

    /// After `争取`, what makes it secured (funds won from a source), not striven for:
    /// `争取到`, `争取区、市扶贫资金5256万元`, `争取上级资金` (`争取2020年实现` is a plan).
    public static let securedAfter = ScalarTrie<Bool>(["到", "上级", "中央", "国家", "省", "市", "区", "县", "各级", "各类",
        "项目", "资金", "社会", "财政", "专项", "东西部", "援助", "帮扶"].map { ($0, true) })
    /// Whether the `争取` at `k` says funds were won (``securedAfter``), or was done (a mark of what
    /// is done right before it: `已争取112个示范县项目`, `累计争取`).
    static let zhengqu: [UInt32] = "争取".unicodeScalars.map(\.value)
    static func secured(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        guard k + 1 < limit, s[k] == zhengqu[0], s[k + 1] == zhengqu[1] else { return false }
        // (为了争取, 除了争取: 了 of a purpose's or an exception's word, no deed done)
        if k >= 2, s[k - 1] == le, s[k - 2] == 0x4E3A || s[k - 2] == 0x9664 { return false }   // 为了, 除了
        // (今年将积极争取更多社会帮扶资金5000万元: a future's word before it in its clause, or 更多 after it, strives)
        var c = k
        while c > max(0, k - strivingReach), !Outline.isClauseBreak(s[c - 1]) { c -= 1 }
        if futureMarkers.firstMatch(in: s, c..<k) != nil || k + 4 <= limit && s[(k + 2)..<(k + 4)].elementsEqual(gengDuo) { return false }
        return doneMarkers.longestEnding(in: s, at: k, from: max(0, k - 3), maxLength: 3) != nil
            || (k + 2 < limit && securedAfter.longest(in: s, at: k + 2, limit: limit) != nil && !strivesBy(s, at: k + 2, limit: limit))
            || Self.wonFromSource(s, after: k + 2, limit: limit)
    }
    /// Whether the funds won are named after their source (`争取上海团市委、中国青少年发展基金会等爱心资金`): a fund's
    /// noun within ``wonFundReach`` after `争取`, no verb of a goal before it (`争取实现…资金` is none).
    static func wonFromSource(_ s: [UInt32], after a: Int, limit: Int) -> Bool {
        let r = a..<min(limit, a + wonFundReach)
        guard let (f, _) = fundNouns.firstMatch(in: s, r) else { return false }
        return strivingVerbs.firstMatch(in: s, a..<f) == nil && !s[a..<f].contains(where: NumberReader.isDigit)
    }
    /// What is won: money named after a figure (``UnitLexicon/moneyNounsAfter``), gifts in kind and projects.
    static let fundNouns = ScalarTrie<Bool>((UnitLexicon.moneyNounAfterWords + ["善款", "物资", "款物", "项目"]).map { ($0, true) })
    /// A goal striven for (`争取实现…`, `争取…全部脱贫`): the goal's words a strived-by year opens, and covering or leaving.
    static let strivingVerbs = ScalarTrie<Bool>((goalWords + ["退出", "覆盖"]).map { ($0, true) })
    /// Words of a goal reached, after `争取` or a year it strives by.
    static let goalWords = ["实现", "全部", "完成", "达到", "建成", "脱贫", "摘帽", "出列"]
    static let wonFundReach = 30
    /// How far before `争取` a future's word is looked for in its clause, and `更多` (more) after it.
    static let strivingReach = 10
    static let gengDuo: [UInt32] = "更多".unicodeScalars.map(\.value)
    /// Whether the `到` at `k` opens the year a plan strives by (`争取到2020年全部脱贫`), not what was won.
    /// (not where money is named right after the year: 争取到2019年省级衔接资金 is money won, of that year)
    /// (and only where a deadline's word or a goal's verb follows the year, 争取到2020年底, 争取到2020年实现…:
    /// 争取到2020年度…补助资金500万元, 争取到2020年东西部协作帮扶项目12个 are funds and projects won)
    static func strivesBy(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        guard k < limit, s[k] == dao, YearResolver.yearFollows(s, at: k + 1, limit: limit) else { return false }
        let e = k + 1 + YearResolver.yearWithMarker
        // (争取到2018年度…项目36个: a year's programme, won)
        guard e < limit, s[e] != YearResolver.du else { return false }
        // (争取到2020年农民人均可支配收入达到1万元以上: a subject, then a goal's verb in the clause)
        // (not a figure before the verb: 争取到2018年省级扶贫项目12个实现落地 counts the projects won)
        if striveAfterYear.longest(in: s, at: e, limit: limit) == nil {
            var end = e
            while end < limit, !Outline.isClauseBreak(s[end]) { end += 1 }
            guard let (verb, _) = goalVerbs.firstMatch(in: s, e..<end), !s[e..<verb].contains(where: NumberReader.isDigit),
                  !(e..<end).contains(where: { UnitLexicon.moneyNounsAfter.longest(in: s, at: $0, limit: end) != nil }) else { return false }
        }
        let phrase = e..<min(limit, e + wonMoneyReach)
        return !phrase.contains { UnitLexicon.moneyNounsAfter.longest(in: s, at: $0, limit: limit) != nil }
    }
    /// What follows a year a plan strives by (``strivesBy(_:at:limit:)``): a deadline's word or a goal's verb.
    static let striveAfterYear = ScalarTrie<Bool>((goalWords + ["底", "前", "末", "基本", "全面", "消除", "让", "使", "所有", "贫困",
        "全县", "全市", "全省", "全州", "全区", "全村", "全乡", "全镇", ",", "时"]).map { ($0, true) })
    static let wonMoneyReach = 8
    /// Verbs of a goal's level further on in a clause a strived-by year opens (`…农民人均可支配收入达到1万元`).
    static let goalVerbs = ScalarTrie<Bool>(["达到", "降至", "降到", "提高到", "增加到", "增长到", "突破", "实现"].map { ($0, true) })
    static let dao: UInt32 = 0x5230   // 到

    /// A parenthesis's opening words that state a total (`(共安置103户,其中…)`, `(合计…)`): it is no part.
    public static let bracketTotals = ScalarTrie<Bool>(["共", "合计", "共计", "总计", "总共", "一共", "累计"].map { ($0, true) })
    /// Words of a sum over everyone (`总额`, `总量`): a figure one names is no level per person.
    public static let aggregateWords = ScalarTrie<Bool>((["总额", "总量", "总收入"] + sumWordRows).map { ($0, true) })
    /// Words that make a figure the sum of those before it (`…96.54712万元,合计516.54712万元`).
    public static let sumWords = ScalarTrie<Bool>(sumWordRows.map { ($0, true) })
    static let sumWordRows = ["合计", "共计", "总计", "总共", "一共", "合 计", "共 计"]

    /// Clause heads that end a `其中` breakdown: the sentence goes on to another whole
    /// (`其中…1406户,占全市贫困人口的17%,累计发放…`).
    static let hai: UInt32 = 0x8FD8   // 还
    public static let breakdownEnds = ScalarTrie<Bool>(["累计", "共", "合计", "总计", "占", "全", "同时", "此外", "另",
        "并", "还"].map { ($0, true) })

    /// Comparisons that make an increase verb a difference: `与2017年底相比新增971人`.
    /// The words of a comparison with an earlier time (`比上年末`, `较去年同期`), for a clause that
    /// says only a change (``FactContext/onlyChangeBefore(_:_:clause:)``).
    public static let comparisonParts = ScalarTrie<Bool>(["比", "较", "同比", "环比", "上年", "去年", "前年", "上年末", "上年底", "去年底", "去年末", "同期", "年末", "年底", "分别"].map { ($0, true) })
    public static let comparisons = ScalarTrie<Bool>(["相比", "比上年", "较上年", "同比", "比去年", "较去年", "环比"].map { ($0, true) })
    /// Increase verbs that state a difference only after a comparison (`新增就业岗位500个` is a count).
    public static let comparedIncrease = ScalarTrie<String>([("新增", "kind.change.相比新增"), ("增", "kind.change.相比增")])
    /// What compares with a date or year right after it (`较3月6日新增…`, `比2019年增加…`).
    static let comparedWithDate = ScalarSet("较比")
    /// `新增` anywhere after a comparison in the clause (`相比新增培训1659人`).
    public static let xinZeng: [UInt32] = "新增".unicodeScalars.map(\.value)

    /// Target cues that only count when a verb follows (`计划脱贫`, `将协调实施`), since
    /// `雨露计划` is a name and `将符合条件的…确定为` is the 把-construction; each row says how far
    /// its future reaches (``FutureMarker/Reach``).
    public static let futureMarkers = ScalarTrie<FutureMarker>([
        ("计划", FutureMarker("kind.target.计划", .verbFollows)),
        // (新规划实施易地扶贫搬迁1349户, 规划建设安置点20个: a plan's verb after it, as 计划's)
        ("规划", FutureMarker("kind.target.规划", .verbFollows)),
        // (合作社准备再买母牛50头, 打算新建大棚200座: an intention, a plan's verb after it)
        ("准备", FutureMarker("kind.target.准备", .verbFollows)), ("打算", FutureMarker("kind.target.准备", .verbFollows)),
        ("准备开工", FutureMarker("kind.none.准备开工", .marksNothing)),
        // (剩余28个预计在今年出列: a projection after the figure, its verb closing the clause)
        ("预计", FutureMarker("kind.target.预计", .verbFollows)),
        // (剩余的10028人将在今年年底全部解决, 12个计划退出县也有望顺利实现摘帽, 4个县拟搬迁…)
        ("将", FutureMarker("kind.target.将", .whateverFollows)), ("将要", FutureMarker("kind.target.将", .whateverFollows)),
        ("有望", FutureMarker("kind.target.有望", .whateverFollows)), ("可望", FutureMarker("kind.target.有望", .whateverFollows)),
        ("拟", FutureMarker("kind.target.拟", .whateverFollows)),
        // (a meeting's decision is still to be carried out: 会议同意安排易地扶贫搬迁资金2.26亿元, 会议决定选派驻村干部64名)
    ] + decisionWordList.map { ($0, FutureMarker(decisionRule, .whateverFollows)) } + [
        // (凉山州有信心完成11个国贫县的摘帽工作: what one is sure to do is still ahead)
        ("有信心", FutureMarker("kind.target.有望", .whateverFollows)), ("有把握", FutureMarker("kind.target.有望", .whateverFollows)),
        // (将有257个村整体脱贫)
        ("将有", FutureMarker("kind.target.将有", .figureAfter)),
        // (剩余的2.16万名贫困人口要全部达到脱贫标准)
        ("需要", FutureMarker("kind.target.需要", .modal)), ("需", FutureMarker("kind.target.需要", .modal)),
        ("要", FutureMarker("kind.target.要", .modal))])
    /// Rules of pay per day, month or mu as people say it (`一天有80元工钱`, `一亩只能卖一千五六百元`): money's only (``FactContext``).
    static let spokenPayRules = RuleNameSet(["kind.rate.一天", "kind.rate.一个月", "kind.rate.一亩"])
    /// Whether a rate's cue makes a rate of money only: pay as people say it (``spokenPayRules``) and a payment's word
    /// (``paymentNames``: `一次性`; 此次一次性搬出172户 counts households).
    static func ratesMoneyOnly(_ rule: String) -> Bool { spokenPayRules.contains(rule) || paymentNames.contains(rule) }
    /// The rule of a modal after the figure (``FutureMarker/Reach/modal``): its own, as a year before
    /// the report's undoes it (`2015年,全村有86户贫困户要解决住房问题`).
    static let modalAfterRule = "kind.target.modal-after"
    /// Whether a need its modal states after the figure was met or is past: a clause after it says it done with no
    /// figure of its own (`3200户需要改造危房,截至11月底已全部完工`; not `1500户需要实施危房改造,目前已开工980户`, a part of
    /// it), or a past word stands before the figure in a clause that compares nothing (`过去,全村有200多名学生需要…`;
    /// not `与以往相比,…还有5600名贫困人口需要脱贫`).
    /// Money a standard's noun names after it (`按625元的标准`, `执行2300元的新标准`, `按照865元的低收入标准`): a 的 right after the
    /// figure, a few characters, then 标准 closing the clause (or 线, 以下 after it; not 标准化, 标准厂房): the standard, a rate.
    static let standardAfterRule = "kind.rate.的标准"
    static let standardAfterReach = 8
    static func namesStandardAfter(_ s: [UInt32], from end: Int, clause: Range<Int>) -> Bool {
        guard end < clause.upperBound, s[end] == CandidateReader.de else { return false }
        var k = end + 1
        while k < min(clause.upperBound, end + standardAfterReach), NormalizedText.isHan(s[k]) {
            if let w = standardWords.longest(in: s, at: k, limit: clause.upperBound) {
                let after = k + w.length
                return after >= clause.upperBound || !NormalizedText.isHan(s[after])
                    || standardCloses.longest(in: s, at: after, limit: clause.upperBound) != nil
            }
            k += 1
        }
        return false
    }
    /// Prices that are floors (`15元的保底价`, `的最低收购价`): ``floorRule``.
    static let floorPrices = ScalarTrie<Bool>(["保底价", "保护价", "最低收购价", "保底收购价"].map { ($0, true) })
    /// Signs of a bound right before a number (`≥8000户`, `≤2%`, `＞90%`).
    static let boundSigns = ScalarSet("≥≤><⩾⩽")   // (＞ and ＜ arrive as > and <, normalized)
    static let boundSignRule = "kind.target.≥"
    /// Signs of a bound below (`≤2%`, `<1%`): in prose they read as `以下` (``belowRow``), the others as `以上`, a hedge.
    static let lesserSigns = ScalarSet("≤<⩽")
    /// Where a bound's sign stands, and so what it says: opening a table's cell or a line (`| ≥8000户 |`,
    /// `年度指标值：≤2%`), an indicator's target; in prose it reads as its words, `≥90%的贫困户` as `90%以上的` (a hedge),
    /// `贷款额度≤5万元` as `5万元以下` (a ceiling, ``belowRow``); closing a markup tag (`<p>3000户`), neither.
    enum BoundSign { case cell, above, below }
    /// (`figureEnd`: where the figure's unit ends; a 的 there makes a colon's figure describe a noun in prose,
    /// `截至目前：≥90%的贫困户…`)
    static func boundSign(_ s: [UInt32], before numberStart: Int, from lower: Int, figureEnd: Int) -> BoundSign? {
        guard let at = NumberReader.signIndex(before: numberStart, in: s, from: lower), boundSigns.contains(s[at]) else { return nil }
        let before: UInt32? = at > 0 ? s[at - 1] : nil
        // (a tag's close: <p>, <br/>, <td class="x">)
        if s[at] == tagClose, let b = before, NumberReader.isDigit(b) || (0x61...0x7A).contains(b | 0x20) || tagEnds.contains(b) { return nil }
        let describes = figureEnd < s.count && s[figureEnd] == CandidateReader.de
        if before == nil || before == NormalizedText.newline || TableCells.isGap(before!) || before == TableCells.bar
            || before == ListItems.colon && !describes { return .cell }
        return lesserSigns.contains(s[at]) ? .below : .above
    }
    static let tagClose: UInt32 = 0x3E   // >
    static let tagEnds = ScalarSet("\"'/")
    /// Characters after a floor's word that make it another word (`120万元的保底价差补贴`: a payout, no floor).
    static let floorWordTails = ScalarSet("差")
    /// The floor's rule, a bound on a per-unit figure (``perUnitTargets``).
    static let floorRule = "kind.target.保底"
    static let standardCloses = ScalarTrie<Bool>(["线", "以下", "计算", "测算", "为", "执行", "发放", "给予", "补助", "核定"].map { ($0, true) })
    /// A price by one of a thing (`一只羯羊能卖到1300元`, `一头育肥牛能卖到近2万元`, `一斤可卖16元`): 一 and a classifier, a few
    /// characters, then a verb of selling that may (``saleVerbs``) right before the money: a rate.
    static let unitPriceRule = "kind.rate.一只"
    /// (not 值: 产值, 价值; nor 个: 一个扶贫车间实现产值300万元)
    /// (and earning by it: 一亩海面能挣八九千元, 一只羊纯收入800元)
    static let saleVerbs = ScalarTrie<Bool>(["能卖到", "卖到", "能卖", "可卖", "可卖到", "能卖上", "售价", "卖", "挣", "能挣", "可挣",
        "收入", "纯收入", "增收"].map { ($0, true) })
    static let priceClassifiers = ScalarSet("只头斤亩棵株箱袋盒筐枚羽尾匹棚场")
    static let unitPriceReach = 14
    static let moneyUnitChars = ScalarSet("元万亿块")
    /// Whether money is a price by what stands before it: a price asked right before it (``UnitLexicon/priceAsked``:
    /// `只要四十五块`, `售价68元`), or one of a thing and a verb of selling (``unitPrice(_:before:clause:)``).
    /// (asked in the sentence: a field's label opens a clause of its own before its colon, `售价：¥39.9`)
    static func namesPrice(_ s: [UInt32], before start: Int, end: Int, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        UnitLexicon.asksPrice(s, before: start, from: sentence.lowerBound, consequence: end..<clause.upperBound) || unitPrice(s, before: start, clause: clause)
    }
    static func unitPrice(_ s: [UInt32], before start: Int, clause: Range<Int>) -> Bool {
        // (the figure's start holds its hedge: 能卖到|近2万元; a range's upper end reads past the lower, 卖到1300元至|1500元)
        // (a separator after a figure only: 卖到|1200元's 到 is the verb's)
        var j = start
        if j - 1 > clause.lowerBound, CandidateReader.rangeSeparators.contains(s[j - 1]),
           NumberReader.isDigitOrPoint(s[j - 2]) || NumberReader.isChineseNumeral(s[j - 2]) || moneyUnitChars.contains(s[j - 2]) {
            j -= 1
            while j > clause.lowerBound, NumberReader.isDigitOrPoint(s[j - 1]) || NumberReader.isChineseNumeral(s[j - 1]) || moneyUnitChars.contains(s[j - 1]) { j -= 1 }
        }
        guard let v = saleVerbs.longestEnding(in: s, at: j, from: clause.lowerBound, maxLength: 3) else { return false }
        let verb = j - v.length
        var k = verb - 1
        while k > max(clause.lowerBound, verb - unitPriceReach) {
            if s[k - 1] == TrapLexicon.yi, priceClassifiers.contains(s[k]) { return true }
            k -= 1
        }
        return false
    }
    /// Whether one of a thing sold stands right before `start` (`每公斤八块`, `一斤能卖两块`, `每只能卖80块`): 每 or 一, a
    /// classifier or a weight's unit (``priceClassifiers``, ``priceWeights``), a verb of selling at most between.
    static func perThingBefore(_ s: [UInt32], _ start: Int, from lower: Int) -> Bool {
        var k = start
        if let v = saleVerbs.longestEnding(in: s, at: k, from: lower, maxLength: 3) { k -= v.length }
        let unit = priceWeights.longestEnding(in: s, at: k, from: lower, maxLength: 2)?.length ?? (k > lower && priceClassifiers.contains(s[k - 1]) ? 1 : 0)
        guard unit > 0, k - unit > lower else { return false }
        return s[k - unit - 1] == TrapLexicon.mei || s[k - unit - 1] == TrapLexicon.yi
    }
    static let priceWeights = ScalarTrie<Bool>(["公斤", "千克"].map { ($0, true) })
    /// Money right after a spoken period (`一个月2400块`, `一天150块`, ``UnitLexicon/spokenPayPeriods``): pay per that period.
    static let spokenPeriodRule = "kind.rate.spoken.period"
    /// A meeting's decision (`会议同意`, `会议决定`): still to be carried out, unless its sentence tells it done or past
    /// (``needMetOrPast(_:clause:sentence:before:)``: `…会议同意拨付资金6000万元,资金当月全部拨付到位`, `去年,会议研究决定…`).
    static let decisionRule = "kind.target.会议决定"
    static let decisionWordList = ["会议同意", "原则同意", "会议决定", "会议研究决定"]
    static let decisionWords = ScalarTrie<Bool>(decisionWordList.map { ($0, true) })
    /// Whether a clause states a meeting's decision its sentence tells carried out after it (``carriedOut(_:from:sentence:)``).
    static func decisionCarriedOut(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>) -> Bool {
        decisionWords.firstMatch(in: s, clause) != nil && carriedOut(s, from: clause.upperBound, sentence: sentence)
    }
    /// Whether a clause after `from` in its sentence, with no figure of its own nor words of an instruction, tells the thing
    /// carried out: a word of completion in the past before a verb of work done (`资金当月全部拨付到位`, `项目已于当年全部完工`;
    /// not `其中已支出2.9亿元`, a part, nor `要求年底前全部拨付到位`).
    static func carriedOut(_ s: [UInt32], from: Int, sentence: Range<Int>) -> Bool {
        var k = from
        while let (v, _) = workDoneVerbs.firstMatch(in: s, k..<sentence.upperBound) {
            let c = Outline.clause(s, around: v, in: sentence)
            // (计划搬迁500户,前期工作均已完成: a step before the work done is none of it)
            if c.lowerBound >= from, completionWords.firstMatch(in: s, c.lowerBound..<v) != nil, instructionWords.firstMatch(in: s, c)?.1 != true,
               !s[c].contains(where: NumberReader.isDigit), !preparatoryStep(s, c) { return true }
            k = v + 1
        }
        return false
    }
    static let completionWords = ScalarTrie<Bool>(["已", "当月", "当年", "当天", "当即", "随即"].map { ($0, true) })
    /// Words of an instruction in a clause after a decision (`要求年底前全部拨付到位`, `各乡镇要于月底前全部完成`): what is
    /// required, nothing done.
    /// (按要求 says how it was done: no instruction)
    static let instructionWords = ScalarTrie<Bool>(["要求", "要于", "要在", "须", "务必", "尽快", "确保", "力争"].map { ($0, true) }
        + [("按要求", false), ("按照要求", false), ("根据要求", false)])
    /// Whether `r` holds a word of instruction (``instructionWords``: 务必, 须), each word read whole (按照要求 is none).
    static func instructs(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while let (at, _) = instructionWords.firstMatch(in: s, k..<r.upperBound) {
            guard let m = instructionWords.longest(in: s, at: at, limit: r.upperBound) else { return false }
            if m.value { return true }
            k = at + m.length
        }
        return false
    }
    static func needMetOrPast(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>, before numberStart: Int) -> Bool {
        var k = clause.upperBound
        while let (d, _) = doneMarkers.firstMatch(in: s, k..<sentence.upperBound) {
            // (a date's digits, 截至11月底, are no figure)
            let c = Outline.clause(s, around: d, in: sentence)
            // (…需要易地搬迁,已完成选址工作: a step before the work done is no need met; the work done, 已竣工验收,
            // 已搬迁入住, or all of it, 已全部完工, is)
            if !c.contains(where: { NumberReader.isDigit(s[$0]) && ($0 + 1 >= c.upperBound || !NumberReader.isDigit(s[$0 + 1]) && !TimeLexicon.dateUnits.contains(s[$0 + 1])) }),
               wholeDone.firstMatch(in: s, c) != nil
                || workDoneVerbs.firstMatch(in: s, c) != nil && !preparatoryStep(s, c) { return true }
            k = d + 1
        }
        var p = sentence.lowerBound
        while let (w, _) = TimeLexicon.pastWords.firstMatch(in: s, p..<numberStart) {
            if comparisons.firstMatch(in: s, Outline.clause(s, around: w, in: sentence)) == nil, s[w - (w > sentence.lowerBound ? 1 : 0)] != yu3 { return true }
            p = w + 1
        }
        return false
    }
    static let yu3: UInt32 = 0x4E0E   // 与 (与以往相比: a comparison's past)
    static let jiang: UInt32 = 0x5C06   // 将
    /// Characters after 将 that make it the future's, whatever follows (`将要`, `将会`, `将于`, `将在`).
    static let futureAuxiliaries = ScalarSet("要会于在")
    static let jinNear: UInt32 = 0x8FD1   // 近 (将近 is nearly; 近6年 a span)
    static let yao: UInt32 = 0x8981     // 要
    static let le: UInt32 = 0x4E86      // 了
    /// Rate cues that name the line a count of people is made by (`按省定扶贫标准,…83.2万人`).
    public static let standardWords = ScalarTrie<Bool>(["标准"].map { ($0, true) })
    /// Verbs that meet a standard (`达到脱贫出列标准的5个贫困村`, `符合退出标准的贫困户320户`): the
    /// standard says what the things counted reached, no rate of theirs.
    public static let meetStandard = ScalarTrie<Bool>(["达到", "符合", "满足", "达"].map { ($0, true) })
    /// `在内` closing an inclusion (`包括…在内的63户`): the figure after it is the whole.
    public static let zaiNei: [UInt32] = "在内".unicodeScalars.map(\.value)
    /// Whether a measure counts things one by one (people, households, villages, items).
    static func countsThings(_ m: Measure) -> Bool {
        switch m {
        case .persons, .households, .personTimes, .villages, .items: return true
        case .yuan, .percent, .km, .tons, .mu: return false
        }
    }
    /// Whether the clause before the standard at `k` meets it: a verb of ``meetStandard`` in it.
    static func standardMet(_ s: [UInt32], at k: Int, from start: Int) -> Bool {
        meetStandard.firstMatch(in: s, start..<k) != nil
    }
    /// Whether a measure counts people or households.
    static func countsPeople(_ m: Measure) -> Bool {
        switch m {
        case .persons, .households, .personTimes: return true
        case .villages, .items, .yuan, .percent, .km, .tons, .mu: return false
        }
    }
    /// Whether the plan's word at `k` names the whole a share is taken of (`占目标任务的80%`,
    /// `占全年任务的`): `占` within the three characters before it. Such a share is an outcome, and
    /// the word governs no clause after it.
    /// (完成年度目标任务的156%: the part of a goal done is an outcome too, 完成 within four before it)
    /// (`ratio`, for a share: a verb of being, ``ratioVerbs``, within three before it too —
    /// `为省定目标任务7773万元的104.1%` is what a figure comes to against the plan)
    static func namesShareWhole(_ s: [UInt32], at k: Int, from start: Int, ratio: Bool = false) -> Bool {
        var i = k
        var figure = 0   // (完成全年新增150万人目标的181.97%: the plan's own figure between 完成 and its noun)
        while i > start, k - i - figure < Self.shareWholeReach {
            i -= 1
            if (s[i] == zhan || ratio && ratioVerbs.contains(s[i])) && k - i <= 3 { return true }
            if s[i] == wanCheng[1], i > start, s[i - 1] == wanCheng[0] { return true }
            if NumberReader.isDigitOrPoint(s[i]) { figure += 1; continue }
            if !NormalizedText.isHan(s[i]) { return false }
        }
        return false
    }
    static let wanCheng: [UInt32] = "完成".unicodeScalars.map(\.value)
    /// How many Han characters before a plan's word `完成` may stand (`完成全年新增150万人目标的`).
    static let shareWholeReach = 8
    static let ratioVerbs = ScalarSet("为是")
    /// Words of a meeting closing the phrase a plan's word stands in (`…主要目标任务落实情况通报会上获悉`):
    /// the word names the meeting, and plans nothing.
    public static let meetingNames = ScalarTrie<Bool>(["通报会", "座谈会", "推进会", "现场会", "动员会", "部署会", "调度会",
        "新闻发布会", "发布会", "会议上", "会上"].map { ($0, true) })
    /// How far after a plan's word a meeting's name may close its phrase.
    static let meetingReach = 14
    /// Posts people fill, so that those of them a `其中` singles out are some of the count (`公益岗位1260个,其中选聘贫困群众
    /// 1083人`; not 合作社87家, whose members are no subset of it, nor 床位, whose patients come and go).
    static let postsForPeople = ScalarTrie<Bool>(["岗位", "名额", "学位", "职位", "工位"].map { ($0, true) })
    /// Words that open a breakdown anywhere in a clause, like `其中` at its head (`…包含索县6户、34人,安多县…`).
    public static let listOpeners = ScalarTrie<Bool>(["包含", "包括"].map { ($0, true) })
    /// Words that end in a plan's marker but are none (`主要`, `重要`, `只要`): read ending at the marker.
    /// A notice's `现将…予以公告` (hereby) is the 把-construction, not the future.
    public static let notFutureMarkers = ScalarTrie<Bool>(notFutureRows.map { ($0, true) })
    static let notFutureRows = ["主要", "重要", "只要", "必要", "想要", "紧要", "纲要", "摘要", "首要",
        "不要", "提要", "概要", "模拟", "虚拟", "现将", "特将", "兹将",
        // programmes named 计划 (参加雨露计划培训300人)
        "雨露计划", "阳光计划",
    ] + exceededPlanWords.filter(endsInFutureMarker)   // (a plan exceeded: 超计划完成投资1.2亿元 plans nothing)
    /// Whether a word ends in a plan's marker (`超计划`; not `超目标`): the rows read ending at a marker
    /// can hold only those.
    static func endsInFutureMarker(_ w: String) -> Bool {
        let u = w.unicodeScalars.map(\.value)
        return futureMarkers.longestEnding(in: u, at: u.count, from: 0, maxLength: u.count) != nil
    }
    /// The longest row of ``notFutureMarkers``: how far back from a marker's end they are read.
    public static let notFutureLongest = notFutureRows.map(\.count).max() ?? 0
    /// Right before `计划` or `将`, a determiner makes it a noun (`该计划`, `此计划`): no plan's marker.
    public static let determiners: ScalarSet = ScalarSet("该此这本其")
    /// Adverbs between a plan's marker and its verb: `将全部脱贫`, `计划如期完成`.
    public static let planAdverbs = ScalarTrie<Bool>(["全部", "全面", "如期", "按时", "都", "均", "也", "再", "陆续", "逐步", "基本",
        "努力", "今年", "明年", "年内", "顺利", "能够", "可以", "在今年", "于今年", "在明年", "在年内", "今年底", "年底前", "年底",
        // (将集中安置全县20个乡镇的4051户, 将统一安置, 将分批组织: how the plan is carried out)
        "集中", "统一", "分批"].map { ($0, true) })
    static let planLeadReach = 8
    /// What may stand between a plan's marker and its verb: adverbs and times in a row
    /// (``planAdverbs``, at most ``planLeadReach`` characters: `将在今年年底全部解决`) or the year it
    /// is for (`规划2016年脱贫34户`, `计划2019年底完成`); its length, 0 when none.
    static func planLead(_ s: [UInt32], at k: Int, limit: Int) -> Int {
        // (adverbs and times in a row: 将在今年年底全部解决)
        var j = k
        while j - k < planLeadReach, let a = planAdverbs.longest(in: s, at: j, limit: limit) { j += a.length }
        if j > k { return j - k }
        guard YearResolver.yearFollows(s, at: k, limit: limit) else { return 0 }
        let end = k + 5
        return end < limit && yearEnds.contains(s[end]) ? 6 : 5
    }
    /// After a plan's year: `底`, `内`, `前` (`计划2019年底完成`).
    static let yearEnds = ScalarSet("底内前")
    public static let futureVerbs = ScalarTrie<Bool>([
        "脱贫", "实施", "完成", "投资", "总投资", "投入", "建设", "新建", "实现", "安排", "改造", "搬迁", "培训",
        "出列", "退出", "摘帽", "协调", "继续", "达到", "开展", "帮助", "带动", "新增", "用于", "在",
        "于", "全面", "进一步", "力争", "确保", "重点", "建成", "筹措", "争取", "发放", "解决", "覆盖",
        "打造", "扶持", "推动", "超过", "达", "将", "整合", "统筹", "筹集", "下达", "拨付", "落实", "选聘", "培育", "创建",
        // (今年将再减少贫困人口2.1万人: a change planned is a plan, FORMAT.md)
        "减少", "减贫", "增加", "提高",
        "涉及",   // 三年行动计划涉及4942户: a plan's scope
        "使", "惠及",   // 工程将使1000个贫困村…, 将惠及3万户
        "消除",   // 2019年全市需要消除危房存量14081户
        "组织",   // 将再组织输出劳动力5000人
        "扩大", "增加", "新招", "招聘", "聘用", "吸纳", "安置",   // 将再扩大选聘2500名, 将吸纳300人就业
        "开工", "投产", "竣工", "启动", "开建",   // 投资5亿元的…项目即将开工
        "举办", "召开", "举行", "开设",   // 系列新闻发布会将举办10场, 将举办招聘会10场
        "对",   // 10个部门将对…进行发布, 将对300户进行改造: the future's preposition, no 把 (将资金…)
        "增收", "获得", "受益",   // 每户将增收1000元, 将获得分红500元
        "选派", "抽调",   // 会议决定选派驻村干部64名, 拟抽调干部420名
        "易地扶贫搬迁", "易地搬迁", "扶贫搬迁",   // 全县规划易地扶贫搬迁7287户
        "购买", "买", "购置", "引进",   // 准备再买母牛50头, 计划引进企业3家
        "养", "养殖", "种", "种植",   // 打算今年再养30只羊
    ].map { ($0, true) }
        // (but 将对口帮扶资金2.5亿元全部投向…, 将对照标准…: words that start with 对 are the 把-construction's object)
        + ["对口", "对照", "对象"].map { ($0, false) }
        + madeModifiers.map { ($0, false) })
    /// Verbs made a modifier by 的 (`合作社将获得的分红5万元全部分给了贫困户`, `将发放的2000万元补助资金
    /// 全部打入农户账户`): what they say is of the object, no plan; false rows of ``futureVerbs`` and
    /// ``futureAdverbs``.
    static let madeModifiers = ["获得的", "增收的", "受益的", "发放的", "吸纳的", "新增的", "提供的", "兑现的", "安排的", "投入的",
                                "解决的", "改造的"]

    /// Floors, ceilings, projections and capacities: a per-unit figure they bound or foresee is a
    /// target (`每户按8%保底分红`, `报销比例不低于…`, `预计亩产效益达2万元`), FORMAT.md.
    public static let perUnitTargets: Set<String> = ["kind.target.不低于", "kind.target.不少于", "kind.target.不超过", "kind.target.应有",
                                             "kind.target.限额",   // (贴息限额每户每年不超过3000元)
                                             "kind.target.控制在", "kind.target.至少", floorRule, boundSignRule,
                                             // projections, capacities and goals in the figure's clause (FORMAT.md):
                                             // 预计亩产效益达2万元, 可容纳, 可安置, 届时, 力争人均收入达到1万元
                                             "kind.target.预计", "kind.target.测算", "kind.target.可容纳", "kind.target.可安置", "kind.target.可使", "kind.target.届时", "kind.target.力争", "kind.target.确保", "kind.target.目标", "kind.target.争取", "kind.target.拟",
                                             // 户均可实现年增收1万元, 年加工大豆能力达到75万吨
                                             "kind.target.可实现", "kind.target.能力",
                                             // a price a condition supposes: 如果今年市场价跌至每公斤0.6元
                                             conditionRule,
                                             // a goal in an earlier clause: 力争到2019年、确保2020年,…人均年收入达到6000元
                                             "kind.target.力争.sentence", "kind.target.确保.sentence", "kind.target.目标.sentence",
                                             "kind.target.争取.sentence", "kind.target.预计.sentence",
                                             // 今年,该区将全力发展…,吸纳贫困户200户以上,每户种植1-2亩
                                             "kind.target.将.sentence", "kind.target.计划.sentence",
                                             // (每户将增收1000元: will, in its own clause, as over the sentence)
                                             "kind.target.将"]
    /// Conditions of the future: a figure after one is a projection, a target even per unit
    /// (`完工后,每年可为贫困户创收200万元以上`).
    public static let futureConditions = ScalarTrie<String>((futureConditionWords + ["届时"]).map { ($0, "kind.target." + $0) })
    /// Modals that make a figure after a condition of the future a projection (`可`, `将`, `预计`).
    public static let projectionModals = ScalarTrie<Bool>(["可", "将", "能", "预计", "预期", "有望", "可望"].map { ($0, true) })
    /// `占` before a count (not a share): the count is a part of the whole before it (`全村200多户,
    /// 贫困户就占了92户`).
    public static let zhan: UInt32 = 0x5360
    /// After a whole closed by `中`, what starts its parts in the same clause (`80个县中已有38个县`).
    public static let partitiveStarts = ScalarSet(",有已共就还")
    /// The last characters of the nouns for people and households (``UnitLexicon/peopleNouns``,
    /// ``UnitLexicon/householdNouns``): a figure after another character follows none of them.
    public static let peopleNounEnds: ScalarSet = {
        var set = ScalarSet()
        for w in UnitLexicon.peopleNounWords + UnitLexicon.householdNounWords { if let u = w.unicodeScalars.last { set.insert(u.value) } }
        return set
    }()

    /// What a list of changes after one verb holds between its items: digits, marks and units
    /// (`增长6%、11.1%`, `分别增收80万元、200万元`).
    public static let changeListMarks = ScalarSet("0123456789.%、和万亿千元户人名个次亩吨")
    /// What joins the items of such a list: `增长6%、11.1%`, `分别增长18.6%和22.3%`.
    public static let changeListJoins = ScalarSet("、和")

    /// Words of a list's header before `中:` (`该县各类学生资助项目中:`): its items are the parts
    /// (`在脱贫攻坚工作中:` heads no list).
    public static let listHeads = ScalarTrie<Bool>(["各类", "各项", "项目", "类别", "资金"].map { ($0, true) })
    /// What closes a header before `:` that breaks money or a programme down into the items after
    /// it (`中央及省级资金主要实施项目:…1.45亿元;…2000万元`): its items are the parts.
    public static let breakdownHeads = ScalarTrie<Bool>(["主要实施项目", "实施项目", "主要用于", "具体安排", "安排如下",
        "分配如下", "具体如下", "使用情况如下", "主要建设内容", "建设内容"].map { ($0, true) })

    /// `各` right before a figure: each of the things named before has it (`两个村各补助50万元`).
    public static let ge: UInt32 = 0x5404
    /// `不等` after amounts (`从600元到300元不等`): they vary from one recipient to another.
    public static let buDeng: [UInt32] = "不等".unicodeScalars.map(\.value)
    /// How far after a figure its `不等` may stand (`600元到300元不等`).
    public static let variesReach = 10
    /// Counts of tiers that close a list of amounts (`分1500元、2000元、2500元三档`): each amount is one
    /// tier of a standard, a rate.
    public static let tierNouns = ScalarTrie<Bool>(["档", "个档次", "个档", "个等次"].map { ($0, true) })
    /// What a list of amounts before its tier count is made of: numbers, their units, and `、`.
    static let tierListScalars = ScalarSet("0123456789.,、和及或万千百十元%")
    /// How far after a figure the tier count closing its list may stand.
    public static let tierReach = 30
    /// Whether the figure ending at `end` stands in a list of amounts closed by a count of tiers
    /// (`1500元、2000元、2500元三档`, `50%、60%、70%三个档次`), nothing else between, before `limit`.
    static func closesTiers(_ s: [UInt32], after end: Int, limit: Int) -> Bool {
        // (a list goes on after the figure, or the count follows it at once: looked at first, as nearly no figure is
        // a tier, and the scan cost 2.9 M instructions a pass over 400 reports)
        guard end < limit, s[end] == NumberReader.listComma || NumberReader.isChineseNumeral(s[end]) else { return false }
        var k = end
        let stop = min(limit, end + tierReach)
        while k < stop, tierListScalars.contains(s[k]) || NumberReader.isChineseNumeral(s[k]) { k += 1 }
        guard k > end, k < limit else { return false }
        let last = s[k - 1]
        return (NumberReader.isDigit(last) || NumberReader.isChineseNumeral(last)) && tierNouns.longest(in: s, at: k, limit: limit) != nil
    }
    /// Right before a share, words that apply it as a proportion (`按70%给予救助`, `按照80%的比例补助`):
    /// the share is a standard, a rate.
    public static let appliedShare = ScalarTrie<Bool>(["按", "按照", "依照"].map { ($0, true) })
    /// What a share so applied pays or takes after it (`给予救助`, `的比例补助`, `提取`).
    static let appliedPayments = ScalarTrie<Bool>(["给予", "补助", "补贴", "救助", "报销", "发放", "支付", "比例", "提取", "分配", "分红",
        "拨付", "兑付", "予以", "预拨", "结算", "下达", "安排",
        "缴纳", "资助", "奖励", "代缴", "计提", "赔付", "兑现", "返还"].map { ($0, true) })
    /// Nouns that name a budgeted sum right before its figure (`项目预算1500万元`, `年初预算为3,512万元`,
    /// `预算数20万元`): money a budget sets is planned, a target (FORMAT.md: a plan). Only right before it,
    /// past ``budgetFillers``: `中央预算内资金`, `一般公共预算收入`, `完成预算的91.8%` name no budget of their figure.
    public static let budgetNouns = ScalarTrie<Bool>(["预算", "预算数", "预算额", "预算金额", "概算"].map { ($0, true) })
    /// What may stand between a budget's noun and its figure: 为, 是, a colon, 总计, 均为, 人民币, 约, a space.
    static let budgetFillers = ScalarSet("为是:：约共计总合均人民币 ")
    public static let budgetRule = "kind.target.预算"
    /// Whether a budget's noun (``budgetNouns``) ends right before `start`, past fillers.
    static func namesBudget(_ s: [UInt32], before start: Int, from lower: Int) -> Bool {
        var j = start
        while j > lower, budgetFillers.contains(s[j - 1]) { j -= 1 }
        return j > lower && budgetNouns.longestEnding(in: s, at: j, from: lower, maxLength: 4) != nil
    }
    /// Verbs of giving between 各 and its figure (`各补助50万元`).
    public static let eachVerbs = ScalarTrie<Bool>(["补助", "奖励", "投入", "安排", "拨付", "获得", "补贴", "资助", "扶持", "奖补", "发放", "增加", "有"].map { ($0, true) })
    /// `中` closing a whole whose parts follow (`1778个贫困村中,有530个…`).
    public static let zhong: UInt32 = 0x4E2D
    /// Words `中` opens (`中心`, `中学`, `中央`): no partitive's 中 (`12个乡镇中心卫生院有医生86名`).
    public static let wordsStartingWithZhong = ScalarTrie<Bool>(["中心", "中学", "中央", "中国", "中药", "中小", "中华", "中医", "中共",
                                                                "中蜂", "中等", "中型", "中部", "中级", "中期", "中职"].map { ($0, true) })
    /// Whether the `中` at `k` closes a whole (`217户中`), no word ending or opening with it (`集中`, `中心`).
    static func partitiveZhong(_ s: [UInt32], at k: Int, from lower: Int, limit: Int) -> Bool {
        s[k] == zhong && wordsEndingInZhong.longestEnding(in: s, at: k + 1, from: lower, maxLength: 2) == nil
            && wordsStartingWithZhong.longest(in: s, at: k, limit: limit) == nil
    }
    /// `有` (`全村217户中建档立卡贫困户有150户`).
    public static let you: UInt32 = 0x6709
    /// `其中` (of which), the word that opens a breakdown, as scalars: readers ask
    /// ``opensQizhong(_:at:limit:)``, or its first scalar where they already know a 中 follows (the
    /// sentence's one scan, which stops at each 中).
    static let qizhong: [UInt32] = "其中".unicodeScalars.map(\.value)
    /// Whether `其中` starts at `k`, both its characters before `limit`.
    @inline(__always) static func opensQizhong(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        k >= 0 && k + 1 < limit && s[k] == qizhong[0] && s[k + 1] == qizhong[1]
    }
    /// Words ending in `中` that single out nothing (`初中1044所`, `年中`, `集中安置`): read ending at it.
    public static let wordsEndingInZhong = ScalarTrie<Bool>(["初中", "高中", "年中", "月中", "集中", "空中", "家中", "手中",
        "心中", "途中", "居中", "适中", "正中"].map { ($0, true) })

    /// A plan's noun closing the phrase a figure stands in (`…11662人全部脱贫、60个贫困村全部出列的总目标`,
    /// `实施8000人易地扶贫搬迁计划`): the figure is the plan's.
    public static let closingPlanNouns = ScalarTrie<String>(["目标", "目标任务", "计划"].map { ($0, "kind.target." + $0 + "(phrase)") })
    /// How many characters after a closing quote its plan's noun may end (`”年度减贫计划`).
    static let quotedPlanReach = 8
    /// The rule of a figure a plan was exceeded by (`超计划1000万元`): a change, whatever plan word it holds.
    public static let exceededPlanRule = "kind.change.超计划"
    /// Before a plan's noun, what makes it the object of a verb (`围绕…的总目标`, `以…为目标`, a quoted goal's name,
    /// `围绕“两不愁三保障”目标`), not a plan over the clauses after it.
    public static let planNounLeads = ScalarSet("的总为”》")

    /// Nouns of a plan whose figure a parenthesis glosses: `年度任务(6063人)` is the task's target.
    public static let targetNouns = ScalarTrie<String>(["任务", "目标", "计划"].map { ($0, "kind.target." + $0 + "(…)") })
    /// A task named right before its figure (`危房改造任务3000户`, `搬迁任务数219人`): the plan's figure.
    /// (and a quota allotted, `安排…农村危房改造指标3.68万户`)
    public static let taskNouns = ScalarTrie<String>(["任务", "任务数", "任务为", "任务是", "任务量", "指标"].map { ($0, "kind.target.任务") })
    /// The task's noun ending at `end`, or before an exit's verb there (`任务为|10283户`, `任务是脱贫|62户`): its length
    /// and rule.
    static func taskBefore(_ s: [UInt32], _ end: Int, from lower: Int) -> (length: Int, value: String)? {
        if let t = taskNouns.longestEnding(in: s, at: end, from: lower, maxLength: 3) { return t }
        guard let v = remainderOut.longestEnding(in: s, at: end, from: lower, maxLength: 4), v.value else { return nil }
        return taskNouns.longestEnding(in: s, at: end - v.length, from: lower, maxLength: 3)
    }
    /// How far after a figure the task it heads may be named (`101.5万户改厕任务`), and characters around it
    /// that make the task describe the things counted (`40个有扶贫任务的县`, `22个…任务重的省份`).
    static let taskNounReach = 5
    static let taskDescribers: ScalarSet = { var set = ScalarSet("有的"); set.formUnion(taskBurdens); return set }()
    /// Words of a task's weight after it (`22个任务重的县`): the task describes the places counted.
    static let taskBurdens = ScalarSet("重轻较")
    static let taskRule = "kind.target.任务"

    /// The rule of a ceiling after the unit (`以下`): a level reached (`降至1%以下`) is only about so much.
    public static let belowRule = "kind.target.以下"
    static let belowRow = AfterUnitRow(.target, belowRule)
    /// Modals right before a verb of reaching a level that make the level required (`须降至`, `要降至`);
    /// words that end in one and are none (`相应降至`: correspondingly).
    static let requiringModals = ScalarTrie<Bool>(["须", "必须", "要", "需要", "需", "应", "应当", "应该"].map { ($0, true) }
        + ["相应", "对应", "供应", "主要", "只要", "重要"].map { ($0, false) })
    /// Words right after a level's bound that make it a condition (`降至3%以下方可退出`).
    static let boundConsequences = ScalarTrie<Bool>(["方可", "才能", "才可", "即可", "方能"].map { ($0, true) })
    /// What a clause after a condition (``TrapLexicon/conditionOpeners``) says it brings (`即可获得30%的赔付`,
    /// `给予50%的补助`): its share or amount is the rule's standard, a rate.
    static let conditionConsequences = ScalarTrie<Bool>(["即可", "可获得", "可享受", "可获", "给予", "赔付", "补偿", "报销"].map { ($0, true) })
    /// A figure a condition's own clause supposes (`如果今年市场价跌至每公斤0.6元`).
    static let conditionRule = "kind.target.条件"
    /// 共 (all told: `共赔付资金120万元`).
    static let gong: UInt32 = 0x5171
    /// Whether a level reached below a bound (`降至2%以下`) is required, not reported: a modal before
    /// the verb (`须降至`) or a condition after the bound (`…以下方可退出`).
    static func requiresLevel(_ s: [UInt32], verbAt v: Int, boundEnd e: Int, _ sentence: Range<Int>) -> Bool {
        requiringModals.longestEnding(in: s, at: v, from: sentence.lowerBound, maxLength: 2)?.value == true
            || boundConsequences.longest(in: s, at: e, limit: sentence.upperBound) != nil
    }
    /// Right after the unit: `5万元以内`, `500元/人`.
    public static let afterUnit = ScalarTrie<AfterUnitRow>([
        ("以内", AfterUnitRow(.target, "kind.target.以内")), ("以下", belowRow),
        ("/人", AfterUnitRow(.rate, "kind.rate./人")), ("/户", AfterUnitRow(.rate, "kind.rate./户")),
        ("/年", AfterUnitRow(.rate, "kind.rate./年")), ("/月", AfterUnitRow(.rate, "kind.rate./月")),
        ("/亩", AfterUnitRow(.rate, "kind.rate./亩")), ("每人", AfterUnitRow(.rate, "kind.rate.每人")),
        ("/生", AfterUnitRow(.rate, "kind.rate./生")), ("每生", AfterUnitRow(.rate, "kind.rate.每生")),
        ("每户", AfterUnitRow(.rate, "kind.rate.每户")), ("/吨", AfterUnitRow(.rate, "kind.rate./吨")),
        ("每头", AfterUnitRow(.rate, "kind.rate.每头", afterMoneyOnly: true)), ("每亩", AfterUnitRow(.rate, "kind.rate.每亩", afterMoneyOnly: true)),
        ("每只", AfterUnitRow(.rate, "kind.rate.每只", afterMoneyOnly: true)), ("每年", AfterUnitRow(.rate, "kind.rate.每年", afterMoneyOnly: true)),
        ("每月", AfterUnitRow(.rate, "kind.rate.每月", afterMoneyOnly: true)), ("/头", AfterUnitRow(.rate, "kind.rate./头")),
        ("的目标", AfterUnitRow(.target, "kind.target.的目标", bound: false)),
        // (资金按20%的幅度增长: a growth by so much)
        ("的幅度增长", AfterUnitRow(.change, "kind.change.的幅度增长")), ("的幅度递增", AfterUnitRow(.change, "kind.change.的幅度增长")),
        ("的速度增长", AfterUnitRow(.change, "kind.change.的幅度增长")), ("的比例递增", AfterUnitRow(.change, "kind.change.的幅度增长")),
        ("保底", AfterUnitRow(.target, "kind.target.保底", bound: false)),
    ])

    /// Change verbs right before the number (a few filler characters allowed): `增加1649人`.
    /// `提高到` names a new level, not a change, so `到`/`至` after the verb cancels it.
    public static let change = ScalarTrie<String>(changeWords.map { ($0, "kind.change." + $0) })
    /// Words of change that improve something (`提升`, `提高`, rows of ``changeWords``): of people counted right after them, more
    /// nouns following, what is improved is theirs, no change of their count (`巩固提升287.5万农村人口供水保障水平`).
    static let improveWords = ScalarTrie<Bool>(["提升", "提高"].map { ($0, true) })
    /// Nouns of a count (`人数`, `户数`) right before a verb of improving: the count itself changes (``FactContext/improvementCompared``).
    static let countNouns = ScalarTrie<Bool>(["人数", "户数", "数量", "人次", "规模", "总数"].map { ($0, true) })
    static let changeWords = [
        "增加", "增长", "提高", "提升", "增收", "净增", "上升", "增幅", "降幅", "减幅",
        // (开工18.67万户,开工率达144%,超额完成5.7万户: what a task was exceeded by)
        "超额完成",
        "多", "少", "缩小", "扩大", "递增", "减贫", "调增", "增速",
        // (set 193: a price set below or above a reference, 采购价格下浮10%)
        "下浮", "上浮",
        // (比种老品种多收入800元, 比普通农户高出30%: a difference)
        "多收入", "多收", "多挣", "高出", "多出",
        // (a crop area cut, a yield raised: 调减玉米种植面积785万亩, 增产20%)
        "调减", "增产", "减产",
        // (a price risen: 花椒价格比去年涨了15元, 上涨3元)
        "上涨", "涨了", "涨", "高了", "提高了",
    ] + decreaseWords
    /// Nouns of a change's size (`增幅`, `降幅`), which `达到` joins to the figure as its size, no level reached.
    static let changeSizes = ScalarTrie<String>(["增幅", "降幅", "减幅", "涨幅", "增速"].map { ($0, "kind.change." + $0) })
    static let dadao: [UInt32] = "达到".unicodeScalars.map(\.value)
    /// The longest row of ``change``: how far back from the figure it is read.
    static let changeLongest = changeWords.map(\.count).max() ?? 0
    /// Income nouns a verb of increase may govern before an amount (`增加收入3.9万元`, `增加集体收入`): the
    /// amount is a change, as after `增收`.
    static let incomeNouns = ScalarTrie<Bool>(incomeNounWords.map { ($0, true) })
    static let incomeNounWords = ["收入", "集体收入", "经济收入", "集体经济收入", "村集体收入", "村集体经济收入"]
    static let incomeNounLength = incomeNounWords.map(\.count).max() ?? 0
    /// Verbs of increase before an income noun (`增加收入`).
    static let increaseVerbs = ScalarTrie<Bool>(["增加", "提高", "新增"].map { ($0, true) })
    static let increasedIncomeRule = "kind.change.增加收入"
    /// A sharing-out of proceeds (`“226”分红模式(村级集体经济占20%、…)`, `收益的55%作为…`): its
    /// shares are standing rules, rates (FORMAT.md: a standing share is `rate`).
    public static let sharingOut = ScalarTrie<Bool>(["分红模式", "分红比例", "收益的", "收益按", "利润的", "分配比例", "按比例分配", "收益分配", "利益分配", "分配机制", "资金的"].map { ($0, true) })
    /// Proceeds named (`发电站产生的收益,70%平均分配给…`, `村集体已有10多万元收入,其中60%给贫困户分红`):
    /// a sharing-out where a share's use follows it or a verb takes it (not `工资性收入占60%`).
    public static let proceeds = ScalarTrie<Bool>(["收益", "收入"].map { ($0, true) })
    /// Verbs closing a list of shares (`收益按村集体40%、农户60%分配`).
    public static let shareVerbs = ScalarTrie<Bool>(["分配", "分红", "比例分成", "分成"].map { ($0, true) })
    static let gu: UInt32 = 0x80A1   // 股
    /// What a share of proceeds goes to, right after it (`55%作为…`, `15%用于…`).
    public static let shareUses = ScalarTrie<Bool>(["作为", "用于", "用於", "作為", "归", "分给", "分配给", "给", "由",
        "平均分配给", "留作", "留给", "留存", "保留", "上缴"].map { ($0, true) })
    /// Verbs that take shares of proceeds, before them in their clause (`提取27%公积金…、10%公益金`).
    public static let shareTakers = ScalarTrie<Bool>(["提取", "提留", "计提"].map { ($0, true) })
    /// Verbs that add the newly poor to a register, over the poor they count: `新增贫困人口14018人`,
    /// `新增识别贫困人口10508人`, `调增贫困村47个` are changes of the register (`新增到户项目9.4万个` is a
    /// count; `新识别贫困村382个` may be a part of the villages counted, so it is no row).
    public static let registerAdditions = ScalarTrie<String>(["新增", "新增识别", "动态新增", "调增"].map { ($0, "kind.change.新增贫困") })
    static let pin: UInt32 = 0x8D2B   // 贫, in a noun of the poor's register
    static let poorVillage: [UInt32] = "贫困村".unicodeScalars.map(\.value)
    /// The change verbs that lower a count (`比上年减少379万人`), for ``TopicResolver``'s reading
    /// of the poor's decrease as those who left.
    public static let decreaseWords = ["减少", "下降", "降低"]
    public static let decreases = ScalarTrie<Bool>(decreaseWords.map { ($0, true) })
    /// Units of a count paired before another (`213户881人`): a verb before the pair governs both.
    public static let pairedUnits: ScalarSet = ScalarSet("户人")
    /// Words a comment on a per-person level's change may open with before its verb: adverbs and times (`逐年提高`, `此后逐年提高`,
    /// `年年都在增长`, `且增幅较大`) and the people's income it speaks of (`收入逐年提高`, `群众收入大幅增加`); no other thing's
    /// (`财政收入增长很快`, `村集体经济收入增长较快` name one).
    static let changeCommentLeads = ScalarTrie<Bool>(["且", "并", "也", "均", "都", "又", "在", "都在", "逐年", "同比", "持续", "稳步",
        "快速", "较快", "大幅", "明显", "此后", "之后", "随后", "近年来", "近几年", "这几年", "年年", "每年", "一年比一年",
        "收入", "群众收入", "农民收入", "居民收入", "村民收入", "人均收入", "家庭收入", "贫困户收入", "贫困群众收入"].map { ($0, true) })
    /// (增长 6.2%: an infographic's space between the verb and its figure too)
    public static let changeFiller: ScalarSet = ScalarSet("了达约近为超逾更均 ")
    /// What a comparison's verb compares a figure with (``FactContext/comparedDifference``): an
    /// earlier time or a standard (`上年`, `2020年底`, `全省平均水平`, `国家标准`).
    public static let comparedStandards = ScalarTrie<Bool>((["上年", "去年", "前年", "同期", "年底", "年末", "年初", "平均", "水平",
        "标准", "规模"] + comparedPlaceWords).map { ($0, true) })
    /// Of ``comparedStandards``, the places: alone after the verb they own a share (`超过全县60%的农户`).
    static let comparedPlaceWords = ["全国", "全省", "全市", "全县", "全区", "全州"]
    static let comparedPlaces = ScalarTrie<Bool>(comparedPlaceWords.map { ($0, true) })
    /// How far before a figure a comparison's verb is looked for.
    static let comparedReach = 14
    static let duo: UInt32 = 0x591A, da: UInt32 = 0x8FBE   // 多, 达: 多达 (as many as) is no change
    public static let levelMarkers: ScalarSet = ScalarSet("到至")

    /// The tables ``FactContext/kind(_:candidate:clause:sentence:quotes:cues:)`` reads for every
    /// figure, behind one lazy global: each `static let` above is one, and every read of one
    /// calls `swift_once`, some fifteen a figure (measured: 307.8 → 307.0 M instructions a pass over
    /// 400 reports).
    final class Tables: Sendable {
        let beforeInClause = KindCues.beforeInClause, beforeInClauseStarts = KindCues.beforeInClauseStarts
        let futureMarkers = KindCues.futureMarkers, futureMarkerStarts = KindCues.futureMarkerStarts
        let futureVerbs = KindCues.futureVerbs
        let change = KindCues.change, comparedIncrease = KindCues.comparedIncrease, changeFiller = KindCues.changeFiller
        let comparisons = KindCues.comparisons
        let changeListMarks = KindCues.changeListMarks, peopleNounEnds = KindCues.peopleNounEnds
        let exampleOpen = KindCues.exampleOpen
        let changeLongest = KindCues.changeLongest
    }
    static let tables = Tables()
}

/// A row of ``KindCues/futureMarkers``: a word that plans a figure, with its rule and how far its
/// future reaches.
public struct FutureMarker: Sendable {
    public enum Reach: Sendable {
        /// A verb must follow (`计划脱贫`, `规划建设`); after the figure that verb closes the clause
        /// (`905户…计划脱贫`, not `计划实施方案`).
        case verbFollows
        /// What follows is future whatever it is, also after the figure (`将`, `有望`, `拟`).
        case whateverFollows
        /// Plans the figure right after it, no verb between (`将有257个村整体脱贫`; not `现将有关情况`).
        case figureAfter
        /// A modal (`要`, `需要`): before the figure as `verbFollows`; after it, it plans the figure
        /// whatever its verb takes where no figure follows in the clause (`剩余的2.16万名贫困人口要全部
        /// 达到脱贫标准`; not `36户…每户比去年要增收1000元`), unless the need was met or is past.
        case modal
        /// A word that opens with a marker and plans nothing (`准备开工3个`: a stock's state, in progress, a part of it).
        case marksNothing
    }
    /// Rule name shown by `--explain`.
    public let rule: String
    public let reach: Reach
    init(_ rule: String, _ reach: Reach) { self.rule = rule; self.reach = reach }
}

/// A word right after a unit that sets the figure's kind (`以内`, `/人`).
public struct AfterUnitRow: Sendable {
    public let kind: Kind
    /// Rule name shown by `--explain`.
    public let rule: String
    /// A bound (`以内`, `以下`): followed by `的` it describes a class, not a figure. A goal
    /// (`80%的目标`) is a target and no bound.
    public let isBound: Bool
    /// Read only after money (`2500元每头`): after a count a new clause may start with it
    /// (`发放补贴300头每头补助2000元`).
    public let afterMoneyOnly: Bool
    public init(_ kind: Kind, _ rule: String, bound: Bool? = nil, afterMoneyOnly: Bool = false) {
        self.kind = kind; self.rule = rule; isBound = bound ?? (kind == .target); self.afterMoneyOnly = afterMoneyOnly
    }
}

/// A few rule names, compared as UTF-8 bytes: rule names are the lexicons' own literals, so
/// equal bytes are equal names, where a `Set<String>` lookup hashed and compared them under
/// Unicode's rules, some 1,200 instructions a lookup (see ``FactContext/SentenceCues`` for the
/// measure; the rule's bytes read in place and compared by a plain loop, some 150 instructions a
/// lookup: with the `其中` scan of ``FactContext/SentenceCues`` through a pointer, 361.3 → 360.2 M).
struct RuleNameSet: Sendable {
    private let names: [[UInt8]]
    init(_ names: Set<String>) { self.names = names.sorted().map { Array($0.utf8) } }
    func contains(_ rule: String) -> Bool {
        let count = rule.utf8.count
        guard names.contains(where: { $0.count == count }) else { return false }
        var rule = rule   // its bytes read in place
        return rule.withUTF8 { bytes in
            names.contains { name in
                guard name.count == bytes.count else { return false }
                for k in 0..<bytes.count where name[k] != bytes[k] { return false }
                return true
            }
        }
    }
}
