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

    @Test func topicIsWrittenByItsChineseNameAndOptionalWhenRead() throws {
        let f = Fact(doc: "d", measure: .persons, value: 5821, unit: "人", surface: "5821人", subject: "外出务工", topic: .jobs,
                     text: "5821人外出务工", sentence: "5821人外出务工。", rule: "r")
        let line = JSONText.line(f)
        #expect(line.contains(#""text":"5821人外出务工","topic":"就业","unit":"人""#))   // keys in order
        #expect(try JSONDecoder().decode(Fact.self, from: Data(line.utf8)).topic == .jobs)
        // a line written before topics reads as 其他
        let old = line.replacingOccurrences(of: #""topic":"就业","#, with: "")
        #expect(!old.contains("topic"))
        #expect(try JSONDecoder().decode(Fact.self, from: Data(old.utf8)) == { var g = f; g.topic = .other; return g }())
    }

    @Test func topicsHaveOrdinalsAndNames() {
        #expect(Topic.allCases.map(\.ordinal) == Array(0..<Topic.allCases.count))
        #expect(Topic(name: "jobs") == .jobs && Topic(name: "JOBS") == .jobs && Topic(name: "就业") == .jobs && Topic(name: "job") == nil)
        #expect(Topic.names.count == 38 && Set(Topic.names).count == 38)
    }

    @Test func handWrittenJSONEqualsTheEncoders() throws {
        let facts = [
            Fact(doc: "d", measure: .yuan, value: 39.53, unit: "万元", surface: "39.53万元", approx: false, kind: .total,
                 region: nil, regionPath: RegionPath([]), year: nil, subject: "资金\"引号\"", text: "a\tb\nc\u{1}", sentence: "s",
                 rule: "r", repeatOf: "x"),
            Fact(doc: "g", measure: .households, value: 120, unit: "户", surface: "120户", topic: .relocation),
            Fact(doc: "e", measure: .persons, value: 1e30, unit: "人", surface: "1e30人", year: 2020),
            Fact(doc: "f", measure: .percent, value: -0.5, unit: "%", surface: "-0.5%", region: "个旧市", regionPath: RegionPath(["个旧市"])),
        ]
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for f in facts {
            let mine = JSONText.line(f)
            #expect(try JSONDecoder().decode(Fact.self, from: Data(mine.utf8)) == f)
            if f.value.rounded() == f.value && abs(f.value) < 1e15 || f.value == 39.53 {
                #expect(mine == String(decoding: try enc.encode(f), as: UTF8.self))
            }
        }
    }

    @Test func stringsEscapeLikeJSONEncoderAtEveryOffset() throws {
        // the writer skips eight bytes at a time: put each special byte at every offset of a
        // word, between ASCII and three-byte characters
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let specials = (0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) } + ["\"", "\\", "/", "~", "\u{7F}"]
        for special in specials {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + String(special) + "扶贫资金123" + String(special) + "xyz"
                var j = JSONText()
                j.string(text)
                #expect(String(decoding: j.bytes, as: UTF8.self) == String(decoding: try enc.encode(text), as: UTF8.self))
            }
        }
    }

    @Test(arguments: [("个旧市", "个旧市"), ("a,b", "\"a,b\""), ("说\"脱贫\"了", "\"说\"\"脱贫\"\"了\""),
                      ("两行\n文字", "\"两行\n文字\""), ("回车\r", "\"回车\r\""), ("", "")])
    func csvFieldsAreQuotedOnlyWhenNeeded(_ field: String, _ written: String) {
        var j = JSONText()
        j.csvField(field)
        #expect(String(decoding: j.bytes, as: UTF8.self) == written)
        var path = JSONText()
        path.csvField(["云南省", field], separator: 0x2F)   // one part needing quotes quotes the whole path
        #expect(String(decoding: path.bytes, as: UTF8.self) == (JSONText.needsQuotes(field) ? "\"云南省/" + written.dropFirst() : "云南省/" + written))
    }

    @Test func spansOfAnIndexedTextAreWrittenLikeTheirStrings() {
        // ASCII, three- and four-byte scalars, a quote and a comma: every span, as JSON and as CSV
        let text = "a,个\"旧𠀀市\n9"
        let indexed = IndexedText(text)
        let scalars = Array(text.unicodeScalars)
        #expect(indexed.byteOffsets == [0, 1, 2, 5, 6, 9, 13, 16, 17, 18])
        for a in 0...scalars.count {
            for b in a...scalars.count {
                let piece = String(String.UnicodeScalarView(scalars[a..<b]))
                #expect(indexed.string(a..<b) == piece)
                var fromSpan = JSONText(), fromString = JSONText()
                let inside = fromSpan.string(indexed, span: a..<b)
                #expect(inside)
                fromString.string(piece)
                #expect(fromSpan.bytes == fromString.bytes)
                var csvSpan = JSONText(), csvString = JSONText()
                let csvInside = csvSpan.csvField(indexed, span: a..<b)
                #expect(csvInside)
                csvString.csvField(piece)
                #expect(csvSpan.bytes == csvString.bytes)
            }
        }
        var outside = JSONText()
        let written = outside.string(indexed, span: 3..<11)
        #expect(!written && outside.count == 0)
        #expect(indexed.string(-1..<2) == "")
    }

    @Test func factLinesRepeatSharedSentencesAndPathsExactly() {
        // facts of one sentence share its bytes, their clause's and their region path; a fact of
        // the same span in another order, a changed path, a sentence held as a string, a sentence
        // with quotes, a clause outside the text
        let text = "全县\"306户\"、469名脱贫。个旧市投入220万元。"
        let indexed = IndexedText(text)
        let county = RegionPath(["云南省", "红河哈尼族彝族自治州", "个旧市"]), town = RegionPath(county.levels + ["大屯街道"])
        func fact(_ v: Double, _ sentence: Range<Int>, _ clause: Range<Int>, _ path: RegionPath, held: String = "") -> Fact {
            Fact(doc: "d", measure: .households, value: v, unit: "户", surface: "\(Int(v))户", regionPath: path,
                 sentence: held, sentenceSpan: sentence, textSpan: clause)
        }
        let facts = [fact(306, 0..<14, 0..<8, county), fact(469, 0..<14, 0..<8, county), fact(1, 0..<14, 8..<14, town),
                     fact(2, 14..<26, 14..<26, town), fact(3, 14..<26, 14..<26, county, held: "个旧市投入220万元。"),
                     fact(4, 0..<14, 14..<26, county), fact(5, 0..<14, 0..<99, RegionPath([]))]
        var together = JSONText(capacity: 16)   // small: repeating bytes must survive the buffer growing
        together.factLines(facts, texts: indexed)
        var one = JSONText()
        for f in facts { one.fact(f, texts: indexed); one.byte(0x0A) }
        #expect(together.bytes == one.bytes)
        #expect(String(decoding: together.bytes, as: UTF8.self).split(separator: "\n").count == facts.count)
    }

    @Test func shortStringsAndKeysAreWrittenExactlyAtEveryLength() throws {
        // the plain-string check reads words (a padded one under eight bytes, an overlapping last
        // one) and copies of up to 16 bytes are two words: an escape at every place of every
        // length around those sizes, and plain ASCII and Han text of each length
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var cases: [String] = []
        for n in 0...25 {
            cases.append(String(repeating: "a", count: n))
            cases.append(String(repeating: "脱", count: n / 3) + String(repeating: "b", count: n % 3))
            for p in 0..<n { for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
                var chars = Array(repeating: "a", count: n); chars[p] = special
                cases.append(chars.joined())
            } }
        }
        for c in cases {
            var j = JSONText(capacity: 1)
            j.string(c)
            #expect(j.bytes == Array(try enc.encode(c)), "\(c.debugDescription)")
        }
        var keys = JSONText(capacity: 1)
        keys.raw("{"); keys.key("a"); keys.int(1); keys.nextKey("abc"); keys.int(2); keys.nextKey("measure"); keys.int(3)
        keys.nextKey("region_path"); keys.int(4); keys.nextKey("sentence_span_x_y"); keys.int(5); keys.raw("}")
        #expect(String(decoding: keys.bytes, as: UTF8.self) == #"{"a":1,"abc":2,"measure":3,"region_path":4,"sentence_span_x_y":5}"#)
    }

    @Test func bufferGrowsForLongAndEscapeHeavyText() throws {
        // the buffer starts small and must grow: for a long text, and for one where every byte
        // needs an escape (six bytes out for one in), after some plain ones
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let texts = [String(repeating: "脱贫攻坚", count: 3000), String(repeating: "x", count: 100) + String(repeating: "\u{1}\"", count: 2000)]
        var j = JSONText(capacity: 1)
        var expected: [UInt8] = []
        for t in texts {
            j.string(t); j.byte(0x2C); j.int(Int.min); j.byte(0x2C); j.number(-39.53)
            expected += try enc.encode(t) + Array(",\(Int.min),-39.53".utf8)
        }
        #expect(j.bytes == expected)
        #expect(j.count == expected.count)
    }

    @Test func ordinalsFollowAllCases() {
        #expect(Measure.allCases.map(\.ordinal) == Array(0..<Measure.allCases.count))
        #expect(Kind.allCases.map(\.ordinal) == Array(0..<Kind.allCases.count))
    }

    @Test func columnsLinkRepeatedClaimsToTheSmallestDocumentID() {
        func fact(_ doc: String, _ v: Double) -> Fact {
            Fact(doc: doc, measure: .persons, value: v, unit: "人", surface: "", region: "个旧市", regionPath: RegionPath(["个旧市"]), year: 2020)
        }
        var b = FactColumns.Builder()
        b.add(.init(id: "c"), facts: [fact("c", 5), fact("c", 7)])
        b.add(.init(id: "a"), facts: [fact("a", 5)])
        b.add(.init(id: "b"), facts: [fact("b", 5), fact("b", 9)])
        let c = b.build()
        let repeats = (0..<c.count).map { c.repeatOf[$0] < 0 ? nil : c.strings[Int(c.repeatOf[$0])] }
        #expect(repeats == ["a", nil, nil, "a", nil])
        #expect(c.without(documents: [1]).count == 4)
        #expect(c.columnFact(3).doc == "b" && c.columnFact(3).value == 5 && c.columnFact(3).repeatOf == "a")
    }

    /// A report's own restatement names the fact it restates (`r@3`): copying the report's rows (as an
    /// ingest of another report does) keeps that link, and the link reads as the report's own.
    @Test func ownRestatementsSurviveACopy() {
        func fact(_ v: Double, _ start: Int, _ link: String?) -> Fact {
            Fact(doc: "r", measure: .households, value: v, unit: "户", surface: "", region: "个旧市", regionPath: RegionPath(["个旧市"]),
                 year: 2020, start: start, repeatOf: link)
        }
        var b = FactColumns.Builder()
        b.add(.init(id: "r"), facts: [fact(1200, 3, nil), fact(1200, 20, Fact.restatementLink(doc: "r", start: 3))])
        b.add(.init(id: "s"), facts: [fact(8, 0, nil)])
        let c = b.build().without(documents: [1])
        #expect(c.count == 2 && c.columnFact(1).repeatOf == "r@3")
        #expect(Fact.linksWithin("r@3", doc: "r") && Fact.linksWithin("r", doc: "r"))
        #expect(!Fact.linksWithin("s", doc: "r") && !Fact.linksWithin("r2@3", doc: "r") && !Fact.linksWithin("r@", doc: "r"))
        #expect(Fact.restatedStart("r@3", doc: "r") == 3 && Fact.restatedStart("rr@3", doc: "r") == nil)
    }

    @Test func sumsSkipRatesAndTargets() {
        #expect(Kind.rate.isExcludedFromSumsByDefault && Kind.target.isExcludedFromSumsByDefault)
        #expect(!Kind.total.isExcludedFromSumsByDefault && !Kind.part.isExcludedFromSumsByDefault)
    }

    @Test func regionPathMatchesShortNames() {
        let p = RegionPath(["云南省", "红河哈尼族彝族自治州", "个旧市", "大屯街道"])
        #expect(p.contains(place: "个旧") && p.contains(place: "红河") && p.contains(place: "大屯"))
        #expect(!p.contains(place: "汉台"))
        #expect(p.contains(place: "红河哈尼族") && p.contains(place: "哈尼"))   // two characters or more: any part
        #expect(!p.contains(place: "州") && !p.contains(place: "旧") && !p.contains(place: ""))   // one: only a name's start
        #expect(p.contains(place: "个"))
        #expect(p.mostSpecific == "大屯街道")
    }

    /// Facts and columns use one claim (``Claim``): rows linked as repeats are exactly the
    /// facts of later documents whose claim an earlier document made.
    @Test func columnsLinkRepeatsByTheFactsClaim() {
        let base = Fact(doc: "a", measure: .persons, value: 0, unit: "人", surface: "0人", regionPath: RegionPath(["x"]), year: 2019)
        var variants: [Fact] = [base]
        var f = base; f.value = -0.0; variants.append(f)                     // -0 is 0: the same claim
        f = base; f.year = nil; variants.append(f)
        f = base; f.kind = .rate; variants.append(f)
        f = base; f.measure = .households; variants.append(f)
        f = base; f.regionPath = RegionPath(["x", "y"]); variants.append(f)
        f = base; f.value = 5; variants.append(f)
        var b = FactColumns.Builder()
        b.add(FactColumns.DocumentInfo(id: "a"), facts: [base])
        let later = variants.map { v -> Fact in var v = v; v.doc = "b"; return v }
        b.add(FactColumns.DocumentInfo(id: "b"), facts: later)
        let c = b.build()
        for (k, v) in later.enumerated() {
            let linked = c.repeatOf[k + 1] >= 0
            #expect(linked == (v.claim == base.claim), "\(v)")
            #expect((c.claim(k + 1) == c.claim(0)) == (v.claim == base.claim))
        }
        #expect(c.repeatOf[0] < 0)
    }

    @Test func claimIgnoresTheDocument() {
        var a = Fact(doc: "a", measure: .persons, value: 5, unit: "人", surface: "5人", regionPath: RegionPath(["x"]), year: 2019)
        var b = a
        b.doc = "b"
        #expect(a.claim == b.claim)
        a.year = 2020
        #expect(a.claim != b.claim)
    }
}
