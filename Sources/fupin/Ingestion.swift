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
    func run(_ paths: [String]) throws -> IngestReport {
        Tables.load()
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
        let batches = InputFiles.batches(files)
        let html = options.html
        // Batches are read, extracted, encoded and written under temporary names on all cores,
        // ahead of this thread, which renames each file into place and keeps the catalog.
        let (store, known) = (self.store, writer.contentHashes)
        let pipeline = BatchPipeline(count: batches.count, weight: \.textBytes) { b in
            Prepared.make(batches[b], html: html, stagingIn: store, except: known)
        }
        // files staged for batches never taken (this thread stopped on a store error)
        defer { pipeline.finish { $0.discard() } }
        for (b, batch) in batches.enumerated() {
            let prepared = pipeline.take(b)
            let (results, staged) = (prepared.results, prepared.staged)
            for (k, (file, result)) in zip(batch, results).enumerated() {
                switch result {
                case .success(let x):
                    do {
                        let (outcome, _) = try writer.put(x.document, facts: x.facts, staged: staged[k])
                        staged[k] = nil
                        switch outcome {
                        case .added: report.added += 1; report.facts += x.facts.count
                        case .replaced: report.replaced += 1; report.facts += x.facts.count
                        case .unchanged: report.unchanged += 1
                        }
                        for note in x.notes { warn("fupin: \(file.path): note: \(note)") }
                    } catch {
                        progress.clear()
                        warn("fupin: store error: \(error)")
                        for j in k..<batch.count { staged[j]?.discard() }
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

/// A batch read and extracted, its document files staged, ready for the writer.
struct Prepared: Sendable {
    let results: [Result<Extraction, FailureReason>]
    let staged: Slots<StagedFile>

    /// Extracts on all cores and stages each document's file, except content the store
    /// already holds (`known` hashes: the writer will find it unchanged).
    static func make(_ batch: [InputFile], html: Bool?, stagingIn store: Store, except known: Set<String>) -> Prepared {
        let staged = Slots<StagedFile>(batch.count)
        let extractor = Extractor(factTexts: false)   // the store keeps sentences and clauses as spans
        let results = Slots<Result<Extraction, FailureReason>>(batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            var r = Extraction.read(batch[i], extractor: extractor, html: html)
            if case .success(var x) = r {
                // the id as stored, here once (the writer takes the document as it is)
                x.document.id = DocumentID.sanitize(x.document.id)
                x.facts = x.facts(of: x.document.id)
                if !known.contains(x.document.contentHash) { staged[i] = store.stageDocument(x.document, facts: x.facts) }
                // the writer needs the document and its facts, not the text's scalar index (four
                // bytes a character, held for a whole batch)
                x.indexedText = IndexedText(text: "", byteOffsets: [0])
                r = .success(x)
            }
            results[i] = r
        }
        return Prepared(results: (0..<batch.count).map { results[$0]! }, staged: staged)
    }

    /// The bytes of the batch's texts, which its extractions hold (with their facts).
    var textBytes: Int { results.reduce(0) { $0 + ((try? $1.get())?.document.text.utf8.count ?? 0) } }

    /// Removes the staged files (the writer stopped before taking them).
    func discard() { for i in results.indices { staged[i]?.discard() } }
}

extension Extraction {
    /// The facts with their document's id as stored (copied only when it differs).
    func facts(of id: String) -> [Fact] {
        facts.allSatisfy { $0.doc == id } ? facts : facts.map { var f = $0; f.doc = id; return f }
    }

    static func read(_ file: InputFile, extractor: Extractor, html: Bool?) -> Result<Extraction, FailureReason> {
        let bytes: [UInt8]
        if file.isStdin {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            switch InputFiles.contents(file.path, limit: TextDecoder.maxBytes) {
            case .success(let b): bytes = b
            case .failure(let why): return .failure(why)
            }
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
