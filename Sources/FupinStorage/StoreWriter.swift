import Foundation
import FupinCore

/// Adds documents to a store under its lock. Call ``finish()`` to write the catalog.
public final class StoreWriter {
    public let store: Store
    private let lock: StoreLock
    private var entries: [String: CatalogEntry]
    private var byHash: [String: String]
    private var unsaved = 0
    /// The catalog is written after this many changed documents, so a crash loses little;
    /// the interval grows with the catalog (a tenth of it) so large ingests stay linear.
    public var flushEvery = 500
    private var generation: Int
    /// Facts of the documents put by this writer, for the index written by ``finish()``.
    private var fresh = FactColumns.Builder()
    private var freshDocument: [String: Int] = [:]
    private var indexStale = false

    init(store: Store, lock: StoreLock) throws(StoreError) {
        self.store = store
        self.lock = lock
        var entries: [String: CatalogEntry] = [:]
        for e in store.catalog() ?? [] { entries[e.id] = e }
        self.entries = entries
        self.byHash = Dictionary(entries.values.map { ($0.contentHash, $0.id) }, uniquingKeysWith: { a, _ in a })
        self.generation = store.catalogGeneration() ?? 0
    }

    /// Stores a document and its facts. Same content again: unchanged. Same id and origin
    /// with new content: replaced (old facts gone). Same id from elsewhere: a new id (`_2`).
    /// The bytes of a document file, computed off the writer's thread (ingest encodes in
    /// parallel and hands the result to ``put(_:facts:encoded:)``).
    public static func encode(_ document: Document, facts: [Fact]) -> [UInt8] {
        StoredDocument.encode(document, facts: facts)
    }

    @discardableResult
    public func put(_ document: Document, facts: [Fact], encoded: [UInt8]? = nil) throws(StoreError) -> (IngestOutcome, String) {
        if let existing = byHash[document.contentHash], entries[existing] != nil { return (.unchanged, existing) }
        var id = DocumentID.sanitize(document.id)
        var outcome = IngestOutcome.added
        if let old = entries[id] {
            if old.origin == document.origin { outcome = .replaced }
            else {
                var n = 2
                while let o = entries["\(id)_\(n)"], o.origin != document.origin { n += 1 }
                id = "\(id)_\(n)"
                if entries[id] != nil { outcome = .replaced }
            }
        }
        var doc = document
        doc.id = id
        let data: [UInt8]
        if id == document.id, let pre = encoded, facts.allSatisfy({ $0.doc == id }) {
            data = pre
        } else {
            data = Self.encode(doc, facts: facts.map { var f = $0; f.doc = id; return f })
        }
        let stamp: (size: Int, time: Int)? = try AtomicFile.write(data, toPath: store.documentPath(id), sync: false)
        freshDocument[id] = fresh.columns.documents.count
        fresh.add(FactColumns.DocumentInfo(id: id, title: doc.title, date: doc.date, source: doc.source,
                                           fileSize: stamp?.size ?? 0, fileTime: stamp?.time ?? 0), facts: facts)
        if let old = entries[id] { byHash[old.contentHash] = nil }
        entries[id] = CatalogEntry(id: id, contentHash: doc.contentHash, origin: doc.origin, facts: facts.count,
                                   title: doc.title, date: doc.date, source: doc.source)
        byHash[doc.contentHash] = id
        unsaved += 1
        if unsaved >= max(flushEvery, entries.count / 10) { try flush() }
        return (outcome, id)
    }

    /// Writes the catalog if anything changed.
    public func flush() throws(StoreError) {
        guard unsaved > 0 else { return }
        // The catalog is the commit point: the documents it names reach the disk first.
        try AtomicFile.syncDirectory(store.documentsDirectory)
        generation += 1
        try store.writeCatalog(Array(entries.values), generation: generation)
        unsaved = 0
        indexStale = true
    }

    /// Writes the catalog and the fact index, and releases the lock; the writer cannot be
    /// used after this.
    public func finish() throws(StoreError) {
        defer { lock.release() }
        try flush()
        if !indexStale, store.indexGeneration() == generation { return }
        if !FileManager.default.fileExists(atPath: store.catalogURL.path) { return }
        let columns = buildIndex()
        try AtomicFile.write(FactIndex.encode(columns, generation: generation), to: store.indexURL)
        indexStale = false
    }

    /// The index for the catalog as it stands: rows of documents put by this writer, rows of
    /// the others from the old index when it has them unchanged, else from their files.
    func buildIndex() -> FactColumns {
        let old = (try? store.readIndex())??.columns
        var oldDocument: [String: Int] = [:]
        var oldFirst: [Int] = []
        if let o = old {
            for (k, d) in o.documents.enumerated() { oldDocument[d.id] = k }
            oldFirst = o.firstRows()
        }
        let freshColumns = fresh.columns
        let freshFirst = freshColumns.firstRows()
        var builder = FactColumns.Builder()
        var remapOld = old.map { FactColumns.Builder.Remap($0) }
        var remapFresh = FactColumns.Builder.Remap(freshColumns)
        for e in catalog {
            if let k = freshDocument[e.id] {
                builder.copy(document: k, from: freshColumns, firstRow: freshFirst[k], remap: &remapFresh)
            } else if let o = old, let k = oldDocument[e.id], o.documents[k].facts == e.facts,
                      let st = AtomicFile.stamp(store.documentPath(e.id)),
                      st.size == o.documents[k].fileSize, st.time == o.documents[k].fileTime {
                builder.copy(document: k, from: o, firstRow: oldFirst[k], remap: &remapOld!)
            } else if let d = try? store.read(e.id) {
                builder.add(store.indexEntry(d), facts: d.facts)
            }
        }
        return builder.build()
    }

    /// Catalog rows as they stand.
    public var catalog: [CatalogEntry] { entries.values.sorted { $0.id < $1.id } }

    /// Adds a catalog row for a document file found on disk (repair).
    func adopt(_ d: StoredDocument) {
        entries[d.document.id] = CatalogEntry(id: d.document.id, contentHash: d.document.contentHash, origin: d.document.origin,
                                              facts: d.facts.count, title: d.document.title, date: d.document.date, source: d.document.source)
        unsaved += 1
    }

    func drop(_ id: String) { entries[id] = nil; unsaved += 1 }

    /// Makes ``finish()`` write the index even when nothing else changed (repair).
    func rebuildIndex() { indexStale = true }
}
