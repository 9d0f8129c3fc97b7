import Foundation
import Testing

/// End to end on the seeds: ingest into a temporary store, answer the gold queries exactly,
/// and keep the extraction score on the seeds from sliding back.
@Suite("Seeds end to end", .serialized)
struct SeedTests {
    static let store = Fupin.seededStore("seeds")

    struct GoldQuery: Decodable, Sendable, CustomStringConvertible {
        let query: String
        let expect: Double
        var description: String { query }
    }

    static func queries() -> [GoldQuery] {
        let text = (try? String(contentsOf: Fupin.fixture("seeds-queries.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(GoldQuery.self, from: Data($0.utf8)) }
    }

    @Test func ingestReportsWhatItDid() throws {
        let s = Fupin.tempDir("ingest")
        let first = try Fupin.run(["ingest", "--store", s.path, "seeds"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("5 added, 0 unchanged, 0 replaced, 0 failed"))
        let again = try Fupin.run(["ingest", "--store", s.path, "seeds"])
        #expect(again.stdout.contains("0 added, 5 unchanged"))
    }

    @Test(arguments: queries())
    func goldQuery(_ q: GoldQuery) throws {
        #expect(Self.queries().count == 19)
        let r = try Fupin.run(["query", "--store", Self.store.path, q.query])
        #expect(r.status == 0, "\(r.stderr)")
        let numbers = r.stdout.replacingOccurrences(of: ",", with: "")
            .split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        let got = try #require(numbers.last, "no number in: \(r.stdout)")
        #expect(abs(got - q.expect) <= max(abs(q.expect) * 0.005, 0.01), "\(q.query): got \(got), want \(q.expect)\n\(r.stdout)")
    }

    /// The scorer's matching, in Swift: a fact matches a gold fact of the same document,
    /// measure and value; a trap is hit by a fact of its value whose surface overlaps it.
    @Test func seedExtractionScore() throws {
        let r = try Fupin.run(["extract", "seeds", "--format", "jsonl"])
        #expect(r.status == 0)
        let facts = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let goldText = try String(contentsOf: Fupin.fixture("seeds-gold.jsonl"), encoding: .utf8)
        let gold = goldText.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        func close(_ a: Any?, _ b: Any?) -> Bool {
            guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
            return abs(x - y) <= max(abs(y) * 0.005, 0.01)
        }
        var used = Set<Int>()
        var matched = 0, regionOK = 0, yearOK = 0, yearTotal = 0
        let golds = gold.filter { ($0["type"] as? String) == "fact" }
        for g in golds {
            guard let i = facts.indices.first(where: { !used.contains($0) && facts[$0]["doc"] as? String == g["doc"] as? String
                && facts[$0]["measure"] as? String == g["measure"] as? String && close(facts[$0]["value"], g["value"]) }) else { continue }
            used.insert(i); matched += 1
            let path = (facts[i]["region_path"] as? [String]) ?? []
            if let want = g["region"] as? String, path.contains(where: { $0.contains(want) }) { regionOK += 1 }
            if let y = g["year"] as? Int { yearTotal += 1; if facts[i]["year"] as? Int == y { yearOK += 1 } }
        }
        let traps = gold.filter { ($0["type"] as? String) == "trap" }
        var hits: [String] = []
        for t in traps {
            for f in facts where f["doc"] as? String == t["doc"] as? String && close(f["value"], t["value"]) {
                if let m = t["measure"] as? String, f["measure"] as? String != m { continue }
                if let k = t["allowed_kind"] as? String, f["kind"] as? String == k { continue }
                let surf = f["surface"] as? String ?? "", ts = t["surface"] as? String ?? ""
                if !surf.isEmpty, !ts.isEmpty, !ts.contains(surf), !surf.contains(ts) { continue }
                hits.append(ts); break
            }
        }
        let recall = Double(matched) / Double(golds.count)
        let precision = Double(matched) / Double(facts.count)
        #expect(recall >= 0.97, "recall \(recall)")
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(Double(regionOK) / Double(matched) >= 0.97)
        #expect(Double(yearOK) / Double(yearTotal) >= 0.95)
        #expect(hits.isEmpty, "traps hit: \(hits)")
    }

    @Test func offsetsPointIntoTheStoredText() throws {
        let r = try Fupin.run(["extract", "seeds/003_e898b0121d85a338.txt", "--format", "jsonl"])
        let text = try String(contentsOf: Fupin.packageRoot.appendingPathComponent("seeds/003_e898b0121d85a338.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for line in r.stdout.split(separator: "\n") {
            let f = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = f["start"] as! Int, end = f["end"] as! Int
            let slice = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(slice == f["surface"] as? String)
        }
    }
}
