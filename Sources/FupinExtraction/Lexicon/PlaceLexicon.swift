/// Level of a place found in the text below the county.
public enum SubPlaceLevel: Int, Sendable, Comparable {
    case zone = 1, town, village
    public static func < (a: SubPlaceLevel, b: SubPlaceLevel) -> Bool { a.rawValue < b.rawValue }
}

/// Suffixes and stop words for places the gazetteer does not hold: towns, streets, 片区,
/// villages, communities and functional zones. One row a word.
public enum PlaceLexicon {
    public static let suffixes = ScalarTrie<SubPlaceLevel>([
        ("经济技术开发区", .zone), ("高新技术产业开发区", .zone), ("经济开发区", .zone),
        ("综合实验区", .zone), ("开发区", .zone), ("高新区", .zone), ("经济区", .zone), ("新区", .zone),
        ("实验区", .zone), ("试验区", .zone), ("示范区", .zone), ("工业园区", .zone), ("产业园区", .zone),
        ("保税区", .zone), ("自贸区", .zone), ("管理区", .zone),
        ("生态区", .zone), ("度假区", .zone), ("旅游度假区", .zone), ("合作区", .zone),
        ("街道", .town), ("街道办事处", .town), ("办事处", .town), ("镇", .town), ("乡", .town), ("苏木", .town),
        ("片区", .town), ("农场", .town), ("林场", .town),
        ("安置区", .town),   // a relocation site the size of a town (卯家湾安置区: 3万多人)
        ("村", .village), ("社区", .village), ("小区", .village), ("居委会", .village), ("村委会", .village), ("村委", .village),
        ("嘎查", .village),   // a village of Inner Mongolia (察汗淖尔嘎查), as 苏木 is a town
        ("屯", .village),     // a hamlet of Guangxi (那布村后卡屯), under its village
    ])

    /// The peoples an ethnic township is named for (`三宝彝族乡`, `虎形山瑶族乡`, `三元彝族苗族白族乡`), each with its
    /// 族; with the 乡 or 镇 after them they are the township's suffix, its name stands before them
    /// (``PlaceFinder``). 民族 stands for any (`民族乡`).
    public static let ethnicGroups = ScalarTrie<Bool>(ethnicGroupNames.map { ($0, true) })
    static let ethnicGroupNames = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
        + "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
        + "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 民").split(separator: " ").map { String($0) + "族" }
    static let longestEthnicGroup = ethnicGroupNames.map { $0.unicodeScalars.count }.max()!

    /// Words whose last character may be read as a name's first (`其中金米村`, `当中`, `之中`):
    /// the name starts after them.
    /// (a year before the name too: 2015年石门村)
    public static let wordsBeforeNames = ScalarTrie<Bool>(["其中", "当中", "之中", "其余", "另外", "此外", "年", "包括"].map { ($0, true) })

    /// Syllables that open names transliterated from Yi, Tibetan, Uyghur (`阿土列尔村`, `阿克苏`): one
    /// before three characters read back is the name's first.
    public static let transliteratedOpeners = ScalarSet("阿")

    /// Characters that write names transliterated from Uyghur, Kazakh, Tibetan and Mongolian
    /// (`奥依托格拉克乡`, `阿热吾斯塘村`, `喀什`): such a name may run past three characters.
    public static let transliterated = ScalarSet("力阿奥依托格拉克尔吾斯塘木巴提买热扎努孜苏喀什勒库乌鲁玛哈萨亚卡艾尼尕甫麦盖吉牙达坎墩曲则其普兰吐鄯善伽铁干里且末墨玉策洛浦皮山叶城泽英沙疏附师岳湖莎车塔"
        + "察汗淖查陶布日都包呼舒图嘎罕锡浩诺敖彦"   // (and Mongolian: 察汗淖尔, 沙日布日都, 包日呼舒)
        + "楚冬很奎屯")   // (楚布勒达村, 冬都布勒格村, 扎很布勒格村, 奎屯布勒格村)
    /// How long such a name may run.
    public static let longTransliteratedName = 7
    /// The longest town name before its suffix that the town table is asked for (`玉龙喀什镇`).
    public static let longTownName = 5

    /// A village's name right after its county's full name or its town may be this long
    /// (`昭觉县阿土列尔村`, `塔秀乡楚布勒达村`).
    public static let longVillageName = 4

    /// How many characters a name may have before its suffix.
    public static func maxPrefix(_ level: SubPlaceLevel) -> Int {
        switch level {
        case .zone: return 4
        case .town: return 3
        case .village: return 3
        }
    }

    /// 里: after a numeral, a distance a name is made of (`十里铺村`); closing a community's name (`兴贤里社区`).
    static let li: UInt32 = 0x91CC
    /// 驻 before a name and its `办事处`: an office a place keeps in another (`红河州驻深圳办事处`), no town.
    static let zhu: UInt32 = 0x9A7B
    static let ban: UInt32 = 0x529E   // 办, the first of 办事处
    static let nong: UInt32 = 0x519C  // 农, of 农村 (the countryside)
    /// Words that follow 农村 as the countryside's things (农村留守老人, 农村公路): before one, a name read back
    /// to 农村 is the countryside, no village (构建农村…).
    /// (not words a village's name meets as well: 惠农村贫困人口, 兴农村集体经济, 富农村发展产业)
    static let countrysideThings = ScalarTrie<Bool>(["留守", "养老", "人居", "危房", "饮水", "饮用水", "供水", "自来水", "电网", "改革",
        "宅基地", "居民", "妇女", "老人", "儿童", "残疾人", "义务教育", "学校", "医疗", "卫生", "厕所", "户厕", "垃圾", "污水",
        "电商", "物流", "寄递", "金融", "信用", "产权", "基础设施", "公共服务", "特困", "五保", "青年", "人才", "党员", "基层",
        "文化", "精神文明", "移风易俗", "宽带", "网络", "住房", "客运", "交通", "道路", "公路", "低保", "劳动力", "面貌", "治理",
        "振兴"].map { ($0, true) })
    static let cheng: UInt32 = 0x57CE  // 城, of 城镇 (the towns and cities, urban)
    static let xiang: UInt32 = 0x4E61  // 乡, of 城乡 (town and country)
    static let zhen: UInt32 = 0x9547   // 镇
    /// Words after `城镇` that make it the urban part of a place (`实现城镇新增就业`, `城镇居民`), no town
    /// whose name ends in 城 (`古城镇`).
    static let urbanWords = ScalarTrie<Bool>(["新增", "居民", "化", "人口", "就业", "登记", "常住", "低保", "职工", "地区",
        "保障性", "失业", "单位", "户籍", "困难", "最低", "标准", "住房保障"].map { ($0, true) })
    /// Words after `城乡` that make it town and country (`霍山城乡发展`, `城乡一体化`), no town named …城
    /// (`城镇` before them may open a village's name: 古城镇发展村).
    static let urbanRuralWords = ScalarTrie<Bool>(["发展", "建设", "一体化", "统筹", "融合", "居民", "低保", "医保", "规划",
        "环境", "面貌", "差距", "收入", "协调", "公交", "供水", "均衡"].map { ($0, true) })
    /// Characters that end a word before a place name: a name never contains them at its
    /// start (`安置点|大屯街道`, `和原|解宋营镇`, `个旧市|大屯街道`).
    public static let stopChars: ScalarSet = ScalarSet("的在和与及原等为对是从到向个各该本全每了将把被由于以其此这那我你他们至区市县州省镇乡村点内外里处地进入驻住赴走来去帮包联挂同跟给让使共总扶援距绕辖不着")

    /// Stop characters that are prepositions or conjunctions before a name (`对青山镇的…`, `向阳光镇`): none opens a
    /// known town's name read through it.
    public static let prepositionStops = ScalarSet("对向在从到为与和于把被给让使由及至以")
    /// Stop characters that village names hold (`小新地村`, `包塬村`, `联合村`, `同心村`): taken in a
    /// name that stands right after its town (`三家乡小新地村`).
    public static let nameCharsAfterTown = ScalarSet("地里内外处点帮包联挂同共总援")

    /// Words with a place suffix that are not names: `贫困村`, `全镇`, `乡镇`.
    public static let genericNames: Set<String> = [
        "贫困村", "行政村", "贫困嘎查村", "自然村", "自然屯", "通屯", "各屯", "每屯", "全屯", "该屯", "重点村", "试点村", "示范村", "特色村", "革命村", "薄弱村", "旅游村", "极贫村", "极贫乡镇", "极贫乡", "深贫村", "农业农村",
        "专业村", "出列村", "空壳村", "深度贫困村", "非贫困村", "贫困嘎查", "深度贫困嘎查", "非贫困嘎查", "易地村", "美丽村", "文明村", "卫生村",
        "乡镇", "城镇", "小镇", "集镇", "特色小镇", "重点镇", "中心镇", "建制镇", "建制村", "贫困乡", "农村",
        "乡村", "城乡", "老区", "片区", "邻近村", "周边村", "附近村", "退出村", "家庭农场", "生态农场", "休闲农场", "示范农场", "街道", "街道办事处", "办事处", "社区", "小区", "新区", "园区", "景区", "城区", "辖区",
        "开发区", "实验区", "经济区", "示范区", "安置区", "安置小区", "集中安置区", "搬迁小区", "移民村",
        "搬迁安置区", "迁安置区", "移民安置区", "城镇安置区", "扶贫安置区", "大型安置区", "新建安置区", "县城安置区",
        "贫困乡镇", "合作社区", "农业园区", "产业园区", "工业园区", "示范村", "样板村", "明星村", "富裕村",
        "后进村", "软弱涣散村", "结对村", "帮扶村", "挂钩村", "联系村", "定点村", "签约村", "边缘村",
        "经济薄弱村", "老区村", "革命老区村", "少数民族村", "民族村", "传统村", "古村", "山村", "渔村",
        "养殖村", "种植村", "电商村", "淘宝村", "光伏村", "扶贫村", "产业村", "生态村", "宜居村", "淘宝镇", "电商镇",
        "中心村", "中心集镇", "中心社区", "中心乡镇", "邻村", "搬迁村", "安置村", "整村",
        "标准化村", "文明村", "卫生村", "小康村", "美丽村", "幸福村",
        // (set 366, 369: villages and towns by their need or their role, 全市困难村, 推普示范乡)
        "困难村", "相对贫困村", "示范乡", "示范镇", "工程安置区",
        // (set 370: farms and forest farms by their kind, 贫困林场, 国有林场, 所属农场)
        "林场", "贫困林场", "国有林场", "贫困农场", "国有农场", "所属农场", "农场社区", "区直国有林场",
        // villages by where they lie (偏远村, 边远村)
        "偏远村", "边远村", "偏僻村", "边远山村", "边境村", "抵边村", "沿边村", "边境小康村", "移民新村",
        // villages held up as examples (旅游致富村, 脱贫标杆村)
        "致富村", "标杆村", "先进村", "模范村", "亿元村", "网红村", "名村",
        // the last villages and towns put under supervision in 2020 (挂牌督战村)
        "督战村", "挂督战村", "挂牌督战村", "督战乡", "督战镇", "挂牌督战乡", "挂牌督战镇",
        // (毛南族聚居乡, 彝族苗族聚居村寨: where a people lives together, a kind of place)
        "聚居村", "聚居乡", "聚居镇", "聚居区", "杂居村", "散居村",
        "养殖小区", "示范小区", "居民小区", "住宅小区", "新建小区",
        // words ending in 乡 or 镇 that name no place
        "返乡", "家乡", "回乡", "下乡", "老乡", "故乡", "同乡", "异乡", "他乡", "乡乡", "水乡", "梦乡", "爱乡",
        "离乡", "思乡",   // (打工不离乡, 背井离乡)
        "重镇", "古镇", "名镇", "强镇", "村村", "大镇", "大乡", "强村", "山乡",   // (毛南山乡, the mountain townships of a people)
    ]
    static let cun: UInt32 = 0x6751   // 村
    /// The first characters of kinds of village in ``genericNames`` (`山村`, `强村`) that many villages' names end in
    /// (`青山村`, `金山村`, `富强村`, `自强村`): after one character that opens the name, a name, unless that character
    /// describes (``describingOpeners``: `小山村`, `深山村`, `穷山村`).
    public static let kindsEndingNames = ScalarSet("山强")
    public static let describingOpeners = ScalarSet("小深穷荒大偏远")
    /// Numerals of two that count and never number (`两村`, `俩镇`): no name holds one before its suffix.
    static let countingTwos = ScalarSet("两俩倆兩")
    /// Words of the time that open no place's name read back over them (`目前新村`, `如今新村`).
    static let timeWordsBeforeNames = ScalarTrie<Bool>(["目前", "如今", "现在", "当前", "今年", "去年", "近年"].map { ($0, true) })
    /// Verbs of holding a meeting after a place (`在北京召开`): the place is the meeting's venue.
    static let meetingVerbs = ScalarTrie<Bool>(["召开", "举行", "举办", "开幕", "闭幕"].map { ($0, true) })
    /// Whether a place is named as where a meeting is held: 在 right before it, a verb of holding right after (`在北京召开`).
    static func namesVenue(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.lowerBound > 0 && s[r.lowerBound - 1] == zai && meetingVerbs.longest(in: s, at: r.upperBound, limit: s.count) != nil
    }
    /// Names of places that open with a verb (`会同县`: 会同, together with), read as the verb right after an office
    /// (``officeEnds``: `我局会同县商务局`).
    static let verbOpeningNames = ScalarTrie<Bool>(["会同"].map { ($0, true) })
    /// The last characters of offices and bodies (`局`, `办`, `委`, `政府`, `部门`).
    static let officeEnds = ScalarSet("局办委府部厅门处所站队司院")
    /// The county seat (`县城`) or a city's districts (`城区`) right before a site's name: where it stands, none of its name
    /// (`县城八仙安置区`, `县城广惠园移民新区`).
    static let seatWords = ScalarTrie<Bool>(["县城", "城区", "市区", "城关"].map { ($0, true) })
    /// Suffixes of a community a name may close with 里 before (`兴贤里社区`, `和平里小区`).
    static let communitySuffixes = ScalarTrie<Bool>(["社区", "小区"].map { ($0, true) })
    /// Suffixes of a relocation site read at a town's level (`八仙安置区`).
    static let siteSuffixes = ScalarTrie<Bool>(["安置区"].map { ($0, true) })
    static let quan: UInt32 = 0x5168   // 全
    /// How far back from a numeral before a suffix a list's 、 may stand for it to count the names listed (`顾家台两村`).
    static let listedNameReach = 6
    /// Features of the land that topic cues name and that villages are named for (`凉水井村`, `黄水库村`,
    /// `老林场村`): after a character of the name, delimited before, a name, not a kind of village (``TopicCues``'
    /// `电商村`, `扶贫村` stay kinds).
    public static let landmarkWords = ScalarTrie<Bool>(["水井", "机井", "水池", "水库", "水源", "水柜", "林场", "草场", "茶园", "果园",
        "河道", "塘坝", "湿地", "森林", "荒山", "林地", "农田", "桥梁", "沟渠", "公路", "道路"].map { ($0, true) })

    /// Words that name no place when they are the whole name, but may end one (`豆村镇` is a
    /// town; `各村镇` speaks of villages and towns; `乌兰嘎查村` is a village, `各嘎查村` none).
    public static let genericWholeNames: Set<String> = ["村镇", "整镇", "整乡", "嘎查村"]
    /// The longest of ``genericWholeNames`` (a name longer is none of them, and no string is built).
    static let genericWholeNameLength = genericWholeNames.map(\.count).max()!

    /// The same words as a trie, to test scalars in place without building strings.
    public static let genericNameTrie = ScalarTrie(genericNames.map { ($0, true) })

    /// The longest row of ``ownPlaceRows`` (a word read back from where it ends).
    static let ownPlaceWordLength = ownPlaceRows.map { $0.0.count }.max()!
    /// Words that speak of the report's own place again (`全县`, `我市`): a place named earlier
    /// in the paragraph no longer holds. Each names a level by the endings of its names: `全县`
    /// in a report on a village is the village's county (`DocumentPlace.path(endingIn:)`).
    public static let ownPlaceWords = ScalarTrie<Int>(ownPlaceRows.map { word, endings in (word, ownPlaceLevels.firstIndex(of: endings)!) })
    static let ownPlaceRows: [(String, String)] = [
        ("全县", "县旗"), ("全市", "市"), ("全区", "区"), ("全省", "省"), ("全州", "州"), ("全旗", "旗"), ("全盟", "盟"),
        ("我县", "县旗"), ("我市", "市"), ("我区", "区"), ("我省", "省"), ("我州", "州"), ("本县", "县旗"), ("本市", "市"),
        ("全自治区", "区"), ("全国", ""), ("我国", ""),
        // (the country as Hong Kong, Macau and Taiwan papers name it: 大陆贫困人口3046万人)
        ("大陆", ""), ("中国大陆", ""),
        // (该县, 该市: the county or city spoken of, as 全县 — not the village named before it)
        ("该县", "县旗"), ("该市", "市"), ("该区", "区"), ("该州", "州"), ("该旗", "旗"), ("该省", "省"),
    ]
    /// Words ending in a stop character that binds them (`高于`, `位于`, `用于`): a town's name read
    /// back through a stop character does not start inside one.
    public static let functionCompounds = ScalarTrie<Bool>(["高于", "低于", "多于", "少于", "快于", "慢于", "优于", "大于", "小于",
        "等于", "位于", "属于", "用于", "由于", "对于", "关于", "处于", "在于", "至于", "基于", "源于", "归于", "利于", "便于",
        "居于", "限于", "终于", "鉴于", "出于", "始于", "忙于",
        // (部分乡镇监测帮扶情况: 部分 is a word, no 分乡镇; 充分, 十分 likewise)
        "部分", "充分", "十分", "划分", "区分", "过分", "万分"].map { ($0, true) })
    /// Right after an own place's word, a rank taken in it (`在全省率先`, `居全市第一`, `走在全省前列`): the place is the field
    /// ranked, no subject of the figure. Whole words: not the nouns a rank's word opens (`全县第一季度`, `第一产业`, `第一书记`,
    /// `首批扶贫车间`), nor 最 (`全县最低生活保障标准` is the county's), nor a ranking's attribute (`全县排名前十的龙头企业`, the county's).
    /// A rank's words in an order (`在全省排名第五`, `获评全市唯一的…`, `全省首家`) are ranks wherever they stand.
    static let ranks = ScalarTrie<RankWord>((["率先", "前列", "领先", "之首", "居首", "首位", "第一位", "第一名", "排名第", "排第", "名列",
                                              "唯一", "首个", "首家"].map { ($0, RankWord.whole) })
        + ["第一", "排名前三", "排名前五", "排名前十", "前三", "前五", "前十"].map { ($0, RankWord.closingPhrase) })
    /// How a rank's word (``ranks``) must stand to be one.
    enum RankWord {
        /// Wherever it stands.
        case whole
        /// Only where no Han character follows it: `居全市第一,` but not `全县第一季度`, `全县排名前十的龙头企业`.
        case closingPhrase
    }
    /// Whether a rank's word (``ranks``) stands at `k`.
    static func ranksAt(_ s: [UInt32], _ k: Int, limit: Int) -> Bool {
        guard let r = ranks.longest(in: s, at: k, limit: limit) else { return false }
        switch r.value {
        case .whole: return true
        case .closingPhrase: return k + r.length >= limit || !NormalizedText.isHan(s[k + r.length])
        }
    }
    /// Right before an own place's word, what makes it the place compared with (`高于全省`,
    /// `比全市`, `较全县`, `超过全省`), no subject of the figure.
    public static let comparedWith = ScalarTrie<Bool>(["比", "较", "高于", "低于", "多于", "少于", "超过", "优于", "快于", "慢于", "相比"].map { ($0, true) })
    /// Before 全国 (``country``), what makes it a destination, a comparison or a means, not the clause's subject.
    public static let notNationSubject = ScalarSet("比于至到占向经与和同在对及获选入列")
    /// After 全国, what makes it the subject of a figure (`全国农村贫困人口…`, `全国共有…`, `全国832个`),
    /// not a name's first word (`全国电子商务进农村综合示范县`, `全国扶贫日`, `全国脱贫攻坚总结表彰大会`).
    public static let nationSubjects = ScalarTrie<Bool>(["农村", "贫困", "共", "累计", "已", "有", "现有", "原有", "尚有", "还有", "仍有", "建档立卡", "城乡",
        "居民", "农民", "范围内", "各", "财政", "每年", "年均", "减贫", "易地", "东西部", "中西部", "总",
        // (全国来看,2012年底农村贫困人口有9899万人: the view over the nation, its clauses after it the nation's)
        "来看", "看"].map { ($0, true) })
    /// Words that may open a clause before 全国 the subject (`从全国来看`, `放眼全国,…`).
    public static let nationLeads = ScalarTrie<Bool>(["从", "放眼", "纵观", "就"].map { ($0, true) })
    /// Whether 全国 at `k` (two scalars) is a figure's subject: a word of ``nationSubjects`` or a
    /// figure right after it.
    public static func nationIsSubject(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        let after = k + 2
        guard after < limit else { return false }
        return NumberReader.isDigit(s[after]) || nationSubjects.longest(in: s, at: after, limit: limit) != nil
    }
    /// The levels those words name, by the endings of their names; a report works out its path at
    /// each once (``ownPlaceWords`` holds the index here).
    public static let ownPlaceLevels = ["县旗", "市", "区", "省", "州", "旗", "盟", ""]
    /// The level of ``ownPlaceLevels`` a province's words name (`全省`, `我省`).
    public static let provinceLevel = "省"
    /// What may stand between the nation's word and a figure it counts (`全国共有`, `全国的`).
    static let nationFigureGaps = ScalarSet("的共有")
    /// Before the nation's word, what makes it where things go (`销售至全国`, `销往全国`, `走向全国`).
    static let nationDestinations = ScalarSet("至到往向入")
    /// What a word right before a place (or the first of a list of places) makes it, and what must follow the places for it
    /// to hold: a row of ``roleLeads``.
    struct RoleLead {
        /// The words right before the place.
        let leads: ScalarSet
        /// Words one of which must follow the places: right after them (`immediately`) or within ``roleReach``; nil: none needed.
        let follows: ScalarTrie<Bool>?
        let immediately: Bool
    }
    /// The places' roles that leave them none of the sentence's figures: what is compared with (`比浙江、江苏分别低`,
    /// `与浙江、江苏相比`; `与城关镇、新集镇分别签订帮扶协议` names partners, whose figures they are), where things are sent
    /// (`向浙江、江苏、广东分别输送`, `向广东、浙江分别转移劳动力`; `向红星村、新华村分别拨付`, `向城关镇、新集镇分别转移扶贫资金`,
    /// `到城关镇、新集镇分别走访` are the places the figures are of) and where
    /// they come from (`从浙江、江苏分别引进企业`; `从城关镇、新集镇分别转移就业` owns what leaves them).
    static let roleLeads: [RoleLead] = [
        RoleLead(leads: ScalarSet("比较"), follows: nil, immediately: false),
        RoleLead(leads: ScalarSet("与同和"), follows: ScalarTrie(["相比", "比较", "相较", "对比"].map { ($0, true) }), immediately: true),
        RoleLead(leads: ScalarSet("向到赴往至"), follows: ScalarTrie(["输送", "输出", "外出", "转移就业", "销往", "销售", "发往", "运往", "派出",
                                                              "选派", "派驻", "务工", "转移劳动力", "转移贫困劳动力", "转移农村", "转移富余", "转移剩余", "转移务工"].map { ($0, true) }),
                 immediately: false),
        RoleLead(leads: ScalarSet("从自"), follows: ScalarTrie(["引进", "招引", "引入", "争取", "吸引", "招商", "引来"].map { ($0, true) }),
                 immediately: false),
    ]
    /// How far after the places a row's following word is looked for: past 分别 and a few characters (`分别输送务工人员`).
    static let roleReach = 12
    /// Words of a place's office speaking in its clause (`青海省扶贫开发局负责人介绍`, `…统计显示`): the place a later 全省 speaks of.
    static let speakingWords = ScalarTrie<Bool>(speakingWordRows.map { ($0, true) })
    static let speakingWordRows = ["介绍", "表示", "指出", "说", "统计显示", "数据显示", "显示", "通报", "发布"]
    static let speakingWordLength = speakingWordRows.map(\.count).max()!
    /// Whether `gap`, between a village and a word of fame, is a copula making the village its subject (``copulas``: 是, 即,
    /// 成为) closing it, after marks and adverbs (``copulaLeads``: `阿土列尔村是`, `,也就是`, `如今已是`, `现在便是`, `如今已经成为`).
    static func copulaJoins(_ s: [UInt32], _ gap: Range<Int>) -> Bool {
        var k = gap.lowerBound
        while k < gap.upperBound {
            if let c = copulas.longest(in: s, at: k, limit: gap.upperBound), k + c.length == gap.upperBound { return true }
            guard let w = copulaLeads.longest(in: s, at: k, limit: gap.upperBound) else { return false }
            k += w.length
        }
        return false
    }
    /// Nouns of another place's relation to a quoted village after 的 (`“天梯村”的邻村`, `…的帮扶对象`): the quoted is that other
    /// place's neighbour or helper, no nickname of the village before.
    static let relationNouns = ScalarTrie<Bool>(["邻村", "邻居", "隔壁", "旁边", "附近", "周边", "对象", "帮扶", "结对", "对口", "兄弟村",
        "姊妹村", "友好村"].map { ($0, true) })
    static let copulas = ScalarTrie<Bool>(["是", "即", "成为", "成了"].map { ($0, true) })
    /// Marks and adverbs between a village and its copula (`,`, `如今已`, `现在`, `也就`, `便`, `更`).
    static let copulaLeads = ScalarTrie<Bool>([",", "，", " ", "如今", "现在", "目前", "已", "已经", "早已", "早就", "便", "也", "就",
        "还", "更", "正", "则"].map { ($0, true) })
    /// Marks between a village's name and its quoted nickname in apposition (`阿土勒尔村(“悬崖村”)`, `阿土勒尔村,“悬崖村”`).
    static let appositionMarks = ScalarSet("(（,，、—- ")
    /// Words citing where the news comes from right before a place (`据河北省扶贫办统计`): the place still opens its clause.
    static let citingLeads = ScalarTrie<Bool>(["据", "根据"].map { ($0, true) })
    /// Whether the places from `k` to `end` have one of ``roleLeads``' roles, reading no further than `limit`.
    static func inRole(_ s: [UInt32], placeAt k: Int, end: Int, from lower: Int, limit: Int) -> Bool {
        guard k > lower, let row = roleLeads.first(where: { $0.leads.contains(s[k - 1]) }) else { return false }
        guard let follows = row.follows else { return true }
        return row.immediately ? follows.longest(in: s, at: end, limit: limit) != nil
                               : follows.firstMatch(in: s, end..<min(limit, end + roleReach)) != nil
    }

    /// Whether a word for the report's own place of ``ownPlaceLevels`` row `level` can speak of
    /// `place`: its name ends in one of the row's suffixes, or 全县 speaks of a county since made
    /// a city (宁乡市, a county until 2017).
    public static func speaksOf(_ place: Place, level: Int) -> Bool {
        let ends = ownPlaceLevels[level].unicodeScalars
        if let last = place.name.unicodeScalars.last, ends.contains(last) { return true }
        return place.level == .county && ends.contains("县")
    }

    /// Short names of counties that are everyday words (`东风`, `友好`, `解放`, `延长`, `比如`):
    /// they are no evidence for the report's place, and name a place in a sentence only inside
    /// the report's own (the gazetteer already leaves out 安定, 和平, 大方, 通道, 东方 …).
    /// Each row is checked against the gazetteer by a test.
    public static let wordLikeShortNames: [String] = [
        "东风", "友好", "友谊", "解放", "比如", "公安", "延长", "中方", "南岸", "三元", "万年", "丰满", "宏伟", "工农",
        "平定", "清新", "永新", "定远", "无为", "安居", "前锋", "清水", "温泉", "运河", "灯塔", "爱民", "回民", "老城",
        "小店", "海棠", "莲花", "芙蓉", "白玉", "长子", "高明", "长寿", "吉利", "太平", "民乐", "双桥", "宝塔", "名山",
        "九龙", "七星", "古田", "麒麟", "鼓楼", "钟楼", "龙凤", "龙泉", "黄龙", "盘龙", "玉龙", "金台", "青河", "江口",
        "沙河", "顺平", "大名", "五峰", "二道", "二七", "会同", "云龙", "龙华", "永福", "平房", "阿里",
        "台前", "前进", "向阳",   // 台前幕后 (on stage), 前进 (forward), 向阳 (facing the sun)
        "长治",   // 长治久安, the goal of every report from Xinjiang and Tibet
    ]
    public static let wordLikeShortNameTrie = ScalarTrie(wordLikeShortNames.map { ($0, true) })
    /// Everyday words that open with a county's short name (`日照充足`, `日照时数`), whole words: the name is read out of them
    /// (not 日照强化, 日照率先, where the city acts).
    public static let wordsOpeningWithNames = ScalarTrie<Bool>(["日照充足", "日照充沛", "日照丰富", "日照时数", "日照时间", "日照时长",
        "日照条件", "日照资源", "日照强度"].map { ($0, true) })
    /// Everyday words that a county's short name is read out of across its edge, besides the
    /// field's (``TopicCues``, ``SubjectLexicon``): `和政` in `党委和政府`, `和龙` in `和龙头企业`,
    /// `同仁` in `一视同仁`, `日照` in `年均日照` (``PlaceFinder``'s `insideWord`).
    public static let wordsAcrossNames = ScalarTrie<Bool>(["年均日照", "全年日照", "平均日照", "充足的日照", "充沛的日照", "丰富的日照", "政府", "龙头", "田间", "田园", "顺利推进", "顺利完成", "顺利实现", "顺利通过", "林业", "林地", "林果",
        "一视同仁", "同心同德",
        // (县城阳光小区: the county seat's 城 opens no 城阳区)
        "县城",
        // words ending in 政 a name starting with it is read out of (县财政和乡镇: no 政和县)
        "财政", "行政", "民政", "邮政", "家政", "执政", "施政", "党政",
        // words of days a name starting with 天 is read out of (今天全村, 每天全县: no 天全县)
        "今天", "昨天", "明天", "每天", "当天", "前天", "天天", "半天", "整天", "全天", "几天", "那天", "这天"].map { ($0, true) })
    /// Common surnames: a short name right after one is a person's given name (`王玉林老人`), not
    /// the place (玉林). Characters that are also prepositions or numbers (于, 向, 万), or end a
    /// province's name or a common word before a place (江苏, 宁夏, 示范, 感谢, 阶段), are left out.
    /// (set 380: 蓝海宁 is a first secretary, no 海宁市; the Hui's 马, the Zhuang's and the Yao's 蓝, 农, 班, 韦)
    public static let surnames = ScalarSet("王李张刘陈杨黄赵吴周徐孙朱胡郭何罗郑梁宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜叶魏吕丁沈姚卢姜崔钟谭陆汪廖贾韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾毛郝龚邵钱严覃戴莫汤"
        + "马蓝农班傅")   // (not 夏, 苏, 康, 范, 施, 程, 任: they end 宁夏, 江苏, 安康, 示范, 实施, 工程, 担任 before a place)

    /// The last character of a village's or town's name heading an item of a list (`瓦额村62户`).
    public static let itemSuffixes = ScalarSet("村镇乡区")
    /// Between the items of a list of names: `、`, `和`, `及`, `与`, `等`.
    public static let listSeparators = ScalarSet("、和及与等")
    /// What joins a list's places (``listSeparators`` but 等, which closes one): the place after one is a later item.
    public static let listJoins = ScalarSet("、和及与")
    /// What a list of the report's own places counts after its number: `4乡镇`, `4个片区`.
    public static let subPlaceCounts = ScalarTrie<Bool>(["乡镇", "镇", "乡", "片区", "村", "行政村", "街道", "社区",
        "镇街", "个乡镇"].map { ($0, true) })

    /// Demonstratives opening a clause that names what the scene before it shows (`……这是黄连村
    /// 实施产业扶贫后的景象`): its place is the scene's.
    public static let sceneOpeners = ScalarTrie<Bool>(["这是", "这就是", "这便是", "这正是", "这里是"].map { ($0, true) })

    /// Verbs of going to the village, and adverbs before them, that make `村` no name's suffix (`培训后回村`, `又返村`).
    static let villageGoings = ScalarSet("回返进到入"), goingAdverbs = ScalarSet("后又再就才都也便")
    /// What one comes back to the village from (`毕业回村`, `打工返村`).
    static let comingBackFrom = ScalarTrie<Bool>(["毕业", "打工", "务工", "退伍", "外出", "学成", "退休"].map { ($0, true) })
    /// Words after places that make them examples of a kind (`七百弄、板升这样的深山乡镇`, `像…这类`).
    static let exampleMarks = ScalarTrie<Bool>(["这样的", "这类", "一类的", "之类的", "那样的"].map { ($0, true) })
    /// Words right before one place that give it as an example (`像高岭镇这样的`, `比如`): a list's items need none.
    static let exampleLeads = ScalarTrie<Bool>(["像", "如", "比如", "例如", "好比"].map { ($0, true) })
    /// How far after a place its list may run before words that make it an example (``exampleMarks``).
    static let exampleReach = 10
    /// Labels of a form's fields giving a household's address (`家庭住址：`, `村：`, `乡镇：`).
    /// (a project's too, its name or site: 项目名称：怒江娃的书桌——福贡县匹河乡学生助学计划, 建设地点：…)
    static let addressLabels = ScalarTrie<AddressField>(householdAddressRows.map { ($0, .household) } + projectSiteRows.map { ($0, .projectSite) })
    /// Whose address a field gives: a household's, or a project's site, each project a record of its own (``DocumentPlace``
    /// reads a second project naming another place as a roll at once, a household's only once a record stood between).
    enum AddressField { case household, projectSite }
    static let addressLabelLength = (householdAddressRows + projectSiteRows).map(\.unicodeScalars.count).max()!
    /// How far before a place the colon of its field may stand (`家庭住址：甘肃省临夏回族自治州东乡族自治县高山乡布楞沟村`, a project's
    /// long name): no field's value runs further.
    static let addressFieldReach = 64
    /// Labels of a household's address, and of the one who speaks an oral history (`口述人：张某，…田家河乡元古堆村村民`: the
    /// speaker's village is the story's, as a household's address is its record's).
    static let householdAddressRows = ["住址", "家庭住址", "地址", "家庭地址", "村", "所在村", "村名", "乡镇", "所在乡镇", "乡（镇）", "乡(镇)",
        "村委会", "所属村", "所在村委会",
        "口述人", "口述", "讲述人", "受访人", "受访者"]
    /// Words by which a letter's writer says where they live (`我是郸城县汲冢镇的村民`, `我家住在…`): their place, as an address
    /// field's (``DocumentPlace/selfIntroduced(_:_:line:)``), where a name follows within ``selfIntroReach``.
    static let selfIntros = ScalarTrie<Bool>(["我是", "我家住", "我家住在", "我家在", "本人是", "我住在", "我来自"].map { ($0, true) })
    static let selfIntroReach = 8
    static let projectSiteRows = ["项目名称", "项目地点", "实施地点", "项目实施地点", "建设地点", "项目所在地"]
    /// Demonstratives opening a paragraph that point back to a town named before (`该镇`, `该乡`); not `全镇`, `镇里`, which in
    /// a village's report speak of the village's own town.
    static let townAnaphora = ScalarTrie<Bool>(["该镇", "该乡", "这个镇", "这个乡"].map { ($0, true) })
    /// Words that speak again of the village or town named before (`全村`, `该村`, `村里`).
    public static let anaphora = ScalarTrie<Bool>(["全村", "该村", "村里", "本村", "全镇", "该镇", "全乡", "该乡", "镇里", "乡里",
        "该合作社", "该公司", "该企业", "该基地", "该厂", "该车间"].map { ($0, true) })

    /// Verbs by which a national body announces a count (``DocumentScan/nationAnnounces``), and the
    /// words round a place merely included in it (`包括南皮县在内的26个县`).
    public static let announcingVerbs = ScalarTrie<Bool>(["公布", "发布", "宣布", "通报"].map { ($0, true) })
    public static let inclusionOpens = ScalarTrie<Bool>(["包括", "包含"].map { ($0, true) })
    public static let inclusionCloses = ScalarTrie<Bool>(["在内"].map { ($0, true) })
    /// Words that give a place a name of its own (`被称为“悬崖村”`): a quoted village right after one is a
    /// nickname of the village named before it (``DocumentPlace``).
    static let namingWords = ScalarTrie<NamingWord>(["被称为", "被称作", "被誉为", "被叫做", "被人们称为", "人称", "号称", "俗称",
        "又称", "称为", "誉为", "叫做", "称作", "外号", "绰号", "人送外号",
        // (阿土列尔村——人们熟知的“悬崖村”: what people know it as)
        "熟知的", "所熟知的", "熟悉的", "所说的", "口中的",
        // (阿土列尔村,也就是人们常说的“悬崖村”; 村民们叫它“悬崖村”)
        "常说的", "常称的", "叫它", "称它为", "称之为", "称其为", "人们叫"].map { ($0, NamingWord.naming) }
        // (阿土列尔村是闻名全国的“悬崖村”: words of fame name a nickname only after a copula; 红岩村毗邻著名的
        // “金沙村” is another village)
        + ["闻名全国的", "远近闻名的", "有名的", "著名的", "闻名的"].map { ($0, NamingWord.fame) })
    /// How a word before a quoted village names it.
    enum NamingWord: Sendable {
        /// A word of naming: the village named last before it has that nickname (`被称为`, `叫它`).
        case naming
        /// A word of fame: only where the village is its copula's subject (``copulaJoins(_:_:)``: `是闻名全国的`).
        case fame
    }
    /// Words of a report that speaks for the whole country (`国务院扶贫办`, `全国`): with no place of
    /// the gazetteer named, its place is ``country``.
    public static let nationalWords = ScalarTrie<Bool>(["全国", "国务院扶贫办", "国务院扶贫开发领导小组", "国家乡村振兴局"].map { ($0, true) })
    /// Where the first national body in `r` is named (``nationalBodies``), past a local department's
    /// word that starts like one (`科技部门`, `财政部门`, `教育部门` are a county's own) and past a body's
    /// local branch (`中国人民银行县支行`, `中国农业发展银行红河州分行`).
    public static func nationalBody(in s: [UInt32], _ r: Range<Int>) -> Int? {
        var from = r.lowerBound
        while let m = nationalBodies.firstMatch(in: s, from..<r.upperBound) {
            let end = m.0 + (nationalBodies.longest(in: s, at: m.0, limit: r.upperBound)?.length ?? 1)
            if end < s.count, s[end] == Self.men { from = end; continue }
            let bound = min(r.upperBound, end + branchReach)
            var k = end, branch = false
            while k < bound, NormalizedText.isHan(s[k]) {
                if branchWords.longest(in: s, at: k, limit: r.upperBound) != nil { branch = true; break }
                k += 1
            }
            if branch { from = end; continue }
            return m.0
        }
        return nil
    }
    static let men: UInt32 = 0x95E8   // 门
    /// A local branch's word after a national body and its place (`县支行`, `红河州中心支行`), and how far.
    static let branchWords = ScalarTrie<Bool>(["支行", "分行", "分局", "分公司", "营业部", "办事处"].map { ($0, true) })
    static let branchReach = 8
    /// National bodies: a report that cites one anywhere, naming no place, speaks for the country.
    public static let nationalBodies = ScalarTrie<Bool>(["国务院扶贫办", "国务院扶贫开发领导小组", "国家乡村振兴局", "财政部", "中央财政",
        "国家发展改革委", "国家发改委", "人力资源社会保障部", "人社部", "民政部", "教育部", "国家卫生健康委", "国家医保局",
        "农业农村部", "住房城乡建设部", "水利部", "国家林草局", "国家统计局", "国家民委",
        // the nation's auditors and inspectors, and ministries a campaign's figures come from
        "审计署", "中央纪委", "国家监委", "中央巡视组", "商务部", "交通运输部", "国家能源局", "国家邮政局", "国家卫健委",
        "国家林业和草原局", "全国供销合作总社", "中华全国供销合作总社", "国家开发银行", "中国农业发展银行",
        // the centre's own units and the nation's count of poor counties (307家中央单位定点帮扶592个贫困县)
        "中央单位", "中央和国家机关", "中央企业", "832个贫困县",
        // ministries and national bodies of other areas that report on the campaign (科技部农村科技司…)
        "科技部", "工业和信息化部", "工信部", "文化和旅游部", "自然资源部", "生态环境部", "国务院国资委", "中国残联",
        "全国妇联", "共青团中央", "中国人民银行", "银保监会", "国家体育总局", "国家卫生计生委",
        // the nation's own meetings on the campaign (记者从全国扶贫开发工作会议上获悉)
        "全国扶贫开发工作会议", "全国脱贫攻坚工作会议"].map { ($0, true) })
    /// The capital: named only where news was filed (`新华社北京…电`), it is no evidence of a report's place.
    public static let capital = "北京市"
    /// A report in the first person of a place (`我县`, `我市`) is that place's, named or not.
    public static let localFirstPerson = ScalarTrie<Bool>(["我县", "我市", "我区", "我省", "我镇", "我乡", "我村", "我州", "我旗"].map { ($0, true) })
    /// A town's organs in a report's title: the report speaks for a town (`镇党委、政府…工作情况汇报`);
    /// right after a name they keep it one (`五道箐乡党委书记`), though `党` and `政` after a suffix
    /// otherwise continue a word (`提升村党组织`).
    /// Verbs of working with a town's organ right before it (`协助镇政府`, `配合乡政府`): no town's name.
    static let organVerbs = ScalarTrie<Bool>(["协助", "配合", "会同", "报请", "督促", "联合", "协同", "代表", "经过", "通过"].map { ($0, true) })
    public static let townOrgans = ScalarTrie<Bool>(["镇党委", "乡党委", "镇政府", "乡政府", "镇人民政府", "乡人民政府",
        "街道党工委", "街道办事处",
        // (中共拖觉镇委员会2020年工作总结: its party committee, 委员会 or 委 alone)
        "镇委", "乡委", "镇委员会", "乡委员会", "镇纪委", "乡纪委",
        // (its offices: 镇财政所, 乡扶贫工作站)
        "镇财政所", "乡财政所", "镇民政所", "乡民政所", "镇扶贫工作站", "乡扶贫工作站", "镇便民服务中心", "乡便民服务中心"].map { ($0, true) })
    /// A town's report in the first person (`我镇`, `我乡`, `全镇`).
    public static let localTownFirstPerson = ScalarTrie<Bool>(["我镇", "我乡", "本镇", "本乡",
        // a town's work report to its congress (我代表镇人民政府向大会作工作报告)
        "代表镇人民政府", "代表乡人民政府", "代表镇政府", "代表乡政府"].map { ($0, true) })
    /// The country as a region (`全国`, as FORMAT.md's gold writes it).
    public static let country = "全国"
    static let countryScalars = country.unicodeScalars.map(\.value)
    /// The country's names that open a title speaking for it (`中国农村贫困人口去年减少1109万人`, `我国贫困发生率…`).
    static let nationNames = ScalarTrie<Bool>(["中国", "我国"].map { ($0, true) })
    /// Whether a title speaks for the whole country: a word of ``nationalWords``, 我国 (not a site that is its greatest,
    /// `我国最大的…安置区`), or 中国 before a word of the country's fight (``nationTopics``: `外媒：中国为全球减贫…`, `中国减贫“最后
    /// 一公里”`; not a body or an example named after it, `中国扶贫基金会`, `中国扶贫经验在老挝…`).
    static func titleSpeaksForNation(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        if nationalWords.firstMatch(in: s, r) != nil { return true }
        var k = r.lowerBound
        while let (at, _) = nationNames.firstMatch(in: s, k..<r.upperBound) {
            let after = at + 2
            if s[at] == wo, after < r.upperBound, !namesNationPart(s, at: after, limit: r.upperBound) { return true }
            if let t = nationTopics.longest(in: s, at: after, limit: r.upperBound),
               nationBodies.firstMatch(in: s, (after + t.length)..<min(r.upperBound, after + t.length + nationBodyReach)) == nil { return true }
            k = at + 1
        }
        return false
    }
    static let wo: UInt32 = 0x6211   // 我
    /// Words after 我国 in a title that name one place of it or its greatest (`我国西部山区一个小村的蜕变`, `我国最大的…安置区`): the
    /// title speaks of that place, not for the country.
    /// (false: 某些, some of many, `我国南方某些省份`)
    static let nationParts = ScalarTrie<Bool>(["最", "山区", "边疆", "边陲", "一个", "一座", "一处", "某", "首个", "首批", "第一", "小山村"].map { ($0, true) }
        + [("某些", false)])
    /// A part of the country by its direction (`西部`, `西南`, `北方`), with or without 地区: before a word of ``nationParts``
    /// within ``nationPartReach`` the title speaks of one place there (`我国西南山区一个村庄`, `我国西部地区某县`, `我国北方最大的…`);
    /// alone it speaks of the country's regions (`我国东部地区扶贫协作成效显著`).
    static let nationDirections = ScalarTrie<Bool>(["东部", "西部", "中部", "中西部", "南部", "北部", "西南", "西北", "东北", "东南", "华北", "华南", "华东", "华中",
                                              "南方", "北方"].map { ($0, true) })
    /// How many characters after the direction a word of one place may start (`我国西南地区的一个…`: 地区的 before 一个).
    static let nationPartReach = 4
    /// Whether the words at `k`, after 我国, name one place of the country (``nationParts``), after a direction too (``nationDirections``).
    static func namesNationPart(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        if nationParts.longest(in: s, at: k, limit: limit)?.value == true { return true }
        guard let d = nationDirections.longest(in: s, at: k, limit: limit) else { return false }
        let from = k + d.length
        return (from..<min(limit, from + nationPartReach)).contains { nationParts.longest(in: s, at: $0, limit: limit)?.value == true }
    }
    /// Words that close a body or an example named after the country's fight (`中国扶贫基金会`, `中国扶贫发展中心`, `中国扶贫经验`).
    static let nationBodies = ScalarTrie<Bool>(["基金会", "中心", "协会", "促进会", "研究院", "经验", "模式"].map { ($0, true) })
    /// How far after 中国 and its word a body's closing word is looked for (`扶贫志愿服务促进会`).
    static let nationBodyReach = 8
    /// Words after 中国 in a title that make it the country's fight itself (`减贫`, `脱贫`, `扶贫`, `农村贫困`, `为全球`).
    static let nationTopics = ScalarTrie<Bool>(["减贫", "脱贫", "扶贫", "农村贫困", "贫困人口", "为全球"].map { ($0, true) })
    /// Whether the line at `r` opens with the country's name as the subject of a figure it states (``nationNames``,
    /// ``nationIsSubject(_:at:limit:)``; `中国农民丰收节`, `中国农村电商扶贫的“赣南样本”` state none).
    static func opensWithNation(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        nationNames.longest(in: s, at: r.lowerBound, limit: r.upperBound)?.length == 2 && nationIsSubject(s, at: r.lowerBound, limit: r.upperBound)
            && s[r].contains(where: NumberReader.isDigit)
    }
    /// Words after a number that count provinces (`22个省份`, `东部9省市`, `28个省(区、市)`): a
    /// report whose clauses open with such counts tells the country's figures by province
    /// (``DocumentPlace``'s `provinceCountOpenings`).
    static let provinceCounts = ScalarTrie<Bool>(["个省份", "省份", "个省(区、市)", "省(区、市)", "个省区", "省区", "个省市", "省市"].map { ($0, true) })
    /// Characters after such a row that make it the adjective of levels (`省市级`, `省市共建`, `省市县三级`).
    /// (words, not characters: `22个省份共减贫` counts provinces)
    static let levelCompoundTails = ScalarTrie<Bool>(["级", "县", "共建", "两级", "三级", "四级", "联动", "联合"].map { ($0, true) })
    /// Parts of the country that may head such a count (`中西部22个省份`).
    static let countryPartRows = ["中西部", "东部", "西部", "中部", "东中西部", "全国"]
    static let countryParts = ScalarTrie<Bool>(countryPartRows.map { ($0, true) })
    static let countryPartLength = countryPartRows.map(\.count).max()!
    /// How many clauses opening with a count of provinces make a report the country's.
    static let provinceCountClauses = 2
    /// How many paragraphs at a report's start may make it the nation's by opening with 全国.
    static let nationalLedeParagraphs = 2

    /// The contiguous areas of deep poverty named after their mountains (`武陵山片区`, `乌蒙山区`):
    /// they span provinces, and the county short names inside them (`武陵`) name nothing there.
    static let povertyAreaRows = ["武陵山", "乌蒙山", "六盘山", "秦巴山", "大别山", "罗霄山", "吕梁山",
        "燕山—太行山", "燕山-太行山", "燕山太行山", "太行山", "大兴安岭南麓", "滇桂黔石漠化", "滇西边境", "四省藏区",
        "集中连片特困"]
    public static let povertyAreas = ScalarTrie<Bool>(povertyAreaRows.map { ($0, true) })
    /// The provinces' one-character abbreviations (`湘`, `黔`, `桂`) and the directions of the compass:
    /// the two, then a second direction not closed by `部` (`湘西南边陲`, `黔西北`, `桂东南地区`), name part
    /// of a province, no place of the first two (湘西州, 黔西市, 桂东县) (``PlaceFinder/compassPhrase``).
    public static let provinceAbbreviations = ScalarSet("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙")
    public static let directions = ScalarSet("东西南北")
    /// Two directions that make a point of the compass (`西北`; `南北` makes none).
    static let compassPoints = ScalarTrie<Bool>(["东北", "西北", "东南", "西南"].map { ($0, true) })
    /// One-character counties whose character is a slogan's verb before 县 (`文旅兴县`, `产业富县`),
    /// and the slogans' nouns before it (``PlaceFinder``'s `insideWord`: 据富县, 来自富县 name the county).
    public static let sloganCountyVerbs = ScalarSet("兴富")
    static let sloganNounRows = ["产业", "工业", "农业", "生态", "文旅", "旅游", "科技", "人才", "教育",
        "文化", "商贸", "实业", "项目", "开放", "改革", "创新", "绿色", "工贸", "特色产业", "民营经济", "电商",
        "科教", "党建", "质量", "招商", "园区", "实干", "数字", "交通", "水利", "林业", "牧业", "畜牧", "矿业", "能源"]
    public static let sloganNouns = ScalarTrie<Bool>(sloganNounRows.map { ($0, true) })
    /// The longest row of ``sloganNouns``.
    static let sloganNounLength = sloganNounRows.map(\.count).max()!
    /// How far before a name another may start that ends right where it starts (`内蒙古自治区|…`).
    static let nameBeforeReach = 8
    /// The longest row of ``povertyAreas``; and `片`, of the `片区` such an area's name ends with.
    static let povertyAreaLength = povertyAreaRows.map(\.count).max()!
    static let pian: UInt32 = 0x7247
    /// Rivers and mountains whose names begin with a county's short name (`金沙江` is no 金沙县,
    /// `贺兰山` no 贺兰县): where the people live, not a place of the gazetteer. Each row is
    /// checked against the gazetteer by a test.
    /// (No row may begin a full name: 天山 would hide 天山区, 黑河 is a city.)
    /// (A county's name inside one, past its first character, is none either: 沂蒙山 no 蒙山县, 都柳江
    /// no 柳江区, 麦积山 and 崆峒山 the mountains of their districts.)
    public static let naturalFeatureNames = ["金沙江", "澜沧江", "嘉陵江", "赤水河", "贺兰山", "祁连山", "清水江",
        "沂蒙山", "都柳江", "长白山", "麦积山", "崆峒山"]
    /// How far before a gazetteer name such an area's or feature's name may start (`六|盘山`).
    static let featureNameReach = 3
    public static let naturalFeatures = ScalarTrie<Bool>(naturalFeatureNames.map { ($0, true) })
    /// What follows such an area's name as part of it (`片区`, `山区`, `地区`).
    public static let areaTails = ScalarSet("片区山地")

    /// Verbs of selling somewhere (`销往`, `远销`, `运往`): the places after them in their clause are
    /// markets, no place of the figure's.
    public static let marketVerbs = ScalarTrie<Bool>(["销往", "远销", "销售到", "销到", "销至", "运往", "运销", "发往", "卖到",
        "畅销", "出口到", "出口至", "供应给", "供应到"].map { ($0, true) })
    /// Words that make the place after them where people came from, not where a figure is
    /// (`来自双湖县嘎措乡、雅曲乡的957户…搬迁至此`, `原双湖县…村民`, `以前在双湖`): the place, and the
    /// names that run on from it (through `、` and `,` up to `的`), claim no figure and carry no further.
    public static let originMarks = ScalarTrie<Bool>(["来自", "来自于", "原", "原来", "以前在", "过去在", "从前在", "原籍", "老家",
        // where goods and breeds came from (引进吉林芦花鸡, 引种云南小粒咖啡)
        "引进", "引种", "购进"].map { ($0, true) })

    /// The ends of a firm's or a farm's name (`长丰正果业合作社`): a firm named right after a place
    /// below the report's is that place's, and a paragraph that opens with its name again speaks of it.
    public static let firmEnds = ScalarTrie<Bool>(["合作社", "公司", "厂", "车间", "基地", "协会", "农场", "企业", "工厂",
        "园区", "产业园", "示范园"].map { ($0, true) })
    /// How far a firm's name runs after its place, in scalars.
    public static let firmNameReach = 14

    /// Verbs and quantifiers that stand before 镇, 乡 or 村 as a level, not a name: `制定镇(办)
    /// 工作方案`, `覆盖全部村`, `走访各村` — a name does not end in one of them.
    public static let levelWords = ScalarTrie<Bool>(["制定", "建立", "实现", "完成", "落实", "推进", "覆盖", "包括", "涉及",
        "选派", "联系", "深入", "走访", "进驻", "组织", "发动", "动员", "召开", "开展", "实施", "建设", "打造", "创建",
        "培育", "发展", "带动", "辐射", "惠及", "所有", "部分", "其他", "相关", "分别", "先后", "逐步", "以上", "以下",
        "统筹", "整合", "联合", "结对", "对接", "帮扶", "接任", "担任", "出任", "兼任", "当选", "驻", "穿", "到", "入",
        // (共和村时任村支部书记, 原任村主任: an office held then, 采购村内农产品: goods bought)
        "时任", "现任", "曾任", "原任", "前任", "历任", "新任", "升任", "采购", "收购", "购买",
        // (聊聊村里的事儿, 零点半返回村中: a verb of talk or of going back)
        "聊聊", "说说", "谈谈", "讲讲", "看看", "走走", "问问", "转转", "返回", "回到",
        // (我代表镇人民政府向大会作工作报告: who speaks for the town's government)
        "代表",
        // the campaign's slogans of the level (因企因村因地制宜, 因村施策; 实施整乡推进, 整村搬迁)
        "因", "整"].map { ($0, true) })

    /// Words that start with a place's suffix and are common nouns: `新建社区工厂45家` names no
    /// community `新建社区`.
    /// (an ethnic group's name, 一位东乡族老汉: 乡族 ends no town)
    public static let suffixCompounds = ScalarTrie<Bool>(["社区工厂", "社区车间", "社区扶贫车间", "小区工厂", "乡族"].map { ($0, true) })
    /// Words a town's suffix starts (`乡村`, `乡镇`): after a name the table of towns does not hold (`开发乡村公益性岗位`),
    /// the word, no town (`白石乡村民` keeps its town).
    public static let suffixWords = ScalarTrie<Bool>(["乡村", "乡镇"].map { ($0, true) })
    /// `族` after a county's short name (`东乡族群众`): the people the county is named for, no place (`东乡族自治县` is read
    /// whole before).
    static let zu: UInt32 = 0x65CF
    /// `落` after a village's suffix: `村落`, a village as a kind, no name.
    static let luo: UInt32 = 0x843D

    /// After a place's name, words that make it an organisation or an outlet (`省委办公厅`,
    /// `日报`, `新闻网`): weak evidence for what a report is about.
    public static let organisations = ScalarTrie<Bool>((institutionHeadWords + ["委", "省委", "市委", "县委", "政府", "人民政府",
        "办公厅", "厅", "日报", "晚报", "新闻网", "电视台", "广播电视台", "报社", "网", "发布", "人大", "政协", "团委", "妇联",
        "商会", "籍", "在线", "新闻", "卫视", "之声", "手机报", "频道",
        // (保定军分区, 武警阿坝支队: units named for where they are based, which help elsewhere)
        "军分区", "警备区", "武警", "支队", "边防", "预备役", "人武部", "武装部", "消防"]).map { ($0, true) })
    /// Heads of an institution's name, found a few characters after a place's (`咸阳师范学院`,
    /// `陕西中医药大学`, `咸阳高校`): the place names the institution, weak evidence as ``organisations``.
    public static let institutionHeads = ScalarTrie<Bool>(institutionHeadWords.map { ($0, true) })
    static let institutionHeadWords = ["大学", "学院", "高校", "银行", "医院", "集团", "公司"]
    static let institutionNameReach = 5

    /// Whether an institution's head (``institutionHeads``) follows `k` within a few Han characters.
    public static func namesInstitution(_ s: [UInt32], after k: Int, limit: Int) -> Bool {
        var j = k
        while j < limit, j - k <= institutionNameReach, NormalizedText.isHan(s[j]) {
            if institutionHeads.longest(in: s, at: j, limit: limit) != nil { return true }
            j += 1
        }
        return false
    }

    /// Offices after a word for the report's place (`该县扶贫办`, `我县人社局`): the word names who
    /// speaks, not the place a figure is of.
    public static let offices = ScalarTrie<Bool>(["扶贫办", "扶贫开发办", "委", "县委", "政府", "人民政府", "办公室", "局", "人社局",
        "民政局", "财政局", "农业农村局", "乡村振兴局", "发改局", "住建局", "教育局", "卫健局", "人大", "政协", "负责人"].map { ($0, true) })
    /// What a place opening its clause as the subject says next (`黑龙江原有20个贫困县`).
    public static let subjectPredicates = ScalarTrie<Bool>(["原有", "共有", "现有", "有", "累计", "已", "已经", "今年", "去年",
        "实现", "共", "还有", "尚有", "剩余", "全省", "目前", "计划", "将", "仍有"].map { ($0, true) })
    /// A government's site named right after its place (`昭觉县人民政府门户网站`, `紫阳县政府网`): the page's publisher.
    static let siteNames = ScalarTrie<Bool>(["人民政府门户网站", "人民政府网", "人民政府网站", "政府门户网站", "政府网", "政府网站"].map { ($0, true) })
    /// A government named alone on the line heading a page (`阜平县人民政府`): its site.
    static let governments = ScalarTrie<Bool>(["人民政府", "政府"].map { ($0, true) })
    /// Outlets named for their place (`镇江日报`): the place that prints a report naming none.
    public static let outlets = ScalarTrie<Bool>(["日报", "晚报", "网", "新闻网", "电视台", "广播电视台", "报社", "手机报", "融媒体中心",
        "新闻中心", "融媒",
        // (四川经济日报巴中讯: a paper of a field named for the province, filed from a city)
        "经济日报", "农村日报", "农民日报", "法治报", "法制报", "科技报", "农村报", "青年报", "商报", "工人报", "政协报"].map { ($0, true) })
    /// The share of a place's weight an organisation's name keeps.
    public static let organisationWeight = 0.25
    /// What a town named without its county weighs for the county holding it, against its line's
    /// weight (half: a report's towns lie in its county, and a county named outweighs them).
    public static let townWeight = 0.5

    /// Words for the town spoken of (`全镇`, `该乡`): they keep a town named before, not a village.
    /// Words that end an attribution (`…包塬村贫困户李聪岩说。`): the quotation just before it
    /// speaks of the speaker's place.
    public static let speechEnds = ScalarTrie<Bool>(["说", "说道", "表示", "介绍", "告诉记者", "坦言", "感慨", "感叹", "算账", "回忆"]
        .map { ($0, true) })

    public static let townWords = ScalarTrie<Bool>(townWordList.map { ($0, true) })
    static let townWordList = ["全镇", "全乡", "该镇", "该乡", "本镇", "本乡", "全街道"]
    public static let townEnds = ScalarSet("镇乡道")
    /// Words a short name's last character opens, after another Han character (`河源|头` in 渭河源头, `江源|头` in 长江源头):
    /// the name is read out of them (``PlaceFinder``).
    static let wordsFromNameEnds = ScalarTrie<Bool>(["源头"].map { ($0, true) })
    /// 乡, the suffix a town's stem is looked up with in the town table (`独龙江` → `独龙江乡`; the look-up tries 镇 as well).
    static let townshipSuffix = "乡"
    /// Words for the village spoken of (`全村`, `该村`): after a town they speak of the village named last.
    public static let villageWords = ScalarTrie<Bool>(villageWordList.map { ($0, true) })
    static let villageWordList = ["全村", "该村", "本村", "全组"]
    /// Words by which a report speaks of its one village (`全村`, `该村`, `这个村`).
    /// (`本村` is left out: it starts names, 本村移民搬迁安置点; and `此村`: 因此村里…)
    public static let villageAnaphora = ScalarTrie<Bool>(["全村", "该村", "这个村", "这村"].map { ($0, true) })
    /// Words of what is done in the village spoken of (`高山乡负责人介绍，…在村里累计投入`): a town's sentence with one speaks of
    /// the report's village (``DocumentScan/speaksBelow(_:of:)``).
    /// (not 村内, 进村: a town paving roads in its villages, 硬化村内道路, speaks of its villages)
    public static let inTheVillage = ScalarTrie<Bool>(["村里", "村中"].map { ($0, true) })
    /// Words right before a place that locate something in it (`地处凤山乡东部`, `位于…`, `隶属…`).
    public static let locatingWords = ScalarTrie<Bool>(locatingWordRows.map { ($0, true) })
    static let locatingWordRows = ["地处", "位于", "处于", "隶属", "地属", "坐落在", "地处于"]
    /// Whether a name in a path is a village's (`红光村`).
    public static func isVillageName(_ name: String) -> Bool { name.unicodeScalars.last.map { $0.value == cun } ?? false }
    /// Whether a name in a path is a town's (`沙集乡`, `大屯街道`).
    public static func isTownName(_ name: String) -> Bool {
        guard let last = name.unicodeScalars.last?.value else { return false }
        if townEnds.contains(last) { return true }
        guard last == sumu[1] else { return false }   // 木: then 苏 before it (no String compare)
        return name.unicodeScalars.dropLast().last?.value == sumu[0]
    }
    /// The length of a town's suffix's distinctive end at `k` (`镇`, `乡`, `道` of `街道`: 1; `苏木`, Inner Mongolia's town: 2),
    /// nil when none ends there. (`道` only after `街`: 多渠道发展壮大村 holds no town, so no village after it)
    @inline(__always)
    public static func townSuffixLength(_ s: [UInt32], endingAt k: Int, from lower: Int) -> Int? {
        guard k > lower else { return nil }
        if townEnds.contains(s[k - 1]) { return s[k - 1] != jieDao[1] || k - 2 >= lower && s[k - 2] == jieDao[0] ? 1 : nil }
        return k - 2 >= lower && s[k - 1] == sumu[1] && s[k - 2] == sumu[0] ? 2 : nil
    }
    /// `街道`, a town's suffix (a row of ``suffixes``), as scalars.
    static let jieDao: [UInt32] = "街道".unicodeScalars.map(\.value)
    /// `苏木`, Inner Mongolia's town suffix (a row of ``suffixes``), as scalars.
    static let sumu: [UInt32] = "苏木".unicodeScalars.map(\.value)
    public static let villageOrTownEnds = ScalarSet("村镇乡道")
    /// Last words of a firm's or a body's name, a place in brackets after it locating it (`…有限公司（古泉街道）`).
    /// (not 社 nor 中心 alone: 新华社, 市中心)
    static let entityEndRows = ["公司", "合作社", "联合社", "联社", "车间", "基地", "厂", "企业", "园区", "协会", "超市",
        "农场", "牧场", "服务中心", "加工中心", "供销社", "运营中心", "展销中心", "物流中心", "配送中心", "营销中心", "电商中心",
        "扶贫馆", "专卖店", "旗舰店", "服务站"]
    static let entityEnds = ScalarTrie<Bool>(entityEndRows.map { ($0, true) })
    /// The longest row of ``entityEnds`` (`服务中心`: 4).
    static let entityEndLength = entityEndRows.map(\.count).max()!
    /// How far past the opening bracket its closing one is looked for: a place of eleven characters at most (`古丈县默戎镇`,
    /// `平正仡佬族乡团结村`).
    static let locatingPlaceLength = 12
    /// Whether a place's suffix ends right before the 的 at `de` (joining a place to the place under it, or a description to
    /// its noun) (`九襄镇的`, `汉源县的`): what follows it is a place under
    /// that one, a name; after anything else (`2000米的`, `偏远的`) it is a description.
    static func namedBeforeDe(_ s: [UInt32], de: Int, from lower: Int) -> Bool {
        de - 1 > lower && (fullNameEnds.contains(s[de - 1]) || villageOrTownEnds.contains(s[de - 1]))
    }
    /// Last characters of a full place name (`贵州省`, `宁明县`): a place outside the report's
    /// is taken only when named in full.
    public static let fullNameEnds = ScalarSet("省市县区州旗盟")
    static let zhi: UInt32 = 0x4E4B   // 之
    /// Verbs that name no village nor town whole before its suffix (`整修村委会`, `新建、改造村卫生室`, `成立村股份经济合作社`,
    /// `负责管理镇扶贫资金`, `负责看护村后2100多亩`): repairs, founding, keeping and managing.
    static let verbsNamingNoPlace = ScalarTrie<Bool>(["整修", "维修", "改造", "修缮", "翻修", "改扩", "成立", "组建",
        "管理", "看护", "管护", "巡护", "监管", "负责",
        // (以闲置村小校舍折资入股: what lies idle, no village)
        "闲置",
        // (全县尚有镇雄、彝良2个贫困县: what there still is, no town)
        "尚有", "还有", "仍有", "只有", "现有", "已有", "拥有", "没有"].map { ($0, true) })
    /// Words standing before names whose last character is no stop (`来自高增乡`, `帮助南庄村`, `协助`): it is the word's, no
    /// name's first.
    static let wordsBeforeNamesClosing = ScalarTrie<Bool>(["来自", "源自", "出自", "各自", "亲自", "独自", "帮助", "协助", "资助", "援助",
        "扶助", "捐助", "补助", "救助"].map { ($0, true) })
    static let cameFrom: [UInt32] = "来自".unicodeScalars.map(\.value)
    /// Words of a village's own things that open with 村 (`村支部`, `村级`, `村民`): after a verb they are
    /// its object, no village's suffix (`整修村支部会议室`).
    /// (`村委会` is a village's suffix of its own: 新建村委会 names 新建村)
    static let villageOwnWords = ScalarTrie<Bool>(["村支部", "村党支部", "村部", "村两委", "村级", "村集体", "村民",
        "村组", "村内", "村里", "村道", "村容", "村庄", "村干部", "村卫生室", "村小", "村办公", "村活动", "村文化", "村综合", "村农家书屋",
        "村图书室", "村党组织", "村公共", "村股份", "村经济", "村合作社", "村互助", "村扶贫", "村村通"].map { ($0, true) })
    /// The length of a village's name (suffix included) the finder reads alone anywhere (`红星村`); a longer
    /// one (`罗汉山村`) only where delimited and not ending in a kind of village.
    static let shortVillageName = 3
    /// How long a verb is that no village is named by alone (`新改建`, `改扩建`; `新建村` is a name).
    static let verbNeverName = 3
    /// Last characters of a place that holds a count whose noun is left out (`武定县有68个`).
    public static let holderEnds: ScalarSet = { var set = fullNameEnds; set.formUnion(villageOrTownEnds); return set }()
    /// Determiners before a level's word that make it the place spoken of (`该州`, `全县`, `本市`, `我省`).
    public static let levelDeterminers = ScalarSet("该全本我此")
    /// Stop characters that write villages' names of two right after their town (`和平村`, `共和村`,
    /// `同心村`, `中和村`); 联 is one of ``nameCharsAfterTown`` already, and 向, 进 open verbs
    /// (`进行村级换届`) more often than names.
    public static let stopsInNames = ScalarSet("和同共原")
    /// Words 原 opens that name no village after a town (`原有`, `原来`): ``stopsInNames``' 原 only before another character
    /// (`闽宁镇原隆村`).
    static let yuanWords = ScalarTrie<Bool>(["原有", "原来", "原本", "原先", "原因", "原则", "原始", "原料", "原地", "原属", "原是"].map { ($0, true) })
    /// Stop characters that open villages' names of two right after their town (`向阳村`, `为民村`,
    /// `进步村`) but also verbs and prepositions: a name only where the two make no verb
    /// (`草坝镇进行村级换届`, `进入村组`).
    public static let verbStopsInNames = ScalarSet("向为进")
    /// No stop character: a village's name that may hold none (``PlaceFinder/villageStart(afterTown:_:suffixAt:allowing:)``).
    public static let noStops = ScalarSet()
    /// The suffixes of a county-level name (`新民市`, `康平县`, `辽中区`, `科左中旗`).
    public static let countySuffixes = ["县", "市", "区", "旗"]
    /// Verbs after a place that make it the helper, not where the figure is (`佛山援建的安全住房`,
    /// `东莞帮扶的车间`): in a segment opened by `在` and a place, the figure stays there.
    public static let helperVerbs = ScalarTrie<Bool>(helperVerbList.map { ($0, true) })
    /// Verbs of receiving right before a place (`都安县获得深圳市财政援助资金1.52亿元`, `通过济南消费扶贫渠道`):
    /// the place is where the money, goods or help come from, not the figure's place.
    public static let sourceVerbs = ScalarTrie<Bool>(["获得", "争取", "争取到", "接受", "得到", "收到", "引进", "引入", "通过", "迎来",
                                                      "接收", "吸引", "获"].map { ($0, true) })
    /// Verbs of going elsewhere right after a place: it is the visitor, not the place visited (`凤凰街道赴汕尾市…`).
    public static let visitorVerbs = ScalarTrie<Bool>(["赴", "前往", "走进", "奔赴", "远赴", "到访"].map { ($0, true) })
    /// The last character of an agency's name after its place (`规划局`, `农业农村厅`, `扶贫办`,
    /// `设计研究院`), how far it may run, and the words of its team stationed in a village
    /// (``DocumentScan/residentAgency(after:)``) within ``residentTeamReach`` after it.
    static let agencyEnds = ScalarSet("局厅委办院")
    static let agencyNameReach = 8, residentTeamReach = 24
    static let residentTeams = ScalarTrie<Bool>(["驻村", "进驻", "帮扶工作组", "帮扶工作队", "扶贫工作队", "工作队"].map { ($0, true) })
    /// `与`, `同` before a place paired with the report's (``DocumentPlace/pairing(_:_:_:)``).
    public static let pairingWith = ScalarSet("与同")
    /// The provinces, and cities of others, that the east–west cooperation sends help from: of two places a
    /// sentence pairs, one of these helps the other whichever stands after `与` (`会宁县与天津市河西区建立…关系`).
    public static let easternHelpers: Set<String> = ["北京市", "天津市", "上海市", "江苏省", "浙江省", "福建省", "山东省", "广东省", "大连市"]
    /// Words of pairing after the place paired (`结成…对子`, `结对`, `建立…帮扶关系`), and how far after it.
    public static let pairingWords = ScalarTrie<Bool>(["结成", "结对", "建立", "开展东西部", "开展对口", "携手"].map { ($0, true) })
    public static let pairingReach = 12
    /// Words of the help in a sentence (`帮扶资金`, `挂职`, `捐款`): one naming only the helper reports the help given.
    public static let helpWords = ScalarTrie<Bool>(["帮扶", "协作", "援", "捐", "挂职", "支教", "支医", "支农", "对口", "结对", "跟岗",
                                                    "劳务", "消费扶贫", "采购", "转移就业", "投资兴业", "招商"].map { ($0, true) })
    static let helperVerbList = ["援建", "援助", "捐建", "捐赠", "帮扶", "对口", "支援", "投资建设"]
    /// Words before a place that make it the one receiving aid (`用于陕西深度贫困县达5.97亿元`,
    /// `对口帮扶四川…`): a figure after it in its clause is that place's, even outside the report's
    /// (not 向, which sends people and goods: 向福建转移就业3200人).
    public static let recipientMarks = ScalarTrie<Bool>((helperVerbList + ["用于", "对口帮扶", "对口支援", "结对帮扶", "投向", "助力"])
        .map { ($0, true) })
    /// `向` before a place and a verb of giving money a few characters after it (``DocumentScan/givenTo(_:before:)``):
    /// the place the money goes to (`福建省累计向西吉县援助资金5.6亿元`).
    static let towards: UInt32 = 0x5411   // 向
    static let givingVerbs = ScalarTrie<Bool>((TopicCues.payingVerbWords + ["捐助", "拨付", "支援", "提供", "划拨", "下达", "捐献"]).map { ($0, true) })
    static let givingReach = 8
    /// How many place nouns may follow a count of places referred to again (`4县区分别`).
    static let placeCountNounLength = 3
    /// Right before a place, a verb of going there (`到广州`, `赴恩施`, `前往`, `跑郑州` for business): a destination.
    public static let destinationMarks = ScalarSet("到赴往跑")
    /// Longer verbs of moving into a place, right before it (`搬进了沿河县城`, `迁入县城`, `搬迁至`): a destination too.
    static let destinationVerbs = ScalarTrie<Bool>(["搬进", "搬进了", "迁进", "迁入", "迁入了", "搬入", "住进", "住进了", "到了", "往了", "搬至", "迁至",
        "安置至", "转移至"].map { ($0, true) })
    /// Verbs of taking a place as a model, right before it (`复制推广十八洞村…模式`, `学习借鉴`): the model, not where the figures
    /// after it are.
    static let modelVerbs = ScalarTrie<Bool>(["推广", "复制", "学习", "借鉴"].map { ($0, true) })
    /// Verbs of visiting a place, right before it (`观摩十八洞村扶贫车间`, `参观`, `考察`): a clause counting the visitors
    /// (``visitorWords``: `…,共组织120人参加`) is not the place's; what the sentence says of the place is
    /// (`参观红星村扶贫车间,该车间吸纳…`, `考察了吉卫镇猕猴桃基地,基地面积3000亩`).
    static let visitVerbs = ScalarTrie<Bool>(["参观", "参观了", "观摩", "考察", "观摩了", "考察了"].map { ($0, true) })
    /// Words counting those who visit or what a visit did (`参加`, `一行`, `共培训村干部260人次`); not in a clause speaking of the
    /// place again (``placeAgainWords``: `该车间培训贫困群众200人`).
    static let visitorWords = ScalarTrie<Bool>(["参加", "参会", "一行", "观摩人员", "参观人员", "与会", "培训", "组织"].map { ($0, true) })
    /// Words speaking of a place named before in its sentence (`该车间`, `这里`).
    static let placeAgainWords = ScalarTrie<Bool>(["该", "这里", "此地"].map { ($0, true) })
    /// Whether the place starting at `at` is visited (``visitVerbs``), reading back no further than `from`.
    static func isVisited(_ s: [UInt32], at: Int, from: Int) -> Bool {
        at > from && visitVerbs.longestEnding(in: s, at: at, from: from, maxLength: 3) != nil
    }
    /// Whether the place starting at `at` is where something goes (``destinationMarks``, ``destinationVerbs``), reading
    /// back no further than `from`.
    public static func isDestination(_ s: [UInt32], at: Int, from: Int) -> Bool {
        at > from && (destinationMarks.contains(s[at - 1]) || destinationVerbs.longestEnding(in: s, at: at, from: from, maxLength: 3) != nil)
    }
    /// Whether the place starting at `at` is taken as a model (``modelVerbs``): it holds none of its sentence's figures.
    static func isModel(_ s: [UInt32], at: Int, from: Int) -> Bool {
        at > from && modelVerbs.longestEnding(in: s, at: at, from: from, maxLength: 2) != nil
    }
    /// `在`: opens a segment about a place (`在云南昭通,31个…`).
    static let zai: UInt32 = 0x5728


    /// Zone suffixes of parks (`食用菌产业园区`): a park is a place only with its county named before it.
    public static let parkSuffixes: Set<String> = ["产业园区", "工业园区"]
    /// Words before a zone suffix that make it a kind of zone, not a name (`现代农业产业园区`).
    public static let genericZoneCores: Set<String> = ["现代农业", "农业", "工业", "扶贫", "物流", "科技", "生态", "特色",
        "产业", "扶贫产业", "现代", "农业科技", "循环经济", "电商", "创业", "重点", "核心", "国家级", "重点生态", "旅游"]

    /// Locatives after a village's name (`箐营村里`, `村头`, `村口`), and what may stand before
    /// such a name (`在箐营村里`): the name stays one.
    public static let villageLocatives = ScalarSet("里头口")
    /// What may stand right before a village's name followed by a locative (`在箐营村里`).
    public static let locativeOpeners = ScalarSet("在到")
    /// A degree word that opens an epithet, not a name (`“最贫村”`, `最美乡村`; 更新村 is a name).
    public static let degreeWords = ScalarSet("最")

    /// Characters right after a suffix that show it was not one (`乡村`, `镇级`, `村民`).
    /// `属` after a place's suffix, and what makes it the verb of belonging (`下龙村属我县`, `属于`).
    public static let shu: UInt32 = 0x5C5E
    public static let afterBelongs: ScalarSet = ScalarSet("于我本该全国省市县州")
    /// Stop characters that open place names (`那布村`, `那良镇`: 那, a field, in Zhuang names of the south; 元 too, a unit's
    /// character, `渭源县元古堆村`; 原 and 全 of the north-west, `原隆村`, `全兴村`): a name's first right after a county's full
    /// name, at a clause's start or after a conjunction (`原隆村和全兴村`); each with what after it makes it the word it is
    /// elsewhere (`那些村`, `那个村`, `那里`; `原有村民`, `原来村里`; `全体村民`, `全部村庄`), its own (`那力村` stands).
    public static let nameOpeningStops: ScalarMap<ScalarSet> = [
        ("那" as Unicode.Scalar).value: ScalarSet("些个里么样时天年边儿"),
        ("元" as Unicode.Scalar).value: ScalarSet(""),
        ("原" as Unicode.Scalar).value: ScalarSet("有来本先始为是"),
        ("全" as Unicode.Scalar).value: ScalarSet("体部面力国"),
    ]
    /// Conjunctions after which a stop of ``nameOpeningStops`` may open a name (`原隆村和全兴村`).
    public static let namesJoiners: ScalarSet = ScalarSet("和与及")
    /// Suffixes of a hamlet under a village (`后卡屯`), a place only where no village is named with it.
    public static let hamletSuffixes: ScalarSet = ScalarSet("屯")
    /// Words a ``continuations`` character starts that are no word of the suffix's (`集中`: 镇集中安置点).
    public static let adverbsAfterSuffix = ScalarTrie<Bool>(["集中"].map { ($0, true) })
    /// Verbs of going back right before 村 (`辞工回村`, `大学生回村创业`, `务工人员返村`): the village gone back to, no name
    /// (a rare name holding one, 王家回村, is lost with them).
    public static let returnVerbs: ScalarSet = ScalarSet("回返")
    /// Serving as a village's officer right before 村 and its post (`开始当村支书`, `当村干部`): the village one serves, no name
    /// (古什当村 stays one).
    static let servingVerb: UInt32 = 0x5F53   // 当
    static let villagePosts = ScalarTrie<Bool>(["支书", "干部", "主任", "书记", "会计", "文书", "委员", "医"].map { ($0, true) })
    /// Whether a verb right before the village suffix at `j` makes it the village spoken of: going back (``returnVerbs``) or
    /// serving as its officer (``servingVerb`` and a post of ``villagePosts`` after the suffix).
    static func verbBeforeVillage(_ s: [UInt32], suffixAt j: Int, from lower: Int, limit: Int) -> Bool {
        guard j > lower else { return false }
        if returnVerbs.contains(s[j - 1]) { return true }
        return s[j - 1] == servingVerb && villagePosts.longest(in: s, at: j + 1, limit: limit) != nil
    }
    /// Verbs of reaching a place (`通村`, `直通`, `通往`, `前往`): before a village's or a town's suffix with a road's word or a
    /// locative after it (``afterReached``) they reach the place in general, no name.
    /// (two characters each: 通 and 进 alone end names, 大通镇, 永通村, 前进村)
    static let reachingVerbs = ScalarTrie<Bool>(["直通", "通往", "前往", "去往", "到达"].map { ($0, true) })
    /// What follows 通村 as the campaign's idiom of roads (`通村通组`, `通村通户`).
    static let linkedLevelRows = ["通组", "通户"]
    static let linkedLevels = ScalarTrie<Bool>(linkedLevelRows.map { ($0, true) })
    /// Roads and their buses after a place reached (`通村公路`, `通往镇上的道路`, `通村客车`).
    static let roadRows = ["公路", "道路", "路", "硬化路", "水泥路", "沥青路", "客车", "班车", "客运"]
    static let roads = ScalarTrie<Bool>(roadRows.map { ($0, true) })
    /// What follows a place reached (`通组`, `公路`, `道路`, `里`, `上`).
    static let afterReached = ScalarTrie<Bool>((linkedLevelRows + roadRows + ["里", "上"]).map { ($0, true) })
    static let tong: UInt32 = 0x901A   // 通
    /// Whether a verb of reaching ends right before the suffix at `j` and a road's word or a locative follows it at `end`, or
    /// 通村 runs on as the idiom of roads: another level (`硬化通村通组公路`), or a road after a word that opens no name of two
    /// (`硬化通村公路`, `开行通村班车`; not `永通村公路` where 永 stands alone, at the start or after a stop character).
    static func reachedPlace(_ s: [UInt32], suffixAt j: Int, end: Int, from lower: Int, limit: Int) -> Bool {
        if j > lower, s[j - 1] == tong {
            if linkedLevels.longest(in: s, at: end, limit: limit) != nil { return true }
            if roads.longest(in: s, at: end, limit: limit) != nil {
                let first = j - 2   // a name of two's first character, 永 of 永通村
                let standsAlone = first >= lower && NormalizedText.isHan(s[first]) && !stopChars.contains(s[first])
                    && (first == lower || !NormalizedText.isHan(s[first - 1]) || stopChars.contains(s[first - 1]))
                if !standsAlone { return true }
            }
        }
        return reachingVerbs.longestEnding(in: s, at: j, from: lower, maxLength: 2) != nil && afterReached.longest(in: s, at: end, limit: limit) != nil
    }
    /// Verbs of helping whose last character a place's name read back may open (`扶持中复村`: 持中复村 is none).
    static let verbsIntoNames = ScalarTrie<Bool>(["扶持", "支持", "坚持", "保持", "维持", "主持", "加持"].map { ($0, true) })
    /// Stop characters many names of two end in (`安和村`, `永和镇`, `太和村`): 和, read as a conjunction elsewhere.
    public static let nameEndingStops: ScalarSet = ScalarSet("和")
    /// Whether the stop character at `k`, right before a suffix, ends a name of two: one character before it that is no stop
    /// (no 乡镇和村, 他和村民), itself after no Han character but a stop or a mark (`、安和村`, `在安和村`; not 企业和村集体).
    static func innerStop(_ s: [UInt32], at k: Int, from lower: Int) -> Bool {
        guard nameEndingStops.contains(s[k]), k - 1 >= lower, NormalizedText.isHan(s[k - 1]), !stopChars.contains(s[k - 1]) else { return false }
        return k - 1 == lower || !NormalizedText.isHan(s[k - 2]) || stopChars.contains(s[k - 2])
    }
    /// Farm animals a place's name before them names the breed of (`东乡羊`, `武定鸡`, `晴隆羊`).
    public static let breedAnimals: ScalarSet = ScalarSet("羊鸡猪鸭鹅牛")
    /// Whether one farm animal stands at `k`, a breed's name ending there: a figure, a mark or a word of its farming after it
    /// (`东乡羊3200只`, `东乡羊养殖户`, `晴隆羊产业`); not two (`湘西牛羊`), nor a word it opens (`白土镇牛场`, `大河乡羊肚菌`, `鸡蛋`).
    static func namesBreed(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        guard k < limit, breedAnimals.contains(s[k]) else { return false }
        return k + 1 >= limit || !NormalizedText.isHan(s[k + 1]) || breedFollowers.contains(s[k + 1])
    }
    static let breedFollowers: ScalarSet = ScalarSet("养产品存出的是和、销")
    public static let continuations: ScalarSet = ScalarSet("村级民干官长党政里亲土愁贤风情域府属容貌道路规两委务集企医史镇乡间头口垦田兵组")
    /// Whether 村 at `j` is the noun 村子, the village spoken of (`那会儿村子刚建`), no name's suffix; not a village's 子弟
    /// (`十八洞村子弟`).
    static func villageNoun(_ s: [UInt32], suffixAt j: Int, limit: Int) -> Bool {
        j + 1 < limit && s[j + 1] == villageNounEnd && !(j + 2 < limit && s[j + 2] == offspringEnd)
    }
    static let villageNounEnd: UInt32 = 0x5B50, offspringEnd: UInt32 = 0x5F1F   // 子 of 村子, 弟 of 子弟
}
