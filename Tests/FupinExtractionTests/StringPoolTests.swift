import Testing
@testable import FupinExtraction

/// The subject pool shares strings and never hands out a wrong one.
@Suite("String pool")
struct StringPoolTests {
    @Test func sameScalarsShareOneStringAndCollisionsStayCorrect() {
        let pool = StringPool()
        let a: [UInt32] = Array("建档立卡贫困户".unicodeScalars.map(\.value))
        #expect(pool.string(a[...]) == "建档立卡贫困户")
        #expect(pool.string(a[2...]) == "立卡贫困户")   // a slice, not the whole array
        #expect(pool.string(a[...]) == "建档立卡贫困户")
        // two different runs that hash to one slot: each lookup still gives its own text
        var bySlot: [Int: [UInt32]] = [:]
        var pair: ([UInt32], [UInt32])?
        for u in 0x4E00..<0x5E00 where pair == nil {
            let run: [UInt32] = [UInt32(u), 0x6751]   // …村
            let slot = Int(truncatingIfNeeded: StringPool.hash(run[...])) & (StringPool.slotCount - 1)
            if let other = bySlot[slot] { pair = (other, run) } else { bySlot[slot] = run }
        }
        let (x, y) = pair!
        for _ in 0..<3 {
            #expect(pool.string(x[...]) == NormalizedText.string(x))
            #expect(pool.string(y[...]) == NormalizedText.string(y))
        }
        #expect(pool.string([][...]) == "")
    }
}
