import FupinCore

/// Tables whose unit stands in a column's header, not after each figure:
///
///     县区名称 | 市级资金(万元) | 备注 |
///     梁园区 | 280 | |
///     合计 | 5000 |
///
///     乡镇    资助人数(人)    资助金额(万元)
///     阜平镇    1126    186.4
///
/// A header row names a unit in its cells (`市级资金(万元)`, `投资规模 (万元)`, `脱贫人口(万人)`,
/// `贫困发生率(%)`: money anywhere in a cell, every other unit in brackets); the rows after it, while
/// lines keep their cells, give those columns' bare numbers in the unit: a part of the table's
/// whole (a share is a level of its row), or the whole itself on a `合计` row. Cells are split by `|`,
/// or, on a line without one, by runs of two spaces or more, a tab or an ideographic space.
enum TableCells {
    /// The units a header cell names: measure and multiplier; `true` for money, read anywhere in the
    /// cell, the others only in brackets (`资助人数(人)`; `贫困户` is no unit).
    static let headerUnits: ScalarTrie<HeaderUnit> = {
        let money: [(String, HeaderUnit)] = [("万元", HeaderUnit(.yuan, 10_000, anywhere: true)), ("亿元", HeaderUnit(.yuan, 100_000_000, anywhere: true)),
                                            ("元", HeaderUnit(.yuan, 1, anywhere: true))]
        let counts: [(String, Measure, Double)] = [
            ("人", .persons, 1), ("万人", .persons, 10_000), ("名", .persons, 1), ("户", .households, 1), ("万户", .households, 10_000),
            ("人次", .personTimes, 1), ("万人次", .personTimes, 10_000), ("%", .percent, 1), ("百分点", .percent, 1), ("个百分点", .percent, 1), ("亩", .mu, 1), ("万亩", .mu, 10_000),
            ("公里", .km, 1), ("吨", .tons, 1), ("万吨", .tons, 10_000), ("个", .items, 1), ("项", .items, 1), ("家", .items, 1), ("村", .villages, 1), ("个村", .villages, 1),
            ("件", .items, 1), ("处", .items, 1), ("座", .items, 1), ("所", .items, 1), ("套", .items, 1), ("台", .items, 1), ("张", .items, 1),
            ("辆", .items, 1), ("期", .items, 1), ("次", .items, 1), ("头", .items, 1), ("只", .items, 1)]
        // (业务量(万件), 出栏(万头): a count's unit after 万 is in ten thousands)
        let tenThousands = counts.filter { $0.2 == 1 && $0.1 != .percent && !$0.0.hasPrefix("个") }.map { ("万" + $0.0, $0.1, 10_000.0) }
        let known = Set(counts.map(\.0))
        return ScalarTrie(money + (counts + tenThousands.filter { !known.contains($0.0) }).map { ($0.0, HeaderUnit($0.1, $0.2, anywhere: false)) })
    }()
    /// A header's unit: its measure and multiplier, and whether it is read outside brackets.
    struct HeaderUnit: Equatable {
        let measure: Measure
        let multiplier: Double
        let anywhere: Bool
        init(_ measure: Measure, _ multiplier: Double, anywhere: Bool) { (self.measure, self.multiplier, self.anywhere) = (measure, multiplier, anywhere) }
    }
    static let openBrackets = ScalarSet(values: [0x28, 0xFF08]), closeBrackets = ScalarSet(values: [0x29, 0xFF09])
    /// A currency's character before 元 (`万美元`, `港元`): no yuan (``Trap/currency``).
    static let foreignMoney = ScalarSet("美港欧日澳台韩")
    static let villageChar: UInt32 = 0x6751   // 村
    /// Header words of a column of dates (`入住时间`, `开工日期`, `完成年月`): no unit of a caption is theirs.
    static let timeHeaders = ScalarTrie<Bool>(["时间", "日期", "年月", "月份", "时限", "期限"].map { ($0, true) })
    /// How long a year and its month in two digits are (`2020.05`).
    static let yearMonthLength = 7
    static let zero: UInt32 = 0x30
    /// `数` closing a header cell (`项目数`, `车间数`): a count, no money.
    static let countChar: UInt32 = 0x6570
    /// Header words of a column counted otherwise than in money (`受益户数`, `贫困发生率`): a caption's one
    /// unit of money is not theirs.
    static let otherMeasureHeads = ScalarTrie<Bool>(["户数", "人数", "人次", "率", "个数", "村数", "面积", "比例", "占比", "比重", "数量",
                                                     "家庭人口", "人口数", "家庭成员"].map { ($0, true) })
    /// First cells of a row that sums the table (a whole, not a part).
    static let sumRowWords = ["合计", "总计", "小计", "共计"]
    static let sumRows = ScalarTrie<Bool>(sumRowWords.map { ($0, true) })
    static let bar: UInt32 = 0x7C   // |
    /// The rules a table cell's fact names: its unit from the header; a part, or the sum row's whole,
    /// or a share's level.
    static let partRule = "kind.part.表格", sumRule = "kind.total.合计", levelRule = "kind.total.表格"
    /// A money table's figures that name no area are money for the campaign in general.
    static let topicRule = "topic.资金.表格"

    /// A column's index and unit, read from a header row.
    struct Column: Equatable {
        let index: Int
        let measure: Measure
        let multiplier: Double
        let unit: String
        /// The unit's rule (`unit.persons.表头`).
        let rule: String
        /// The column's header cell: what its figures are about (its topic; `贫困发生率(%)` is no topic of
        /// the `脱贫人口(万人)` beside it).
        let header: Range<Int>
        /// How many cells the header row has: a spaced row with another count is no row of the table.
        let cellCount: Int
        /// The column's name without its unit (`市级资金` of `市级资金(万元)`): the figures' subject.
        let name: String
        /// A caption's units among which each row's label names its own (`单位:万元、人、%` over
        /// `指标  2018年  2019年`: `贫困人口` persons, `贫困发生率` percent); empty where the column's unit is every row's.
        var byRow: [HeaderUnit] = []
        /// Whether each row's label names its figures (`指标  2018年` over `贫困人口  8600`): their subject.
        var rowNames = false
        /// Whether the row's label names a level per person or household (`建档立卡贫困户人均纯收入  6800  8200`): rates.
        var labelPerCapita = false
        /// The second unit of cells holding two figures a slash parts, under a caption pairing two units (`单位:户/人` over
        /// `58/171`): the first figure is the column's own unit, the second this one.
        var paired: HeaderUnit?
        /// The column for the second figure of a paired cell.
        func second() -> Column? { paired.map(withUnit) }
        /// The column for a cell of one figure under a paired caption: the unit of the two its header's words name, else the first.
        func single(_ s: [UInt32]) -> Column {
            guard let u = paired, let named = TableCells.unitNamed(s, header, among: [HeaderUnit(measure, multiplier, anywhere: true), u]) else { return self }
            return withUnit(named)
        }
        /// The column in another of the caption's units (its rule the caption's).
        func withUnit(_ u: HeaderUnit) -> Column {
            Column(index: index, measure: u.measure, multiplier: u.multiplier, unit: unit, rule: TableCells.captionRule(u.measure),
                   header: header, cellCount: cellCount, name: name)
        }
        /// The column with its figures multiplied by `m` (a caption's `万人` over a count's word).
        func scaled(_ m: Double) -> Column {
            Column(index: index, measure: measure, multiplier: m, unit: unit, rule: rule, header: header, cellCount: cellCount, name: name)
        }
        /// The column for a row whose first cell is `label`: in the unit among ``byRow`` the label names.
        func forRow(_ s: [UInt32], label: Range<Int>?) -> Column {
            guard !byRow.isEmpty || rowNames, let label, !label.isEmpty else { return self }
            let u = TableCells.unitNamed(s, label, among: byRow) ?? HeaderUnit(measure, multiplier, anywhere: true)
            var c = Column(index: index, measure: u.measure, multiplier: u.multiplier, unit: unit,
                           rule: byRow.isEmpty ? rule : "unit." + u.measure.rawValue + ".表题", header: header, cellCount: cellCount,
                           name: rowNames && label.count >= 2 ? NormalizedText.string(s[label]) : name)
            c.labelPerCapita = u.measure == .yuan && TopicCues.perCapita.firstMatch(in: s, label) != nil
            return c
        }
    }

    /// The cells of a row: the ranges between its `|` marks, spaces trimmed (a row opening with `|`
    /// has an empty first cell); on a line without `|` (``spaced``), between its runs of spaces.
    /// (`minimumGap`: how many spaces split cells; a tab or an ideographic space splits alone)
    static func cells(_ s: [UInt32], _ line: Range<Int>, spaced: Bool = false, minimumGap: Int = 2) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = line.lowerBound
        if spaced {
            var k = line.lowerBound
            while k < line.upperBound {
                let e = gapEnd(s, k, line.upperBound, minimum: minimumGap)
                if e > k { if k > a { out.append(a..<k) }; a = e; k = e } else { k += 1 }
            }
            if a < line.upperBound { out.append(a..<line.upperBound) }
            // (合  计    6230, 县  别    收入(元), 年  份: a two-character word padded apart to its column's
            // width is one cell: two single characters, a gap of a few spaces between them)
            // (昭　通　　56.2: so is a place's two-character name, ``paddedName(_:_:)``)
            if out.count >= 2, out[0].count == 1, out[1].count == 1, out[1].lowerBound - out[0].upperBound <= paddedWordGap,
               paddedWords.longest(in: [s[out[0].lowerBound], s[out[1].lowerBound]], at: 0, limit: 2)?.length == 2
                || paddedName(s, line) != nil {
                out.replaceSubrange(0...1, with: [out[0].lowerBound..<out[1].upperBound])
            }
            return out
        }
        for k in line where s[k] == bar {
            out.append(trimmed(s, a..<k)); a = k + 1
        }
        if a < line.upperBound { out.append(trimmed(s, a..<line.upperBound)) }
        return out
    }
    /// Two-character words a table pads to its column's width (`县  别`, `年  份`, `合  计`): two single
    /// characters spaced apart are one of these, else two columns (`乡  村  贫困户数(户)`).
    /// (全  州    41238: and the report's own place, the table's whole)
    static let paddedWords = ScalarTrie<Bool>((sumRowWords + indicatorLabelWords + placeLabelWords + ["序号", "时间", "备注", "姓名"]
                                               + wholePlaceWords).map { ($0, true) })
    /// The report's whole place opening a table's row (`全县`, `全  州`, `全镇`): the row sums the table as `合计` does. The own
    /// place's words of ``PlaceLexicon/ownPlaceRows`` opening with 全, and a town's, which names no level of the gazetteer.
    static let wholePlaceWords = PlaceLexicon.ownPlaceRows.map(\.0).filter { $0.count == 2 && $0.hasPrefix("全") } + ["全乡", "全镇"]
    static let wholePlaceRows = ScalarTrie<Bool>(wholePlaceWords.map { ($0, true) })
    /// A place's two-character name opening a row, padded apart to its column's width (`昭　通　　56.2`,
    /// `怒  江  14.3`): its two characters' range and the gazetteer's places it names; nil where the line opens
    /// otherwise.
    /// (`names`: the gazetteer's, whose indices the places are)
    static func paddedName(_ s: [UInt32], _ line: Range<Int>, names: ScalarTrie<[Int]> = Gazetteer.shared.names) -> (range: Range<Int>, places: [Int])? {
        var a = line.lowerBound
        while a < line.upperBound, isGap(s[a]) { a += 1 }
        guard a + 2 < line.upperBound, NormalizedText.isHan(s[a]), isGap(s[a + 1]) else { return nil }
        var b = a + 1
        while b < line.upperBound, isGap(s[b]) { b += 1 }
        guard b < line.upperBound, b - a - 1 <= paddedWordGap, NormalizedText.isHan(s[b]), b + 1 == line.upperBound || isGap(s[b + 1]),
              let m = names.longest(in: [s[a], s[b]], at: 0, limit: 2), m.length == 2 else { return nil }
        return (a..<(b + 1), m.value)
    }
    /// A space, a tab or an ideographic space: what parts a spaced row's cells.
    @inline(__always) static func isGap(_ u: UInt32) -> Bool { u == 0x20 || u == tab || u == 0x3000 }
    /// A tab, which separates a table's cells (an ideographic space between two characters normalises to one).
    static let tab: UInt32 = 0x09
    /// Whether a spaced line heads a table's columns: two cells or more name their unit (`贫困人口（万人）`,
    /// `贫困发生率（%）`), none is a bare number.
    static func namesColumns(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        let c = cells(s, line, spaced: true)
        return c.count >= 2 && c.indices.filter { column(s, c[$0], index: $0, cellCount: c.count) != nil }.count >= 2
            && !c.indices.contains { number(s, c, index: $0) != nil }
    }
    /// First cells of a header naming the rows' places (`乡镇`, `县别`): a header's label, no place.
    static let placeLabelWords = ["县别", "市州", "地区", "乡镇", "县区", "区县", "县名", "镇别", "乡别", "村名", "镇名", "乡名", "市别", "区别"]
    /// First cells of a header naming the rows' indicators or years (`指标`, `项目`, `年份`).
    static let indicatorLabelWords = ["指标", "项目", "名称", "类别", "指标名称", "项目名称", "年份", "年度", "单位"]
    /// The widest gap inside a two-character word padded to its column's width (`县  别`, `合     计`).
    static let paddedWordGap = 8
    /// Where a gap between spaced cells that starts at `k` ends (two spaces or more, a tab or an
    /// ideographic space), or `k` where none starts.
    static func gapEnd(_ s: [UInt32], _ k: Int, _ limit: Int, minimum: Int = 2) -> Int {
        guard isGap(s[k]) else { return k }
        var e = k
        while e < limit, isGap(s[e]) { e += 1 }
        return e - k >= minimum || s[k] != 0x20 ? e : k
    }
    /// The cells of a line split by single spaces, where it is a name and then numbers only
    /// (`镇雄县 1126 52380 28.4`): read so under a caption's units or inside a table.
    static func numericRow(_ s: [UInt32], _ line: Range<Int>) -> [Range<Int>]? {
        var out = cells(s, line, spaced: true, minimumGap: 1)
        // (上年结转：1,206,348.27: a ledger's label and its amount after a colon are two cells)
        // (not a label of the page's own, 邮政编码：650000, 年份：2019, 序号：12)
        // (a page's label is the whole label: 本年度扶贫资金收入：500,000 is a ledger's)
        if out.count == 1, let (k, amount) = labelledAmount(s, line), amount.upperBound == line.upperBound,
           TrapLexicon.metaCues.firstMatch(in: s, line.lowerBound..<k) == nil, pageLabels.longest(in: s, at: line.lowerBound, limit: k)?.length != k - line.lowerBound {
            out = [line.lowerBound..<k, amount]
        }
        guard out.count >= 2, s[out[0]].contains(where: NormalizedText.isHan),
              out.dropFirst().allSatisfy({ c in s[c].allSatisfy { NumberReader.isDigitOrPoint($0) || $0 == 0x25 || $0 == 0x2C || $0 == slash } }) else { return nil }
        return out
    }

    /// A header whose cells single spaces part (`序号 户主姓名 家庭人口 入股金额(万元) 分红(元)`): four cells or more, none a
    /// number, no mark of a sentence, each short, two naming their unit; nil otherwise (most lines are prose).
    static func singleSpacedHeader(_ s: [UInt32], _ line: Range<Int>) -> [Range<Int>]? {
        guard let c = singleSpacedCells(s, line), c.count >= 4, c.allSatisfy({ $0.count <= singleSpacedCellLength && !isBareNumber(s, $0) }),
              c.indices.filter({ column(s, c[$0], index: $0, cellCount: c.count) != nil }).count >= 2 else { return nil }
        return c
    }
    /// A row of a single-spaced table: as many cells as its header, a bare number among them, no mark of a sentence.
    static func singleSpacedRow(_ s: [UInt32], _ line: Range<Int>, cellCount: Int) -> [Range<Int>]? {
        guard cellCount >= 4, let c = singleSpacedCells(s, line) else { return nil }
        return c.count == cellCount && c.contains(where: { isBareNumber(s, $0) }) ? c : nil
    }
    /// A line's cells single spaces part, where it holds a space and no mark of a sentence (asked of most body lines: the
    /// marks looked for first, which prose leaves at its first comma).
    static func singleSpacedCells(_ s: [UInt32], _ line: Range<Int>) -> [Range<Int>]? {
        guard !s[line].contains(where: sentenceMarks.contains), s[line].contains(0x20) else { return nil }
        return cells(s, line, spaced: true, minimumGap: 1)
    }
    /// Marks of a sentence no table's cell holds (`，`, `。`, `；`, `：` after normalising to ASCII, and `、`).
    static let sentenceMarks = ScalarSet(values: [0x2C, 0x3002, 0x3B, 0x3A, 0x3001, 0x21, 0x3F])
    /// How long a single-spaced header's cell may be (characters).
    static let singleSpacedCellLength = 14

    /// Whether `atLeast` of a spaced line's cells are bare numbers (`1　何*成　大坪村　25000　25000`): a table's row.
    static func holdsBareNumbers(_ s: [UInt32], _ line: Range<Int>, atLeast: Int) -> Bool {
        var found = 0
        for c in cells(s, line, spaced: true) where isBareNumber(s, c) {
            found += 1
            if found >= atLeast { return true }
        }
        return false
    }
    /// The last cell of a line its spaces split into `cellsAtLeast` cells or more, where it is a number alone
    /// (`5月22日　凭证13号　油橄榄种植合作社分红　42,800.00`).
    static func closingBareNumber(_ s: [UInt32], _ line: Range<Int>, cellsAtLeast: Int) -> Range<Int>? {
        guard !line.isEmpty, NumberReader.isDigit(s[line.upperBound - 1]) else { return nil }
        let c = cells(s, line, spaced: true)
        return c.count >= cellsAtLeast && isBareNumber(s, c[c.count - 1]) ? c[c.count - 1] : nil
    }
    /// Whether a spaced line is two form's fields or more and nothing else, each a short label and a colon
    /// opening it (`户主：徐*林　　住址：张北县小二台镇德胜村　　手册编号：130722-0158`).
    static func holdsFormFields(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        // (the first field's colon looked for first: most lines have none there, and no cells are made)
        guard s[line.lowerBound..<min(line.upperBound, line.lowerBound + formLabelLength + 1)].contains(ListItems.colon) else { return false }
        let c = cells(s, line, spaced: true)
        // (a line most of whose fields state figures, 中央资金：12,000万元　　省级资金：3,600万元, is a row of them; a household's
        // size among its name and address, 家庭人口：6人　　致贫原因：缺技术, is the form's)
        // (…　　备注：统筹整合　　资金来源：财政: nor one stating two sums of money or more, whatever notes stand beside them)
        guard c.count >= 2, c.allSatisfy({ cell in
            s[cell.lowerBound..<min(cell.upperBound, cell.lowerBound + formLabelLength + 1)].contains(ListItems.colon)
                && NormalizedText.isHan(s[cell.lowerBound])
        }) else { return false }
        let figures = c.map { figureMeasure(s, $0) }
        return figures.count(where: { $0 != nil }) * 2 <= c.count && figures.count(where: { $0 == .yuan }) < 2
    }
    /// The measure of the figure a cell states, digits and a unit of the measure table after them (`中央资金：12,000万元`,
    /// `家庭人口：7人`): a figure stated, no form's field; nil where it states none.
    static func figureMeasure(_ s: [UInt32], _ cell: Range<Int>) -> Measure? {
        var k = cell.lowerBound
        while k < cell.upperBound {
            guard NumberReader.isDigit(s[k]) else { k += 1; continue }
            if UnitLexicon.currencySignBefore(s, k, from: cell.lowerBound) != nil { return .yuan }   // (已筹：¥386,520.00)
            while k < cell.upperBound, NumberReader.isDigitOrPoint(s[k]) || s[k] == NumberReader.groupComma { k += 1 }
            if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: cell.upperBound) { k += m.length }
            if let measure = UnitLexicon.trie.longest(in: s, at: k, limit: cell.upperBound)?.value.measure { return measure }
        }
        return nil
    }
    /// Whether a gap at `k` opens a form's field: gaps, then a short label and its colon (`…¥386,520.00　目标：¥500,000.00`).
    static func opensLabelledField(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        guard k < limit, isGap(s[k]) else { return false }
        var j = k
        while j < limit, isGap(s[j]) { j += 1 }
        let label = j
        while j < limit, j - label <= formLabelLength, NormalizedText.isHan(s[j]) { j += 1 }
        return j > label && j < limit && s[j] == ListItems.colon
    }
    /// The longest label of a form's field (`身份证号后四位`).
    static let formLabelLength = 7
    /// Whether a cell is a number alone, its digits grouped by commas or not (`418,500.00`).
    static func isBareNumber(_ s: [UInt32], _ c: Range<Int>) -> Bool {
        !c.isEmpty && s[c].allSatisfy { NumberReader.isDigitOrPoint($0) || $0 == NumberReader.groupComma }
    }
    /// A line closing with an amount its colon labels (`上年结转：1,206,348.27`, `本季度收入：418,500.00元`, a unit of two
    /// characters at most after it): the colon's index and the amount's digits.
    static func labelledAmount(_ s: [UInt32], _ r: Range<Int>) -> (colon: Int, amount: Range<Int>)? {
        var k = r.upperBound
        while k > r.lowerBound, r.upperBound - k < 2, NormalizedText.isHan(s[k - 1]) { k -= 1 }   // (元, 万元)
        let end = k
        while k > r.lowerBound, NumberReader.isDigitOrPoint(s[k - 1]) || s[k - 1] == NumberReader.groupComma { k -= 1 }
        guard k < end, k > r.lowerBound, s[k - 1] == ListItems.colon else { return nil }
        return (k - 1, k..<end)
    }
    /// Labels of a page's own numbers, no ledger's amounts (`年份：2019`, `序号：12`, `邮政编码：650000`).
    static let pageLabels = ScalarTrie<Bool>(["年份", "序号", "邮政编码", "日期", "年度", "页码", "期数"].map { ($0, true) })
    /// Whether a line splits into cells by its spaces: a gap between two of its characters.
    static func isSpaced(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound + 1
        while k < line.upperBound - 1 {
            let e = gapEnd(s, k, line.upperBound)
            if e > k, e < line.upperBound { return true }
            k = max(e, k + 1)
        }
        return false
    }

    /// Whether a line only draws a table: bars, dashes, colons and spaces, a bar and a dash at least (`|---|:--:|`).
    static func isSeparatorRow(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        var bars = false, dashes = false
        for k in line {
            switch s[k] {
            case bar: bars = true
            case 0x2D: dashes = true
            case ListItems.colon, 0x20, 0x09: continue
            default: return false
            }
        }
        return bars && dashes
    }
    static func trimmed(_ s: [UInt32], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        // (a tab too: ideographic padding arrives as one, │城关镇　│532.8　 │)
        while a < b, isGap(s[a]) { a += 1 }
        while b > a, isGap(s[b - 1]) { b -= 1 }
        return a..<b
    }

    /// The columns a header row names: cells without digits holding a unit (money anywhere in the cell,
    /// another unit only in its brackets).
    static func header(_ s: [UInt32], _ cells: [Range<Int>], line: Range<Int>) -> [Column] {
        guard cells.count >= 2 else { return [] }
        var columns: [Column] = []
        for i in cells.indices {
            if let c = column(s, cells[i], index: i, cellCount: cells.count) { columns.append(c); continue }
            // (户数(户)  完成率(%)  其中兜底户: past a share's column to the count it breaks down)
            guard let last = columns.last, last.index == i - 1,
                  let whole = last.measure == .percent ? columns.last(where: { $0.measure != .percent }) : last else { continue }
            if let c = breakdownColumn(s, cells[i], index: i, of: whole) { columns.append(c) }
        }
        // (易地扶贫搬迁(万人)  9.7  8.1  83.5: a row label naming its unit, figures alone after it, is a row, no header)
        if columns.count == 1, columns[0].index == 0, cells.count >= 2,
           cells.indices.dropFirst().allSatisfy({ number(s, cells, index: $0) != nil || isNoneCell(s, cells[$0]) }) { return [] }
        // (减贫人数  8600  9200: a row label closing in a count's word, figures after it, is a row, no header)
        guard columns.contains(where: byCountWord),
              cells.indices.contains(where: { i in year(s, cells[i]) == nil && number(s, cells, index: i) != nil }) else { return columns }
        return columns.filter { !byCountWord($0) }
    }

    /// The column one header cell without digits names by its unit, nil where it names none.
    static func column(_ s: [UInt32], _ c: Range<Int>, index i: Int, cellCount: Int) -> Column? {
        // (2016年脱贫(户): a year opening the cell dates its column, ``headerYear(_:_:)``; its words name the unit)
        let whole = c
        let c = leadingYear(s, c).map { (c.lowerBound + $0)..<c.upperBound } ?? c
        guard !c.isEmpty, !s[c].contains(where: NumberReader.isDigit) else { return nil }
        var k = c.lowerBound
        while k < c.upperBound {
            let bracketed = k > c.lowerBound && openBrackets.contains(s[k - 1])
            // (money closing the cell or before a mark, 投资万元, 资金 万元; not inside a word: 单元数, 元旦慰问)
            if let u = headerUnits.longest(in: s, at: k, limit: c.upperBound),
               u.value.anywhere && (k + u.length == c.upperBound || !NormalizedText.isHan(s[k + u.length])) && !(k > c.lowerBound && foreignMoney.contains(s[k - 1]))
                || bracketed && k + u.length < c.upperBound && closeBrackets.contains(s[k + u.length]) {
                var e = k   // the name ends before the unit and its bracket: 投资规模 (万元)
                while e > c.lowerBound, openBrackets.contains(s[e - 1]) || s[e - 1] == 0x20 { e -= 1 }
                let name = e - c.lowerBound >= 2 ? NormalizedText.string(s[c.lowerBound..<e]) : ""
                var measure = u.value.measure
                // (贫困村(个): villages counted by 个; 实施村数(个), 出列村数: their number; 计划出列(个): villages' exit)
                if measure == .items, e > c.lowerBound, s[e - 1] == villageChar
                    || e - 1 > c.lowerBound && s[e - 1] == countChar && s[e - 2] == villageChar
                    || villageExitHeads.firstMatch(in: s, c.lowerBound..<e)?.1 == true { measure = .villages }
                return Column(index: i, measure: measure, multiplier: u.value.multiplier, unit: NormalizedText.string(s[k..<(k + u.length)]),
                              rule: "unit." + measure.rawValue + ".表头", header: whole, cellCount: cellCount, name: name)
            }
            k += 1
        }
        // (村(社区) | 户数 | 人数 | 补助金额(元): a count's word closing the cell names its measure)
        if let m = countHeads.longestEnding(in: s, at: c.upperBound, from: c.lowerBound, maxLength: countHeadLength) {
            let e = c.upperBound - m.length
            return Column(index: i, measure: m.value.measure, multiplier: 1, unit: NormalizedText.string(s[e..<c.upperBound]),
                          rule: "unit." + m.value.measure.rawValue + countHeadRule, header: whole, cellCount: cellCount,
                          name: c.count >= 2 ? NormalizedText.string(s[c]) : "")
        }
        return nil
    }

    /// Whether a header's first cell heads a column of running numbers (`序号`, `编号`).
    static func opensWithRunningNumbers(_ s: [UInt32], _ header: [Range<Int>]) -> Bool {
        guard let first = header.first else { return false }
        return indexHeads.longest(in: s, at: first.lowerBound, limit: first.upperBound)?.length == first.count
    }
    /// Header words of a column of running numbers.
    static let indexHeads = ScalarTrie<Bool>(["序号", "编号", "序", "No.", "NO."].map { ($0, true) })
    /// Header words closing a cell that name its count without a unit in brackets (`户数`, `资助人数`, `受益人次`).
    static let countHeads = ScalarTrie<HeaderUnit>([("户数", Measure.households), ("人数", Measure.persons), ("人次", Measure.personTimes), ("村数", Measure.villages),
                                                    // (活动场次, 项目个数, 疑点数据条数: events, things and records counted)
                                                    ("场次", Measure.items), ("个数", Measure.items), ("条数", Measure.items),
                                                    // (行政村个数, 贫困村个数: villages)
                                                    ("村个数", Measure.villages)]
        .map { ($0.0, HeaderUnit($0.1, 1, anywhere: false)) })
    /// The longest row of ``countHeads``.
    static let countHeadLength = 3
    /// The rule of a column a count's word names (a caption's units, where they name the column, go first).
    static let countHeadRule = ".表头词"
    /// Whether a column is one a count's word names (``countHeads``).
    static func byCountWord(_ c: Column) -> Bool { c.rule.hasSuffix(countHeadRule) }
    /// The units a caption names for the table after it (`(单位:件、万元、万人)`, `单位:万人`), in order.
    static func captionUnits(_ s: [UInt32], _ line: Range<Int>) -> [HeaderUnit]? {
        // (单位 opening the caption's note, after a bracket, a space or the line's start: 帮扶单位:人社局 names a body)
        // (金额单位：万元: a unit's own label before it too)
        guard let at = Outline.find(unitWord, in: s, line), at == line.lowerBound || !NormalizedText.isHan(s[at - 1])
                || unitLabelHeads.longestEnding(in: s, at: at, from: line.lowerBound, maxLength: 2) != nil else { return bracketUnits(s, line) ?? ledgerUnits(s, line) }
        var k = at + unitWord.count
        guard k < line.upperBound, s[k] == ListItems.colon else { return nil }
        k += 1
        var units: [HeaderUnit] = []
        while k < line.upperBound {
            if s[k] == 0x20 || s[k] == NumberReader.listComma || s[k] == 0x2C || s[k] == 0x2F { k += 1; continue }
            // (a unit a Han character follows is a word's start: 人民币万元, 元/人 is per person)
            guard let u = headerUnits.longest(in: s, at: k, limit: line.upperBound) else { break }
            // (户/人: two units a slash pairs, the second closing the note, are the two figures of each cell, ``pairsUnits``)
            let pairs = units.isEmpty && k + u.length + 1 < line.upperBound && s[k + u.length] == slash
                && headerUnits.longest(in: s, at: k + u.length + 1, limit: line.upperBound).map { v in
                    let e = k + u.length + 1 + v.length
                    return e >= line.upperBound || !NormalizedText.isHan(s[e]) && s[e] != slash } == true
            guard k + u.length >= line.upperBound || !NormalizedText.isHan(s[k + u.length]) && (s[k + u.length] != 0x2F || pairs) else { return nil }
            units.append(u.value); k += u.length
        }
        return units.isEmpty ? nil : units
    }
    /// A caption closing in a bracket of units alone, no 单位 (`表：2016—2020年基金会投入资金情况（万元）`, `…（户、万元）`): the
    /// units; nil where the line is prose (a mark of a sentence in it) or the bracket holds anything else.
    static func bracketUnits(_ s: [UInt32], _ line: Range<Int>) -> [HeaderUnit]? {
        let t = Outline.trim(s, line)
        guard t.count > 4, closeBrackets.contains(s[t.upperBound - 1]), !isSpaced(s, t),
              let open = (t.lowerBound..<(t.upperBound - 1)).last(where: { openBrackets.contains(s[$0]) }), open > t.lowerBound,
              !s[t.lowerBound..<open].contains(where: { sentenceMarks.contains($0) && $0 != ListItems.colon && $0 != NumberReader.listComma }),   // (表：… keeps its colon, …贫困人口、贫困村变化情况 its list)
              // (a caption's words: 表1 opening it, or 情况/统计/明细… closing what the bracket follows; a header's last cell,
              // 风险消除率（%）, is none)
              captionNumberings.longest(in: s, at: t.lowerBound, limit: open) != nil
                || captionEnds.longestEnding(in: s, at: open, from: t.lowerBound, maxLength: 2) != nil else { return nil }
        var units: [HeaderUnit] = [], k = open + 1
        while k < t.upperBound - 1 {
            if s[k] == NumberReader.listComma || s[k] == 0x2C || s[k] == 0x20 { k += 1; continue }
            guard let u = headerUnits.longest(in: s, at: k, limit: t.upperBound - 1) else { return nil }
            units.append(u.value); k += u.length
        }
        return units.isEmpty ? nil : units
    }
    /// Words closing a table's caption (`…投入资金情况`, `…统计表`, `…分配明细`).
    static let captionEnds = ScalarTrie<Bool>(["情况", "表", "统计", "汇总", "明细", "一览", "分配", "清单"].map { ($0, true) })
    static let unitWord: [UInt32] = "单位".unicodeScalars.map(\.value)
    /// Words of what a unit measures, before 单位 in a caption's note (`金额单位：万元`, `资金单位:万元`, `计量单位`).
    static let unitLabelHeads = ScalarTrie<Bool>(["金额", "资金", "计量", "数量", "货币"].map { ($0, true) })
    /// Whether a line holds digits other than the number a table's caption opens with (`表1`, `表2-3`, `附表1`).
    static func holdsDigitsBeyondNumber(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        if let c = captionNumberings.longest(in: s, at: k, limit: line.upperBound) {
            k += c.length
            while k < line.upperBound, NumberReader.isDigit(s[k]) || s[k] == 0x2D || s[k] == NumberReader.point { k += 1 }
        }
        // (表2　2019年各乡镇…: a year the caption names is no figure either)
        while k < line.upperBound {
            guard NumberReader.isDigit(s[k]) else { k += 1; continue }
            guard YearResolver.yearFollows(s, at: k, limit: line.upperBound) else { return true }
            k += YearResolver.yearWithMarker
        }
        return false
    }
    static let captionNumberings = ScalarTrie<Bool>(["表", "附表", "附件"].map { ($0, true) })
    /// A ledger's caption naming no unit (`二、收入明细`, `支出明细:`): its rows' amounts are in yuan, as
    /// accounts keep them (`凭证01号　出租收入　24,000.00`).
    static func ledgerUnits(_ s: [UInt32], _ line: Range<Int>) -> [HeaderUnit]? {
        var e = line.upperBound
        while e > line.lowerBound, s[e - 1] == ListItems.colon || s[e - 1] == 0x20 { e -= 1 }
        return ledgerCaptions.longestEnding(in: s, at: e, from: line.lowerBound, maxLength: 5) != nil ? [ledgerUnit] : nil
    }
    /// Whether a caption names a ledger's details (`二、收入明细（单位：元）`): its rows are items, no whole of a table after it.
    static func namesLedger(_ s: [UInt32], _ caption: Range<Int>) -> Bool { ledgerCaptions.firstMatch(in: s, caption) != nil }
    static let ledgerCaptions = ScalarTrie<Bool>(["收入明细", "支出明细", "收支明细", "开支明细", "资金明细", "收入明细账", "支出明细账"].map { ($0, true) })
    /// (not `anywhere`: told from the caption's own 元, for ``columns(_:_:units:caption:)`` to give it the row's amount alone)
    static let ledgerUnit = HeaderUnit(.yuan, 1, anywhere: false)
    /// A line less the note of a caption's units closing it (`一、财务收支情况（单位：元）` → `一、财务收支情况`).
    static func withoutUnitsNote(_ s: [UInt32], _ line: Range<Int>) -> Range<Int> {
        guard let at = Outline.find(unitWord, in: s, line), at > line.lowerBound, !NormalizedText.isHan(s[at - 1]),
              captionUnits(s, line) != nil else { return line }
        var e = at
        while e > line.lowerBound, openBrackets.contains(s[e - 1]) || s[e - 1] == 0x20 { e -= 1 }
        return line.lowerBound..<e
    }
    /// Whether a line states a caption's units and nothing else (`单位:元、%`, `(单位:万元)`).
    static func unitsAlone(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        let r = trimmed(s, line)
        guard !r.isEmpty, let at = Outline.find(unitWord, in: s, r) else { return false }
        return at - r.lowerBound <= 1 && captionUnits(s, r) != nil
    }

    /// The columns a caption's units give a table whose header names none (`县名  投资  人口` under
    /// `单位:万元、万人`), or whose first row comes at once (`江苏省  18.6  31.5%` under `单位:万人`):
    /// one unit for every column of bare numbers, or one a column in order.
    static func columns(_ s: [UInt32], _ cells: [Range<Int>], units: [HeaderUnit], caption: Range<Int>) -> [Column] {
        guard cells.count >= 2 else { return [] }
        let isRow = cells.contains { c in s[c].contains(where: NumberReader.isDigit) }
        // (单位:户/人 over 乡镇  新识别  返贫 ⏎ 十里镇  58/171  9/27: each column counts households and persons, a slash parting them)
        if units.count == 2, !isRow, pairsUnits(s, caption) {
            return (1..<cells.count).filter { timeHeaders.firstMatch(in: s, cells[$0]) == nil }.map { i in
                var c = Column(index: i, measure: units[0].measure, multiplier: units[0].multiplier, unit: "", rule: captionRule(units[0].measure),
                               header: cells[i], cellCount: cells.count, name: NormalizedText.string(s[cells[i]]))
                c.paired = units[1]
                return c
            }
        }
        // (a ledger's caption naming no unit, 收入明细: the amount closing each row is yuan, no other cell, no header's column)
        if units == [ledgerUnit] {
            guard isRow, let last = cells.indices.last, number(s, cells, index: last) != nil else { return [] }
            return [Column(index: last, measure: .yuan, multiplier: 1, unit: "", rule: "unit.yuan.表题", header: withoutUnitsNote(s, caption),
                           cellCount: cells.count, name: "")]
        }
        // (年份 2016 2017 2018: a row of years heads the columns, no figures; not 阳光镇  2015  2046, a place's figures)
        if isRow, headerLabels.longest(in: s, at: cells[0].lowerBound, limit: cells[0].upperBound)?.length == cells[0].count,
           cells.dropFirst().allSatisfy({ c in c.count == 4 && NormalizedText.integer(s[c]).map({ TrapLexicon.yearValues.contains(Double($0)) }) == true }) { return [] }
        // (单位:万元 over 乡镇  受益户数  资金  贫困发生率: one unit is only the columns no other measure's word heads)
        // (入住时间, 开工日期: a column of dates takes none of the caption's units)
        var indices = isRow ? (1..<cells.count).filter { number(s, cells, index: $0) != nil }
            : (1..<cells.count).filter { timeHeaders.firstMatch(in: s, cells[$0]) == nil && (units.count > 1 || units[0].measure != .yuan
                || otherMeasureHeads.firstMatch(in: s, cells[$0]) == nil && !(cells[$0].count > 1 && s[cells[$0].upperBound - 1] == countChar)) }
        guard !indices.isEmpty else { return [] }
        // (单位：万元 over 州市　审计县数　问题金额: a count's word the caption's money leaves heads a column of its own count)
        let counted: [Column] = isRow || units.count > 1 || units[0].measure != .yuan ? [] : (1..<cells.count).compactMap { i in
            guard !indices.contains(i), let m = countedMeasure(s, cells[i]) else { return nil }
            return Column(index: i, measure: m, multiplier: 1, unit: "", rule: "unit." + m.rawValue + ".表头", header: cells[i], cellCount: cells.count,
                          name: NormalizedText.string(s[cells[i]]))
        }
        // (机构名称  扶贫贷款余额  较年初增加  支持贫困户 under 单位:万元、户: fewer units than columns, each column
        // the unit its header's words name, money the rest)
        // (学段  人数  标准  金额 under 单位:人、万元: a column naming none of them, whose cells give their own units
        // (1000元/生·年), is left out, where each of the caption's units heads a column)
        var byWords: [HeaderUnit] = []
        // (乡镇  在档困难职工  帮扶资金  其中:医疗救助 under 单位:户、万元: the units in order for the columns no 其中 opens, each
        // 其中 column the unit of the column before it; not where a column's words name another of the units, 受益人数 under
        // 单位:万元、人, whose columns the words decide below)
        let wholes = indices.filter { !KindCues.opensQizhong(s, at: cells[$0].lowerBound, limit: cells[$0].upperBound) }
        var inOrder: [HeaderUnit] = []
        if units.count > 1, units.count != indices.count, !isRow, wholes.count == units.count, wholes.first == indices.first {
            var k = -1
            inOrder = indices.map { i in
                if wholes.contains(i) { k += 1 }
                return units[k]
            }
            if zip(indices, inOrder).contains(where: { i, u in wordsName(s, cells[i], among: units).map { $0 != u } ?? false }) { inOrder = [] }
        }
        if !inOrder.isEmpty {
            byWords = inOrder
        } else if units.count > 1, units.count != indices.count, !isRow {
            let named = indices.compactMap { i in unitNamed(s, cells[i], among: units).map { (i, $0) } }
            guard named.count == indices.count || units.allSatisfy({ u in named.contains { $0.1 == u } }) else { return [] }
            indices = named.map { $0.0 }; byWords = named.map { $0.1 }
        } else if units.count != 1, units.count != indices.count { return [] }
        var out = (indices.enumerated().map { (k, i) in
            let u = !byWords.isEmpty ? byWords[k] : units.count == 1 ? units[0] : units[k]
            return Column(index: i, measure: u.measure, multiplier: u.multiplier, unit: "", rule: "unit." + u.measure.rawValue + ".表题",
                          header: isRow ? withoutUnitsNote(s, caption) : cells[i], cellCount: cells.count, name: isRow ? "" : NormalizedText.string(s[cells[i]]))
        } + counted).sorted { $0.index < $1.index }
        // (搬迁人数  其中建档立卡  总投资 under 单位：户、人、万元)
        if !isRow {
            for k in out.indices.dropFirst() where out[k - 1].index == out[k].index - 1 {
                if let c = breakdownColumn(s, cells[out[k].index], index: out[k].index, of: out[k - 1]) { out[k] = c }
            }
        }
        return out
    }
    /// The measure a header's count word names by what it counts (`审计县数`, `项目数`: items; `资助人数`: persons; `受益户数`:
    /// households; `出列村数`: villages), nil where the cell closes with no count word.
    /// (`培训人次数`: person-times; `搬迁人口数`, `资助学生数`, `劳动力数`: the people nouns of ``UnitLexicon/peopleNouns``)
    static func countedMeasure(_ s: [UInt32], _ cell: Range<Int>) -> Measure? {
        guard cell.count >= 2, s[cell.upperBound - 1] == countChar else { return nil }
        let e = cell.upperBound - 1
        if let h = headerUnits.longestEnding(in: s, at: e, from: cell.lowerBound, maxLength: 3), h.length >= 2 || !h.value.anywhere,
           h.value.measure != .yuan, h.value.measure != .percent { return h.value.measure }
        if UnitLexicon.peopleNouns.longestEnding(in: s, at: e, from: cell.lowerBound, maxLength: 8) != nil { return .persons }
        if UnitLexicon.householdNouns.longestEnding(in: s, at: e, from: cell.lowerBound, maxLength: 8) != nil { return .households }
        return .items
    }

    /// The columns a header row of years heads (`市州  2018年  2017年  增长(%)` under `单位:元`;
    /// `项目(万元)  2018  2019  2020`; `指标  2017年  2016年  增长` under `单位:元、%`): a year's cell takes
    /// the unit its first cell or the caption names (the caption's first not in percent, where it names
    /// more), a growth's cell naming none the caption's percent; a cell naming its own unit keeps its column
    /// (`own`). Empty where a cell after the first is none of these, or no year heads a column.
    static func yearColumns(_ s: [UInt32], _ cells: [Range<Int>], own: [Column], units: [HeaderUnit]?) -> [Column] {
        guard cells.count >= 2, let label = cells.first else { return [] }
        let labelUnit = column(s, label, index: 0, cellCount: cells.count)
        guard let unit = labelUnit.map({ HeaderUnit($0.measure, $0.multiplier, anywhere: true) }) ?? units?.first(where: { $0.measure != .percent }) ?? units?.first
        else { return [] }
        let percent = units?.first { $0.measure == .percent }
        var out: [Column] = [], years = 0
        for i in 1..<cells.count {
            if let c = own.first(where: { $0.index == i }) { out.append(c); continue }
            let measured: HeaderUnit
            // (阳光镇  2015  2046: bare four digits under a place are figures; a year with 年, or under 项目(万元), 指标, heads)
            if year(s, cells[i]) != nil, s[cells[i].upperBound - 1] == NormalizedText.nian || labelUnit != nil
                || headerLabels.longest(in: s, at: label.lowerBound, limit: label.upperBound)?.length == label.count { measured = unit; years += 1 }
            else if let p = percent, KindCues.change.firstMatch(in: s, cells[i]) != nil { measured = p }
            else { return [] }
            var c = Column(index: i, measure: measured.measure, multiplier: measured.multiplier, unit: "",
                           rule: "unit." + measured.measure.rawValue + (labelUnit == nil ? ".表题" : ".行头"),
                           header: cells[i], cellCount: cells.count, name: labelUnit?.name ?? "")
            // (单位:万元、人、% over 指标  2018年  2019年: each row's label names its unit among the caption's)
            if labelUnit == nil, measured == unit, let units, units.count > 1 { c.byRow = units }
            c.rowNames = labelUnit == nil && indicatorLabels.longest(in: s, at: label.lowerBound, limit: label.upperBound)?.length == label.count
            out.append(c)
        }
        return years > 0 ? out : []
    }

    /// The unit among a caption's that a header cell's words name (`支持贫困户` the households', `贫困发生率` the
    /// percent), else its money, where the caption names one; nil where neither.
    /// (建档立卡贫困户人均纯收入: a level per person or household is money's, whatever count's word stands before it;
    /// 扶贫车间 under `单位:个、人、万元`, a label naming neither money nor a count's word, counts things where the caption does)
    static func unitNamed(_ s: [UInt32], _ cell: Range<Int>, among units: [HeaderUnit]) -> HeaderUnit? {
        let money = units.first { $0.measure == .yuan }
        if money != nil, TopicCues.perCapita.firstMatch(in: s, cell) != nil { return money }
        // (户消除率 under 单位:户、人、%: a share's word closing the label is the percent's, whatever count's word stands before it)
        if let share = units.first(where: { $0.measure == .percent }),
           shareHeads.longestEnding(in: s, at: cell.upperBound, from: cell.lowerBound, maxLength: 2) != nil { return share }
        if let named = wordsName(s, cell, among: units) { return named }
        guard money != nil else { return nil }
        return units.first { $0.measure == .items } ?? money
    }
    /// The unit a header cell's own words name among a caption's (a count's word, `人数`, or money's, `投入资金`), nil where
    /// they name none (``unitNamed(_:_:among:)`` without its fallback).
    static func wordsName(_ s: [UInt32], _ cell: Range<Int>, among units: [HeaderUnit]) -> HeaderUnit? {
        for u in units where u.measure != .yuan {
            if measureWords(u.measure)?.firstMatch(in: s, cell)?.1 == true { return u }
        }
        return moneyLabels.firstMatch(in: s, cell) != nil ? units.first { $0.measure == .yuan } : nil
    }
    /// The rule of a figure whose unit a caption names.
    static func captionRule(_ m: Measure) -> String { "unit." + m.rawValue + ".表题" }
    /// Whether a caption's note pairs its two units by a slash (`单位:户/人`): its cells hold both figures.
    static func pairsUnits(_ s: [UInt32], _ caption: Range<Int>) -> Bool {
        guard let at = Outline.find(unitWord, in: s, caption) else { return false }
        return s[(at + unitWord.count)..<caption.upperBound].contains(slash)
    }
    static let slash: UInt32 = 0x2F
    /// The two figures of a paired cell (`58/171`), each with its digits' range; nil where the cell is no such pair.
    static func pairedNumbers(_ s: [UInt32], _ cells: [Range<Int>], index: Int) -> ((range: Range<Int>, value: Double), (range: Range<Int>, value: Double))? {
        guard index < cells.count, let k = s[cells[index]].firstIndex(of: slash), k > cells[index].lowerBound, k + 1 < cells[index].upperBound,
              let a = number(s, [cells[index].lowerBound..<k], index: 0), let b = number(s, [(k + 1)..<cells[index].upperBound], index: 0) else { return nil }
        return (a, b)
    }
    /// Words of a row's label naming money (``unitNamed(_:_:among:)``).
    static let moneyLabels = ScalarTrie<Bool>(["资金", "投入", "投资", "收入", "金额", "贷款", "产值", "补助", "补贴", "费", "工资", "分红",
                                               "收益", "资产", "元", "销售额", "营业额", "贴息", "奖补", "救助"].map { ($0, true) })
    /// Words of a header cell that name the measure of its count (nil: money, named by no word, the rest's).
    static func measureWords(_ m: Measure) -> ScalarTrie<Bool>? {
        switch m {
        case .households: households
        case .persons: persons
        case .personTimes: personTimes
        case .villages: villages
        case .percent: percents
        case .mu: areas
        case .tons: weights
        case .km: lengths
        case .items: counts
        case .yuan: nil
        }
    }
    // (户均, 人均: a level per household or person, money's; false rows)
    static let households = ScalarTrie(["户"].map { ($0, true) } + [("户均", false)])
    // (吸纳贫困劳动力 under 单位:亿元、人: people by their noun, no 人 in it)
    static let persons = ScalarTrie(["人", "名", "劳动力", "劳力"].map { ($0, true) } + [("人均", false)])
    static let personTimes = ScalarTrie(["人次"].map { ($0, true) })
    static let villages = ScalarTrie(["村"].map { ($0, true) })
    static let percents = ScalarTrie(["率", "%", "比重", "占比", "比例", "增长", "增速"].map { ($0, true) })
    static let areas = ScalarTrie(["亩", "面积"].map { ($0, true) })
    static let weights = ScalarTrie(["吨", "产量", "销量", "销售量", "重量"].map { ($0, true) })
    static let lengths = ScalarTrie(["公里", "里程", "长度"].map { ($0, true) })
    static let counts = ScalarTrie(["个数", "项目数", "数量", "个", "项", "家", "座", "处"].map { ($0, true) })

    /// First cells of a header row over columns of years (`指标  2017  2016`).
    /// (乡镇  2016  2017  2018: a place's label heads years too; 阳光镇  2015  2046 is a place's figures)
    static let headerLabels = ScalarTrie<Bool>((indicatorLabelWords + placeLabelWords).map { ($0, true) })
    static let indicatorLabels = ScalarTrie<Bool>(indicatorLabelWords.map { ($0, true) })
    /// The year a row's first cell names (`2017  11200  14.6` under `年份  减贫人数  贫困发生率`; `2018年`):
    /// its figures' year.
    /// (| 2016 | 2.0万人 |: a row that opens with a bar has an empty first cell; its first cell with text is read)
    static func rowYear(_ s: [UInt32], _ cells: [Range<Int>]) -> Int? { cells.first(where: { !$0.isEmpty }).flatMap { year(s, $0) } }
    /// Whether a row's cells head columns: no digits, or digits only in years heading them (`项目  单位  2015年  2014年`; bare,
    /// `项目  单位  2015  2014`, only where no cell names a row's unit: `财政专项扶贫资金  万元  2016  1980` is a row of figures).
    static func headsColumns(_ s: [UInt32], _ cells: [Range<Int>]) -> Bool {
        var bare = false
        for c in cells where s[c].contains(where: NumberReader.isDigit) {
            // (指标  2015年底  2020年底: a year's end or start heads a column too)
            guard year(s, c) != nil || yearPoint(s, c) else { return false }
            if s[c.upperBound - 1] != NormalizedText.nian { bare = true }
        }
        return !bare || !cells.contains { c in UnitLexicon.trie.longest(in: s, at: c.lowerBound, limit: c.upperBound)?.length == c.count }
    }

    /// Whether a cell names a point of a year alone: its end or start (`2015年底`, `2020年末`, `2014年初`), or a month's
    /// (`2020年6月底`, `2019年12月`, `2020年6月30日`).
    static func yearPoint(_ s: [UInt32], _ c: Range<Int>) -> Bool {
        guard let y = leadingYear(s, c), y == yearLength else { return false }
        var k = c.lowerBound + y
        func digits() -> Bool {
            let a = k
            while k < c.upperBound, k - a < 2, NumberReader.isDigit(s[k]) { k += 1 }
            return k > a
        }
        if digits() {
            guard k < c.upperBound, s[k] == YearResolver.yue else { return false }
            k += 1
            if k < c.upperBound, digits() { guard k < c.upperBound, s[k] == YearResolver.ri else { return false }; k += 1 }
        }
        if k < c.upperBound, yearPoints.contains(s[k]) { k += 1 }
        return k == c.upperBound && k > c.lowerBound + y
    }
    static let yearPoints = ScalarSet("底末初")
    /// A year's digits and 年 (`2015年`).
    static let yearLength = 5
    /// How long a year opening a header cell runs (`2016年脱贫(户)`, `2017年度…`: its digits, 年 and 度), nil where none opens it
    /// or the year is all the cell holds.
    static func leadingYear(_ s: [UInt32], _ c: Range<Int>) -> Int? {
        guard c.count > 5, YearResolver.yearFollows(s, at: c.lowerBound, limit: c.upperBound),
              let y = NormalizedText.integer(s[c.lowerBound..<(c.lowerBound + 4)]), TrapLexicon.yearValues.contains(Double(y)) else { return nil }
        let e = c.lowerBound + 5 < c.upperBound && s[c.lowerBound + 5] == YearResolver.du ? 6 : 5
        return e < c.count ? e : nil
    }
    /// The year a column's header names: the cell alone (`2017`, `2018年`) or opening it (`2016年脱贫(户)`).
    static func headerYear(_ s: [UInt32], _ c: Range<Int>) -> Int? {
        if let y = year(s, c) { return y }
        guard leadingYear(s, c) != nil else { return nil }
        return NormalizedText.integer(s[c.lowerBound..<(c.lowerBound + 4)])
    }

    /// The year a cell names alone (`2017`, `2018年`).
    static func year(_ s: [UInt32], _ c: Range<Int>) -> Int? {
        guard c.count == 4 || c.count == 5 && s[c.upperBound - 1] == NormalizedText.nian,
              let y = NormalizedText.integer(s[c.lowerBound..<(c.lowerBound + 4)]), TrapLexicon.yearValues.contains(Double(y)) else { return nil }
        return y
    }

    /// The bare number of a row's cell in the column (`280`, `67.90712`): its range and value.
    static func number(_ s: [UInt32], _ cells: [Range<Int>], column: Column) -> (range: Range<Int>, value: Double)? {
        number(s, cells, index: column.index)
    }
    static func number(_ s: [UInt32], _ cells: [Range<Int>], index: Int) -> (range: Range<Int>, value: Double)? {
        guard index < cells.count else { return nil }
        let c = cells[index]
        guard !c.isEmpty, c.count <= 14, NumberReader.isDigit(s[c.lowerBound]), NumberReader.isDigit(s[c.upperBound - 1]),
              s[c].allSatisfy({ NumberReader.isDigitOrPoint($0) || $0 == 0x20 || $0 == 0x2C }), s[c].filter({ $0 == NumberReader.point }).count <= 1 else { return nil }
        // (11 200, 59,312: thousands' groups a single space or a comma splits, as the prose reads them)
        if s[c].contains(where: { $0 == 0x20 || $0 == 0x2C }) {
            guard s[c.lowerBound] != 0x30, let n = NumberReader.arabic(s, at: c.lowerBound, limit: c.upperBound), n.end == c.upperBound, n.value > 0 else { return nil }
            return (c, n.value)
        }
        // (入住时间 2020.05: a year and a month padded with its zero, a date, no figure; 资金 2018.6 and 2019.11 are money, a column of
        // dates without the zero, 入住时间 2019.12, is told by its header, ``timeHeaders``)
        if c.count == Self.yearMonthLength, s[c.lowerBound + 4] == NumberReader.point, s[c.lowerBound + 5] == Self.zero,
           let y = NormalizedText.integer(s[c.lowerBound..<(c.lowerBound + 4)]),
           Campaign.pageYears.contains(y), let m = NormalizedText.integer(s[(c.lowerBound + 5)..<c.upperBound]), (1...12).contains(m) { return nil }
        // (a phone's or a postcode's digits: a leading 0, or eight digits and more with no point)
        guard s[c.lowerBound] != 0x30 || c.count > 1 && s[c.lowerBound + 1] == NumberReader.point,
              s[c].contains(NumberReader.point) || c.count < 8 else { return nil }
        let t = NumberReader.arabicToken(s, at: c.lowerBound, limit: c.upperBound)
        guard t.end == c.upperBound, t.value > 0 else { return nil }
        return (c, t.value)
    }

    /// The kind of a column's figures: what its header names (`人均纯收入(元)` a rate, `比上年增长(%)` a
    /// change), else a share's level, the sum row's whole, a part of the table's whole where one is
    /// stated before the table (`hasWhole`), or each row's own total.
    /// (`captionPerCapita`: the caption over the table names a level per person, `…农村居民人均可支配收入`, and
    /// its money columns are rates, whatever their headers say: `收入(元)`)
    /// (`captionPlans`: the caption names what was planned, `…减贫任务分解表`, and every column is the plan's)
    static func kind(of column: Column, _ s: [UInt32], sum: Bool, captionPerCapita: Bool = false, captionPlans: Bool = false, hasWhole: Bool) -> (Kind, String) {
        // (计划数, 目标任务, 计划投资(万元): a column of what was planned, a level per person too)
        if plansColumn(s, column.header) || captionPlans && planColumns.firstMatch(in: s, column.header)?.1 != false { return (.target, planRule) }
        // (其中D级, 其中农产品上行(万件): a column of 其中 breaks down a column before it, its figures parts)
        if KindCues.opensQizhong(s, at: column.header.lowerBound, limit: column.header.upperBound) { return (.part, qizhongColumnRule) }
        if column.labelPerCapita || TopicCues.perCapita.firstMatch(in: s, column.header) != nil
            || column.measure == .yuan && !sum && paidMonthly(s, column.header) { return (.rate, rateRule) }
        if KindCues.change.firstMatch(in: s, column.header) != nil { return (.change, changeRule) }
        if captionPerCapita, column.measure == .yuan, generalMoney.firstMatch(in: s, column.header) == nil { return (.rate, rateRule) }
        if sum { return (.total, sumRule) }
        return column.measure == .percent ? (.total, levelRule) : hasWhole ? (.part, partRule) : (.total, rowRule)
    }
    static let rowRule = "kind.total.表格行", qizhongColumnRule = "kind.part.表格.其中列"
    /// Header words of a column paid by the month (`月保障金(元)`, `每月补助`): its sums are rates
    /// (not `月份`, a date, nor `月数`, a count of months).
    /// (nor `月底`, `月末`, `月初`: a date a sum runs to, `月底累计拨付(元)`)
    static let monthlyHeaders = ScalarTrie<Bool>(["月", "每月", "月均"].map { ($0, true) } + ["月份", "月数", "月度", "月底", "月末", "月初"].map { ($0, false) })
    static func paidMonthly(_ s: [UInt32], _ header: Range<Int>) -> Bool {
        var k = header.lowerBound
        while k < header.upperBound, s[k] == 0x20 || s[k] == 0x3000 { k += 1 }
        return monthlyHeaders.longest(in: s, at: k, limit: header.upperBound)?.value == true
    }
    /// Header cells naming a person (`姓名`, `户主姓名`): the table lists the people a programme paid,
    /// and what its cells say of each (`保洁员`, `特困人员`) is no programme of its own.
    static let personHeaders = ScalarTrie<Bool>(["姓名", "户主", "申请人", "受助人", "学生姓名"].map { ($0, true) })
    /// Header words of villages leaving poverty, a count by 个 under them counting villages (`计划出列(个)`, `退出村(个)`).
    /// (false rows: the exit of towns and counties, `计划出列乡镇(个)`, counts them)
    static let villageExitHeads = ScalarTrie<Bool>(["出列", "退出村", "摘帽村"].map { ($0, true) }
        + ["出列乡镇", "出列乡", "出列镇", "出列县"].map { ($0, false) })
    /// Header words of a household's size (`家庭人口`, `家庭成员`), in a table listing persons (``listsPersons(_:_:)``) no fact
    /// (FORMAT.md: a family's size is colour).
    /// (not 人口数 alone: a village's 贫困人口数(人) in a roll of first secretaries is a fact)
    static let familySizeHeads = ScalarTrie<Bool>(["家庭人口", "家庭成员", "家庭人数", "家庭规模"].map { ($0, true) })
    static func listsPersons(_ s: [UInt32], _ header: [Range<Int>]) -> Bool {
        header.contains { personHeaders.firstMatch(in: s, $0) != nil }
    }
    /// Whether a caption names a level per person for the whole table (`…农村居民人均可支配收入`), not one of
    /// the things it joins (`各乡镇贫困户人均纯收入及产业奖补情况`).
    static func captionPerCapita(_ s: [UInt32], _ caption: Range<Int>) -> Bool {
        guard let (at, _) = TopicCues.perCapita.firstMatch(in: s, caption) else { return false }
        return !s[at..<caption.upperBound].contains(where: captionJoins.contains)
    }
    static let captionJoins = ScalarSet("及和与、")
    /// Header words of money in general (`扶贫资金(万元)`, `投入`): no level per person a caption names, no area its context names.
    static let generalMoney = ScalarTrie<Bool>(["资金", "投入", "投资"].map { ($0, true) })
    /// Whether a header cell heads a column of what was planned (``planColumns``).
    static func plansColumn(_ s: [UInt32], _ header: Range<Int>) -> Bool { planColumns.firstMatch(in: s, header)?.1 == true }
    static let planRule = "kind.target.表头"
    /// Whether a caption names a table of what was planned: a plan's word, and a table's or a breakdown's closing word after
    /// it (`2016年各乡镇减贫任务分解表`, `二、减贫任务分解`; not a section's heading, `一、主要任务`).
    static func captionPlans(_ s: [UInt32], _ caption: Range<Int>) -> Bool {
        let t = Outline.trim(s, caption)
        // (not one of what was done against the plan: …目标任务完成情况表, 目标考核结果汇总)
        guard !t.isEmpty, plansColumn(s, t), doneCaptionWords.firstMatch(in: s, t) == nil else { return false }
        return captionEnds.longestEnding(in: s, at: t.upperBound, from: t.lowerBound, maxLength: 2) != nil
            || Outline.find(breakdownWord, in: s, t) != nil
    }
    static let breakdownWord: [UInt32] = "分解".unicodeScalars.map(\.value)
    /// Words of a caption over what was done (`完成情况`, `考核结果`): no plan's table, whatever plan it measures against.
    static let doneCaptionWords = ScalarTrie<Bool>(["完成", "结果", "实际", "进度", "进展"].map { ($0, true) })
    /// Words of a header cell whose column holds what was planned.
    /// (false: words that hold one, `项目标段`, and a header of what was done, `完成任务数`, `实际完成`)
    static let planColumns = ScalarTrie<Bool>(["计划", "目标", "任务", "任务数", "目标任务", "年度任务"].map { ($0, true) }
        + ["项目标", "完成任务", "任务完成", "实际完成", "已完成", "完成计划"].map { ($0, false) })

    /// The columns a row's own unit gives its bare numbers, where its first cell names the unit in
    /// brackets (`社会帮扶资金(万元)  500  836.5`, `贫困劳动力到上海就业(人)  200  246`) and the rest are
    /// numbers: each column's header cell from the header row over it (`计划数`, `完成数`, `2019年`), else
    /// the row's first cell.
    /// (`指标名称  单位  绝对数  比上年增长(%)` over `扶贫贷款发放  亿元  3.05  84.8`: a header's unit column gives
    /// each row's bare numbers the unit its cell names, a column whose header names its own keeping it)
    /// (`1 | 直接投入帮扶资金(万元) | 400 | 618.5 | 154.6%`: the label after the row's running number, and cells after it
    /// that carry their own unit left to the prose reader)
    static func rowLabelColumns(_ s: [UInt32], _ cells: [Range<Int>], header: [Range<Int>]?) -> [Column] {
        let at = cells.count >= 3 && isRunningNumber(s, cells[0]) ? 1 : 0
        guard cells.count >= at + 2, case let label = cells[at], !label.isEmpty,
              let unitColumn = column(s, label, index: at, cellCount: cells.count),
              case let figures = ((at + 1)..<cells.count).filter({ number(s, cells, index: $0) != nil }), !figures.isEmpty,
              ((at + 1)..<cells.count).allSatisfy({ figures.contains($0) || figureMeasure(s, cells[$0]) != nil || isNoneCell(s, cells[$0]) }),
              // (项目(万元)  2018  2019  2020: years head the columns, ``yearColumns``)
              !((at + 1)..<cells.count).allSatisfy({ year(s, cells[$0]) != nil || isNoneCell(s, cells[$0]) }) else { return [] }
        // (建档立卡户人均纯收入(元)  4000  9037: a level per person, its label says)
        // (贫困户资费优惠(元/月)  20  20: a unit per month or per head, money at a rate; not 产业/就业扶贫资金(万元), two kinds of money)
        let perCapita = unitColumn.measure == .yuan && (TopicCues.perCapita.firstMatch(in: s, label) != nil
            || label.dropLast().contains { s[$0] == NumberReader.yuan && s[$0 + 1] == slash })
        return figures.map { i in
            var c = Column(index: i, measure: unitColumn.measure, multiplier: unitColumn.multiplier, unit: unitColumn.unit,
                           rule: "unit." + unitColumn.measure.rawValue + ".行头", header: header.map { $0.count == cells.count ? $0[i] : label } ?? label,
                           cellCount: cells.count, name: unitColumn.name)
            c.labelPerCapita = perCapita
            return c
        }
    }
    static let changeRule = "kind.change.表头", rateRule = "kind.rate.表头"
    /// Whether a cell states that there is no figure (`—`, `-`, `/`, `…`): an empty cell, the row read past it (`村集体经济收入(万元)
    /// —  50.8  126.4`).
    /// (a cell of a zero alone, 贫困村(个)  264  0, states none too: the row keeps its other figures)
    static func isNoneCell(_ s: [UInt32], _ c: Range<Int>) -> Bool {
        !c.isEmpty && c.count <= 2 && s[c].allSatisfy(noneMarks.contains) || c.count == 1 && s[c.lowerBound] == zero
    }
    static let noneMarks = ScalarSet("—-－/／…")
    /// The column a header cell of 其中 naming no unit heads (`户数(户)  其中D级  其中C级`, `搬迁人数  其中建档立卡`): a breakdown
    /// of `whole`, the column right before it (or the count before a share's column), counted in its unit and read as it is, or
    /// its shares in percent where the cell names a share (`其中占比`); nil where the cell opens no 其中, or names a thing the whole
    /// does not count (`贫困发生率(%)  其中深度贫困村`).
    static func breakdownColumn(_ s: [UInt32], _ cell: Range<Int>, index: Int, of whole: Column) -> Column? {
        guard whole.measure != .percent, KindCues.opensQizhong(s, at: cell.lowerBound, limit: cell.upperBound),
              !s[cell].contains(where: NumberReader.isDigit),
              !(TrapLexicon.placeNounChars.contains(s[cell.upperBound - 1]) && whole.measure != .villages && whole.measure != .items) else { return nil }
        let nameStart = labelNameStart(s, cell)
        let name = cell.upperBound - nameStart >= 2 ? NormalizedText.string(s[nameStart..<cell.upperBound]) : whole.name
        // (贫困人口(人)  其中已脱贫  其中占比: a share's word heads a column of shares of the whole, in percent)
        if shareHeads.firstMatch(in: s, cell) != nil {
            return Column(index: index, measure: .percent, multiplier: 1, unit: "%", rule: "unit.percent.其中列", header: cell, cellCount: whole.cellCount, name: name)
        }
        return Column(index: index, measure: whole.measure, multiplier: whole.multiplier, unit: whole.unit, rule: whole.rule, header: cell,
                      cellCount: whole.cellCount, name: name)
    }
    /// Header words of a share (`占比`, `比例`, `发生率`): no count a column of 其中 breaks down.
    static let shareHeads = ScalarTrie<Bool>(["率", "占比", "比例", "比重"].map { ($0, true) })
    /// Whether a cell is a row's running number (`1`, `12`): digits alone, three at most.
    static func isRunningNumber(_ s: [UInt32], _ c: Range<Int>) -> Bool {
        !c.isEmpty && c.count <= 3 && s[c].allSatisfy(NumberReader.isDigit)
    }

    /// Header words of a column holding each row's unit (`指标名称  单位  绝对数`).
    static let unitColumnWords = ScalarTrie<Bool>(["单位", "计量单位"].map { ($0, true) })
    /// The index of a header row's unit column (a cell after the first that is ``unitColumnWords`` alone).
    static func unitColumn(_ s: [UInt32], _ header: [Range<Int>]) -> Int? {
        header.indices.dropFirst().first { i in unitColumnWords.longest(in: s, at: header[i].lowerBound, limit: header[i].upperBound)?.length == header[i].count }
    }
    /// The columns of a row under a header with a unit column at `unitAt`: its bare numbers in the unit the
    /// row's cell there names whole (`亿元`, `户`), or the unit their own header names (`比上年增长(%)`).
    /// (其中:1.资金　万元　462.35, 1.3产业扶贫项目投入金额　万元　386.20: a row's number and its 其中 open its label, no figure)
    static func unitCellColumns(_ s: [UInt32], _ cells: [Range<Int>], header: [Range<Int>], unitAt u: Int) -> [Column] {
        guard let first = cells.first, case let label = labelNameStart(s, first)..<first.upperBound, !label.isEmpty,
              !s[label].contains(where: NumberReader.isDigit),
              let unit = headerUnits.longest(in: s, at: cells[u].lowerBound, limit: cells[u].upperBound), unit.length == cells[u].count
        else { return [] }
        let unitName = NormalizedText.string(s[cells[u]]), name = label.count >= 2 ? NormalizedText.string(s[label]) : ""
        return (1..<cells.count).compactMap { i in
            guard i != u, number(s, cells, index: i) != nil else { return nil }
            // (增速, 比上年增长: a growth's column naming no unit is in percent, whatever the row's unit)
            let own = column(s, header[i], index: i, cellCount: cells.count)
                ?? (KindCues.change.firstMatch(in: s, header[i]) != nil || percents.firstMatch(in: s, header[i]) != nil
                    ? Column(index: i, measure: .percent, multiplier: 1, unit: "%", rule: "", header: header[i], cellCount: cells.count, name: "") : nil)
            let measure = own?.measure ?? unit.value.measure
            return Column(index: i, measure: measure, multiplier: own?.multiplier ?? unit.value.multiplier, unit: own?.unit ?? unitName,
                          rule: "unit." + measure.rawValue + ".单位列", header: header[i], cellCount: cells.count, name: name)
        }
    }

    /// Where a row's label names its row, past a `其中:` and the row's number (`其中:1.资金`, `1.3产业扶贫项目投入金额`,
    /// `(一)`, `二、`): the label's start where it has neither.
    static func labelNameStart(_ s: [UInt32], _ label: Range<Int>) -> Int {
        var k = label.lowerBound
        if KindCues.opensQizhong(s, at: k, limit: label.upperBound) {
            k += KindCues.qizhong.count
            if k < label.upperBound, s[k] == ListItems.colon { k += 1 }
        }
        // (1.3: a row's number of two levels; its point before a character, not a decimal's digit)
        var j = k
        while j < label.upperBound, NumberReader.isDigit(s[j]) || s[j] == NumberReader.point && j + 1 < label.upperBound && NumberReader.isDigit(s[j + 1]) && j > k { j += 1 }
        if j > k, j < label.upperBound, s[j] == NumberReader.point || s[j] == NumberReader.listComma { return j + 1 }
        if j > k, j < label.upperBound, NormalizedText.isHan(s[j]), s[k..<j].contains(NumberReader.point) { return j }
        // (一、, (一): a Chinese row number, to its 、 or its bracket's close)
        guard k < label.upperBound, !NumberReader.isDigit(s[k]), EnumeratedItems.opens(s, at: k, limit: label.upperBound) else { return k }
        var e = k
        while e < label.upperBound, s[e] != NumberReader.listComma, s[e] != 0x29 { e += 1 }
        return e < label.upperBound ? e + 1 : k
    }
    /// Whether a line between a table's rows groups them (`一、总体情况`, `1.产业发展脱贫`, `二、分项投入`): short, its words
    /// past a row's number holding no digit nor a sentence's mark — the header over the table still stands.
    static func groupsRows(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        let r = trimmed(s, line)
        guard !r.isEmpty, r.count <= groupLabelLength else { return false }
        let name = labelNameStart(s, r)..<r.upperBound
        return !name.isEmpty && !s[name].contains(where: { NumberReader.isDigit($0) || Outline.sentenceEnds.contains($0) || $0 == 0x2C })
    }
    static let groupLabelLength = 16

    /// How a spaced row stands to the table's columns.
    enum Fit { case reads, skips, ends }
    /// Whether a spaced row is one of the table's (``Fit/reads``), one of its rows whose cells cannot be
    /// told apart (a cell of a column with a unit left empty, `河西乡        95`: ``Fit/skips``), or past it
    /// (``Fit/ends``: `联系电话  138…`). A row as long as the header reads; a shorter one reads where only
    /// cells after the last column with a unit are missing (an empty `备注`), or where it sums the table;
    /// a longer one where its extra cells hold no number.
    static func fit(_ s: [UInt32], _ cells: [Range<Int>], _ columns: [Column]) -> Fit {
        guard let first = columns.first, cells.count != first.cellCount else { return .reads }
        if cells.count > first.cellCount {
            return cells[first.cellCount...].contains { c in s[c].contains(where: NumberReader.isDigit) } ? .ends : .reads
        }
        if cells.count > columns.map(\.index).max()! || isSum(s, cells) { return .reads }
        let named = cells.count >= 2 && !s[cells[0]].contains(where: NumberReader.isDigit)
            && (1..<cells.count).allSatisfy { number(s, cells, index: $0) != nil }
        return named ? .skips : .ends
    }

    /// Whether a row sums the table (`合计 | 5000 |`), or is its whole place's (a cell of `全县` alone, ``wholePlaceRows``).
    /// (合  计, 全  镇, 合\t\t计: the word padded apart to its column's width is one too)
    static func isSum(_ s: [UInt32], _ cells: [Range<Int>]) -> Bool {
        cells.prefix(2).contains { c in
            guard !c.isEmpty else { return false }
            if sumRows.longest(in: s, at: c.lowerBound, limit: c.upperBound) != nil
                || wholePlaceRows.longest(in: s, at: c.lowerBound, limit: c.upperBound)?.length == c.count { return true }
            // (its two characters at the cell's ends, only gaps between: no copy of the cell)
            guard c.count > 2, s[(c.lowerBound + 1)..<(c.upperBound - 1)].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x3000 }) else { return false }
            let ends = [s[c.lowerBound], s[c.upperBound - 1]]
            return sumRows.longest(in: ends, at: 0, limit: 2) != nil || wholePlaceRows.longest(in: ends, at: 0, limit: 2) != nil
        }
    }
}
