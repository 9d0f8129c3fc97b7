import Foundation

/// China's towns (镇, 乡, 街道, 苏木) and the counties they lie in: a town named with its suffix
/// is evidence for its county where a report names no county (`我县嘉川镇…` is 旺苍县's).
/// Derived by `scripts/make_towns.py` from the 2022 table of divisions; shipped as a package
/// resource, sorted by name, and searched as it lies: loading it is one read and one pass for
/// line starts (a dictionary of its 33,000 names added 30 ms to a one-report run of 30 ms; this, nothing measurable).
public final class TownTable: Sendable {
    public static let shared: TownTable = {
        guard let url = Bundle.module.url(forResource: "towns", withExtension: "tsv"),
              let data = try? Data(contentsOf: url) else {
            return TownTable(tsv: [], gazetteer: .shared)
        }
        return TownTable(tsv: [UInt8](data), gazetteer: .shared)
    }()

    /// The file's bytes: lines of `town<TAB>code,code…` sorted by the town's UTF-8 bytes.
    private let bytes: [UInt8]
    /// Where each line that is not a comment starts.
    private let lines: [Int32]
    /// A county's code as the file writes it (GB/T 2260, six digits) → its index in the gazetteer.
    private let countyByCode: [Int: Int]

    public init(tsv bytes: [UInt8], gazetteer: Gazetteer) {
        var lines: [Int32] = []
        lines.reserveCapacity(34_000)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if bytes[start] != UInt8(ascii: "#"), end > start { lines.append(Int32(start)) }
            start = end + 1
        }
        var countyByCode: [Int: Int] = [:]
        for (i, p) in gazetteer.places.enumerated() where p.level == .county {
            if let code = Int(p.code.prefix(6)) { countyByCode[code] = i }
        }
        self.bytes = bytes
        self.lines = lines
        self.countyByCode = countyByCode
    }

    /// A name more counties hold than this (城关镇: 88; 双龙镇: 14 is read) is no evidence of any: reading its counties
    /// cost more than all the rest of a report's places (measured: 8.9 M instructions of 47 M a
    /// pass over 400 generated reports).
    public static let mostCounties = 16

    /// The counties holding a town of this name (`嘉川镇` → 旺苍县), empty when none does or more
    /// than ``mostCounties`` do.
    /// (a township's name with the other suffix, 华家岭乡 for 华家岭镇, where the name itself is none)
    public func counties(of town: String) -> [Int] {
        guard let (line, length) = findEitherSuffix(Array(town.utf8)) else { return [] }
        return codes(afterNameAt: line + length + 1)
    }

    /// Whether some county holds a town of this name, however many do (`肖家坊镇`, `城关镇`).
    public func holds(_ town: String) -> Bool { find(Array(town.utf8)) != nil }
    /// ``holds(_:)``, or with the other township suffix: a township's 乡 and 镇 are one where a name read whole is weighed
    /// (`华家岭乡`, made a 镇 since: pages keep the old suffix).
    public func holdsEitherSuffix(_ town: String) -> Bool { findEitherSuffix(Array(town.utf8)) != nil }

    /// The line of the town named `key`, or of its name with the other township suffix, and that name's length in bytes.
    private func findEitherSuffix(_ key: [UInt8]) -> (line: Int, length: Int)? {
        if let line = find(key) { return (line, key.count) }
        guard let other = Self.otherTownship(key), let line = find(other) else { return nil }
        return (line, other.count)
    }

    /// `key` with its last character, 乡 or 镇, swapped for the other; nil where it ends in neither.
    private static func otherTownship(_ key: [UInt8]) -> [UInt8]? {
        guard key.count > 3 else { return nil }
        let tail = Array(key.suffix(3))
        guard tail == xiang || tail == zhen else { return nil }
        return Array(key.dropLast(3)) + (tail == xiang ? zhen : xiang)
    }
    private static let xiang = Array("乡".utf8), zhen = Array("镇".utf8)

    /// Where the line of the town named `key` starts, by binary search over the sorted lines.
    private func find(_ key: [UInt8]) -> Int? {
        var (lo, hi) = (0, lines.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            switch compare(line: Int(lines[mid]), key) {
            case .less: lo = mid + 1
            case .greater: hi = mid
            case .equal: return Int(lines[mid])
            }
        }
        return nil
    }

    private enum Order { case less, equal, greater }

    /// How the name starting at `start` (ending at its tab) sorts against `key`, byte by byte.
    private func compare(line start: Int, _ key: [UInt8]) -> Order {
        var i = start, k = 0
        while true {
            let b = bytes[i] == UInt8(ascii: "\t") ? nil : bytes[i]
            if k == key.count { return b == nil ? .equal : .greater }
            guard let b else { return .less }
            if b != key[k] { return b < key[k] ? .less : .greater }
            i += 1; k += 1
        }
    }

    /// The gazetteer's counties for the comma-separated codes from `start` to the line's end.
    private func codes(afterNameAt start: Int) -> [Int] {
        var commas = 0, k = start
        while k < bytes.count, bytes[k] != 0x0A { if bytes[k] == UInt8(ascii: ",") { commas += 1 }; k += 1 }
        guard commas < Self.mostCounties else { return [] }
        var out: [Int] = []
        out.reserveCapacity(commas + 1)
        var code = 0, i = start
        while i <= bytes.count {
            let b = i < bytes.count ? bytes[i] : 0x0A
            if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { code = code * 10 + Int(b - UInt8(ascii: "0")) }
            else {
                if let c = countyByCode[code] { out.append(c) }
                code = 0
                if b == 0x0A { break }
            }
            i += 1
        }
        return out
    }
}
