/// Facts as columns: what a query scans, and what the store's fact index holds.
///
/// A row is one fact; `doc[row]` and `ordinal[row]` say where the whole fact (its surface,
/// clause and sentence) lives: the `ordinal`-th fact of document `documents[doc[row]]`.
/// Text fields are indices into `strings`; region paths are indices into `paths`, each path
/// a list of indices into `strings`, widest first. Rows are grouped by document, documents
/// ordered by id.
public struct FactColumns: Sendable {
    /// A document as the index lists it.
    public struct DocumentInfo: Sendable, Equatable {
        public var id: String
        public var title: String?
        public var date: String?
        public var source: String?
        /// How many facts (rows) the document has.
        public var facts: Int
        /// Size and modification time (ns) of the document file when indexed: a file changed
        /// since is read again before its rows are trusted.
        public var fileSize: Int
        public var fileTime: Int

        public init(id: String, title: String? = nil, date: String? = nil, source: String? = nil,
                    facts: Int = 0, fileSize: Int = 0, fileTime: Int = 0) {
            self.id = id; self.title = title; self.date = date; self.source = source
            self.facts = facts; self.fileSize = fileSize; self.fileTime = fileTime
        }
    }

    public var documents: [DocumentInfo] = []
    public var strings: [String] = []
    public var paths: [[Int32]] = []

    public var doc: [Int32] = []
    public var ordinal: [Int32] = []
    public var measure: [Measure] = []
    public var kind: [Kind] = []
    public var value: [Double] = []
    public var approx: [Bool] = []
    /// 0 when the text gives no year.
    public var year: [Int32] = []
    public var path: [Int32] = []
    public var unit: [Int32] = []
    public var subject: [Int32] = []
    /// The policy area of each fact (``Topic/other`` in an index written before topics).
    public var topic: [Topic] = []
    /// The document (index into `strings`) that made the same claim first, or -1.
    public var repeatOf: [Int32] = []

    public init() {}

    public var count: Int { doc.count }

    /// The first row of each document (rows are grouped by document).
    public func firstRows() -> [Int] {
        var out = [Int](repeating: 0, count: documents.count + 1)
        for (i, d) in documents.enumerated() { out[i + 1] = out[i] + d.facts }
        return out
    }

    /// The place names of a path, widest first.
    public func levels(ofPath p: Int32) -> [String] { paths[Int(p)].map { strings[Int($0)] } }

    /// The columns without some documents' rows.
    public func without(documents dropped: Set<Int>) -> FactColumns {
        var builder = Builder()
        var remap = Builder.Remap(self)
        let first = firstRows()
        for k in documents.indices where !dropped.contains(k) { builder.copy(document: k, from: self, firstRow: first[k], remap: &remap) }
        return builder.build()
    }

    /// A fact rebuilt from the columns alone: no surface, clause or sentence.
    public func columnFact(_ row: Int) -> Fact {
        let levels = levels(ofPath: path[row])
        return Fact(doc: documents[Int(doc[row])].id, measure: measure[row], value: value[row], unit: strings[Int(unit[row])],
                    surface: "", approx: approx[row], kind: kind[row], region: levels.last, regionPath: RegionPath(levels),
                    year: year[row] == 0 ? nil : Int(year[row]), subject: strings[Int(subject[row])], topic: topic[row],
                    repeatOf: repeatOf[row] < 0 ? nil : strings[Int(repeatOf[row])])
    }
}
