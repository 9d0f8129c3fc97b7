import FupinCore

/// A literal value in a condition.
public enum Literal: Equatable, Sendable {
    case text(String)
    case number(Double)
}

/// Comparison operators.
public enum Comparison: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", contains = "~"
}

/// A `where` condition.
public indirect enum Condition: Equatable, Sendable {
    case compare(Field, Comparison, Literal)
    case oneOf(Field, [Literal], negated: Bool)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)

    /// Whether the condition names `field` anywhere (a query naming `kind` keeps rates and targets in sums).
    public func names(_ field: Field) -> Bool {
        switch self {
        case .compare(let f, _, _), .oneOf(let f, _, _): return f == field
        case .and(let a, let b), .or(let a, let b): return a.names(field) || b.names(field)
        case .not(let c): return c.names(field)
        }
    }
}

/// What `order by` sorts on.
public enum OrderKey: Equatable, Sendable {
    case value
    case field(Field)
}

/// A parsed query: `sum persons where region="个旧" group by year order by value desc limit 5`.
public struct Query: Equatable, Sendable {
    public var aggregate: Aggregate
    /// nil for `facts` (every measure).
    public var measure: Measure?
    public var condition: Condition?
    public var groupBy: [Field] = []
    public var order: (key: OrderKey, descending: Bool)?
    public var limit: Int?

    public static func == (a: Query, b: Query) -> Bool {
        a.aggregate == b.aggregate && a.measure == b.measure && a.condition == b.condition && a.groupBy == b.groupBy
            && a.order?.key == b.order?.key && a.order?.descending == b.order?.descending && a.limit == b.limit
    }
}
