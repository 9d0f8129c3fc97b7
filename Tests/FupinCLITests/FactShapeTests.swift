import Foundation
@testable import FupinCore
@testable import FupinStorage
import Testing
@testable import fupin

/// Every hand-written place that knows a fact's fields agrees with the one table of them,
/// ``Fact/fields``: add a field to ``Fact`` and this suite names each place still to change.
@Suite("Fact shape")
struct FactShapeTests {
    static let fields = Fact.fields

    /// A fact with every field set to a value no other field has.
    static let sample = Fact(doc: "d1", measure: .households, value: 4456, unit: "户", surface: "4456户", approx: true,
                             kind: .part, region: "个旧市", regionPath: RegionPath(["云南省", "个旧市"]), year: 2019,
                             subject: "低保", topic: .welfare, text: "其中低保4456户", start: 7, end: 12,
                             sentence: "截至目前,其中低保4456户。", rule: "unit.households.户", repeatOf: "d0",
                             textSpan: nil, topicCue: nil)   // (the public initialiser's order: the memberwise one is visible here too)

    /// The sample's fields as text, by the table's names.
    static func described(_ f: Fact) -> [String: String] {
        var out: [String: String] = [:]
        for child in Mirror(reflecting: f).children { if let l = child.label { out[l] = "\(child.value)" } }
        return out
    }

    /// The keys of a flat JSON object, in the order written.
    static func keys(_ json: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: #"[{,]"([a-z_]+)":"#) else { return [] }
        let ns = json as NSString
        return re.matches(in: json, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    @Test func factPropertiesAreTheTable() {
        let stored = Set(Mirror(reflecting: Self.sample).children.compactMap(\.label))
        #expect(stored.subtracting(["sentenceSpan", "textSpan", "topicCue"]) == Set(Self.fields.map(\.name)))
        #expect(Set(Self.fields.map(\.name)).count == Self.fields.count)
    }

    @Test func codingKeysAreTheTablesJSONKeys() {
        #expect(Set(Fact.CodingKeys.allCases.map(\.stringValue)) == Set(Self.fields.map(\.json)))
    }

    @Test func aJSONLineHasTheTablesKeysSortedAndReadsBack() throws {
        let line = JSONText.line(Self.sample)
        #expect(Self.keys(line) == Self.fields.map(\.json).sorted())
        let back = try JSONDecoder().decode(Fact.self, from: Data(line.utf8))
        let (a, b) = (Self.described(Self.sample), Self.described(back))
        for f in Self.fields { #expect(a[f.name] == b[f.name], "\(f.name) does not survive a JSON line") }
        // optional fields are left out when they have no value
        var bare = Self.sample
        bare.region = nil; bare.year = nil; bare.repeatOf = nil
        #expect(Self.keys(JSONText.line(bare)) == Self.fields.filter { !$0.optional }.map(\.json).sorted())
    }

    @Test func csvHeaderAndRowFollowTheTable() {
        #expect(FactWriter.csvColumns == Self.fields.compactMap(\.csv))
        var j = JSONText()
        j.csvRow(Self.sample, texts: nil)
        let cells = String(decoding: j.bytes, as: UTF8.self).dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let expected: [String: String] = [
            "doc": "d1", "measure": "households", "value": "4456", "unit": "户", "surface": "4456户", "approx": "true", "kind": "part",
            "region": "个旧市", "region_path": "云南省/个旧市", "year": "2019", "subject": "低保", "topic": "兜底",
            "text": "其中低保4456户", "start": "7", "end": "12", "rule": "unit.households.户",
        ]
        #expect(Set(expected.keys) == Set(FactWriter.csvColumns), "this test's sample row names every CSV column")
        #expect(cells == FactWriter.csvColumns.map { expected[$0] ?? "?" })
    }

    /// The queried fields are columns; the builder fills each, `columnFact` reads each back.
    @Test func columnsHoldTheTablesColumnFields() {
        var b = FactColumns.Builder()
        b.add(FactColumns.DocumentInfo(id: "d1"), facts: [Self.sample])
        let c = b.columns
        var rowColumns: [String: Int] = [:]
        for child in Mirror(reflecting: c).children {
            if let l = child.label, !["documents", "strings", "paths"].contains(l), let a = child.value as? any Collection { rowColumns[l] = a.count }
        }
        #expect(Set(rowColumns.keys) == Set(Self.fields.compactMap(\.column) + ["ordinal"]))
        #expect(rowColumns.values.allSatisfy { $0 == 1 }, "the builder fills every column: \(rowColumns)")
        let (a, back) = (Self.described(Self.sample), Self.described(c.columnFact(0)))
        for f in Self.fields where f.column != nil { #expect(a[f.name] == back[f.name], "\(f.name) does not survive the columns") }
    }

    /// The index writes, reads and checks each column of the table.
    @Test func theIndexWritesReadsAndValidatesEachColumn() throws {
        var b = FactColumns.Builder()
        b.add(FactColumns.DocumentInfo(id: "d1"), facts: [Self.sample])
        let c = b.columns
        let bytes = FactIndex.encode(c, generation: 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes.array)) as? [String: Any])
        let facts = try #require(object["facts"] as? [String: Any])
        #expect(Set(facts.keys) == Set(Self.fields.compactMap(\.indexKey) + ["ordinal"]))
        let (_, read) = try FactIndex.decode(Data(bytes.array))
        let (a, back) = (Self.described(Self.sample), Self.described(read.columnFact(0)))
        for f in Self.fields where f.column != nil { #expect(a[f.name] == back[f.name], "\(f.name) does not survive the index") }
        // a column one row short is refused
        let shorten: [String: (inout FactColumns) -> Void] = [
            "doc": { $0.doc.removeLast() }, "ordinal": { $0.ordinal.removeLast() }, "measure": { $0.measure.removeLast() },
            "kind": { $0.kind.removeLast() }, "value": { $0.value.removeLast() }, "approx": { $0.approx.removeLast() },
            "year": { $0.year.removeLast() }, "path": { $0.path.removeLast() }, "unit": { $0.unit.removeLast() },
            "subject": { $0.subject.removeLast() }, "topic": { $0.topic.removeLast() }, "repeatOf": { $0.repeatOf.removeLast() },
        ]
        #expect(Set(shorten.keys) == Set(Self.fields.compactMap(\.column) + ["ordinal"]))
        for (name, cut) in shorten where name != "doc" {   // `doc` is the row count itself
            var bad = c
            cut(&bad)
            #expect(throws: FactIndex.Unusable.self, "\(name)") { try FactIndex.validate(bad) }
        }
    }

    /// A document file keeps every field of the table (some as spans of the text).
    @Test func aDocumentFileKeepsEveryField() throws {
        let text = "截至目前,其中低保4456户。"
        let doc = Document(id: "d1", regionPath: RegionPath(["云南省"]), text: text)
        var f = Self.sample
        f.start = 9; f.end = 14
        let bytes = StoredDocument.encode(doc, facts: [f])
        let stored = try JSONDecoder().decode(StoredDocument.self, from: Data(bytes.array))
        let (a, back) = (Self.described(f), Self.described(stored.facts[0]))
        for field in Self.fields { #expect(a[field.name] == back[field.name], "\(field.name) does not survive a document file") }
    }
}
