import Testing
@testable import FupinExtraction

/// The shipped gazetteer (`scripts/make_gazetteer.py`): a whole hierarchy, and the names reports use.
@Suite struct GazetteerTests {
    let g = Gazetteer.shared

    /// Every county lies under a prefecture or province, every prefecture under a province:
    /// Chongqing's counties once pointed at the table's dropped `县` row and had no province.
    @Test func everyPlaceReachesItsProvince() throws {
        #expect(g.places.count > 3000)
        for (i, p) in g.places.enumerated() {
            switch p.level {
            case .province: #expect(p.parent == -1, "\(p.name)")
            case .prefecture, .county:
                #expect(p.parent >= 0, "\(p.name) has no parent")
                let top = try #require(g.lineage(of: i).last)
                #expect(g.places[top].level == .province, "\(p.name) reaches no province")
            }
        }
    }

    /// The rivers and ranges kept out of the places (金沙江, 贺兰山, 都柳江) each hold a name of the
    /// gazetteer within their first characters (a row that holds none guards nothing), and none is a
    /// place's full name.
    @Test func naturalFeaturesHoldGazetteerNames() {
        for f in PlaceLexicon.naturalFeatureNames {
            let s = f.unicodeScalars.map(\.value)
            #expect((0..<min(s.count, PlaceLexicon.featureNameReach + 1)).contains { g.names.longest(in: s, at: $0, limit: s.count) != nil },
                    "\(f) holds no name of the gazetteer")
            #expect(g.lookup(f).isEmpty, "\(f) is a place")
        }
    }

    /// Every contiguous area of poverty is read back whole from its `片区` (``PlaceLexicon/povertyAreaLength``).
    @Test func povertyAreasFitTheirReach() {
        for row in ["武陵山", "燕山—太行山", "大兴安岭南麓", "滇桂黔石漠化", "集中连片特困"] {
            let s = (row + "片区").unicodeScalars.map(\.value)
            #expect(PlaceFinder.closesPovertyArea(s, 0..<s.count, at: s.count - 2), "\(row)")
        }
    }

    /// Names as reports write them: an autonomous place by its short name and level
    /// (临夏州, 东乡县, 互助县), a banner by its abbreviation (科右前旗).
    @Test func writtenNamesFindTheirPlace() throws {
        for (written, full) in [("临夏州", "临夏回族自治州"), ("东乡县", "东乡族自治县"), ("互助县", "互助土族自治县"),
                                ("科右前旗", "科尔沁右翼前旗"), ("酉阳县", "酉阳土家族苗族自治县"),
                                ("喀左县", "喀喇沁左翼蒙古族自治县"), ("前郭县", "前郭尔罗斯蒙古族自治县")] {
            #expect(g.lookup(written).map { g.places[$0].name }.contains(full), "\(written)")
        }
        let youyang = try #require(g.lookup("酉阳土家族苗族自治县").first)
        #expect(g.path(of: youyang) == ["重庆市", "酉阳土家族苗族自治县"])
    }

    /// The shipped towns (`scripts/make_towns.py`): a town's counties by its name, the file's first
    /// and last names found by the binary search, a name the table lacks finds none.
    @Test func townsFindTheirCounties() throws {
        let towns = TownTable.shared
        #expect(towns.counties(of: "嘉川镇").map { g.places[$0].name } == ["旺苍县"])
        #expect(towns.counties(of: "锁南镇").map { g.places[$0].name } == ["东乡族自治县"])
        #expect(towns.counties(of: "城关镇").isEmpty)   // 88 counties hold one: no evidence of any
        #expect(towns.counties(of: "万安镇").count == 8)
        #expect(towns.counties(of: "双龙镇").map { g.places[$0].name }.contains("花垣县"))
        #expect(towns.counties(of: "㮾梨街道").map { g.places[$0].name } == ["长沙县"])   // the file's first line
        #expect(towns.counties(of: "龟湖镇").count == 1)   // the file's last line
        #expect(towns.counties(of: "嘉川").isEmpty)
        #expect(towns.counties(of: "小城镇").isEmpty)   // an everyday word, left out
        #expect(towns.counties(of: "").isEmpty)
        let table = TownTable(tsv: Array("# c\n乙镇\t110101,110102\n甲镇\t110101\n".utf8), gazetteer: g)   // sorted by bytes
        #expect(table.counties(of: "乙镇").map { g.places[$0].name } == ["东城区", "西城区"])
        #expect(table.counties(of: "甲镇").count == 1)
        #expect(table.counties(of: "丙镇").isEmpty)
    }
}
