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

    /// Whether the place at `name` is a market goods are sold to (``PlaceLexicon/marketVerbs`` earlier
    /// in its clause: `销往果洛全州和西宁等地`), inside `line`.
    static func isMarket(_ s: [UInt32], name: Range<Int>, line: Range<Int>) -> Bool {
        var a = name.lowerBound
        while a > line.lowerBound, !Outline.isClauseBreak(s[a - 1]) || s[a - 1] == NumberReader.listComma, !Outline.sentenceEnds.contains(s[a - 1]) { a -= 1 }
        return PlaceLexicon.marketVerbs.firstMatch(in: s, a..<name.lowerBound) != nil
    }

    /// Whether the place at `name` is named as a neighbour of another, inside `line`.
    static func contains(_ s: [UInt32], name: Range<Int>, line: Range<Int>) -> Bool {
        var a = name.lowerBound
        while a > line.lowerBound, !Outline.isClauseBreak(s[a - 1]), !Outline.sentenceEnds.contains(s[a - 1]) { a -= 1 }
        if leads.firstMatch(in: s, a..<name.lowerBound) != nil { return true }
        if let (k, _) = attributiveLeads.firstMatch(in: s, a..<name.lowerBound), k > a { return true }
        var b = name.upperBound
        while b < line.upperBound, !Outline.isClauseBreak(s[b]), !Outline.sentenceEnds.contains(s[b]) { b += 1 }
        return ends.firstMatch(in: s, name.upperBound..<b) != nil && relations.firstMatch(in: s, a..<name.lowerBound) != nil
    }
}
