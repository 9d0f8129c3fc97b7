extension JSONText {
    /// A fact as one JSON object, keys sorted; the same bytes `JSONEncoder` would write.
    public mutating func fact(_ f: Fact) {
        raw("{"); key("approx"); bool(f.approx)
        raw(","); key("doc"); string(f.doc)
        raw(","); key("end"); int(f.end)
        raw(","); key("kind"); string(f.kind.rawValue)
        raw(","); key("measure"); string(f.measure.rawValue)
        if let r = f.region { raw(","); key("region"); string(r) }
        raw(","); key("region_path"); stringArray(f.regionPath.levels)
        if let r = f.repeatOf { raw(","); key("repeat_of"); string(r) }
        raw(","); key("rule"); string(f.rule)
        raw(","); key("sentence"); string(f.sentence)
        raw(","); key("start"); int(f.start)
        raw(","); key("subject"); string(f.subject)
        raw(","); key("surface"); string(f.surface)
        raw(","); key("text"); string(f.text)
        raw(","); key("unit"); string(f.unit)
        raw(","); key("value"); number(f.value)
        if let y = f.year { raw(","); key("year"); int(y) }
        raw("}")
    }

    /// A document as one JSON object, keys sorted.
    public mutating func document(_ d: Document) {
        raw("{"); key("content_hash"); string(d.contentHash)
        if let v = d.date { raw(","); key("date"); string(v) }
        raw(","); key("encoding"); string(d.encoding)
        raw(","); key("id"); string(d.id)
        if let v = d.origin { raw(","); key("origin"); string(v) }
        raw(","); key("region_path"); stringArray(d.regionPath.levels)
        if let v = d.source { raw(","); key("source"); string(v) }
        raw(","); key("text"); string(d.text)
        if let v = d.title { raw(","); key("title"); string(v) }
        raw(","); key("traditional"); bool(d.traditional)
        raw("}")
    }

    public mutating func stringArray(_ a: [String]) {
        raw("[")
        for (i, s) in a.enumerated() { if i > 0 { raw(",") }; string(s) }
        raw("]")
    }

    /// One fact as a JSON line's text.
    public static func line(_ f: Fact) -> String {
        var j = JSONText(capacity: 512)
        j.fact(f)
        return String(decoding: j.bytes, as: UTF8.self)
    }
}
