/// CSV fields (RFC 4180) written into the same buffer: `fupin extract` and `export` write facts
/// as CSV rows, and query answers use the same quoting rule.
extension JSONText {
    /// A CSV field: as it is, or quoted with quotes doubled when it holds `,` `"` or a line break.
    public mutating func csvField(_ s: String) {
        guard Self.needsQuotes(s) else { verbatim(s); return }
        quotedCSV(s)
    }

    /// Parts joined by `separator` as one CSV field (a region path: `云南省/红河州/个旧市`).
    public mutating func csvField(_ parts: [String], separator: UInt8) {
        let quoted = parts.contains(where: Self.needsQuotes)
        if quoted { byte(0x22) }
        for (k, part) in parts.enumerated() {
            if k > 0 { byte(separator) }
            if quoted { quotedCSV(part, enclosed: false) } else { verbatim(part) }
        }
        if quoted { byte(0x22) }
    }

    /// A span of a document's text as a CSV field, from the text's bytes; false (nothing
    /// written) when the span is not inside the text.
    @discardableResult
    public mutating func csvField(_ text: IndexedText, span: Range<Int>) -> Bool {
        text.withUTF8(span) { b in
            if b.contains(where: Self.isSpecial) { quotedCSV(b) } else { put(b) }
        } != nil
    }

    /// Whether a field must be quoted: it holds `,` `"` or a line break.
    public static func needsQuotes(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { $0.contains(where: isSpecial) }
    }

    private static func isSpecial(_ b: UInt8) -> Bool { b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D }

    private mutating func quotedCSV(_ s: String, enclosed: Bool = true) {
        var s = s
        s.withUTF8 { quotedCSV($0, enclosed: enclosed) }
    }

    private mutating func quotedCSV(_ b: UnsafeBufferPointer<UInt8>, enclosed: Bool = true) {
        if enclosed { byte(0x22) }
        for c in b { if c == 0x22 { byte(0x22) }; byte(c) }
        if enclosed { byte(0x22) }
    }
}
