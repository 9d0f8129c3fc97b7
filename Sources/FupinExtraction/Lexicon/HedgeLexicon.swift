/// Hedges: words that make a figure approximate. One row a word.
public enum HedgeLexicon {
    /// The yuan's names that may stand between a hedge and its number (`约合人民币265万元`, `逾人民币500万元`).
    static let currencyNameRows = ["人民币"]
    static let currencyNames = ScalarTrie<Bool>(currencyNameRows.map { ($0, true) })
    static let currencyNameLength = currencyNameRows.map(\.unicodeScalars.count).max()!
    /// Right before the number: `近1000名`, `约83982.5万元`, `超过90%`; each with the way it leaves
    /// the figure from the exact claim it rounds.
    public static let before = ScalarTrie<HedgeDirection>([
        ("约", .about), ("大约", .about), ("约合", .about), ("近", .under), ("将近", .under),
        ("接近", .under), ("超过", .over), ("逾", .over), ("超", .over), ("超过了", .over), ("突破了", .over),
        ("达近", .under), ("约为", .about), ("大概", .about), ("上千", .over),
        ("不到", .under), ("不足", .under),
        // a measured outcome given as a bound: 贫困发生率均低于0.34%, 突破1000万元
        ("低于", .under), ("高于", .over), ("突破", .over),
        // a hedge before the verb of being (约有65万人, 至少有17万人摆脱了贫困: an outcome at least so large)
        ("约有", .about), ("大约有", .about), ("至少有", .over),
        // (colloquial: 约莫三千人, 差不多2000户, 近乎一半)
        ("约莫", .about), ("大致", .about), ("差不多", .about), ("将近有", .under), ("近乎", .under),
        // (as Hong Kong papers write a bound: 多於1800人, 少於5%)
        ("多于", .over), ("少于", .under),
    ])
    /// `上` before a lone 百, 千 or 万 (`上百户`, `上万人`): a round count from below — not the end
    /// of `以上` (`1万元以上千元`).
    /// (`过` too, over a lone 万: `月收入过万元`; not the end of a verb, `通过`, `经过`, nor after a negation, `尚未过万元`,
    /// ``guoVerbHeads``)
    static func shangBefore(_ s: [UInt32], _ start: Int, from lower: Int) -> Bool {
        guard start > lower else { return false }
        if s[start - 1] == guo { return !(start - 1 > lower && guoVerbHeads.contains(s[start - 2])) }
        return s[start - 1] == 0x4E0A && !(start - 1 > lower && s[start - 2] == 0x4EE5)   // 上, 以
    }
    static let guo: UInt32 = 0x8FC7   // 过
    /// Characters that end a verb with 过 (`经过`, `通过`, `超过`, `不过`, `度过`) or deny it (`未过`, `没过`).
    static let guoVerbHeads = ScalarSet("经通超不度越跨错路走看做难闯挺熬胜想听见去来未没")
    /// Words ending in a hedge character that are not hedges: `签约11989人`, `就近务工`.
    public static let falseHedges: [String] = ["签约", "履约", "节约", "制约", "预约", "契约", "公约", "相约",
        "附近", "最近", "临近", "邻近", "就近", "靠近", "亲近", "赶超", "不低于", "不高于", "不超过", "不超",
        "不得低于", "不得少于", "不得高于", "不得超过", "不少于", "不多于"]

    /// Between the number and its unit: `300余人`, `300多户`, `二十几名`, `十来人`.
    public static let inside = ScalarTrie<HedgeRow>([
        ("余", HedgeRow("hedge.余")), ("多", HedgeRow("hedge.多")),
        ("几", HedgeRow("hedge.几", afterMultiplier: false)),       // 三百六十几万: before 万 only
        ("来", HedgeRow("hedge.来", chineseOnly: true)),            // 十来人, 200来块钱 (a unit after); 2019年来 is no hedge
    ])
    /// Characters after 多 that make it a word's first (`多数`, `多少`), no hedge.
    static let duoWords = ScalarSet("数少")
    /// Words that start with a hedge character but are none (`7.5万来自深度贫困家庭的劳动力`).
    public static let notInside = ScalarTrie<Bool>(["来自", "来源", "来到"].map { ($0, true) })
    /// `把` after a lone 百, 千 or 万 (`挣个万把块钱`, `千把人`): about so many.
    public static let ba: UInt32 = 0x628A
    /// `多` after the unit of a quantity that divides, at the end of its phrase: `一亩多的山坡地`.
    public static let moreAfterUnit = HedgeRow("hedge.多")
    static let duo: UInt32 = 0x591A
    /// After the unit: `1000人左右`, `100人以上`.
    public static let after = ScalarTrie<HedgeRow>([
        ("左右", HedgeRow("hedge.左右")), ("以上", HedgeRow("hedge.以上", isThreshold: true)), ("上下", HedgeRow("hedge.上下")),
        // (月收入2000元出头: a little over)
        ("出头", HedgeRow("hedge.出头")),
    ])

    /// Hedges that may close a classifier's noun phrase (`280个县左右`, `50个村上下`).
    static let afterNoun = ScalarTrie<Bool>(["左右", "上下"].map { ($0, true) })
    /// The longest noun read between a classifier and a hedge after it.
    static let nounBeforeHedge = 4
    /// Where a hedge closing the noun after a classifier ends (`个` then `县左右` then a mark), nil
    /// when none: one to four Han characters, then ``afterNoun``, then no Han character.
    static func hedgeAfterNoun(_ s: [UInt32], from start: Int, limit: Int) -> Int? {
        var k = start
        while k < limit, k - start < nounBeforeHedge, NormalizedText.isHan(s[k]) {
            k += 1
            if let h = afterNoun.longest(in: s, at: k, limit: limit), k + h.length >= limit || !NormalizedText.isHan(s[k + h.length]) {
                return k + h.length
            }
        }
        return nil
    }
}

/// Which way a hedged figure lies from the exact claim it rounds: under it (`近千家`), about it
/// (`约4万`) or over it (`超5亿`, `4万多`, `1000余户`, the rest).
public enum HedgeDirection: Sendable {
    case under, about, over

    /// The direction of a fact's hedge: its surface's leading hedge (``HedgeLexicon/before``),
    /// else over (`4万多`, `1000余户`).
    public init(surface: String) {
        let u = surface.unicodeScalars.map(\.value)
        self = HedgeLexicon.before.longest(in: u, at: 0, limit: u.count)?.value ?? .over
    }

    /// Whether an exact value `w` is the claim a figure `v` hedged this way rounds, at `unit`
    /// (the place of v's one significant digit): 4万多 of 42778, 近5万 of 48000, 约4万 of 41000.
    public func rounds(_ w: Double, to v: Double, unit: Double) -> Bool {
        switch self {
        case .over: return w > v && (w / unit).rounded(.down) * unit == v
        case .under: return w < v && v - w <= unit / 5
        case .about: return w != v && abs(v - w) <= unit / 4
        }
    }
}

/// A hedge word and where it may stand.
public struct HedgeRow: Sendable {
    /// Rule name shown by `--explain`.
    public let rule: String
    /// Only after a Chinese numeral (`十来人`), or after digits where a unit follows (`200来块钱`;
    /// else after digits 来 starts another word).
    public let chineseOnly: Bool
    /// Also after a multiplier (`20万余人`); `几` hedges only before one (`三百六十几万`).
    public let afterMultiplier: Bool
    /// `以上` after a unit: with `的` after it, a threshold (`500人以上的村`).
    public let isThreshold: Bool
    public init(_ rule: String, chineseOnly: Bool = false, afterMultiplier: Bool = true, isThreshold: Bool = false) {
        self.rule = rule; self.chineseOnly = chineseOnly; self.afterMultiplier = afterMultiplier; self.isThreshold = isThreshold
    }
}
