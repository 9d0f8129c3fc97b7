import FupinCore

/// The words of the query language. A new keyword, aggregate or field is one row here.
public enum Aggregate: String, CaseIterable, Sendable {
    case sum, count, avg, median, min, max, latest, list

    /// Aggregates of numbers need one measure: numbers of different measures do not add or compare.
    public var needsOneMeasure: Bool {
        switch self {
        case .sum, .avg, .median, .min, .max, .latest: return true
        case .count, .list: return false
        }
    }

    /// Sums, averages and medians combine figures: they leave out rates and targets unless a
    /// query names `kind`, count a repeated claim once, and say when they mix topics. `latest`
    /// picks one reported figure: it leaves out rates and targets too (a goal is not a figure reached).
    public var leavesOutRatesAndTargets: Bool {
        switch self {
        case .sum, .avg, .median, .latest: return true
        case .count, .min, .max, .list: return false
        }
    }

    /// How the aggregate takes a claim that is restated (FORMAT.md: "one claim, one fact").
    public enum Restatements: Sendable {
        /// once in all: a sum must not add a figure twice, whichever reports restate it
        case once
        /// once per document: a report's own restatement is one of its facts, while each
        /// outlet that makes a claim counts (`count` shows every document that makes it)
        case oncePerDocument
        /// every row as stated
        case all
    }

    public var restatements: Restatements {
        switch self {
        case .sum, .avg, .median: return .once
        case .count: return .oncePerDocument
        case .min, .max, .latest, .list: return .all
        }
    }

    /// Whether the aggregate combines the figures (and so should combine like with like).
    public var adds: Bool {
        switch self {
        case .sum, .avg, .median: return true
        case .count, .min, .max, .latest, .list: return false
        }
    }
}

/// Fields a condition, `group by` or `order by` may name.
public enum Field: String, CaseIterable, Sendable {
    case region, year, doc, kind, subject, topic, approx, value, unit, source, date, measure, title

    /// Fields compared as numbers.
    public var isNumeric: Bool {
        switch self {
        case .year, .value: return true
        case .region, .doc, .kind, .subject, .topic, .approx, .unit, .source, .date, .measure, .title: return false
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
            if d <= (c.count <= 3 ? 1 : 2), d < (best?.1 ?? .max) { best = (c, d) }
        }
        return best?.0
    }

    /// Edit distance where swapping two neighbours counts once (`yaer` → `year`).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
