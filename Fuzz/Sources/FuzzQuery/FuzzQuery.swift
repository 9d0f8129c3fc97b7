import FupinQuery

/// Any text: the lexer and parser answer a query or a diagnostic, and rendering the
/// diagnostic never crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let q = try Parser.parse(text)
        _ = Evaluator(table: FactTable(facts: [], documents: [:])).run(q)
    } catch {
        _ = error.render(text)
    }
    return 0
}
