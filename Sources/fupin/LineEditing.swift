/// Where the shell's lines come from: the terminal (``LineEditor``, libedit), a pipe, a script,
/// or a test (``ScriptedLineEditor``). ``StatementReader`` reads through this and nothing else.
protocol LineEditing: AnyObject {
    /// The next line without its newline.
    func read(prompt: String) -> LineRead
    /// Keeps a whole statement in the history (only a terminal's editor has one).
    func remember(_ statement: String)
}

/// What reading a line gave.
enum LineRead: Equatable {
    case line(String)
    /// Ctrl-C: the statement being typed is abandoned.
    case interrupted
    /// Ctrl-D or the end of the input.
    case end
}

/// Lines from standard input as they arrive (a pipe), with no prompt or history.
final class StandardInputLines: LineEditing {
    func read(prompt: String) -> LineRead { readLine(strippingNewline: true).map { .line($0) } ?? .end }
    func remember(_ statement: String) {}
}

/// Lines from memory: a script's text, or a test's keystrokes.
///
/// For tests it plays a terminal: a `\t` in a line is the Tab key (the word before it is
/// completed by the same ``LineEditor/Completer`` as libedit's, to the candidates' common
/// prefix), `^C` alone is Ctrl-C; the prompts it was shown are kept in ``prompts``.
final class ScriptedLineEditor: LineEditing {
    private var lines: [String]
    private var next = 0
    private let completer: LineEditor.Completer?
    private(set) var prompts: [String] = []
    private(set) var history: [String] = []
    /// The candidates offered at each Tab, in order.
    private(set) var offered: [[String]] = []

    init(lines: [String], completer: LineEditor.Completer? = nil) {
        self.lines = lines
        self.completer = completer
    }

    /// The lines of a text (a file ending in a newline ends in an empty line, as a script's does).
    convenience init(text: String) { self.init(lines: text.components(separatedBy: "\n")) }

    func read(prompt: String) -> LineRead {
        guard next < lines.count else { return .end }
        prompts.append(prompt)
        let raw = lines[next]
        next += 1
        if raw == "^C" { return .interrupted }
        guard let completer, raw.contains("\t") else { return .line(raw) }
        var typed = ""
        for (k, part) in raw.components(separatedBy: "\t").enumerated() {
            if k > 0 {
                let word = String(typed.reversed().prefix { !Self.wordBreaks.contains($0) }.reversed())
                let matches = completer(typed, word)
                offered.append(matches)
                if !matches.isEmpty {
                    typed = String(typed.dropLast(word.count)) + LineEditor.commonPrefix(matches)
                    if matches.count == 1 && !matches[0].hasSuffix("\"") { typed += " " }
                }
            }
            typed += part
        }
        return .line(typed)
    }

    func remember(_ statement: String) { history.append(statement) }

    /// Where libedit's completion word starts (its `rl_basic_word_break_characters`).
    static let wordBreaks = Set(" \t\n\"\\'`@$><=;|&{(")
}
