import Foundation
import FupinCore
import Testing
@testable import FupinStorage

@Suite("JSON store")
struct StoreTests {
    func tempStore() throws -> Store {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fupin-store-\(UUID().uuidString)")
        return try Store.open(dir, create: true)
    }

    func doc(_ id: String, _ text: String, origin: String? = nil) -> (Document, [Fact]) {
        let d = Document(id: id, origin: origin ?? "/in/\(id).txt", contentHash: String(text.hashValue & 0xFFFFFF, radix: 16) + text, text: text)
        return (d, [Fact(doc: id, measure: .persons, value: Double(text.count), unit: "人", surface: "\(text.count)人")])
    }

    @Test func storesOpenedByManyAtOnceAreCreatedOnce() throws {
        // two ingests into one new (existing, empty) folder: one creates the store while the
        // other looks; the one looking must not take the new marker for a foreign file
        for _ in 0..<200 {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fupin-race-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let failures = Slots<String>(4)
            DispatchQueue.concurrentPerform(iterations: 4) { i in
                do { _ = try Store.open(dir, create: true) } catch { failures[i] = "\(error)" }
            }
            #expect((0..<4).compactMap { failures[$0] } == [])
            try? FileManager.default.removeItem(at: dir)
        }
    }

    @Test func aNewStoreHasACatalogBeforeItsFirstDocument() throws {
        // a query during the first ingest reads an (empty) catalog, not uncatalogued files it
        // would report as a damaged store
        let store = try tempStore()
        let w = try store.writer()
        #expect(store.catalog()?.isEmpty == true)
        let (d, f) = doc("a", "全县500人脱贫。")
        try w.put(d, facts: f)   // in place, not yet in the catalog
        let (read, problems) = store.readAll()
        #expect(read.isEmpty && problems.isEmpty)
        try w.finish()
        #expect(store.catalog()?.map(\.id) == ["a"])
    }

    @Test func aReaderRacingAFirstIngestReportsNothing() throws {
        // the catalog is looked at once: a reader that found none must not then see the one a
        // first ingest has just written and call the store's catalog unreadable (CI, stop 55)
        for _ in 0..<100 {
            let store = try tempStore()
            let problems = Slots<[StoreProblem]>(2)
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 {
                    let w = try? store.writer()
                    try? w?.put(doc("a", "甲").0, facts: doc("a", "甲").1)
                    try? w?.finish()
                } else {
                    problems[1] = (0..<20).flatMap { _ in store.readAll().1 }
                }
            }
            #expect(problems[1] == [], "\(problems[1] ?? [])")
            try? FileManager.default.removeItem(at: store.root)
        }
        let store = try tempStore()
        try Data("{\"generation\": 3, \"documents\": [".utf8).write(to: store.root.appendingPathComponent("catalog.json"))
        #expect(store.readAll().1.map(\.message) == ["unreadable catalog; read the document files directly"])
        #expect(store.catalog() == nil)
    }

    @Test func ingestSameContentTwiceChangesNothing() throws {
        let s = try tempStore()
        let (d, f) = doc("a", "全县100人脱贫")
        let w = try s.writer()
        #expect(try w.put(d, facts: f).0 == .added)
        #expect(try w.put(d, facts: f).0 == .unchanged)
        try w.finish()
        #expect(s.load().facts.count == 1)
    }

    @Test func factsPointIntoTheTextForSentenceAndClause() throws {
        let s = try tempStore()
        let text = "标题\n2019年,全县共有306户、469名贫困人口脱贫。另有“未知”句子。"
        let sentence = "2019年,全县共有306户、469名贫困人口脱贫。"
        var households = Fact(doc: "a", measure: .households, value: 306, unit: "户", surface: "306户", text: "全县共有306户、469名贫困人口脱贫",
                              start: 13, end: 17, sentence: sentence)
        var persons = households
        (persons.measure, persons.value, persons.surface, persons.start, persons.end) = (.persons, 469, "469名", 18, 22)
        households.subject = "全县"
        let elsewhere = Fact(doc: "a", measure: .yuan, value: 5, unit: "元", surface: "5元", region: nil,
                             regionPath: RegionPath(["甲省"]), start: 0, end: 2, sentence: "不在这篇文字里的句子5元。")
        let d = Document(id: "a", contentHash: "h", text: text)
        let w = try s.writer()
        try w.put(d, facts: [households, persons, elsewhere])
        try w.finish()
        let raw = String(decoding: try Data(contentsOf: s.documentURL("a")), as: UTF8.self)
        #expect(raw.contains(#""sentence_span":[3,29]"#))   // the scalar offsets of the sentence in the text
        #expect(raw.contains(#""text_span":[9,28]"#))
        #expect(!raw.contains(#""sentence":"2019年"#))
        #expect(raw.contains(#""sentence":"不在这篇文字里的句子5元。""#))   // not in the text: kept verbatim
        // what the document says is not repeated: its id, its place; a fact's own place is kept
        #expect(!raw.contains(#""doc":"#) && raw.components(separatedBy: #""region_path""#).count == 3)
        #expect(raw.contains(#""region":null,"region_path":["甲省"]"#))
        let back = try s.read("a").facts
        #expect(back.map(\.sentence) == [sentence, sentence, elsewhere.sentence])
        #expect(back.map(\.text) == [households.text, persons.text, ""])
        #expect(back[1].sentenceSpan == 3..<29 && back[1].textSpan == 9..<28 && back[2].sentenceSpan == nil)
        (households.sentenceSpan, households.textSpan) = (3..<29, 9..<28)
        #expect(back[0] == households)
        #expect(back[2].regionPath.levels == ["甲省"] && back[2].region == nil && back[2].doc == "a")
    }

    @Test func schemaOneDocumentFilesStillRead() throws {
        let s = try tempStore()
        let old = #"{"document":{"content_hash":"h","encoding":"utf-8","id":"old","region_path":[],"text":"全县100人脱贫。","traditional":false},"facts":[{"approx":false,"doc":"old","end":7,"kind":"total","measure":"persons","region_path":[],"rule":"unit.persons.人","sentence":"全县100人脱贫。","start":2,"subject":"全县","surface":"100人","text":"全县100人脱贫","unit":"人","value":100}],"schema":1}"#
        try Data(old.utf8).write(to: s.documentURL("old"))
        let f = try s.read("old").facts
        #expect(f.count == 1 && f[0].sentence == "全县100人脱贫。" && f[0].text == "全县100人脱贫" && f[0].value == 100)
        #expect(f[0].topic == .other)   // written before topics
    }

    @Test func topicsSurviveTheStoreAndTheIndex() throws {
        let s = try tempStore()
        let text = "全县510人外出务工,搬迁120户。"
        let jobs = Fact(doc: "a", measure: .persons, value: 510, unit: "人", surface: "510人", subject: "外出务工", topic: .jobs,
                        text: "全县510人外出务工", start: 2, end: 6, sentence: text)
        let moved = Fact(doc: "a", measure: .households, value: 120, unit: "户", surface: "120户", subject: "搬迁", topic: .relocation,
                         text: "搬迁120户", start: 13, end: 17, sentence: text)
        let w = try s.writer()
        try w.put(Document(id: "a", contentHash: "h", text: text), facts: [jobs, moved])
        try w.finish()
        let raw = String(decoding: try Data(contentsOf: s.documentURL("a")), as: UTF8.self)
        #expect(raw.contains(#""text_span":[0,10],"topic":"就业","unit":"人""#))
        #expect(try s.read("a").facts.map(\.topic) == [.jobs, .relocation])
        let loaded = s.loadColumns()
        #expect(loaded.slowNote == nil)
        #expect(loaded.columns.topic == [.jobs, .relocation])
        #expect(loaded.columns.columnFact(1).topic == .relocation)
        // a second ingest copies the first document's rows, topics included
        let w2 = try s.writer()
        try w2.put(doc("b", "乙县20人脱贫").0, facts: doc("b", "乙县20人脱贫").1)
        try w2.finish()
        let again = s.loadColumns()
        #expect(again.slowNote == nil && again.columns.documents.map(\.id) == ["a", "b"])
        #expect(again.columns.topic == [.jobs, .relocation, .other])
        let raw2 = String(decoding: try Data(contentsOf: s.indexURL), as: UTF8.self)
        #expect(raw2.contains(#""schema":2"#) && raw2.contains(#""topic":[4,5,18]"#))
    }

    @Test func anIndexWrittenBeforeTopicsStillLoads() throws {
        let s = try tempStore()
        let w = try s.writer()
        for (id, text) in [("a", "甲县100人脱贫"), ("b", "乙县20人脱贫")] { try w.put(doc(id, text).0, facts: doc(id, text).1) }
        try w.finish()
        // schema 1: no "topics" codes and no "topic" column
        let lines = String(decoding: try Data(contentsOf: s.indexURL), as: UTF8.self).components(separatedBy: ",\n")
        #expect(lines.contains { $0.hasPrefix(#""topics":"#) } && lines.contains { $0.hasPrefix(#""topic":"#) })
        let old = lines.filter { !$0.hasPrefix(#""topics":"#) && !$0.hasPrefix(#""topic":"#) }.joined(separator: ",\n")
            .replacingOccurrences(of: #""schema":2"#, with: #""schema":1"#)
        try Data(old.utf8).write(to: s.indexURL)
        let loaded = s.loadColumns()
        #expect(loaded.slowNote == nil && loaded.problems.isEmpty)
        #expect(loaded.columns.count == 2 && loaded.columns.topic == [.other, .other])
        #expect(loaded.columns.value == [8, 7])
        // a schema 2 index without its topic column is not trusted
        let broken = old.replacingOccurrences(of: #""schema":1"#, with: #""schema":2"#)
        #expect(throws: FactIndex.Unusable.self) { try FactIndex.decode(Data(broken.utf8)) }
        // the next ingest writes a schema 2 index, copying the old rows as 其他
        let w2 = try s.writer()
        try w2.put(doc("c", "丙县3人").0, facts: doc("c", "丙县3人").1)
        try w2.finish()
        let again = s.loadColumns()
        #expect(again.slowNote == nil && again.columns.topic == [.other, .other, .other])
        #expect(String(decoding: try Data(contentsOf: s.indexURL), as: UTF8.self).contains(#""schema":2"#))
    }

    @Test func queriesReadTheFactIndexWhenItMatchesTheCatalog() throws {
        let s = try tempStore()
        let w = try s.writer()
        for (id, text) in [("a", "甲县100人脱贫"), ("b", "乙县20人脱贫"), ("c", "丙县3人")] { try w.put(doc(id, text).0, facts: doc(id, text).1) }
        try w.finish()
        let fast = s.loadColumns()
        #expect(fast.slowNote == nil && fast.problems.isEmpty)
        #expect(fast.columns.documents.map(\.id) == ["a", "b", "c"])
        #expect(fast.columns.value == [8, 7, 4])   // the test facts count characters
        // a second writer adds one document: old rows are copied, the new one added
        let w2 = try s.writer()
        try w2.put(doc("d", "丁县4000人").0, facts: doc("d", "丁县4000人").1)
        try w2.finish()
        #expect(s.loadColumns().columns.documents.map(\.id) == ["a", "b", "c", "d"])
        #expect(s.loadColumns().slowNote == nil)
    }

    @Test func aStaleIndexIsNotTrustedAndRepairRebuildsIt() throws {
        let s = try tempStore()
        let w = try s.writer()
        try w.put(doc("a", "甲县100人脱贫").0, facts: doc("a", "甲县100人脱贫").1)
        try w.finish()
        // a catalog written after the index (an ingest killed before it finished)
        try s.writeCatalog(s.catalog()!, generation: (s.catalogGeneration() ?? 0) + 1)
        let slow = s.loadColumns()
        #expect(slow.slowNote?.contains("older than the catalog") == true)
        #expect(slow.columns.count == 1)
        #expect(s.check().contains { $0.file.hasSuffix("index.json") })
        let actions = try s.repair()
        #expect(actions.contains("rebuilt the fact index"))
        #expect(s.loadColumns().slowNote == nil)
        #expect(s.check().isEmpty)
    }

    @Test func aDamagedDocumentIsFoundWhenAnAnswerUsesIt() throws {
        let s = try tempStore()
        let w = try s.writer()
        try w.put(doc("a", "甲县100人脱贫").0, facts: doc("a", "甲县100人脱贫").1)
        try w.put(doc("b", "乙县20人脱贫").0, facts: doc("b", "乙县20人脱贫").1)
        try w.finish()
        let c = s.loadColumns().columns
        #expect(s.unreadable(c, documents: [0, 1]).isEmpty)
        try Data("{\"schema\":1".utf8).write(to: s.documentURL("b"))
        let bad = s.unreadable(c, documents: [0, 1])
        #expect(bad.map(\.document) == [1])
        #expect(bad.first?.problem.file.hasSuffix("b.json") == true)
    }

    @Test func indexColumnsSurviveTheirJSON() throws {
        var b = FactColumns.Builder()
        b.add(.init(id: "x\"y", title: "标题\n二", date: nil, source: "来源", fileSize: 12, fileTime: 1_795_345_376_849_414_553),
              facts: [Fact(doc: "x", measure: .yuan, value: 0.125, unit: "万元", surface: "", kind: .target, region: "乙",
                           regionPath: RegionPath(["甲", "乙"]), year: 2019, subject: "资金", topic: .funds)])
        b.add(.init(id: "z"), facts: [])
        let c = b.build()
        let (g, back) = try FactIndex.decode(Data(FactIndex.encode(c, generation: 7).array))
        #expect(g == 7)
        #expect(back.documents == c.documents && back.strings == c.strings && back.paths == c.paths)
        #expect(back.value == c.value && back.measure == c.measure && back.kind == c.kind && back.year == c.year)
        #expect(back.unit == c.unit && back.subject == c.subject && back.repeatOf == c.repeatOf && back.approx == c.approx)
        #expect(back.topic == [.funds] && back.topic == c.topic)
        #expect(throws: FactIndex.Unusable.self) { try FactIndex.decode(Data("{\"format\":\"fupin-fact-index\",\"facts\":{\"doc\":[5]}}".utf8)) }
    }

    @Test func changedFileReplacesItsFacts() throws {
        let s = try tempStore()
        let w = try s.writer()
        let (d1, f1) = doc("a", "全县100人脱贫")
        let (d2, f2) = doc("a", "全县200人脱贫了")
        try w.put(d1, facts: f1)
        #expect(try w.put(d2, facts: f2).0 == .replaced)
        try w.finish()
        let c = s.load()
        #expect(c.documents.count == 1)
        #expect(c.facts.map(\.value) == [Double("全县200人脱贫了".count)])
    }

    @Test func sameNameFromElsewhereGetsANewID() throws {
        let s = try tempStore()
        let w = try s.writer()
        try w.put(doc("a", "一", origin: "/x/a.txt").0, facts: [])
        let (_, id) = try w.put(doc("a", "二", origin: "/y/a.txt").0, facts: [])
        try w.finish()
        #expect(id == "a_2")
        #expect(s.load().documents.count == 2)
    }

    @Test(arguments: ["../../etc/passwd", "/abs/path", "a\u{0}b", String(repeating: "长", count: 500), ".hidden", "e\u{301}"])
    func idsCannotEscapeTheStore(_ raw: String) throws {
        let id = DocumentID.sanitize(raw)
        #expect(!id.contains("/") && !id.contains("\u{0}") && !id.hasPrefix("."))
        #expect(id.utf8.count <= DocumentID.maxBytes)
        let s = try tempStore()
        let w = try s.writer()
        let (_, stored) = try w.put(doc(raw, "内容" + raw).0, facts: [])
        try w.finish()
        #expect(s.documentURL(stored).deletingLastPathComponent().standardized == s.documentsDirectory.standardized)
    }

    @Test(arguments: [("seeds/001_09c03b03f3e3dd39.txt", "001_09c03b03f3e3dd39"), ("/a/b/报告.HTML", "报告"),
                      ("report.htm", "report"), ("dir/", "dir"), ("a/b.tar.txt", "b.tar"), ("x/notes.md", "notes.md")])
    func idsComeFromFileNames(_ path: String, _ id: String) {
        #expect(DocumentID.from(fileName: path) == DocumentID.sanitize(id))
    }

    @Test func nfcVariantsMapToOneID() {
        #expect(DocumentID.sanitize("e\u{301}") == DocumentID.sanitize("\u{E9}"))
    }

    @Test func corruptDocumentIsSkippedAndReportedByName() throws {
        let s = try tempStore()
        let w = try s.writer()
        try w.put(doc("good", "好").0, facts: doc("good", "好").1)
        try w.put(doc("bad", "坏").0, facts: [])
        try w.finish()
        try Data("{\"schema\":1, \"document\": {".utf8).write(to: s.documentURL("bad"))
        let c = s.load()
        #expect(c.documents.map(\.id) == ["good"])
        #expect(c.problems.count == 1 && c.problems[0].file.hasSuffix("bad.json"))
        let actions = try s.repair()
        #expect(actions.contains { $0.contains("moved unreadable bad.json") })
        #expect(FileManager.default.fileExists(atPath: s.root.appendingPathComponent("damaged/bad.json").path))
        #expect(s.check().isEmpty)
    }

    @Test func missingCatalogStillReadsAndRepairRebuildsIt() throws {
        let s = try tempStore()
        let w = try s.writer()
        try w.put(doc("a", "甲").0, facts: doc("a", "甲").1)
        try w.finish()
        try FileManager.default.removeItem(at: s.root.appendingPathComponent("catalog.json"))
        let c = s.load()
        #expect(c.facts.count == 1)
        #expect(c.problems.first?.message.contains("missing catalog") == true)
        _ = try s.repair()
        #expect(s.catalog()?.map(\.id) == ["a"])
    }

    @Test func catalogPointingAtMissingFile() throws {
        let s = try tempStore()
        let w = try s.writer()
        try w.put(doc("a", "甲").0, facts: [])
        try w.put(doc("b", "乙").0, facts: [])
        try w.finish()
        try FileManager.default.removeItem(at: s.documentURL("b"))
        #expect(s.load().problems.contains { $0.file.hasSuffix("b.json") })
        let actions = try s.repair()
        #expect(actions.contains { $0.contains("removed catalog entry b") })
        #expect(s.load().problems.isEmpty)
    }

    @Test func newerSchemaIsRefusedWithItsName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fupin-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("{\"format\":\"fupin-store\",\"schema\":99}".utf8).write(to: dir.appendingPathComponent("store.json"))
        #expect(throws: StoreError.newerSchema(dir.appendingPathComponent("store.json").path, 99)) { try Store.open(dir, create: false) }
    }

    @Test func folderThatIsNotAStoreIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fupin-not-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        #expect(throws: StoreError.notAStore(dir.path)) { try Store.open(dir, create: true) }
    }

    @Test func atomicWriteLeavesNoTemporaryFiles() throws {
        let s = try tempStore()
        let w = try s.writer()
        for i in 0..<20 { try w.put(doc("d\(i)", "文\(i)").0, facts: []) }
        try w.finish()
        let files = try FileManager.default.contentsOfDirectory(atPath: s.documentsDirectory.path)
        #expect(files.allSatisfy { !$0.contains(".tmp-") })
        #expect(files.count == 20)
    }
}
