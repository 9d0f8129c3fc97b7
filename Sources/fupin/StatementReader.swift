/// Reads statements line by line and runs them: the one loop behind the shell on a terminal,
/// statements piped to `fupin`, and scripts (`fupin run`, `.read`).
///
/// A statement goes on over more lines while a quote or parenthesis is open
/// (``Session/isComplete(_:)``); on a terminal the next prompt says so (`   ...> `).
struct StatementReader {
    /// Where the lines come from, which decides prompts, comments and how errors are named.
    enum Mode {
        /// The shell on a terminal: prompts, history, Ctrl-C abandons the statement.
        case terminal
        /// Statements from a pipe: no prompt; a statement left open at the end is an error.
        case pipe
        /// A script: blank and `--` lines between statements are skipped, errors name the file
        /// and line (`tour.fq:12: error:`), and with `echo` each statement is shown after a prompt.
        case script(name: String, echo: Bool)
    }

    /// What the reader has to say.
    enum Output: Equatable {
        /// An answer, a dot-command's output, or an echoed statement.
        case text(String)
        /// A statement failed; in a script the message names the file and line.
        case error(String)
    }

    static let prompt = "fupin> "
    static let continuation = "   ...> "

    let session: Session
    let editor: LineEditing
    let mode: Mode

    /// Runs every statement; returns how many failed and the statement left open at the end
    /// of a pipe's input, if any.
    func run(_ emit: (Output) -> Void) -> (failed: Int, incomplete: String?) {
        var failed = 0
        var pending = ""
        var lineNumber = 0, startLine = 0
        reading: while true {
            let prompt = pending.isEmpty ? Self.prompt : Self.continuation
            switch editor.read(prompt: isTerminal ? prompt : "") {
            case .interrupted:
                pending = ""
            case .end:
                guard !pending.isEmpty else { break reading }
                guard case .script = mode else { return (failed, pending) }
                // a script runs a statement left open at its end (the lexer says what is missing)
                if execute(pending, startLine: startLine, emit).error != nil { failed += 1 }
                break reading
            case .line(let raw):
                lineNumber += 1
                var line = raw
                if case .script = mode {
                    line = raw.trimmingCharacters(in: .whitespaces)
                    if pending.isEmpty && (line.isEmpty || line.hasPrefix("--")) { continue }
                }
                if pending.isEmpty { startLine = lineNumber }
                pending = Session.join(pending, line)
                guard Session.isComplete(pending) else { continue }
                if isTerminal { editor.remember(pending.replacingOccurrences(of: "\n", with: " ")) }
                let statement = pending
                pending = ""
                let result = execute(statement, startLine: startLine, emit)
                if result.error != nil { failed += 1 }
                if result.quit { break reading }
            }
        }
        return (failed, nil)
    }

    private var isTerminal: Bool { if case .terminal = mode { return true } else { return false } }

    /// Runs one statement, saying what it printed.
    private func execute(_ statement: String, startLine: Int, _ emit: (Output) -> Void) -> StatementResult {
        if case .script(_, true) = mode {
            emit(.text(Self.prompt + statement.replacingOccurrences(of: "\n", with: "\n" + Self.continuation)))
        }
        let r = session.execute(statement)
        if !r.output.isEmpty { emit(.text(r.output)) }
        if let e = r.error {
            if case .script(let name, _) = mode { emit(.error("\(name):\(startLine): error:\n\(e)")) } else { emit(.error(e)) }
        }
        return r
    }
}
