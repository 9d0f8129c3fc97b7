/// A news report as stored: its text after decoding (and, for HTML, after removing markup),
/// with what the text says about itself.
public struct Document: Codable, Hashable, Sendable {
    /// The file name without its extension, made safe: `001_09c03b03f3e3dd39`.
    public var id: String
    public var title: String?
    /// Publication date as written in the dateline, normalised to `YYYY-MM-DD[ HH:MM[:SS]]`.
    public var date: String?
    /// The outlet (`来源:水母网` → `水母网`).
    public var source: String?
    /// The path or URL the document was read from.
    public var origin: String?
    /// How the bytes were decoded: `utf-8`, `utf-16`, `gb18030`; with `+html` for HTML.
    public var encoding: String
    /// True when the text was traditional script and matched through OpenCC.
    public var traditional: Bool
    /// The place the report is about, widest first.
    public var regionPath: RegionPath
    /// SHA-256 of the input bytes, hex: the same content ingested again changes nothing.
    public var contentHash: String
    /// The stored text that facts' offsets point into.
    public var text: String

    public init(id: String, title: String? = nil, date: String? = nil, source: String? = nil,
                origin: String? = nil, encoding: String = "utf-8", traditional: Bool = false,
                regionPath: RegionPath = RegionPath([]), contentHash: String = "", text: String) {
        self.id = id; self.title = title; self.date = date; self.source = source
        self.origin = origin; self.encoding = encoding; self.traditional = traditional
        self.regionPath = regionPath; self.contentHash = contentHash; self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, source, origin, encoding, traditional
        case regionPath = "region_path"
        case contentHash = "content_hash"
        case text
    }

    /// The publication year, when the date gives one.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
}
