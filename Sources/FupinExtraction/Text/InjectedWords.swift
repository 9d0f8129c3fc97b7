/// Words a spammed page injects all through its text, even inside numbers (`共资助学生7.67包養萬人`,
/// `2.6包養9萬人`, `2581包養網.58萬元`, `脫貧包養攻堅`): found where they split a decimal number and
/// stripped wherever they stand, so the numbers and words they split read whole again.
///
/// A word is injected when it is two to four Han characters standing between the digits of one
/// decimal number (joined without it, the digits on both sides make one number with one point)
/// and it recurs in the report (``minimumCount``): no report writes a word inside `2.69`.
/// The stripped characters keep their stored offsets out of the map, as a pinyin gloss does.
enum InjectedWords {
    /// How often a word found inside a number must stand in the report to be stripped.
    static let minimumCount = 3
    /// The longest injected word looked for.
    static let longest = 4

    /// The injected words of normalised scalars, longest first; empty for nearly every report.
    /// Only the decimal points are looked at, where normalising noted them (`points`): a word
    /// that splits a decimal stands right after the point's digits, `2.6|包養|9`, or right before
    /// the point, `2581|包養網|.58` (measured: a scan of every scalar cost 7.96 M instructions a
    /// pass over 400 reports, a scan for points 3.8 M).
    static func find(_ s: [UInt32], points: [Int32]) -> [[UInt32]] {
        var found: [[UInt32]] = []
        guard !points.isEmpty else { return found }
        s.withUnsafeBufferPointer { p in
            let n = p.count
            for point in points {
                let k = Int(point)
                guard k > 0, k + 1 < n else { continue }
                // after the point: its digits, then a word (2.6|包養|9)
                var a = k + 1
                while a < n, NumberReader.isDigit(p[a]) { a += 1 }
                if a > k + 1 { consider(p, s, from: a, &found) }
                // before the point: a word right before it, digits before the word (2581|包養網|.58)
                var b = k
                while b > 0, k - b < longest, NormalizedText.isHan(p[b - 1]) { b -= 1 }
                if b < k - 1, b > 0, NumberReader.isDigit(p[b - 1]) { consider(p, s, from: b, &found) }
            }
        }
        return found.sorted { $0.count > $1.count }
    }

    /// The Han word of two to ``longest`` characters starting at `i`, when it splits a decimal
    /// number and recurs: added to `found`.
    private static func consider(_ p: UnsafeBufferPointer<UInt32>, _ s: [UInt32], from i: Int, _ found: inout [[UInt32]]) {
        let n = p.count
        guard i < n, i > 0, NumberReader.isDigit(p[i - 1]), NormalizedText.isHan(p[i]) else { return }
        var j = i
        while j < n, j - i < longest, NormalizedText.isHan(p[j]) { j += 1 }
        guard j - i >= 2, j < n, NumberReader.isDigitOrPoint(p[j]), !startsNumberWord(s, at: i), splitsDecimal(p, word: i..<j) else { return }
        let w = Array(p[i..<j])
        if !found.contains(w), count(w, in: p) >= minimumCount { found.append(w) }
    }

    /// Whether a common unit, a numeral, a hedge or a range's word starts at `i` (`1.5万至2万`, `3.5元至4`,
    /// `2.5个百分点`): what a report writes between numbers.
    private static func startsNumberWord(_ s: [UInt32], at i: Int) -> Bool {
        numberWordStarts.contains(s[i]) || NumberReader.chineseDigits[s[i]] != nil || NumberReader.chineseUnits[s[i]] != nil
            || UnitLexicon.multipliers.longest(in: s, at: i, limit: s.count) != nil
    }
    /// Range words, hedges, time words and the common units that may stand between two numbers
    /// (not every unit: 包 and 袋 are units, and spam's first characters too).
    static let numberWordStarts = ScalarSet("至到或和与及比多余近约年月日号时分秒元个户人亩吨米斤倍次名家项座处所间套")

    /// Whether the digits and points right before and after `word` make one decimal number
    /// (`2.6|9`, `2581|.58`): digits on both sides, exactly one point among them.
    private static func splitsDecimal(_ p: UnsafeBufferPointer<UInt32>, word: Range<Int>) -> Bool {
        var points = 0, a = word.lowerBound, b = word.upperBound
        while a > 0, NumberReader.isDigitOrPoint(p[a - 1]) { if p[a - 1] == NumberReader.point { points += 1 }; a -= 1 }
        while b < p.count, NumberReader.isDigitOrPoint(p[b]) { if p[b] == NumberReader.point { points += 1 }; b += 1 }
        let left = p[a..<word.lowerBound], right = p[word.upperBound..<b]
        return points == 1 && left.contains(where: NumberReader.isDigit) && right.contains(where: NumberReader.isDigit)
            && left.first != NumberReader.point && right.last != NumberReader.point
    }

    private static func count(_ w: [UInt32], in p: UnsafeBufferPointer<UInt32>) -> Int {
        var c = 0, k = 0
        while k + w.count <= p.count {
            if p[k] == w[0], p[k..<(k + w.count)].elementsEqual(w) { c += 1; k += w.count } else { k += 1 }
        }
        return c
    }

    /// Where every occurrence of `words` (longest first) stands, in order, apart: what is taken out
    /// (``NormalizedText/removing(_:scalars:origin:)``).
    static func occurrences(_ words: [[UInt32]], in scalars: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = 0
        outer: while k < scalars.count {
            for w in words where k + w.count <= scalars.count && scalars[k] == w[0] && scalars[k..<(k + w.count)].elementsEqual(w) {
                out.append(k..<(k + w.count))
                k += w.count
                continue outer
            }
            k += 1
        }
        return out
    }
}
