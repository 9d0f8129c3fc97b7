import Foundation

/// Rule names with their additions (`unit.persons.人 + hedge + kind.part.其中`), composed once
/// per combination and shared by the facts of every report an extractor reads.
///
/// Most figures carry a hedge, a kind cue or a range, and composing the name allocated a
/// string per figure; there are a few hundred combinations. A direct-mapped cache like
/// ``StringPool``: a slot is reused only when its parts are equal (the parts come from the
/// lexicon tables, so the comparison is usually of one storage with itself).
final class RuleNames: @unchecked Sendable {   // slots are read and written under `lock`
    private struct Entry {
        var base: String
        var kind: String?
        var additions: UInt8
        var name: String
    }

    static let slotCount = 1 << 10
    @exclusivity(unchecked) private var slots = [Entry?](repeating: nil, count: RuleNames.slotCount)
    private let lock = NSLock()

    /// `base`, then ` + hedge`, ` + ` and the kind cue's rule, ` + range`, as they apply.
    func name(_ base: String, hedge: Bool, kind: String?, range: Bool) -> String {
        guard hedge || kind != nil || range else { return base }   // the row's own name, shared
        let additions = UInt8(hedge ? 1 : 0) | UInt8(range ? 2 : 0)
        let h = (Self.key(base) &* 31 &+ (kind.map(Self.key) ?? 7)) &* 4 &+ UInt64(additions)
        let slot = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 54) & (Self.slotCount - 1)
        lock.lock()
        if let e = slots[slot], e.additions == additions, e.base == base, e.kind == kind {
            let found = e.name
            lock.unlock()
            return found
        }
        lock.unlock()
        var name = ""
        name.reserveCapacity(base.utf8.count + (hedge ? 8 : 0) + (kind.map { $0.utf8.count + 3 } ?? 0) + (range ? 8 : 0))
        name += base
        if hedge { name += " + hedge" }
        if let k = kind { name += " + "; name += k }
        if range { name += " + range" }
        lock.lock()
        slots[slot] = Entry(base: base, kind: kind, additions: additions, name: name)
        lock.unlock()
        return name
    }

    /// A cheap key (length and last bytes): names that share a slot are compared in full.
    private static func key(_ s: String) -> UInt64 {
        let n = s.utf8.count
        return s.utf8.withContiguousStorageIfAvailable { b in
            var h = UInt64(n)
            for i in max(0, n - 6)..<n { h = h &* 257 &+ UInt64(b[i]) }
            return h
        } ?? UInt64(n)
    }
}
