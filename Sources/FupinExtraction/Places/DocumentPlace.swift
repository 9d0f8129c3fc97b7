/// The place a whole report is about, and how places named in it attach beneath it.
public struct DocumentPlace: Sendable {
    /// The gazetteer place chosen for the report (nil when none is named).
    public var entry: Int?
    /// The report's functional zone (`烟台开发区`), when it is about one.
    public var zone: String?
    /// A town named in the title.
    public var town: String?
    /// The full path, widest first.
    public var path: [String]
    /// Names that could not be resolved (ambiguous with no context), for the notes.
    public var ambiguous: [String]
    /// Villages and communities seen right after a town (`大屯街道幸福小区`): village → town.
    public var containers: [String: String]
    /// Towns and villages seen right after a full county name (`壶关县桥上乡`): name → the
    /// county's candidates, for where the report names them alone (`桥上乡下辖…`).
    public var counties: [String: [Int]] = [:]
    /// Villages named in the report by a name of four characters (`徐家营村`), for one read short
    /// elsewhere where a character before it hid its first (`走访徐家营村` read as `家营村`).
    public var longVillages: [String] = []
    /// Whether the report calls its county a district (``callsDistrict(_:_:)``): `全区` is that county.
    public var namedDistrict = false
    /// Whether the report's village is one its body names, not its title nor a form's address (``path``'s last): a
    /// sentence naming the village's town again speaks of the town.
    public var villageFromBody = false
    /// Whether the town above the report's village is one its body gives, not its title (``path``'s last but one): a sentence
    /// naming that town again speaks of the town, as for ``villageFromBody``.
    public var townFromBody = false
    /// Every place named in the report, by line index (footer and spam lines have none).
    public var mentionsByLine: [[PlaceMention]] = []
    /// Places the report pairs as helpers with a place they help (`湖里区…与…积石山县结成东西部扶贫协作对子`):
    /// where a sentence of the help names only them, its figures are the helped place's (``pairing(_:_:_:)``).
    public var helpers: Set<Int> = []
    /// Counties renamed while the campaign ran that the report writes by the name the table lacks (`盘州市` for the
    /// table's `盘县`): table's name → the report's, for the paths its facts are filed under.
    public var spellings: [String: String] = [:]
    /// A path with the report's own names of renamed counties (``spellings``).
    public func spelled(_ path: [String]) -> [String] {
        spellings.isEmpty ? path : path.map { spellings[$0] ?? $0 }
    }

    /// The places named on a line.
    public func mentions(onLine index: Int) -> [PlaceMention] {
        index < mentionsByLine.count ? mentionsByLine[index] : []
    }
}

extension DocumentPlace {
    /// The report's place at the level a word names (`全县` in a report on a village is its
    /// county, `全省` its province): the path to the deepest gazetteer name ending in one of
    /// `endings` (a town or community below them is no level of it: 全区 is no 社区); the whole
    /// path when none does.
    /// (a county the report calls a district, 田阳县 as 田阳区 since 2019, is the district 全区 names)
    func path(endingIn endings: String, _ g: Gazetteer) -> [String] {
        let levels = entry.map { g.path(of: $0).count } ?? 0
        // scalars, not Characters: no grapheme breaking per name; the few endings read in place, not
        // hashed into a set each time
        let ends = endings.unicodeScalars
        // (全市 in a report on 盘州市, the table's 盘县: the name the report writes)
        guard let k = path.prefix(levels).lastIndex(where: { name in (spellings[name] ?? name).unicodeScalars.last.map(ends.contains) ?? false }) else { return path }
        if namedDistrict, levels > k + 1, ends.contains(Self.districtSuffix) { return Array(path.prefix(levels)) }
        return Array(path[...k])
    }
    /// `区`, the suffix of a district.
    static let districtSuffix: Unicode.Scalar = "区"
    /// Characters after 区 that make it a word's first (`区位`, `区域`, `区别`, `区间`, `区分`, `区块`, `区划`).
    static let districtWordTails = ScalarSet("位域别间分块划")
    /// Whether the report names its county, a 县 or 市 in the gazetteer, by its short name and 区 (`田阳区`:
    /// counties made districts after the gazetteer's data, 2015–2021).
    static func callsDistrict(_ s: [UInt32], _ p: Place) -> Bool {
        guard p.level == .county, p.name.unicodeScalars.last != districtSuffix else { return false }
        // (西吉区位, 田东区域: 区 opening a word is none's suffix)
        return p.shortNames.contains { short in
            let w = short.unicodeScalars.map(\.value) + [districtSuffix.value]
            guard w.count >= 3 else { return false }
            var k = 0
            while let at = Outline.find(w, in: s, k..<s.count) {
                let e = at + w.count
                if e >= s.count || !districtWordTails.contains(s[e]) { return true }
                k = at + 1
            }
            return false
        }
    }

    /// The path a mention of the report's own place names: its county's, in a report on a town
    /// or village (`花垣县扶贫办主任说,…` in a report on 十八洞村); a zone's report keeps its zone.
    func path(namedBy m: PlaceMention, _ g: Gazetteer) -> [String] {
        guard case .gazetteer = m.target, zone == nil, let e = entry else { return path }
        return g.path(of: e)
    }

    /// Whether a mention names the report's own place (its county, or its zone).
    func isOwnPlace(_ m: PlaceMention) -> Bool {
        switch m.target {
        case .bareZone: return zone != nil
        case .sub(_, .zone, _): return true
        case .gazetteer(let c): return entry.map { c.contains($0) } ?? false
        case .sub: return false
        }
    }

    /// Weighs every place named in the title (5), source and first paragraph (2), body (1)
    /// and breadcrumbs (0.5), resolves ambiguous names by the others, and descends from the
    /// province while one child holds at least half of the weight below its parent.
    public static func resolve(_ s: [UInt32], outline: Outline, titleLine: Int?, finder: PlaceFinder) -> DocumentPlace {
        let g = finder.gazetteer
        var weights: [Int: Double] = [:]
        var ambiguousMentions: [([Int], Double)] = []
        var zones: [String: (weight: Double, container: [Int])] = [:]
        var bareZones: [String: Double] = [:]
        var titleTown: String?
        var titleVillage: String?
        var firstTown: String?   // the first town the body names (a town's own report: 我镇…)
        var firstTownLine: Int?  // the line naming it
        var ledeTowns: Set<String> = []   // the towns the lede names (马营镇、义岗川镇、襄南镇)
        var villageAtHead = false         // whether a village is named at the lede or above it (a byline's 独龙江乡献九当村)
        // a line under the title that opens with a dash (——安徽省委办公厅帮扶梓树村纪实) continues it
        func isSubtitle(_ index: Int) -> Bool {
            guard let t = titleLine, index > t, index <= t + 3,
                  outline.lines[(t + 1)..<index].allSatisfy({ $0.role == .blank }) else { return false }
            return MetadataReader.opensWithDash(s, outline.lines[index].range)
        }
        // (村：阿土列尔村, 家庭住址：…高山乡布楞沟村三社: a form's field of the address before the body names the
        // household's village and town, as a title does)
        func inAddressField(_ at: Int, line: Range<Int>, index: Int) -> Bool {
            guard !firstBodySeen || index == ledeLine else { return false }
            return addressField(at, line: line) != nil || Self.selfIntroduced(s, at, line: line)
        }
        // (户主：王*明　　住址：凤山乡德胜村 … 户主：李*华　　住址：凤山乡龙潭村: a roll of households, each its own
        // address, is about none of their villages: the first one's stands only while no other address names another)
        // (a second address listed before any record of the first, 户主…住址…⏎户主…住址…⏎2019年,王*明家…, leaves the first's)
        var fromAddress: (town: String?, village: String?) = (nil, nil)
        var otherAddress: (town: Bool, village: Bool) = (false, false)
        var recordSinceAddress = false   // whether a paragraph stood after the first address
        // (项目名称：…德胜村… ⏎ 项目名称：…龙潭村…: projects listed are a roll at once, each project its own record)
        /// The field of an address `at` stands in, nil where none.
        func addressField(_ at: Int, line: Range<Int>) -> PlaceLexicon.AddressField? {
            var k = at
            while k > line.lowerBound, s[k - 1] != ListItems.colon {
                // (a field's value is short: a line of places run on without a colon is read back a little way only, not
                // to its start for each place, 1.6 G instructions of 4.0 G on a line of 50,000 characters)
                if TableCells.isGap(s[k - 1]) || at - k >= PlaceLexicon.addressFieldReach { return nil }
                k -= 1
            }
            guard k > line.lowerBound, let l = PlaceLexicon.addressLabels.longestEnding(in: s, at: k - 1, from: line.lowerBound, maxLength: PlaceLexicon.addressLabelLength),
                  k - 1 - l.length == line.lowerBound || TableCells.isGap(s[k - 2 - l.length]) else { return nil }
            return l.value
        }
        var containers: [String: String] = [:]
        var counties: [String: [Int]] = [:]
        var firstBodySeen = false
        var villages: [String: Int] = [:]   // every village named and how often, for a report about one
        var villageOrder: [String] = []     // the villages in the order first named (a dictionary's keys have no order run to run)
        var knownVillages: [String] = []    // villages named after their town that the finder may not read alone (共和村, 罗汉山村)
        var knownTowns: [(stem: [UInt32], name: String)] = []   // towns named in full whose name of three characters or more stands alone later (哈达铺)
        var knownTownFirsts: ScalarSet?    // their names' first characters, the scan's stops (made at the first: a set zeroed per report cost 3.3 M)
        var ledeVillage: (name: String, container: [Int])?
        var ledeLine: Int?
        var byLine = [[PlaceMention]](repeating: [], count: outline.lines.count)
        var spellings: [String: String] = [:]   // the names of renamed counties the report writes (``DocumentPlace/spellings``)
        var writesTable: Set<String> = []       // renamed counties the report writes by the table's name too
        var fullNamed = false   // whether any gazetteer place is named with its suffix (会宁县, 甘肃省)
        var namedTowns: [(name: String, weight: Double)] = []   // towns named with no county before them
        var onlyTown: String?, manyTowns = false   // the one town the report names, if it names one only
        var filedFrom: [Int: Double] = [:]   // the weight of places named only where a report was filed from (datelines, sources)
        var outlets: Set<Int> = []   // places that name the outlets printing the report (镇江日报)
        var namedWeight: [Int: Double] = [:]   // the weight each place named alone added
        var helpers: Set<Int> = [], helped: Set<Int> = [], titledPlaces: Set<Int> = []   // places paired as helper and helped; named in the title
        var namedAtHead = false   // whether a place of the gazetteer is named in the title, the source or the lede
        var titleShortNames: [(place: Int, weight: Double)] = []   // places the title names by a short name alone (乌江岸边: 江岸)
        var fullPlaces: [Int] = []   // places named with their suffix outside the title, not as helpers nor destinations
        // (the table's counties are the shared gazetteer's: a test's own gazetteer has no towns)
        func townCounties(_ name: String) -> [Int] { g === Gazetteer.shared ? TownTable.shared.counties(of: name) : [] }
        let nicknames = Self.nicknames(s, outline, finder)
        let outsideRoots = g === Gazetteer.shared ? Self.sharedOutsideRoots : Self.outsideRoots(g)
        lazy var ownWords = DocumentScan.ownPlaceWords(s, 0..<s.count)   // read only for a publisher (来源:…县人民政府)
        for (index, line) in outline.lines.enumerated() {
            var w: Double
            switch line.role {
            case .footer, .spam, .blank: continue
            case .nav: w = 0.5
            case .meta:
                w = 2
                // 来源:今日宁乡: a place the source's name holds names the outlet, whatever a suffix
                // read into it makes of it (宁乡 ends in 乡, 今日宁乡 is no town)
                if let at = Outline.find(MetadataReader.laiyuan, in: s, line.range) {
                    var k = at + MetadataReader.laiyuan.count
                    while k < line.range.upperBound {
                        if let m = g.names.longest(in: s, at: k, limit: line.range.upperBound), m.value.count <= 2 { outlets.formUnion(m.value); k += m.length }
                        else { k += 1 }
                    }
                }
            // (延安市扶贫开发办公室、市财政局： under a county's report: whom it is sent to, no place of its own)
            case .heading: w = MetadataReader.isAddressee(s, line.range) ? 0 : 1
            // (a title the page's layout reads as prose, 【口述史】元古堆的变化，… over its subtitle, is no lede)
            case .body where index == titleLine: w = 1
            case .body: w = firstBodySeen ? 1 : 2; if !firstBodySeen { ledeLine = index }; firstBodySeen = true; recordSinceAddress = true
            }
            // (平利县人民政府办公室 over its notice's title: the publishing body's place weighs as the title's)
            // (and where the page has no title, any such line before the body: 都安瑶族自治县脱贫攻坚指挥部 ⏎ 工作简报)
            // (山海情深 鹭岛花开河州 ⏎ ——厦门市海沧区对口帮扶积石山县纪事: a subtitle names what its title only hints at, and weighs
            // as the title)
            let inTitle = index == titleLine || isSubtitle(index)
            if inTitle
                || (titleLine.map { index < $0 } ?? !firstBodySeen) && line.role == .heading && MetadataReader.isPublisher(s, Outline.trim(s, line.range)) {
                w = Self.titleWeight
            }
            var mentions = finder.mentions(in: s, line.range)
            // (盘州市 written for the table's 盘县: its facts filed under the name written)
            // (not where the report writes the table's name too: 播州区(原遵义县) keeps 播州区)
            for m in mentions where Gazetteer.renamedStarts.contains(s[m.range.lowerBound]) {
                guard case .gazetteer = m.target, let r = Gazetteer.renamedWritings[NormalizedText.string(s[m.range])] else { continue }
                if let w = r.written { spellings[r.table] = w } else { writesTable.insert(r.table) }
            }
            // (昭　通　　56.2: a table's row opening with a place's name padded apart to its column's width names it)
            if line.role != .body, line.role != .blank, let (r, places) = TableCells.paddedName(s, line.range, names: g.names) {
                mentions.insert(PlaceMention(range: r, target: .gazetteer(places)), at: 0)
            }
            // (凉山“悬崖村”的变迁: a village's nickname is the village, wherever it stands)
            if !nicknames.isEmpty {
                mentions = mentions.map { m in
                    // (全县上访村从12个减少到2个: not a nickname the place's own word or a classifier makes a kind of village)
                    if case .sub(let name, .village, _) = m.target, let t = nicknames[name],
                       PlaceLexicon.ownPlaceWords.longestEnding(in: s, at: m.range.lowerBound, from: line.range.lowerBound, maxLength: 2) == nil,
                       !(m.range.lowerBound > line.range.lowerBound && s[m.range.lowerBound - 1] == CandidateReader.ge) { return PlaceMention(range: m.range, target: t) }
                    return m
                }
            }
            // 新桥乡共和村…。期间,共和村平分低保资金: a village named in full after its town earlier,
            // its name opening with a stop character, is that village where it stands alone again; so is
            // one of three characters or more, which the finder takes alone only where delimited and
            // not ending in a kind of village (北浴乡罗汉山村…。2016年罗汉山村投入: 山村 is one)
            if !knownVillages.isEmpty { Self.addKnownVillages(knownVillages, s, line.range, to: &mentions) }
            // (哈达铺镇…。到2019年,哈达铺全镇…: a town named in full earlier is the town where its name stands alone)
            if let firsts = knownTownFirsts { Self.addKnownTowns(knownTowns, firsts: firsts, s, line.range, to: &mentions) }
            // 礼县位于…,东邻西和县: a neighbour named to locate a place is neither evidence for the
            // report's place nor, left out of the line's places, the place of any figure
            // (销往果洛全州和西宁等地: nor a market goods are sold to)
            if !mentions.isEmpty {
                var clauses = Neighbours.LineClauses(s, line.range)
                mentions.removeAll { clauses.isNeighbour($0.range) || clauses.isMarket($0.range) }
            }
            byLine[index] = mentions
            // (阜平县龙泉关镇骆驼湾村 ⏎ 2018年度扶贫项目…公示: a line of names alone over the body, the issuer's, names the
            // report's place as its title does)
            // (梓山镇潭头村　　户主：刘某秀　　编号：…: or a form's first cell, a gap and labelled fields after it)
            let namesOnly = !firstBodySeen
                && (line.role != .body && Self.holdsNamesOnly(s, Outline.trim(s, line.range), mentions) || Self.formOpensWithNames(s, Outline.trim(s, line.range), mentions))
            if let pair = Self.pairing(s, line.range, mentions, g) { helpers.formUnion(pair.helper); helped.formUnion(pair.helped) }
            // (the dateline read only on a source line or the first paragraph, where one stands)
            let dateline = mentions.isEmpty ? -1 : line.role == .meta ? line.range.upperBound
                : index == ledeLine ? Dateline.datelineEnd(s, line.range) ?? -1 : -1
            // 延长、横山、定边、佛坪4县: places listed together are evidence for the place holding them
            // all, not for any one of them
            let listed = mentions.count >= 2 ? Self.siblingLists(mentions, s, g) : [:]
            var narrowed: [Int: [Int]] = [:]   // a mention's places its parent right before it narrowed
            for (k, m) in mentions.enumerated() {
                // (中央社台北24日电…台湾方面，…: a place outside the campaign, a paper's home or a comparison, is no evidence of the
                // report's place, which the campaign's places are)
                if case .gazetteer(let n) = m.target, n.allSatisfy({ g.lineage(of: $0).contains(where: outsideRoots.contains) }) { continue }
                if m.range.upperBound <= dateline, case .gazetteer(let n) = m.target, case let c = narrowed[k] ?? n, c.count == 1 { filedFrom[c[0], default: 0] += w }
                if case .gazetteer(let n) = m.target, case let c = narrowed[k] ?? n, c.count == 1 {
                    namedWeight[c[0], default: 0] += w
                    if inTitle { titledPlaces.insert(c[0]) }
                }
                switch m.target {
                case .gazetteer(let named):
                    let candidates = narrowed[k] ?? named
                    // 金井、海坛、君山和苏平4个片区: the report's own towns, not counties elsewhere
                    if SubPlaceList.contains(s, name: m.range, line: line.range) { continue }
                    if let a = listed[k] {
                        weights[a, default: 0] += w
                        if PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) { fullNamed = true }
                        continue
                    }
                    // 东风、红旗等4乡镇: an everyday word that is also a county's short name is no evidence
                    if PlaceLexicon.wordLikeShortNameTrie.longest(in: s, at: m.range.lowerBound, limit: m.range.upperBound)?.length == m.range.count { continue }
                    // 安徽省委办公厅, 湖北日报: a place naming an organisation or an outlet says who
                    // speaks, not what the report is about
                    // (东莞对口帮扶揭阳: the helper is who acts, the place helped what the report is about)
                    // (咸阳师范学院, 陕西中医药大学, 咸阳高校: an institution's name a few characters on)
                    // (深圳二院帮扶那坡县人民医院: an institution a helper helps is the place helped, the report's)
                    let organisation = (PlaceLexicon.organisations.longest(in: s, at: m.range.upperBound, limit: line.range.upperBound) != nil
                        || PlaceLexicon.helperVerbs.longest(in: s, at: m.range.upperBound, limit: line.range.upperBound) != nil
                        || PlaceLexicon.namesInstitution(s, after: m.range.upperBound, limit: line.range.upperBound))
                        && PlaceLexicon.recipientMarks.longestEnding(in: s, at: m.range.lowerBound, from: line.range.lowerBound, maxLength: 4) == nil
                    // (来源:纳雍县人民政府办公室: a government or its office publishing the report, named in its source
                    // field, is the place the report speaks for — its 全县 — not an organisation speaking of another)
                    // (weighed as a title where the report speaks of its place at the publisher's level, 全县 of a 县, and its
                    // title names no place apart from it: 纳雍县扶贫办赴大方县考察学习 is about 大方县 whoever publishes it)
                    // (昭觉县人民政府门户网站　当前位置：首页>>…: so is a government's site named heading the page)
                    let publisher = organisation && (line.role == .meta && Self.publishes(s, m.range, line: line.range)
                                                     || Self.namesSite(s, m.range, line: line.range))
                    let w = !organisation ? w : !publisher ? w * PlaceLexicon.organisationWeight
                        : candidates.contains(where: { c in ownWords.contains { PlaceLexicon.speaksOf(g.places[c], level: $0.level) } })
                          && !titledPlaces.contains(where: { t in !candidates.contains { c in c == t || g.isWithin(t, c) || g.isWithin(c, t) } }) ? Self.titleWeight : w
                    // (镇江日报: an outlet named for one place, kept for a report that names none; a
                    // short name of two places, 甘孜日报, keeps both for the report's own words to choose)
                    if PlaceLexicon.outlets.longest(in: s, at: m.range.upperBound, limit: line.range.upperBound) != nil {
                        outlets.formUnion(candidates)
                    }
                    // 杭州市江干区: a place named with its parents before it is one piece of evidence,
                    // weighed at its deepest name (the parents' subtrees hold it anyway)
                    // (广州市白云区: the parent picks which of a name's places is meant, 广州's 白云区, not 贵阳's)
                    if k + 1 < mentions.count, mentions[k + 1].range.lowerBound == m.range.upperBound,
                       case .gazetteer(let inner) = mentions[k + 1].target,
                       case let within = inner.filter({ i in candidates.contains { c in c != i && g.isWithin(i, c) } }), !within.isEmpty {
                        if within.count < inner.count { narrowed[k + 1] = within }
                        continue
                    }
                    if candidates.count == 1 { weights[candidates[0], default: 0] += w }
                    else { ambiguousMentions.append((candidates, w)) }
                    if candidates.count == 1 {
                        // (the places the report's own are: not a helper's nor where people go, 前往广东省东莞市)
                        if PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) {
                            if index != titleLine, !organisation, !PlaceLexicon.isDestination(s, at: m.range.lowerBound, from: line.range.lowerBound) {
                                fullPlaces.append(candidates[0])
                            }
                        } else if index == titleLine, m.range.lowerBound > Outline.trim(s, line.range).lowerBound {
                            // (会宁:劳务输出…: a name heading the title is its subject, whatever the body names)
                            titleShortNames.append((candidates[0], w))
                        }
                    }
                    if !namedAtHead, index == titleLine || index == ledeLine || line.role == .meta || isSubtitle(index) { namedAtHead = true }
                    if PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) { fullNamed = true }
                case .sub(let name, let level, let container):
                    if level != .zone, !container.isEmpty, counties[name] == nil { counties[name] = container }
                    // 我县嘉川镇五红村: a town named with no county before it, looked up below
                    if level == .town, container.isEmpty { namedTowns.append((name, w)) }
                    if level == .town, name.unicodeScalars.count >= Self.knownTownLength + 1, let stem = Self.townStem(name),
                       !knownTowns.contains(where: { $0.name == name }) {
                        knownTowns.append((stem, name))
                        if knownTownFirsts == nil { knownTownFirsts = ScalarSet() }
                        knownTownFirsts!.insert(stem[0])
                    }
                    if level == .town, index == ledeLine { ledeTowns.insert(name) }
                    if level == .village, !firstBodySeen || index == ledeLine { villageAtHead = true }
                    if level == .town, !manyTowns {
                        if let t = onlyTown { manyTowns = t != name } else { onlyTown = name }
                    }
                    if level == .zone {
                        let old = zones[name] ?? (0, [])
                        zones[name] = (old.weight + w, old.container.isEmpty ? container : old.container)
                    } else if level == .town, index == titleLine || isSubtitle(index) || namesOnly || inAddressField(m.range.lowerBound, line: line.range, index: index), titleTown == nil,
                              // (凤凰街道赴汕尾市军船头村对口帮扶: a town that goes to help elsewhere is the helper)
                              PlaceLexicon.visitorVerbs.longest(in: s, at: m.range.upperBound, limit: line.range.upperBound) == nil,
                              PlaceLexicon.helperVerbs.longest(in: s, at: m.range.upperBound, limit: line.range.upperBound) == nil {
                        titleTown = name
                        if index != titleLine, !isSubtitle(index) { fromAddress.town = name; recordSinceAddress = false }
                    } else if level == .town, firstTown == nil, line.role == .body || line.role == .heading,
                              // (现寨市乡由原黄桑坪乡、朝仪乡合并而成: towns it was made of are no town of the report)
                              !Self.namedAsOrigin(s, m.range, line: line.range) {
                        firstTown = name
                        firstTownLine = index
                    } else if level == .village, index == titleLine || isSubtitle(index) || namesOnly || inAddressField(m.range.lowerBound, line: line.range, index: index), titleVillage == nil,
                              !PlaceLexicon.genericNames.contains(name) {
                        titleVillage = name
                        if index != titleLine, !isSubtitle(index) { fromAddress.village = name; recordSinceAddress = false }
                    }
                    if fromAddress.town != nil || fromAddress.village != nil, level == .town || level == .village,
                       let field = addressField(m.range.lowerBound, line: line.range), recordSinceAddress || field == .projectSite {
                        if level == .town, let t = fromAddress.town, t != name { otherAddress.town = true }
                        if level == .village, let v = fromAddress.village, v != name { otherAddress.village = true }
                    }
                    if level == .village, !PlaceLexicon.genericNames.contains(name) {
                        if villages[name] == nil { villageOrder.append(name) }
                        villages[name, default: 0] += 1
                        if index == ledeLine, ledeVillage == nil { ledeVillage = (name, container) }
                    }
                    // 理川镇上马龙村: the town right before a village holds it (a short county name
                    // read inside the village's, 马龙, may stand between them in the list)
                    // (the few mentions before it only: a line of thousands of villages and no town read all of them back from each)
                    if level == .village, let t = mentions[max(0, k - Self.townBeforeVillageReach)..<k].last(where: { if case .sub(_, .town, _) = $0.target { return true }; return false }),
                       case .sub(let town, .town, _) = t.target, t.range.upperBound == m.range.lowerBound {
                        containers[name] = town
                        if let u = name.unicodeScalars.first, PlaceLexicon.stopChars.contains(u.value) || name.unicodeScalars.count > PlaceLexicon.shortVillageName,
                           !knownVillages.contains(name) { knownVillages.append(name) }
                    }
                case .bareZone(let suffix):
                    bareZones[suffix, default: 0] += w
                }
            }
        }
        // (湖里区…与积石山县结成东西部扶贫协作对子: the helper's weight is an organisation's, the report is about the help)
        // (only a helper the title names: the helper's own report of its help; an overview of many pairs keeps its places)
        let fullProvinces = Set(fullPlaces.lazy.filter { !helpers.contains($0) || helped.contains($0) }.compactMap { g.lineage(of: $0).last })
        // (正安:“吉他之乡”里的返乡创业故事 ⏎ …在正安县经济开发区: a title headed by the stem of a place the body
        // names in full, an everyday word the gazetteer keeps no short name for, names it as its subject)
        if let t = titleLine {
            let r = Outline.trim(s, outline.lines[t].range)
            for p in Set(fullPlaces) where Self.titleHeadsWithStem(s, r, name: g.places[p].name) { weights[p, default: 0] += Self.titleWeight }
        }
        helpers.subtract(helped)
        helpers.formIntersection(titledPlaces)
        for h in helpers { if let named = namedWeight[h] { weights[h, default: 0] -= named * (1 - PlaceLexicon.organisationWeight) } }
        // 高峰村的路——乌江岸边一个土家山寨的脱贫纪事 … 铜仁市沿河土家族自治县中界镇: a short name the title
        // reads in its running words (江岸, 武汉's) is no evidence where the report names places in full in
        // other provinces only: the title's weight would outweigh them all
        if !fullProvinces.isEmpty {
            for t in titleShortNames where g.lineage(of: t.place).last.map({ !fullProvinces.contains($0) }) ?? false {
                weights[t.place, default: 0] -= t.weight
            }
        }
        if otherAddress.village, titleVillage == fromAddress.village { titleVillage = nil }
        if otherAddress.town, titleTown == fromAddress.town { titleTown = nil }
        // Ambiguous names: credit the candidate the rest of the report supports.
        var unresolved: [String] = []
        lazy var speaksBelowProvince: Bool = {
            var k = 0
            while let m = PlaceLexicon.ownPlaceWords.firstMatch(in: s, k..<s.count) {
                let level = PlaceLexicon.ownPlaceLevels[m.1]
                if !level.isEmpty, level != "省" { return true }   // (not the nation, not a province)
                k = m.0 + 1
            }
            return false
        }()
        for (candidates, w) in ambiguousMentions {
            // a candidate the report also names in full (吉林 beside 吉林省) is the one meant
            let named = candidates.filter { (weights[$0] ?? 0) > 0 }
            if named.count == 1 { weights[named[0], default: 0] += w; continue }
            let support = candidates.map { c in weights.reduce(0.0) { acc, kv in
                acc + ((g.isWithin(kv.key, c) || g.isWithin(c, kv.key)) && kv.key != c ? kv.value : 0) } }
            let best = support.max() ?? 0
            let winners = candidates.indices.filter { support[$0] == best }
            if best > 0 && winners.count == 1 {
                weights[candidates[winners[0]], default: 0] += w
            } else if let common = commonAncestor(candidates, g) {
                weights[common, default: 0] += w
            } else if let province = candidates.first(where: { g.places[$0].level == .province }), !speaksBelowProvince {
                // 海南 with nothing around it: the province, not 青海's 海南州 (吉林: not 吉林市); not
                // in a report that speaks of its 全县 or 全州 (河南:…今年全县脱贫1200人 is 河南县's)
                weights[province, default: 0] += w
            } else {
                unresolved.append(g.places[candidates[0]].shortNames.first ?? g.places[candidates[0]].name)
            }
        }
        // Descend from the heaviest province.
        var subtree: [Int: Double] = [:]
        func descend() -> Int? {
            subtree = [:]
            for (p, w) in weights { for a in g.lineage(of: p) { subtree[a, default: 0] += w } }
            var entry = subtree.filter { g.places[$0.key].level == .province }.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            while let node = entry {
                let children = subtree.filter { g.places[$0.key].parent == node }
                // (岚皋县脱贫1200人,紫阳县脱贫800人: two children as heavy as each other leave the report at their
                // parent, where both are places of it, not at the one a tie's order picks)
                guard let best = children.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                      best.value >= 0.5 * subtree[node]!, best.value >= (weights[node] ?? 0),
                      !children.contains(where: { $0.key != best.key && $0.value == best.value }) else { break }
                entry = best.key
            }
            return entry
        }
        var entry = descend()
        // 我县嘉川镇五红村: a town named with no county before it is evidence for the county holding a
        // town of its name (weighed lightly: a report's towns lie in its county) — looked up only where
        // the report's county is not known without them (a county's report names its own towns: measured,
        // looking them all up cost 9 M instructions a pass over 400 generated reports)
        if !namedTowns.isEmpty, entry.map({ g.places[$0].level != .county }) ?? true {
            let gazetteerNamed = !weights.isEmpty
            var ambiguous: [([Int], Double)] = []
            for t in namedTowns {
                let towns = townCounties(t.name)
                if !towns.isEmpty, counties[t.name] == nil { counties[t.name] = towns }
                if towns.count == 1 { weights[towns[0], default: 0] += t.weight * PlaceLexicon.townWeight; fullNamed = true }
                else if towns.count > 1 { ambiguous.append((towns, t.weight * PlaceLexicon.townWeight)) }
            }
            // a town several counties hold (双龙镇) counts for the one the rest of the report supports
            for (candidates, w) in ambiguous {
                let support = candidates.map { c in weights.reduce(0.0) { acc, kv in acc + (g.isWithin(c, kv.key) ? kv.value : 0) } }
                let best = support.max() ?? 0
                if best > 0, support.filter({ $0 == best }).count == 1, let k = support.firstIndex(of: best) {
                    weights[candidates[k], default: 0] += w
                }
            }
            entry = descend()
            // xx村地处正阳镇东北部: a report whose place only its one town tells (it names no place of
            // the gazetteer) is about that town, or something in it
            if !gazetteerNamed, titleTown == nil, let t = namedTowns.first?.name, namedTowns.allSatisfy({ $0.name == t }),
               let e = entry, townCounties(t).contains(e) { titleTown = t }
        }
        // 东河村…散居在东河两岸: a short name said once in passing, with no place named in full
        // anywhere, is too little evidence for the report's place
        // (漳浦新闻网讯…在长桥镇东升村: a town named in full that the short name's county holds is
        // the full evidence the short name alone is not)
        if let e = entry, !fullNamed, (subtree[e] ?? 0) < Self.leastShortEvidence,
           !namedTowns.contains(where: { townCounties($0.name).contains(e) }) { entry = nil }
        // The report's zone: named in the title or several times, inside the chosen place.
        var zone: String?
        let lineage = entry.map { Set(g.lineage(of: $0)) } ?? []
        let fitting = zones.filter { z in z.value.container.isEmpty || z.value.container.contains { lineage.contains($0) || entry == nil } }
        // (ties broken by the name, so that a dictionary's order, new each run, decides nothing)
        if let best = fitting.max(by: { ($0.value.weight, $0.key.count, $1.key) < ($1.value.weight, $1.key.count, $0.key) }) {
            let suffixWeight = bareZones.filter { best.key.hasSuffix($0.key) }.values.reduce(0, +)
            if best.value.weight + suffixWeight >= 3 {
                // Prefer the longest spelling (`揭阳空港经济区` over `空港经济区`).
                zone = zones.keys.filter { $0.hasSuffix(best.key) || best.key.hasSuffix($0) }.max { ($0.count, $1) < ($1.count, $0) } ?? best.key
                if entry == nil, let c = zones[zone!]?.container.first { entry = c }
            }
        }
        // 镇党委、政府脱贫攻坚工作情况汇报 … 铁沙盖镇位于察右中旗…: a report in a town's voice (its
        // title names the town's organs, or it says 我镇) is about the first town its body names,
        // when that town lies in the place the report names
        // (我镇 looked for in the lede only: the whole text read for it cost 5 M instructions a pass
        // over 400 generated reports)
        if let e = entry, titleTown == nil, zone == nil, let t = firstTown,
           titleLine.map({ PlaceLexicon.townOrgans.firstMatch(in: s, outline.lines[$0].range) != nil }) == true
            || ledeLine.map({ PlaceLexicon.localTownFirstPerson.firstMatch(in: s, outline.lines[$0].range) != nil }) == true,
           (counties[t] ?? townCounties(t)).contains(where: { g.isWithin($0, e) }) { titleTown = t }
        // 广南县八宝米扶贫产业园建成投产 ⏎ 本网讯 11月22日,广南县八宝镇八宝米扶贫产业园项目…: a title naming short the
        // town its lede names first (八宝 of 八宝镇, 梓山 of 梓山镇), in the place the report names, is about that town
        // (not where the lede names other towns, 深入马营镇、义岗川镇…, or a village is named at the head, 闽宁协作 ⏎
        // …闽宁镇原隆村…, whose town the village's rules give; nor a town that shares its county's name, 天等 of 天等镇)
        if let e = entry, titleTown == nil, titleVillage == nil, zone == nil, !villageAtHead, ledeTowns.count == 1,
           let t = firstTown, firstTownLine == ledeLine, let tl = titleLine, let stem = Self.townStem(t),
           s[outline.lines[tl].range].firstRange(of: stem) != nil,
           !g.lineage(of: e).contains(where: { g.places[$0].name.unicodeScalars.starts(with: stem.lazy.compactMap(Unicode.Scalar.init)) }),
           (counties[t] ?? townCounties(t)).contains(where: { g.isWithin($0, e) }) { titleTown = t }
        // 元古堆的春天 ⏎ …2013年,元古堆村有447户…: a title naming short, without its suffix, the one village the body names in
        // full (a stem of three characters at least), in the place the report names, is about that village
        if entry != nil, titleTown == nil, titleVillage == nil, zone == nil, let tl = titleLine,
           case let named = villageOrder.filter({ v in
               let u = v.unicodeScalars.map(\.value)
               return u.count >= Self.villageStemLength + 1 && s[outline.lines[tl].range].firstRange(of: u.dropLast()) != nil }),
           named.count == 1 { titleVillage = named[0] }
        // 安徽:真扶贫 — …帮扶梓树村纪实 … 安徽省岳西县梓树村地处…: the title's village or town
        // lies in the county the report names right before it
        if let e = entry, let sub = titleVillage ?? titleTown, let c = counties[sub]?.filter({ g.isWithin($0, e) && $0 != e }), c.count == 1 {
            entry = c[0]
        }
        // 今年以来,我镇始终…。木棠镇下辖25个村委会: a town's report in the first person, naming no
        // place of the gazetteer, is about the first town its body names
        // (or speaks of the town as a whole, 同心镇辖区面积…,全镇总人口7587户: a town's work report
        // reposted with its county cut away)
        if entry == nil, titleTown == nil, zone == nil, let t = firstTown,
           PlaceLexicon.localTownFirstPerson.firstMatch(in: s, 0..<s.count) != nil
            || PlaceLexicon.townWords.firstMatch(in: s, 0..<s.count) != nil { titleTown = t }
        // 侯村村位于凌笪乡南部,全村总面积32平方公里: a report naming no place of the gazetteer nor
        // a town of its own, that names one village twice or more, or once and speaks of 全村, is
        // about that village (in the town named right before it)
        if entry == nil, titleTown == nil, titleVillage == nil, zone == nil, villages.count == 1, let (v, n) = villages.first,
           n >= 2 || PlaceLexicon.villageWords.firstMatch(in: s, 0..<s.count) != nil {
            titleTown = containers[v]
            titleVillage = v
        }
        // (whether the report cites a national body anywhere, read once and only when asked; a county's
        // 科技部门 is none)
        var citesRead: Bool?
        func citesNationalBody() -> Bool {
            if let c = citesRead { return c }
            citesRead = PlaceLexicon.nationalBody(in: s, 0..<s.count) != nil
            return citesRead!
        }
        // 国务院扶贫办最新统计显示,…河北、山西、…等8个省市…: a report citing a national body that
        // names three provinces or more, none of them half its evidence, is the nation's
        if let e = entry, let top = g.lineage(of: e).last {
            let provinces = subtree.filter { g.places[$0.key].level == .province }
            if provinces.count >= 3, (subtree[top] ?? 0) < 0.5 * provinces.values.reduce(0, +),
               citesNationalBody() { entry = nil }
        }
        // 经济日报北京11月27日讯…财政部…中央财政提前下达28个省…: the capital named only as where the
        // news was filed, in a report citing a national body, is no evidence: the report is the nation's
        if let e = entry, let top = g.lineage(of: e).last, g.places[top].name == PlaceLexicon.capital,
           subtree[top] ?? 0 <= filedFrom.filter({ g.isWithin($0.key, top) }).values.reduce(0, +),
           citesNationalBody() { entry = nil }
        // 全力做好消费扶贫 全国供销合作社系统采购贫困县逾千亿元农产品 … 沙地大米是内蒙古赤峰市翁牛特旗的
        // 特产: a report whose title speaks for the country, naming no place at its head (title, source,
        // lede), is the country's, whatever story places it cites further on
        // (全国脱贫攻坚奖揭晓 我县两人榜上有名: not a title in a place's first person)
        // (中国农村贫困人口去年减少1109万人: or opens with the country's name as its figure's subject)
        if entry != nil, !namedAtHead, zones.isEmpty, let tl = titleLine,
           PlaceLexicon.titleSpeaksForNation(s, outline.lines[tl].range) || PlaceLexicon.opensWithNation(s, outline.lines[tl].range),
           PlaceLexicon.localFirstPerson.firstMatch(in: s, outline.lines[tl].range) == nil { entry = nil }
        // 全市扶贫工作领导小组会议召开 … 镇江日报: a report that names no place but speaks of its
        // own 全市, printed by the outlet of one city, is that city's (its suffix the level spoken of)
        // (甘孜日报 … 我州: of the outlet's places, the one at the level the report speaks of)
        if entry == nil, zones.isEmpty, !outlets.isEmpty {
            let words = DocumentScan.ownPlaceWords(s, 0..<s.count)
            let fits = outlets.filter { o in words.contains { PlaceLexicon.speaksOf(g.places[o], level: $0.level) } }
            if fits.count == 1 { entry = fits.first }
        }
        // 5个省份已外出务工…;中西部22个省份有扶贫车间28442个;…除湖北省外其余27个省份…: a report whose
        // clauses open with counts of provinces tells the country's figures, whatever province it
        // names in passing (asked only of a report naming no place at its head, nor speaking as one)
        // 新华社北京8月22日电…科技部…公布的信息显示,…全国有84.6万名科技特派员: a lede naming no place
        // but the capital it was filed from, that speaks for the country, in a report citing a national
        // body, makes the report the country's, whatever counties it names as examples
        // (the title and the first two paragraphs: a source line read as the lede may stand above it)
        let ledeLines = Array(outline.lines.indices.lazy.filter { outline.lines[$0].role == .body }.prefix(PlaceLexicon.nationalLedeParagraphs))
        let capitalLede = ([titleLine].compactMap { $0 } + ledeLines).contains { l in
            let named = byLine[l].compactMap { m -> [Int]? in if case .gazetteer(let c) = m.target { return c } else { return nil } }
            return !named.isEmpty && named.allSatisfy { $0.allSatisfy { g.places[$0].name == PlaceLexicon.capital } }
                && PlaceLexicon.nationalWords.firstMatch(in: s, outline.lines[l].range) != nil
        }
        // (not a report that speaks as a place: a zone of its own, or 我县, 我市; the whole text read for
        // 我县 only where a test of the nation needs it, as the national body is)
        var speaksRead: Bool?
        func speaksAsPlace() -> Bool {
            if let r = speaksRead { return r }
            speaksRead = !zones.isEmpty || PlaceLexicon.localFirstPerson.firstMatch(in: s, 0..<s.count) != nil
            return speaksRead!
        }
        let nationWide = (capitalLede && citesNationalBody()
                          || !namedAtHead && Self.provinceCountOpenings(s, atLeast: PlaceLexicon.provinceCountClauses))
            && !speaksAsPlace()
        if nationWide { entry = nil }
        var path = entry.map { g.path(of: $0) } ?? []
        // 国务院扶贫办:今年东西部扶贫…超额完成任务: a report that names no place of the gazetteer and
        // speaks for the whole country is the country's
        // (全国 in its title or a national body anywhere; not a report in the first person of a
        // place, 我县…成为全国、全省…现场会)
        // (or one of its first paragraphs opens with 全国 as a figure's subject: 全国农村减贫规模年均
        // 超过1300万人。; not 全国脱贫攻坚总结表彰大会召开后,…)
        if nationWide || entry == nil && !speaksAsPlace()
            && (titleLine.map({ PlaceLexicon.titleSpeaksForNation(s, outline.lines[$0].range) }) == true
                || citesNationalBody()
                || ledeLines.contains(where: { l in
                    let r = outline.lines[l].range
                    return s[r].starts(with: PlaceLexicon.countryScalars) && PlaceLexicon.nationIsSubject(s, at: r.lowerBound, limit: r.upperBound) })) {
            path = [PlaceLexicon.country]
        }
        if let z = zone, !path.contains(z) { path.append(z) }
        if let t = titleTown { path.append(t) }
        var villageFromBody = false, townFromBody = false
        // (德胜村的脱贫路 ⏎ 凤山县砦牙乡德胜村位于…: the town the body names right before the report's village holds it;
        // 十八洞村的变化 ⏎ …双龙镇…, 位于…高山乡的布楞沟村: or the one town the report names, in its county, where it names
        // no other: a town the body gives it, whose sentences naming the town again speak of the town)
        func bodyTown(of v: String) -> String? {
            guard titleTown == nil, let t = containers[v] ?? (manyTowns ? nil : onlyTown), let e = entry, !path.contains(t),
                  (counties[t] ?? townCounties(t)).contains(where: { g.isWithin($0, e) }) else { return nil }
            return t
        }
        // (福州定西扶贫协作助力元古堆村脱贫 ⏎ 元古堆村位于…: a title's village read short of the one name the body gives whole is
        // that name; where the body gives several, 大石门村, 小石门村, none)
        if let v = titleVillage {
            let longer = villages.keys.filter { $0.count > v.count && $0.hasSuffix(v) }
            if longer.count == 1 { titleVillage = longer[0] }
        }
        if let v = titleVillage {
            if let t = bodyTown(of: v) { path.append(t); townFromBody = true }
            path.append(v)
        }
        // 日前,…驻五台县豆村镇香峪村工作队传来喜讯: a report whose opening paragraph names the one
        // village it ever names, and names it again, is about that village (and its town), as if
        // its title did (a village cited once, 推广平安村的经验, is not what the report is about)
        // (咸丰县活龙坪乡:生猪托管代养 ⏎ 9月5日,在活龙坪乡茶园沟村生猪代养场…: so is one whose title names the
        // village's town, the village right after it in the opening paragraph)
        // (凉山日报·县市简讯: not a roundup of several counties' items, the first item's village none of the others')
        else if villages.count == 1, let v = ledeVillage, villages[v.name]! >= 2, let e = entry,
                g.places[e].level == .county || !Self.namesSeveralCounties(weights, under: e, g),
                titleTown == nil || titleTown == containers[v.name],
                v.container.isEmpty || v.container.contains(where: { g.isWithin($0, e) }) {
            if let t = bodyTown(of: v.name) ?? containers[v.name].flatMap({ $0 != titleTown && !path.contains($0) ? $0 : nil }) { path.append(t) }
            path.append(v.name)
            villageFromBody = true
        }
        // 这个村将…。还是这个村,…。这个村就是奉节县永乐镇长凼村。: a report that names one village, once,
        // right after its town, and speaks of it as 这个村 or 全村, is about that village
        // (and no other town: 郭城驿镇红光村…。在头寨镇,…全村 speaks of another village; in a county's
        // report, speaking of it twice at least: a province's report citing a village is the province's)
        else if titleTown == nil, villages.count == 1, let (name, _) = villages.first, let t = containers[name],
                let e = entry, g.places[e].level == .county, onlyTown == t, !manyTowns, !path.contains(t),
                // (its town in the report's county: 会宁县's report citing 定西县X镇Y村 is not about Y村)
                counties[t].map({ $0.contains { g.isWithin($0, e) } }) ?? true,
                PlaceLexicon.villageAnaphora.count(in: s, 0..<s.count, atMost: 2) >= 2 {
            path.append(t)
            path.append(name)
            villageFromBody = true
        }
        var place = DocumentPlace(entry: entry, zone: zone, town: titleTown, path: path, ambiguous: unresolved, containers: containers,
                                  mentionsByLine: byLine)
        place.counties = counties
        place.helpers = helpers
        place.longVillages = villageOrder.filter { $0.unicodeScalars.count == 4 }
        place.namedDistrict = entry.map { Self.callsDistrict(s, g.places[$0]) } ?? false
        place.spellings = spellings.filter { !writesTable.contains($0.key) }
        place.villageFromBody = villageFromBody
        place.townFromBody = townFromBody
        return place
    }

    /// Whether a place at `at` is where the writer says they live (`我是郸城县汲冢镇的村民`, `我家住在…`): a word of
    /// introducing oneself (``PlaceLexicon/selfIntros``) a few characters before it, names of places only between.
    static func selfIntroduced(_ s: [UInt32], _ at: Int, line: Range<Int>) -> Bool {
        var k = at
        while k > max(line.lowerBound, at - PlaceLexicon.selfIntroReach) {
            if PlaceLexicon.selfIntros.longestEnding(in: s, at: k, from: line.lowerBound, maxLength: 4) != nil { return true }
            guard NormalizedText.isHan(s[k - 1]) else { return false }
            k -= 1
        }
        return false
    }

    /// Whether a line is a chain of places' names and nothing else (`阜平县龙泉关镇骆驼湾村`), two names at least.
    static func holdsNamesOnly(_ s: [UInt32], _ r: Range<Int>, _ mentions: [PlaceMention]) -> Bool {
        guard mentions.count >= 2, !r.isEmpty else { return false }
        var k = r.lowerBound
        while k < r.upperBound, let m = mentions.first(where: { $0.range.lowerBound == k }) { k = m.range.upperBound }
        return k == r.upperBound
    }

    /// Whether a form's line opens with a cell of names only, a gap and a labelled field after it (`梓山镇潭头村　　户主：…`).
    static func formOpensWithNames(_ s: [UInt32], _ r: Range<Int>, _ mentions: [PlaceMention]) -> Bool {
        guard let gap = s[r].firstIndex(where: TableCells.isGap), gap > r.lowerBound,
              s[gap..<r.upperBound].contains(ListItems.colon) else { return false }
        return holdsNamesOnly(s, r.lowerBound..<gap, mentions.filter { $0.range.upperBound <= gap })
    }

    /// The provinces of a gazetteer outside the campaign, those ``TrapLexicon/outsidePlaces`` names (台湾省, 香港特别行政区), by
    /// index: compared by index, not by name, at each mention (names hashed at every mention cost 0.9 M instructions a pass
    /// over 400 reports).
    static func outsideRoots(_ g: Gazetteer) -> Set<Int> {
        Set(g.places.indices.filter { i in g.places[i].level == .province && TrapLexicon.outsidePlaces.contains { g.places[i].name.hasPrefix($0) } })
    }
    static let sharedOutsideRoots = outsideRoots(Gazetteer.shared)

    /// The weight of a place the title names.
    static let titleWeight = 5.0

    /// Whether the report names two counties or more below `e` (a roundup of a prefecture's counties).
    static func namesSeveralCounties(_ weights: [Int: Double], under e: Int, _ g: Gazetteer) -> Bool {
        weights.keys.count { g.places[$0].level == .county && g.isWithin($0, e) && $0 != e } >= 2
    }

    /// Whether a place opening its line names a government's site right after it (`昭觉县人民政府门户网站`, ``PlaceLexicon/siteNames``),
    /// or the government alone on the line (`阜平县人民政府` heading the page).
    static func namesSite(_ s: [UInt32], _ name: Range<Int>, line: Range<Int>) -> Bool {
        let t = Outline.trim(s, line)
        guard t.lowerBound == name.lowerBound else { return false }
        if PlaceLexicon.siteNames.longest(in: s, at: name.upperBound, limit: line.upperBound) != nil { return true }
        return PlaceLexicon.governments.longest(in: s, at: name.upperBound, limit: t.upperBound)?.length == t.upperBound - name.upperBound
    }
    /// Whether a place named on a source line is the report's publisher: it stands right after `来源`
    /// and its colon, and a government's office follows it (`来源:纳雍县人民政府办公室`, `来源：县扶贫办`'s
    /// county; not `来源:湖北日报`, an outlet, nor `来源:新华社 记者…`).
    static func publishes(_ s: [UInt32], _ name: Range<Int>, line: Range<Int>) -> Bool {
        guard PlaceLexicon.offices.longest(in: s, at: name.upperBound, limit: line.upperBound) != nil else { return false }
        var k = name.lowerBound
        while k > line.lowerBound, s[k - 1] == ListItems.colon || s[k - 1] == 0x20 || s[k - 1] == 0x3000 { k -= 1 }
        let n = MetadataReader.laiyuan.count
        return k - n >= line.lowerBound && s[(k - n)..<k].elementsEqual(MetadataReader.laiyuan)
    }
    /// Whether a title opens with a place's name less its one-character suffix, a colon or a space right after
    /// (`正安:…` for 正安县).
    static func titleHeadsWithStem(_ s: [UInt32], _ title: Range<Int>, name: String) -> Bool {
        let u = name.unicodeScalars.map(\.value)
        guard u.count >= 3, PlaceLexicon.fullNameEnds.contains(u[u.count - 1]) else { return false }
        let stem = u.dropLast()
        let end = title.lowerBound + stem.count
        guard end < title.upperBound, s[title.lowerBound..<end].elementsEqual(stem) else { return false }
        return s[end] == ListItems.colon || s[end] == 0x20 || TableCells.isGap(s[end])
    }

    /// The helper and the helped a line pairs: a place after `与` (its parents before it) that a word of
    /// pairing follows (`与甘肃省临夏州积石山县结成东西部扶贫协作对子`, `与…建立结对帮扶关系`) is helped, the
    /// other places its sentence names help; nil where the line pairs none. Where one side is of the east that
    /// helps (``PlaceLexicon/easternHelpers``) and the other not, the east helps, whichever stands after `与`.
    /// Nicknames a report gives a village it names in the paragraph (`阿土列尔村,因…,被称为“悬崖村”`): each quoted
    /// village right after a word of naming (``PlaceLexicon/namingWords``), with the target of the village named right
    /// after it (`被誉为“英雄村”的岩洞村`), else of the place named last before the word, where that is a village.
    /// (Looked for only in lines holding such a word: the finder runs again on those alone.)
    static func nicknames(_ s: [UInt32], _ outline: Outline, _ finder: PlaceFinder) -> [String: PlaceMention.Target] {
        var found: [String: PlaceMention.Target] = [:]
        for line in outline.lines where line.role == .body || line.role == .heading {
            var from = line.range.lowerBound
            var mentions: [PlaceMention]?
            while let (k, _) = PlaceLexicon.namingWords.firstMatch(in: s, from..<line.range.upperBound),
                  let word = PlaceLexicon.namingWords.longest(in: s, at: k, limit: line.range.upperBound) {
                let fame = word.value == .fame   // (the village must be its copula's subject, ``PlaceLexicon/NamingWord``)
                // (no quotation after it: the scan goes on from the next character, where a word of naming the row found
                // overlaps may start: 当地人称之为“樱桃村”, 人称 then 称之为)
                guard k + word.length < line.range.upperBound, let close = TrapLexicon.openQuotes[s[k + word.length]] else { from = k + 1; continue }
                from = k + word.length
                if mentions == nil { mentions = finder.mentions(in: s, line.range) }
                // the quoted village, closing its quotation
                guard let nick = Self.mention(startingAt: from + 1, in: mentions!),
                      case .sub(let name, .village, _) = nick.target,
                      nick.range.upperBound < line.range.upperBound, s[nick.range.upperBound] == close else { continue }
                // the village named right after it (与被誉为“英雄村”的岩洞村相邻), else the one named last before the word in its
                // paragraph (…阿土列尔村村民说。这个被称为“悬崖村”的村落)
                let after = nick.range.upperBound + 1
                // (not a kind of village, 被称为“悬崖村”的彝族村落)
                let following = after + 1 < line.range.upperBound && s[after] == CandidateReader.de
                    ? Self.mention(startingAt: after + 1, in: mentions!).flatMap { m in !s[m.range].contains(PlaceLexicon.zu)
                        && !(m.range.upperBound < line.range.upperBound && s[m.range.upperBound] == PlaceLexicon.luo) ? m : nil } : nil
                // (光明村,也是著名的“天梯村”的邻村: a nickname qualifying a noun of another place's relation to it after 的 names that
                // place; 被称为“悬崖村”的村落, 的深度贫困村 name this one)
                if following == nil, after + 1 < line.range.upperBound, s[after] == CandidateReader.de,
                   PlaceLexicon.relationNouns.longest(in: s, at: after + 1, limit: line.range.upperBound) != nil { continue }
                guard let named = following ?? Self.lastMention(endingBy: k, in: mentions!),
                      case .sub(let real, .village, _) = named.target, real != name else { continue }
                if fame, following == nil, !PlaceLexicon.copulaJoins(s, named.range.upperBound..<k) { continue }
                found[name] = named.target
            }
            // (支尔莫乡阿土勒尔村(“悬崖村”), 在阿土勒尔村,“悬崖村”景区…: a quoted village in apposition, right after a village
            // named plainly, within ``epithetReach``, is its nickname too)
            // (only on a line where a quotation closes right after 村, 村”: the finder runs again on those alone; a scan for 村 and
            // any quote ran it on most lines, 2.2 M instructions a pass over 100 reports)
            guard Self.closesQuotedVillage(s, line.range) else { continue }
            if mentions == nil { mentions = finder.mentions(in: s, line.range) }
            var plain: PlaceMention?
            for m in mentions! {
                guard case .sub(let name, .village, _) = m.target else { continue }
                let quoted = m.range.lowerBound > line.range.lowerBound && m.range.upperBound < line.range.upperBound
                    && TrapLexicon.openQuotes[s[m.range.lowerBound - 1]] == s[m.range.upperBound]
                if !quoted { plain = m; continue }
                // (in apposition: only a bracket, a comma, a dash or a space between the plain name and the quote; not 红岩村与“新华村”)
                if let p = plain, case .sub(let real, .village, _) = p.target, real != name, found[name] == nil,
                   m.range.lowerBound - p.range.upperBound <= epithetReach,
                   s[p.range.upperBound..<(m.range.lowerBound - 1)].allSatisfy(PlaceLexicon.appositionMarks.contains) { found[name] = p.target }
            }
        }
        return found
    }
    /// Whether a quotation closes right after a village's suffix somewhere in `r` (`“悬崖村”`).
    static func closesQuotedVillage(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard r.count > 1 else { return false }
        var k = r.lowerBound
        while k + 1 < r.upperBound {
            if s[k] == PlaceLexicon.cun, TrapLexicon.closingQuotes.contains(s[k + 1]) { return true }
            k += 1
        }
        return false
    }
    /// How far after a village named plainly a quoted village stands in apposition to it (characters: a bracket and a comma).
    static let epithetReach = 3

    /// How many mentions before a village its town may stand (`理川镇上马龙村`: 马龙 between).
    static let townBeforeVillageReach = 3
    /// The mention of a line's (sorted by start) that starts at `p`, found by halving: a line of thousands of naming words
    /// asks for one at each (a scan each was quadratic: 64,000 `被称为“悬崖村”` on one line took 10.2 s, now 0.3 s).
    static func mention(startingAt p: Int, in mentions: [PlaceMention]) -> PlaceMention? {
        let i = firstMention(from: p, in: mentions)
        return i < mentions.count && mentions[i].range.lowerBound == p ? mentions[i] : nil
    }
    /// The last mention ending by `p`.
    static func lastMention(endingBy p: Int, in mentions: [PlaceMention]) -> PlaceMention? {
        var i = firstMention(from: p, in: mentions)
        while i > 0 {
            i -= 1
            if mentions[i].range.upperBound <= p { return mentions[i] }
        }
        return nil
    }
    /// The index of the first mention starting at `p` or after.
    static func firstMention(from p: Int, in mentions: [PlaceMention]) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.lowerBound < p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func pairing(_ s: [UInt32], _ line: Range<Int>, _ mentions: [PlaceMention], _ g: Gazetteer) -> (helper: [Int], helped: [Int])? {
        guard mentions.count >= 2 else { return nil }
        for (k, m) in mentions.enumerated() where m.range.lowerBound > line.lowerBound && PlaceLexicon.pairingWith.contains(s[m.range.lowerBound - 1]) {
            // the chain of names from here (甘肃省临夏州积石山县), and a word of pairing shortly after it
            var last = k
            while last + 1 < mentions.count, mentions[last + 1].range.lowerBound == mentions[last].range.upperBound { last += 1 }
            let end = mentions[last].range.upperBound
            guard PlaceLexicon.pairingWords.firstMatch(in: s, end..<min(line.upperBound, end + PlaceLexicon.pairingReach)) != nil,
                  case .gazetteer(let helped) = mentions[last].target else { continue }
            // the helpers: the sentence's other places named alone
            let sentence = Self.sentence(s, around: m.range.lowerBound, in: line)
            var helper: [Int] = []
            for (j, o) in mentions.enumerated() where (j < k || j > last) && sentence.contains(o.range.lowerBound) {
                if case .gazetteer(let c) = o.target, c.count == 1 { helper.append(c[0]) }
            }
            guard !helper.isEmpty else { return nil }
            // (会宁县与天津市河西区建立东西部扶贫协作关系: 河西区 helps)
            func eastern(_ i: Int) -> Bool { g.path(of: i).contains(where: PlaceLexicon.easternHelpers.contains) }
            if helped.allSatisfy(eastern), helper.contains(where: { !eastern($0) }) { return (helped, helper.filter { !eastern($0) }) }
            return (helper, helped)
        }
        return nil
    }
    /// The sentence of a line holding `i`.
    static func sentence(_ s: [UInt32], around i: Int, in line: Range<Int>) -> Range<Int> {
        var a = i, b = i
        while a > line.lowerBound, !Outline.sentenceEnds.contains(s[a - 1]) { a -= 1 }
        while b < line.upperBound, !Outline.sentenceEnds.contains(s[b]) { b += 1 }
        return a..<b
    }

    /// How long a village's name before its suffix must be for a title to name it alone (`元古堆` of 元古堆村; not `红星`).
    static let villageStemLength = 3
    /// How long a town's name before its suffix must be to stand for the town alone (`哈达铺`; `新华`, of 新华镇, is 新华社's).
    static let knownTownLength = 3
    /// Town suffixes of one character, which a known town's name drops to stand alone (`镇`, `乡`; not `街道`'s `道`).
    static let oneCharacterTownSuffixes = ScalarSet("镇乡")
    /// A town's name less its one-character suffix (`八宝` of `八宝镇`), nil where the rest is shorter than two characters
    /// (`城关` of `城关镇` stands; no name of one) or the suffix is not one character (`街道`, `苏木`).
    static func townStem(_ name: String) -> [UInt32]? {
        let u = name.unicodeScalars.map(\.value)
        guard u.count >= 3, oneCharacterTownSuffixes.contains(u[u.count - 1]) else { return nil }
        return Array(u.dropLast())
    }
    /// Where a town named in full earlier stands without its suffix (`哈达铺全镇`, `在哈达铺建起了`): the town, where the
    /// name opens a word and no other place is read there.
    static func addKnownTowns(_ towns: [(stem: [UInt32], name: String)], firsts: ScalarSet, _ s: [UInt32], _ line: Range<Int>, to mentions: inout [PlaceMention]) {
        // (one scan of the line for the names' first characters, by a bit test each: a comparison at every character for
        // every town cost 1.0 M instructions a pass over 400 reports)
        var k = line.lowerBound
        while case let at = firsts.firstMember(in: s, from: k, to: line.upperBound), at < line.upperBound {
            k = at + 1
            for town in towns where town.stem[0] == s[at] && at + town.stem.count <= line.upperBound && s[at..<(at + town.stem.count)].elementsEqual(town.stem) {
                let r = at..<(at + town.stem.count)
                let opens = at == line.lowerBound || !NormalizedText.isHan(s[at - 1]) || PlaceLexicon.stopChars.contains(s[at - 1])
                // (土高山村, 土高山社区: the stem opening another place's name, a suffix after it, is no town)
                if opens, PlaceLexicon.suffixes.longest(in: s, at: r.upperBound, limit: line.upperBound) == nil,
                   !mentions.contains(where: { $0.range.overlaps(r) }) {
                    let j = mentions.firstIndex { $0.range.lowerBound > at } ?? mentions.endIndex
                    mentions.insert(PlaceMention(range: r, target: .sub(name: town.name, level: .town, container: [])), at: j)
                }
            }
        }
    }
    /// Adds to a line's places the known villages (``PlaceLexicon/stopChars`` open their names, so
    /// the finder reads them alone as none) where they stand and no place was found over them.
    static func addKnownVillages(_ names: [String], _ s: [UInt32], _ line: Range<Int>, to mentions: inout [PlaceMention]) {
        for name in names {
            let v = name.unicodeScalars.map(\.value)
            var k = line.lowerBound
            while k + v.count <= line.upperBound {
                guard s[k] == v[0], s[k..<(k + v.count)].elementsEqual(v) else { k += 1; continue }
                let r = k..<(k + v.count)
                // (not the tail of a longer name: 新共和村)
                let opens = k == line.lowerBound || !NormalizedText.isHan(s[k - 1]) || PlaceLexicon.stopChars.contains(s[k - 1])
                if opens, !mentions.contains(where: { $0.range.overlaps(r) }) {
                    let at = mentions.firstIndex { $0.range.lowerBound > k } ?? mentions.endIndex
                    mentions.insert(PlaceMention(range: r, target: .sub(name: name, level: .village, container: [])), at: at)
                }
                k += v.count
            }
        }
    }

    /// Whether a place is named after an origin's mark (`原`, `来自`), directly or further along a
    /// list of names joined by `、`.
    static func namedAsOrigin(_ s: [UInt32], _ name: Range<Int>, line: Range<Int>) -> Bool {
        var k = name.lowerBound
        while k > line.lowerBound, name.lowerBound - k < 24, NormalizedText.isHan(s[k - 1]) || s[k - 1] == 0x3001 {
            k -= 1
            // (the mark right before the name, or before a list of towns that leads to it)
            guard let m = PlaceLexicon.originMarks.longest(in: s, at: k, limit: name.lowerBound) else { continue }
            let between = s[(k + m.length)..<name.lowerBound]
            if between.isEmpty { return true }
            let items = between.split(separator: 0x3001, omittingEmptySubsequences: false)
            if between.last == 0x3001, items.dropLast().allSatisfy({ (2...6).contains($0.count) && PlaceLexicon.townEnds.contains($0.last!) }) { return true }
        }
        return false
    }

    /// The weight short names alone must reach to make a report's place (a title's is 5, a
    /// dateline's 2, the lede's 2, a later paragraph's 1).
    static let leastShortEvidence = 2.0

    /// The gazetteer places of a line listed together (names of one candidate each, joined by a
    /// separator, two or more that are no everyday words, none holding another, all under one
    /// place): each item's index mapped to the place holding them all.
    static func siblingLists(_ mentions: [PlaceMention], _ s: [UInt32], _ g: Gazetteer) -> [Int: Int] {
        var out: [Int: Int] = [:]
        var run: [Int] = []
        func close() {
            defer { run = [] }
            guard run.count >= 2 else { return }
            let places = run.map { k -> Int in if case .gazetteer(let c) = mentions[k].target { return c[0] }; return -1 }
            let words = run.filter { k in PlaceLexicon.wordLikeShortNameTrie.longest(in: s, at: mentions[k].range.lowerBound, limit: mentions[k].range.upperBound)?.length == mentions[k].range.count }
            guard run.count - words.count >= 2, Set(places).count == places.count,
                  !places.contains(where: { a in places.contains { b in a != b && g.isWithin(b, a) } }),
                  let a = commonAncestor(places, g), !places.contains(a) else { return }
            for k in run { out[k] = a }
        }
        for (k, m) in mentions.enumerated() {
            guard case .gazetteer(let c) = m.target, c.count == 1 else { close(); continue }
            if let last = run.last {
                let gap = mentions[last].range.upperBound
                if !(m.range.lowerBound == gap + 1 && PlaceLexicon.listSeparators.contains(s[gap])) { close() }
            }
            run.append(k)
        }
        close()
        return out
    }

    static func commonAncestor(_ candidates: [Int], _ g: Gazetteer) -> Int? {
        guard let first = candidates.first else { return nil }
        for a in g.lineage(of: first) where candidates.allSatisfy({ g.isWithin($0, a) }) { return a }
        return nil
    }

    /// Whether `count` clauses or more open with a count of provinces (`5个省份已…`, `中西部22个省份有…`,
    /// ``PlaceLexicon/provinceCounts``), a part of the country (``PlaceLexicon/countryParts``) at most before it.
    static func provinceCountOpenings(_ s: [UInt32], atLeast count: Int) -> Bool {
        var found = 0, k = 0
        while k < s.count {
            guard NumberReader.isDigit(s[k]) || NumberReader.isChineseNumeral(s[k]) else { k += 1; continue }
            var start = k
            while k < s.count, NumberReader.isDigit(s[k]) || NumberReader.isChineseNumeral(s[k]) { k += 1 }
            // (3个省市级龙头企业, 2个省市共建园区: a level's adjective, no count of provinces)
            guard let row = PlaceLexicon.provinceCounts.longest(in: s, at: k, limit: s.count),
                  PlaceLexicon.levelCompoundTails.longest(in: s, at: k + row.length, limit: s.count) == nil else { continue }
            if let part = (max(0, start - PlaceLexicon.countryPartLength)..<start).first(where: { PlaceLexicon.countryParts.longest(in: s, at: $0, limit: start)?.length == start - $0 }) {
                start = part
            }
            if start == 0 || Outline.isClauseBreak(s[start - 1]) || Outline.sentenceEnds.contains(s[start - 1]) || s[start - 1] == NormalizedText.newline {
                found += 1
                if found >= count { return true }
            }
        }
        return false
    }
}
