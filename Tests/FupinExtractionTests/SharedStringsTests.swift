import Testing
@testable import FupinExtraction

/// The subject pool and the rule-name cache share strings and never hand out a wrong one.
@Suite("Shared strings")
struct SharedStringsTests {
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

    @Test func ruleNamesAreComposedOnceAndAlwaysRight() {
        let names = RuleNames()
        #expect(names.name("unit.persons.人", hedge: false, kind: nil, range: false) == "unit.persons.人")
        #expect(names.name("unit.persons.人", hedge: true, kind: "kind.part.其中", range: true)
                == "unit.persons.人 + hedge + kind.part.其中 + range")
        // more combinations than slots: every answer, first or repeated, is the composition
        let bases = (0..<40).map { "unit.items.row\($0)" }, kinds: [String?] = [nil] + (0..<30).map { "kind.rate.cue\($0)" }
        for round in 0..<2 {
            for b in bases {
                for k in kinds {
                    for (hedge, range) in [(false, false), (true, false), (false, true), (true, true)] {
                        let expected = b + (hedge ? " + hedge" : "") + (k.map { " + " + $0 } ?? "") + (range ? " + range" : "")
                        #expect(names.name(b, hedge: hedge, kind: k, range: range) == expected, "round \(round)")
                    }
                }
            }
        }
    }
}
