import ArgumentParser
import Foundation
import FupinQuery

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Answer one query from the store.",
        discussion: LanguageReference.text)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The query, e.g. 'sum persons where region=\"个旧\"'.") var query: String
    @Option(name: .long, help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        // Parse before touching the store: a typo should not wait for a load.
        do { _ = try Parser.parse(query) } catch {
            warn(error.render(query))
            throw ExitStatus.usage
        }
        let session = Session(store: try storeOptions.openForReading())
        session.format = format
        session.color = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let r = session.query(query)
        if let e = r.error { warn(e); throw ExitStatus.usage }
        print(r.output)
    }
}

extension OutputFormat: ExpressibleByArgument {}
