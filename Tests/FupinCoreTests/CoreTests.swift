import Foundation
import Testing
@testable import FupinCore

@Suite("Core vocabulary")
struct CoreTests {
    @Test func factJSONUsesTheDocumentedNames() throws {
        let f = Fact(doc: "d", measure: .personTimes, value: 27000, unit: "人次", surface: "2.7万人次", approx: true,
                     kind: .rate, region: "个旧市", regionPath: RegionPath(["云南省", "个旧市"]), year: 2020)
        let json = String(decoding: try JSONEncoder().encode(f), as: UTF8.self)
        #expect(json.contains("\"measure\":\"person_times\""))
        #expect(json.contains("\"region_path\":[\"云南省\",\"个旧市\"]"))
        #expect(json.contains("\"value\":27000"))
        let back = try JSONDecoder().decode(Fact.self, from: Data(json.utf8))
        #expect(back == f)
    }

    @Test func sumsSkipRatesAndTargets() {
        #expect(Kind.rate.isExcludedFromSumsByDefault && Kind.target.isExcludedFromSumsByDefault)
        #expect(!Kind.total.isExcludedFromSumsByDefault && !Kind.part.isExcludedFromSumsByDefault)
    }

    @Test func regionPathMatchesShortNames() {
        let p = RegionPath(["云南省", "红河哈尼族彝族自治州", "个旧市", "大屯街道"])
        #expect(p.contains(place: "个旧") && p.contains(place: "红河") && p.contains(place: "大屯"))
        #expect(!p.contains(place: "汉台"))
        #expect(p.mostSpecific == "大屯街道")
    }

    @Test func claimKeyIgnoresTheDocument() {
        var a = Fact(doc: "a", measure: .persons, value: 5, unit: "人", surface: "5人", regionPath: RegionPath(["x"]), year: 2019)
        var b = a
        b.doc = "b"
        #expect(a.claimKey == b.claimKey)
        a.year = 2020
        #expect(a.claimKey != b.claimKey)
    }
}
