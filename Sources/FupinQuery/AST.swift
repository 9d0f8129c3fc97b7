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

/// `order by value desc`: what to sort on, and which way.
public struct Ordering: Equatable, Sendable {
    public var key: OrderKey
    public var descending: Bool
    public init(key: OrderKey, descending: Bool) { self.key = key; self.descending = descending }
}

/// A parsed query: `sum persons where region="个旧" group by year order by value desc limit 5`.
public struct Query: Equatable, Sendable {
    public var aggregate: Aggregate
    /// nil for `facts` (every measure).
    public var measure: Measure?
    public var condition: Condition?
    public var groupBy: [Field] = []
    public var order: Ordering?
    public var limit: Int?
}
