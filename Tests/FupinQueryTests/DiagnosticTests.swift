import Testing
@testable import FupinQuery

@Suite("Diagnostics and lexing")
struct DiagnosticTests {
    @Test func caretCountsHanAsTwoColumns() {
        let q = "sum persons where region=\"个旧\" and yaer=2019"
        do { _ = try Parser.parse(q); Issue.record("should fail") } catch {
            let lines = error.render(q).split(separator: "\n")
            #expect(lines.count == 2)
            let caret = lines[1].firstIndex(of: "^")!
            // 个旧 are two columns each: the caret sits under 'yaer' on screen
            #expect(lines[1].distance(from: lines[1].startIndex, to: caret) == 36)
            #expect(error.message.contains("did you mean year?"))
        }
    }

    @Test func fullWidthPunctuationIsAccepted() throws {
        let q = try Parser.parse("sum persons where region＝“个旧” and year＞2018")
        #expect(q.condition == .and(.compare(.region, .equal, .text("个旧")), .compare(.year, .greater, .number(2018))))
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let q = "count facts where " + String(repeating: "(", count: 10_000) + "year=2019" + String(repeating: ")", count: 10_000)
        #expect(throws: Diagnostic.self) { try Parser.parse(q) }
    }

    @Test func hugeQueryIsAnErrorNotAHang() {
        let q = "count facts where subject~\"" + String(repeating: "扶", count: 1_000_000)
        #expect(throws: Diagnostic.self) { try Parser.parse(q) }
    }

    @Test func controlCharactersAreReported() {
        do { _ = try Parser.parse("count facts\u{07}"); Issue.record("should fail") } catch {
            #expect(error.message.contains("control character"))
        }
    }

    @Test func emptyQuery() {
        do { _ = try Parser.parse("   "); Issue.record("should fail") } catch { #expect(error.message.contains("empty query")) }
    }

    @Test func numbersFormatWithSeparators() {
        #expect(Answer.format(1769200) == "1,769,200")
        #expect(Answer.format(99.79) == "99.79")
        #expect(Answer.format(-1234.5) == "-1,234.5")
        #expect(Answer.format(0) == "0")
        #expect(Answer.chineseMoney(849748700) == "8.5亿元")
    }
}
