import ArgumentParser
import Foundation
import FupinQuery

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw a grouped query as an SVG chart (bars; a line when grouped by year).",
        discussion: """
        Examples:
          fupin chart 'sum persons group by region' --out persons.svg
          fupin chart 'sum yuan where region="平潭" group by year' --out pingtan.svg
        """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "A query with group by.") var query: String
    @Option(name: .long, help: "The SVG file to write.") var out: String

    func run() throws {
        let q: Query
        do { q = try Parser.parse(query) } catch { warn(error.render(query)); throw ExitStatus.usage }
        guard !q.groupBy.isEmpty, q.aggregate != .list else {
            warn("fupin: a chart needs a query with group by, e.g. 'sum persons group by region'")
            throw ExitStatus.usage
        }
        let session = Session(store: try storeOptions.openForReading())
        let answer = session.evaluator.run(q)
        do { try Data(SVGChart.render(answer, title: query).utf8).write(to: URL(fileURLWithPath: out)) }
        catch { warn("fupin: \(out): \(error.localizedDescription)"); throw ExitStatus.usage }
        print("wrote \(out) (\(answer.groups.count) groups)")
    }
}
