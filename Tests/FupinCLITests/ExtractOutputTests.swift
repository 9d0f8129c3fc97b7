import Foundation
import Testing
@testable import fupin

/// `fupin extract` formats documents on all cores, batches ahead of the thread that writes
/// them: the output must still come in input order, failures named where they occur, and a
/// full disk must be an error, not a crash or a silent loss.
@Suite("Extract output")
struct ExtractOutputTests {
    @Test func factsComeInInputOrderAcrossBatchesWithFailuresNamed() throws {
        let dir = Fupin.tempDir("order")
        let count = InputFiles.batchSize * 2 + 37   // three batches, the last one short
        var expected: [Int] = []
        for i in 0..<count {
            let name = dir.appendingPathComponent(String(format: "r%04d.txt", i))
            if i % 97 == 5 {
                try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]).write(to: name)   // binary: fails
            } else {
                try Data("2019年,全县\(1000 + i)户贫困户全部脱贫。".utf8).write(to: name)
                expected.append(1000 + i)
            }
        }
        let r = try Fupin.run(["extract", dir.path, "--format", "jsonl"])
        #expect(r.status == 1, "some inputs failed")
        let values = r.stdout.split(separator: "\n").compactMap { line -> Int? in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return (o["value"] as? NSNumber)?.intValue
        }
        #expect(values == expected)
        let failures = r.stderr.split(separator: "\n").filter { $0.contains("binary data") }
        #expect(failures.count == count - expected.count)
        #expect(failures.first?.contains("r0005.txt") == true, "\(r.stderr)")
    }

    @Test func aFileWhoseSizeTheStatDoesNotTellIsReadToItsEnd() throws {
        // a pipe has size 0: everything after the first byte is read as a file that grew
        let text = (0..<4000).map { "2019年,第\($0)组全县\(1000 + $0)户贫困户全部脱贫。" }.joined(separator: "\n")
        let r = try Fupin.run(["extract", "/dev/stdin", "--format", "jsonl"], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4000)
        #expect(lines.last?.contains("\"value\":4999") == true)
    }

    @Test func aFullDiskIsAnOutputError() throws {
        let sh = Process()
        sh.executableURL = URL(fileURLWithPath: "/bin/sh")
        sh.arguments = ["-c", "'\(Fupin.binary.path)' extract seeds --format jsonl > /dev/full"]
        sh.currentDirectoryURL = Fupin.packageRoot
        let err = Pipe()
        sh.standardError = err
        try sh.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sh.waitUntilExit()
        #expect(sh.terminationStatus == 4)
        #expect(message.contains("fupin: standard output: No space left on device"), "\(message)")
    }

    @Test func pipelineTakesBatchesInOrderAndStaysBoundedAhead() {
        let made = Counter()
        let taken = Counter()
        let pipeline = BatchPipeline(count: 40, depth: 3) { b -> Int in
            made.add(); return b * b
        }
        for b in 0..<40 {
            #expect(pipeline.take(b) == b * b)
            taken.add()
            #expect(made.value <= taken.value + 3, "ran ahead: \(made.value) made, \(taken.value) taken")
        }
        pipeline.finish()
        #expect(made.value == 40)
    }

    @Test func pipelineStopsAheadAtItsByteBudget() {
        // ten batches of room, but batches of 60 bytes against a budget of 100: a new one is
        // started only while those waiting weigh 100 or less, so at most two wait
        let made = Counter()
        let taken = Counter()
        let pipeline = BatchPipeline(count: 30, depth: 10, budget: 100, weight: { _ in 60 }) { b -> Int in
            made.add(); return b
        }
        for b in 0..<30 {
            usleep(2000)   // a slow taker: the producer runs as far ahead as it may
            #expect(made.value <= taken.value + 2, "ran ahead: \(made.value) made, \(taken.value) taken")
            #expect(pipeline.take(b) == b)
            taken.add()
        }
        pipeline.finish()
        #expect(made.value == 30)
    }

    @Test func pipelineHandsOverWhatWasNeverTaken() {
        let pipeline = BatchPipeline(count: 10, depth: 4) { b in b }
        #expect(pipeline.take(0) == 0)
        #expect(pipeline.take(1) == 1)
        var leftover: [Int] = []
        pipeline.finish { leftover.append($0) }
        // stopped after the taker's second batch: what was made beyond it is handed back, in order
        #expect(leftover == Array(leftover.sorted()))
        #expect(leftover.allSatisfy { $0 >= 2 && $0 < 2 + 4 })
    }
}

/// A count shared with a producer thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    var value: Int { lock.withLock { n } }
    func add() { lock.withLock { n += 1 } }
}
