import Foundation

/// Subjects the extractor makes again and again (`建档立卡贫困户`, `易地扶贫搬迁`), made once
/// and shared by the facts of every report an extractor reads.
///
/// Building a string validates it, and one of more than 15 bytes is allocated too (about a
/// thousand instructions); a lookup here is a few hundred. Every figure has a subject, and the
/// same few thousand recur across a corpus. The pool is a direct-mapped cache: a subject's
/// scalars hash to one slot, a slot holding other scalars is overwritten, so memory stays fixed
/// and a collision costs a fresh string, never a wrong one. (``RuleNames`` is the same cache
/// for another key: one generic cache measured 1 % more instructions in the extractor.)
final class StringPool: @unchecked Sendable {   // slots are read and written under `lock`
    private struct Entry {
        var scalars: [UInt32]
        var string: String
    }

    static let slotCount = 1 << 12
    @exclusivity(unchecked) private var slots = [Entry?](repeating: nil, count: StringPool.slotCount)
    private let lock = NSLock()

    /// The string of `scalars`: the pooled one, else a new one (then pooled).
    func string(_ scalars: ArraySlice<UInt32>) -> String {
        let slot = Int(truncatingIfNeeded: Self.hash(scalars)) & (Self.slotCount - 1)
        lock.lock()
        if let e = slots[slot], Self.same(e.scalars, scalars) {
            let found = e.string
            lock.unlock()
            return found
        }
        lock.unlock()
        let made = NormalizedText.string(scalars)
        lock.lock()
        slots[slot] = Entry(scalars: Array(scalars), string: made)
        lock.unlock()
        return made
    }

    /// Whether two runs of scalars are equal (`elementsEqual` went through iterators).
    private static func same(_ a: [UInt32], _ b: ArraySlice<UInt32>) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBufferPointer { p in
            b.withUnsafeBufferPointer { q in memcmp(p.baseAddress!, q.baseAddress!, p.count * 4) == 0 }
        }
    }

    /// FNV-1a, one scalar a step, folded so that the low bits see all of it.
    static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for u in scalars { h = (h ^ UInt64(u)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }
}
