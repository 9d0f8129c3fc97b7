import ArgumentParser
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script of queries and dot-commands (see Examples/).",
        discussion: """
        Examples:
          fupin run Examples/tour.fq
          fupin run --echo Examples/persons-by-region.fq
        """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "A .fq script.") var file: String
    @Flag(name: .long, help: "Print each statement before its answer.") var echo = false

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else { warn("fupin: \(file): cannot read"); throw ExitStatus.usage }
        let session = Session(store: try storeOptions.openForReading())
        let r = ScriptRunner.run(path: file, session: session, echo: echo)
        if !r.output.isEmpty { print(r.output) }
        if let e = r.error { warn("fupin: " + e); throw ExitStatus.usage }
    }
}
