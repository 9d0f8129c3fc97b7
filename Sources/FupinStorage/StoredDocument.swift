import FupinCore

/// One document file of the store: `documents/<id>.json`.
public struct StoredDocument: Codable, Sendable {
    public var schema: Int
    public var document: Document
    public var facts: [Fact]

    public init(document: Document, facts: [Fact]) {
        self.schema = Store.schema; self.document = document; self.facts = facts
    }
}

/// A catalog row: enough to list documents and to see unchanged content without opening files.
public struct CatalogEntry: Codable, Sendable, Equatable {
    public var id: String
    public var contentHash: String
    public var origin: String?
    public var facts: Int
    public var title: String?
    public var date: String?
    public var source: String?

    enum CodingKeys: String, CodingKey {
        case id, origin, facts, title, date, source
        case contentHash = "content_hash"
    }
}

/// `catalog.json`. `generation` counts the writes; the fact index records the one it matches.
struct Catalog: Codable {
    var schema: Int
    var generation: Int?
    var documents: [CatalogEntry]

    /// Written by hand (one line per document), `generation` near the start so that it can
    /// be read without parsing the whole file.
    static func encode(_ entries: [CatalogEntry], generation: Int) -> [UInt8] {
        var j = JSONText(capacity: entries.count * 200 + 64)
        j.raw("{"); j.key("schema"); j.int(Store.schema)
        j.raw(","); j.key("generation"); j.int(generation)
        j.raw(","); j.key("documents"); j.raw("[")
        for (k, e) in entries.enumerated() {
            j.raw(k == 0 ? "\n" : ",\n")
            j.raw("{"); j.key("content_hash"); j.string(e.contentHash)
            if let v = e.date { j.raw(","); j.key("date"); j.string(v) }
            j.raw(","); j.key("facts"); j.int(e.facts)
            j.raw(","); j.key("id"); j.string(e.id)
            if let v = e.origin { j.raw(","); j.key("origin"); j.string(v) }
            if let v = e.source { j.raw(","); j.key("source"); j.string(v) }
            if let v = e.title { j.raw(","); j.key("title"); j.string(v) }
            j.raw("}")
        }
        j.raw("]}\n")
        return j.bytes
    }
}

extension StoredDocument {
    /// A document file's bytes, written by hand (see ``JSONText``).
    static func encode(_ document: Document, facts: [Fact]) -> [UInt8] {
        var j = JSONText(capacity: document.text.utf8.count * 2 + facts.count * 400 + 256)
        j.raw("{"); j.key("document"); j.document(document)
        j.raw(","); j.key("facts"); j.raw("[")
        for (k, f) in facts.enumerated() { j.raw(k == 0 ? "\n" : ",\n"); j.fact(f) }
        j.raw("],"); j.key("schema"); j.int(Store.schema)
        j.raw("}\n")
        return j.bytes
    }
}
