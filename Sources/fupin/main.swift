import Foundation
import FupinCore
import FupinExtraction
let enc = JSONEncoder(); enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
let x = Extractor()
for arg in CommandLine.arguments.dropFirst() {
  let files = (try? FileManager.default.contentsOfDirectory(atPath: arg))?.sorted().map { arg + "/" + $0 } ?? [arg]
  for f in files {
    let bytes = [UInt8](FileManager.default.contents(atPath: f)!)
    let id = (f as NSString).lastPathComponent.components(separatedBy: ".").first!
    let r = try! x.extract(bytes: bytes, id: id)
    FileHandle.standardError.write("\(id) \(r.document.title ?? "-") | \(r.document.date ?? "-") | \(r.document.source ?? "-") | \(r.document.regionPath.levels)\n".data(using: .utf8)!)
    for f in r.facts { print(String(data: try! enc.encode(f), encoding: .utf8)!) }
  }
}
