import ArgumentParser
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print every stored fact (JSON lines or CSV), for DuckDB, pandas or Spark.",
        discussion: """
        Columns: doc, measure, value, unit, surface, approx, kind, region, region_path, year, subject,
        topic, text, start, end, rule (JSON lines add sentence). See README, "Facts as data".

        Examples:
          fupin export --format jsonl > facts.jsonl
          fupin export --format csv --bom > facts.csv
        """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "jsonl or csv.") var format: FactFormat = .jsonl
    @Flag(name: .long, help: "Start CSV with a byte-order mark (for Excel).") var bom = false

    func run() throws {
        let session = Session(store: try storeOptions.openForReading())
        _ = session.dropUnreadable(documentsOf: nil)
        if let note = session.problemNote { warn(note) }
        let writer = FactWriter(format: format == .table ? .jsonl : format, bom: bom)
        let out = OutputBuffer()
        if let h = writer.header() { out.write(h) }
        session.table.forEachFact { out.write($0, with: writer) }
        out.flush()
    }
}
