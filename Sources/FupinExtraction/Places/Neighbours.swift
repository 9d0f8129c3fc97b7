/// Places named to locate another (`东邻西和县`, `位于海丰县和惠来县之间`, `与岷县接壤`): the
/// place described is what the sentence speaks of, its neighbours are not, neither as the
/// report's place nor as the place of the figures after them.
enum Neighbours {
    /// Words that open a clause of neighbours: every place after one in its clause is one.
    static let leads = ScalarTrie<Bool>(["东邻", "西邻", "南邻", "北邻", "东临", "西临", "南临", "北临", "东接", "西接", "南接", "北接",
        "东连", "西连", "南连", "北连", "东靠", "西靠", "南靠", "北靠", "东与", "西与", "南与", "北与", "东依", "北依",
        "毗邻", "紧邻", "东毗", "西毗", "南毗", "北毗", "东界", "西界", "南界", "北界", "东抵", "西抵", "南抵", "北抵",
        "东至", "西至", "南至", "北至", "距", "距离"].map { ($0, true) })
    /// Words of a neighbour before a place inside a clause (`村民常去相邻的鸭溪镇赶集`): a neighbour where a verb stands before
    /// them; opening their clause they name its subject (`隔壁的顾家台村则做起了乡村旅游`).
    static let attributiveLeads = ScalarTrie<Bool>(["相邻的", "邻近的", "毗邻的", "隔壁的"].map { ($0, true) })
    /// Words that close a clause of neighbours (`…之间`, `…接壤`): the places after a word of
    /// relation (`位于`, `与`) and before one of these are neighbours.
    static let ends = ScalarTrie<Bool>(["之间", "接壤", "交界", "毗邻", "相邻", "相连", "相望", "为邻", "交汇"].map { ($0, true) })
    /// Words of relation before a neighbour that a closing word (``ends``) follows.
    /// (the words locating a place, ``PlaceLexicon/locatingWords``, and those joining two)
    static let relations = ScalarTrie<Bool>((PlaceLexicon.locatingWordRows + ["介于", "与", "同"]).map { ($0, true) })

    /// A line's clauses, each read once for all the places named in it: every place scanning its
    /// clause again took a line of 200,000 characters with no clause's break 7.1 s (half of it in
    /// those scans). The places come in the line's order, so the clause last read is kept and a place
    /// inside it asks nothing more; no table of every clause (one kept for every line cost 1.3 % of a
    /// pass over 400 reports).
    struct LineClauses {
        private let s: [UInt32]
        private let line: Range<Int>
        private var last: (clause: Range<Int>, marks: Marks)?
        private var lastMarket: (clause: Range<Int>, end: Int)?

        /// What a clause holds, as positions: a key fits before a place where it ends by the place's start.
        private struct Marks {
            /// (relations read only where a closing word stands after the place: most clauses have none)
            var leadEnd = Int.max, relationEnd: Int? = nil
            /// An attributive lead opening the clause (its subject's) and the earliest one after.
            var attributiveAtStartEnd = Int.max, attributiveAfterEnd = Int.max
            /// The last start of a closing word (`之间`, `接壤`).
            var endStart = Int.min
        }

        init(_ s: [UInt32], _ line: Range<Int>) { self.s = s; self.line = line }

        /// The clause holding `name`: from past the last break before it to the first break after it; for markets the list
        /// comma joins (`销往果洛全州和西宁、海东等地`).
        private func clause(_ name: Range<Int>, market: Bool) -> Range<Int> {
            let (marks, ends) = (Outline.clauseMarks, Outline.sentenceEnds)   // one static read each
            let comma = market ? NumberReader.listComma : 0   // (0 stands in no text: every mark breaks)
            var a = name.lowerBound, b = name.upperBound
            while a > line.lowerBound, case let u = s[a - 1], !(marks.contains(u) && u != comma || ends.contains(u)) { a -= 1 }
            while b < line.upperBound, case let u = s[b], !(marks.contains(u) && u != comma || ends.contains(u)) { b += 1 }
            return a..<b
        }

        /// Whether the place at `name` is named as a neighbour of another.
        mutating func isNeighbour(_ name: Range<Int>) -> Bool {
            var m: Marks, c: Range<Int>
            if let l = last, l.clause.contains(name.lowerBound), name.upperBound <= l.clause.upperBound { (c, m) = (l.clause, l.marks) } else {
                c = clause(name, market: false)
                m = read(c)
                last = (c, m)
            }
            let x = name.lowerBound
            if m.leadEnd <= x { return true }
            if m.attributiveAtStartEnd > x, m.attributiveAfterEnd <= x { return true }
            guard m.endStart >= name.upperBound else { return false }
            if m.relationEnd == nil { m.relationEnd = Self.earliestEnd(relations, s, c); last = (c, m) }
            return m.relationEnd! <= x
        }

        /// Whether the place at `name` is a market goods are sold to (``PlaceLexicon/marketVerbs`` earlier
        /// in its clause: `销往果洛全州和西宁等地`).
        mutating func isMarket(_ name: Range<Int>) -> Bool {
            let end: Int
            if let l = lastMarket, l.clause.contains(name.lowerBound), name.upperBound <= l.clause.upperBound { end = l.end } else {
                let c = clause(name, market: true)
                end = Self.earliestEnd(PlaceLexicon.marketVerbs, s, c)
                lastMarket = (c, end)
            }
            return end <= name.lowerBound
        }

        private func read(_ c: Range<Int>) -> Marks {
            var m = Marks()
            m.leadEnd = Self.earliestEnd(leads, s, c)
            if let n = attributiveLeads.shortestLength(in: s, at: c.lowerBound, limit: c.upperBound) { m.attributiveAtStartEnd = c.lowerBound + n }
            if c.count > 1 { m.attributiveAfterEnd = Self.earliestEnd(attributiveLeads, s, c.lowerBound + 1..<c.upperBound) }
            if let (first, _) = ends.firstMatch(in: s, c) {
                for k in first..<c.upperBound where ends.shortestLength(in: s, at: k, limit: c.upperBound) != nil { m.endStart = k }
            }
            return m
        }

        /// Where the first key of `trie` in `c` that ends first ends, `Int.max` for none.
        /// (most clauses hold none: the trie's bitmap scan answers that before any walk)
        private static func earliestEnd(_ trie: ScalarTrie<Bool>, _ s: [UInt32], _ c: Range<Int>) -> Int {
            guard let (first, _) = trie.firstMatch(in: s, c) else { return Int.max }
            var best = Int.max
            for k in first..<c.upperBound {
                if k >= best { break }
                if let n = trie.shortestLength(in: s, at: k, limit: c.upperBound) { best = min(best, k + n) }
            }
            return best
        }
    }
}
