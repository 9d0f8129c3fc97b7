import Foundation
import FupinCore
import FupinExtraction
import FupinQuery

/// Formats for fact listings (`extract`, `export`).
enum FactFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv, json
}

import ArgumentParser

/// Writes facts as JSON lines, CSV (RFC 4180; `--bom` for Excel) or an aligned table.
struct FactWriter {
    let format: FactFormat
    var explain = false
    var bom = false

    init(format: FactFormat, explain: Bool = false, bom: Bool = false) {
        self.format = format; self.explain = explain; self.bom = bom
    }

    /// From the table of a fact's fields; ``JSONText/csvRow(_:texts:)`` writes them in this order.
    static let csvColumns = Fact.csvColumns

    func header() -> String? {
        switch format {
        case .csv: return (bom ? "\u{FEFF}" : "") + Self.csvColumns.joined(separator: ",")
        case .table: return nil
        case .jsonl, .json: return nil
        }
    }

    /// A fact as a line of the aligned table (`--explain` adds the rule and span).
    private func tableLine(_ f: Fact, texts: IndexedText?) -> String {
        var s = "\(f.doc)  \(f.measure.rawValue)  \(Answer.format(f.value))  \(f.kind.rawValue)\(f.approx ? " ~" : "")  \(f.year.map(String.init) ?? "-")  \(f.region ?? "-")  «\(f.surface)»  \(f.subject)  \(f.topic.rawValue)"
        if explain {
            let clause = f.text.isEmpty ? texts.flatMap { t in f.textSpan.map(t.string) } ?? "" : f.text
            s += "\n    rule: \(f.rule)\n    topic: \(f.topic.rawValue) by \(f.topicCue ?? "-")\n    span: [\(f.start), \(f.end)) in \(clause)"
        }
        return s
    }

    /// Writes one fact; JSON lines and CSV rows go straight into the bytes. A fact made
    /// without its texts has its sentence and clause copied from `texts`, its document's.
    func write(_ f: Fact, texts: IndexedText? = nil, into t: inout JSONText) {
        switch format {
        case .jsonl, .json: t.fact(f, texts: texts); t.byte(0x0A)
        case .csv: t.csvRow(f, texts: texts)
        case .table: t.verbatim(tableLine(f, texts: texts)); t.byte(0x0A)
        }
    }

    /// A document's facts as the format writes them (the table heads them with the document).
    func document(_ x: Extraction) -> JSONBytes {
        var t = JSONText(capacity: 512 * x.facts.count + 256)   // a JSON line is about 450 bytes
        if format == .table {
            let d = x.document
            t.verbatim("# \(d.id)  \(d.title ?? "")  \(d.date ?? "")  \(d.regionPath.levels.joined(separator: "/"))")
            t.byte(0x0A)
        }
        if format == .jsonl || format == .json {
            t.factLines(x.facts, texts: x.indexedText)
        } else {
            for f in x.facts { write(f, texts: x.indexedText, into: &t) }
        }
        if explain, format == .table {
            // the numbers that were not made facts, and the trap that refused each
            for r in x.refusals {
                t.verbatim("    refused «\(r.surface)» by \(r.trap)  [\(r.start), \(r.end))")
                t.byte(0x0A)
            }
        }
        return t.finish()
    }

    static func plain(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
