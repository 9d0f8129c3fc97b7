import Foundation

/// Runs a script of statements (`.fq`) through a ``StatementReader``: one statement a line, or
/// several lines while a quote or parenthesis is open; `--` starts a comment. Errors name the
/// file and line; later statements still run.
enum ScriptRunner {
    static func run(path: String, session: Session, echo: Bool) -> StatementResult {
        guard let data = FileManager.default.contents(atPath: path) else { return StatementResult(error: "\(path): cannot read") }
        return run(text: String(decoding: data, as: UTF8.self), name: path, session: session, echo: echo)
    }

    static func run(text: String, name: String, session: Session, echo: Bool) -> StatementResult {
        var out: [String] = []
        let reader = StatementReader(session: session, editor: ScriptedLineEditor(text: text), mode: .script(name: name, echo: echo))
        let (failed, _) = reader.run { output in
            switch output {
            case .text(let t), .error(let t): out.append(t)
            }
        }
        return StatementResult(output: out.joined(separator: "\n"), error: failed == 0 ? nil : "\(failed) statement(s) failed in \(name)")
    }
}
