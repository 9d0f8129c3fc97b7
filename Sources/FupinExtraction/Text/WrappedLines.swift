/// Line breaks a page's layout put inside a sentence, taken out again: text saved from a PDF
/// breaks its lines where the column ends, even between a number and its unit
/// (`全县共投入扶贫资金4120⏎万元`) or between a verb and its figure (`完成易地扶贫搬迁⏎3200人`),
/// and sets a page's number between two halves of a sentence (`…贫困户1200⏎— 3 —⏎户`).
///
/// A break is a wrap when the line before it ends inside a sentence (no sentence's end, colon or
/// semicolon, closing quote), neither line is a table's row (cells apart by tabs or two spaces),
/// and the next line opens no item (`一、`, `(二)`, `3.`, `●`); the title's line is never one.
/// Such a break is taken out
///   - when a number closes the line and a unit of the measure table opens the next (`4120⏎万元`):
///     wherever it stands, since no heading or row ends that way;
///   - in a page whose lines are wrapped at one width (``commonWidth(_:)``), after a full line
///     (a web page's paragraphs are lines of their own, of any length; its headings short).
/// A line holding only a page's number between the halves (`— 3 —`, `-3-`, `第3页`) goes with the break.
enum WrappedLines {
    /// How many scalars a line ending inside a sentence must have to count as wrapped (a heading is shorter).
    static let longLine = 15
    /// How many long lines of one width make a page's lines wrapped.
    static let minimumWrapped = 4

    /// The ranges of scalars to take out (each a line feed, with a page number's line and the
    /// feeds around it where one stands between), in order; empty for nearly every report.
    static func find(_ s: [UInt32], feeds: [Int32], width: (Int) -> Int) -> [Range<Int>] {
        guard !feeds.isEmpty else { return [] }
        let lines = Outline.lineRanges(between: feeds, count: s.count).map { Outline.trim(s, $0) }
        // candidate wraps: where, whether a unit opens the next line, the line
        var breaks: [(at: Range<Int>, unit: Bool, line: Range<Int>)] = []
        // (the title's line is never wrapped: the first with words, blank lines before it or not)
        var i = (lines.firstIndex { !$0.isEmpty } ?? 0) + 1
        while i + 1 < lines.count {
            let r = lines[i]
            // (一、坚持精准施策推动产业扶贫提质增效: a heading an item's mark opens, no comma in it, ends its line)
            guard r.count >= 2, !endsSentence(s, r), !isRow(s, r),
                  !(opensItem(s, r) && !s[r].contains(where: { $0 == 0x2C || $0 == NumberReader.listComma })) else { i += 1; continue }
            // the next line with words, past a page's number standing alone (and only then past blank lines)
            var j = i + 1
            var k = j
            // (not a number whose unit opens the line after it: `…的资金⏎600⏎万元`)
            while k < lines.count, lines[k].isEmpty || isPageNumber(s, lines[k])
                    && !(lines[k].allSatisfy { NumberReader.isDigit(s[$0]) } && k + 1 < lines.count && !lines[k + 1].isEmpty
                         && opensWithUnit(s, lines[k + 1], at: lines[k + 1].lowerBound)) { k += 1 }
            if k < lines.count, k > j, (j..<k).contains(where: { !lines[$0].isEmpty }) { j = k }
            guard j < lines.count, !lines[j].isEmpty, !opensItem(s, lines[j]), !isRow(s, lines[j]) else { i += 1; continue }
            // a number split from its unit (`…资金4120⏎万元`, `3.92亿⏎元`; a number alone on a line
            // after a wrapped one, `…资金⏎600⏎万元`), or a long line's words from their figure (`…贫困村⏎40个以上`)
            let previousWraps = breaks.last?.at.upperBound == r.lowerBound
            // (a long line's: 贫困发生率降至0.8⏎人均纯收入…, 决战决胜2020⏎人人争当… are lines of their own)
            // (or a line that is its unit alone, whatever the line before: 全县共落实资金3.92亿⏎元。)
            // (nor a ledger's next row, its label's amount after its colon: `光伏电站维护：12,000.00⏎项目预算：120`)
            let unit = closesWithNumber(s, r) && (r.count >= longLine || previousWraps || unitAlone(s, lines[j])) && opensWithUnit(s, lines[j], at: lines[j].lowerBound)
                    && TableCells.labelledAmount(s, lines[j]) == nil
                || r.count >= longLine && NormalizedText.isHan(s[r.upperBound - 1]) && opensWithFigure(s, lines[j])
            // (a number alone on its line is the wrapped line's too)
            if unit, r.count < 6, previousWraps { breaks[breaks.count - 1].unit = true }
            if unit || r.count >= longLine && mostlyHan(s, r) { breaks.append((r.upperBound..<lines[j].lowerBound, unit, r)) }
            i = j
        }
        // the widths only where enough long lines end inside a sentence (nearly no web page)
        let long = breaks.filter { $0.line.count >= longLine }
        // (nor where most of those close with their figure: a list, one figure a line, …资金投入1200万元⏎…)
        guard long.count >= minimumWrapped, long.count(where: { closesWithFigure(s, $0.line) }) * 2 < long.count else {
            return breaks.filter(\.unit).map(\.at)
        }
        func columns(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + width($1) } }
        // (the widths of the long lines that end inside a sentence: a page's wrapped lines share one, a web
        // page's headings and rows have many)
        let common = commonWidth(long.map { columns($0.line) })
        // (and that width is the page's longest: a web page's paragraphs, a line each, run past its headings' width)
        let longer = common == 0 ? 0 : lines.count(where: { $0.count >= longLine && columns($0) > common + sameWidth })
        guard common > 0, longer * longerShare <= lines.count(where: { $0.count >= longLine }) else { return breaks.filter(\.unit).map(\.at) }
        let full = common * fullShare / 100
        return breaks.filter { $0.unit || $0.line.count >= longLine && columns($0.line) >= full }.map(\.at)
    }

    /// The width a page's lines are wrapped at, in columns (a Han character two, ASCII one), from the
    /// widths of its long lines that end inside a sentence; 0 when they are not wrapped. They are when at
    /// least ``minimumWrapped`` of those have about one width (within ``sameWidth`` columns) and they are at
    /// least half of them. Every such line at least ``fullShare`` of that width is full (a line of a PDF
    /// holds a few columns less where punctuation moved to the next).
    /// (the widths sorted and counted in a window that slides: a count over all widths for each was
    /// quadratic, 11 s on a text of 60,000 lines)
    static func commonWidth(_ widths: [Int]) -> Int {
        guard widths.count >= minimumWrapped else { return 0 }
        let sorted = widths.sorted()
        var best = 0, bestCount = 0, low = 0, high = 0
        for w in sorted {
            while sorted[low] < w - sameWidth { low += 1 }
            while high < sorted.count, sorted[high] <= w + sameWidth { high += 1 }
            if high - low >= bestCount { (best, bestCount) = (w, high - low) }
        }
        guard bestCount >= minimumWrapped, bestCount * 2 >= widths.count else { return 0 }
        return best
    }
    static let sameWidth = 4
    static let fullShare = 85
    /// At most one long line in this many may run past the width a page is wrapped at (its title, a row).
    static let longerShare = 4

    /// What closes a line at a sentence's end or before a list: a break after it is the author's.
    static let lineClosers = ScalarSet("。!?…;:”’」』")
    /// Whether the line ends a sentence, with a few Latin letters a page's extraction left after it (`…提出意见。jgo`).
    static func endsSentence(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var e = r.upperBound - 1
        while e > r.lowerBound, r.upperBound - e <= trailingLetters, isLetter(s[e]) { e -= 1 }
        return lineClosers.contains(s[e])
    }
    static let trailingLetters = 4
    static func isLetter(_ u: UInt32) -> Bool { (u | 0x20) &- 0x61 < 26 }

    /// Whether cells apart by a tab, a bar or two spaces make the line a table's row.
    /// (not ``TableCells/isSpaced(_:_:)``, where one ideographic space parts cells: a paragraph's `　　` indent)
    static func isRow(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if s[k] == 0x09 || s[k] == TableCells.bar || s[k] == 0x20 && k + 1 < r.upperBound && s[k + 1] == 0x20 { return true }
            k += 1
        }
        return false
    }

    /// Whether the line opens an item or a heading: a section's mark (`一、`, `(二)`), an item's number
    /// (`3.`, `3、`), `(1)`, `1)`, a bullet, `——`.
    static func opensItem(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        let a = r.lowerBound
        if itemMarks.contains(s[a]) || DocumentScan.opensSection(s, r) || Outline.numberedItem(s, r) { return true }
        guard a + 1 < r.upperBound else { return false }
        if s[a] == 0x28, NumberReader.isDigit(s[a + 1]) { return true }   // (1)
        return NumberReader.isDigit(s[a]) && s[a + 1] == 0x29              // 1)
    }
    /// (a year after them still opens its sentence: ——2016年扶贫成效明显。, ``TimeExpression``)
    static let itemMarks = ScalarSet("●•■□◆◇★☆▲△※○◎—–-*>▶►➤")

    /// Whether the line is a page's number alone: `— 3 —`, `-3-`, `3`, `第3页`, `第 3 页 共 12 页`.
    static func isPageNumber(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 12 else { return false }
        var digits = 0
        for k in r {
            let u = s[k]
            if NumberReader.isDigit(u) { digits += 1 } else if !pageNumberMarks.contains(u) { return false }
        }
        return digits > 0 && digits <= 4
    }
    static let pageNumberMarks = ScalarSet("—-–_ 第页共/")

    /// Whether a unit of the measure table stands at `k`, after a multiplier if one stands (`万元`, `人`, `%`).
    static func opensWithUnit(_ s: [UInt32], _ r: Range<Int>, at k: Int) -> Bool { unitEnd(s, r, at: k) != nil }

    /// Where a unit of the measure table starting at `k` ends, a multiplier before it or not (`万元`, `亿元`, `户`);
    /// nil where none starts there.
    static func unitEnd(_ s: [UInt32], _ r: Range<Int>, at k: Int) -> Int? {
        var k = k
        if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: r.upperBound) { k += m.length }
        // (本 before a word opens 本季度, 本月, 本年 on a ledger's next line: `上年结转:1,206,348.27⏎本季度收入`, no book
        // counted; `手册12000⏎本,` is one)
        guard k < r.upperBound, let u = UnitLexicon.trie.longest(in: s, at: k, limit: r.upperBound), u.value.measure != nil,
              !(u.value.tag == .book && k + u.length < r.upperBound && NormalizedText.isHan(s[k + u.length])) else { return nil }
        return k + u.length
    }

    /// Whether a unit (a multiplier before it or not) is all the line holds but a closing mark (`元。`, `万元,`).
    static func unitAlone(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard let k = unitEnd(s, r, at: r.lowerBound) else { return false }
        return k == r.upperBound || k + 1 == r.upperBound && (Outline.isClauseBreak(s[k]) || Outline.sentenceEnds.contains(s[k]))
    }

    /// Whether digits and their unit open the line (`40个以上`, `1.8万人`; not `2018年`).
    static func opensWithFigure(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, NumberReader.isDigitOrPoint(s[k]) { k += 1 }
        return k > r.lowerBound && NumberReader.isDigit(s[r.lowerBound]) && k < r.upperBound && opensWithUnit(s, r, at: k)
    }

    /// Whether the line closes with a figure: digits and a unit of the measure table (`…投入1200万元`, `…脱贫320户`).
    static func closesWithFigure(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.upperBound - 1
        while k > r.lowerBound, r.upperBound - k <= unitLength, !NumberReader.isDigit(s[k]) { k -= 1 }
        guard NumberReader.isDigit(s[k]), k + 1 < r.upperBound else { return false }
        return unitEnd(s, r, at: k + 1) == r.upperBound
    }
    static let unitLength = 4

    /// Whether the line closes with a number, a multiplier after it or not (`4120`, `3.92亿`, `1.5万`).
    /// (not a date's or a time's last part, `发布时间：2020-12-20⏎县财政安排…`: the page's furniture, its next line the body's
    /// first; a 县 opening it is no unit)
    static func closesWithNumber(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var e = r.upperBound - 1
        if e > r.lowerBound, UnitLexicon.multipliers.longest(in: s, at: e, limit: r.upperBound) != nil { e -= 1 }
        guard NumberReader.isDigit(s[e]) else { return false }
        var k = e
        while k > r.lowerBound, NumberReader.isDigit(s[k - 1]) { k -= 1 }
        return !(k - 1 > r.lowerBound && dateJoins.contains(s[k - 1]) && NumberReader.isDigit(s[k - 2]))
    }
    /// What joins a date's or a time's parts (`2020-12-20`, `2020/12/20`, `09:20`).
    static let dateJoins = ScalarSet(values: [0x2D, 0x2F, 0x3A])

    /// Whether Han characters are at least half the line: prose, no forum's header (`4# | 老王 | 2021-3-8 20:47`).
    static func mostlyHan(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.count(where: { NormalizedText.isHan(s[$0]) }) * 2 >= r.count
    }
}
