/// A set of Unicode scalars as a bitmap over the Basic Multilingual Plane: one shift and a
/// mask per lookup, no hashing. The extractor asks "is this a digit / stop word / mark?"
/// for nearly every scalar it scans.
public struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral = Set<UInt32>()
    /// The largest member: above it nothing is read (most sets of marks lie below the Han
    /// block, which a scan then passes over at one comparison a character).
    private var largest: UInt32 = 0

    public init() {}

    public init(_ chars: String) {
        for u in chars.unicodeScalars { insert(u.value) }
    }

    public init<S: Sequence>(values: S) where S.Element == UInt32 {
        for v in values { insert(v) }
    }

    public mutating func insert(_ v: UInt32) {
        largest = max(largest, v)
        if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    /// Adds the members of `other`.
    public mutating func formUnion(_ other: ScalarSet) {
        for k in 0..<bits.count { bits[k] |= other.bits[k] }
        astral.formUnion(other.astral)
        largest = max(largest, other.largest)
    }

    /// The first position in `from..<end` whose scalar is a member (`end` when none is): the
    /// scan that passes over the scalars nothing can start at, through pointers.
    func firstMember(in s: [UInt32], from: Int, to end: Int) -> Int {
        s.withUnsafeBufferPointer { p in
            withContains { isMember in
                var k = from
                while k < end, !isMember(p[k]) { k &+= 1 }
                return k
            }
        }
    }

    /// `contains` for a scan over many scalars: the bitmap read through a pointer, without a
    /// bounds check or a reload of the array each step.
    @inline(__always)
    func withContains<R>(_ body: ((UInt32) -> Bool) -> R) -> R {
        bits.withUnsafeBufferPointer { b in
            let largest = self.largest
            return body { v in
                if v > largest { return false }
                if v < 0x10000 { return b[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
                return astral.contains(v)
            }
        }
    }

    @inline(__always)
    public func contains(_ v: UInt32) -> Bool {
        if v > largest { return false }
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}
