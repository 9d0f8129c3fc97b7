import Foundation
import FupinCore

/// `index.json`: every fact of the store as columns (``FactColumns``), so a query opens one
/// file instead of every document, and never reads texts it does not show.
///
/// ```
/// {"format": "fupin-fact-index", "schema": 2, "generation": 12, "rows": R,
///  "measures": ["persons", …], "kinds": ["total", …],     codes used by the columns
///  "topics": ["贫困人口", …],
///  "strings": ["人", "外出务工", "云南省", …],            units, subjects, places, ids
///  "paths": [[2, 3, 4], …],                               region paths, widest first
///  "documents": {"id": […], "title": […], "date": […], "source": […], "facts": […],
///                "size": […], "mtime": […]},
///  "facts": {"doc": […], "ordinal": […], "measure": […], "kind": […], "value": […],
///            "approx": [0, 1, …], "year": […], "path": […], "unit": […], "subject": […],
///            "topic": […], "repeat_of": […]}}
/// ```
/// The index is derived data: it is written after the catalog, carries the catalog's
/// `generation`, and is trusted only when the two agree. Otherwise queries read the
/// document files (and say so) until the next ingest or `fupin check --repair` rebuilds it.
///
/// Schema 2 added `topics` and the `topic` column. A schema 1 index (written before topics)
/// still reads: its facts are all ``Topic/other``, as are the facts of the document files
/// written with it; the next ingest copies those rows into a schema 2 index.
public enum FactIndex {
    public static let format = "fupin-fact-index"
    public static let schema = 2

    public static func encode(_ c: FactColumns, generation: Int) -> JSONBytes {
        var j = JSONText(capacity: c.count * 48 + c.documents.count * 128 + 4096)
        j.raw("{"); j.key("format"); j.string(format)
        j.nextKey("schema"); j.int(schema)
        j.nextKey("generation"); j.int(generation)
        j.nextKey("rows"); j.int(c.count)
        j.raw(",\n"); j.key("measures"); j.stringArray(Measure.allCases.map(\.rawValue))
        j.raw(",\n"); j.key("kinds"); j.stringArray(Kind.allCases.map(\.rawValue))
        j.raw(",\n"); j.key("topics"); j.stringArray(Topic.allCases.map(\.rawValue))
        j.raw(",\n"); j.key("strings"); j.stringArray(c.strings)
        j.raw(",\n"); j.key("paths"); j.raw("[")
        for (k, p) in c.paths.enumerated() { if k > 0 { j.raw(",") }; ints(&j, p) }
        j.raw("]")
        j.raw(",\n"); j.key("documents"); j.raw("{")
        j.key("id"); j.stringArray(c.documents.map(\.id))
        j.raw(",\n"); j.key("title"); optionalStrings(&j, c.documents.map(\.title))
        j.raw(",\n"); j.key("date"); optionalStrings(&j, c.documents.map(\.date))
        j.raw(",\n"); j.key("source"); optionalStrings(&j, c.documents.map(\.source))
        j.raw(",\n"); j.key("facts"); ints(&j, c.documents.map(\.facts))
        j.raw(",\n"); j.key("size"); ints(&j, c.documents.map(\.fileSize))
        j.raw(",\n"); j.key("mtime"); ints(&j, c.documents.map(\.fileTime))
        j.raw("},\n"); j.key("facts"); j.raw("{")
        j.key("doc"); ints(&j, c.doc)
        j.raw(",\n"); j.key("ordinal"); ints(&j, c.ordinal)
        j.raw(",\n"); j.key("measure"); ints(&j, c.measure.map(\.ordinal))
        j.raw(",\n"); j.key("kind"); ints(&j, c.kind.map(\.ordinal))
        j.raw(",\n"); j.key("value"); j.raw("[")
        for (k, v) in c.value.enumerated() { if k > 0 { j.raw(",") }; j.number(v) }
        j.raw("]")
        j.raw(",\n"); j.key("approx"); ints(&j, c.approx.map { $0 ? 1 : 0 })
        j.raw(",\n"); j.key("year"); ints(&j, c.year)
        j.raw(",\n"); j.key("path"); ints(&j, c.path)
        j.raw(",\n"); j.key("unit"); ints(&j, c.unit)
        j.raw(",\n"); j.key("subject"); ints(&j, c.subject)
        j.raw(",\n"); j.key("topic"); ints(&j, c.topic.map(\.ordinal))
        j.raw(",\n"); j.key("repeat_of"); ints(&j, c.repeatOf)
        j.raw("}}\n")
        return j.finish()
    }

    private static func optionalStrings(_ j: inout JSONText, _ a: [String?]) {
        j.raw("[")
        for (k, v) in a.enumerated() { if k > 0 { j.raw(",") }; j.string(v) }
        j.raw("]")
    }

    private static func ints<T: BinaryInteger>(_ j: inout JSONText, _ a: [T]) {
        j.raw("[")
        for (k, v) in a.enumerated() { if k > 0 { j.raw(",") }; j.int(Int(v)) }
        j.raw("]")
    }

    /// Why an index could not be used.
    public struct Unusable: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Reads an index; checks that its columns agree with each other.
    public static func decode(_ data: Data) throws(Unusable) -> (generation: Int, columns: FactColumns) {
        let result: Result<(Int, FactColumns), Unusable> = data.withUnsafeBytes { raw in
            Result { () throws(Unusable) -> (Int, FactColumns) in try decode(raw.bindMemory(to: UInt8.self)) }
        }
        return try result.get()
    }

    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// What the parallel column readers fill in, each its own property.
    private final class Parsed: @unchecked Sendable {
        var c = FactColumns()
        var measureCodes: [UInt8] = [], kindCodes: [UInt8] = [], approx: [UInt8] = []
        var topicCodes: [UInt8]?
        var ids: [String] = [], titles: [String?] = [], dates: [String?] = [], sources: [String?] = []
        var facts: [Int] = [], sizes: [Int] = [], times: [Int] = []
    }
    private typealias Job = (start: Int, read: (inout JSONScanner, Parsed) throws(JSONScanner.Failure) -> Void)

    /// One pass finds where each column is; then the columns are read on all cores.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Unusable) -> (Int, FactColumns) {
        var s = JSONScanner(bytes)
        let p = Parsed()
        var generation = -1, schemaSeen = 0, formatSeen = "", rows = 0
        var measureNames: [String] = [], kindNames: [String] = [], topicNames: [String] = []
        var jobs: [Job] = []
        func later(_ s: inout JSONScanner, _ read: @escaping (inout JSONScanner, Parsed) throws(JSONScanner.Failure) -> Void) throws(JSONScanner.Failure) {
            s.skipSpace()
            jobs.append((s.i, read))
            try s.skipFast()
        }
        do {
            try s.object { (s: inout JSONScanner, key: String) throws(JSONScanner.Failure) in
                switch key {
                case "format": formatSeen = try s.string()
                case "schema": schemaSeen = try s.int()
                case "generation": generation = try s.int()
                case "rows": rows = min(max(0, try s.int()), bytes.count / 2)   // a capacity hint, never trusted further
                case "measures": measureNames = try s.strings()
                case "kinds": kindNames = try s.strings()
                case "topics": topicNames = try s.strings()
                case "strings": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.strings = try s.strings() }
                case "paths":
                    try later(&s) { (s, p) throws(JSONScanner.Failure) in
                        try s.array { (s: inout JSONScanner) throws(JSONScanner.Failure) in p.c.paths.append(try s.ints(Int32.self)) }
                    }
                case "documents":
                    try s.object { (s: inout JSONScanner, key: String) throws(JSONScanner.Failure) in
                        switch key {
                        case "id": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.ids = try s.strings() }
                        case "title": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.titles = try s.optionalStrings() }
                        case "date": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.dates = try s.optionalStrings() }
                        case "source": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.sources = try s.optionalStrings() }
                        case "facts": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.facts = try s.ints() }
                        case "size": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.sizes = try s.ints() }
                        case "mtime": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.times = try s.ints() }
                        default: try s.skipValue()
                        }
                    }
                case "facts":
                    try s.object { (s: inout JSONScanner, key: String) throws(JSONScanner.Failure) in
                        let n = rows
                        switch key {
                        case "doc": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.doc = try s.ints(capacity: n) }
                        case "ordinal": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.ordinal = try s.ints(capacity: n) }
                        case "measure": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.measureCodes = try s.ints(capacity: n) }
                        case "kind": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.kindCodes = try s.ints(capacity: n) }
                        case "value": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.value = try s.doubles(capacity: n) }
                        case "approx": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.approx = try s.ints(capacity: n) }
                        case "year": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.year = try s.ints(capacity: n) }
                        case "path": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.path = try s.ints(capacity: n) }
                        case "unit": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.unit = try s.ints(capacity: n) }
                        case "subject": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.subject = try s.ints(capacity: n) }
                        case "topic": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.topicCodes = try s.ints(capacity: n) }
                        case "repeat_of": try later(&s) { (s, p) throws(JSONScanner.Failure) in p.c.repeatOf = try s.ints(capacity: n) }
                        default: try s.skipValue()
                        }
                    }
                default: try s.skipValue()
                }
            }
        } catch { throw Unusable(message: "not a readable index (\(error))") }
        // the largest columns first, so the cores finish together
        let failures = Slots<String>(jobs.count)
        let starts = jobs.map(\.start).sorted() + [bytes.count]
        func size(_ j: Int) -> Int { starts[starts.firstIndex(of: jobs[j].start)! + 1] - jobs[j].start }
        let order = jobs.indices.sorted { size($0) > size($1) }
        // read-only bytes and closures that each write their own property of `p`
        let shared = Unchecked((bytes, order.map { jobs[$0] }))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            let job = shared.value.1[k]
            var scanner = JSONScanner(shared.value.0)
            scanner.i = job.start
            do { try job.read(&scanner, p) } catch { failures[k] = "\(error)" }
        }
        for k in 0..<jobs.count { if let f = failures[k] { throw Unusable(message: "not a readable index (\(f))") } }
        var c = p.c
        let (measureCodes, kindCodes, approx) = (p.measureCodes, p.kindCodes, p.approx)
        let docs = (ids: p.ids, titles: p.titles, dates: p.dates, sources: p.sources, facts: p.facts, sizes: p.sizes, times: p.times)
        guard formatSeen == format else { throw Unusable(message: "not a fact index") }
        guard schemaSeen <= schema else { throw Unusable(message: "written by a newer fupin (schema \(schemaSeen))") }
        // codes → enums by name, so a reordered enum in a later version still reads old files
        let measures = measureNames.map { Measure(rawValue: $0) }
        let kinds = kindNames.map { Kind(rawValue: $0) }
        guard measureCodes.allSatisfy({ Int($0) < measures.count && measures[Int($0)] != nil }) else { throw Unusable(message: "unknown measure code") }
        guard kindCodes.allSatisfy({ Int($0) < kinds.count && kinds[Int($0)] != nil }) else { throw Unusable(message: "unknown kind code") }
        let measureOf = measures.map { $0! }, kindOf = kinds.map { $0! }
        c.measure = measureCodes.map { measureOf[Int($0)] }
        c.kind = kindCodes.map { kindOf[Int($0)] }
        c.approx = approx.map { $0 != 0 }
        if let topicCodes = p.topicCodes {
            let topics = topicNames.map { Topic(rawValue: $0) }
            guard topicCodes.allSatisfy({ Int($0) < topics.count && topics[Int($0)] != nil }) else { throw Unusable(message: "unknown topic code") }
            let topicOf = topics.map { $0! }
            c.topic = topicCodes.map { topicOf[Int($0)] }
        } else if schemaSeen < 2 {
            c.topic = [Topic](repeating: .other, count: c.doc.count)   // written before topics
        } else { throw Unusable(message: "no topic column") }
        let n = docs.ids.count
        guard [docs.titles.count, docs.dates.count, docs.sources.count, docs.facts.count, docs.sizes.count, docs.times.count].allSatisfy({ $0 == n })
        else { throw Unusable(message: "document columns differ in length") }
        c.documents = (0..<n).map { k in
            FactColumns.DocumentInfo(id: docs.ids[k], title: docs.titles[k], date: docs.dates[k], source: docs.sources[k],
                                     facts: docs.facts[k], fileSize: docs.sizes[k], fileTime: docs.times[k])
        }
        try validate(c)
        return (generation, c)
    }

    /// Every index in range and every column as long as the others, so queries can index freely.
    static func validate(_ c: FactColumns) throws(Unusable) {
        let n = c.count
        guard [c.ordinal.count, c.measure.count, c.kind.count, c.value.count, c.approx.count, c.year.count, c.path.count,
               c.unit.count, c.subject.count, c.topic.count, c.repeatOf.count].allSatisfy({ $0 == n }) else { throw Unusable(message: "fact columns differ in length") }
        guard c.documents.reduce(0, { $0 + $1.facts }) == n else { throw Unusable(message: "document fact counts do not add up") }
        let strings = Int32(c.strings.count), paths = Int32(c.paths.count), docs = Int32(c.documents.count)
        for p in c.paths where p.contains(where: { $0 < 0 || $0 >= strings }) { throw Unusable(message: "path names a missing string") }
        for r in 0..<n {
            guard c.doc[r] >= 0, c.doc[r] < docs, c.path[r] >= 0, c.path[r] < paths, c.unit[r] >= 0, c.unit[r] < strings,
                  c.subject[r] >= 0, c.subject[r] < strings, c.repeatOf[r] >= -1, c.repeatOf[r] < strings
            else { throw Unusable(message: "fact \(r) points outside the index") }
        }
    }
}
