import ArgumentParser
import Foundation

/// `fupin`: facts from poverty-alleviation reports, in a store you can question.
@main
struct Fupin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fupin",
        abstract: "Extract the figures of Chinese poverty-alleviation reports and question them.",
        discussion: """
        Examples:
          fupin ingest seeds/                      add reports to the store
          fupin query 'sum persons where region="个旧"'
          fupin run Examples/tour.fq               run a script of queries
          fupin                                    the interactive shell (REPL)
          fupin help query                         the query language

        Exit status: 0 ok, 1 some inputs failed, 2 usage or query error, 3 store error, 4 output failed.
        """,
        version: FupinVersion.string,
        subcommands: [ReplCommand.self, IngestCommand.self, ExtractCommand.self, QueryCommand.self,
                      ExportCommand.self, RunCommand.self, CheckCommand.self, ChartCommand.self, GenerateCommand.self],
        defaultSubcommand: ReplCommand.self
    )
}

enum FupinVersion {
    static let string = "0.1.0"
}

/// Exit codes, documented in `--help`.
enum ExitStatus {
    static let someInputsFailed = ExitCode(1)
    static let usage = ExitCode(2)
    static let store = ExitCode(3)
    static let output = ExitCode(4)
}

/// Writes to standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
