/// Where a figure belongs, widest level first:
/// `["云南省", "红河哈尼族彝族自治州", "个旧市", "大屯街道"]`.
///
/// Levels above the county come from the gazetteer (GB/T 2260); towns, streets, villages
/// and functional zones (`烟台开发区`) come from the text.
public struct RegionPath: Codable, Hashable, Sendable {
    /// Place names, widest first, simplified script.
    public var levels: [String]

    public init(_ levels: [String]) { self.levels = levels }

    /// The most specific place, or nil when nothing is known.
    public var mostSpecific: String? { levels.last }

    /// Whether a place name given by a user (full `个旧市` or short `个旧`) names any level.
    public func contains(place name: String) -> Bool {
        guard !name.isEmpty else { return false }
        return levels.contains { $0 == name || $0.hasPrefix(name) || $0.contains(name) }
    }

    public init(from decoder: Decoder) throws {
        levels = try decoder.singleValueContainer().decode([String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(levels)
    }
}
