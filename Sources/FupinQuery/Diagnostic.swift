/// A query error with its position, rendered with a caret under the problem:
///
/// ```
/// sum persns where region="个旧"
///     ^^^^^^ unknown measure 'persns' (did you mean persons?)
/// ```
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    /// Scalar offset and length of the offending text.
    public let offset: Int
    public let length: Int

    public init(_ message: String, at offset: Int, length: Int = 1) {
        self.message = message; self.offset = offset; self.length = max(1, length)
    }

    public var description: String { message }

    /// The query, then a caret line; a Han character counts as two columns.
    public func render(_ query: String) -> String {
        let scalars = Array(query.unicodeScalars)
        // Show only the line holding the error, and at most 120 columns of it.
        var lineStart = min(offset, scalars.count)
        while lineStart > 0 && scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = min(offset, scalars.count)
        while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
        var from = lineStart
        if TextWidth.columns(scalars[lineStart..<min(offset, scalars.count)]) > 80 { from = max(lineStart, offset - 40) }
        let to = min(lineEnd, from + 160)
        let shown = String(String.UnicodeScalarView(scalars[from..<to].map { $0.properties.generalCategory == .control ? "?" : $0 }))
        let pad = TextWidth.columns(scalars[from..<min(max(from, offset), scalars.count)])
        let width = max(1, TextWidth.columns(scalars[min(offset, scalars.count)..<min(offset + length, scalars.count)]))
        let prefix = from > lineStart ? "…" : ""
        return prefix + shown + "\n" + String(repeating: " ", count: pad + (prefix.isEmpty ? 0 : 1))
            + String(repeating: "^", count: width) + " " + message
    }
}

/// Display width in a terminal: East Asian wide characters take two columns.
public enum TextWidth {
    public static func columns<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        scalars.reduce(0) { $0 + width($1) }
    }
    public static func columns(_ s: String) -> Int { columns(s.unicodeScalars) }

    public static func width(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x300 { return v == 0 ? 0 : 1 }          // ASCII and Latin: no property lookup
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }     // Han, the common case
        if u.properties.generalCategory == .nonspacingMark { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) || (0x2580...0x259F).contains(v) { return 2 }
        return 1
    }

    /// What ``clip(_:_:counting:)`` counts.
    public enum Measure: Sendable { case columns, characters }

    /// `s` cut to `limit` with a trailing `…`: `limit` display columns, line breaks dropped
    /// (`list`'s text column), or `limit` characters (`.docs`'s titles, which were always cut so).
    public static func clip(_ s: String, _ limit: Int, counting measure: Measure = .columns) -> String {
        switch measure {
        case .characters:
            return s.count > limit ? String(s.prefix(limit - 1)) + "…" : s
        case .columns:
            var out = "", w = 0
            for u in s.unicodeScalars where u != "\n" {
                let cw = width(u)
                if w + cw > limit - 1 { return out + "…" }
                out.unicodeScalars.append(u); w += cw
            }
            return out
        }
    }

    /// `s` padded with spaces to `width` columns (left-aligned, or right-aligned for numbers).
    public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - columns(s)))
        return right ? fill + s : s + fill
    }
}
