import Foundation
#if canImport(Glibc)
import Glibc
#endif
import FupinCore

/// What happened to one document on ingest.
public enum IngestOutcome: String, Sendable {
    case added, unchanged, replaced
}

/// A problem found while reading the store, naming the file.
public struct StoreProblem: Sendable, CustomStringConvertible, Equatable {
    public let file: String
    public let message: String
    public var description: String { "\(file): \(message)" }
}

/// The JSON file store.
///
/// ```
/// STORE/
///   store.json              {"format": "fupin-store", "schema": 2}
///   catalog.json            {"schema": 2, "generation": N, "documents": [{id, content_hash, origin, facts, title, date, source}]}
///   documents/<id>.json     {"schema": 2, "document": {…, "text": …}, "facts": [{…, "sentence_span": [a, b], "text_span": [a, b]}]}
///   index.json              every fact as columns, for queries (see ``FactIndex``)
///   .lock                   held (flock) by a writing process
/// ```
/// Every file is written whole to a hidden temporary file and renamed into place. A
/// document file is written before the catalog names it, so a crash leaves at worst a
/// document the catalog does not list yet (`fupin check` reports it; `--repair` adds it).
/// The fact index is written last, when an ingest finishes; a crash before that leaves it a
/// generation behind the catalog, and queries read the document files instead.
///
/// Schema 2 (``schema``) stores a fact's sentence and clause as scalar spans into the
/// document's text and leaves out what the document already says (see ``StoredDocument``);
/// schema 1 files, where every fact repeated them, are still read.
public final class Store: @unchecked Sendable {
    /// 2: facts in document files point into the text for their sentence and clause.
    public static let schema = 2
    public let root: URL
    public var documentsDirectory: URL { root.appendingPathComponent("documents") }
    var catalogURL: URL { root.appendingPathComponent("catalog.json") }
    var markerURL: URL { root.appendingPathComponent("store.json") }

    private init(root: URL) {
        self.root = root
        documentsPath = root.path + (root.path.hasSuffix("/") ? "" : "/") + "documents/"
    }

    /// Opens the store at `root`, creating it when `create` is true and it does not exist.
    public static func open(_ root: URL, create: Bool) throws(StoreError) -> Store {
        let fm = FileManager.default
        let store = Store(root: root)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: root.path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw .notAStore(root.path) }
            if fm.fileExists(atPath: store.markerURL.path) { return try store.checkedSchema() }
            // Another fupin may be creating this store right now (documents/ but no marker yet).
            let contents = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
            if !contents.filter({ !$0.hasPrefix(".") && $0 != "documents" }).isEmpty {
                // or may have just finished: it writes the marker before anything else is there
                if fm.fileExists(atPath: store.markerURL.path) { return try store.checkedSchema() }
                throw .notAStore(root.path)
            }
        } else if !create {
            throw .io(root.path, "no such store (run `fupin ingest PATH` to create it)")
        }
        do {
            try fm.createDirectory(at: store.documentsDirectory, withIntermediateDirectories: true)
        } catch { throw .io(root.path, error.localizedDescription) }
        try AtomicFile.write(Data("{\"format\":\"fupin-store\",\"schema\":\(schema)}\n".utf8), to: store.markerURL)
        return store
    }

    /// The store itself, when its marker names a schema this fupin reads.
    private func checkedSchema() throws(StoreError) -> Store {
        let v = markerSchema()
        if v > Self.schema { throw .newerSchema(markerURL.path, v) }
        return self
    }

    /// The catalog, or nil when the file is missing or unreadable.
    public func catalog() -> [CatalogEntry]? {
        switch readCatalog() {
        case .listed(let entries): return entries
        case .missing, .unreadable: return nil
        }
    }

    /// What one read of the catalog found. Missing and unreadable are told apart by that same
    /// read: a second look for the file could find the catalog a concurrent first ingest has
    /// just written, and report a store that had no catalog yet as damaged.
    enum CatalogRead {
        case missing, unreadable
        case listed([CatalogEntry])
    }

    func readCatalog() -> CatalogRead {
        let fd = Glibc.open(catalogURL.path, O_RDONLY)
        guard fd >= 0 else { return errno == ENOENT ? .missing : .unreadable }
        let file = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard let data = try? file.readToEnd(), let c = try? JSONDecoder().decode(Catalog.self, from: data) else { return .unreadable }
        return .listed(c.documents)
    }

    func writeCatalog(_ entries: [CatalogEntry], generation: Int) throws(StoreError) {
        try AtomicFile.write(Catalog.encode(entries.sorted { $0.id < $1.id }, generation: generation), to: catalogURL)
    }

    /// The catalog's generation, read from the start of the file; 0 for a catalog without one
    /// (written by an older fupin), nil when there is no catalog.
    func catalogGeneration() -> Int? {
        guard FileManager.default.fileExists(atPath: catalogURL.path) else { return nil }
        return Self.generation(atHeadOf: catalogURL) ?? 0
    }

    /// The generation the index was built for; nil without an index.
    func indexGeneration() -> Int? { Self.generation(atHeadOf: indexURL) }

    /// `"generation": N` from a file's first bytes: both writers put it near the start, so
    /// neither file is parsed whole to compare them.
    private static func generation(atHeadOf url: URL) -> Int? {
        guard let h = FileHandle(forReadingAtPath: url.path) else { return nil }
        defer { try? h.close() }
        let head = String(decoding: (try? h.read(upToCount: 200)) ?? Data(), as: UTF8.self)
        guard let r = head.range(of: "\"generation\":") else { return nil }
        return Int(head[r.upperBound...].prefix { $0.isNumber })
    }

    var indexURL: URL { root.appendingPathComponent("index.json") }

    public func documentURL(_ id: String) -> URL { URL(fileURLWithPath: documentPath(id)) }
    /// A document file's path; built as a string (URL manipulation cost more than the write).
    public func documentPath(_ id: String) -> String { documentsPath + id + ".json" }
    private let documentsPath: String

    /// Document files present on disk (temporary files excluded).
    func documentFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: documentsDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// Starts writing: takes the store's lock (calling `waiting` if another process has it).
    public func writer(waiting: () -> Void = {}) throws(StoreError) -> StoreWriter {
        let w = try StoreWriter(store: self, lock: StoreLock(root: root, waiting: waiting))
        // A new store gets an empty catalog before its first document is renamed into place: a
        // query during the first ingest then reads the catalog (documents as they are committed)
        // instead of document files without one, which it reports as a damaged store.
        if catalogGeneration() == nil, documentFiles().isEmpty { try writeCatalog([], generation: 0) }
        // A store made by an older fupin takes this one's document format from now on: say so
        // in the marker, so that the older one stops rather than misreads the new files.
        if markerSchema() < Self.schema {
            try AtomicFile.write(Data("{\"format\":\"fupin-store\",\"schema\":\(Self.schema)}\n".utf8), to: markerURL)
        }
        return w
    }

    private func markerSchema() -> Int {
        let data = FileManager.default.contents(atPath: markerURL.path) ?? Data()
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["schema"] as? Int ?? 0
    }

    /// Reads one document file.
    public func read(_ id: String) throws(StoreError) -> StoredDocument {
        let url = documentURL(id)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .io(url.path, "missing") }
        do {
            let d = try JSONDecoder().decode(StoredDocument.self, from: data)
            if d.schema > Self.schema { throw StoreError.newerSchema(url.path, d.schema) }
            return d
        } catch let e as StoreError { throw e }
        catch { throw .io(url.path, "unreadable: \(Self.describe(error))") }
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? DecodingError {
            switch e {
            case .dataCorrupted(let c): return "not valid JSON (\(c.underlyingError.map { "\($0)" } ?? c.debugDescription))"
            case .keyNotFound(let k, _): return "missing field '\(k.stringValue)'"
            case .typeMismatch(_, let c), .valueNotFound(_, let c): return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
            @unknown default: return "\(e)"
            }
        }
        return "\(error)"
    }
}
