import FupinCore

/// `latest`: of a group's figures, the one about the latest year; among those, the one from
/// the latest-published document, then the document with the greatest id (so the answer does
/// not depend on row order); within one document, the first mention.
///
/// `latest persons where region="个旧" and topic=贫困人口` gives the most recent count of poor
/// people reported for 个旧, with the report it comes from.
extension Evaluator {
    func latest(_ rows: [Int32]) -> Int32? {
        let c = table.columns
        var best: Int32?
        for r in rows {
            if let b = best, !Self.isLater(Int(r), than: Int(b), c) { continue }
            best = r
        }
        return best
    }

    /// Whether row `a`'s figure is later than row `b`'s (a fact without a year is the oldest,
    /// so is a document without a date).
    static func isLater(_ a: Int, than b: Int, _ c: FactColumns) -> Bool {
        if c.year[a] != c.year[b] { return c.year[a] > c.year[b] }
        let x = c.documents[Int(c.doc[a])], y = c.documents[Int(c.doc[b])]
        if x.date != y.date { return (x.date ?? "") > (y.date ?? "") }
        if x.id != y.id { return x.id > y.id }
        return c.ordinal[a] < c.ordinal[b]
    }
}
