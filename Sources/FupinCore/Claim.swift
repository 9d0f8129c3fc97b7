/// The identity of a claim across documents: one report syndicated by several outlets makes
/// the same claim several times, and sums count it once.
///
/// `贫困人口由312万减少到…` reported by two outlets about 云南省 in 2019: same place, measure,
/// value, year and kind, so one claim. The document is not part of it.
///
/// `Place` is the place as the caller holds it: the levels of a ``RegionPath`` for a ``Fact``,
/// an interned path id for ``FactColumns`` (equal paths share one id there).
public struct Claim<Place: Hashable>: Hashable {
    public let place: Place
    public let measure: Measure
    /// The value's bit pattern, with -0 read as 0 (one claim).
    public let valueBits: UInt64
    /// 0 when the text gives no year.
    public let year: Int32
    public let kind: Kind

    @inlinable
    public init(place: Place, measure: Measure, value: Double, year: Int32, kind: Kind) {
        self.place = place; self.measure = measure
        self.valueBits = (value == 0 ? 0 : value).bitPattern
        self.year = year; self.kind = kind
    }
}

extension Fact {
    /// This fact's claim (see ``Claim``).
    public var claim: Claim<[String]> {
        Claim(place: regionPath.levels, measure: measure, value: value, year: Int32(year ?? 0), kind: kind)
    }
}

extension FactColumns {
    /// The claim of a row (see ``Claim``); rows with equal claims are linked by ``linkRepeats()``.
    @inlinable
    public func claim(_ row: Int) -> Claim<Int32> {
        Claim(place: path[row], measure: measure[row], value: value[row], year: year[row], kind: kind[row])
    }
}
