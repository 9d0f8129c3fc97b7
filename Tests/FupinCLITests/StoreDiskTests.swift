import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A store on a read-only file system and on a full one: the user sees which file and why, the
/// exit status is 3 (store error), and what was stored before stays readable. Each test mounts
/// a small tmpfs of its own, which needs root (as on the build machine); elsewhere they are
/// skipped, saying so.
@Suite("Store on a read-only or full disk", .serialized)
struct StoreDiskTests {
    /// Whether this process may mount a tmpfs (root, and a `mount` that works here).
    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let dir = Fupin.tempDir("mount-probe")
        guard mount(dir, size: "16k") else { return false }
        unmount(dir)
        return true
    }()

    @discardableResult
    static func run(_ tool: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    static var mountTool: String { FileManager.default.isExecutableFile(atPath: "/usr/bin/mount") ? "/usr/bin/mount" : "/bin/mount" }
    static var umountTool: String { FileManager.default.isExecutableFile(atPath: "/usr/bin/umount") ? "/usr/bin/umount" : "/bin/umount" }

    static func mount(_ dir: URL, size: String) -> Bool { run(mountTool, ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", dir.path]) == 0 }
    static func unmount(_ dir: URL) { run(umountTool, [dir.path]) }

    @Test(.enabled(if: StoreDiskTests.canMount, "needs root to mount a tmpfs: not run"))
    func aReadOnlyStoreAnswersQueriesAndRefusesIngestsByName() throws {
        let dir = Fupin.tempDir("readonly")
        try #require(Self.mount(dir, size: "2m"))
        defer { Self.unmount(dir) }
        let store = dir.appendingPathComponent("store")
        let first = try Fupin.run(["ingest", "--store", store.path, "seeds/000_943bab47138fada1.txt"])
        try #require(first.status == 0, "\(first.stderr)")
        let before = Fupin.answer(store, "count facts")
        try #require(Self.run(Self.mountTool, ["-o", "remount,ro", dir.path]) == 0)

        let ingest = try Fupin.run(["ingest", "--store", store.path, "seeds/001_09c03b03f3e3dd39.txt"])
        #expect(ingest.status == 3)
        #expect(ingest.stderr.contains("fupin: store error: \(store.path)/.lock: Read-only file system"), "\(ingest.stderr)")
        let query = try Fupin.run(["query", "--store", store.path, "count facts"])
        #expect(query.status == 0, "queries never write: \(query.stderr)")
        #expect(query.stdout.contains(before))
        let fresh = try Fupin.run(["ingest", "--store", dir.appendingPathComponent("new").path, "seeds"])
        #expect(fresh.status == 3)
        #expect(fresh.stderr.hasPrefix("fupin: store error: \(dir.path)/new: "), "\(fresh.stderr)")
    }

    @Test(.enabled(if: StoreDiskTests.canMount, "needs root to mount a tmpfs: not run"))
    func aFullDiskStopsTheIngestByNameAndKeepsWhatWasStored() throws {
        let dir = Fupin.tempDir("full")
        try #require(Self.mount(dir, size: "48k"))   // room for the store and one seed's document file
        defer { Self.unmount(dir) }
        let store = dir.appendingPathComponent("store")
        let ingest = try Fupin.run(["ingest", "--store", store.path, "seeds"])
        #expect(ingest.status == 3)
        #expect(ingest.stderr.contains("fupin: store error: \(store.path)/documents/"), "\(ingest.stderr)")
        #expect(ingest.stderr.contains(".json: No space left on device"), "\(ingest.stderr)")
        // nothing stored is damaged: at worst documents the catalog does not list yet and an
        // index behind the catalog, which `check --repair` mends once there is room
        let check = try Fupin.run(["check", "--store", store.path])
        let problems = check.stdout.split(separator: "\n").dropLast()
        #expect(problems.allSatisfy { $0.contains("not in the catalog (an interrupted ingest?)") || $0.contains("index.json: missing or older than the catalog") },
                "\(check.stdout)")
        try #require(Self.run(Self.mountTool, ["-o", "remount,size=4m", dir.path]) == 0)
        let repair = try Fupin.run(["check", "--repair", "--store", store.path])
        // (which file the disk ran out on depends on the order the documents finish in: the
        // index may need rebuilding, or nothing may have been written yet)
        #expect(repair.status == 0 && (repair.stdout.contains("rebuilt the fact index") || repair.stdout.contains("nothing to repair")),
                "\(repair.stdout)\(repair.stderr)")
        let again = try Fupin.run(["check", "--store", store.path])
        #expect(again.status == 0 && again.stdout.hasPrefix("ok: "), "\(again.stdout)")
        let query = try Fupin.run(["query", "--store", store.path, "count facts"])
        #expect(query.status == 0 && query.stdout.contains("count facts = "), "\(query.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: store.appendingPathComponent("documents").path)
        #expect(!files.contains { $0.hasPrefix(".") }, "\(files)")
    }
}
