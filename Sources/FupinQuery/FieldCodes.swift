import FupinCore

/// A field of a row as a small number, and the number back as the text a user sees: groups
/// and sorts compare numbers, and build each distinct text once.
struct FieldCodes {
    let code: (Int) -> Int64
    let display: (Int64) -> String
    /// Codes lie in `-1..<bound` when known (ids and years), so groups can be found by
    /// indexing an array instead of hashing; nil when codes are arbitrary (values).
    var bound: Int64?

    init(_ field: Field, _ table: FactTable) {
        let c = table.columns
        switch field {
        case .region:
            let leaf = table.pathLeaf
            code = { Int64(leaf[Int(c.path[$0])]) }
            display = { $0 < 0 ? "(unknown)" : c.strings[Int($0)] }
            bound = Int64(c.strings.count)
        case .year:
            code = { Int64(c.year[$0]) }
            display = { $0 == 0 ? "(unknown)" : String($0) }
            let years = c.year.max().map { Int64($0) + 1 } ?? 1
            bound = c.year.min().map { $0 >= 0 } ?? true ? years : nil
        case .doc:
            code = { Int64(c.doc[$0]) }
            display = { c.documents[Int($0)].id }
            bound = Int64(c.documents.count)
        case .kind:
            let kinds = Kind.allCases
            code = { Int64(c.kind[$0].ordinal) }
            display = { kinds[Int($0)].rawValue }
            bound = Int64(kinds.count)
        case .measure:
            let measures = Measure.allCases
            code = { Int64(c.measure[$0].ordinal) }
            display = { measures[Int($0)].rawValue }
            bound = Int64(measures.count)
        case .topic:
            let topics = Topic.allCases
            code = { Int64(c.topic[$0].ordinal) }
            display = { topics[Int($0)].rawValue }
            bound = Int64(topics.count)
        case .subject:
            code = { Int64(c.subject[$0]) }
            display = { c.strings[Int($0)] }
            bound = Int64(c.strings.count)
        case .unit:
            code = { Int64(c.unit[$0]) }
            display = { c.strings[Int($0)] }
            bound = Int64(c.strings.count)
        case .approx:
            code = { c.approx[$0] ? 1 : 0 }
            display = { $0 == 1 ? "true" : "false" }
            bound = 2
        case .value:
            code = { Int64(bitPattern: (c.value[$0] == 0 ? 0 : c.value[$0]).bitPattern) }
            display = { Answer.format(Double(bitPattern: UInt64(bitPattern: $0))) }
        case .source, .date, .title:
            // documents with the same source (date, title) share a code
            var texts: [String] = []
            var ids: [String: Int64] = [:]
            let perDocument: [Int64] = c.documents.map { d in
                let t = (field == .source ? d.source : field == .date ? d.date : d.title) ?? ""
                if let id = ids[t] { return id }
                ids[t] = Int64(texts.count); texts.append(t)
                return Int64(texts.count - 1)
            }
            code = { perDocument[Int(c.doc[$0])] }
            display = { texts[Int($0)] }
            bound = Int64(texts.count)
        }
    }
}
