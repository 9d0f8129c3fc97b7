/// A trie over Unicode scalars, built once from a lexicon table and shared.
///
/// Every lexicon (units, hedges, kind cues, place names) is a table of rows; the extractor
/// asks "which row starts here?" at the few positions that matter.
///
/// Edges live in one open-addressing table keyed by (node, scalar) with a multiplicative
/// hash: a step is a multiply and usually one probe, where a dictionary per node paid for
/// SipHash on every scalar of the scan.
public struct ScalarTrie<Value: Sendable>: Sendable {
    /// Each node's row in `payloads`, -1 for none: a walk reads plain integers and copies a
    /// value (a rule's string, retained) once at its end, not at every node that ends a key.
    /// (measured, with the unchecked walk below: 391 → 383 M instructions a pass over 400 generated
    /// reports; paired runs 0.65 → 0.62 s)
    private var values: [Int32] = [-1]
    private var payloads: [Value] = []
    /// Edge keys `(node << 32 | scalar) + 1` (0 marks an empty slot) and their target nodes.
    private var keys = [UInt64](repeating: 0, count: 16)
    private var targets = [Int32](repeating: 0, count: 16)
    private var edges = 0
    /// First scalars of all keys, for a cheap reject before any lookup.
    private var firstScalars = ScalarSet()
    /// First scalars of one-scalar keys, and a bitmap of hashed first-two-scalar pairs: most
    /// positions of a text start no key, and the bits answer that without touching the edge
    /// table (which for the gazetteer is too big for the cache). The bitmap has about 64 bits
    /// per key and at least 64 K (8 KB), so that a false "maybe" stays rare for big lexicons.
    private var singleScalars = ScalarSet()
    /// Last scalars of all keys: a key ends at `end` only after one of these
    /// (``longestEnding(in:at:from:maxLength:)``).
    private var lastScalars = ScalarSet()
    private var pairs: [UInt64]
    private var pairShift: UInt64

    public init() { self.init([]) }

    public init(_ rows: [(String, Value)]) {
        var log2 = 16
        while log2 < 20, 1 << log2 < rows.count * 64 { log2 += 1 }
        pairs = [UInt64](repeating: 0, count: 1 << (log2 - 6))
        pairShift = UInt64(64 - log2)
        for (key, value) in rows { insert(key, value) }
    }

    public mutating func insert(_ key: String, _ value: Value) {
        let scalars = key.unicodeScalars.map(\.value)
        if scalars.count == 1 { singleScalars.insert(scalars[0]) }
        if let last = scalars.last { lastScalars.insert(last) }
        if scalars.count >= 2 { let h = pairSlot(scalars[0], scalars[1]); pairs[h >> 6] |= 1 << UInt64(h & 63) }
        var node = 0
        for u in key.unicodeScalars {
            if node == 0 { firstScalars.insert(u.value) }
            if let next = child(node, u.value) {
                node = Int(next)
            } else {
                values.append(-1)
                addEdge(node, u.value, Int32(values.count - 1))
                node = values.count - 1
            }
        }
        if values[node] >= 0 { payloads[Int(values[node])] = value } else {
            values[node] = Int32(payloads.count)
            payloads.append(value)
        }
    }

    @inline(__always)
    private func pairSlot(_ a: UInt32, _ b: UInt32) -> Int {
        Int(truncatingIfNeeded: ((UInt64(a) << 32 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> pairShift)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    private func child(_ node: Int, _ u: UInt32) -> Int32? {
        let key = (UInt64(node) << 32 | UInt64(u)) &+ 1
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return targets[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    private mutating func addEdge(_ node: Int, _ u: UInt32, _ target: Int32) {
        if (edges + 1) * 2 > keys.count { grow() }
        let key = (UInt64(node) << 32 | UInt64(u)) &+ 1
        put(key, target)
        edges += 1
    }

    private mutating func put(_ key: UInt64, _ target: Int32) {
        let mask = keys.count - 1
        var i = Self.slot(key, mask)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key; targets[i] = target
    }

    private mutating func grow() {
        let (oldKeys, oldTargets) = (keys, targets)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        for (k, t) in zip(oldKeys, oldTargets) where k != 0 { put(k, t) }
    }

    @inline(__always)
    public func mayStart(_ u: UInt32) -> Bool { firstScalars.contains(u) }

    /// The first scalars of all keys.
    var firstScalarSet: ScalarSet { firstScalars }

    /// ``mayStart(_:)`` for a scan over many scalars: the first-scalar bitmap read through a pointer.
    @inline(__always)
    func withMayStart<R>(_ body: ((UInt32) -> Bool) -> R) -> R { firstScalars.withContains(body) }

    /// The longest key that starts at `i`, with its length in scalars.
    ///
    /// Inlined up to the first-scalar test, which rejects most positions of a scan; the walk
    /// is a call of its own (callers ask at nearly every scalar of a line).
    @inline(__always)
    public func longest(in s: [UInt32], at i: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? s.count, s.count)
        guard i < end, firstScalars.contains(s[i]) else { return nil }
        return walk(s, i, end)
    }

    /// The length of the shortest key that starts at `i` and ends by `limit`: whether any key fits
    /// before a position, asked once per start where a scan answers that for many positions.
    public func shortestLength(in s: [UInt32], at i: Int, limit: Int) -> Int? {
        let end = min(limit, s.count)
        guard i < end, firstScalars.contains(s[i]) else { return nil }
        var node = 0, j = i
        while j < end, let next = child(node, s[j]) {
            node = Int(next); j += 1
            if values[node] >= 0 { return j - i }
        }
        return nil
    }

    /// Whether a key may start at `i`: the first-scalar and pair tests of ``longest(in:at:limit:)``
    /// alone, for a scan that asks at every scalar (the place finder) and keeps the call out.
    @inline(__always)
    public func mayStart(in s: [UInt32], at i: Int, end: Int) -> Bool {
        guard i < end, firstScalars.contains(s[i]) else { return false }
        return passesPairTest(s, i, end)
    }

    /// The first position in `from..<end` where a key may start (the first-scalar and pair tests
    /// of ``mayStart(in:at:end:)``), `end` when none does: a scan passes the positions that start
    /// no key through pointers, without a call to the walk.
    @inline(__always)
    func nextMayStart(_ p: UnsafeBufferPointer<UInt32>, from: Int, end: Int) -> Int {
        firstScalars.withContains { first in
            singleScalars.withContains { single in
                pairs.withUnsafeBufferPointer { pp in
                    var k = from
                    while k < end {
                        let u = p[k]
                        if first(u) {
                            if single(u) { return k }
                            if k + 1 < end, pairMayStart(pp, u, p[k + 1]) { return k }
                        }
                        k &+= 1
                    }
                    return max(from, end)
                }
            }
        }
    }

    /// ``nextMayStart(_:from:end:)`` for a scan that also stops where a key of another lexicon
    /// may start (`other`: its first scalars); `either` holds the first scalars of both, the one
    /// test that most positions fail.
    @inline(__always)
    func nextMayStart(_ p: UnsafeBufferPointer<UInt32>, from: Int, end: Int, or other: ScalarSet, either: ScalarSet) -> Int {
        either.withContains { mayStartEither in
            other.withContains { mayStartOther in
                singleScalars.withContains { single in
                    pairs.withUnsafeBufferPointer { pp in
                        var k = from
                        while k < end {
                            let u = p[k]
                            if mayStartEither(u) {
                                if mayStartOther(u) || single(u) { return k }
                                // (a member of `either` that starts no key of `other` is a first scalar here)
                                if k + 1 < end, pairMayStart(pp, u, p[k + 1]) { return k }
                            }
                            k &+= 1
                        }
                        return max(from, end)
                    }
                }
            }
        }
    }

    /// A one-scalar key starts with `s[i]`, or the pair `s[i], s[i+1]` may start a longer one.
    @inline(__always)
    private func passesPairTest(_ s: [UInt32], _ i: Int, _ end: Int) -> Bool {
        if singleScalars.contains(s[i]) { return true }
        guard i + 1 < end else { return false }
        let h = pairSlot(s[i], s[i + 1])
        return pairs[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// Whether the pair `u, next` may start a key of two or more scalars (its bit in `pairs`,
    /// read through `pp`).
    @inline(__always)
    private func pairMayStart(_ pp: UnsafeBufferPointer<UInt64>, _ u: UInt32, _ next: UInt32) -> Bool {
        let h = pairSlot(u, next)
        return pp[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    @inline(never)
    private func walk(_ s: [UInt32], _ i: Int, _ end: Int) -> (length: Int, value: Value)? {
        guard passesPairTest(s, i, end) else { return nil }
        // the edge table, node rows and text read without bounds checks (measured: see `values`)
        let mask = keys.count - 1
        let (best, bestLength) = keys.withUnsafeBufferPointer { kp in
            targets.withUnsafeBufferPointer { tp in
                values.withUnsafeBufferPointer { vp in
                    s.withUnsafeBufferPointer { sp in
                        var node = 0, j = i
                        var best = -1, bestLength = 0
                        steps: while j < end {
                            let key = (UInt64(node) << 32 | UInt64(sp[j])) &+ 1
                            var h = Self.slot(key, mask)
                            while true {
                                let k = kp[h]
                                if k == key { break }
                                if k == 0 { break steps }
                                h = (h + 1) & mask
                            }
                            node = Int(tp[h]); j += 1
                            let v = vp[node]
                            if v >= 0 { best = Int(v); bestLength = j - i }
                        }
                        return (best, bestLength)
                    }
                }
            }
        }
        return best >= 0 ? (bestLength, payloads[best]) : nil
    }

    /// The first key found anywhere in `range`, and where it starts.
    ///
    /// The scan tests first scalars over the buffer without bounds checks and walks only where
    /// one matches: it reads every scalar of a line (footer markers, time words).
    public func firstMatch(in s: [UInt32], _ range: Range<Int>) -> (Int, Value)? {
        let end = min(range.upperBound, s.count)
        guard range.lowerBound < end else { return nil }
        // the first-scalar bitmap read through a pointer too (measured: 0.8 M fewer instructions a pass)
        return firstScalars.withContains { first in
            s.withUnsafeBufferPointer { p in
                var i = range.lowerBound
                while i < end {
                    if first(p[i]), let m = walk(s, i, end) { return (i, m.value) }
                    i += 1
                }
                return nil
            }
        }
    }

    /// How many keys are found in `range`, one after another, counting no further than `atMost`.
    public func count(in s: [UInt32], _ range: Range<Int>, atMost: Int) -> Int {
        var n = 0, k = range.lowerBound
        while n < atMost, let m = firstMatch(in: s, k..<range.upperBound) {
            n += 1
            k = m.0 + 1
        }
        return n
    }

    /// Where keys start in `range`, each read as far as `limit` (which may lie past the range's
    /// end), in order: the scan of ``firstMatch(in:_:)``, through pointers.
    public func starts(in s: [UInt32], _ range: Range<Int>, limit: Int) -> [Int] {
        let end = min(limit, s.count)
        var out: [Int] = []
        firstScalars.withContains { first in
            s.withUnsafeBufferPointer { p in
                var i = range.lowerBound
                while i < min(range.upperBound, end) {
                    if first(p[i]), walk(s, i, end) != nil { out.append(i) }
                    i += 1
                }
            }
        }
        return out
    }

    /// Where keys start in `range`, with their values: the scan of ``starts(in:_:limit:)``.
    public func startsWithValues(in s: [UInt32], _ range: Range<Int>, limit: Int) -> [(at: Int, value: Value)] {
        let end = min(limit, s.count)
        var out: [(at: Int, value: Value)] = []
        firstScalars.withContains { first in
            s.withUnsafeBufferPointer { p in
                var i = range.lowerBound
                while i < min(range.upperBound, end) {
                    if first(p[i]), let m = walk(s, i, end) { out.append((i, m.value)) }
                    i += 1
                }
            }
        }
        return out
    }

    /// Where keys start in `range`, in order (one scan, like ``firstMatch(in:_:)``).
    public func matches(in s: [UInt32], _ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        var i = range.lowerBound
        while i < min(range.upperBound, s.count), let m = firstMatch(in: s, i..<range.upperBound) {
            out.append(m.0); i = m.0 + 1
        }
        return out
    }

    /// The longest key that ends exactly at `end` (exclusive), looking back at most `maxLength`.
    public func longestEnding(in s: [UInt32], at end: Int, from start: Int, maxLength: Int) -> (length: Int, value: Value)? {
        // no key ends with the scalar before `end`: no walk from any start (measured: 320.3 → 315.2 M
        // instructions a pass over 400 reports)
        guard end > start, end <= s.count, lastScalars.contains(s[end - 1]) else { return nil }
        var len = min(maxLength, end - start)
        while len > 0 {
            if let m = longest(in: s, at: end - len, limit: end), m.length == len { return m }
            len -= 1
        }
        return nil
    }
}

extension ScalarTrie {
    /// The first key in `range` that opens none of `refused`'s longer words (`分别` but not `各有关` of `各有关部门`): where it
    /// stands and its length; nil where none does.
    public func firstWord<R>(in s: [UInt32], _ range: Range<Int>, refusing refused: ScalarTrie<R>) -> (at: Int, length: Int)? {
        var k = range.lowerBound
        while let (at, _) = firstMatch(in: s, k..<range.upperBound) {
            if refused.longest(in: s, at: at, limit: range.upperBound) == nil, let m = longest(in: s, at: at, limit: range.upperBound) { return (at, m.length) }
            k = at + 1
        }
        return nil
    }
}
