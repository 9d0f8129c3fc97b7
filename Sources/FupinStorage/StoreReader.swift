import Foundation
import FupinCore

/// Everything a query needs, read from the store, and what could not be read.
public struct StoreContents: Sendable {
    public var documents: [CatalogEntry]
    public var facts: [Fact]
    public var problems: [StoreProblem]
}

extension Store {
    /// Reads every document the catalog lists (all document files when the catalog is
    /// missing), in parallel. Unreadable files are skipped and reported, never fatal.
    public func load() -> StoreContents {
        var problems: [StoreProblem] = []
        let catalogIDs = catalog()?.map(\.id)
        let ids = catalogIDs ?? documentFiles().map { String($0.dropLast(5)) }
        if catalogIDs == nil {
            if FileManager.default.fileExists(atPath: catalogURL.path) {
                problems.append(StoreProblem(file: catalogURL.path, message: "unreadable catalog; read the document files directly"))
            } else if !ids.isEmpty {
                problems.append(StoreProblem(file: catalogURL.path, message: "missing catalog; read the document files directly"))
            }
        }
        let results = UnsafeResults<Result<StoredDocument, StoreError>>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            results[i] = Result { () throws(StoreError) -> StoredDocument in try self.read(ids[i]) }
        }
        var docs: [CatalogEntry] = []
        var facts: [Fact] = []
        for i in 0..<ids.count {
            switch results[i]! {
            case .success(let d):
                docs.append(CatalogEntry(id: d.document.id, contentHash: d.document.contentHash, origin: d.document.origin,
                                         facts: d.facts.count, title: d.document.title, date: d.document.date, source: d.document.source))
                facts.append(contentsOf: d.facts)
            case .failure(let e):
                problems.append(StoreProblem(file: documentURL(ids[i]).path, message: Self.message(e)))
            }
        }
        return StoreContents(documents: docs, facts: facts, problems: problems)
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
        try w.finish()
        return actions
    }
}

/// Fixed-size slots written from concurrent iterations, one slot per iteration.
final class UnsafeResults<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: max(count, 1))
    }
    deinit { slots.deinitialize(count: max(count, 1)); slots.deallocate() }
    subscript(i: Int) -> T? {
        get { slots[i] }
        set { slots[i] = newValue }
    }
}
