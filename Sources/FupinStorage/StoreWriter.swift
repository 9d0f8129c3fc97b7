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
    /// the interval grows with the catalog (a quarter of it) so large ingests stay linear.
    public var flushEvery = 500
    private var generation: Int
    /// Facts of the documents put by this writer, for the index written by ``finish()``.
    private var fresh = FactColumns.Builder()
    private var freshDocument: [String: Int] = [:]
    private var indexStale = false
    /// The catalog commit in flight (sync, then the catalog), run beside the next documents.
    private let committing = DispatchGroup()
    private let commitFailure = CommitFailure()

    init(store: Store, lock: StoreLock) throws(StoreError) {
        self.store = store
        self.lock = lock
        var entries: [String: CatalogEntry] = [:]
        for e in store.catalog() ?? [] { entries[e.id] = e }
        self.entries = entries
        self.byHash = Dictionary(entries.values.map { ($0.contentHash, $0.id) }, uniquingKeysWith: { a, _ in a })
        self.generation = store.catalogGeneration() ?? 0
    }

    /// Content hashes of the documents stored so far: ingest does not stage files for these.
    public var contentHashes: Set<String> { Set(byHash.keys) }

    /// Stores a document and its facts. Same content again: unchanged. Same id and origin
    /// with new content: replaced (old facts gone). Same id from elsewhere: a new id (`_2`).
    /// `staged` is the document's file written ahead by ``Store/stageDocument(_:facts:)`` on
    /// another thread: renamed into place when the id stands, else removed and written anew.
    @discardableResult
    public func put(_ document: Document, facts: [Fact], staged: StagedFile? = nil) throws(StoreError) -> (IngestOutcome, String) {
        if let existing = byHash[document.contentHash], entries[existing] != nil { staged?.discard(); return (.unchanged, existing) }
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
        let path = store.documentPath(id)
        let stamp: (size: Int, time: Int)
        if let file = staged, file.path == path, facts.allSatisfy({ $0.doc == id }) {
            try file.commit()
            stamp = (file.size, file.time)
        } else {
            staged?.discard()
            let data = StoredDocument.encode(doc, facts: facts.map { var f = $0; f.doc = id; return f })
            stamp = try AtomicFile.write(data, toPath: path, sync: false)
        }
        freshDocument[id] = fresh.columns.documents.count
        fresh.add(FactColumns.DocumentInfo(id: id, title: doc.title, date: doc.date, source: doc.source,
                                           fileSize: stamp.size, fileTime: stamp.time), facts: facts)
        if let old = entries[id] { byHash[old.contentHash] = nil }
        entries[id] = CatalogEntry(id: id, contentHash: doc.contentHash, origin: doc.origin, facts: facts.count,
                                   title: doc.title, date: doc.date, source: doc.source)
        byHash[doc.contentHash] = id
        unsaved += 1
        if unsaved >= max(flushEvery, entries.count / 4) { try flush() }
        return (outcome, id)
    }

    /// Writes the catalog if anything changed. The catalog is the commit point: the documents
    /// it names reach the disk first. Both happen on another thread, one commit at a time, while
    /// the writer goes on with the next documents; ``finish()`` waits for the last.
    public func flush() throws(StoreError) {
        guard unsaved > 0 else { return }
        try waitForCommit()
        generation += 1
        let (store, snapshot, g, failure) = (store, Array(entries.values), generation, commitFailure)
        DispatchQueue.global().async(group: committing) {
            do throws(StoreError) {
                try AtomicFile.syncDirectory(store.documentsDirectory)
                try store.writeCatalog(snapshot, generation: g)
            } catch { failure.error = error }
        }
        unsaved = 0
        indexStale = true
    }

    /// Waits for the commit in flight; throws its error.
    private func waitForCommit() throws(StoreError) {
        committing.wait()
        if let e = commitFailure.error { commitFailure.error = nil; throw e }
    }

    /// Writes the catalog and the fact index, and releases the lock; the writer cannot be
    /// used after this.
    public func finish() throws(StoreError) {
        defer { committing.wait(); lock.release() }
        try flush()
        try waitForCommit()
        if !indexStale, store.indexGeneration() == generation { return }
        if !FileManager.default.fileExists(atPath: store.catalogURL.path) { return }
        let columns = buildIndex()
        try AtomicFile.write(FactIndex.encode(columns, generation: generation), to: store.indexURL)
        indexStale = false
    }

    /// The index for the catalog as it stands: rows of documents put by this writer, rows of
    /// the others from the old index when it has them unchanged, else from their files.
    func buildIndex() -> FactColumns {
        // A new store filled in id order (input folders are listed sorted): this writer's rows
        // are the index as they stand.
        let freshIDs = fresh.columns.documents.lazy.map(\.id)
        if freshDocument.count == entries.count, freshIDs.count == entries.count, zip(freshIDs, freshIDs.dropFirst()).allSatisfy({ $0 < $1 }) {
            return fresh.build()
        }
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

/// The error of a catalog commit run on another thread, read after waiting for it.
private final class CommitFailure: @unchecked Sendable {
    var error: StoreError?
}
