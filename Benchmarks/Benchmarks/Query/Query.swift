import Benchmark
import Foundation
import FupinQuery
import FupinStorage

// Warm queries (as in the shell, the store already loaded): a filter, a group by region and a
// list … limit 20, with latency percentiles. FUPIN_BENCH_STORE=DIR names a store built by
// Benchmarks/scale.sh; the load itself is measured as "open store".

let benchmarks: @Sendable () -> Void = {
    guard let dir = ProcessInfo.processInfo.environment["FUPIN_BENCH_STORE"],
          let store = try? Store.open(URL(fileURLWithPath: dir), create: false) else {
        Benchmark("no store (set FUPIN_BENCH_STORE)") { _ in }
        return
    }
    Benchmark("open store (\(dir))", configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 0, maxIterations: 1)) { b in
        for _ in b.scaledIterations { blackHole(store.loadColumns().columns.count) }
    }
    let table = FactTable(columns: store.loadColumns().columns, documentFacts: { id in try? store.read(id).facts })
    let evaluator = Evaluator(table: table)
    for q in ["sum persons where region=\"个旧\"", "sum persons where year>=2018 group by region", "list yuan where kind=total limit 20"] {
        let query = try! Parser.parse(q)
        Benchmark("warm: \(q)", configuration: .init(metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds,
                                                      maxDuration: .seconds(10), maxIterations: 200)) { b in
            for _ in b.scaledIterations { blackHole(evaluator.run(query)) }
        }
    }
}
