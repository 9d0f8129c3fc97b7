import Foundation
import FupinCore
import Testing
@testable import FupinQuery

/// Query tests are scripts: a statement, then `-- expect:` lines its output must contain or an
/// `-- error:` line its diagnostic must contain (Crafting Interpreters' test style); `-- absent:`
/// lines its output must not contain.
@Suite("Query scripts")
struct ScriptTests {
    static func table() throws -> FactTable {
        let url = try #require(Bundle.module.url(forResource: "facts", withExtension: "jsonl", subdirectory: "Scripts"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let facts = try text.split(separator: "\n").map { try JSONDecoder().decode(Fact.self, from: Data($0.utf8)) }
        return FactTable(facts: facts, documents: [:])
    }

    struct Step: CustomStringConvertible, Sendable {
        let file: String, line: Int, statement: String
        var expects: [String] = [], absent: [String] = [], error: String?
        var description: String { "\(file):\(line) \(statement)" }
    }

    static func steps() -> [Step] {
        var out: [Step] = []
        for name in ["aggregates", "grouping", "errors", "topics"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "fq", subdirectory: "Scripts"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for (n, raw) in text.components(separatedBy: "\n").enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("-- expect: ") { out[out.count - 1].expects.append(String(line.dropFirst(11))) }
                else if line.hasPrefix("-- absent: ") { out[out.count - 1].absent.append(String(line.dropFirst(11))) }
                else if line.hasPrefix("-- error: ") { out[out.count - 1].error = String(line.dropFirst(10)) }
                else if !line.isEmpty && !line.hasPrefix("--") { out.append(Step(file: name, line: n + 1, statement: line)) }
            }
        }
        return out
    }

    @Test func scriptsLoad() { #expect(Self.steps().count >= 70) }

    @Test(arguments: steps())
    func step(_ s: Step) throws {
        let ev = Evaluator(table: try Self.table(), normalizePlace: { $0.replacingOccurrences(of: "漢臺", with: "汉台") })
        do {
            let q = try Parser.parse(s.statement)
            #expect(s.error == nil, "\(s): expected an error, parsed fine")
            let out = AnswerFormatter(format: .table, evaluator: ev).render(ev.run(q))
            for e in s.expects { #expect(out.contains(e), "\(s): output lacks «\(e)»:\n\(out)") }
            for e in s.absent { #expect(!out.contains(e), "\(s): output has «\(e)»:\n\(out)") }
        } catch {
            let want = try #require(s.error, "\(s): unexpected error \(error.message)")
            #expect(error.message.contains(want), "\(s): got «\(error.message)»")
            let rendered = error.render(s.statement)
            #expect(rendered.contains("^"), "a caret under the problem")
        }
    }
}
