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

/// `catalog.json`.
struct Catalog: Codable {
    var schema: Int
    var documents: [CatalogEntry]
}
