import FupinExtraction

/// Any bytes: decoding, HTML, normalisation and extraction must not crash, and every fact's
/// offsets must lie inside the stored text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let extractor = Extractor()
    if let x = try? extractor.extract(bytes: bytes, id: "fuzz") {
        let count = x.document.text.unicodeScalars.count
        for f in x.facts where f.start < 0 || f.end > count || f.start > f.end { fatalError("fact outside the text: \(f)") }
    }
    return 0
}
