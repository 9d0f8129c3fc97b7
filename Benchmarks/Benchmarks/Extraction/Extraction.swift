import Benchmark
import Foundation
import FupinCorpus
import FupinExtraction

// Extraction throughput, single thread. Each iteration extracts 1 MB of generated reports
// held in memory, so "throughput (# / s)" reads as MB/s. The streamed benchmark reads a
// corpus of at least 50 MB from disk one document at a time (memory stays flat):
// FUPIN_BENCH_CORPUS=DIR (written by `fupin generate`, see Benchmarks/scale.sh).

func megabyte(traditional: Bool) -> [String] {
    let g = CorpusGenerator(seed: 7, traditionalShare: traditional ? 1 : 0)
    let counties = CorpusGenerator.counties()
    var docs: [String] = []
    var bytes = 0
    var i = 0
    while bytes < 1_048_576 {
        let t = g.text(i, counties: counties).text
        docs.append(t); bytes += t.utf8.count; i += 1
    }
    return docs
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 15)
    // As `fupin extract` runs it: facts hold their sentence and clause as spans of the text (the
    // writer copies them from there) and documents get no content hash (ingest adds one, SHA-256
    // of the file). The library's default, which makes both, is measured too.
    let extractor = Extractor(factTexts: false, contentHashes: false)
    let withTexts = Extractor()
    _ = extractor.extract(text: "2019年,全县500人脱贫。", id: "warm")

    for traditional in [false, true] {
        let docs = megabyte(traditional: traditional)
        Benchmark("extract \(traditional ? "traditional" : "simplified") (1 MB per iteration)") { benchmark in
            for _ in benchmark.scaledIterations {
                for d in docs { blackHole(extractor.extract(text: d, id: "b")) }
            }
        }
        if !traditional {
            Benchmark("extract simplified, with texts and hashes (1 MB per iteration)") { benchmark in
                for _ in benchmark.scaledIterations {
                    for d in docs { blackHole(withTexts.extract(text: d, id: "b")) }
                }
            }
        }
    }

    if let dir = ProcessInfo.processInfo.environment["FUPIN_BENCH_CORPUS"] {
        let files = (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
        let total = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        Benchmark("extract corpus streamed (\(total / 1_048_576) MB, \(files.count) documents)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .seconds, maxIterations: 3)) { benchmark in
            for _ in benchmark.scaledIterations {
                for f in files {
                    guard let data = FileManager.default.contents(atPath: f) else { continue }
                    blackHole(try? extractor.extract(bytes: [UInt8](data), id: "s"))
                }
            }
        }
    }
}
