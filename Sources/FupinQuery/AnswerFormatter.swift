import Foundation
import FupinCore

/// How answers are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

/// Renders an ``Answer``: aligned tables (a Han character is two columns) with a bar column
/// for `group by`, RFC 4180 CSV, or JSON.
public struct AnswerFormatter: Sendable {
    public var format: OutputFormat
    public var evaluator: Evaluator
    /// Bars and colour only make sense on a terminal.
    public var color: Bool

    public init(format: OutputFormat, evaluator: Evaluator, color: Bool = false) {
        self.format = format; self.evaluator = evaluator; self.color = color
    }

    public func render(_ a: Answer) -> String {
        switch format {
        case .table: return table(a)
        case .csv: return csv(a)
        case .json: return json(a)
        }
    }

    // MARK: - Summary

    /// `-- 6 facts from 1 document; skipped 2 rate or target (…)`; a sum of several topics
    /// says so: `-- 21 facts from 1 document across 7 topics (脱贫 9,352 · 就业 5,821 · …); add topic= to sum like with like`.
    public func summary(_ a: Answer) -> String {
        let n = a.used.count, d = a.documentCount
        var s = "-- \(n) fact\(n == 1 ? "" : "s") from \(d) document\(d == 1 ? "" : "s")"
        let shares = a.topicShares
        if !shares.isEmpty {
            s += " across \(shares.count) topics (" + shares.map { "\($0.topic.rawValue) \(Answer.format($0.value))" }.joined(separator: " · ")
                + "); add topic= to sum like with like"
        }
        for (reason, count) in a.skipped { s += "; skipped \(count) \(reason)" }
        if a.query.groupBy.isEmpty, a.query.measure == .yuan, a.query.aggregate.needsOneMeasure,
           let v = a.groups.first?.value, let cn = Answer.chineseMoney(v) { s += "; = \(cn)" }
        return s
    }

    private func label(_ q: Query) -> String { "\(q.aggregate.rawValue) \(q.measure?.rawValue ?? "facts")" }

    private func valueText(_ v: Double?) -> String {
        guard let v else { return "no facts" }
        return Answer.format(v, decimals: 2)
    }

    // MARK: - Table

    private func table(_ a: Answer) -> String {
        let q = a.query
        if q.aggregate == .list { return listTable(a) }
        if q.groupBy.isEmpty {
            let v = a.groups.first?.value
            if v == nil || (q.aggregate == .count && a.used.isEmpty && a.skipped.isEmpty) && v == 0 {
                return summary(a) + "\n" + (q.aggregate == .count ? "\(label(q)) = 0 (no facts match)" : "no facts match")
            }
            return summary(a) + "\n\(label(q)) = \(valueText(v))" + (a.groups.first.map { source(of: $0, a).map { " (\($0))" } ?? "" } ?? "")
        }
        let latest = q.aggregate == .latest
        let header = q.groupBy.map(\.rawValue) + [label(q)] + (latest ? ["year", "doc"] : []) + ["facts", ""]
        let maxValue = a.groups.compactMap(\.value).map(abs).max() ?? 0
        var rows: [[String]] = []
        for g in a.groups {
            let bar = maxValue > 0 ? String(repeating: "▇", count: max(g.value ?? 0 > 0 ? 1 : 0, Int(((g.value ?? 0) / maxValue * 30).rounded()))) : ""
            let picked = latest ? [pickYear(g, a) ?? "-", pickDoc(g, a) ?? "-"] : []
            rows.append(g.keys + [valueText(g.value)] + picked + [String(g.count), bar])
        }
        let numeric = Set([q.groupBy.count, q.groupBy.count + (latest ? 3 : 1)])
        return alignedTable(header, rows, numericColumns: numeric) + "\n" + summary(a)
    }

    /// For `latest`: the year and document of the figure shown (`2020, 001_09c03b03f3e3dd39 2020-06-01`).
    private func source(of g: Answer.Group, _ a: Answer) -> String? {
        guard let doc = pickDoc(g, a) else { return nil }
        let date = g.pick.flatMap { a.table.columns.documents[Int(a.table.columns.doc[Int($0)])].date }
        return "\(pickYear(g, a) ?? "no year"), \(doc)" + (date.map { " " + $0 } ?? "")
    }

    private func pickYear(_ g: Answer.Group, _ a: Answer) -> String? {
        guard let r = g.pick else { return nil }
        let y = a.table.columns.year[Int(r)]
        return y == 0 ? nil : String(y)
    }

    private func pickDoc(_ g: Answer.Group, _ a: Answer) -> String? {
        g.pick.map { a.table.columns.documents[Int(a.table.columns.doc[Int($0)])].id }
    }

    private func listTable(_ a: Answer) -> String {
        let header = ["doc", "measure", "value", "unit", "kind", "topic", "year", "region", "surface", "text"]
        var rows: [[String]] = []
        for f in a.usedFacts {
            rows.append([f.doc, f.measure.rawValue, Answer.format(f.value), f.unit, f.kind.rawValue, f.topic.rawValue,
                         f.year.map(String.init) ?? "-", f.region ?? "-", f.surface, TextWidth.clip(f.text, 40)])
        }
        if rows.isEmpty { return "no facts match\n" + summary(a) }
        return alignedTable(header, rows, numericColumns: [2]) + "\n" + summary(a)
    }

    public func alignedTable(_ header: [String], _ rows: [[String]], numericColumns: Set<Int>) -> String {
        var widths = header.map { TextWidth.columns($0) }
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], TextWidth.columns(c)) } }
        func line(_ cells: [String], bold: Bool = false) -> String {
            var text = cells.enumerated().map { i, c in TextWidth.pad(c, to: widths[i], right: numericColumns.contains(i)) }
                .joined(separator: "  ")
            while text.utf8.last == 0x20 { text.removeLast() }
            return bold && color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
        }
        return ([line(header, bold: true)] + rows.map { line($0) }).joined(separator: "\n")
    }

    // MARK: - CSV (RFC 4180)

    /// A field as CSV writes it (see ``JSONText/csvField(_:)``).
    public static func csvField(_ s: String) -> String {
        guard JSONText.needsQuotes(s) else { return s }
        var j = JSONText(capacity: s.utf8.count + 8)
        j.csvField(s)
        return String(decoding: j.bytes, as: UTF8.self)
    }

    private func csv(_ a: Answer) -> String {
        let q = a.query
        var lines: [String] = []
        if q.aggregate == .list {
            lines.append("doc,measure,value,unit,kind,topic,year,region,surface,text")
            for f in a.usedFacts {
                lines.append([f.doc, f.measure.rawValue, Self.plain(f.value), f.unit, f.kind.rawValue, f.topic.rawValue, f.year.map(String.init) ?? "",
                              f.region ?? "", f.surface, f.text].map(Self.csvField).joined(separator: ","))
            }
        } else {
            let latest = q.aggregate == .latest
            lines.append((q.groupBy.map(\.rawValue) + [label(q).replacingOccurrences(of: " ", with: "_")] + (latest ? ["year", "doc"] : [])
                          + ["facts", "documents"]).joined(separator: ","))
            for g in a.groups {
                let picked = latest ? [pickYear(g, a) ?? "", pickDoc(g, a) ?? ""] : []
                lines.append((g.keys + [g.value.map(Self.plain) ?? ""] + picked + [String(g.count), String(a.documents(in: g.rows))])
                    .map(Self.csvField).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n")
    }

    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    // MARK: - JSON

    /// A JSON value of an answer, written by ``JSONText`` with its keys sorted (the bytes
    /// `JSONSerialization` with `.sortedKeys` wrote before); a fact is written as its JSON
    /// line, not parsed back and written again.
    private indirect enum JSONValue {
        case string(String), int(Int), number(Double), null, fact(Fact)
        case array([JSONValue]), object([String: JSONValue])

        func write(to j: inout JSONText) {
            switch self {
            case .string(let s): j.string(s)
            case .int(let n): j.int(n)
            case .number(let v): j.number(v)
            case .null: j.raw("null")
            case .fact(let f): j.fact(f)
            case .array(let items):
                j.raw("[")
                for (i, v) in items.enumerated() { if i > 0 { j.raw(",") }; v.write(to: &j) }
                j.raw("]")
            case .object(let fields):
                j.raw("{")
                for (i, k) in fields.keys.sorted().enumerated() {
                    if i > 0 { j.raw(",") }
                    j.string(k); j.raw(":"); fields[k]!.write(to: &j)
                }
                j.raw("}")
            }
        }
    }

    private func json(_ a: Answer) -> String {
        let q = a.query
        var obj: [String: JSONValue] = [
            "aggregate": .string(q.aggregate.rawValue), "measure": .string(q.measure?.rawValue ?? "facts"),
            "facts_used": .int(a.used.count), "documents": .int(a.documentCount),
            "skipped": .array(a.skipped.map { .object(["reason": .string($0.reason), "count": .int($0.count)]) }),
        ]
        if q.aggregate == .list {
            obj["facts"] = .array(a.usedFacts.map { .fact($0) })
        } else if q.groupBy.isEmpty {
            obj["value"] = a.groups.first?.value.map { .number($0) } ?? .null
            if q.aggregate == .latest, let g = a.groups.first { for (k, v) in picked(g, a) { obj[k] = v } }
        } else {
            obj["groups"] = .array(a.groups.map { g -> JSONValue in
                var d: [String: JSONValue] = ["value": g.value.map { .number($0) } ?? .null, "facts": .int(g.count)]
                if q.aggregate == .latest { for (k, v) in picked(g, a) { d[k] = v } }
                for (f, k) in zip(q.groupBy, g.keys) { d[f.rawValue] = .string(k) }
                return .object(d)
            })
        }
        let shares = a.topicShares
        if !shares.isEmpty {
            obj["topics"] = .array(shares.map { .object(["topic": .string($0.topic.rawValue), "value": .number($0.value), "facts": .int($0.facts)]) })
        }
        var j = JSONText(capacity: 256)
        JSONValue.object(obj).write(to: &j)
        return String(decoding: j.bytes, as: UTF8.self)
    }

    /// `latest`'s figure in JSON: its document and year (null when none).
    private func picked(_ g: Answer.Group, _ a: Answer) -> [String: JSONValue] {
        ["doc": pickDoc(g, a).map { .string($0) } ?? .null, "year": pickYear(g, a).flatMap { Int($0) }.map { .int($0) } ?? .null]
    }
}
