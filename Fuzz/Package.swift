// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the extractor and the query parser. Build and run with `make fuzz`
// (swift build --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library).
let package = Package(
    name: "fupin-fuzz",
    dependencies: [.package(name: "fupin", path: "..")],
    targets: [
        .executableTarget(name: "FuzzExtractor", dependencies: [.product(name: "FupinExtraction", package: "fupin")]),
        .executableTarget(name: "FuzzQuery", dependencies: [.product(name: "FupinQuery", package: "fupin")]),
    ]
)
