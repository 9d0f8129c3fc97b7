import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Crashes and concurrent writers lose nothing: real child processes, real signals.
@Suite("Store faults", .serialized)
struct StoreFaultTests {
    static let corpus: URL = {
        let dir = Fupin.tempDir("kill-corpus")
        _ = try? Fupin.run(["generate", "--documents", "5000", "--out", dir.path, "--seed", "5"])
        return dir
    }()

    /// Every document the catalog lists must load with as many facts as it says.
    static func verify(_ store: URL) throws -> (documents: Int, problems: [String]) {
        let catalogURL = store.appendingPathComponent("catalog.json")
        guard let data = FileManager.default.contents(atPath: catalogURL.path) else { return (0, []) }
        let catalog = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let docs = try #require(catalog["documents"] as? [[String: Any]])
        var problems: [String] = []
        for d in docs {
            let id = d["id"] as! String
            let file = store.appendingPathComponent("documents/\(id).json")
            guard let body = FileManager.default.contents(atPath: file.path),
                  let obj = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
                  let facts = obj["facts"] as? [Any] else { problems.append("\(id): unreadable"); continue }
            if facts.count != d["facts"] as? Int { problems.append("\(id): \(facts.count) facts, catalog says \(d["facts"] ?? "?")") }
        }
        return (docs.count, problems)
    }

    @Test func killedIngestsLeaveAConsistentStore() throws {
        let store = Fupin.tempDir("killed")
        var rng = SystemRandomNumberGenerator()
        var lastCount = 0
        for round in 0..<20 {
            let p = Process()
            p.executableURL = Fupin.binary
            p.arguments = ["ingest", "--store", store.path, Self.corpus.path]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 50_000...1_500_000, using: &rng))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let (count, problems) = try Self.verify(store)
            #expect(problems.isEmpty, "round \(round): \(problems)")
            #expect(count >= lastCount, "round \(round): documents went from \(lastCount) to \(count)")
            lastCount = count
            let q = try Fupin.run(["query", "--store", store.path, "count facts"])
            #expect(q.status == 0, "round \(round): store must open: \(q.stderr)")
        }
        // A final clean run completes the store; check finds nothing wrong after repair.
        let r = try Fupin.run(["ingest", "--store", store.path, Self.corpus.path])
        #expect(r.status == 0)
        _ = try Fupin.run(["check", "--repair", "--store", store.path])
        let c = try Fupin.run(["check", "--store", store.path])
        #expect(c.stdout.contains("ok: 5000 documents"), "\(c.stdout)")
    }

    @Test func twoConcurrentIngestsLoseNothing() throws {
        let store = Fupin.tempDir("concurrent")
        let a = Fupin.tempDir("half-a"), b = Fupin.tempDir("half-b")
        let files = (FileManager.default.enumerator(atPath: Self.corpus.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for (i, f) in files.enumerated() {
            let dest = (i % 2 == 0 ? a : b).appendingPathComponent((f as NSString).lastPathComponent)
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(f), to: dest)
        }
        // standard error to files (a pipe could fill up and stall the ingest): shown on failure
        let errs = [a, b].map { $0.deletingLastPathComponent().appendingPathComponent($0.lastPathComponent + ".err") }
        let procs = zip([a, b], errs).map { dir, err -> Process in
            let p = Process()
            p.executableURL = Fupin.binary
            p.arguments = ["ingest", "--store", store.path, dir.path]
            FileManager.default.createFile(atPath: err.path, contents: nil)
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle(forWritingAtPath: err.path)
            return p
        }
        for p in procs { try p.run() }
        // queries during the ingest see whole documents only
        for _ in 0..<5 {
            let q = try Fupin.run(["query", "--store", store.path, "count facts"])
            #expect(q.status == 0, "\(q.stderr)")
            #expect(!q.stdout.contains("skipped"), "\(q.stdout)")
        }
        for (p, err) in zip(procs, errs) {
            p.waitUntilExit()
            let said = (try? String(contentsOf: err, encoding: .utf8))?.split(separator: "\n").filter { !$0.contains("note:") } ?? []
            #expect(p.terminationStatus == 0, "\(said.suffix(5).joined(separator: "\n"))")
        }
        let (count, problems) = try Self.verify(store)
        #expect(count == files.count)
        #expect(problems.isEmpty)
    }

    @Test func corruptFileIsReportedAndQueriesCarryOn() throws {
        let store = Fupin.tempDir("corrupt")
        _ = try Fupin.run(["ingest", "--store", store.path, "seeds"])
        let victim = store.appendingPathComponent("documents/002_97f10d0af1f2f2f0.json")
        let data = try Data(contentsOf: victim)
        try data.prefix(data.count / 2).write(to: victim)
        let q = try Fupin.run(["query", "--store", store.path, "count facts"])
        #expect(q.status == 0)
        #expect(q.stdout.contains("1 store file skipped"), "\(q.stdout)")
        #expect(q.stdout.contains("002_97f10d0af1f2f2f0.json"))
        let c = try Fupin.run(["check", "--store", store.path])
        #expect(c.status == 3)
        #expect(c.stdout.contains("002_97f10d0af1f2f2f0.json"))
        let r = try Fupin.run(["check", "--repair", "--store", store.path])
        #expect(r.stdout.contains("damaged/002_97f10d0af1f2f2f0.json"))
        #expect(FileManager.default.fileExists(atPath: store.appendingPathComponent("damaged/002_97f10d0af1f2f2f0.json").path))
    }
}
