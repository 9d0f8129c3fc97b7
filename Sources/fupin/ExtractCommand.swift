import ArgumentParser
import Foundation
import FupinCore
import FupinExtraction
import FupinQuery

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the facts of reports without storing them.",
        discussion: """
        With --input-format jsonl, reads documents as JSON lines ({"id":…, "text":…, optional "date", "source",
        "url"}) and writes each document's facts as it finishes, in constant memory: a map step for Spark
        (rdd.pipe) or Hadoop streaming.

        Examples:
          fupin extract seeds --format jsonl > facts.jsonl
          fupin extract --explain seeds/001_09c03b03f3e3dd39.txt
          cat docs.jsonl | fupin extract - --input-format jsonl
        """)

    enum InputFormat: String, ExpressibleByArgument { case text, jsonl }

    @Argument(help: "Files or folders; - for standard input.") var paths: [String]
    @Option(name: .long, help: "table, jsonl, csv.") var format: FactFormat = .table
    @Option(name: .long, help: "text (files) or jsonl (one document per line).") var inputFormat: InputFormat = .text
    @Flag(name: .long, help: "Show the rule and span behind each fact, and each number refused with the trap that refused it (table format).") var explain = false
    @Flag(name: .long, help: "Start CSV with a byte-order mark (for Excel).") var bom = false
    @Flag(name: .long, help: "Follow symbolic links out of input folders.") var followLinks = false

    func run() throws {
        let writer = FactWriter(format: format, explain: explain, bom: bom)
        Tables.load()
        // facts without their sentence and clause as strings (the writer copies them from the
        // text), documents without a content hash (only a store needs it)
        let extractor = {
            var x = Extractor(factTexts: explain, contentHashes: false)
            x.explainRefusals = explain && format == .table
            return x
        }()
        let out = OutputBuffer()
        if let h = writer.header() { out.write(h) }
        if inputFormat == .jsonl { try streamJSONLines(writer, extractor, out); return }
        let (files, failures) = InputFiles.expand(paths, followLinks: followLinks)
        for (path, why) in failures { warn("fupin: \(path): \(why)") }
        var failed = failures.count
        // Documents are read, extracted and written out on all cores, batches ahead of this
        // thread, which only hands their bytes to standard output in order.
        let batches = InputFiles.batches(files)
        let pipeline = BatchPipeline(count: batches.count, weight: { $0.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) } }) { b in
            Self.formatted(batches[b], extractor: extractor, writer: writer)
        }
        defer { pipeline.finish() }
        for (b, batch) in batches.enumerated() {
            for (file, result) in zip(batch, pipeline.take(b)) {
                switch result {
                case .success(let bytes): out.write(bytes)
                case .failure(let why): warn("fupin: \(file.path): \(why.message)"); failed += 1
                }
            }
        }
        out.flush()
        if failed > 0 { throw ExitStatus.someInputsFailed }
    }

    /// A batch read, extracted and written as `writer` says, on all cores, in the batch's
    /// order: each document's bytes, or why it failed.
    static func formatted(_ batch: [InputFile], extractor: Extractor, writer: FactWriter) -> [Result<JSONBytes, FailureReason>] {
        let slots = Slots<Result<JSONBytes, FailureReason>>(batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            slots[i] = Extraction.read(batch[i], extractor: extractor, html: nil).map(writer.document)
        }
        return batch.indices.map { slots[$0]! }
    }

    private struct Input: Decodable { var id: String?; var text: String; var date: String?; var source: String?; var url: String? }

    private func streamJSONLines(_ writer: FactWriter, _ extractor: Extractor, _ out: OutputBuffer) throws {
        var n = 0, failed = 0
        while let line = readLine(strippingNewline: true) {
            n += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let doc = try? JSONDecoder().decode(Input.self, from: Data(line.utf8)) else {
                warn("fupin: stdin line \(n): not a JSON object with \"text\""); failed += 1; continue
            }
            let id = DocumentIDs.safe(doc.id ?? "line\(n)")
            let x = extractor.extract(text: doc.text, id: id, origin: doc.url, date: doc.date, source: doc.source)
            out.write(writer.document(x))
            out.flush()
        }
        if failed > 0 { throw ExitStatus.someInputsFailed }
    }
}

import FupinStorage
enum DocumentIDs { static func safe(_ s: String) -> String { DocumentID.sanitize(s) } }

extension JSONText {
    /// A fact as a CSV row and its line break, in ``FactWriter/csvColumns`` order.
    mutating func csvRow(_ f: Fact, texts: IndexedText?) {
        csvField(f.doc); byte(0x2C)
        verbatim(f.measure.rawValue); byte(0x2C)   // enum names: no quoting needed
        verbatim(FactWriter.plain(f.value)); byte(0x2C)
        csvField(f.unit); byte(0x2C)
        csvField(f.surface); byte(0x2C)
        f.approx ? raw("true,") : raw("false,")
        verbatim(f.kind.rawValue); byte(0x2C)
        csvField(f.region ?? ""); byte(0x2C)
        csvField(f.regionPath.levels, separator: 0x2F); byte(0x2C)
        if let y = f.year { int(y) }
        byte(0x2C)
        csvField(f.subject); byte(0x2C)
        verbatim(f.topic.rawValue); byte(0x2C)
        clauseField(f, texts); byte(0x2C)
        int(f.start); byte(0x2C)
        int(f.end); byte(0x2C)
        csvField(f.rule)
        byte(0x0A)
    }

    /// The clause as the fact holds it, or copied from its document's text by its span.
    private mutating func clauseField(_ f: Fact, _ texts: IndexedText?) {
        if f.text.isEmpty, let span = f.textSpan, let texts, csvField(texts, span: span) { return }
        csvField(f.text)
    }
}
