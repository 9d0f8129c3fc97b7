import COpenCC
import Foundation
import Testing
@testable import FupinExtraction

/// The converter's table against OpenCC itself, asked one character at a time.
@Suite struct ConverterTests {
    @Test func tableAgreesWithOpenCCForEveryIdeograph() throws {
        let converter = ChineseConverter.shared
        try #require(converter.unavailableReason == nil)
        let cc = opencc_open("t2s.json")
        try #require(fupin_opencc_failed(cc) == 0)
        defer { opencc_close(cc) }
        var changed = 0
        for v in UInt32(0x3400)...0x9FFF where (0x3400...0x4DBF).contains(v) || v >= 0x4E00 {
            let char = String(Unicode.Scalar(v)!)
            guard let out = char.withCString({ opencc_convert_utf8(cc, $0, strlen($0)) }) else { continue }
            let converted = String(cString: out)
            opencc_convert_utf8_free(out)
            let scalars = converted.unicodeScalars
            let variant = ChineseConverter.variants.first { $0.0 == v }?.1   // pages' variants OpenCC leaves alone
            let expected = ChineseConverter.kept.contains(v) ? v : variant ?? (scalars.count == 1 ? scalars.first!.value : v)
            #expect(converter.simplify(v) == expected, "U+\(String(v, radix: 16, uppercase: true))")
            if expected != v { changed += 1; #expect(converter.isTraditional(v)) }
        }
        #expect(changed > 2000)   // t2s maps a few thousand characters
        #expect(converter.simplify(0x6F22) == 0x6C49)   // 漢 → 汉
        #expect(converter.simplify(0x6C49) == 0x6C49)
        #expect(converter.simplify("陜西省彞族") == "陕西省彝族")
        #expect(converter.simplify("萬乾村屬乾縣") == "万乾村属乾县")   // a name's 乾 stays
    }

    /// The fallback (OpenCC's t2s.json, a line a character) makes the same table as the
    /// bundled character-only config run without separators; a config OpenCC cannot open is nil.
    @Test func fallbackConfigMakesTheSameTable() throws {
        let bundled = try #require(ChineseConverter.characterConfig)
        let fast = try #require(ChineseConverter.ask(config: bundled, separated: false))
        let fallback = try #require(ChineseConverter.ask(config: "t2s.json", separated: true))
        #expect(fast == fallback)
        #expect(fast.filter { $0 != 0 }.count > 2000)
        #expect(ChineseConverter.ask(config: "/nonexistent/t2s.json", separated: false) == nil)
    }
}
