/// A place named in the text, found by ``PlaceFinder``.
public struct PlaceMention: Sendable {
    public enum Target: Sendable {
        /// Gazetteer places the name may mean (more than one when ambiguous).
        case gazetteer([Int])
        /// A town, street, 片区, village, community or functional zone.
        case sub(name: String, level: SubPlaceLevel, container: [Int])
        /// A bare zone word (`开发区`) referring to the report's own zone.
        case bareZone(suffix: String)
    }
    public let range: Range<Int>
    public let target: Target
}

extension Array where Element == Range<Int> {
    /// The range that holds `p`, where the ranges are in the text's order and none overlaps another (places' names on a
    /// line): a binary search, as every figure and every cue of a line asks (a scan of all made a line of 2,500 places
    /// square: 472 M instructions of 4.0 G on one of 50,000 characters).
    func inOrder(containing p: Int) -> Range<Int>? {
        var (lo, hi) = (0, count)
        while lo < hi { let mid = (lo + hi) / 2; if self[mid].lowerBound <= p { lo = mid + 1 } else { hi = mid } }
        return lo > 0 && self[lo - 1].contains(p) ? self[lo - 1] : nil
    }
}
