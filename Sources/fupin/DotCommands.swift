import Foundation
import FupinCore
import FupinQuery

/// The shell's dot-commands, from one table that also drives `.help`.
enum DotCommands {
    struct Command: Sendable {
        let name: String
        let usage: String
        let help: String
        let run: @Sendable (Session, [String]) -> StatementResult
    }

    static let table: [Command] = [
        Command(name: ".help", usage: ".help [TOPIC]", help: "Show this help, or help on a command or on 'query'") { _, args in
            StatementResult(output: help(args.first))
        },
        Command(name: ".ingest", usage: ".ingest PATH...", help: "Add reports (files or folders) to the store") { s, args in
            guard !args.isEmpty else { return StatementResult(error: "usage: .ingest PATH...") }
            do {
                let report = try Ingestion(store: s.store, options: IngestionOptions(progress: false)).run(args)
                s.reload()
                return StatementResult(output: report.summary, error: report.failed.isEmpty ? nil : "\(report.failed.count) input(s) failed")
            } catch { return StatementResult(error: "ingest failed: \(error)") }
        },
        Command(name: ".docs", usage: ".docs", help: "List the stored documents") { s, _ in
            let f = AnswerFormatter(format: .table, evaluator: s.evaluator)
            let rows = s.documents.map { [$0.id, $0.date ?? "-", $0.source ?? "-", String($0.facts), TextWidth.clip($0.title ?? "-", 40, counting: .characters)] }
            return StatementResult(output: rows.isEmpty ? "no documents" : f.alignedTable(["id", "date", "source", "facts", "title"], rows, numericColumns: [3]))
        },
        Command(name: ".regions", usage: ".regions", help: "List the places that facts belong to") { s, _ in
            StatementResult(output: s.table.regions.isEmpty ? "no places" : s.table.regions.joined(separator: "  "))
        },
        Command(name: ".measures", usage: ".measures", help: "List the measures and how many facts each has") { s, _ in
            let rows = Measure.allCases.map { [$0.rawValue, $0.unitLabel, String(s.table.count(of: $0))] }
            return StatementResult(output: AnswerFormatter(format: .table, evaluator: s.evaluator).alignedTable(["measure", "unit", "facts"], rows, numericColumns: [2]))
        },
        Command(name: ".topics", usage: ".topics", help: "List the topics, their English aliases and how many facts each has") { s, _ in
            let rows = Topic.allCases.map { [$0.rawValue, $0.english, String(s.table.count(of: $0))] }
            return StatementResult(output: AnswerFormatter(format: .table, evaluator: s.evaluator).alignedTable(["topic", "alias", "facts"], rows, numericColumns: [2]))
        },
        Command(name: ".format", usage: ".format table|csv|json", help: "Set the output format") { s, args in
            guard let a = args.first, let f = OutputFormat(rawValue: a) else { return StatementResult(error: "usage: .format table|csv|json (now \(s.format.rawValue))") }
            s.format = f
            return StatementResult()
        },
        Command(name: ".mode", usage: ".mode table|csv|json", help: "Same as .format") { s, args in
            DotCommands.run(".format " + args.joined(separator: " "), in: s)
        },
        Command(name: ".why", usage: ".why", help: "The facts behind the last answer, each with its document and sentence") { s, _ in
            StatementResult(output: s.why())
        },
        Command(name: ".timer", usage: ".timer on|off", help: "Show how long each query takes") { s, args in
            guard let a = args.first, a == "on" || a == "off" else { return StatementResult(error: "usage: .timer on|off") }
            s.timer = a == "on"
            return StatementResult()
        },
        Command(name: ".store", usage: ".store", help: "Show the store's folder and size") { s, _ in
            StatementResult(output: "\(s.store.root.path): \(s.documents.count) documents, \(s.table.count) facts" + (s.problemNote.map { "\n" + $0 } ?? ""))
        },
        Command(name: ".output", usage: ".output [FILE]", help: "Send answers to FILE (no FILE: back to the screen)") { s, args in
            try? s.output?.close()
            s.output = nil
            guard let path = args.first else { return StatementResult() }
            guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
                return StatementResult(error: "\(path): cannot write")
            }
            s.output = h
            return StatementResult()
        },
        Command(name: ".read", usage: ".read FILE", help: "Run the statements in a script file") { s, args in
            guard let path = args.first else { return StatementResult(error: "usage: .read FILE") }
            return ScriptRunner.run(path: path, session: s, echo: true)
        },
        Command(name: ".quit", usage: ".quit", help: "Leave the shell (also .exit or Ctrl-D)") { _, _ in StatementResult(quit: true) },
        Command(name: ".exit", usage: ".exit", help: "Leave the shell") { _, _ in StatementResult(quit: true) },
    ]

    static func run(_ text: String, in session: Session) -> StatementResult {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let name = parts.first else { return StatementResult() }
        guard let cmd = table.first(where: { $0.name == name }) else {
            let guess = Vocabulary.suggestion(for: name, among: table.map(\.name))
            return StatementResult(error: "unknown command \(name)" + (guess.map { " (did you mean \($0)?)" } ?? "; try .help"))
        }
        return cmd.run(session, Array(parts.dropFirst()))
    }

    static func help(_ topic: String?) -> String {
        if let t = topic {
            if t == "query" || t == "queries" { return LanguageReference.text }
            let name = t.hasPrefix(".") ? t : "." + t
            let matching = table.filter { $0.name.hasPrefix(name) }
            if matching.isEmpty { return "no help on \(t); try .help" }
            return matching.map { "\($0.usage)\n    \($0.help)" }.joined(separator: "\n")
        }
        let width = table.map { $0.usage.count }.max() ?? 10
        return table.map { $0.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.help }.joined(separator: "\n")
            + "\n\nQueries: sum persons where region=\"个旧\" group by year   (.help query for the language)"
    }
}
