/// The sentences of one report seen so far, by 64-bit fingerprint: open addressing sized
/// once for the report's sentence count, where a `Set<UInt64>` hashed every key again with
/// SipHash (the fingerprints are already hashes).
struct FingerprintSet {
    private var slots: [UInt64]
    private var count = 0
    private var hasZero = false   // 0 marks an empty slot, so the fingerprint 0 is kept aside

    init(capacity: Int) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = [UInt64](repeating: 0, count: n)
    }

    /// Adds a fingerprint; false when it was already there.
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        if fingerprint == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        if (count + 1) * 2 > slots.count { grow() }
        let key = fingerprint
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key >> 7) & mask
        while slots[i] != 0 {
            if slots[i] == key { return false }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for k in old where k != 0 { _ = insert(k) }
    }
}
