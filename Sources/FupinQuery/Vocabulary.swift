import FupinCore

/// The words of the query language. A new keyword, aggregate or field is one row here.
public enum Aggregate: String, CaseIterable, Sendable {
    case sum, count, avg, min, max, list
}

/// Fields a condition, `group by` or `order by` may name.
public enum Field: String, CaseIterable, Sendable {
    case region, year, doc, kind, subject, approx, value, unit, source, date, measure, title

    /// Fields compared as numbers.
    public var isNumeric: Bool {
        switch self {
        case .year, .value: return true
        case .region, .doc, .kind, .subject, .approx, .unit, .source, .date, .measure, .title: return false
        }
    }
}

public enum Vocabulary {
    public static let keywords = ["where", "group", "by", "order", "limit", "and", "or", "not", "in", "asc", "desc"]
    /// `facts` stands for every measure.
    public static let measures = Measure.allCases.map(\.rawValue) + ["facts"]
    public static var aggregates: [String] { Aggregate.allCases.map(\.rawValue) }
    public static var fields: [String] { Field.allCases.map(\.rawValue) }
    /// Every word a user may type, for completion.
    public static var all: [String] { aggregates + measures + keywords + fields }

    /// The closest word within a small edit distance, for "did you mean …?".
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(w, Array(c))
            if d <= max(1, min(3, c.count / 3)), d < (best?.1 ?? .max) { best = (c, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
