import Foundation
import FupinCore

/// What a query runs over: facts as columns (``FactColumns``), with a way to get each whole
/// fact (surface, clause, sentence) back when an answer shows it.
public struct FactTable: Sendable {
    /// What a document says about itself, for `source=`, `date=` and `title=` (the index keeps it as
    /// ``FactColumns/DocumentInfo``).
    public struct DocumentDetails: Sendable {
        public var title: String?
        public var date: String?
        public var source: String?
        public init(title: String? = nil, date: String? = nil, source: String? = nil) {
            self.title = title; self.date = date; self.source = source
        }
    }

    public let columns: FactColumns
    /// Whole facts: held in memory, or read from their documents on demand.
    let whole: WholeFacts
    /// Place names known to the table (for completion and `.regions`), most frequent first.
    public let regions: [String]
    /// Each path's most specific place (index into `columns.strings`), or -1.
    let pathLeaf: [Int32]
    /// Rows of each measure, in row order: `sum persons` scans persons only.
    let rowsByMeasure: [[Int32]]   // by Measure.ordinal
    /// The strings used as place names, units and subjects (conditions test only these).
    let placeIDs: [Int32], unitIDs: [Int32], subjectIDs: [Int32]
    /// How many facts each topic has (by ``Topic/ordinal``).
    let topicCounts: [Int]

    /// A table over facts in memory (tests, the library example). Documents are ordered by
    /// id; claims that several documents repeat are linked (`repeatOf`).
    public init(facts: [Fact], documents: [String: DocumentDetails]) {
        var byDoc: [String: [Fact]] = [:]
        var order: [String] = []
        for f in facts {
            if byDoc[f.doc] == nil { order.append(f.doc) }
            byDoc[f.doc, default: []].append(f)
        }
        var builder = FactColumns.Builder()
        var inOrder: [Fact] = []
        for id in order.sorted() {
            let info = documents[id]
            builder.add(FactColumns.DocumentInfo(id: id, title: info?.title, date: info?.date, source: info?.source), facts: byDoc[id]!)
            inOrder += byDoc[id]!
        }
        self.init(columns: builder.build(), whole: .memory(inOrder))
    }

    /// A table over a store's columns; `documentFacts` reads one document's facts (nil when
    /// the file cannot be read).
    public init(columns: FactColumns, documentFacts: @escaping @Sendable (String) -> [Fact]?) {
        self.init(columns: columns, whole: .documents(DocumentFactCache(documentFacts)))
    }

    init(columns: FactColumns, whole: WholeFacts) {
        self.columns = columns
        self.whole = whole
        pathLeaf = columns.paths.map { $0.last ?? -1 }
        var rows = [[Int32]](repeating: [], count: Measure.allCases.count)
        for (r, m) in columns.measure.enumerated() { rows[m.ordinal].append(Int32(r)) }
        rowsByMeasure = rows
        func distinct(_ ids: some Sequence<Int32>) -> [Int32] {
            var seen = [Bool](repeating: false, count: columns.strings.count)
            var out: [Int32] = []
            for id in ids where !seen[Int(id)] { seen[Int(id)] = true; out.append(id) }
            return out
        }
        placeIDs = distinct(columns.paths.joined())
        unitIDs = distinct(columns.unit)
        subjectIDs = distinct(columns.subject)
        var perTopic = [Int](repeating: 0, count: Topic.allCases.count)
        for t in columns.topic { perTopic[t.ordinal] += 1 }
        topicCounts = perTopic
        var perPath = [Int](repeating: 0, count: columns.paths.count)
        for p in columns.path { perPath[Int(p)] += 1 }
        var perName: [Int32: Int] = [:]
        for (p, n) in zip(columns.paths, perPath) where n > 0 { for level in p { perName[level, default: 0] += n } }
        let named: [(name: String, facts: Int)] = perName.map { (columns.strings[Int($0.key)], $0.value) }
        regions = named.sorted { a, b in a.facts != b.facts ? a.facts > b.facts : a.name < b.name }.map(\.name)
    }

    public var count: Int { columns.count }

    /// The whole fact of a row; from the columns alone (no sentence) if its document cannot be read.
    public func fact(_ row: Int) -> Fact {
        var f: Fact
        switch whole {
        case .memory(let facts): f = facts[row]
        case .documents(let cache):
            let id = columns.documents[Int(columns.doc[row])].id
            let k = Int(columns.ordinal[row])
            if let facts = cache.facts(id), k < facts.count, facts[k].measure == columns.measure[row], facts[k].value == columns.value[row] {
                f = facts[k]
            } else {
                f = columns.columnFact(row)
            }
        }
        f.repeatOf = columns.repeatOf[row] < 0 ? nil : columns.strings[Int(columns.repeatOf[row])]
        return f
    }

    public func facts(_ rows: some Sequence<Int32>) -> [Fact] { rows.map { fact(Int($0)) } }

    /// Every fact, document by document (`fupin export`).
    public func forEachFact(_ body: (Fact) -> Void) {
        for row in 0..<count { body(fact(row)) }
    }

    /// How many facts each measure has.
    public func count(of m: Measure) -> Int { rowsByMeasure[m.ordinal].count }

    /// How many facts have a topic.
    public func count(of t: Topic) -> Int { topicCounts[t.ordinal] }

}

/// Where whole facts come from.
enum WholeFacts: Sendable {
    case memory([Fact])
    case documents(DocumentFactCache)
}

/// The facts of recently read documents: a `list … limit 20` or `.why` reads each document once.
final class DocumentFactCache: @unchecked Sendable {
    private let read: @Sendable (String) -> [Fact]?
    private var cached: [String: [Fact]] = [:]
    private var order: [String] = []
    private let lock = NSLock()
    private let capacity = 256

    init(_ read: @escaping @Sendable (String) -> [Fact]?) { self.read = read }

    func facts(_ id: String) -> [Fact]? {
        if let f = lock.withLock({ cached[id] }) { return f }
        guard let f = read(id) else { return nil }
        lock.withLock {
            if cached[id] == nil { order.append(id) }
            cached[id] = f
            if order.count > capacity { cached[order.removeFirst()] = nil }
        }
        return f
    }
}
