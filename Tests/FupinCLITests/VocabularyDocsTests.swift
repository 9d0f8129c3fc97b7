import Foundation
import FupinCore
import FupinQuery
import Testing
@testable import fupin

/// The query language is documented in three places — `fupin help query` (``LanguageReference``),
/// the grammar in `Parser.swift`'s header and README's "Query language" — and each must name
/// every word of the vocabulary tables (``Aggregate``, ``Measure``, ``Field``,
/// ``Vocabulary/keywords``, ``Comparison``): a word added to a table fails here until documented.
@Suite("Vocabulary in the docs")
struct VocabularyDocsTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: Fupin.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The words of a text: runs of letters, digits and `_`.
    static func words(_ s: String) -> Set<String> {
        Set(s.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
    }

    /// The lines from the first that starts with `start` (after trimming) up to the next line
    /// that starts a new entry (`isEntry`).
    static func entry(_ text: String, _ start: String, isEntry: (String) -> Bool) -> String {
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.firstIndex(where: { $0.hasPrefix(start) }) else { return "" }
        return ([lines[first]] + lines[(first + 1)...].prefix { !isEntry($0) }).joined(separator: "\n")
    }

    static let aggregates = Aggregate.allCases.map(\.rawValue)
    static let measures = Vocabulary.measures
    static let fields = Field.allCases.map(\.rawValue)

    static func missing(_ wanted: [String], in text: String) -> [String] {
        let have = words(text)
        return wanted.filter { !have.contains($0) }
    }

    @Test func helpQueryNamesEveryWord() {
        let text = LanguageReference.language
        // an entry: `  agg       sum | …`, continued on lines indented further
        let lines = text.components(separatedBy: "\n")
        func section(_ name: String) -> String {
            guard let first = lines.firstIndex(where: { $0.hasPrefix("  \(name) ") }) else { return "" }
            return ([lines[first]] + lines[(first + 1)...].prefix { $0.hasPrefix("   ") }).joined(separator: "\n")
        }
        #expect(Self.missing(Self.aggregates, in: section("agg")).isEmpty, "\(section("agg"))")
        #expect(Self.missing(Self.measures, in: section("measure")).isEmpty, "\(section("measure"))")
        #expect(Self.missing(Self.fields, in: section("field")).isEmpty, "\(section("field"))")
        #expect(Self.missing(Vocabulary.keywords, in: text).isEmpty)
        #expect(Comparison.allCases.allSatisfy { section("op").contains(" " + $0.rawValue + " ") }, "\(section("op"))")
        #expect(Self.missing(Kind.allCases.map(\.rawValue), in: section("kind")).isEmpty)
        #expect(Topic.allCases.allSatisfy { LanguageReference.topics.contains("\($0.rawValue) \($0.english)") })
    }

    @Test func theParsersGrammarNamesEveryWord() throws {
        let source = try Self.read("Sources/FupinQuery/Parser.swift")
        let header = source.components(separatedBy: "```")[1].replacingOccurrences(of: "///", with: "")
        func rule(_ name: String) -> String { Self.entry(header, name + " ", isEntry: { $0.contains(":=") }) }
        #expect(Self.missing(Self.aggregates, in: rule("aggregate")).isEmpty, "\(rule("aggregate"))")
        #expect(Self.missing(Self.measures, in: rule("measure")).isEmpty, "\(rule("measure"))")
        #expect(Self.missing(Self.fields, in: rule("field")).isEmpty, "\(rule("field"))")
        #expect(Self.missing(Vocabulary.keywords, in: header).isEmpty, "\(header)")
        #expect(Comparison.allCases.allSatisfy { rule("op").contains("\"\($0.rawValue)\"") }, "\(rule("op"))")
    }

    @Test func theREADMENamesEveryWord() throws {
        let readme = try Self.read("README.md")
        let start = try #require(readme.range(of: "## Query language"))
        let section = String(readme[start.upperBound...].prefix { _ in true }).components(separatedBy: "\n## ")[0]
        func bullet(_ name: String) -> String { Self.entry(section, "- " + name, isEntry: { $0.hasPrefix("- ") || $0.isEmpty }) }
        let agg = bullet("agg:")
        #expect(Self.aggregates.allSatisfy { agg.contains("`\($0)`") }, "\(agg)")
        #expect(agg.contains("`facts`"))
        let measureRow = readme.components(separatedBy: "\n").first { $0.hasPrefix("| `measure` |") } ?? ""
        #expect(Measure.allCases.allSatisfy { measureRow.contains("`\($0.rawValue)`") }, "\(measureRow)")
        let cond = bullet("cond:")
        let fields = cond.components(separatedBy: "Fields:").last ?? ""
        #expect(Self.missing(Self.fields, in: fields).isEmpty, "\(cond)")
        #expect(Comparison.allCases.allSatisfy { cond.contains("`\($0.rawValue)`") }, "\(cond)")
        #expect(Self.missing(Vocabulary.keywords, in: section).isEmpty)
    }
}
