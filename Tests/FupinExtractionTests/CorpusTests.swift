import Foundation
import FupinCore
import Testing
@testable import FupinExtraction

/// A sentence of a corpus file and the expectations of its block, all of which it must meet.
struct CorpusCase: CustomStringConvertible, Sendable {
    let file: String
    let line: Int
    let expectations: [String]
    let sentence: String
    let title: String?
    let date: String?
    var description: String { "\(file):\(line) \(expectations.joined(separator: " | ")) ← \(sentence)" }
}

enum Corpus {
    static let files = ["numbers", "units", "hedges", "kinds", "years", "traps", "places", "place-evidence", "plans-and-parts", "numerals", "topics-in-reports", "wrapped-lines"]

    static func load() -> [CorpusCase] {
        var cases: [CorpusCase] = []
        for name in files {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Corpus"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            // consecutive `=` lines make one block: each sentence under them meets them all
            var expectations: [String] = []
            var afterSentence = false
            var title: String?, date: String?
            for (n, raw) in text.components(separatedBy: "\n").enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                if line.hasPrefix("@ title ") { title = String(line.dropFirst(8)); continue }
                if line.hasPrefix("@ date ") { date = String(line.dropFirst(7)); continue }
                if line == "@ clear" { title = nil; date = nil; continue }
                if line.hasPrefix("= ") {
                    if afterSentence { expectations = []; afterSentence = false }
                    expectations.append(String(line.dropFirst(2)))
                    continue
                }
                guard !expectations.isEmpty else { continue }
                cases.append(CorpusCase(file: name, line: n + 1, expectations: expectations, sentence: line, title: title, date: date))
                afterSentence = true
            }
        }
        // a sentence under several blocks (one a fact, as the files are written) meets them all at once
        var merged: [CorpusCase] = []
        var index: [String: Int] = [:]
        for c in cases {
            let key = [c.file, c.sentence, c.title ?? "", c.date ?? ""].joined(separator: "\u{1}")
            if let k = index[key] {
                let m = merged[k]
                merged[k] = CorpusCase(file: m.file, line: m.line, expectations: m.expectations + c.expectations,
                                       sentence: m.sentence, title: m.title, date: m.date)
            } else {
                index[key] = merged.count
                merged.append(c)
            }
        }
        return merged
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
        let got = facts.map { "\($0.measure.rawValue) \($0.value) «\($0.surface)»" }
        #expect(!c.expectations.contains("none") || c.expectations.count == 1, "\(c): a block expects none and something")
        for expectation in c.expectations { Self.check(expectation, facts, c, got) }
        // the facts a block expects are all the facts its sentences give
        let positive = c.expectations.filter { $0 != "none" && !$0.hasPrefix("no ") }
        // (several expectations may speak of one fact, as many facts of one value as its lines)
        if !positive.isEmpty, positive.count == c.expectations.count {
            var rest = facts
            var claimed: [String: Int] = [:]
            for e in positive { let w = e.split(separator: " "); claimed[w[0] + " " + w[1], default: 0] += 1 }
            for (pair, n) in claimed {
                let w = pair.split(separator: " ")
                for _ in 0..<n {
                    if let k = rest.firstIndex(where: { $0.measure.rawValue == w[0] && abs($0.value - Double(w[1])!) < 1e-6 }) { rest.remove(at: k) }
                }
                // (a fact several lines expect leaves no other of its value unclaimed)
                rest.removeAll { f in f.measure.rawValue == w[0] && abs(f.value - Double(w[1])!) < 1e-6 && n > 1 }
            }
            guard !rest.isEmpty else { return }
            // the facts no expectation accounts for, written as the lines that would expect them
            let lines = rest.map { f in
                let v = f.value == f.value.rounded() ? String(Int(f.value)) : String(f.value)
                return "= \(f.measure.rawValue) \(v)\(f.approx ? " approx" : "") kind=\(f.kind.rawValue)"
            }
            Issue.record("\(c): exact: \(positive.count) expected, got \(got); unexpected: \(lines.joined(separator: " ⁂ "))")
        }
    }

    /// One expectation of a block against a sentence's facts: one fact meets every condition it states.
    static func check(_ expectation: String, _ facts: [Fact], _ c: CorpusCase, _ got: [String]) {
        let words = expectation.split(separator: " ").map(String.init)
        if words == ["none"] {
            #expect(facts.isEmpty, "\(c): got \(got)")
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
        #expect(!candidates.isEmpty, "\(c): \(expectation) not found; got \(got)")
        guard !candidates.isEmpty else { return }
        var wantApprox = false
        var checks: [(String, (Fact) -> Bool)] = []
        for w in words.dropFirst(2) {
            if w == "approx" { wantApprox = true }
            else if w.hasPrefix("kind=") { let k = Kind(rawValue: String(w.dropFirst(5))); checks.append((w, { $0.kind == k })) }
            else if w.hasPrefix("year=") { let y = Int(w.dropFirst(5)); checks.append((w, { $0.year == y })) }
            else if w.hasPrefix("region!=") { let r = String(w.dropFirst(8)); checks.append((w, { !$0.regionPath.levels.contains { $0.contains(r) } })) }
            else if w.hasPrefix("topic=") { let t = Topic(name: String(w.dropFirst(6))); checks.append((w, { $0.topic == t })) }
            else if w.hasPrefix("topic!=") { let t = Topic(name: String(w.dropFirst(7))); checks.append((w, { $0.topic != t })) }
            else if w.hasPrefix("region=") { let r = String(w.dropFirst(7)); checks.append((w, { $0.regionPath.levels.contains { $0.contains(r) } })) }
            else if w.hasPrefix("subject~") { let s = String(w.dropFirst(8)); checks.append((w, { $0.subject.contains(s) })) }
            else { Issue.record("\(c): unknown condition \(w) in \(expectation)") }
        }
        checks.append(("approx=\(wantApprox)", { $0.approx == wantApprox }))
        // one fact meets them all (two facts of one value must not share the conditions between them)
        let all = candidates.contains { f in checks.allSatisfy { $0.1(f) } }
        let failed = checks.filter { check in !candidates.contains(where: check.1) }.map(\.0)
        #expect(all, "\(c): \(expectation): \(failed.isEmpty ? "no one fact meets all" : failed.joined(separator: ", ") + " failed"); got \(candidates.map { "kind=\($0.kind.rawValue) year=\($0.year.map(String.init) ?? "nil") approx=\($0.approx) region=\($0.regionPath.levels) topic=\($0.topic.rawValue)" })")
    }
}
