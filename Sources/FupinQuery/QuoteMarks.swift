/// The quotation marks a query string may use, and which mark closes each: one table for the
/// ``Lexer`` and for the shell, which waits for more lines while a quote is open
/// (`region=「个旧` gets a continuation prompt).
public enum QuoteMarks {
    /// Opening mark → closing mark.
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "'": "'", "“": "”", "‘": "’", "「": "」", "”": "”"]

    /// The mark that closes a string opened by `open` (full-width `＂` reads as `"`), or nil
    /// when `open` opens no string.
    public static func closing(for open: Unicode.Scalar) -> Unicode.Scalar? {
        pairs[open] ?? pairs[Lexer.ascii(open)]
    }

    /// Whether `c` ends a string that `close` (from ``closing(for:)``) would end: `"…＂` and
    /// `”…"` close too.
    public static func closes(_ c: Unicode.Scalar, _ close: Unicode.Scalar) -> Bool {
        c == close || (close == "\"" && Lexer.ascii(c) == "\"") || (close == "”" && c == "\"")
    }
}
