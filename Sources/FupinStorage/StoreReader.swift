import Foundation
import FupinCore

/// Everything a query needs, read from the store, and what could not be read.
public struct StoreContents: Sendable {
    public var documents: [CatalogEntry]
    public var facts: [Fact]
    public var problems: [StoreProblem]
}

/// The facts of a store as columns, and what a user should know about how they were read.
public struct StoreColumns: Sendable {
    public var columns: FactColumns
    public var problems: [StoreProblem]
    /// Set when the fact index could not be used and every document file was read instead.
    public var slowNote: String?
}

extension Store {
    /// Reads every document the catalog lists (all document files when the catalog is
    /// missing), in parallel. Unreadable files are skipped and reported, never fatal.
    public func load() -> StoreContents {
        let (docs, problems) = readAll()
        return StoreContents(documents: docs.map(Self.entry), facts: docs.flatMap(\.facts), problems: problems)
    }

    static func entry(_ d: StoredDocument) -> CatalogEntry {
        CatalogEntry(id: d.document.id, contentHash: d.document.contentHash, origin: d.document.origin,
                     facts: d.facts.count, title: d.document.title, date: d.document.date, source: d.document.source)
    }

    func readAll() -> ([StoredDocument], [StoreProblem]) {
        var problems: [StoreProblem] = []
        let ids: [String]
        switch readCatalog() {
        case .listed(let entries): ids = entries.map(\.id)
        case .unreadable:
            ids = documentFiles().map { String($0.dropLast(5)) }
            problems.append(StoreProblem(file: catalogURL.path, message: "unreadable catalog; read the document files directly"))
        case .missing:
            let files = documentFiles().map { String($0.dropLast(5)) }
            // a first ingest may have written its catalog and a document since the read above
            if !files.isEmpty, case .listed(let entries) = readCatalog() { ids = entries.map(\.id); break }
            ids = files
            if !ids.isEmpty {
                problems.append(StoreProblem(file: catalogURL.path, message: "missing catalog; read the document files directly"))
            }
        }
        let results = Slots<Result<StoredDocument, StoreError>>(ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            results[i] = Result { () throws(StoreError) -> StoredDocument in try self.read(ids[i]) }
        }
        var docs: [StoredDocument] = []
        for i in 0..<ids.count {
            switch results[i]! {
            case .success(let d): docs.append(d)
            case .failure(let e): problems.append(StoreProblem(file: documentURL(ids[i]).path, message: Self.message(e)))
            }
        }
        return (docs, problems)
    }

    /// The fact index as it is on disk, whatever its generation; nil when there is none.
    func readIndex() throws(FactIndex.Unusable) -> (generation: Int, columns: FactColumns)? {
        guard let data = try? Data(contentsOf: indexURL, options: .alwaysMapped) else { return nil }
        return try FactIndex.decode(data)
    }

    /// A document's row in the index: its metadata and its file's current stamp.
    func indexEntry(_ d: StoredDocument) -> FactColumns.DocumentInfo {
        let st = AtomicFile.stamp(documentPath(d.document.id))
        return FactColumns.DocumentInfo(id: d.document.id, title: d.document.title, date: d.document.date, source: d.document.source,
                                        fileSize: st?.size ?? 0, fileTime: st?.time ?? 0)
    }

    /// Every fact as columns: from the fact index when it matches the catalog (see
    /// ``unreadable(_:documents:)`` for files changed since), else from the document files,
    /// with ``StoreColumns/slowNote`` saying why.
    public func loadColumns() -> StoreColumns {
        let why: String
        if let generation = catalogGeneration() {
            do {
                if let (g, columns) = try readIndex() {
                    if g == generation { return StoreColumns(columns: columns, problems: [], slowNote: nil) }
                    why = "the fact index is older than the catalog (an interrupted ingest?)"
                } else { why = "the store has no fact index yet (written by an older fupin?)" }
            } catch { why = "\(indexURL.path): \(error)" }
        } else { why = "no catalog" }
        let (docs, problems) = readAll()
        var builder = FactColumns.Builder()
        for d in docs.sorted(by: { $0.document.id < $1.document.id }) { builder.add(indexEntry(d), facts: d.facts) }
        let note = docs.isEmpty ? nil : "\(why): read every document file; `fupin check --repair` or the next ingest rebuilds the index"
        return StoreColumns(columns: builder.build(), problems: problems, slowNote: note)
    }

    /// Documents (indices into `columns.documents`) whose files changed since they were
    /// indexed and can no longer be read, each with the problem to report. Index rows are
    /// trusted for files as they were when indexed; a query checks the documents its answer
    /// uses, so a damaged file is found without looking at every file on every query.
    public func unreadable(_ columns: FactColumns, documents: [Int]) -> [(document: Int, problem: StoreProblem)] {
        let docs = columns.documents
        let changed = Slots<Bool>(documents.count)
        let chunk = 4096
        let dir = documentsDirectory.path
        DispatchQueue.concurrentPerform(iterations: (documents.count + chunk - 1) / chunk) { c in
            let range = (c * chunk)..<min(documents.count, (c + 1) * chunk)
            for (k, st) in zip(range, AtomicFile.stamps(in: dir, range.map { docs[documents[$0]].id + ".json" })) {
                let d = docs[documents[k]]
                changed[k] = st?.size != d.fileSize || st?.time != d.fileTime
            }
        }
        var out: [(Int, StoreProblem)] = []
        for k in 0..<documents.count where changed[k] == true {
            let id = docs[documents[k]].id
            do { _ = try read(id) } catch {
                out.append((documents[k], StoreProblem(file: documentURL(id).path, message: Self.message(error))))
            }
        }
        return out
    }

    static func message(_ e: StoreError) -> String {
        switch e {
        case .io(_, let why): return why
        case .newerSchema(_, let v): return "written by a newer fupin (schema \(v))"
        case .notAStore, .locked: return e.description
        }
    }

    /// Problems a user should know about: unreadable or missing document files, files the
    /// catalog does not list, leftover temporary files.
    public func check() -> [StoreProblem] {
        var problems = load().problems
        if let g = catalogGeneration(), !documentFiles().isEmpty, indexGeneration() != g {
            problems.append(StoreProblem(file: indexURL.path, message: "missing or older than the catalog; `fupin check --repair` rebuilds it"))
        }
        let listed = Set((catalog() ?? []).map(\.id))
        if catalog() != nil {
            for file in documentFiles() where !listed.contains(String(file.dropLast(5))) {
                problems.append(StoreProblem(file: documentsDirectory.appendingPathComponent(file).path,
                                             message: "not in the catalog (an interrupted ingest?); `fupin check --repair` adds it"))
            }
        }
        let temps = ((try? FileManager.default.contentsOfDirectory(atPath: documentsDirectory.path)) ?? []).filter { $0.contains(".tmp-") }
        for t in temps {
            problems.append(StoreProblem(file: documentsDirectory.appendingPathComponent(t).path, message: "leftover temporary file (ignored by queries)"))
        }
        return problems
    }

    /// Rebuilds the catalog from the document files. Unreadable files are moved aside to
    /// `damaged/`, never deleted. Returns what was done.
    public func repair(waiting: () -> Void = {}) throws(StoreError) -> [String] {
        let w = try writer(waiting: waiting)
        var actions: [String] = []
        let damaged = root.appendingPathComponent("damaged")
        let listed = Set(w.catalog.map(\.id))
        var present = Set<String>()
        for file in documentFiles() {
            let id = String(file.dropLast(5))
            do {
                let d = try read(id)
                present.insert(id)
                if !listed.contains(id) { w.adopt(d); actions.append("added \(file) to the catalog") }
            } catch {
                if case .newerSchema = error { actions.append("left \(file): written by a newer fupin"); present.insert(id); continue }
                try? FileManager.default.createDirectory(at: damaged, withIntermediateDirectories: true)
                let dest = damaged.appendingPathComponent(file)
                do {
                    try FileManager.default.moveItem(at: documentURL(id), to: dest)
                    actions.append("moved unreadable \(file) to \(dest.path)")
                } catch { actions.append("could not move \(file): \(error.localizedDescription)") }
            }
        }
        for id in listed where !present.contains(id) {
            w.drop(id)
            actions.append("removed catalog entry \(id): its file is missing or unreadable")
        }
        for t in ((try? FileManager.default.contentsOfDirectory(atPath: documentsDirectory.path)) ?? []) where t.contains(".tmp-") {
            try? FileManager.default.removeItem(at: documentsDirectory.appendingPathComponent(t))
            actions.append("removed leftover temporary file \(t)")
        }
        if !FileManager.default.fileExists(atPath: catalogURL.path) { w.adopt(StoredDocument(document: Document(id: "", text: ""), facts: [])); w.drop("") }
        let index = indexGeneration()
        if index == nil || index != catalogGeneration() {
            w.rebuildIndex()
            actions.append("rebuilt the fact index")
        }
        try w.finish()
        return actions
    }
}
