import Foundation
import FupinCore
import Testing
@testable import FupinExtraction

/// One sentence of `Corpus/subjects.txt` and the subjects its first figures must get (one
/// word a figure, in order: `= 农村低保对象 农村低保对象` for `农村低保对象4456户6536人`).
struct SubjectCase: CustomStringConvertible, Sendable {
    let line: Int
    let subject: String
    let sentence: String
    var description: String { "subjects.txt:\(line) = \(subject) ← \(sentence)" }

    static func load() -> [SubjectCase] {
        Corpus.blocks("subjects").map { SubjectCase(line: $0.line, subject: $0.expectation, sentence: $0.sentence) }
    }
}

@Suite("Subjects")
struct SubjectTests {
    static let extractor = Extractor()

    @Test("the subject corpus is present")
    func corpusLoads() {
        #expect(SubjectCase.load().count >= 40)
    }

    @Test(arguments: SubjectCase.load())
    func subject(_ c: SubjectCase) {
        let facts = Self.extractor.extract(text: "\n" + c.sentence + "\n", id: "t").facts
        let want = c.subject.split(separator: " ").map(String.init)
        #expect(Array(facts.prefix(want.count).map(\.subject)) == want, "\(c): got \(facts.map { "«\($0.surface)» \($0.subject)" })")
    }

    @Test("every row of the word list is found whole")
    func lexiconRows() {
        for (w, role) in SubjectLexicon.rows {
            let s = w.unicodeScalars.map(\.value)
            let m = SubjectLexicon.trie.longest(in: s, at: 0)
            #expect(m?.length == s.count && m?.value == role, "\(w)")
        }
    }

    @Test("the verbs of change a subject ends before are change words of the kind lexicon")
    func changeVerbsAreChangeWords() {
        let words = Set(KindCues.changeWords)
        for v in SubjectLexicon.changeVerbs { #expect(words.contains(v), "\(v)") }
    }

    /// The package root, from this file's path (Tests/FupinExtractionTests/SubjectTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A word of the list that starts before `b` and ends after it in `s`.
    static func crossed(_ s: [UInt32], at b: Int) -> String? {
        guard b > 0, b < s.count else { return nil }
        for p in max(0, b - SubjectLexicon.maxWordLength + 1)..<b {
            if let m = SubjectLexicon.trie.longest(in: s, at: p), p + m.length > b {
                return NormalizedText.string(s[p..<(p + m.length)])
            }
        }
        return nil
    }

    @Test("on the seeds, no subject starts or ends inside a word of the word list")
    func seedsAtWordBoundaries() throws {
        let dir = Self.root.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        var checked = 0
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            for fact in Self.extractor.extract(text: text, id: f).facts where !fact.subject.isEmpty {
                let subject = fact.subject.unicodeScalars.map(\.value)
                #expect((2...10).contains(subject.count), "\(f): «\(fact.surface)» \(fact.subject)")
                // (in its clause, or — a clause that says only a time or a change speaks of the
                // figure before it, 比2019年增加1649人 — in its sentence)
                var found = false
                for text in [fact.text, fact.sentence] where !found {
                    let clause = NormalizedText(text).scalars   // simplified, pinyin glosses dropped, as the extractor reads it
                    var i = 0
                    while i + subject.count <= clause.count {
                        if clause[i..<(i + subject.count)].elementsEqual(subject) {
                            found = true
                            let bad = Self.crossed(clause, at: i) ?? Self.crossed(clause, at: i + subject.count)
                            #expect(bad == nil, "\(f): «\(fact.surface)» subject \(fact.subject) cuts \(bad ?? "") in \(text)")
                        }
                        i += 1
                    }
                }
                #expect(found, "\(f): «\(fact.surface)» subject \(fact.subject) not in its clause \(fact.text) nor its sentence")
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
