import FupinCore

/// Parser: tokens → ``Query``. One method per grammar rule.
///
/// ```
/// query     := aggregate measure [ "where" or ] [ "group" "by" field { "," field } ]
///              [ "order" "by" ( "value" | field ) [ "asc" | "desc" ] ] [ "limit" NUMBER ]
/// aggregate := "sum" | "count" | "avg" | "median" | "min" | "max" | "latest" | "list"
/// measure   := "persons" | "person_times" | "households" | "villages" | "yuan" | "percent"
///            | "km" | "tons" | "items" | "mu" | "facts"
/// or        := and { "or" and }
/// and       := not { "and" not }
/// not       := "not" not | primary
/// primary   := "(" or ")" | field op value | field [ "not" ] "in" "(" value { "," value } ")"
/// op        := "=" | "!=" | "<" | "<=" | ">" | ">=" | "~"        (full-width ＝ ～ accepted)
/// field     := region | year | doc | kind | subject | topic | approx | value | unit | source
///            | date | measure | title
/// value     := STRING | NUMBER | WORD                             ("个旧", “个旧”, 2019, total, 就业, jobs)
/// ```
public struct Parser {
    private let tokens: [Token]
    private var p = 0
    private var depth = 0
    /// Nesting beyond this is refused rather than risking the stack.
    public static let maxDepth = 100

    public init(tokens: [Token]) { self.tokens = tokens }

    /// Parses a whole query; errors carry the position of the offending token.
    public static func parse(_ query: String) throws(Diagnostic) -> Query {
        let tokens = try Lexer.tokenize(query)
        if tokens.count == 1 { throw Diagnostic("empty query: try `count facts` or `.help`", at: 0) }
        var parser = Parser(tokens: tokens)
        return try parser.query()
    }

    private var current: Token { tokens[p] }

    private mutating func advance() -> Token { let t = tokens[p]; if p < tokens.count - 1 { p += 1 }; return t }

    private func isWord(_ w: String) -> Bool {
        if case .word(let x) = current.category { return x.lowercased() == w }
        return false
    }

    private mutating func expectWord(_ w: String, after what: String) throws(Diagnostic) {
        guard isWord(w) else { throw Diagnostic("expected '\(w)' after \(what), found \(current.describe)", at: current.offset, length: current.length) }
        _ = advance()
    }

    // MARK: - Rules

    mutating func query() throws(Diagnostic) -> Query {
        let agg = try aggregate()
        let measureToken = current
        let m = try measure()
        if m == nil, agg.needsOneMeasure {
            throw Diagnostic("\(agg.rawValue) needs one measure: numbers of different measures do not add (try persons, yuan, …)",
                             at: measureToken.offset, length: measureToken.length)
        }
        var q = Query(aggregate: agg, measure: m)
        if isWord("where") { _ = advance(); q.condition = try or() }
        if isWord("group") {
            _ = advance()
            try expectWord("by", after: "'group'")
            q.groupBy = [try field()]
            while current.category == .comma { _ = advance(); q.groupBy.append(try field()) }
        }
        if isWord("order") {
            _ = advance()
            try expectWord("by", after: "'order'")
            let key: OrderKey = isWord("value") || isWord(agg.rawValue) ? { _ = advance(); return .value }() : .field(try field())
            var desc = key == .value
            if isWord("asc") { _ = advance(); desc = false } else if isWord("desc") { _ = advance(); desc = true }
            q.order = Ordering(key: key, descending: desc)
        }
        if isWord("limit") {
            _ = advance()
            guard case .number(let n) = current.category, n >= 0, n == n.rounded(), n < 1e9 else {
                throw Diagnostic("expected a whole number after 'limit', found \(current.describe)", at: current.offset, length: current.length)
            }
            q.limit = Int(n); _ = advance()
        }
        guard current.category == .end else {
            let hint = current.category == .rightParen ? "unmatched ')'" : "unexpected \(current.describe)"
            throw Diagnostic("\(hint): expected where, group by, order by, limit or the end", at: current.offset, length: current.length)
        }
        return q
    }

    mutating func aggregate() throws(Diagnostic) -> Aggregate {
        try vocabularyWord("aggregate", Vocabulary.aggregates, missing: { list, _ in "a query starts with one of \(list)" }) { Aggregate(rawValue: $0) }
    }

    mutating func measure() throws(Diagnostic) -> Measure? {
        let m: Measure?? = try vocabularyWord("measure", Vocabulary.measures, missing: { "expected a measure (\($0)), found \($1)" }) { w in
            w == "facts" ? .some(nil) : Measure(rawValue: w).map { .some($0) }
        }
        return m ?? nil
    }

    /// One word from a vocabulary (aggregate, measure, field), case-insensitive; a word that is
    /// not in it gets a "did you mean" from the same list.
    private mutating func vocabularyWord<T>(_ what: String, _ words: [String], missing: (String, String) -> String,
                                            _ make: (String) -> T?) throws(Diagnostic) -> T {
        let t = advance()
        guard case .word(let w) = t.category else {
            throw Diagnostic(missing(words.joined(separator: ", "), t.describe), at: t.offset, length: t.length)
        }
        guard let v = make(w.lowercased()) else {
            throw Diagnostic("unknown \(what) '\(w)'" + hint(w, words), at: t.offset, length: t.length)
        }
        return v
    }

    mutating func or() throws(Diagnostic) -> Condition {
        var c = try and()
        while isWord("or") { _ = advance(); c = .or(c, try and()) }
        return c
    }

    mutating func and() throws(Diagnostic) -> Condition {
        var c = try not()
        while isWord("and") { _ = advance(); c = .and(c, try not()) }
        return c
    }

    mutating func not() throws(Diagnostic) -> Condition {
        if isWord("not") { _ = advance(); return .not(try deeper { (p: inout Parser) throws(Diagnostic) in try p.not() }) }
        return try primary()
    }

    mutating func primary() throws(Diagnostic) -> Condition {
        if current.category == .leftParen {
            let open = advance()
            let c = try deeper { (p: inout Parser) throws(Diagnostic) in try p.or() }
            guard current.category == .rightParen else {
                throw Diagnostic("expected ')' to close the '(' here", at: open.offset, length: 1)
            }
            _ = advance()
            return c
        }
        let f = try field()
        var negated = false
        if isWord("not") { _ = advance(); negated = true; guard isWord("in") else {
            throw Diagnostic("expected 'in' after 'not'", at: current.offset, length: current.length) } }
        if isWord("in") {
            _ = advance()
            guard current.category == .leftParen else { throw Diagnostic("expected '(' after 'in'", at: current.offset, length: current.length) }
            _ = advance()
            var values = [try value(for: f)]
            while current.category == .comma { _ = advance(); values.append(try value(for: f)) }
            guard current.category == .rightParen else { throw Diagnostic("expected ',' or ')' in the list", at: current.offset, length: current.length) }
            _ = advance()
            return .oneOf(f, values, negated: negated)
        }
        guard case .op(let o) = current.category, let op = Comparison(rawValue: o == "==" ? "=" : o) else {
            throw Diagnostic("expected an operator (= != < <= > >= ~ in) after '\(f.rawValue)', found \(current.describe)", at: current.offset, length: current.length)
        }
        _ = advance()
        let v = try value(for: f, op: op)
        if op == .contains, f.isNumeric { throw Diagnostic("'~' (contains) needs a text field, not \(f.rawValue)", at: tokens[p - 1].offset, length: tokens[p - 1].length) }
        return .compare(f, op, v)
    }

    mutating func field() throws(Diagnostic) -> Field {
        try vocabularyWord("field", Vocabulary.fields, missing: { "expected a field (\($0)), found \($1)" }) { Field(rawValue: $0) }
    }

    /// A value, checked against the field's type: `year>"abc"` is an error here.
    mutating func value(for f: Field, op: Comparison = .equal) throws(Diagnostic) -> Literal {
        let t = advance()
        let v: Literal
        switch t.category {
        case .string(let s): v = .text(s)
        case .number(let n): v = .number(n)
        case .word(let w): v = .text(w)
        default: throw Diagnostic("expected a value after the operator, found \(t.describe)", at: t.offset, length: t.length)
        }
        switch (f, v) {
        case (.year, .text(let s)), (.value, .text(let s)):
            if let n = Double(s) { return .number(n) }
            if f == .year, s.lowercased() == "null" || s.lowercased() == "none" { return .text("null") }
            throw Diagnostic("\(f.rawValue) takes a number, not \"\(s)\"", at: t.offset, length: t.length)
        case (.kind, .text(let s)):
            guard Kind(rawValue: s.lowercased()) != nil else {
                throw Diagnostic("unknown kind '\(s)'" + hint(s, Kind.allCases.map(\.rawValue)), at: t.offset, length: t.length)
            }
        case (.measure, .text(let s)):
            guard Measure(rawValue: s.lowercased()) != nil else {
                throw Diagnostic("unknown measure '\(s)'" + hint(s, Measure.allCases.map(\.rawValue)), at: t.offset, length: t.length)
            }
        case (.topic, .text(let s)) where op != .contains:   // `topic~"基础"` looks inside names
            guard Topic(name: s) != nil else {
                throw Diagnostic("unknown topic '\(s)'" + hint(s, Topic.names), at: t.offset, length: t.length)
            }
        case (.topic, .number):
            throw Diagnostic("topic takes a name such as 就业 or jobs (.help query lists them), not a number", at: t.offset, length: t.length)
        case (.approx, .text(let s)):
            guard ["true", "false", "yes", "no"].contains(s.lowercased()) else {
                throw Diagnostic("approx is true or false, not '\(s)'", at: t.offset, length: t.length)
            }
        default: break
        }
        return v
    }

    private mutating func deeper<T>(_ body: (inout Parser) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw Diagnostic("conditions nested more than \(Self.maxDepth) deep", at: current.offset, length: current.length) }
        return try body(&self)
    }

    private func hint(_ w: String, _ among: [String]) -> String {
        Vocabulary.suggestion(for: w, among: among).map { " (did you mean \($0)?)" } ?? " (one of: \(among.joined(separator: ", ")))"
    }
}
