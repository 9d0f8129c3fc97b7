import Foundation
import FupinExtraction

// fupin's extractor timed the way Benchmarks/compare.py times the Python tools: the files are
// read into memory first, then one thread extracts them all and keeps only a count of the
// facts — no start-up, no file reads, no output. Decoding (UTF-8 validation, encoding
// detection) is inside the timing, as `fupin extract` runs it.
//
//   extract-in-memory LISTING [PASSES]   (LISTING: one path a line)
// prints the best pass's seconds and the fact count.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let listing = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: extract-in-memory LISTING [PASSES]\n".utf8))
    exit(2)
}
let passes = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 3) : 3
let texts = listing.split(separator: "\n").compactMap { FileManager.default.contents(atPath: String($0)).map { [UInt8]($0) } }
let extractor = Extractor(factTexts: false, contentHashes: false)   // as `fupin extract` runs it
var best = Double.infinity, facts = 0
for _ in 0..<passes {
    let t0 = DispatchTime.now().uptimeNanoseconds
    var n = 0
    for t in texts { n += (try? extractor.extract(bytes: t, id: "d"))?.facts.count ?? 0 }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    facts = n
}
print(best, facts)
