import FupinCore

/// The result of a query, with the facts behind it.
public struct Answer: Sendable {
    public struct Group: Sendable {
        /// One value per `group by` field (empty without grouping).
        public var keys: [String]
        /// nil when no fact was used ("no facts").
        public var value: Double?
        public var facts: [Fact]
    }
    public var query: Query
    public var groups: [Group]
    /// Every fact the answer used.
    public var used: [Fact]
    /// Facts that matched but were left out, with why.
    public var skipped: [(reason: String, count: Int)]

    public var documentCount: Int { Set(used.map(\.doc)).count }

    /// 1234567.891 → "1,234,567.89"; integral values print without decimals.
    public static func format(_ v: Double, decimals: Int = 2) -> String {
        if !v.isFinite { return v.isNaN ? "NaN" : (v > 0 ? "∞" : "-∞") }
        if abs(v) >= 1e18 { return "\(v)" }
        let scale = pow10(decimals)
        let rounded = (v * scale).rounded() / scale
        let negative = rounded < 0
        let whole = Int64(abs(rounded).rounded(.down))
        var frac = abs(rounded) - Double(whole)
        var digits = String(whole)
        var groups: [Substring] = []
        while digits.count > 3 { groups.insert(Substring(digits.suffix(3)), at: 0); digits.removeLast(3) }
        groups.insert(Substring(digits), at: 0)
        var out = (negative ? "-" : "") + groups.joined(separator: ",")
        if frac > 1e-9 && decimals > 0 {
            var f = ""
            for _ in 0..<decimals { frac *= 10; let d = Int(frac + 1e-6); f += String(min(d, 9)); frac -= Double(d) }
            while f.hasSuffix("0") { f.removeLast() }
            if !f.isEmpty { out += "." + f }
        }
        return out
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { a, _ in a * 10 } }

    /// 1769200 yuan → "176.92万元"; 849748700 → "8.5亿元"; nil below 10,000.
    public static func chineseMoney(_ v: Double) -> String? {
        if abs(v) >= 1e8 { return format(v / 1e8) + "亿元" }
        if abs(v) >= 1e4 { return format(v / 1e4) + "万元" }
        return nil
    }
}
