import Foundation

/// Administrative level of a gazetteer place.
public enum PlaceLevel: Int, Sendable, Comparable {
    case province = 1, prefecture, county
    public static func < (a: PlaceLevel, b: PlaceLevel) -> Bool { a.rawValue < b.rawValue }
}

/// One county-level or higher division (GB/T 2260).
public struct Place: Sendable {
    public let code: String
    public let level: PlaceLevel
    public let name: String
    public let shortNames: [String]
    /// Index of the parent place in ``Gazetteer/places``, or -1 for a province.
    public let parent: Int
    /// Longitude and latitude as the table writes them: read as numbers when asked (parsing
    /// 6,000 of them was a tenth of every start-up, and the extractor never asks).
    let coordinates: (longitude: String, latitude: String)
    public var longitude: Double? { Double(coordinates.longitude) }
    public var latitude: Double? { Double(coordinates.latitude) }
}

/// China's provinces, prefectures and counties, with short names (`个旧` for `个旧市`,
/// `红河` for `红河哈尼族彝族自治州`). Derived by `scripts/make_gazetteer.py`; shipped as a
/// package resource and loaded once.
public final class Gazetteer: Sendable {
    public static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return Gazetteer(tsv: "")
        }
        return Gazetteer(tsv: text)
    }()

    public let places: [Place]
    /// Every full and short name → the places it may mean (a name can be ambiguous).
    public let names: ScalarTrie<[Int]>
    private let byName: [String: [Int]]
    /// Every place's path and lineage, worked out once: the extractor asks for them per
    /// figure and per place named, and got a new array each time.
    private let paths: [[String]]
    private let lineages: [[Int]]

    public init(tsv: String) {
        let rows = Self.rows(tsv)
        var index: [String: Int] = [:]
        index.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() { index[r[0]] = i }
        var places: [Place] = []
        places.reserveCapacity(rows.count)
        var byName: [String: [Int]] = [:]
        byName.reserveCapacity(rows.count * 2)
        for (i, r) in rows.enumerated() where r.count >= 7 {
            let level: PlaceLevel = r[1] == "province" ? .province : r[1] == "prefecture" ? .prefecture : .county
            let shorts = r[3].isEmpty ? [] : r[3].split(separator: "|").map(String.init)
            let name = r[2]
            places.append(Place(code: r[0], level: level, name: name, shortNames: shorts,
                                parent: index[r[4]] ?? -1, coordinates: (r[5], r[6])))
            for n in [name] + shorts { Self.appendOnce(i, to: &byName[n, default: []]) }   // one hash lookup a name
        }
        // (盘州市, 色尼区, 遵义县: the names of a county renamed while the campaign ran that the table lacks)
        for (name, others) in Self.renamed { if let i = byName[name]?.first { for o in others { Self.appendOnce(i, to: &byName[o, default: []]) } } }
        self.places = places
        self.byName = byName
        self.names = ScalarTrie(byName.map { ($0.key, $0.value) })
        var lineages: [[Int]] = []
        for index in places.indices {
            var out: [Int] = []
            var i = index
            while i >= 0 { out.append(i); i = places[i].parent }
            lineages.append(out)
        }
        self.lineages = lineages
        self.paths = lineages.map { $0.reversed().map { places[$0].name } }
    }

    /// Counties renamed between 2014 and 2021 whose other name the table lacks, by the table's name: the
    /// reports of the campaign write both (`盘县` became `盘州市` in 2017, `遵义县` `播州区` in 2016).
    static let renamed: [String: [String]] = [
        "盘县": ["盘州市", "盘州"], "彬县": ["彬州市", "彬州"], "水城县": ["水城区"], "播州区": ["遵义县"], "那曲县": ["色尼区", "色尼"],
        "滦县": ["滦州市", "滦州"], "宜宾县": ["叙州区", "叙州"], "郫县": ["郫都区", "郫都"], "户县": ["鄠邑区", "鄠邑"],
        // (上党 alone is 上党课's start: the district only in full)
        "长治县": ["上党区"], "大同县": ["云州区", "云州"],
        // (a county's level changed, its name's stem kept: 平泉县 became 平泉市 in 2017; the pairs of the table and of
        // modood/Administrative-divisions-of-China's areas.csv of 2022 whose names differ in the level's suffix alone)
        "肥乡县": ["肥乡区"], "永年县": ["永年区"], "南和县": ["南和区"], "平泉县": ["平泉市"], "屯留县": ["屯留区"], "潞城市": ["潞城区"], "怀仁县": ["怀仁市"],
        "太谷县": ["太谷区"], "南岔区": ["南岔县"], "嫩江县": ["嫩江市"], "漠河县": ["漠河市"], "海门市": ["海门区"], "海安县": ["海安市"], "临安市": ["临安区"],
        "奉化市": ["奉化区"], "玉环县": ["玉环市"], "繁昌县": ["繁昌区"], "无为县": ["无为市"], "潜山县": ["潜山市"], "广德县": ["广德市"], "长乐市": ["长乐区"],
        "沙县": ["沙县区"], "龙海市": ["龙海区"], "长泰县": ["长泰区"], "余江县": ["余江区"], "赣县": ["赣县区"], "龙南县": ["龙南市"], "东乡县": ["东乡区"],
        "章丘市": ["章丘区"], "济阳县": ["济阳区"], "即墨市": ["即墨区"], "蓬莱市": ["蓬莱区"], "茌平县": ["茌平区"], "邹平县": ["邹平市"], "偃师市": ["偃师区"],
        "孟津县": ["孟津区"], "长垣县": ["长垣市"], "淮阳县": ["淮阳区"], "京山县": ["京山市"], "监利县": ["监利市"], "宁乡县": ["宁乡市"], "邵东县": ["邵东市"],
        "祁阳县": ["祁阳市"], "荔浦县": ["荔浦市"], "田阳县": ["田阳区"], "平果县": ["平果市"], "宜州市": ["宜州区"], "梁平县": ["梁平区"], "武隆县": ["武隆区"],
        "新津县": ["新津区"], "罗江县": ["罗江区"], "射洪县": ["射洪市"], "隆昌县": ["隆昌市"], "会理县": ["会理市"], "黔西县": ["黔西市"], "兴仁县": ["兴仁市"],
        "晋宁县": ["晋宁区"], "马龙县": ["马龙区"], "澄江县": ["澄江市"], "水富县": ["水富市"], "禄丰县": ["禄丰市"], "达孜县": ["达孜区"], "米林县": ["米林市"],
        "错那县": ["错那市"], "凤翔县": ["凤翔区"], "子长县": ["子长市"], "南郑县": ["南郑区"], "神木县": ["神木市"], "旬阳县": ["旬阳市"], "华亭县": ["华亭市"],
        "湟中县": ["湟中区"], "同仁县": ["同仁市"], "库车县": ["库车市"], "沙湾县": ["沙湾市"],
    ]

    /// A renamed county as a report may write it: the table's name in full (`written` nil: `盘县`, `播州区`) or one
    /// ``renamed`` adds, with the full name the report means (`盘州` → `盘州市`), by the name written.
    static let renamedWritings: [String: (table: String, written: String?)] = {
        var out: [String: (table: String, written: String?)] = [:]
        for (table, others) in renamed {
            // (the table's name in full only: 宜宾, 大同, 长治 and 水城 alone are cities, papers and brands)
            out[table] = (table, nil)
            for o in others { out[o] = (table, others[0]) }
        }
        return out
    }()
    /// First characters of ``renamedWritings``: the few mentions that may be one of them.
    static let renamedStarts = ScalarSet(values: renamedWritings.keys.compactMap { $0.unicodeScalars.first.map(\.value) })

    private static func appendOnce(_ i: Int, to list: inout [Int]) { if !list.contains(i) { list.append(i) } }

    /// The table's rows, split into fields on the UTF-8 bytes (splitting Characters made loading
    /// the table a quarter of a short run's time); comment lines and the header left out.
    private static func rows(_ tsv: String) -> [[String]] {
        var rows: [[String]] = []
        var text = tsv
        text.withUTF8 { b in
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                let line = UnsafeBufferPointer(rebasing: b[start..<end])
                guard let first = line.first, first != UInt8(ascii: "#"), !line.starts(with: "code\t".utf8) else { continue }
                var fields: [String] = []
                fields.reserveCapacity(7)
                var a = 0
                for k in 0...line.count where k == line.count || line[k] == UInt8(ascii: "\t") {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[a..<k]), as: UTF8.self))
                    a = k + 1
                }
                rows.append(fields)
            }
        }
        return rows
    }

    /// Places a name may mean, full or short, simplified (`个旧`, `个旧市`).
    public func lookup(_ name: String) -> [Int] { byName[name] ?? [] }

    /// Names from the widest level down: `["云南省", "红河哈尼族彝族自治州", "个旧市"]`.
    public func path(of index: Int) -> [String] { paths[index] }

    /// Indices of a place and its ancestors.
    public func lineage(of index: Int) -> [Int] { lineages[index] }

    /// Whether `a` is `b` or lies inside it.
    public func isWithin(_ a: Int, _ b: Int) -> Bool { lineages[a].contains(b) }
}
