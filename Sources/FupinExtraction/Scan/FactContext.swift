import FupinCore

/// Kind and subject of a figure, read from the words around it.
enum FactContext {
    /// Rate beats target beats change beats part: `每年可以增加收入1580元` is a rate.
    static func kind(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, quotes: [Range<Int>]) -> (Kind, String?) {
        var found = KindVotes()
        if let a = c.kindAfterUnit { found.add(a) }
        // cue words inside a quoted name do not count: “确保脱贫”行动, “雨露计划”
        func quoted(_ k: Int) -> Bool { quotes.contains { $0.contains(k) } }
        let (before, futureMarkers, futureVerbs) = (KindCues.beforeInClause, KindCues.futureMarkers, KindCues.futureVerbs)
        var k = clause.lowerBound
        while k < c.numberStart {
            if let m = before.longest(in: s, at: k, limit: c.numberStart), !quoted(k) { found.add(m.value); k += m.length; continue }
            k += 1
        }
        k = clause.lowerBound
        while k < clause.upperBound {
            if let m = futureMarkers.longest(in: s, at: k, limit: clause.upperBound), !quoted(k) {
                let after = k + m.length
                if let v = futureVerbs.longest(in: s, at: after, limit: clause.upperBound) {
                    // after the figure, the verb must close the clause: 905户…计划脱贫, not 计划实施方案
                    if k < c.numberStart || after + v.length >= clause.upperBound || !NormalizedText.isHan(s[after + v.length]) { found.add((.target, m.value)) }
                } else if after < clause.upperBound, NumberReader.isDigit(s[after]) {
                    found.add((.target, m.value))
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
                found.add((.change, m.value)); break
            }
            guard KindCues.changeFiller.contains(s[j - 1]) else { break }
            j -= 1; fillers += 1
        }
        // 其中,昭觉县完成3500户: 其中 standing alone as the clause before
        var b = clause.lowerBound - 1
        while b > 0, s[b] == 0x2C || s[b] == 0x3A || s[b] == 0x20 { b -= 1 }
        if b >= 1, s[b - 1] == 0x5176, s[b] == 0x4E2D { found.add((.part, "kind.part.其中")) }
        // a figure in parentheses is a subset of the one before: (个旧籍贫困人口73人)
        if isParenthesised(s, c.numberStart, clause: clause) { found.add((.part, "kind.part.parenthesis")) }
        return found.decision
    }

    /// The first cue seen for each kind; rate beats target beats change beats part.
    /// (Four slots rather than an array of every cue: this runs once per figure.)
    private struct KindVotes {
        var rate, target, change, part: String?
        mutating func add(_ cue: (Kind, String)) {
            switch cue.0 {
            case .rate: if rate == nil { rate = cue.1 }
            case .target: if target == nil { target = cue.1 }
            case .change: if change == nil { change = cue.1 }
            case .part: if part == nil { part = cue.1 }
            default: break
            }
        }
        var decision: (Kind, String?) {
            if let r = rate { return (.rate, r) }
            if let r = target { return (.target, r) }
            if let r = change { return (.change, r) }
            if let r = part { return (.part, r) }
            return (.total, nil)
        }
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
    static func subject(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, pool: StringPool) -> String {
        // Runs are bounds in `s` (no copies) unless a chained figure is skipped inside one.
        var a = c.start
        while a > clause.lowerBound, c.start - a < 8, NormalizedText.isHan(s[a - 1]) { a -= 1 }
        let before = trimmed(s, a..<c.start)
        let (afterText, afterRun) = hanRunAfter(s, from: c.end, to: clause.upperBound)
        let after = trimmed(afterText, afterRun)
        if after.count >= 2 && (c.isClassifier || c.measure == .persons || c.measure == .households) {
            return pool.string(afterText[after])
        }
        if before.count >= 2 { return pool.string(s[before]) }
        if after.count >= 2 { return pool.string(afterText[after]) }
        return NormalizedText.string((Array(s[before]) + Array(afterText[after])).prefix(8))
    }

    /// Up to eight Han scalars from `from`, skipping a chained figure (5067户13533人全部脱贫).
    private static func hanRunAfter(_ s: [UInt32], from: Int, to bound: Int) -> ([UInt32], Range<Int>) {
        var k = from
        while k < bound, k - from < 8, NormalizedText.isHan(s[k]) { k += 1 }
        guard k < bound, k - from < 8, NumberReader.isDigit(s[k]) || s[k] == 0x3001 else { return (s, from..<k) }
        var out = Array(s[from..<k])
        while k < bound, out.count < 8 {
            let u = s[k]
            if NumberReader.isDigit(u) || u == 0x3001 {
                while k < bound, NumberReader.isDigit(s[k]) || s[k] == 0x3001 || s[k] == 0x2E { k += 1 }
                if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: bound) { k += h.length }
                if let m = UnitLexicon.multipliers.longest(in: s, at: k, limit: bound) { k += m.length }
                if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: bound) { k += h.length }
                if let unit = UnitLexicon.trie.longest(in: s, at: k, limit: bound) { k += unit.length }
                if let h = HedgeLexicon.after.longest(in: s, at: k, limit: bound) { k += h.length }
                continue
            }
            guard NormalizedText.isHan(u) else { break }
            out.append(u)
            k += 1
        }
        return (out, 0..<out.count)
    }

    /// A run without noise words at its ends.
    private static func trimmed(_ x: [UInt32], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while let m = leadingNoise.longest(in: x, at: lo, limit: hi) { lo += m.length }
        while hi > lo, let m = trailingNoise.longestEnding(in: x, at: hi, from: lo, maxLength: 2) { hi -= m.length }
        return lo..<hi
    }
}
