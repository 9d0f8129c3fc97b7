/// A number read from the text.
public struct ReadNumber: Sendable, Equatable {
    public var value: Double
    /// Index just past the number.
    public var end: Int
    /// Written in Chinese numerals (`五`, `一千二百`, `两`).
    public var isChinese: Bool
    /// The numeral itself hedges (`二十几`, `十余`).
    public var approx: Bool
}

/// Reads Arabic numbers (`23,000`, `83982.5`, `1 308`) and Chinese numerals (`一千二百`,
/// `两`, `二十几`) at a position. Full-width digits are already ASCII in normalised text.
public enum NumberReader {
    static let chineseDigits = ScalarMap<Double>(
        [("零〇", 0.0), ("一壹", 1), ("二贰两", 2), ("三叁", 3), ("四肆", 4), ("五伍", 5), ("六陆", 6), ("七柒", 7), ("八捌", 8), ("九玖", 9)]
            .flatMap { chars, v in chars.unicodeScalars.map { ($0.value, v) } })
    static let chineseUnits = ScalarMap<Double>(
        [("十拾", 10.0), ("百佰", 100), ("千仟", 1_000), ("万", 10_000), ("亿", 100_000_000)]
            .flatMap { chars, v in chars.unicodeScalars.map { ($0.value, v) } })

    @inline(__always) public static func isDigit(_ u: UInt32) -> Bool { u >= 0x30 && u <= 0x39 }
    static let numerals = ScalarSet("零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿")
    @inline(__always) public static func isChineseNumeral(_ u: UInt32) -> Bool { numerals.contains(u) }

    /// An Arabic number starting at `i`: digits, `,` thousands groups, one decimal point,
    /// and digit groups split by a single space (`1 308`).
    public static func arabic(_ s: [UInt32], at i: Int, limit: Int) -> ReadNumber? {
        guard i < limit, isDigit(s[i]) else { return nil }
        var j = i
        var v = 0.0
        while j < limit, isDigit(s[j]) { v = v * 10 + Double(s[j] - 0x30); j += 1 }
        let firstGroup = j - i
        // thousands groups: 23,000 / 1 308
        while j + 4 <= limit, s[j] == 0x2C || (s[j] == 0x20 && firstGroup <= 3),
              isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
              j + 4 == limit || !isDigit(s[j + 4]) {
            let group: UInt32 = (s[j + 1] - 0x30) * 100 + (s[j + 2] - 0x30) * 10 + (s[j + 3] - 0x30)
            v = v * 1000 + Double(group); j += 4
        }
        if j + 1 < limit, s[j] == 0x2E, isDigit(s[j + 1]) {
            j += 1
            var scale = 0.1
            var frac = 0.0
            while j < limit, isDigit(s[j]) { frac += Double(s[j] - 0x30) * scale; scale /= 10; j += 1 }
            // round away binary noise: 39.53 stays 39.53
            v = ((v + frac) * 1e9).rounded() / 1e9
        }
        return ReadNumber(value: v, end: j, isChinese: false, approx: false)
    }

    /// A Chinese numeral starting at `i` (`一千二百`, `两`, `二十几`, `十余` is `十` + hedge).
    public static func chinese(_ s: [UInt32], at i: Int, limit: Int) -> ReadNumber? {
        guard i < limit, isChineseNumeral(s[i]) else { return nil }
        var total = 0.0, section = 0.0, digit: Double? = nil
        var lastUnit = 1.0
        var j = i
        var approx = false
        while j < limit {
            let u = s[j]
            if let d = chineseDigits[u] {
                if digit != nil { break }   // 二〇二〇-style digit strings are not counts
                // 零 after a unit only holds a place: 一千三百零八
                if d == 0, j > i, chineseUnits[s[j - 1]] != nil { j += 1; continue }
                digit = d
            } else if let unit = chineseUnits[u] {
                if unit >= 10_000 {
                    section += digit ?? 0
                    if section == 0 && total == 0 { section = 1 }
                    total = (total + section) * unit
                    section = 0
                } else {
                    section += (digit ?? 1) * unit
                }
                lastUnit = unit
                digit = nil
            } else if u == 0x51E0, j > i, chineseUnits[s[j - 1]] != nil {   // 几 after 十/百
                approx = true; j += 1; break
            } else { break }
            j += 1
        }
        if let d = digit {
            // 一千二 = 1200: a trailing digit right after a unit is one order lower
            if lastUnit >= 100 && lastUnit < 10_000 && j >= 2 && chineseUnits[s[j - 2]] != nil { section += d * lastUnit / 10 }
            else { section += d }
        }
        return ReadNumber(value: total + section, end: j, isChinese: true, approx: approx)
    }
}
