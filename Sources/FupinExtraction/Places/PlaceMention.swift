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
