import Foundation
import FupinExtraction

/// Writes a deterministic corpus of synthetic reports for benchmarks: real sentence shapes
/// recombined with varied numbers, units, places from the gazetteer, years and hedges, with
/// page boilerplate; a share in traditional script with pinyin left after some characters.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    public var traditionalShare: Double

    public init(seed: UInt64 = 20201016, traditionalShare: Double = 0.3) {
        self.seed = seed; self.traditionalShare = traditionalShare
    }

    /// SplitMix64: fixed seed, same corpus on every machine.
    public struct Random: Sendable {
        public var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(next() % UInt64(r.count)) }
        mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
    }

    static let shapes: [String] = [
        "{year}年,{county}共投入各类扶贫资金{money}元,其中财政专项扶贫资金{money}元。",
        "截至{year}年底,全县{n}户{n}人建档立卡贫困人口全部脱贫,{n2}个贫困村全部出列。",
        "其中,{town}完成易地扶贫搬迁{n}户{n}人,新建集中安置点{n2}个。",
        "{town}发展特色产业{n}亩,带动贫困户{n}户户均增收{n}元以上。",
        "累计开展技能培训{n}人次,组织专场招聘会{n2}场次,帮助{hedge}{n}名贫困劳动力实现转移就业。",
        "全县贫困发生率由{p}%下降到{p}%,农村居民人均可支配收入达到{n}元,同比增长{p}%。",
        "今年以来,{county}新建通村公路{n}公里,改造农村危房{n}户,解决{n}人的饮水安全问题。",
        "该县计划{year}年底前实现剩余{n}户{n}人全部脱贫,确保贫困发生率控制在{p}%以内。",
        "去年,全县发放扶贫小额信贷{money}元,惠及贫困户{n}户,户均贷款{n}元。",
        "{town}组建{n2}支帮扶工作队,选派{n}名干部驻村,实现{n2}个村全覆盖。",
        "目前,全县共有农村低保对象{n}户{n}人,累计发放低保金{money}元。",
        "全年销售扶贫产品{n}吨,销售额达{money}元,比上年增加{money}元。",
        "县里坚持“两不愁三保障”标准,落实“一户一策”帮扶措施,开展“百日攻坚”行动。",
        "咨询电话:0{area}-{phone},本篇文章{n}字,读完约{n2}分钟。",
        "为{n}名建档立卡学生发放助学金{money}元,其中一次性补助标准为每人{n}元。",
    ]
    /// Sentences without figures: most of a real report.
    static let prose: [String] = [
        "{county}坚持以脱贫攻坚统揽经济社会发展全局,压实各级责任,尽锐出战,确保高质量打赢脱贫攻坚战。",
        "该县聚焦“两不愁三保障”突出问题,扎实开展“回头看”“大排查”,逐村逐户查漏补缺,确保不落一户、不漏一人。",
        "{town}把产业扶贫作为稳定脱贫的根本之策,因地制宜发展特色种养业,探索“龙头企业+合作社+贫困户”的利益联结机制。",
        "驻村工作队员走村入户,宣讲扶贫政策,帮助群众解决生产生活中的实际困难,干群关系更加密切。",
        "下一步,该县将继续巩固拓展脱贫攻坚成果,做好与乡村振兴的有效衔接,让群众的日子越过越红火。",
        "“以前住的是土坯房,现在搬进了新楼房,孩子上学也方便了。”搬迁群众高兴地说。",
        "县委主要负责同志表示,要以更加精准的举措、更加扎实的作风,全力以赴夺取脱贫攻坚全面胜利。",
        "走进{town},一排排崭新的民居错落有致,硬化路通到家门口,太阳能路灯整齐排列,村容村貌焕然一新。",
    ]
    static let towns = ["城关镇", "新华镇", "东山乡", "河口镇", "石门乡", "白水镇", "青龙乡", "马鞍镇", "杨柳街道", "红星镇"]
    static let outlets = ["县融媒体中心", "日报", "新闻网", "电视台"]

    public func document(_ index: Int, gazetteer: Gazetteer, counties: [Int]) -> String {
        var r = Random(state: seed &+ UInt64(index) &* 0x100000001B3)
        let c = counties[r.int(0...(counties.count - 1))]
        let county = gazetteer.places[c].name
        let year = r.int(2016...2020)
        var text = "首页 > 新闻中心 > 地方新闻\n\(county):决战决胜脱贫攻坚 交出满意答卷\n"
        text += "\(year + 1)-0\(r.int(1...9))-1\(r.int(0...9)) 10:\(r.int(10...59))  来源:\(county)\(r.pick(Self.outlets))\n\n"
        while text.utf8.count < 2_800 {
            var s = r.chance(0.55) ? r.pick(Self.prose) : r.pick(Self.shapes)
            for (slot, make) in [("{year}", { (r: inout Random) in String(year - r.int(0...1)) }),
                                 ("{county}", { _ in county }),
                                 ("{town}", { (r: inout Random) in r.pick(Self.towns) }),
                                 ("{money}", { (r: inout Random) in r.chance(0.5) ? "\(r.int(1...9999))万" : "\(r.int(1...99)).\(r.int(1...99))亿" }),
                                 ("{n2}", { (r: inout Random) in String(r.int(2...60)) }),
                                 ("{n}", { (r: inout Random) in r.chance(0.2) ? String(r.int(1...99)) + "," + String(r.int(100...999)) : String(r.int(3...20000)) }),
                                 ("{p}", { (r: inout Random) in "\(r.int(0...40)).\(r.int(1...99))" }),
                                 ("{hedge}", { (r: inout Random) in r.pick(["", "近", "约", "超过"]) }),
                                 ("{area}", { (r: inout Random) in String(r.int(100...999)) }),
                                 ("{phone}", { (r: inout Random) in String(r.int(1_000_000...9_999_999)) })] as [(String, (inout Random) -> String)] {
                while let range = s.range(of: slot) { s.replaceSubrange(range, with: make(&r)) }
            }
            text += "　　" + s + (r.chance(0.25) ? "\n" : "")
        }
        text += "\n责任编辑:王五\n相关新闻:\n脱贫攻坚新闻 \(year)-10-01\n"
        return text
    }

    /// Traditional script with pinyin left after a few characters (`區(qū)`), as some sites print it.
    public func traditional(_ text: String) -> String {
        var t = ChineseConverter.shared.traditional(text)
        for (ch, py) in [("區", "區(qū)"), ("縣", "縣(xiàn)"), ("鎮", "鎮(zhèn)"), ("戶", "戶(hù)")] {
            t = t.replacingOccurrences(of: ch, with: py)
        }
        return t
    }

    /// The counties documents are placed in.
    public static func counties(_ g: Gazetteer = .shared) -> [Int] { g.places.indices.filter { g.places[$0].level == .county } }

    /// Document `index` as it would be written (traditional for its share of the corpus).
    public func text(_ index: Int, counties: [Int], gazetteer: Gazetteer = .shared) -> (text: String, traditional: Bool) {
        var r = Random(state: seed ^ UInt64(index))
        let t = document(index, gazetteer: gazetteer, counties: counties)
        return r.chance(traditionalShare) ? (traditional(t), true) : (t, false)
    }

    /// Writes `count` documents into `folder` (1,000 per subfolder); returns the bytes written.
    public func write(count: Int, to folder: URL, gazetteer: Gazetteer = .shared) throws -> Int {
        var bytes = 0
        let fm = FileManager.default
        let counties = Self.counties(gazetteer)
        for i in 0..<count {
            let (text, trad) = self.text(i, counties: counties, gazetteer: gazetteer)
            let dir = folder.appendingPathComponent(String(format: "%03d", i / 1000))
            if i % 1000 == 0 { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
            let data = Data(text.utf8)
            try data.write(to: dir.appendingPathComponent(String(format: "gen_%06d%@.txt", i, trad ? "_t" : "")))
            bytes += data.count
        }
        return bytes
    }
}
