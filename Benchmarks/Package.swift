// swift-tools-version: 6.1
import PackageDescription

// A separate package so that the main build never compiles the benchmark plugin's tools.
// Run: cd Benchmarks && swift package benchmark   (release mode; see README "Performance").
let package = Package(
    name: "fupin-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "fupin", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Extraction",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FupinExtraction", package: "fupin"),
                .product(name: "FupinCorpus", package: "fupin"),
            ],
            path: "Benchmarks/Extraction",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Query",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FupinQuery", package: "fupin"),
                .product(name: "FupinStorage", package: "fupin"),
            ],
            path: "Benchmarks/Query",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // compare.py: the extractor timed like the Python tools (texts in memory, no output)
        .executableTarget(
            name: "extract-in-memory",
            dependencies: [.product(name: "FupinExtraction", package: "fupin")],
            path: "Benchmarks/InMemory"
        ),
    ]
)
