/// A lexical token of the query language, with where it stands (scalar offset).
public struct Token: Equatable, Sendable {
    /// What sort of token (not ``FupinCore/Kind``, the kind of a figure).
    public enum Category: Equatable, Sendable {
        case word(String)        // keywords, aggregates, measures, fields, bare values
        case string(String)      // "个旧", “个旧”, '个旧'
        case number(Double)
        case op(String)          // = != < <= > >= ~
        case leftParen, rightParen, comma
        case end
    }
    public let category: Category
    /// Offset (in Unicode scalars) of the token's first character in the query.
    public let offset: Int
    public let length: Int

    public var describe: String {
        switch category {
        case .word(let w): return "'\(w)'"
        case .string(let s): return "\"\(s)\""
        case .number(let n): return Answer.format(n)
        case .op(let o): return "'\(o)'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .end: return "end of query"
        }
    }
}
