import Foundation
import FupinCore
import Testing
@testable import FupinQuery

/// Query tests are scripts: a statement, then `-- expect:` lines its output must contain or an
/// `-- error: col N: message` line — the caret's column (1-based, a Han character two columns)
/// and what its diagnostic must contain (Crafting Interpreters' test style); `-- absent:`
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
        /// Where the error's caret must stand, from `col N:`.
        var caretColumn: Int?
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
                else if line.hasPrefix("-- error: ") {
                    var rest = line.dropFirst(10)
                    if rest.hasPrefix("col "), let colon = rest.firstIndex(of: ":") {
                        out[out.count - 1].caretColumn = Int(rest[rest.index(rest.startIndex, offsetBy: 4)..<colon])
                        rest = rest[rest.index(after: colon)...].drop { $0 == " " }
                    }
                    out[out.count - 1].error = String(rest)
                }
                else if !line.isEmpty && !line.hasPrefix("--") { out.append(Step(file: name, line: n + 1, statement: line)) }
            }
        }
        return out
    }

    @Test func scriptsLoad() { #expect(Self.steps().count >= 70) }

    /// A report's own restatement (`repeat_of` naming its fact, `r@3`) is one of its facts: `count`
    /// counts it once, and so does `sum`.
    @Test func aReportsOwnRestatementCountsOnce() throws {
        func fact(_ doc: String, _ v: Double, _ start: Int, _ link: String?) -> Fact {
            Fact(doc: doc, measure: .households, value: v, unit: "户", surface: "", region: "个旧市", regionPath: RegionPath(["个旧市"]),
                 year: 2020, start: start, repeatOf: link)
        }
        let ev = Evaluator(table: FactTable(facts: [fact("r", 1200, 3, nil), fact("r", 1200, 20, "r@3"), fact("s", 8, 0, nil)], documents: [:]))
        func render(_ q: String) throws -> String { AnswerFormatter(format: .csv, evaluator: ev).render(ev.run(try Parser.parse(q))) }
        let (count, sum) = (try render("count households where doc=\"r\""), try render("sum households"))
        #expect(count == "count_households,facts,documents\r\n1,1,1")
        #expect(sum == "sum_households,facts,documents\r\n1208,2,2")
    }

    @Test func csvAndJSONCarryLatestsSourceAndTheTopicSplit() throws {
        let ev = Evaluator(table: try Self.table())
        func render(_ q: String, _ f: OutputFormat) throws -> String { AnswerFormatter(format: f, evaluator: ev).render(ev.run(try Parser.parse(q))) }
        #expect(try render("latest persons group by region", .csv) == "region,latest_persons,year,doc,facts,documents\r\n个旧市,5821,2020,c,4,2\r\n汉台区,2500,,b,1,1")
        #expect(try render("latest persons where region=\"个旧\"", .csv) == "latest_persons,year,doc,facts,documents\r\n5821,2020,c,4,2")
        let latest = try render("latest persons group by region", .json)
        #expect(latest.contains(#"{"doc":"c","facts":4,"region":"个旧市","value":5821,"year":2020}"#))
        #expect(latest.contains(#"{"doc":"b","facts":1,"region":"汉台区","value":2500,"year":null}"#))
        #expect(try render("latest persons where region=\"个旧\"", .json).contains(#""doc":"c","documents":2"#))
        let mixed = try render("sum persons where region=\"个旧\"", .json)
        #expect(mixed.contains(#""topics":[{"facts":2,"topic":"就业","value":7470},{"facts":1,"topic":"贫困人口","value":107}]"#))
        #expect(!(try render("sum persons where topic=jobs", .json)).contains("topics"))
        #expect(try render("list persons where topic=贫困人口", .csv).hasPrefix("doc,measure,value,unit,kind,topic,year,region,surface,text\r\na,persons,107,人,part,贫困人口,2020,"))
        #expect(try render("list persons where topic=贫困人口", .json).contains(#""topic":"贫困人口""#))
    }

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
            let message = try #require(s.error, "\(s): unexpected error \(error.message)")
            #expect(error.message.contains(message), "\(s): got «\(error.message)»")
            let rendered = error.render(s.statement)
            let caretLine = rendered.components(separatedBy: "\n").last ?? ""
            let column = caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) + 1 }
            let want = try #require(s.caretColumn, "\(s): say where the caret stands: `-- error: col \(column ?? 0): …`")
            #expect(column == want, "\(s): the caret is at column \(column ?? 0):\n\(rendered)")
        }
    }
}
