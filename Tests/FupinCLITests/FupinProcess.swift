import Foundation

/// Runs the built `fupin` binary, as a user would.
enum Fupin {
    static var binary: URL {
        // The test bundle sits in the same build folder as the executable.
        let dir = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [dir.appendingPathComponent("fupin"), dir.deletingLastPathComponent().appendingPathComponent("fupin")]
            where FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/fupin").standardized
    }

    static var packageRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    @discardableResult
    static func run(_ args: [String], stdin: String? = nil, env: [String: String] = [:], cwd: URL? = nil) throws -> Output {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        p.currentDirectoryURL = cwd ?? packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let s = stdin { input.fileHandleForWriting.write(Data(s.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so neither fills up and blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var o = Data(), e = Data()
        DispatchQueue.global().async(group: group) { o = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { e = err.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func tempDir(_ name: String = "t") -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("fupin-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// A query's answer line as `fupin query` prints it (`count facts = 172`), for tests of
    /// the shell that must not hard-code what the extractor finds (it changes).
    static func answer(_ store: URL, _ query: String) -> String {
        let out = (try? run(["query", "--store", store.path, query]))?.stdout ?? ""
        return out.components(separatedBy: "\n").first { $0.contains(" = ") } ?? "no answer to \(query)"
    }

    /// A fresh store holding the seeds, for one suite.
    static func seededStore(_ name: String) -> URL {
        let s = tempDir(name)
        _ = try? run(["ingest", "--store", s.path, "seeds"])
        return s
    }
}
