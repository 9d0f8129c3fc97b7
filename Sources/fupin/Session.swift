import Foundation
import FupinCore
import FupinExtraction
import FupinQuery
import FupinStorage

/// What a statement printed, and whether it failed or asked to quit.
struct StatementResult {
    var output = ""
    var error: String?
    var quit = false
}

/// A loaded store plus the shell's settings; runs queries and dot-commands for the REPL,
/// `fupin run` and `fupin query`.
final class Session {
    let store: Store
    private(set) var table = FactTable(facts: [], documents: [:])
    private(set) var problems: [StoreProblem] = []
    /// Why the fact index was not used, when it was not.
    private(set) var slowNote: String?
    var format: OutputFormat = .table
    var color = false
    var timer = false
    var lastAnswer: Answer?
    /// Where answers go (`.output FILE`); nil for standard output.
    var output: FileHandle?

    init(store: Store) {
        self.store = store
        reload()
    }

    func reload() {
        cachedPlaces = nil
        checked = []
        let loaded = store.loadColumns()
        problems = loaded.problems
        slowNote = loaded.slowNote
        table = makeTable(loaded.columns)
    }

    /// Checks the documents behind some rows (all documents for nil); those whose files were
    /// damaged since they were indexed leave the table and join `problems`. True if any did.
    func dropUnreadable(documentsOf rows: [Int32]?) -> Bool {
        let c = table.columns
        if checked.count != c.documents.count { checked = [Bool](repeating: false, count: c.documents.count) }
        var docs: [Int] = []
        if let rows {
            for r in rows where !checked[Int(c.doc[Int(r)])] { checked[Int(c.doc[Int(r)])] = true; docs.append(Int(c.doc[Int(r)])) }
        } else {
            docs = c.documents.indices.filter { !checked[$0] }
            checked = checked.map { _ in true }
        }
        let bad = store.unreadable(c, documents: docs)
        guard !bad.isEmpty else { return false }
        checked = []
        problems += bad.map(\.problem)
        table = makeTable(c.without(documents: Set(bad.map(\.document))))
        return true
    }

    /// A table whose whole facts are read from this store's document files.
    private func makeTable(_ columns: FactColumns) -> FactTable {
        let store = self.store
        return FactTable(columns: columns, documentFacts: { id in try? store.read(id).facts })
    }

    /// Documents already checked since the store was loaded (by index in the table).
    private var checked: [Bool] = []

    /// The stored documents, in id order.
    var documents: [FactColumns.DocumentInfo] { table.columns.documents }

    /// Place names for Tab completion, with their traditional forms (漢臺區 completes too).
    var completionPlaces: [String] {
        if let c = cachedPlaces { return c }
        let names = table.regions
        let traditional = names.isEmpty ? [] : ChineseConverter.shared.traditional(names.joined(separator: "\n")).components(separatedBy: "\n")
        var seen = Set(names)
        let all = names + traditional.filter { seen.insert($0).inserted }
        cachedPlaces = all
        return all
    }
    private var cachedPlaces: [String]?

    var evaluator: Evaluator {
        Evaluator(table: table, normalizePlace: { ChineseConverter.shared.simplify($0) })
    }

    /// Problems reading the store, one line, or nil.
    var problemNote: String? {
        var notes: [String] = []
        if !problems.isEmpty {
            notes.append("-- note: \(problems.count) store file\(problems.count == 1 ? "" : "s") skipped (run `fupin check`): " +
                         problems.prefix(3).map(\.description).joined(separator: "; "))
        }
        if let s = slowNote { notes.append("-- note: " + s) }
        return notes.isEmpty ? nil : notes.joined(separator: "\n")
    }

    /// Appends a continuation line: inside an open quote the line break is not part of the string.
    static func join(_ pending: String, _ line: String) -> String {
        if pending.isEmpty { return line }
        return pending + (isInsideQuote(pending) ? "" : "\n") + line
    }

    static func isInsideQuote(_ text: String) -> Bool { scan(text).openQuote }

    /// Whether the text is a whole statement: quotes closed and parentheses balanced.
    static func isComplete(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix(".") || t.hasPrefix("--") || t.isEmpty { return true }
        let (open, depth) = scan(t)
        return !open && depth <= 0
    }

    /// One pass over a statement: is a quote left open (``QuoteMarks``, the lexer's table), and
    /// how deep are the parentheses outside quotes (full-width forms count too).
    private static func scan(_ text: String) -> (openQuote: Bool, depth: Int) {
        var depth = 0
        var close: Unicode.Scalar?
        for u in text.unicodeScalars {
            if let c = close { if QuoteMarks.closes(u, c) { close = nil }; continue }
            if let c = QuoteMarks.closing(for: u) { close = c; continue }
            switch u {
            case "(", "（": depth += 1
            case ")", "）": depth -= 1
            default: break
            }
        }
        return (close != nil, depth)
    }

    func execute(_ statement: String) -> StatementResult {
        let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || text.hasPrefix("--") { return StatementResult() }
        if text.hasPrefix(".") { return DotCommands.run(text, in: self) }
        let started = Date()
        var result = query(text)
        if timer { result.output += String(format: "\n-- time: %.1f ms", Date().timeIntervalSince(started) * 1000) }
        if let h = output, !result.output.isEmpty {
            h.write(Data((result.output + "\n").utf8))
            result.output = ""
        }
        return result
    }

    func query(_ text: String) -> StatementResult {
        let q: Query
        do { q = try Parser.parse(text) } catch {
            return StatementResult(error: error.render(text))
        }
        var ev = evaluator
        var answer = ev.run(q)
        if dropUnreadable(documentsOf: answer.used) {
            ev = evaluator
            answer = ev.run(q)
        }
        lastAnswer = answer
        var out = AnswerFormatter(format: format, evaluator: ev, color: color).render(answer)
        if let note = problemNote, format == .table { out = note + "\n" + out }
        return StatementResult(output: out)
    }

    /// `.why`: each fact behind the last answer, with its document and sentence.
    func why(limit: Int = 50) -> String {
        guard let a = lastAnswer else { return "no answer yet: run a query first" }
        var lines: [String] = []
        for f in a.table.facts(a.used.prefix(limit)) {
            lines.append("\(f.doc) [\(f.start),\(f.end)) \(f.measure.rawValue) \(Answer.format(f.value)) \(f.kind.rawValue)\(f.approx ? " approx" : "") topic=\(f.topic.rawValue) year=\(f.year.map(String.init) ?? "-") region=\(f.regionPath.levels.joined(separator: "/"))")
            lines.append("    «\(f.surface)» in: \(f.sentence)")
            lines.append("    rule: \(f.rule)")
        }
        if a.used.count > limit { lines.append("… and \(a.used.count - limit) more") }
        for (reason, n) in a.skipped { lines.append("-- skipped \(n): \(reason)") }
        return lines.isEmpty ? "the last answer used no facts" : lines.joined(separator: "\n")
    }
}
