import Testing
@testable import FupinQuery

/// At least fifty malformed queries: each gets a diagnostic with a position inside the query
/// (or just past its end), never a crash or a hang.
@Suite("Malformed queries")
struct MalformedQueryTests {
    static let queries: [String] = [
        "", "   ", "sum", "sum persons where", "sum persons where region", "sum persons where region=",
        "sum persons where region=\"个旧", "sum persons where region='个旧", "sum persons where region=“个旧",
        "summ persons", "sum persns", "sum persons wher region=\"个旧\"", "sum persons where regoin=\"个旧\"",
        "sum persons where year>\"abc\"", "sum persons where year=two", "sum persons where value>abc",
        "sum persons where kind=totl", "sum persons where approx=maybe", "sum persons where measure=people",
        "sum persons where (region=\"个旧\"", "sum persons where region=\"个旧\")", "sum persons where ((year=2019)",
        "sum persons where year=2019 and", "sum persons where year=2019 or", "sum persons where not",
        "sum persons where year in 2019", "sum persons where year in (2019", "sum persons where year in (2019,)",
        "sum persons where year not 2019", "sum persons group year", "sum persons group by", "sum persons group by colour",
        "sum persons order value", "sum persons order by", "sum persons order by colour", "sum persons limit",
        "sum persons limit x", "sum persons limit -1", "sum persons limit 1.5", "sum facts", "avg facts",
        "sum persons where value ~ 3", "sum persons where year ~ 2019", "sum persons where region ! \"个旧\"",
        "sum persons where region == ", "sum persons extra", "sum persons where year=2019 year=2020",
        "count facts where subject~\"a\u{07}\"", "count facts\u{1B}[A", "sum persons where region＝“个旧", "【sum persons",
        "sum persons where region=\"个旧\" group by region order by value desc limit 5 extra",
        "sum persons where " + String(repeating: "(", count: 10_000) + "year=2019" + String(repeating: ")", count: 10_000),
        "count facts where subject~\"" + String(repeating: "扶", count: 1_000_000),
        "12345", "\"个旧\"", "( )", "sum persons where year=2019 group by region,",
    ]

    @Test func thereAreAtLeastFifty() { #expect(Self.queries.count >= 50) }

    @Test(arguments: queries.indices)
    func malformed(_ i: Int) {
        let q = Self.queries[i]
        do {
            _ = try Parser.parse(q)
            Issue.record("accepted malformed query #\(i): \(q.prefix(80))")
        } catch {
            #expect(error.offset >= 0 && error.offset <= q.unicodeScalars.count)
            #expect(!error.message.isEmpty)
            #expect(error.render(q).contains("^"))
        }
    }

    @Test func fullWidthFormsAreAcceptedWhereClear() throws {
        _ = try Parser.parse("sum persons where region＝“个旧” and kind＝total")
        _ = try Parser.parse("count facts where year in （2019，2020）")
    }
}
