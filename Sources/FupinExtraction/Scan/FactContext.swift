import FupinCore

/// Kind and subject of a figure, read from the words around it.
enum FactContext {
    /// Rate beats target beats change beats part: `每年可以增加收入1580元` is a rate.
    static func kind(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, quotes: [Range<Int>]) -> (Kind, String?) {
        var found: [(Kind, String)] = []
        if let a = c.kindAfterUnit { found.append(a) }
        var k = clause.lowerBound
        while k < c.numberStart {
            if let m = KindCues.beforeInClause.longest(in: s, at: k, limit: c.numberStart) { found.append(m.value); k += m.length; continue }
            k += 1
        }
        k = clause.lowerBound
        while k < clause.upperBound {
            if let m = KindCues.futureMarkers.longest(in: s, at: k, limit: clause.upperBound) {
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

    static let leadingNoise: Set<UInt32> = Set("的为是了共计达有全部都均已其中和及、,".unicodeScalars.map(\.value))
    static let trailingNoise: Set<UInt32> = Set("的为是了共计达有达到累计约近超过逾其中和及、,:新增".unicodeScalars.map(\.value))

    /// What is counted, in two to eight characters: the noun after a classifier (`7个扶贫车间`),
    /// else the words before the number (`低保人口236人`), else the words after (`…全部脱贫`).
    static func subject(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>) -> String {
        func hanRun(_ from: Int, _ step: Int, _ bound: Int) -> [UInt32] {
            var out: [UInt32] = []
            var k = from
            while (step > 0 ? k < bound : k >= bound), out.count < 8 {
                let u = s[k]
                if NumberReader.isDigit(u) || u == 0x3001 {
                    // skip a chained figure: 5067户13533人全部脱贫
                    if step > 0 {
                        while k < bound, NumberReader.isDigit(s[k]) || s[k] == 0x3001 || s[k] == 0x2E { k += 1 }
                        if let unit = UnitLexicon.trie.longest(in: s, at: k, limit: bound) { k += unit.length }
                        continue
                    }
                    break
                }
                guard NormalizedText.isHan(u) else { break }
                out.append(u)
                k += step
            }
            return step > 0 ? out : out.reversed()
        }
        func trimmed(_ a: [UInt32]) -> [UInt32] {
            var x = a[...]
            while let f = x.first, leadingNoise.contains(f) { x = x.dropFirst() }
            while let l = x.last, trailingNoise.contains(l) { x = x.dropLast() }
            return Array(x)
        }
        let after = trimmed(hanRun(c.end, 1, clause.upperBound))
        let before = trimmed(hanRun(c.start - 1, -1, clause.lowerBound))
        let pick: [UInt32]
        if after.count >= 2 && (c.isClassifier || c.measure == .persons || c.measure == .households) { pick = after }
        else if before.count >= 2 { pick = before }
        else if after.count >= 2 { pick = after }
        else { pick = before + after }
        return NormalizedText.string(pick.prefix(8))
    }
}
