/// A small table from scalars to values (numeral digits, quotation pairs): a bitmap says
/// whether a scalar is a key, and only keys are looked up. Scanning asks this for nearly
/// every character, where a Dictionary would hash each one.
public struct ScalarMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keys = ScalarSet()
    private var rows: [(UInt32, Value)] = []

    public init(_ rows: [(UInt32, Value)]) {
        for (k, v) in rows { keys.insert(k); self.rows.append((k, v)) }
    }

    public init(dictionaryLiteral elements: (UInt32, Value)...) { self.init(elements) }

    /// The values of the rows, in the order written.
    public var values: [Value] { rows.map(\.1) }

    @inline(__always)
    public subscript(_ u: UInt32) -> Value? {
        guard keys.contains(u) else { return nil }   // quotation marks: one comparison for Han text
        for (k, v) in rows where k == u { return v }
        return nil
    }
}
