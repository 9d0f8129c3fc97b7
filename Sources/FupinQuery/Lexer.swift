/// Scanner: query text → tokens. Full-width punctuation (`＝`, `（`, `“…”`) is read as its
/// ASCII meaning; offsets stay those of the original text.
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var i = 0

    public init(_ query: String) { scalars = Array(query.unicodeScalars) }

    public static func tokenize(_ query: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(query)
        var out: [Token] = []
        while true {
            let t = try lexer.next()
            out.append(t)
            if t.category == .end { return out }
        }
    }

    /// Full-width forms → ASCII (`＝` → `=`), so one table of operators serves both.
    static func ascii(_ u: Unicode.Scalar) -> Unicode.Scalar {
        if u.value >= 0xFF01 && u.value <= 0xFF5E { return Unicode.Scalar(u.value - 0xFEE0)! }
        if u == "\u{3000}" { return " " }
        if u == "、" { return "," }
        if u == "【" { return "(" }
        if u == "】" { return ")" }
        return u
    }

    private static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u == "_" || u == "-" || u == "." { return true }
        if u.value < 0x80 { return u.properties.isAlphabetic || ("0"..."9").contains(u) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    mutating func next() throws(Diagnostic) -> Token {
        while i < scalars.count, Self.ascii(scalars[i]).properties.isWhitespace { i += 1 }
        guard i < scalars.count else { return Token(category: .end, offset: scalars.count, length: 0) }
        let start = i
        let raw = scalars[i]
        let u = Self.ascii(raw)
        if let close = QuoteMarks.closing(for: raw) {
            i += 1
            var text = String.UnicodeScalarView()
            while i < scalars.count {
                let c = scalars[i]
                if QuoteMarks.closes(c, close) { break }
                if c.properties.generalCategory == .control { throw Diagnostic("control character inside a string", at: i) }
                text.append(c); i += 1
            }
            guard i < scalars.count else { throw Diagnostic("unterminated string: add the closing quote", at: start, length: i - start) }
            i += 1
            return Token(category: .string(String(text)), offset: start, length: i - start)
        }
        switch u {
        case "(": i += 1; return Token(category: .leftParen, offset: start, length: 1)
        case ")": i += 1; return Token(category: .rightParen, offset: start, length: 1)
        case ",": i += 1; return Token(category: .comma, offset: start, length: 1)
        case "=", "~":
            i += 1
            if u == "=", i < scalars.count, Self.ascii(scalars[i]) == "=" { i += 1 }
            return Token(category: .op(String(u)), offset: start, length: i - start)
        case "!", "<", ">":
            i += 1
            if i < scalars.count, Self.ascii(scalars[i]) == "=" {
                i += 1
                return Token(category: .op(String(u) + "="), offset: start, length: 2)
            }
            if u == "<", i < scalars.count, Self.ascii(scalars[i]) == ">" { i += 1; return Token(category: .op("!="), offset: start, length: 2) }
            if u == "!" { throw Diagnostic("expected '=' after '!'", at: start) }
            return Token(category: .op(String(u)), offset: start, length: 1)
        default: break
        }
        if ("0"..."9").contains(u) || (u == "-" && i + 1 < scalars.count && ("0"..."9").contains(Self.ascii(scalars[i + 1]))) {
            var text = String(u)
            i += 1
            while i < scalars.count {
                let c = Self.ascii(scalars[i])
                if ("0"..."9").contains(c) || c == "." { text.unicodeScalars.append(c); i += 1; continue }
                // 23,000: a comma inside a number only before three digits (in (2019,2020) is a list)
                if c == ",", i + 3 < scalars.count, (1...3).allSatisfy({ ("0"..."9").contains(Self.ascii(scalars[i + $0])) }),
                   i + 4 >= scalars.count || !("0"..."9").contains(Self.ascii(scalars[i + 4])) { i += 1; continue }
                break
            }
            // 2020-10 or 12abc: a bare word, not a number
            if i < scalars.count, Self.isWordScalar(scalars[i]) {
                while i < scalars.count, Self.isWordScalar(scalars[i]) { text.unicodeScalars.append(Self.ascii(scalars[i])); i += 1 }
                return Token(category: .word(text), offset: start, length: i - start)
            }
            guard let v = Double(text) else { throw Diagnostic("malformed number '\(text)'", at: start, length: i - start) }
            return Token(category: .number(v), offset: start, length: i - start)
        }
        if Self.isWordScalar(u) {
            var text = String.UnicodeScalarView()
            while i < scalars.count, Self.isWordScalar(Self.ascii(scalars[i])) { text.append(Self.ascii(scalars[i])); i += 1 }
            return Token(category: .word(String(text)), offset: start, length: i - start)
        }
        if raw.properties.generalCategory == .control {
            throw Diagnostic("unexpected control character U+\(String(raw.value, radix: 16, uppercase: true))", at: start)
        }
        throw Diagnostic("unexpected character '\(raw)'", at: start)
    }
}
