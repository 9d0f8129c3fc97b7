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

    init(store: Store, lock: StoreLock) throws(StoreError) {
        self.store = store
        self.lock = lock
        var entries: [String: CatalogEntry] = [:]
        for e in store.catalog() ?? [] { entries[e.id] = e }
        self.entries = entries
        self.byHash = Dictionary(entries.values.map { ($0.contentHash, $0.id) }, uniquingKeysWith: { a, _ in a })
    }

    /// Stores a document and its facts. Same content again: unchanged. Same id and origin
    /// with new content: replaced (old facts gone). Same id from elsewhere: a new id (`_2`).
    /// The bytes of a document file, computed off the writer's thread (ingest encodes in
    /// parallel and hands the result to ``put(_:facts:encoded:)``).
    public static func encode(_ document: Document, facts: [Fact]) -> Data? {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try? enc.encode(StoredDocument(document: document, facts: facts))
    }

    @discardableResult
    public func put(_ document: Document, facts: [Fact], encoded: Data? = nil) throws(StoreError) -> (IngestOutcome, String) {
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
        let data: Data
        if id == document.id, let pre = encoded, facts.allSatisfy({ $0.doc == id }) {
            data = pre
        } else {
            guard let d = Self.encode(doc, facts: facts.map { var f = $0; f.doc = id; return f }) else {
                throw .io(store.documentURL(id).path, "cannot encode")
            }
            data = d
        }
        try AtomicFile.write(data, to: store.documentURL(id), sync: false)
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
        try store.writeCatalog(Array(entries.values))
        unsaved = 0
    }

    /// Writes the catalog and releases the lock; the writer cannot be used after this.
    public func finish() throws(StoreError) {
        defer { lock.release() }
        try flush()
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
}
