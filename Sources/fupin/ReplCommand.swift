import ArgumentParser
import Foundation
import FupinQuery

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "The interactive shell (the default when no subcommand is given).",
        discussion: """
        On a terminal: line editing, history (~/.local/share/fupin/history, mode 0600), Tab completion,
        a continuation prompt for an open quote or parenthesis; Ctrl-C abandons the line, Ctrl-D exits.
        With standard input from a pipe it reads statements line by line with no prompt:
          printf 'count facts\\n' | fupin
        """)

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let session = Session(store: try storeOptions.openForReading())
        if isatty(0) == 1 { try interactive(session) } else { try piped(session) }
    }

    private func piped(_ session: Session) throws {
        let reader = StatementReader(session: session, editor: StandardInputLines(), mode: .pipe)
        var (failed, incomplete) = reader.run { output in
            switch output {
            case .text(let t): print(t)
            case .error(let e): warn(e)
            }
        }
        if let pending = incomplete { warn("fupin: incomplete statement at end of input: \(pending)"); failed += 1 }
        if failed > 0 { throw ExitStatus.usage }
    }

    private func interactive(_ session: Session) throws {
        session.color = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let env = ProcessInfo.processInfo.environment
        let history = env["FUPIN_HISTORY"] ?? ((env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.local/share") + "/fupin/history")
        let editor = LineEditor(historyFile: history, completer: Self.completer(session))
        InterruptHandler.install()
        print("fupin \(FupinVersion.string) — \(session.documents.count) documents, \(session.table.count) facts in \(session.store.root.path)")
        print("Enter \".help\" for usage hints.")
        if let note = session.problemNote { print(note) }
        _ = StatementReader(session: session, editor: editor, mode: .terminal).run { output in
            switch output {
            case .text(let t), .error(let t): print(t)
            }
        }
    }

    /// Tab completion over a session's places (for libedit's editor and the scripted one).
    static func completer(_ session: Session) -> LineEditor.Completer {
        { line, word in Completion.candidates(line: line, word: word, regions: session.completionPlaces) }
    }
}

/// Ctrl-C abandons the line being edited instead of ending the shell.
enum InterruptHandler {
    nonisolated(unsafe) static var interrupted = false
    nonisolated(unsafe) static var mainThread = pthread_self()

    static func install() {
        mainThread = pthread_self()
        var action = sigaction()
        // The kernel may hand SIGINT to any thread (Dispatch's workers too); only the main
        // thread's read is interrupted, so a signal caught elsewhere is passed on to it.
        action.__sigaction_handler.sa_handler = { signo in
            if pthread_equal(pthread_self(), InterruptHandler.mainThread) != 0 { InterruptHandler.interrupted = true }
            else { pthread_kill(InterruptHandler.mainThread, signo) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // a parent may have blocked SIGINT (blocked signals are inherited): the shell needs it
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}
