extension JSONText {
    /// A fact as one JSON object, keys sorted; the same bytes `JSONEncoder` would write.
    ///
    /// Inside a document file (`within`: the document, and where the fact's sentence and clause
    /// were found in its text) the object leaves to the document what it already says: `doc`
    /// when it is the document's id, `region_path` when it is the document's, `region` when it
    /// is the path's last level (`null` when "none" differs from that); a sentence or clause with
    /// a span is written as `sentence_span`/`text_span` instead of its text.
    ///
    /// A fact made without its texts (``Fact/sentence`` and ``Fact/text`` empty, spans set) has
    /// them written from `texts`, its document's text.
    public mutating func fact(_ f: Fact, within file: (document: Document, sentence: Range<Int>?, clause: Range<Int>?)? = nil,
                              texts: IndexedText? = nil) {
        var repeats = FactRepeats()
        fact(f, within: file, texts: texts, repeats: &repeats)
    }

    /// A document's facts as JSON lines, with its text for their sentences and clauses. Facts
    /// of one sentence (most sentences state several figures) share their sentence and region
    /// path: those bytes are copied from the line before, not escaped again.
    public mutating func factLines(_ facts: [Fact], texts: IndexedText?) {
        var repeats = FactRepeats()
        for f in facts { fact(f, within: nil, texts: texts, repeats: &repeats); byte(0x0A) }
    }

    private mutating func fact(_ f: Fact, within file: (document: Document, sentence: Range<Int>?, clause: Range<Int>?)?,
                               texts: IndexedText?, repeats: inout FactRepeats) {
        raw("{"); key("approx"); bool(f.approx)
        if f.doc != file?.document.id { nextKey("doc"); string(f.doc) }
        nextKey("end"); int(f.end)
        nextKey("kind"); string(f.kind.rawValue)
        nextKey("measure"); string(f.measure.rawValue)
        if file == nil { if let r = f.region { nextKey("region"); string(r) } }
        else if f.region != f.regionPath.levels.last { nextKey("region"); string(f.region) }
        if f.regionPath != file?.document.regionPath {
            nextKey("region_path")
            if let last = repeats.path, last.path == f.regionPath { repeatBytes(last.bytes) } else {
                let at = count
                stringArray(f.regionPath.levels)
                repeats.path = (f.regionPath, at..<count)
            }
        }
        if let r = f.repeatOf { nextKey("repeat_of"); string(r) }
        nextKey("rule"); string(f.rule)
        if let r = file?.sentence { nextKey("sentence_span"); span(r) } else {
            nextKey("sentence"); factText(f.sentence, f.sentenceSpan, texts, last: &repeats.sentence)
        }
        nextKey("start"); int(f.start)
        nextKey("subject"); string(f.subject)
        nextKey("surface"); string(f.surface)
        if let r = file?.clause { nextKey("text_span"); span(r) } else {
            nextKey("text"); factText(f.text, f.textSpan, texts, last: &repeats.clause)
        }
        nextKey("topic"); string(f.topic.rawValue)
        nextKey("unit"); string(f.unit)
        nextKey("value"); number(f.value)
        if let y = f.year { nextKey("year"); int(y) }
        raw("}")
    }

    /// What the last fact wrote for its sentence and clause (from its document's text) and its
    /// region path, and where in these bytes: the next fact repeats them when it has the same.
    struct FactRepeats {
        var sentence: (span: Range<Int>, bytes: Range<Int>)?
        var clause: (span: Range<Int>, bytes: Range<Int>)?
        var path: (path: RegionPath, bytes: Range<Int>)?
    }

    /// A sentence or clause: as the fact holds it, or copied from the document's text by its
    /// span — or from `last`, the same span written for the fact before.
    private mutating func factText(_ s: String, _ span: Range<Int>?, _ texts: IndexedText?,
                                   last: inout (span: Range<Int>, bytes: Range<Int>)?) {
        guard s.isEmpty, let span, let texts else { string(s); return }
        if let last, last.span == span { repeatBytes(last.bytes); return }
        let at = count
        if !string(texts, span: span) { string(s) }
        last = (span, at..<count)
    }

    private mutating func span(_ r: Range<Int>) {
        raw("["); int(r.lowerBound); raw(","); int(r.upperBound); raw("]")
    }

    /// A document as one JSON object, keys sorted.
    public mutating func document(_ d: Document) {
        raw("{"); key("content_hash"); string(d.contentHash)
        if let v = d.date { nextKey("date"); string(v) }
        nextKey("encoding"); string(d.encoding)
        nextKey("id"); string(d.id)
        if let v = d.origin { nextKey("origin"); string(v) }
        nextKey("region_path"); stringArray(d.regionPath.levels)
        if let v = d.source { nextKey("source"); string(v) }
        nextKey("text"); string(d.text)
        if let v = d.title { nextKey("title"); string(v) }
        nextKey("traditional"); bool(d.traditional)
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
