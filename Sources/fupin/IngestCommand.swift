import ArgumentParser
import Foundation
import FupinStorage

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add reports to the store.",
        discussion: """
        Files or folders (recursively: .txt, .html, .htm); `-` reads one report from standard input.
        Text may be UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, or HTML.
        The same content again changes nothing; a changed file replaces its old facts.

        Examples:
          fupin ingest seeds/
          fupin ingest --store /tmp/s report.html
          cat report.txt | fupin ingest -
        """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "Files or folders to ingest; - for standard input.") var paths: [String]
    @Flag(name: .long, help: "Follow symbolic links that point out of an input folder.") var followLinks = false
    @Flag(name: .long, help: "Treat every input as HTML.") var html = false

    func run() throws {
        let store = try storeOptions.openForWriting()
        let report = try Ingestion(store: store, options: IngestionOptions(followLinks: followLinks, html: html ? true : nil)).run(paths)
        print(report.summary)
        if !report.failed.isEmpty { throw ExitStatus.someInputsFailed }
    }
}
