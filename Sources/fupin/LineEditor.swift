import CLibEdit
import Foundation

/// The only type that touches libedit: line editing, history and completion.
///
/// libedit drops every multibyte character unless LC_CTYPE is a UTF-8 locale, so the
/// locale is set first, falling back to C.UTF-8 when the user's is not UTF-8.
final class LineEditor: LineEditing {
    /// Completion is a pure function of the line and the word being completed.
    typealias Completer = (_ line: String, _ word: String) -> [String]

    private let historyFile: String?
    private static let historyLimit: Int32 = 1000

    init(historyFile: String?, completer: @escaping Completer) {
        Self.ensureUTF8Locale()
        self.historyFile = historyFile
        LineEditorState.completer = completer
        fupin_rl_set_name("fupin")
        using_history()
        fupin_rl_set_completion { text, _, _ in LineEditor.complete(text) }
        if let h = historyFile {
            if !FileManager.default.fileExists(atPath: h) {
                try? FileManager.default.createDirectory(atPath: (h as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                FileManager.default.createFile(atPath: h, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            chmod(h, 0o600)
            read_history(h)
        }
    }

    static func ensureUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// A line without its newline; Ctrl-C (``InterruptHandler``) abandons it, Ctrl-D ends the input.
    func read(prompt: String) -> LineRead {
        InterruptHandler.interrupted = false
        guard let p = readline(prompt) else {
            print("")   // the terminal's cursor is still on the prompt's line
            return InterruptHandler.interrupted ? .interrupted : .end
        }
        defer { free(p) }
        return InterruptHandler.interrupted ? .interrupted : .line(String(cString: p))
    }

    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
        if let h = historyFile {
            write_history(h)
            history_truncate_file(h, Self.historyLimit)
            chmod(h, 0o600)
        }
    }

    /// Builds the NULL-terminated match array libedit expects (it frees the strings).
    private static func complete(_ text: UnsafePointer<CChar>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        fupin_rl_completion_over()
        let word = text.map { String(cString: $0) } ?? ""
        let line = String(cString: fupin_rl_line_buffer())
        let matches = LineEditorState.completer?(line, word) ?? []
        guard !matches.isEmpty else { return nil }
        if matches.count == 1 { fupin_rl_set_append_char(matches[0].hasSuffix("\"") ? 0 : 32) }
        let prefix = commonPrefix(matches)
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: matches.count + 2)
        array[0] = strdup(prefix)
        for (i, m) in matches.enumerated() { array[i + 1] = strdup(m) }
        array[matches.count + 1] = nil
        return array
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for w in words.dropFirst() {
            let c = Array(w)
            var n = 0
            while n < prefix.count && n < c.count && prefix[n] == c[n] { n += 1 }
            prefix = Array(prefix.prefix(n))
        }
        return String(prefix)
    }
}

/// C callbacks cannot capture; the completer lives here, set once before the REPL starts.
enum LineEditorState {
    nonisolated(unsafe) static var completer: LineEditor.Completer?
}
