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

    /// Whether a field must be quoted: it holds `,` `"` or a line break.
    public static func needsQuotes(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { $0.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } }
    }

    private mutating func quotedCSV(_ s: String, enclosed: Bool = true) {
        if enclosed { byte(0x22) }
        for b in s.utf8 { if b == 0x22 { byte(0x22) }; byte(b) }
        if enclosed { byte(0x22) }
    }
}
