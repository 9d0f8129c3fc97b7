import Foundation
import FupinStorage
import Testing
@testable import fupin

/// The shell's statement loop without a terminal: a scripted line editor types the lines
/// (`\t` is Tab, `^C` is Ctrl-C) into the same ``StatementReader`` the REPL, scripts and pipes use.
@Suite("Statement reader", .serialized)
struct StatementReaderTests {
    static let store = Fupin.seededStore("reader")

    /// Reads `lines` as a terminal would; returns what was printed and the editor.
    static func type(_ lines: [String], mode: StatementReader.Mode = .terminal, session: Session? = nil) throws
        -> (out: [StatementReader.Output], editor: ScriptedLineEditor, failed: Int, incomplete: String?) {
        let s = try session ?? Session(store: Store.open(store, create: false))
        let editor = ScriptedLineEditor(lines: lines, completer: ReplCommand.completer(s))
        var out: [StatementReader.Output] = []
        let (failed, incomplete) = StatementReader(session: s, editor: editor, mode: mode).run { out.append($0) }
        return (out, editor, failed, incomplete)
    }

    static func errors(_ out: [StatementReader.Output]) -> [String] {
        out.compactMap { if case .error(let e) = $0 { e } else { nil } }
    }

    static func text(_ out: [StatementReader.Output]) -> String {
        out.map { if case .text(let t) = $0 { t } else { "" } }.joined(separator: "\n")
    }

    // MARK: - Completion

    @Test func tabCompletesKeywordsPlacesAndTopics() throws {
        let r = try Self.type(["cou\tfacts where topic=jo\t", "sum persons where region=\"漢臺\t", "count facts where topic in (搬\t)", ".ti\ton"])
        #expect(r.editor.history == ["count facts where topic=jobs ", "sum persons where region=\"漢臺區\"", "count facts where topic in (搬迁 )", ".timer on"])
        #expect(r.editor.offered.first == ["count"])
        #expect(r.failed == 0, "\(r.out)")
    }

    // MARK: - Continuation

    @Test(arguments: [
        ["count facts where region=\"平", "潭\""],
        ["count facts where region=「个", "旧」"],
        ["count facts where region=“个", "旧”"],
        ["count facts where (year=2020", "or year=2019)"],
        ["count facts where topic in （就业,", "搬迁）"],
    ])
    func anOpenQuoteOrParenthesisAsksForMore(_ lines: [String]) throws {
        let r = try Self.type(lines)
        #expect(r.editor.prompts == ["fupin> ", "   ...> "])
        #expect(r.failed == 0 && r.out.count == 1, "\(r.out)")
        #expect(Self.text(r.out).contains("count facts = "))
        #expect(r.editor.history.count == 1)
    }

    @Test func theQuoteTableIsTheLexers() {
        for open in ["\"", "'", "“", "‘", "「", "”", "＂"] {
            #expect(!Session.isComplete("count facts where region=\(open)个旧"), "\(open)")
        }
        #expect(Session.isComplete("count facts where region=「个旧」"))
        #expect(Session.join("count facts where region=「个", "旧」") == "count facts where region=「个旧」")
    }

    @Test func ctrlCAbandonsTheStatement() throws {
        let r = try Self.type(["count facts where (year=2020", "^C", ".format csv", "count facts"])
        #expect(r.editor.prompts == ["fupin> ", "   ...> ", "fupin> ", "fupin> "])
        #expect(r.out.count == 1 && Self.text(r.out).hasPrefix("count_facts,facts,documents"), "\(r.out)")
    }

    @Test func aPipeHasNoPromptAndReportsAStatementLeftOpen() throws {
        let r = try Self.type(["count facts", "sum persns", "count facts where region=\"个"], mode: .pipe)
        #expect(r.editor.prompts.allSatisfy { $0.isEmpty })
        #expect(r.failed == 1 && r.incomplete == "count facts where region=\"个")
        #expect(Self.errors(r.out).count == 1 && Self.errors(r.out)[0].contains("did you mean persons?"))
        #expect(r.editor.history.isEmpty, "a pipe keeps no history")
    }

    @Test func aScriptSkipsCommentsEchoesAndNamesTheLineOfAnError() throws {
        let r = try Self.type(["-- a comment", "", "count facts", "  sum persns  ", "count facts where (year=2020", ")", ""],
                              mode: .script(name: "s.fq", echo: true))
        #expect(r.failed == 1)
        guard case .text(let echo) = r.out[0] else { Issue.record("\(r.out)"); return }
        #expect(echo == "fupin> count facts")
        #expect(r.out.contains(.text("fupin> count facts where (year=2020\n   ...> )")))
        #expect(Self.errors(r.out).count == 1 && Self.errors(r.out)[0].hasPrefix("s.fq:4: error:\nsum persns\n"), "\(r.out)")
    }

    // MARK: - Dot-commands

    /// One case per dot-command: adding a command to ``DotCommands/table`` fails here until it has one.
    @Test func everyDotCommandWorks() throws {
        let dir = Fupin.tempDir("dots")
        let report = dir.appendingPathComponent("r.txt")
        try Data("2019年,个旧市全市有4456户贫困户全部脱贫。".utf8).write(to: report)
        let script = dir.appendingPathComponent("s.fq")
        try Data("count facts\n".utf8).write(to: script)
        let answers = dir.appendingPathComponent("out.txt")
        let fresh = try Session(store: Store.open(dir.appendingPathComponent("store"), create: true))

        let cases: [String: (lines: [String], check: (String, Session) -> Bool)] = [
            ".help": ([".help", ".help fo", ".help query"], { out, _ in
                out.contains(".format table|csv|json") && out.contains("Set the output format") && out.contains("EXAMPLES") }),
            ".ingest": ([".ingest \(report.path)"], { out, s in out.contains("1 added") && s.table.count == 1 }),
            ".docs": ([".docs"], { out, _ in out.hasPrefix("id  ") && out.contains("r  ") }),
            ".regions": ([".regions"], { out, _ in out.contains("个旧市") }),
            ".measures": ([".measures"], { out, _ in out.contains("households") && out.hasPrefix("measure") }),
            ".topics": ([".topics"], { out, _ in out.contains("贫困人口  poor") && out.contains("其他") }),
            ".format": ([".format csv", "count facts"], { out, s in s.format == .csv && out.contains("count_facts,facts,documents") }),
            ".mode": ([".mode json", "count facts"], { out, s in s.format == .json && out.contains("\"aggregate\":\"count\"") }),
            ".why": ([".mode table", "count households", ".why"], { out, _ in out.contains("rule: unit.households") }),
            ".timer": ([".timer on", "count facts", ".timer off"], { out, s in !s.timer && out.contains("-- time: ") }),
            ".store": ([".store"], { out, _ in out.contains(dir.appendingPathComponent("store").path) && out.contains("1 documents, 1 facts") }),
            ".output": ([".output \(answers.path)", "count facts", ".output"], { _, s in
                s.output == nil && ((try? String(contentsOf: answers, encoding: .utf8)) ?? "").contains("count facts = 1") }),
            ".read": ([".read \(script.path)"], { out, _ in out.contains("fupin> count facts\n") && out.contains("count facts = 1") }),
            ".quit": ([".quit", "count facts"], { out, _ in !out.contains("count facts =") }),
            ".exit": ([".exit", "count facts"], { out, _ in !out.contains("count facts =") }),
        ]
        #expect(Set(cases.keys) == Set(DotCommands.table.map(\.name)), "every dot-command needs a case here")
        // in table order: .ingest fills the fresh store the later ones read
        for command in DotCommands.table {
            guard let c = cases[command.name] else { continue }
            let r = try Self.type(c.lines, session: fresh)
            let out = Self.text(r.out)
            #expect(r.failed == 0, "\(command.name): \(r.out)")
            #expect(c.check(out, fresh), "\(command.name): \(out)")
        }
        let unknown = try Self.type([".bogus", ".hepl"])
        #expect(unknown.out == [.error("unknown command .bogus; try .help"), .error("unknown command .hepl (did you mean .help?)")])
    }
}
