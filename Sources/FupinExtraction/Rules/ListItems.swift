/// How many items a list beside a count has (``Trap/listCount``): `工厂式、居家式、…、乡村旅游式5种`,
/// `3个千亿级产业,分别是…、…、…`. Items are joined by `、`, the last maybe by `和`; a list
/// without a `、` is none.
enum ListItems {
    /// The items of a list that ends right before `end` (past `等`, `这`, `共`), back to its
    /// clause's start.
    static func before(_ s: [UInt32], end: Int, from start: Int) -> Int? {
        var k = end
        while k > start, TrapLexicon.listCountJoins.contains(s[k - 1]) { k -= 1 }
        guard k > start, NormalizedText.isHan(s[k - 1]) || NumberReader.isDigit(s[k - 1]) || s[k - 1] == TrapLexicon.closeQuote else { return nil }
        return count(s, from: k - 1, step: -1, bound: start)
    }

    /// The items of a list right after a count's noun, opened by `分别是`, `包括` or `:`.
    static func after(_ s: [UInt32], unitEnd: Int, limit: Int) -> Int? {
        var k = unitEnd
        // past the counted noun, to the clause mark or the opener
        while k < limit, k - unitEnd < TrapLexicon.categoryNounReach, NormalizedText.isHan(s[k]),
              TrapLexicon.countedListOpeners.longest(in: s, at: k, limit: limit) == nil { k += 1 }
        if k < limit, Outline.isClauseBreak(s[k]) { k += 1 }
        guard let o = TrapLexicon.countedListOpeners.longest(in: s, at: k, limit: limit) else {
            // 3个产业:果业、畜牧业、设施农业
            guard k > unitEnd, s[k - 1] == colon else { return nil }
            return count(s, from: k, step: 1, bound: limit)
        }
        k += o.length
        if k < limit, Outline.isClauseBreak(s[k]) { k += 1 }
        return count(s, from: k, step: 1, bound: limit)
    }

    static let colon: UInt32 = 0x3A

    /// Counts `、` (and one last `和`) from `from` in direction `step` up to a clause or sentence
    /// mark outside quotes.
    private static func count(_ s: [UInt32], from: Int, step: Int, bound: Int) -> Int? {
        var k = from, seps = 0, lastJoin = false, inQuote = false
        while step < 0 ? k >= bound : k < bound {
            let u = s[k]
            if u == TrapLexicon.openQuote || u == TrapLexicon.closeQuote { inQuote.toggle() }
            else if u == NumberReader.listComma { seps += 1; if step > 0 { lastJoin = false } }   // (read forward, only a 和 after the last 、)
            else if !inQuote, Outline.isClauseBreak(u) || Outline.sentenceEnds.contains(u) { break }
            else if TrapLexicon.listLastJoins.contains(u), seps == 0 || step > 0 { lastJoin = true }
            k += step
        }
        guard seps >= 1 else { return nil }
        return seps + 1 + (lastJoin ? 1 : 0)
    }
}

/// The items of an enumerated list: lines or `;`-parts opened by `一是`, `1、`, `2.`, `(一)`, `①`
/// (a fund notice's `一是用于…150万元;`).
enum EnumeratedItems {
    /// Where the part of the line holding `i` starts: the line's start, or past the last `;`,
    /// `:` or `。` before `i` (spaces skipped).
    /// An item's figure stands within ``reach`` of its enumerator: farther back, no part starts
    /// (and a long line is not read back from each of its figures).
    static func segmentStart(_ s: [UInt32], before i: Int, line: Range<Int>) -> Int? {
        var k = i
        let floor = max(line.lowerBound, i - reach)
        while k > floor, !segmentEnds.contains(s[k - 1]) { k -= 1 }
        guard k == line.lowerBound || segmentEnds.contains(s[k - 1]) else { return nil }
        while k < i, s[k] == 0x20 { k += 1 }
        return k
    }
    static let reach = 160

    /// Whether any part of a line opens an item (`1、…`, `…。一是…`, `建设内容:①…`), spaces skipped.
    /// (From part start to part start through the marks' bitmap: a scalar-by-scalar test of each
    /// cost 7 M instructions a pass over 400 reports.)
    static func holdsItem(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        var k = line.lowerBound
        while k < line.upperBound {
            var j = k
            while j < line.upperBound, s[j] == 0x20 { j += 1 }
            if opens(s, at: j, limit: line.upperBound) { return true }
            k = segmentEnds.firstMember(in: s, from: k, to: line.upperBound) + 1
        }
        return false
    }
    static let segmentEnds = ScalarSet(";:。")

    /// Whether an enumerator opens `s` at `k`: `一是`, `1、`, `1.` (not `1.5`), `(1)`, `(一)`, `①`.
    static func opens(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        guard k < limit else { return false }
        let u = s[k]
        if u >= 0x2460 && u <= 0x2473 { return true }                                   // ①…⑳
        var j = k
        let bracketed = u == 0x28
        if bracketed { j += 1 }
        let digitsStart = j
        while j < limit, j - digitsStart < 3, NumberReader.isDigit(s[j]) || NumberReader.chineseDigits[s[j]] != nil || s[j] == 0x5341 { j += 1 }   // 十
        guard j > digitsStart, j < limit, j - digitsStart <= 2 || NumberReader.isDigit(s[digitsStart]) else { return false }
        if bracketed { return s[j] == 0x29 }
        switch s[j] {
        case 0x3001: return true                                                          // 、
        case 0x662F: return NumberReader.chineseDigits[s[digitsStart]] != nil || s[digitsStart] == 0x5341   // 一是
        case NumberReader.point: return NumberReader.isDigit(s[digitsStart]) && !(j + 1 < limit && NumberReader.isDigit(s[j + 1]))   // 1. (not 1.5)
        default: return false
        }
    }
}
