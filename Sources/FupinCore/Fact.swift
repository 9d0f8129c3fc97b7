/// One reported figure: what is counted, how many, where, when, and the text it came from.
///
/// From `截至目前,全市农村低保对象4456户6536人` in a report on 个旧市 published in 2020,
/// the extractor makes two facts: households 4456 and persons 6536, both year 2020.
public struct Fact: Codable, Hashable, Sendable {
    /// The document id (the file name without its extension).
    public var doc: String
    public var measure: Measure
    /// The normalised number: `2.7万元` → 27000, `39.53%` → 39.53.
    public var value: Double
    /// The unit as written (`万元`, `户`, `人次`).
    public var unit: String
    /// The number and unit exactly as they stand in the stored text (`19万余元`).
    public var surface: String
    /// True where the text hedges: 余, 多, 近, 约, 左右, 以上, 超过, 接近.
    public var approx: Bool
    public var kind: Kind
    /// The most specific place, simplified (`个旧市`), or nil.
    public var region: String?
    public var regionPath: RegionPath
    /// The year the figure is about, or nil when the text does not say.
    public var year: Int?
    /// A few characters naming what is counted (`外出务工`, `低保`).
    public var subject: String
    /// The policy area the figure reports on (`就业`, `搬迁`, …).
    public var topic: Topic = .other
    /// The clause the figure came from, as stored.
    public var text: String
    /// Where the figure's surface sits in the stored document text: Unicode scalar offsets,
    /// so that Python's `text[start:end]` gives `surface`.
    public var start: Int
    public var end: Int
    /// The whole sentence, for `.why` and `list`.
    public var sentence: String
    /// The extraction rule that produced the fact (see `fupin extract --explain`).
    public var rule: String
    /// Set when the same claim (place, measure, value, year) was already made: by another
    /// document, that document's id; by this one, the fact restated (``restatementLink(doc:start:)``,
    /// `r2@14`). Sums count such a claim once.
    public var repeatOf: String?
    /// Where `sentence` and `text` sit in the stored document text (scalar offsets), when the
    /// extractor or the store knows it. Not part of a fact's JSON line; a store keeps these
    /// spans instead of repeating the sentence and clause.
    public var sentenceSpan: Range<Int>? = nil
    /// The cue that decided ``topic`` (`topic.就业.务工`), for `--explain`; not stored.
    public var topicCue: String? = nil
    public var textSpan: Range<Int>? = nil

    /// The JSON keys (see ``fields``, which a test checks these against).
    enum CodingKeys: String, CodingKey, CaseIterable {
        case doc, measure, value, unit, surface, approx, kind, region
        case regionPath = "region_path"
        case year, subject, topic, text, start, end, sentence, rule
        case repeatOf = "repeat_of"
    }

}

extension Fact {
    /// A fact from its fields.
    ///
    /// (Not inlined, and made by the memberwise initialiser, which builds the fact in place: an
    /// initialiser that assigns the fields of a struct with both `String` and `String?` fields
    /// builds it twice, then copies one and destroys the other, as Swift 6.3 compiles it; that
    /// cost 550 instructions a fact. Measured: 318.8 → 311.8 M instructions a pass over 400 reports.)
    public init(doc: String, measure: Measure, value: Double, unit: String, surface: String,
                approx: Bool = false, kind: Kind = .total, region: String? = nil,
                regionPath: RegionPath = RegionPath([]), year: Int? = nil, subject: String = "", topic: Topic = .other,
                text: String = "", start: Int = 0, end: Int = 0, sentence: String = "",
                rule: String = "", repeatOf: String? = nil, sentenceSpan: Range<Int>? = nil, textSpan: Range<Int>? = nil,
                topicCue: String? = nil) {
        // (the memberwise order: `topicCue` before `textSpan`; a call that sets every field the
        // memberwise initialiser requires, in a file that sees it, names `textSpan` and
        // `topicCue` in this order to pick this one)
        self.init(doc: doc, measure: measure, value: value, unit: unit, surface: surface, approx: approx, kind: kind,
                  region: region, regionPath: regionPath, year: year, subject: subject, topic: topic, text: text,
                  start: start, end: end, sentence: sentence, rule: rule, repeatOf: repeatOf,
                  sentenceSpan: sentenceSpan, topicCue: topicCue, textSpan: textSpan)
    }
}

extension Fact {
    /// The `repeat_of` of a restatement within its report: the report's id and where the restated fact's
    /// surface starts (`r2@14`), so that a reader finds the claim counted once.
    public static func restatementLink(doc: String, start: Int) -> String { "\(doc)@\(start)" }

    /// Where the fact restated starts, when `link` names one of report `doc`'s facts (``restatementLink(doc:start:)``).
    public static func restatedStart(_ link: String, doc: String) -> Int? {
        let u = link.utf8, d = doc.utf8
        guard u.count > d.count + 1, u.starts(with: d) else { return nil }
        let rest = u.dropFirst(d.count)
        guard rest.first == UInt8(ascii: "@") else { return nil }
        return Int(Substring(rest.dropFirst()))
    }

    /// Whether `link` keeps a restatement within report `doc`: it names one of its facts, or (as stores written
    /// before links named facts did) the report itself.
    public static func linksWithin(_ link: String, doc: String) -> Bool { link == doc || restatedStart(link, doc: doc) != nil }
}
