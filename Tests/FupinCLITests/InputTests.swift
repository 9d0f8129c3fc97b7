import Foundation
import Testing

/// Bad input gets a clear message naming the file; the other files still go in.
@Suite("Bad input")
struct InputTests {
    static func gb18030(_ s: String) -> Data {
        // GB18030 through iconv, the same library the product uses to read it.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let i = Pipe(), o = Pipe()
        p.standardInput = i; p.standardOutput = o
        try? p.run()
        i.fileHandleForWriting.write(Data(s.utf8)); try? i.fileHandleForWriting.close()
        let d = o.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return d
    }

    @Test func mixedFolderIngestsWhatItCanAndNamesTheRest() throws {
        let dir = Fupin.tempDir("inputs")
        let sentence = "会宁县:脱贫攻坚\n发布时间:2020-06-01 10:00\n\n2019年,全县812户贫困户全部脱贫。"
        try Data(sentence.utf8).write(to: dir.appendingPathComponent("good.txt"))
        try Data([0xEF, 0xBB, 0xBF] + Array(sentence.utf8)).write(to: dir.appendingPathComponent("bom.txt"))
        var utf16 = Data([0xFF, 0xFE]); for u in sentence.utf16 { utf16.append(UInt8(u & 0xFF)); utf16.append(UInt8(u >> 8)) }
        try utf16.write(to: dir.appendingPathComponent("utf16.txt"))
        try Self.gb18030(sentence.replacingOccurrences(of: "812", with: "813")).write(to: dir.appendingPathComponent("gbk.txt"))
        try Data("<html><head><style>p{}</style><script>var x=99;</script></head><body><h1>会宁县脱贫</h1><p>全县&nbsp;814户贫困户全部脱贫。</p></body></html>".utf8)
            .write(to: dir.appendingPathComponent("page.html"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 1]).write(to: dir.appendingPathComponent("image.txt"))
        try Data(Array("全县815户".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0x00] + Array("脱贫".utf8)).write(to: dir.appendingPathComponent("nul.txt"))
        let store = Fupin.tempDir("store")
        let r = try Fupin.run(["ingest", "--store", store.path, dir.path])
        #expect(r.status == 1, "some inputs failed")
        #expect(r.stdout.contains("2 failed") || r.stdout.contains("3 failed"), "\(r.stdout)")
        #expect(r.stderr.contains("empty.txt: empty file"))
        #expect(r.stderr.contains("image.txt: binary data"))
        let q = try Fupin.run(["query", "--store", store.path, "list households"])
        for v in ["812", "813", "814"] { #expect(q.stdout.contains(v), "\(v) missing:\n\(q.stdout)") }
        #expect(!q.stdout.contains("99"))
    }

    @Test func numbersTooLargeForInt64AndLongLinesDoNotCrash() throws {
        let dir = Fupin.tempDir("big")
        var text = "全县投入1e30元。投入100000000000000000000000000000万元。\n"
        text += String(repeating: "扶贫", count: 500_000) + "\n"
        // (a sentence of 20,000 counts run together, 128,890 characters with no full stop: read in pieces, each count once;
        // 100,000 took 92 s in a debug build, 0.8 s in release)
        text += (0..<20_000).map { "\($0)人" }.joined(separator: ",") + "。\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("big.txt"))
        let r = try Fupin.run(["extract", dir.path, "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let persons = r.stdout.split(separator: "\n").filter { $0.contains("\"measure\":\"persons\"") }
        #expect(persons.count == 20_000)
    }

    @Test func queryErrorsExitTwoWithACaret() throws {
        let r = try Fupin.run(["query", "--store", Fupin.tempDir().path, "sum persns"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("^^^^^^ unknown measure 'persns' (did you mean persons?)"))
    }

    @Test func missingStoreIsAStoreError() throws {
        let r = try Fupin.run(["query", "--store", "/nonexistent/fupin-store", "count facts"])
        #expect(r.status == 3)
        #expect(r.stderr.contains("/nonexistent/fupin-store"))
    }

    @Test func streamingJSONLinesFilter() throws {
        var lines = ""
        for i in 0..<200 { lines += "{\"id\":\"d\(i)\",\"text\":\"2019年,全县\(100 + i)户贫困户全部脱贫。\",\"date\":\"2020-01-01\"}\n" }
        lines += "not json\n"
        let r = try Fupin.run(["extract", "-", "--input-format", "jsonl", "--format", "jsonl"], stdin: lines)
        let facts = r.stdout.split(separator: "\n")
        #expect(facts.count == 200)
        #expect(facts.last?.contains("\"doc\":\"d199\"") == true)
        #expect(r.stderr.contains("line 201"))
        #expect(r.status == 1)
    }
}

@Suite("Input limits and links")
struct InputLimitTests {
    @Test func oversizedFileIsRefusedByName() throws {
        let dir = Fupin.tempDir("huge")
        let line = String(repeating: "全县100人脱贫。", count: 1000) + "\n"
        let chunk = Data(line.utf8)
        let handle = try #require(FileHandle(forWritingAtPath: { FileManager.default.createFile(atPath: dir.appendingPathComponent("huge.txt").path, contents: nil); return dir.appendingPathComponent("huge.txt").path }()))
        var written = 0
        while written < 70 * 1_048_576 { handle.write(chunk); written += chunk.count }
        try handle.close()
        try Data("全县812户脱贫。".utf8).write(to: dir.appendingPathComponent("small.txt"))
        let store = Fupin.tempDir("huge-store")
        let r = try Fupin.run(["ingest", "--store", store.path, dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("huge.txt: too large"), "\(r.stderr)")
        #expect(r.stdout.contains("1 added"), "\(r.stdout)")
    }

    @Test func foldersAreWalkedForReportsOnly() throws {
        // nested folders, in name order; hidden files and folders, other extensions, a link to
        // a folder inside, and an unreadable-looking name left out
        let dir = Fupin.tempDir("walk")
        let fm = FileManager.default
        for sub in ["b/deeper", "a", ".hidden", "c.txt.d"] {
            try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let files = ["b/deeper/three.htm": "<p>全县3户脱贫。</p>", "a/one.TXT": "全县1户脱贫。", "two.txt": "全县2户脱贫。",
                     ".hidden/no.txt": "全县91户脱贫。", ".no.txt": "全县92户脱贫。", "a/no.md": "全县93户脱贫。",
                     "c.txt.d/four.html": "<p>全县4户脱贫。</p>"]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        try fm.createSymbolicLink(at: dir.appendingPathComponent("a/linked"), withDestinationURL: dir.appendingPathComponent("b"))
        let r = try Fupin.run(["extract", dir.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0...2].joined(separator: ",") }
        #expect(rows == ["one,households,1", "three,households,3", "four,households,4", "two,households,2"])
    }

    @Test func symlinksOutOfTheFolderAreNotFollowed() throws {
        let outside = Fupin.tempDir("outside")
        try Data("全县900户脱贫。".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        let dir = Fupin.tempDir("links")
        try Data("全县812户脱贫。".utf8).write(to: dir.appendingPathComponent("own.txt"))
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("link.txt"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        let store = Fupin.tempDir("links-store")
        let r = try Fupin.run(["ingest", "--store", store.path, dir.path])
        #expect(r.stderr.contains("link.txt: symbolic link out of"), "\(r.stderr)")
        let q = try Fupin.run(["query", "--store", store.path, "list households"])
        #expect(q.stdout.contains("812") && !q.stdout.contains("900"))
        let followed = try Fupin.run(["ingest", "--store", store.path, "--follow-links", dir.path])
        #expect(followed.status == 0)
    }
}
