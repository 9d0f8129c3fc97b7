import Foundation
import FupinCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The shell: piped statements, scripts, and the interactive REPL through a pseudo-terminal.
@Suite("Shell", .serialized)
struct ShellTests {
    static let store = Fupin.seededStore("shell")

    @Test func pipedStatementsNeedNoPrompt() throws {
        let r = try Fupin.run(["--store", Self.store.path], stdin: "count facts\n.format csv\ncount facts where region=\"平潭\"\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(Fupin.answer(Self.store, "count facts") + "\n"))
        #expect(r.stdout.contains("count_facts,facts,documents"))
        #expect(!r.stdout.contains("fupin>"))
    }

    @Test func topicsAreListedAndShownBehindAnswers() throws {
        let r = try Fupin.run(["--store", Self.store.path],
                              stdin: ".topics\nsum persons where region=\"个旧\" and kind=change\n.why\nlist persons where region=\"个旧\" limit 1\n")
        #expect(r.status == 0, "\(r.stderr)")
        // a row per topic, its alias, its facts; together every fact
        let lines = r.stdout.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex(of: "topic     alias           facts"))
        let rows = lines[(header + 1)...].prefix(19)
        #expect(rows.first?.hasPrefix("贫困人口  poor ") == true && rows.last?.hasPrefix("其他      other ") == true, "\(rows)")
        #expect(Topic.allCases.allSatisfy { t in rows.contains { $0.hasPrefix(t.rawValue) && $0.contains(" \(t.english) ") } })
        let total = rows.compactMap { Int($0.split(separator: " ").last ?? "") }.reduce(0, +)
        #expect(Fupin.answer(Self.store, "count facts").replacingOccurrences(of: ",", with: "") == "count facts = \(total)")
        // .why: each fact with its topic, place, surface, sentence and rule
        #expect(r.stdout.contains(" change topic="))
        #expect(r.stdout.contains(" region=云南省/红河哈尼族彝族自治州/个旧市\n    «"))
        #expect(r.stdout.contains("\n    rule: unit.persons."))
        #expect(r.stdout.contains("doc                   measure  value  unit  kind   topic  year"))
    }

    @Test func pipedErrorsCarryOnAndExitNonZero() throws {
        let r = try Fupin.run(["repl", "--store", Self.store.path], stdin: "sum persns\ncount facts\n")
        #expect(r.stderr.contains("did you mean persons?"))
        #expect(r.stdout.contains(Fupin.answer(Self.store, "count facts")))
        #expect(r.status == 2)
    }

    /// The scripts in `Examples/`, by name.
    static func exampleNames() -> [String] {
        let dir = Fupin.packageRoot.appendingPathComponent("Examples")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".fq") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Every `Examples/NAME.fq` run on the seeds (`fupin run --echo`) prints `Examples/NAME.expected`,
    /// byte for byte, with the store's folder written as `STORE`. When the extractor or the
    /// answers change, regenerate them all with one command and read the diff:
    ///
    ///     FUPIN_REGENERATE=1 swift test --filter examples
    @Test(arguments: exampleNames())
    func examples(_ name: String) throws {
        let r = try Fupin.run(["run", "--echo", "--store", Self.store.path, "Examples/\(name).fq"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains(": error:"), "\(r.stdout)")
        let output = r.stdout.replacingOccurrences(of: Self.store.path, with: "STORE")
        let url = Fupin.packageRoot.appendingPathComponent("Examples/\(name).expected")
        if ProcessInfo.processInfo.environment["FUPIN_REGENERATE"] == "1" {
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "Examples/\(name).fq's output changed: if that is right, regenerate (FUPIN_REGENERATE=1 swift test --filter examples)")
    }

    @Test func everyExpectedOutputHasItsExample() throws {
        let dir = Fupin.packageRoot.appendingPathComponent("Examples")
        let expected = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".expected") }
        #expect(Set(expected.map { String($0.dropLast(9)) }) == Set(Self.exampleNames()))
    }

    /// `Examples/topics.fq`'s structure, whatever topics the extractor gives (its whole output
    /// is checked by ``examples(_:)``).
    @Test func topicsExample() throws {
        let r = try Fupin.run(["run", "--echo", "--store", Self.store.path, "Examples/topics.fq"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("error"), "\(r.stdout)")
        // one row per topic in .topics, adding up to every fact
        let lines = r.stdout.components(separatedBy: "\n")
        let header = try #require(lines.firstIndex(of: "topic     alias           facts"))
        let topicRows = Array(lines[(header + 1)...].prefix { !$0.hasPrefix("fupin>") })
        #expect(topicRows.count == 19 && topicRows.first?.hasPrefix("贫困人口  poor") == true && topicRows.last?.hasPrefix("其他      other") == true)
        let total = topicRows.compactMap { Int($0.split(separator: " ").last ?? "") }.reduce(0, +)
        #expect(Fupin.answer(Self.store, "count facts").replacingOccurrences(of: ",", with: "") == "count facts = \(total)")
        #expect(r.stdout.contains("fupin> count facts group by topic\ntopic "))
        #expect(r.stdout.contains("-- \(total) facts from 5 documents"))
        #expect(r.stdout.contains("region          latest persons  year  doc                   facts"))
        #expect(r.stdout.contains("\n个旧市  "))
    }

    @Test func libraryExampleRuns() throws {
        let exe = Fupin.binary.deletingLastPathComponent().appendingPathComponent("library-example")
        try #require(FileManager.default.isExecutableFile(atPath: exe.path), "build the library-example product")
        let p = Process(); p.executableURL = exe
        let o = Pipe(); p.standardOutput = o
        try p.run(); let d = o.fileHandleForReading.readDataToEndOfFile(); p.waitUntilExit()
        let out = String(decoding: d, as: UTF8.self)
        #expect(out.contains("sum households = 5,862"))
        #expect(out.contains("«1.2亿元»"))
    }

    // MARK: - REPL through a pseudo-terminal

    final class Terminal {
        let master: Int32
        let process = Process()
        var screen = ""

        init(args: [String], env: [String: String]) throws {
            master = PTY.openpt(O_RDWR | O_NOCTTY)
            _ = PTY.grantpt(master); _ = PTY.unlockpt(master)
            let slavePath = String(cString: PTY.ptsname(master)!)
            let slave = FileHandle(forUpdatingAtPath: slavePath)!
            process.executableURL = Fupin.binary
            process.arguments = args
            var e = ProcessInfo.processInfo.environment
            e.removeValue(forKey: "LANG"); e.removeValue(forKey: "LC_ALL"); e.removeValue(forKey: "LC_CTYPE")
            e["TERM"] = "xterm"
            for (k, v) in env { e[k] = v }
            process.environment = e
            process.currentDirectoryURL = Fupin.packageRoot
            process.standardInput = slave; process.standardOutput = slave; process.standardError = slave
            try process.run()
        }

        func type(_ s: String) { _ = s.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) } }

        /// Reads until `text` appears or the time is up.
        @discardableResult
        func waitFor(_ text: String, seconds: Double = 30) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buf = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&fds, 1, 100) > 0 {
                    let n = read(master, &buf, buf.count)
                    if n > 0 { screen += String(decoding: buf[0..<n], as: UTF8.self) }
                }
                if screen.contains(text) { return true }
            }
            return false
        }

        func occurrences(_ text: String) -> Int { screen.components(separatedBy: text).count - 1 }

        /// Reads until `text` appears more often than `count` times.
        func waitForMore(_ text: String, than count: Int, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if occurrences(text) > count { return true }
                waitFor("\u{0}", seconds: 0.2)
            }
            return occurrences(text) > count
        }

        func close() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            Glibc.close(master)
        }
    }

    @Test func interactiveCompletionHistoryAndChineseInput() throws {
        let home = Fupin.tempDir("home")
        let history = home.appendingPathComponent("history").path
        let t = try Terminal(args: ["--store", Self.store.path], env: ["FUPIN_HISTORY": history])
        defer { t.close() }
        #expect(t.waitFor("fupin> "), "prompt: \(t.screen)")
        #expect(t.screen.contains("Enter \".help\" for usage hints."))
        // Tab completes a keyword and a measure
        t.type("cou\t")
        #expect(t.waitFor("nt"), "completion: \(t.screen.debugDescription)")
        t.type(" facts where region=\"个旧\"\r")
        #expect(t.waitFor(Fupin.answer(Self.store, "count facts where region=\"个旧\"")), "Chinese input with LANG unset: \(t.screen)")
        // An open quote continues on the next line
        t.type("count facts where region=\"平\r")
        #expect(t.waitFor("...> "))
        t.type("潭\"\r")
        #expect(t.waitFor(Fupin.answer(Self.store, "count facts where region=\"平潭\"")), "\(t.screen)")
        // Tab completes a place by its traditional name
        t.type("count facts where region=\"漢臺\t")
        #expect(t.waitFor("區\""), "traditional completion: \(t.screen)")
        t.type("\r")
        #expect(t.waitFor(Fupin.answer(Self.store, "count facts where region=\"汉台区\"")), "\(t.screen)")
        // Tab completes a topic's English alias, and its Chinese name inside a list
        t.type("count facts where topic=jo\t")
        #expect(t.waitFor("bs "), "topic completion: \(t.screen)")
        t.type("or topic in (搬\t")
        #expect(t.waitFor("迁 "), "topic completion in a list: \(t.screen)")
        t.type(")\r")
        #expect(t.waitFor(Fupin.answer(Self.store, "count facts where topic=jobs or topic in (搬迁)")), "\(t.screen)")
        t.type(".quit\r")
        let deadline = Date().addingTimeInterval(10)
        while t.process.isRunning && Date() < deadline { usleep(50_000) }
        #expect(!t.process.isRunning, ".quit ends the shell: \(t.screen)")
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("个旧"))
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// Ctrl-C needs the terminal to be the shell's controlling terminal (so the tty driver turns
    /// ^C into SIGINT), which a child of the test runner cannot get from Foundation's Process;
    /// Python's pty.fork gives it one, as a login shell would.
    static let ctrlCScript = #"""
    import os, pty, sys, time, select
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(sys.argv[1], sys.argv[1:])
    screen = b""
    def wait(text, seconds=30, times=1):
        global screen
        end = time.time() + seconds
        while screen.count(text.encode()) < times and time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                try: screen += os.read(fd, 4096)
                except OSError: return
    # libedit prints the prompt before it sets up the terminal and flushes what was typed
    # (TCSAFLUSH): like a person, pause after each prompt before typing
    wait("fupin> "); time.sleep(0.5)
    os.write(fd, b"sum persons where"); wait("where")
    os.write(fd, b"\x03"); wait("fupin> ", times=2); time.sleep(0.5)   # a fresh prompt: the line was abandoned
    os.write(fd, b"count facts\r"); wait("count facts = "); wait("fupin> ", times=3); time.sleep(0.5)
    # libedit flushes input typed before it has set up the terminal (TCSAFLUSH), so a ^D sent
    # right after the prompt can be lost; a user would press it again, and so does this script
    status = None
    for _ in range(5):
        os.write(fd, b"\x04")
        for _ in range(20):
            done, st = os.waitpid(pid, os.WNOHANG)
            if done: status = st; break
            time.sleep(0.05)
            wait("\x00", 0.01)
        if status is not None: break
    if status is None:
        os.kill(pid, 9); _, status = os.waitpid(pid, 0)
    sys.stdout.write(screen.decode("utf-8", "replace") + "\nEXIT %d\n" % os.waitstatus_to_exitcode(status))
    """#

    /// Signal delivery to a shell on a pty is timing-sensitive while other tests load the
    /// machine, so `make test` runs this one on its own after the parallel run.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FUPIN_TTY_TESTS"] == "1", "run alone by `make test` (FUPIN_TTY_TESTS=1)"))
    func ctrlCAbandonsTheLineAndCtrlDExits() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", Self.ctrlCScript, Fupin.binary.path, "--store", Self.store.path]
        var e = ProcessInfo.processInfo.environment
        e["FUPIN_HISTORY"] = Fupin.tempDir().appendingPathComponent("h").path
        p.environment = e
        let out = Pipe(); p.standardOutput = out
        try p.run()
        let screen = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(screen.contains(Fupin.answer(Self.store, "count facts")), "\(screen)")
        #expect(!screen.contains("wherecount"), "Ctrl-C left the abandoned text in the line: \(screen)")
        #expect(screen.contains("EXIT 0"), "Ctrl-D ends the shell: \(screen)")
    }
}

/// posix_openpt and friends are hidden from Swift's Glibc module (they need _XOPEN_SOURCE);
/// look them up at run time instead.
enum PTY {
    private static func fn<T>(_ name: String, _ type: T.Type) -> T {
        unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)!, to: type)
    }
    static let openpt = fn("posix_openpt", (@convention(c) (Int32) -> Int32).self)
    static let grantpt = fn("grantpt", (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = fn("unlockpt", (@convention(c) (Int32) -> Int32).self)
    static let ptsname = fn("ptsname", (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
}
