/// A list of the report's own towns or villages, closed by their count: `和平、东风、红旗等4乡镇`,
/// `金井、海坛、君山和苏平4个片区`. Its items are names below the report's place, whatever county
/// shares a short name with one of them, so they are no evidence for a gazetteer place.
enum SubPlaceList {
    /// How far after a name the list's count may stand.
    static let reach = 40
    /// The longest item after the name's own characters (`红旗`, `石门村`), in characters.
    static let maxItem = 4

    /// Whether the name in `name` is an item of such a list within `line`.
    static func contains(_ s: [UInt32], name: Range<Int>, line: Range<Int>) -> Bool {
        var k = name.upperBound
        var listed = false
        let end = min(line.upperBound, name.upperBound + reach)
        // one static read each, not one a character (see `NumberReader.numeral`)
        let (separators, numerals) = (PlaceLexicon.listSeparators, NumberReader.numerals)
        var run = 0   // characters of the item since the last separator
        while k < end {
            let u = s[k]
            if separators.contains(u) { listed = true; run = 0; k += 1; continue }
            if NumberReader.isDigit(u) || numerals.contains(u) {
                var j = k
                while j < end, NumberReader.isDigit(s[j]) || numerals.contains(s[j]) { j += 1 }
                if j < end, s[j] == 0x4E2A { j += 1 }   // 个
                return listed && PlaceLexicon.subPlaceCounts.longest(in: s, at: j, limit: line.upperBound) != nil
            }
            // (an item is a name: 贵德县统筹团结村等8个村 is no list of 贵德县)
            guard NormalizedText.isHan(u), run < maxItem else { return false }
            run += 1
            k += 1
        }
        return false
    }
}
