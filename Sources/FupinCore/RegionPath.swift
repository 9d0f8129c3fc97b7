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

    /// Whether a place name given by a user (full `个旧市` or short `个旧`) names any level
    /// (see ``level(_:matches:)``).
    public func contains(place name: String) -> Bool {
        levels.contains { Self.level($0, matches: name) }
    }

    /// Whether a user's place name names one level: the whole name, its start, or — for two
    /// characters or more — any part of it. `个旧` names `个旧市`; `红河` names
    /// `红河哈尼族彝族自治州`; `空港` names `揭阳空港经济区`; `州` alone names no `…州`.
    public static func level(_ level: String, matches name: String) -> Bool {
        guard !name.isEmpty else { return false }
        return level == name || level.hasPrefix(name) || (name.unicodeScalars.count >= 2 && level.contains(name))
    }

    public init(from decoder: Decoder) throws {
        levels = try decoder.singleValueContainer().decode([String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(levels)
    }
}
