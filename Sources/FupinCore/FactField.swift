/// One field of a fact as every output names it: the one table of a fact's shape.
///
/// The writers and readers of facts are hand-written for speed (``JSONText`` writes JSON lines
/// and CSV rows, ``FactColumns`` holds the queried fields as columns, the store's index and
/// document files read them back); a test checks each of them against ``Fact/fields``, so a
/// field added to ``Fact`` and forgotten in one of them fails there.
public struct FactField: Sendable, Hashable {
    /// What a field holds.
    public enum ValueType: Sendable, Hashable {
        case text, number, integer, boolean, measure, kind, topic, places
    }

    /// The property of ``Fact`` (`regionPath`).
    public let name: String
    /// The key in a fact's JSON line (`region_path`).
    public let json: String
    /// The column in CSV output, or nil when CSV leaves the field out.
    public let csv: String?
    /// The column of ``FactColumns`` that holds it, or nil when queries do not scan it (read
    /// from the document file when shown).
    public let column: String?
    /// The column's key in the store index's `facts` object (`repeat_of`).
    public let indexKey: String?
    public let type: ValueType
    /// Whether a fact may have no value (JSON leaves the key out, CSV an empty field).
    public let optional: Bool

    public init(_ name: String, json: String? = nil, csv: String?, column: String?, indexKey: String? = nil,
                _ type: ValueType, optional: Bool = false) {
        self.name = name; self.json = json ?? name; self.csv = csv; self.column = column; self.indexKey = indexKey ?? column
        self.type = type; self.optional = optional
    }
}

extension Fact {
    /// Every field of a fact's JSON line, in CSV column order (JSON sorts its keys). Not here:
    /// what a fact carries for the extractor and the store only (``sentenceSpan``,
    /// ``textSpan``, ``topicCue``).
    public static let fields: [FactField] = [
        FactField("doc", csv: "doc", column: "doc", .text),
        FactField("measure", csv: "measure", column: "measure", .measure),
        FactField("value", csv: "value", column: "value", .number),
        FactField("unit", csv: "unit", column: "unit", .text),
        FactField("surface", csv: "surface", column: nil, .text),
        FactField("approx", csv: "approx", column: "approx", .boolean),
        FactField("kind", csv: "kind", column: "kind", .kind),
        FactField("region", csv: "region", column: nil, .text, optional: true),   // the path's last level
        FactField("regionPath", json: "region_path", csv: "region_path", column: "path", .places),
        FactField("year", csv: "year", column: "year", .integer, optional: true),
        FactField("subject", csv: "subject", column: "subject", .text),
        FactField("topic", csv: "topic", column: "topic", .topic),
        FactField("text", csv: "text", column: nil, .text),
        FactField("start", csv: "start", column: nil, .integer),
        FactField("end", csv: "end", column: nil, .integer),
        FactField("sentence", csv: nil, column: nil, .text),
        FactField("rule", csv: "rule", column: nil, .text),
        FactField("repeatOf", json: "repeat_of", csv: nil, column: "repeatOf", indexKey: "repeat_of", .text, optional: true),
    ]

    /// The CSV header's columns (`extract` and `export`), from ``fields``.
    public static let csvColumns: [String] = fields.compactMap(\.csv)
}
