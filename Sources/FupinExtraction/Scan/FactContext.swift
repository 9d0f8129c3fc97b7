import FupinCore

/// Kind and subject of a figure, read from the words around it.
enum FactContext {
    /// Rate beats target beats change beats part: `每年可以增加收入1580元` is a rate.
    static func kind(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, quotes: [Range<Int>]) -> (Kind, String?) {
        var found: [(Kind, String)] = []
        if let a = c.kindAfterUnit { found.append(a) }
        // cue words inside a quoted name do not count: “确保脱贫”行动, “雨露计划”
        func quoted(_ k: Int) -> Bool { quotes.contains { $0.contains(k) } }
        var k = clause.lowerBound
        while k < c.numberStart {
            if !quoted(k), let m = KindCues.beforeInClause.longest(in: s, at: k, limit: c.numberStart) { found.append(m.value); k += m.length; continue }
            k += 1
        }
        k = clause.lowerBound
        while k < clause.upperBound {
            if !quoted(k), let m = KindCues.futureMarkers.longest(in: s, at: k, limit: clause.upperBound) {
                let after = k + m.length
                if let v = KindCues.futureVerbs.longest(in: s, at: after, limit: clause.upperBound) {
                    // after the figure, the verb must close the clause: 905户…计划脱贫, not 计划实施方案
                    if k < c.numberStart || after + v.length >= clause.upperBound || !NormalizedText.isHan(s[after + v.length]) { found.append((.target, m.value)) }
                } else if after < clause.upperBound, NumberReader.isDigit(s[after]) {
                    found.append((.target, m.value))
                }
                k = after; continue
            }
            k += 1
        }
        // change: the verb right before the number, a filler character or two allowed
        var j = c.start
        var fillers = 0
        while j > clause.lowerBound, fillers <= 2 {
            if let m = KindCues.change.longestEnding(in: s, at: j, from: clause.lowerBound, maxLength: 3) {
                found.append((.change, m.value)); break
            }
            guard KindCues.changeFiller.contains(s[j - 1]) else { break }
            j -= 1; fillers += 1
        }
        // 其中,昭觉县完成3500户: 其中 standing alone as the clause before
        var b = clause.lowerBound - 1
        while b > 0, s[b] == 0x2C || s[b] == 0x3A || s[b] == 0x20 { b -= 1 }
        if b >= 1, s[b - 1] == 0x5176, s[b] == 0x4E2D { found.append((.part, "kind.part.其中")) }
        // a figure in parentheses is a subset of the one before: (个旧籍贫困人口73人)
        if isParenthesised(s, c.numberStart, clause: clause) { found.append((.part, "kind.part.parenthesis")) }
        for kind in [Kind.rate, .target, .change, .part] {
            if let f = found.first(where: { $0.0 == kind }) { return f }
        }
        return (.total, nil)
    }

    private static func isParenthesised(_ s: [UInt32], _ i: Int, clause: Range<Int>) -> Bool {
        var k = i - 1
        while k >= clause.lowerBound {
            if s[k] == 0x29 { return false }
            if s[k] == 0x28 { return k > clause.lowerBound }
            k -= 1
        }
        return false
    }

    /// Words trimmed from the ends of a subject (`其中中央资金` → `中央资金`, `全部脱贫` → `脱贫`).
    static let leadingNoise = ScalarTrie<Bool>(["其中", "全部", "共计", "累计", "共", "已", "都", "均", "的", "为", "是", "了", "和", "及",
        "达", "有", "各", "该", "余", "多", "人", "户"].map { ($0, true) })
    static let trailingNoise = ScalarTrie<Bool>(["达到", "累计", "共计", "共", "达", "为", "是", "有", "约", "近", "超过", "逾", "其中",
        "的", "了", "和", "及", "已", "均", "全部"].map { ($0, true) })

    /// What is counted, in two to eight characters: the noun after a classifier (`7个扶贫车间`),
    /// else the words before the number (`低保人口236人`), else the words after (`…全部脱贫`).
    static func subject(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>) -> String {
        func hanRun(_ from: Int, _ step: Int, _ bound: Int) -> [UInt32] {
            var out: [UInt32] = []
            out.reserveCapacity(8)
            var k = from
            while (step > 0 ? k < bound : k >= bound), out.count < 8 {
                let u = s[k]
                if NumberReader.isDigit(u) || u == 0x3001 {
                    // skip a chained figure: 5067户13533人全部脱贫
                    if step > 0 {
                        while k < bound, NumberReader.isDigit(s[k]) || s[k] == 0x3001 || s[k] == 0x2E { k += 1 }
                        if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: bound) { k += h.length }
                        if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: bound) { k += m.length }
                        if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: bound) { k += h.length }
                        if let unit = UnitLexicon.trie.longest(in: s, at: k, limit: bound) { k += unit.length }
                        if let h = HedgeLexicon.after.longest(in: s, at: k, limit: bound) { k += h.length }
                        continue
                    }
                    break
                }
                guard NormalizedText.isHan(u) else { break }
                out.append(u)
                k += step
            }
            if step < 0 { out.reverse() }
            return out
        }
        /// The run without noise words at its ends, as bounds (no copies).
        func trimmed(_ x: [UInt32]) -> ArraySlice<UInt32> {
            var lo = 0, hi = x.count
            while let m = leadingNoise.longest(in: x, at: lo, limit: hi) { lo += m.length }
            while hi > lo, let m = trailingNoise.longestEnding(in: x, at: hi, from: lo, maxLength: 2) { hi -= m.length }
            return x[lo..<hi]
        }
        let after = trimmed(hanRun(c.end, 1, clause.upperBound))
        let before = trimmed(hanRun(c.start - 1, -1, clause.lowerBound))
        let pick: ArraySlice<UInt32>
        if after.count >= 2 && (c.isClassifier || c.measure == .persons || c.measure == .households) { pick = after }
        else if before.count >= 2 { pick = before }
        else if after.count >= 2 { pick = after }
        else { pick = ArraySlice(Array(before) + Array(after)) }
        return NormalizedText.string(pick.prefix(8))
    }
}
