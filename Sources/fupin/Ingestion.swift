import Foundation
import FupinCore
import FupinExtraction
import FupinStorage

struct IngestionOptions {
    var followLinks = false
    var html: Bool? = nil
    var progress = isatty(2) == 1
}

/// What an ingest did.
struct IngestReport {
    var added = 0, unchanged = 0, replaced = 0, facts = 0
    var failed: [(String, String)] = []
    var summary: String {
        "\(added) added, \(unchanged) unchanged, \(replaced) replaced, \(failed.count) failed; \(facts) facts"
    }
}

/// Reads inputs in batches, extracts them in parallel on all cores, and writes each to the
/// store in order. Memory stays bounded by the batch, not the corpus.
struct Ingestion {
    let store: Store
    let options: IngestionOptions
    static let batchSize = 256

    func run(_ paths: [String]) throws -> IngestReport {
        let (files, failures) = InputFiles.expand(paths, followLinks: options.followLinks)
        var report = IngestReport()
        report.failed = failures
        for (path, why) in failures { warn("fupin: \(path): \(why)") }
        let writer: StoreWriter
        do {
            writer = try store.writer { warn("fupin: waiting for another fupin writing to \(self.store.root.path) …") }
        } catch { warn("fupin: store error: \(error)"); throw ExitStatus.store }
        let progress = Progress(total: files.count, enabled: options.progress && files.count >= 50)
        var done = 0
        let batches = stride(from: 0, to: files.count, by: Self.batchSize).map { Array(files[$0..<min($0 + Self.batchSize, files.count)]) }
        let html = options.html
        // A producer reads, extracts and encodes batches in order, up to `depth` ahead of the
        // writer, so the cores keep extracting while the writer waits for the disk (the catalog
        // commit syncs everything written so far).
        let depth = 4
        let prepared = Slots<Prepared>(batches.count)
        let ready = batches.map { _ in DispatchSemaphore(value: 0) }
        let room = DispatchSemaphore(value: depth)
        let stop = StopFlag()
        DispatchQueue.global().async {
            for (b, batch) in batches.enumerated() {
                room.wait()
                if stop.isSet { break }   // the writer gave up (a store error)
                prepared[b] = Prepared.make(batch, html: html)
                ready[b].signal()
            }
        }
        defer { stop.set(); room.signal() }
        for (b, batch) in batches.enumerated() {
            ready[b].wait()
            let (results, encoded) = (prepared[b]!.results, prepared[b]!.encoded)
            prepared[b] = nil
            defer { room.signal() }
            for (k, (file, result)) in zip(batch, results).enumerated() {
                switch result {
                case .success(let x):
                    do {
                        var doc = x.document
                        doc.id = DocumentID.sanitize(doc.id)
                        let (outcome, _) = try writer.put(doc, facts: x.facts(of: doc.id), encoded: encoded[k])
                        switch outcome {
                        case .added: report.added += 1; report.facts += x.facts.count
                        case .replaced: report.replaced += 1; report.facts += x.facts.count
                        case .unchanged: report.unchanged += 1
                        }
                        for note in x.notes { warn("fupin: \(file.path): note: \(note)") }
                    } catch {
                        progress.clear()
                        warn("fupin: store error: \(error)")
                        try? writer.finish()
                        throw ExitStatus.store
                    }
                case .failure(let why):
                    progress.clear()
                    warn("fupin: \(file.path): \(why.message)")
                    report.failed.append((file.path, why.message))
                }
                done += 1
                progress.update(done)
            }
        }
        progress.clear()
        do { try writer.finish() } catch { warn("fupin: store error: \(error)"); throw ExitStatus.store }
        return report
    }
}

/// Tells the batch producer that the writer has stopped.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// A batch read, extracted and encoded (document files' bytes), ready for the writer.
struct Prepared: Sendable {
    let results: [Result<Extraction, FailureReason>]
    let encoded: Slots<[UInt8]>

    static func make(_ batch: [InputFile], html: Bool?) -> Prepared {
        let results = Extraction.parallel(batch, html: html)
        let encoded = Slots<[UInt8]>(results.count)
        DispatchQueue.concurrentPerform(iterations: results.count) { i in
            if case .success(let x) = results[i] {
                var doc = x.document
                doc.id = DocumentID.sanitize(doc.id)
                encoded[i] = StoreWriter.encode(doc, facts: x.facts(of: doc.id))
            }
        }
        return Prepared(results: results, encoded: encoded)
    }
}

extension Extraction {
    /// The facts with their document's id as stored (copied only when it differs).
    func facts(of id: String) -> [Fact] {
        facts.allSatisfy { $0.doc == id } ? facts : facts.map { var f = $0; f.doc = id; return f }
    }

    /// Reads and extracts a batch on all cores; results keep the batch's order.
    static func parallel(_ files: [InputFile], html: Bool?) -> [Result<Extraction, FailureReason>] {
        let extractor = Extractor()
        let slots = Slots<Result<Extraction, FailureReason>>(files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            slots[i] = read(files[i], extractor: extractor, html: html)
        }
        return (0..<files.count).map { slots[$0]! }
    }

    static func read(_ file: InputFile, extractor: Extractor, html: Bool?) -> Result<Extraction, FailureReason> {
        let bytes: [UInt8]
        if file.isStdin {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            if let size = AtomicFile.stamp(file.path)?.size, size > TextDecoder.maxBytes {
                return .failure(FailureReason(InputProblem.tooLarge(size).description))
            }
            guard let data = FileManager.default.contents(atPath: file.path) else { return .failure(FailureReason("cannot read (permission?)")) }
            bytes = [UInt8](data)
        }
        let isHTML = html ?? (file.path.lowercased().hasSuffix(".html") || file.path.lowercased().hasSuffix(".htm") ? true : nil)
        do {
            let id = file.isStdin ? "stdin-" + String(ContentHash.sha256Hex(bytes).prefix(12)) : file.id
            return .success(try extractor.extract(bytes: bytes, id: id, origin: file.isStdin ? nil : file.path, html: isHTML))
        } catch let problem {
            return .failure(FailureReason(problem.description))
        }
    }
}

/// Result slots filled from concurrent iterations, one slot each.
final class Slots<T>: @unchecked Sendable {
    private let p: UnsafeMutablePointer<T?>
    private let n: Int
    init(_ n: Int) { self.n = max(n, 1); p = .allocate(capacity: self.n); p.initialize(repeating: nil, count: self.n) }
    deinit { p.deinitialize(count: n); p.deallocate() }
    subscript(i: Int) -> T? { get { p[i] } set { p[i] = newValue } }
}

/// A one-line progress bar on standard error, only on a terminal.
final class Progress {
    let total: Int
    let enabled: Bool
    private var last = Date.distantPast
    init(total: Int, enabled: Bool) { self.total = total; self.enabled = enabled }
    func update(_ done: Int) {
        guard enabled, Date().timeIntervalSince(last) > 0.1 || done == total else { return }
        last = Date()
        let width = 30
        let filled = total == 0 ? width : done * width / total
        FileHandle.standardError.write(Data("\r[\(String(repeating: "=", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) documents".utf8))
    }
    func clear() { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}

/// Why one input could not be read.
struct FailureReason: Error, CustomStringConvertible, Sendable {
    let message: String
    init(_ m: String) { message = m }
    var description: String { message }
}
