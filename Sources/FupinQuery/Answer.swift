import FupinCore

/// The result of a query, with the facts behind it (as rows of the table it ran over).
public struct Answer: Sendable {
    public struct Group: Sendable {
        /// One value per `group by` field (empty without grouping).
        public var keys: [String]
        /// nil when no fact was used ("no facts").
        public var value: Double?
        /// The rows of the facts in the group.
        public var rows: [Int32]
        /// For `latest`: the row of the figure shown (nil when no fact was used).
        public var pick: Int32? = nil
        public var count: Int { rows.count }
    }
    public var query: Query
    public var groups: [Group]
    /// Every row the answer used.
    public var used: [Int32]
    /// Facts that matched but were left out, with why.
    public var skipped: [(reason: String, count: Int)]
    /// The table the rows belong to.
    public let table: FactTable

    /// How many documents the used facts come from.
    public var documentCount: Int { documents(in: used) }

    /// How many distinct documents some rows come from.
    public func documents(in rows: [Int32]) -> Int {
        let doc = table.columns.doc
        var seen = [Bool](repeating: false, count: table.columns.documents.count)
        var n = 0
        for r in rows where !seen[Int(doc[Int(r)])] { seen[Int(doc[Int(r)])] = true; n += 1 }
        return n
    }

    /// The whole facts of the used rows (built from their documents).
    public var usedFacts: [Fact] { table.facts(used) }

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
