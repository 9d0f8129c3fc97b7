/// Tables of a notice whose money unit stands in a column's header, not after each figure:
///
///     县区名称 | 市级资金(万元) | 备注 |
///     梁园区 | 280 | |
///     合计 | 5000 |
///
/// A header row names the unit in one of its cells (`市级资金(万元)`, `投资规模 (万元)`); the rows
/// after it, while lines keep their `|`, give that column's bare numbers in the unit: a part of
/// the table's whole, or the whole itself on a `合计` row. Cells are counted by the `|` before them.
enum TableCells {
    /// The money unit a header cell names, as a multiplier of yuan: longest first.
    static let headerUnits = ScalarTrie<Double>([("万元", 10_000), ("亿元", 100_000_000), ("元", 1)])
    /// First cells of a row that sums the table (a whole, not a part).
    static let sumRows = ScalarTrie<Bool>(["合计", "总计", "小计", "共计", "合 计", "总 计"].map { ($0, true) })
    static let bar: UInt32 = 0x7C   // |
    /// The rules a table cell's fact names: its unit from the header; a part, or the sum row's whole.
    static let rule = "unit.yuan.表头", partRule = "kind.part.表格", sumRule = "kind.total.合计"
    /// A money table's figures that name no area are money for the campaign in general.
    static let topicRule = "topic.资金.表格"

    /// A money column's index and unit, read from a header row.
    struct Column: Equatable {
        let index: Int
        let multiplier: Double
        let unit: String
        /// The header row: what the column's figures are about (its topic).
        let header: Range<Int>
        /// The column's name without its unit (`市级资金` of `市级资金(万元)`): the figures' subject.
        let name: String
    }

    /// The cells of a row: the ranges between its `|` marks, spaces trimmed (a row opening with `|`
    /// has an empty first cell).
    static func cells(_ s: [UInt32], _ line: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = line.lowerBound
        for k in line where s[k] == bar {
            out.append(trimmed(s, a..<k)); a = k + 1
        }
        if a < line.upperBound { out.append(trimmed(s, a..<line.upperBound)) }
        return out
    }

    static func trimmed(_ s: [UInt32], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, s[a] == 0x20 { a += 1 }
        while b > a, s[b - 1] == 0x20 { b -= 1 }
        return a..<b
    }

    /// The money column a header row names: a cell without digits holding a unit of money.
    static func header(_ s: [UInt32], _ cells: [Range<Int>], line: Range<Int>) -> Column? {
        guard cells.count >= 2 else { return nil }
        for (i, c) in cells.enumerated() where !c.isEmpty && !s[c].contains(where: NumberReader.isDigit) {
            var k = c.lowerBound
            while k < c.upperBound {
                if let u = headerUnits.longest(in: s, at: k, limit: c.upperBound) {
                    var e = k   // the name ends before the unit and its bracket: 投资规模 (万元)
                    while e > c.lowerBound, s[e - 1] == 0x28 || s[e - 1] == 0x20 || s[e - 1] == 0xFF08 { e -= 1 }
                    let name = e - c.lowerBound >= 2 ? NormalizedText.string(s[c.lowerBound..<e]) : ""
                    return Column(index: i, multiplier: u.value, unit: NormalizedText.string(s[k..<(k + u.length)]), header: line, name: name)
                }
                k += 1
            }
        }
        return nil
    }

    /// The bare number of a row's cell in the column (`280`, `67.90712`): its range and value.
    static func number(_ s: [UInt32], _ cells: [Range<Int>], column: Column) -> (range: Range<Int>, value: Double)? {
        guard column.index < cells.count else { return nil }
        let c = cells[column.index]
        guard !c.isEmpty, c.count <= 14, NumberReader.isDigit(s[c.lowerBound]), NumberReader.isDigit(s[c.upperBound - 1]),
              s[c].allSatisfy({ NumberReader.isDigitOrPoint($0) }), s[c].filter({ $0 == NumberReader.point }).count <= 1 else { return nil }
        let t = NumberReader.arabicToken(s, at: c.lowerBound, limit: c.upperBound)
        guard t.end == c.upperBound, t.value > 0 else { return nil }
        return (c, t.value)
    }

    /// Whether a row sums the table (`合计 | 5000 |`).
    static func isSum(_ s: [UInt32], _ cells: [Range<Int>]) -> Bool {
        cells.prefix(2).contains { !$0.isEmpty && sumRows.longest(in: s, at: $0.lowerBound, limit: $0.upperBound) != nil }
    }
}
