import Foundation
import FupinCore
import Testing
@testable import FupinExtraction

/// One expectation of a corpus file and the sentences that must meet it.
struct CorpusCase: CustomStringConvertible, Sendable {
    let file: String
    let line: Int
    let expectation: String
    let sentence: String
    let title: String?
    let date: String?
    var description: String { "\(file):\(line) \(expectation) ← \(sentence)" }
}

enum Corpus {
    static let files = ["numbers", "units", "hedges", "kinds", "years", "traps", "places", "place-evidence", "plans-and-parts", "numerals", "topics-in-reports"]

    static func load() -> [CorpusCase] {
        var cases: [CorpusCase] = []
        for name in files {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Corpus"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            var expectation: String?
            var title: String?, date: String?
            for (n, raw) in text.components(separatedBy: "\n").enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                if line.hasPrefix("@ title ") { title = String(line.dropFirst(8)); continue }
                if line.hasPrefix("@ date ") { date = String(line.dropFirst(7)); continue }
                if line == "@ clear" { title = nil; date = nil; continue }
                if line.hasPrefix("= ") { expectation = String(line.dropFirst(2)); continue }
                if let e = expectation { cases.append(CorpusCase(file: name, line: n + 1, expectation: e, sentence: line, title: title, date: date)) }
            }
        }
        return cases
    }

    /// The blocks of a simple corpus file (`= EXPECTATION` then sentences), with line numbers:
    /// the loader `topics.txt` and `subjects.txt` share.
    static func blocks(_ name: String) -> [(line: Int, expectation: String, sentence: String)] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Corpus"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out: [(line: Int, expectation: String, sentence: String)] = []
        var expectation: String?
        for (n, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("= ") { expectation = String(line.dropFirst(2)); continue }
            if let e = expectation { out.append((n + 1, e, line)) }
        }
        return out
    }

    static func document(_ c: CorpusCase) -> String {
        var text = ""
        if let t = c.title { text += t + "\n" }
        if let d = c.date { text += "发布时间:\(d) 10:00\n" }
        // `⏎` in a corpus line starts a new paragraph: a place or year carried across lines
        return text + "\n" + c.sentence.replacingOccurrences(of: "⏎", with: "\n") + "\n"
    }
}

@Suite("Extraction corpora")
struct CorpusTests {
    static let extractor = Extractor()

    @Test("corpus files are present and non-trivial")
    func corpusLoads() {
        #expect(Corpus.load().count > 140)
    }

    @Test(arguments: Corpus.load())
    func example(_ c: CorpusCase) {
        let facts = Self.extractor.extract(text: Corpus.document(c), id: "t").facts
        let words = c.expectation.split(separator: " ").map(String.init)
        if words == ["none"] {
            #expect(facts.isEmpty, "\(c): got \(facts.map { "\($0.measure.rawValue) \($0.value) «\($0.surface)»" })")
            return
        }
        if words.first == "no" {
            let m = Measure(rawValue: words[1]), v = Double(words[2])
            #expect(!facts.contains { $0.measure == m && $0.value == v }, "\(c)")
            return
        }
        let measure = Measure(rawValue: words[0])
        let value = Double(words[1])!
        let candidates = facts.filter { $0.measure == measure && abs($0.value - value) < 1e-6 }
        #expect(!candidates.isEmpty, "\(c): got \(facts.map { "\($0.measure.rawValue) \($0.value) «\($0.surface)»" })")
        guard !candidates.isEmpty else { return }
        var wantApprox = false
        var checks: [(String, (Fact) -> Bool)] = []
        for w in words.dropFirst(2) {
            if w == "approx" { wantApprox = true }
            else if w.hasPrefix("kind=") { let k = Kind(rawValue: String(w.dropFirst(5))); checks.append((w, { $0.kind == k })) }
            else if w.hasPrefix("year=") { let y = Int(w.dropFirst(5)); checks.append((w, { $0.year == y })) }
            else if w.hasPrefix("region!=") { let r = String(w.dropFirst(8)); checks.append((w, { !$0.regionPath.levels.contains { $0.contains(r) } })) }
            else if w.hasPrefix("topic=") { let t = Topic(name: String(w.dropFirst(6))); checks.append((w, { $0.topic == t })) }
            else if w.hasPrefix("region=") { let r = String(w.dropFirst(7)); checks.append((w, { $0.regionPath.levels.contains { $0.contains(r) } })) }
            else if w.hasPrefix("subject~") { let s = String(w.dropFirst(8)); checks.append((w, { $0.subject.contains(s) })) }
        }
        checks.append(("approx=\(wantApprox)", { $0.approx == wantApprox }))
        for (name, check) in checks {
            #expect(candidates.contains(where: check), "\(c): \(name) failed; got \(candidates.map { "kind=\($0.kind.rawValue) year=\($0.year.map(String.init) ?? "nil") approx=\($0.approx) region=\($0.regionPath.levels)" })")
        }
    }
}
