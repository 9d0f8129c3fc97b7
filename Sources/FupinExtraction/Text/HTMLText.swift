/// HTML → plain text: tags removed, `script`/`style` dropped, block elements become line
/// breaks, entities decoded. Forgiving: broken or deeply nested markup never fails.
public enum HTMLText {
    /// True when text looks like an HTML page rather than a report that mentions a tag.
    static let markers: [[UInt8]] = ["<html", "<!doctype html", "<body", "<p>", "<div", "<meta"].map { Array($0.utf8) }

    public static func looksLikeHTML(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8.prefix(2048)).withUnsafeBufferPointer(scan)
    }

    /// The same test of a text's UTF-8 bytes.
    static func looksLikeHTML(utf8 bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(scan)
    }

    /// The first 2 KB in place: `<` found with memchr, a marker compared only there, ASCII
    /// letters folded as compared (copying and folding the whole head cost 10k instructions a
    /// report, and most reports have no `<` at all).
    private static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let n = min(b.count, 2048)
        var i = 0
        while let hit = TextDecoder.firstIndex(of: 0x3C, in: b, from: i, to: n) {
            i = hit
            for m in markers where i + m.count <= n && m.indices.allSatisfy({ k in Self.folded(base[i + k]) == m[k] }) { return true }
            i += 1
        }
        return false
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    @inline(__always)
    private static func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
        "h5", "h6", "title", "section", "article", "header", "footer", "nav", "blockquote", "hr",
        "dd", "dt", "pre", "figure", "figcaption",
    ]
    private static let droppedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "head"]
    private static let entities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“",
        "rdquo": "”", "lsquo": "‘", "rsquo": "’", "middot": "·", "mdash": "—", "ndash": "–",
        "hellip": "…", "bull": "•", "times": "×", "yen": "¥", "copy": "©", "ensp": " ", "emsp": " ",
    ]

    /// The text of an HTML page.
    public static func plainText(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var dropping: String?
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if s[i...].starts(with: "<!--".unicodeScalars) {
                    i = find("-->", in: s, from: i + 4).map { $0 + 3 } ?? s.count
                    continue
                }
                guard let close = s[i...].firstIndex(of: ">") else { break }
                let inner = String(String.UnicodeScalarView(s[(i + 1)..<close])).lowercased()
                let isEnd = inner.hasPrefix("/")
                let name = String(inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
                if let d = dropping {
                    if isEnd && name == d { dropping = nil }
                } else if droppedTags.contains(name) && !isEnd && !inner.hasSuffix("/") {
                    dropping = name
                } else if blockTags.contains(name) {
                    out.append("\n")
                }
                i = close + 1
                continue
            }
            if dropping != nil { i += 1; continue }
            if c == "&", let semi = s[i..<min(i + 12, s.count)].firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
                if let decoded = decodeEntity(name) {
                    out.append(contentsOf: decoded.unicodeScalars)
                    i = semi + 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        // Collapse the blank lines that markup leaves behind.
        var lines: [String] = []
        for line in String(out).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmed(" \t\r\u{3000}")
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n").trimmed("\n")
    }

    private static func decodeEntity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
           let u = Unicode.Scalar(v) { return String(u) }
        if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { return String(u) }
        return entities[name]
    }

    private static func find(_ needle: String, in s: [Unicode.Scalar], from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        var i = from
        while i + n.count <= s.count {
            if s[i] == n[0] && Array(s[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmed(_ set: String) -> String {
        let chars = Set(set.unicodeScalars)
        let v = unicodeScalars
        guard let first = v.firstIndex(where: { !chars.contains($0) }) else { return "" }
        let last = v.lastIndex(where: { !chars.contains($0) })!
        return String(v[first...last])
    }
}
