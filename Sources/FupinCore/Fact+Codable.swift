extension Fact {
    /// Reads a fact's JSON line. `topic` came later than the other fields: a line or store
    /// written before it (no `topic` key) reads as ``Topic/other``.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(doc: try c.decode(String.self, forKey: .doc), measure: try c.decode(Measure.self, forKey: .measure),
                  value: try c.decode(Double.self, forKey: .value), unit: try c.decode(String.self, forKey: .unit),
                  surface: try c.decode(String.self, forKey: .surface), approx: try c.decode(Bool.self, forKey: .approx),
                  kind: try c.decode(Kind.self, forKey: .kind), region: try c.decodeIfPresent(String.self, forKey: .region),
                  regionPath: try c.decode(RegionPath.self, forKey: .regionPath), year: try c.decodeIfPresent(Int.self, forKey: .year),
                  subject: try c.decode(String.self, forKey: .subject),
                  topic: try c.decodeIfPresent(Topic.self, forKey: .topic) ?? .other,
                  text: try c.decode(String.self, forKey: .text), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end), sentence: try c.decode(String.self, forKey: .sentence),
                  rule: try c.decode(String.self, forKey: .rule), repeatOf: try c.decodeIfPresent(String.self, forKey: .repeatOf),
                  textSpan: nil, topicCue: nil)   // (the public initialiser's order, not the memberwise one's)
    }
}
