/// A trie over Unicode scalars, built once from a lexicon table and shared.
///
/// Every lexicon (units, hedges, kind cues, place names) is a table of rows; the extractor
/// asks "which row starts here?" at the few positions that matter.
public struct ScalarTrie<Value: Sendable>: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Value?] = [nil]
    /// First scalars of all keys, for a cheap reject before any dictionary lookup.
    private var firstScalars = ScalarSet()

    public init() {}

    public init(_ rows: [(String, Value)]) {
        for (key, value) in rows { insert(key, value) }
    }

    public mutating func insert(_ key: String, _ value: Value) {
        var node = 0
        for u in key.unicodeScalars {
            if node == 0 { firstScalars.insert(u.value) }
            if let next = children[node][u.value] {
                node = Int(next)
            } else {
                children.append([:]); values.append(nil)
                children[node][u.value] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        values[node] = value
    }

    public func mayStart(_ u: UInt32) -> Bool { firstScalars.contains(u) }

    /// The longest key that starts at `i`, with its length in scalars.
    public func longest(in s: [UInt32], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? s.count, s.count)
        guard i < end, firstScalars.contains(s[i]) else { return nil }
        var node = 0, j = i
        var best: (Int, Value)?
        while j < end, let next = children[node][s[j]] {
            node = Int(next); j += 1
            if let v = values[node] { best = (j - i, v) }
        }
        return best
    }

    /// The longest key that ends exactly at `end` (exclusive), looking back at most `maxLength`.
    public func longestEnding(in s: [UInt32], at end: Int, from start: Int, maxLength: Int) -> (length: Int, value: Value)? {
        var len = min(maxLength, end - start)
        while len > 0 {
            if let m = longest(in: s, at: end - len, limit: end), m.length == len { return m }
            len -= 1
        }
        return nil
    }
}
