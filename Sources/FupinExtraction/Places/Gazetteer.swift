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
