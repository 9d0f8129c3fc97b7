import Foundation
import FupinCore

/// One document file of the store: `documents/<id>.json`.
public struct StoredDocument: Decodable, Sendable {
    public var schema: Int
    public var document: Document
    public var facts: [Fact]

    public init(document: Document, facts: [Fact]) {
        self.schema = Store.schema; self.document = document; self.facts = facts
    }

    enum CodingKeys: String, CodingKey { case schema, document, facts }

    /// Reads schema 1 (sentence and clause repeated in each fact) and schema 2 (spans of the
    /// document's text, see ``encode(_:facts:)``).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        document = try c.decode(Document.self, forKey: .document)
        var scalars: [Unicode.Scalar]?   // the text as scalars, once a span needs it (not for schema 1)
        let text = document.text
        func spanText(_ span: [Int]) -> String? {
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            return TextSpans.text(scalars!, span)
        }
        var list = try c.nestedUnkeyedContainer(forKey: .facts)
        var facts: [Fact] = []
        while !list.isAtEnd {
            let f = try list.decode(StoredFact.self)
            guard let sentence = f.sentence ?? f.sentenceSpan.flatMap(spanText),
                  let clause = f.text ?? f.textSpan.flatMap(spanText) else {
                throw DecodingError.dataCorrupted(.init(codingPath: list.codingPath,
                    debugDescription: "a fact's sentence or text span lies outside the document's text"))
            }
            let path = f.regionPath ?? document.regionPath
            var fact = Fact(doc: f.doc ?? document.id, measure: f.measure, value: f.value, unit: f.unit, surface: f.surface,
                            approx: f.approx, kind: f.kind, region: f.region ?? path.levels.last, regionPath: path, year: f.year,
                            subject: f.subject, topic: f.topic, text: clause, start: f.start, end: f.end, sentence: sentence,
                            rule: f.rule, repeatOf: f.repeatOf)
            (fact.sentenceSpan, fact.textSpan) = (TextSpans.range(f.sentenceSpan), TextSpans.range(f.textSpan))
            facts.append(fact)
        }
        self.facts = facts
    }

    /// A fact as a document file holds it; a missing `doc`, `region_path` or `region` is
    /// the document's (nil here), a `"region":null` an explicit none (`.some(nil)`). A file
    /// written before topics has no `topic`: ``Topic/other``.
    private struct StoredFact: Decodable {
        var doc: String?, measure: Measure, value: Double, unit: String, surface: String, approx: Bool, kind: Kind
        var region: String??, regionPath: RegionPath?, year: Int?, subject: String, start: Int, end: Int, rule: String
        var repeatOf: String?, topic: Topic
        var sentence: String?, sentenceSpan: [Int]?, text: String?, textSpan: [Int]?
        enum CodingKeys: String, CodingKey {
            case doc, measure, value, unit, surface, approx, kind, region, year, subject, start, end, rule, sentence, text, topic
            case regionPath = "region_path", repeatOf = "repeat_of", sentenceSpan = "sentence_span", textSpan = "text_span"
        }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            doc = try c.decodeIfPresent(String.self, forKey: .doc)
            measure = try c.decode(Measure.self, forKey: .measure); value = try c.decode(Double.self, forKey: .value)
            unit = try c.decode(String.self, forKey: .unit); surface = try c.decode(String.self, forKey: .surface)
            approx = try c.decode(Bool.self, forKey: .approx); kind = try c.decode(Kind.self, forKey: .kind)
            region = c.contains(.region) ? .some(try c.decodeIfPresent(String.self, forKey: .region)) : nil
            regionPath = try c.decodeIfPresent(RegionPath.self, forKey: .regionPath)
            year = try c.decodeIfPresent(Int.self, forKey: .year); subject = try c.decode(String.self, forKey: .subject)
            start = try c.decode(Int.self, forKey: .start); end = try c.decode(Int.self, forKey: .end)
            topic = try c.decodeIfPresent(Topic.self, forKey: .topic) ?? .other
            rule = try c.decode(String.self, forKey: .rule); repeatOf = try c.decodeIfPresent(String.self, forKey: .repeatOf)
            sentence = try c.decodeIfPresent(String.self, forKey: .sentence); sentenceSpan = try c.decodeIfPresent([Int].self, forKey: .sentenceSpan)
            text = try c.decodeIfPresent(String.self, forKey: .text); textSpan = try c.decodeIfPresent([Int].self, forKey: .textSpan)
        }
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
    static func encode(_ entries: [CatalogEntry], generation: Int) -> JSONBytes {
        var j = JSONText(capacity: entries.count * 200 + 64)
        j.raw("{"); j.key("schema"); j.int(Store.schema)
        j.nextKey("generation"); j.int(generation)
        j.nextKey("documents"); j.raw("[")
        for (k, e) in entries.enumerated() {
            j.raw(k == 0 ? "\n" : ",\n")
            j.raw("{"); j.key("content_hash"); j.string(e.contentHash)
            if let v = e.date { j.nextKey("date"); j.string(v) }
            j.nextKey("facts"); j.int(e.facts)
            j.nextKey("id"); j.string(e.id)
            if let v = e.origin { j.nextKey("origin"); j.string(v) }
            if let v = e.source { j.nextKey("source"); j.string(v) }
            if let v = e.title { j.nextKey("title"); j.string(v) }
            j.raw("}")
        }
        j.raw("]}\n")
        return j.finish()
    }
}

extension Store {
    /// Writes a document's file ahead, under a temporary name (see ``StoreWriter/put(_:facts:staged:)``);
    /// nil when that fails (the writer then writes it itself and reports any error).
    public func stageDocument(_ document: Document, facts: [Fact]) -> StagedFile? {
        try? AtomicFile.stage(StoredDocument.encode(document, facts: facts), forPath: documentPath(document.id))
    }
}

extension StoredDocument {
    /// A document file's bytes, written by hand (see ``JSONText``). Each fact's sentence and
    /// clause are parts of the document's text: they are stored as spans of it
    /// (`"sentence_span":[a,b]`, `"text_span":[a,b]`, Unicode scalar offsets) rather than
    /// repeated, which keeps a store about a third of the size. A sentence not found in the
    /// text (a fact made elsewhere) is stored verbatim, as in schema 1.
    static func encode(_ document: Document, facts: [Fact]) -> JSONBytes {
        var j = JSONText(capacity: document.text.utf8.count * 2 + facts.count * 300 + 256)
        j.raw("{"); j.key("document"); j.document(document)
        j.nextKey("facts"); j.raw("[")
        var spans: TextSpans?   // a search, only for facts that do not carry their spans
        for (k, f) in facts.enumerated() {
            j.raw(k == 0 ? "\n" : ",\n")
            if let ss = f.sentenceSpan, let ts = f.textSpan {
                j.fact(f, within: (document, ss, ts))
            } else {
                if spans == nil { spans = TextSpans(document.text) }
                j.fact(f, within: (document, spans!.find(f.sentence, around: f.start..<f.end),
                                   spans!.find(f.text, around: f.start..<f.end)))
            }
        }
        j.raw("],"); j.key("schema"); j.int(Store.schema)
        j.raw("}\n")
        return j.finish()
    }
}

/// Finds a fact's sentence or clause in its document's text, near the fact's surface.
struct TextSpans {
    private let scalars: [UInt32]
    private var last: (text: String, span: Range<Int>)?

    init(_ text: String) { scalars = text.unicodeScalars.map(\.value) }

    /// The span of `part` in the text that covers `surface`, or nil.
    mutating func find(_ part: String, around surface: Range<Int>) -> Range<Int>? {
        // facts of one sentence come together: the span found for the one before
        if let l = last, l.span.lowerBound <= surface.lowerBound, surface.upperBound <= l.span.upperBound, l.text == part { return l.span }
        let needle = part.unicodeScalars.map(\.value)
        let n = needle.count
        guard surface.upperBound <= scalars.count, n >= surface.count else { return nil }
        var p = surface.lowerBound
        let lowest = max(0, surface.upperBound - n)
        while p >= lowest {
            if p + n <= scalars.count, scalars[p..<(p + n)].elementsEqual(needle) {
                last = (part, p..<(p + n))
                return p..<(p + n)
            }
            p -= 1
        }
        return nil
    }

    static func range(_ span: [Int]?) -> Range<Int>? {
        guard let s = span, s.count == 2, s[0] >= 0, s[0] <= s[1] else { return nil }
        return s[0]..<s[1]
    }

    /// The text of a span; nil when the span does not fit (a damaged file).
    static func text(_ scalars: [Unicode.Scalar], _ span: [Int]) -> String? {
        guard let r = range(span), r.upperBound <= scalars.count else { return nil }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[r])
        return String(v)
    }
}

/// Finished JSON goes to a file (``AtomicFile``) without a copy.
extension JSONBytes: ContiguousBytes {}
