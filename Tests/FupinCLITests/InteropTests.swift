import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// fupin as a good citizen: DuckDB reads its export and agrees; charts render; completion.
@Suite("Interoperability", .serialized)
struct InteropTests {
    static let store = Fupin.seededStore("interop")

    static func python(_ code: String) throws -> Fupin.Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", code]
        let o = Pipe(), e = Pipe()
        p.standardOutput = o; p.standardError = e
        try p.run()
        let out = o.fileHandleForReading.readDataToEndOfFile(), err = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Fupin.Output(status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func duckDBSumMatchesFupin() throws {
        guard try Self.python("import duckdb").status == 0 else {
            withKnownIssue("duckdb is not installed here (.ci/run installs it with pip)") { throw CancellationError() }
            return
        }
        let export = Fupin.tempDir("export").appendingPathComponent("facts.jsonl")
        let r = try Fupin.run(["export", "--store", Self.store.path, "--format", "jsonl"])
        try Data(r.stdout.utf8).write(to: export)
        let code = """
        import duckdb
        print(duckdb.sql("select sum(value) from read_json_auto('\(export.path)') where measure='yuan' and kind='total' and list_contains(region_path, '平潭县')").fetchall()[0][0])
        """
        let d = try Self.python(code)
        #expect(d.status == 0, "\(d.stderr)")
        let q = try Fupin.run(["query", "--store", Self.store.path, "--format", "json", "sum yuan where region=\"平潭\" and kind=total"])
        let fupinValue = try #require(try JSONSerialization.jsonObject(with: Data(q.stdout.utf8)) as? [String: Any])["value"] as? Double
        #expect(Double(d.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == fupinValue)
    }

    @Test func csvExportIsRFC4180WithOptionalBOM() throws {
        let r = try Fupin.run(["export", "--store", Self.store.path, "--format", "csv", "--bom"])
        #expect(r.stdout.hasPrefix("\u{FEFF}doc,measure,value"))
        let file = Fupin.tempDir("csv").appendingPathComponent("facts.csv")
        try Data(r.stdout.utf8).write(to: file)
        let check = try Self.python("""
        import csv
        rows = list(csv.reader(open('\(file.path)', encoding='utf-8-sig', newline='')))
        assert rows[0][:3] == ['doc', 'measure', 'value'], rows[0]
        assert all(len(r) == len(rows[0]) for r in rows), 'ragged rows'
        print(len(rows) - 1)
        """)
        #expect("count facts = " + check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == Fupin.answer(Self.store, "count facts").replacingOccurrences(of: ",", with: ""), "\(check.stderr)")
    }

    @Test func chartWritesAnSVGThatParses() throws {
        let out = Fupin.tempDir("chart").appendingPathComponent("persons.svg")
        let r = try Fupin.run(["chart", "--store", Self.store.path, "sum persons group by region", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.contains("个旧市") && svg.contains("<rect"))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "well-formed XML")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") {
            let png = out.deletingPathExtension().appendingPathExtension("png")
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
            p.arguments = ["-o", png.path, out.path]
            try p.run(); p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            let bytes = try Data(contentsOf: png)
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
        let bad = try Fupin.run(["chart", "--store", Self.store.path, "sum persons", "--out", out.path])
        #expect(bad.status == 2)
    }

    @Test func completionScriptAndHelp() throws {
        let c = try Fupin.run(["--generate-completion-script", "bash"])
        #expect(c.stdout.contains("_fupin"))
        let h = try Fupin.run(["help", "query"])
        #expect(h.stdout.contains("QUERY LANGUAGE"))
        #expect(h.stdout.contains("group by"))
        #expect(h.stdout.contains("TOPICS"))
        #expect(h.stdout.contains("就业 jobs") && h.stdout.contains("基础设施 infrastructure") && h.stdout.contains("其他 other"))
        #expect(h.stdout.contains("latest"))
    }
}
