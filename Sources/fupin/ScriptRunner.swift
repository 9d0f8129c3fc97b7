import Foundation

/// Runs a script of statements (`.fq`): one statement a line, or several lines while a quote
/// or parenthesis is open; `--` starts a comment. Errors name the file and line; later
/// statements still run.
enum ScriptRunner {
    static func run(path: String, session: Session, echo: Bool) -> StatementResult {
        guard let data = FileManager.default.contents(atPath: path) else { return StatementResult(error: "\(path): cannot read") }
        return run(text: String(decoding: data, as: UTF8.self), name: path, session: session, echo: echo)
    }

    static func run(text: String, name: String, session: Session, echo: Bool) -> StatementResult {
        var out: [String] = []
        var errors: [String] = []
        var pending = ""
        var startLine = 0
        let lines = text.components(separatedBy: "\n")
        for (n, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if pending.isEmpty { if line.isEmpty || line.hasPrefix("--") { continue }; startLine = n + 1 }
            pending = Session.join(pending, line)
            guard Session.isComplete(pending) || n == lines.count - 1 else { continue }
            if echo { out.append("fupin> " + pending.replacingOccurrences(of: "\n", with: "\n   ...> ")) }
            let r = session.execute(pending)
            if !r.output.isEmpty { out.append(r.output) }
            if let e = r.error {
                let msg = "\(name):\(startLine): error:\n\(e)"
                out.append(msg)
                errors.append(msg)
            }
            pending = ""
            if r.quit { break }
        }
        return StatementResult(output: out.joined(separator: "\n"), error: errors.isEmpty ? nil : "\(errors.count) statement(s) failed in \(name)")
    }
}
