import FupinCore

/// Places: the region path of each figure, from the report's own place, its sections, its sentences' mentions and their roles (helpers, origins, speakers).
extension DocumentScan {

    /// A heading naming a town sets the section's place; a label (`区农业和农村局:`) or a
    /// repeated title naming none, or naming the report's own place, resets it.
    func sectionPlace(_ mentions: [PlaceMention], _ range: Range<Int>, current: [String]?) -> [String]? {
        // (a table's cell on a line of its own holding only names, `彰北办事处屈王度村 |`: the row's place,
        // a village's too, for the cells after it)
        if Self.isPlaceCell(s, range, mentions), let p = Self.deepest(mentions.compactMap(attachable)), p != place.path { return p }
        for m in mentions {
            if case .sub(_, .village, _) = m.target { continue }   // captions name communities, not sections
            // (凤凰街道赴汕尾市军船头村对口帮扶: a place that goes to help elsewhere heads no section)
            if isHelper(m) || PlaceLexicon.visitorVerbs.longest(in: s, at: m.range.upperBound, limit: range.upperBound) != nil { continue }
            if let p = attachable(m), p != place.path { return p }
        }
        let isLabel = range.count > 0 && s[range.upperBound - 1] == 0x3A
        return isLabel || mentions.contains(where: place.isOwnPlace) ? nil : current
    }

    /// Whether a place is the last of a list of names, each right after the one before but for a join (``PlaceLexicon/listJoins``:
    /// `三强村、红星村`, `碛口镇和林家坪镇`): what the clause then says is of them all, not of the last.
    static func lastOfList(_ m: PlaceMention, _ s: [UInt32], _ places: SentencePlaces, _ sentence: Range<Int>) -> Bool {
        m.range.lowerBound - 1 > sentence.lowerBound && PlaceLexicon.listJoins.contains(s[m.range.lowerBound - 1])
            && places.all.contains { $0.mention.range.upperBound == m.range.lowerBound - 1 }
    }
    /// Whether `r` is one figure and its unit alone (`54户` in `小河村54户201人`): digits, then one or
    /// two Han characters.
    static func pairedFigureOnly(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, NumberReader.isDigitOrPoint(s[k]) { k += 1 }
        let unit = r.upperBound - k
        return k > r.lowerBound && NumberReader.isDigit(s[r.lowerBound]) && (1...2).contains(unit)
            && s[k..<r.upperBound].allSatisfy(NormalizedText.isHan)
    }

    /// Whether a bracket opened before `r` closes within it (more closing brackets than opening ones).
    static func asideCloses(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var depth = 0
        for k in r {
            if s[k] == FactContext.openBracket { depth += 1 } else if s[k] == FactContext.closeBracket { depth -= 1; if depth < 0 { return true } }
        }
        return false
    }

    /// Whether a line is one cell of a table (its text, then `|`) and the cell is names of places
    /// and nothing else, each running on from the one before.
    static func isPlaceCell(_ s: [UInt32], _ range: Range<Int>, _ mentions: [PlaceMention]) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, s[end - 1] == 0x20 { end -= 1 }
        guard end > range.lowerBound, s[end - 1] == TableCells.bar, let first = mentions.first else { return false }
        end -= 1
        while end > range.lowerBound, s[end - 1] == 0x20 { end -= 1 }
        var k = range.lowerBound
        while k < end, s[k] == 0x20 { k += 1 }
        guard first.range.lowerBound == k else { return false }
        for m in mentions where m.range.lowerBound == k { k = m.range.upperBound }
        return k == end
    }

    /// The places named in one sentence, with the deepest of them worked out once.
    struct SentencePlaces {
        let all: [(mention: PlaceMention, path: [String]?)]
        let deepest: [String]?
        /// Whether every place named is a helper (``DocumentScan/onlyHelpers(_:)``), read once a sentence.
        var onlyHelpers = false
        /// (The places taken as built, not mapped into a second array: measured with ``attachable(_:)``
        /// extending a path in place, 336.3 → 332.6 M instructions a pass over 400 reports.)
        init(_ all: [(mention: PlaceMention, path: [String]?)]) {
            self.all = all
            deepest = all.isEmpty ? nil : Self.sameOrDeepest(all)
        }

        /// ``DocumentScan/deepest(_:)`` of the paths, without gathering them into an array when they
        /// are one path (a sentence names one place, most often).
        static func sameOrDeepest(_ all: [(mention: PlaceMention, path: [String]?)]) -> [String]? {
            var first: [String]?
            for p in all {
                guard let path = p.path else { continue }
                if let f = first { if path != f { return DocumentScan.deepest(all.compactMap(\.path)) } } else { first = path }
            }
            return first ?? DocumentScan.deepest([])
        }
        /// A place at its fullest where the sentence names its town or county too
        /// (`壶关县桥上乡…所在地桥上村`: 桥上村 under 桥上乡).
        func fullest(_ p: [String]) -> [String] {
            if let d = deepest, d.count > p.count, d.last == p.last { return d }
            // 河北省魏县沙口集镇李家营村 in a report on 岚县: the village's town named with its own county
            if p.count >= 2, let t = all.first(where: { $0.path?.last == p[p.count - 2] && $0.path! != Array(p.dropLast()) })?.path {
                return t + [p[p.count - 1]]
            }
            return p
        }
    }

    /// `places` without those inside a parenthesis that does not hold the figure at `i` (read only
    /// for sentences with a parenthesis at all).
    @inline(never)
    static func outsideGlosses(_ s: [UInt32], _ places: SentencePlaces, figure i: Int, sentence: Range<Int>) -> SentencePlaces {
        let own = FactContext.enclosingParenthesis(s, i, sentence: sentence)
        func outside(_ p: (mention: PlaceMention, path: [String]?)) -> Bool {
            guard let g = FactContext.enclosingParenthesis(s, p.mention.range.lowerBound, sentence: sentence) else { return true }
            return g == own || Self.locatesEntity(s, open: g, sentence: sentence)
        }
        // (a new list made only where a place is left out)
        guard !places.all.allSatisfy(outside) else { return places }
        let kept = places.all.filter(outside)
        var out = SentencePlaces(kept)
        out.onlyHelpers = places.onlyHelpers
        return out
    }

    /// Whether the parenthesis opening at `open` holds only a place that locates the firm or body named right before it
    /// (`山东瑞丰发制品有限公司（古泉街道）`, `青花椒合作社（驷马镇）`): the place of what the firm did, no gloss.
    static func locatesEntity(_ s: [UInt32], open: Int, sentence: Range<Int>) -> Bool {
        guard open > sentence.lowerBound, PlaceLexicon.entityEnds.longestEnding(in: s, at: open, from: sentence.lowerBound, maxLength: PlaceLexicon.entityEndLength) != nil,
              let close = s[(open + 1)..<min(sentence.upperBound, open + 1 + PlaceLexicon.locatingPlaceLength)].firstIndex(of: FactContext.closeBracket),
              close > open + 1 else { return false }
        return s[(open + 1)..<close].allSatisfy(NormalizedText.isHan)
            && (PlaceLexicon.fullNameEnds.contains(s[close - 1]) || PlaceLexicon.villageOrTownEnds.contains(s[close - 1]))
    }

    /// Whether a national body announces the figure's count in its clause (`国务院扶贫办…公布了包括南皮县
    /// 在内的26个县已经脱贫摘帽`, `在2017年国务院扶贫办新公布的28个脱贫摘帽县中`): the count is the
    /// nation's, unless a place of the report's own is named between (`我省`, `该县`, a place not
    /// merely included, 包括…在内).
    static func nationAnnounces(_ s: [UInt32], clause: Range<Int>, before i: Int, places: SentencePlaces) -> Bool {
        guard let b = PlaceLexicon.nationalBody(in: s, clause.lowerBound..<i),
              let v = PlaceLexicon.announcingVerbs.firstMatch(in: s, b..<i) else { return false }
        let between = v.0..<i
        if PlaceLexicon.ownPlaceWords.firstMatch(in: s, between) != nil || PlaceLexicon.anaphora.firstMatch(in: s, between) != nil { return false }
        return !places.all.contains { p in
            between.contains(p.mention.range.lowerBound)
                && !(PlaceLexicon.inclusionOpens.longestEnding(in: s, at: p.mention.range.lowerBound, from: v.0, maxLength: 2) != nil
                     && PlaceLexicon.inclusionCloses.longest(in: s, at: p.mention.range.upperBound, limit: i) != nil)
        }
    }

    /// The place of a figure: one place named in its clause before it, else the one place
    /// named in its sentence, else the section's, else the report's.
    func regionPath(at i: Int, clause: Range<Int>, sentence: Range<Int>, places: SentencePlaces, section: [String]?,
                            ownWords: [(at: Int, level: Int)]) -> [String] {
        // 新识别贫困户12户55人(洪广镇11户53人,隆源村1户2人),2020年计划…261户: places in a parenthesis
        // break down the figure before it; they are no place of a figure outside it
        var places = places
        if !places.all.isEmpty, s[sentence].contains(FactContext.openBracket) { places = Self.outsideGlosses(s, places, figure: i, sentence: sentence) }
        // 全县累计投入…: the report's place at the level the word names (the sentence's words read once)
        // (全乡 in a village's report whose path holds its town: that town, ``townOfVillage(_:)``)
        // (…天生桥镇接待游客3.2万人次…。目前,全镇已有农家乐46家: not where a town is carried from the sentence before)
        let carriesTown = section?.last.map(PlaceLexicon.isTownName) == true
        func own(_ r: Range<Int>) -> [String]? { ownLevel(r) ?? townNamedBefore(r) ?? (carriesTown ? nil : townOfVillage(r)) }
        // (下南乡是全国唯一的毛南族聚居乡，全乡…存栏1.2万头: 全乡 after a town its sentence named earlier is that town)
        // (a town named first, asked before the words are looked for: most sentences name none)
        func townNamedBefore(_ r: Range<Int>) -> [String]? {
            guard places.all.contains(where: { $0.path?.last.map(PlaceLexicon.isTownName) == true }),
                  let (w, _) = PlaceLexicon.townWords.firstMatch(in: s, r),
                  let named = places.all.last(where: { $0.mention.range.upperBound <= w }), let p = named.path,
                  let last = p.last, PlaceLexicon.isTownName(last) else { return nil }
            return p
        }
        func ownLevel(_ r: Range<Int>) -> [String]? {
            // (占全省的15.3%: the whole a share is taken of is not the figure's place; the nation is the
            // figure's only as the subject of its clause: 销售至全国30多个城市, 比全国…高1.4个百分点 and
            // 经全国扶贫开发信息系统比对 are not)
            let clauseOnly = r.upperBound <= i
            func speaksOf(_ w: (at: Int, level: Int)) -> Bool {
                // (高于全省5.22个百分点, 比全市高: the place compared with is no subject either)
                // (安置了来自该县16个镇的搬迁群众: where people came from is not where they are counted)
                guard r.contains(w.at), PlaceLexicon.originMarks.longestEnding(in: s, at: w.at, from: max(0, w.at - 3), maxLength: 3) == nil,
                      !(w.at > 0 && (s[w.at - 1] == KindCues.zhan
                    || PlaceLexicon.comparedWith.longestEnding(in: s, at: w.at, from: max(0, w.at - 2), maxLength: 2) != nil)) else { return false }
                guard PlaceLexicon.ownPlaceLevels[w.level].isEmpty else { return true }
                // (对全国52个未摘帽贫困县…: the nation's word right before the figure counts the nation's, subject or not)
                // (not a destination's: 销售至全国30多个城市)
                if !(w.at > 0 && PlaceLexicon.nationDestinations.contains(s[w.at - 1])),
                   let len = PlaceLexicon.ownPlaceWords.longest(in: s, at: w.at, limit: i)?.length, w.at + len <= i,
                   s[(w.at + len)..<i].allSatisfy(PlaceLexicon.nationFigureGaps.contains) { return true }
                return clauseOnly && !(w.at > 0 && PlaceLexicon.notNationSubject.contains(s[w.at - 1]))
                    && PlaceLexicon.nationIsSubject(s, at: w.at, limit: sentence.upperBound)
            }
            // (the nearest before the figure: 作为我省十大工程之一,2016年全市拆迁26028户,…开工32851套)
            // (a word after the figure only in its own clause: …降至0.63%,在黑龙江全省率先实现 is a county's)
            guard let w = ownWords.last(where: { $0.at < i && speaksOf($0) }) ?? ownWords.first(where: { clause.contains($0.at) && speaksOf($0) }) else { return nil }
            // (我州小金县综合贫困发生率: a place named right after the word is the one it speaks of)
            if let len = PlaceLexicon.ownPlaceWords.longest(in: s, at: w.at, limit: sentence.upperBound)?.length,
               places.all.contains(where: { ($0.path != nil || place.isOwnPlace($0.mention)) && $0.mention.range.lowerBound == w.at + len
                                            && $0.mention.range.upperBound <= i }) { return nil }
            // (保山市…。龙陵县经过动态调整,新增贫困人口14018人,…全县共有80个贫困村: the county named
            // earlier in the sentence, in a report whose own place has no such level)
            // (商洛市柞水县…在金米村设立服务站,全县…: the last named that holds such a level, past a village the report's place
            // holds without it)
            for named in places.all.reversed() where named.mention.range.upperBound <= w.at && named.path != nil
                && !Self.asideCloses(s, named.mention.range.upperBound..<w.at) {
                if let p = ownPlace(level: w.level, carried: named.path!) { return p }
            }
            // (河北省政府工作报告显示，2019年全省25个贫困县…, 2019年，河北省…，全省…, 据河北省扶贫办统计,全省…: a province named in
            // full opening a clause before it in the sentence, outside the report's place too, is the one its 全省 speaks of; not
            // one inside a clause, a source, a helper or a place visited: 我省从广东省引进…,全省…, 在广东省的大力帮扶下,全省…)
            if PlaceLexicon.ownPlaceLevels[w.level] == PlaceLexicon.provinceLevel,
               let p = provinceOpeningClause(before: w.at, places: places, sentence: sentence) { return p }
            if let c = section, let p = ownPlace(level: w.level, carried: c) { return p }
            if let p = ownPaths.paths[w.level] { return p }
            let endings = PlaceLexicon.ownPlaceLevels[w.level]
            // (全国, 我国: the nation, above every place of ours)
            let p = endings.isEmpty ? [PlaceLexicon.country] : place.path(endingIn: endings, finder.gazetteer)
            ownPaths.paths[w.level] = .some(p)
            return p
        }
        // 连续7年来,我国每年减贫…,贫困人口从…9899万人减至…: the nation as the subject of an earlier
        // clause, opening it, speaks for the clauses after it that name no place
        func nationBefore() -> [String]? {
            guard let w = ownWords.first(where: { PlaceLexicon.ownPlaceLevels[$0.level].isEmpty && $0.at < clause.lowerBound && $0.at >= sentence.lowerBound }),
                  case let led = PlaceLexicon.nationLeads.longestEnding(in: s, at: w.at, from: sentence.lowerBound, maxLength: 2),
                  opensClause(w.at - (led?.length ?? 0), sentence: sentence),
                  // (放眼全国,截至去年底,…: a view over the nation its lead opens is its clause whole)
                  PlaceLexicon.nationIsSubject(s, at: w.at, limit: sentence.upperBound)
                    || led != nil && w.at + 2 < sentence.upperBound && Outline.isClauseBreak(s[w.at + 2])
                  else { return nil }
            return [PlaceLexicon.country]
        }
        if Self.nationAnnounces(s, clause: clause, before: i, places: places) { return [PlaceLexicon.country] }
        // (县委组织…观摩吉卫镇扶贫产业园,共组织160人参加: a clause counting the visitors of a place visited in another clause is the
        // organiser's; what the sentence says of the place is the place's, 考察了以勒镇,该镇2019年脱贫3200人)
        if PlaceLexicon.visitorWords.firstMatch(in: s, clause) != nil, PlaceLexicon.placeAgainWords.firstMatch(in: s, clause) == nil,
           places.all.contains(where: { m in !clause.contains(m.mention.range.lowerBound) && PlaceLexicon.isVisited(s, at: m.mention.range.lowerBound, from: sentence.lowerBound) }) {
            return own(clause.lowerBound..<i) ?? place.path
        }
        // (浙江、江苏、上海分别投入24.9亿元、20.6亿元和20.3亿元: places listed before 分别, as many as the figures after it, each its own)
        if let p = respectivePlace(at: i, sentence: sentence, places: places) { respectiveFigure = i; return p }
        guard !places.all.isEmpty else { return own(clause.lowerBound..<i) ?? nationBefore() ?? section ?? own(sentence) ?? place.path }
        // 凤凰街道自2016年对口该村开展帮扶,…已帮助60户150人…: a sentence whose only places are
        // helpers speaks of the place helped, the one in force
        if places.onlyHelpers { return own(clause.lowerBound..<i) ?? section ?? place.path }
        // 三都县、罗甸县、长顺县等3个县: a count after 等 counts the places listed, none of them
        // (贵德县统筹团结村等8个邻近村: the place heading the clause, where one does, before the list)
        // (会宁县、通渭县、静宁县3县: right after the list's last item, 等 left out)
        if i > sentence.lowerBound, let listed = s[i - 1] == Self.deng ? places.all.first(where: { $0.mention.range.upperBound == i - 1 })
            : places.all.first(where: { p in p.mention.range.upperBound == i && p.mention.range.lowerBound > sentence.lowerBound
                                        && s[p.mention.range.lowerBound - 1] == NumberReader.listComma
                                        && places.all.contains { $0.mention.range.upperBound == p.mention.range.lowerBound - 1 } }) {
            // (not the list's first item: 在当顺乡古什当村、康杨镇城上村等4个区域)
            let before = places.all.last { p in
                p.path != nil && clause.contains(p.mention.range.lowerBound) && p.mention.range.upperBound < listed.mention.range.lowerBound
                    && !PlaceLexicon.listSeparators.contains(s[p.mention.range.upperBound])
                    && !places.all.contains { $0.mention.range.lowerBound == p.mention.range.upperBound }
            }
            return before?.path ?? section ?? place.path
        }
        // a place heading the figure's item of a list is its own: 宁明县83%、龙州县82.06%;
        // 贵州省(24个)、吉林省(8个) — even a place outside the report's
        // (a place outside the report only in a list: 江干区工会疗休养团40批…赴恩施 is the report's)
        let item = Outline.clause(s, around: i, in: sentence, listsSplit: true)
        let inList = item != clause
        if let m = places.all.last(where: { $0.mention.range.upperBound <= i && item.contains($0.mention.range.lowerBound) }),
           !isHelper(m.mention) || locativeHead(before: i, sentence: sentence, places: places) == nil,
           // (not the last of a list of names alone: 在三强村、红星村建成…基地1200亩 is both villages')
           !Self.lastOfList(m.mention, s, places, sentence),
           // (小河村54户201人: the figure paired before this one, its digits and unit, stands between)
           !s[m.mention.range.upperBound..<i].contains(where: NumberReader.isDigit) || Self.pairedFigureOnly(s, m.mention.range.upperBound..<i),
           // (or right before it: 结对帮扶贵州省纳雍县3个贫困村 counts 纳雍县's villages)
           let path = m.path ?? ((inList || m.mention.range.upperBound == i) && PlaceLexicon.fullNameEnds.contains(s[m.mention.range.upperBound - 1]) ? namedPath(m.mention) : nil) {
            return places.fullest(path)
        }
        // 康平7418人、新民1854人: an item named by the stem of a county of the report's prefecture
        // whose short name the gazetteer keeps back as an everyday word (新民) is that county
        if inList, let p = stemCounty(item.lowerBound..<i, places: places) { return p }
        // 索县6户、34人: an item that is the figure alone goes with the item before it, and its place
        if inList, item.lowerBound == i, item.lowerBound - 1 > sentence.lowerBound, s[item.lowerBound - 1] == NumberReader.listComma {
            let before = Outline.clause(s, around: item.lowerBound - 2, in: sentence, listsSplit: true)
            if let m = places.all.last(where: { before.contains($0.mention.range.lowerBound) && $0.mention.range.upperBound <= before.upperBound }),
               s[m.mention.range.upperBound..<before.upperBound].first.map(NumberReader.isDigit) == true,
               let path = m.path ?? (PlaceLexicon.fullNameEnds.contains(s[m.mention.range.upperBound - 1]) ? namedPath(m.mention) : nil) {
                return places.fullest(path)
            }
        }
        // 在四川凉山,佛山援建的安全住房…4.1万名; 在云南昭通,31个…: a segment opened by 在 and a
        // place speaks of that place, even one outside the report's (an aid report's recipients);
        // a helper named in the clause does not move it
        // 300万元用于淇滩镇三壶瓶村玫瑰产业: money for a place named after it (用于, 支援) is that
        // place's, the last of a chain of names (淇滩镇三壶瓶村)
        if let r = places.all.firstIndex(where: { $0.mention.range.lowerBound >= i && clause.contains($0.mention.range.lowerBound) }),
           receivesAid(places.all[r].mention, sentence: sentence) {
            var k = r
            while k + 1 < places.all.count, places.all[k + 1].mention.range.lowerBound == places.all[k].mention.range.upperBound { k += 1 }
            // (outside the report's place only by a full name: 用于安居扶贫工程 names no 安居区)
            let m = places.all[k].mention
            if let path = places.all[k].path ?? (PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) ? namedPath(m) : nil) {
                return places.fullest(path)
            }
        }
        // 福建省累计向西吉县援助资金5.6亿元: the place money is given to (向 and a verb of giving after it) is the
        // money's, not the giver's (向福建转移就业3200人 sends people: no giving)
        // (福建累计向宁夏投入: a province by its short name too, which no everyday word is)
        if let r = places.all.last(where: { $0.mention.range.upperBound <= i && clause.contains($0.mention.range.lowerBound) && givenTo($0.mention, before: i) }),
           let path = r.path ?? (PlaceLexicon.fullNameEnds.contains(s[r.mention.range.upperBound - 1]) || namesProvince(r.mention) ? namedPath(r.mention) : nil) {
            return places.fullest(path)
        }
        // 龙泉镇发展种植业,全县带动860户: the clause speaks of the report's own place
        if !places.all.contains(where: { $0.path != nil && $0.mention.range.upperBound <= i && clause.contains($0.mention.range.lowerBound) }),
           let p = own(clause.lowerBound..<i) { return p }
        let head = locativeHead(before: i, sentence: sentence, places: places)
        if let h = head, !places.all.contains(where: { $0.path != nil && $0.mention.range.lowerBound >= h.end
                                                     && $0.mention.range.upperBound <= i && clause.contains($0.mention.range.lowerBound) && !isHelper($0.mention) }) {
            return places.fullest(h.path)
        }
        // the places named before it in its clause: one (or one chain, 花垣县双龙镇) decides
        var first: [String]?, uniform = true
        // (an item of a list names none of the list's figures alone: 统筹团结村等8个村的250户 is 贵德县's)
        // (nor a place in an aside closed before the figure: …5个贫困县(其中,会泽县为深度贫困县)、50个贫困乡)
        // (nor a place the clause receives from: 都安县今年共获得深圳市财政援助资金1.52亿元)
        // (nor the last item of a list of names: 在三强村、红星村建成…基地1200亩 is both villages', their town's)
        for p in places.all where p.mention.range.upperBound <= i && clause.contains(p.mention.range.lowerBound)
                                  && !PlaceLexicon.listSeparators.contains(s[p.mention.range.upperBound]) && !Self.lastOfList(p.mention, s, places, sentence)
                                  && !Self.asideCloses(s, p.mention.range.upperBound..<i) && !isSource(p.mention, clause: clause) {
            // (用于陕西深度贫困县…: a place receiving aid, even outside the report's, the last named
            // before the figure: 对口帮扶贵州省(24个)、吉林省(8个)等4个省 counts the list)
            guard let path = p.path ?? (receivesAid(p.mention, sentence: sentence)
                                        && !places.all.contains(where: { $0.mention.range.lowerBound >= p.mention.range.upperBound && $0.mention.range.upperBound <= i })
                                        ? namedPath(p.mention) : nil)
                             ?? subjectProvince(p.mention, clause: clause, places: places) else { continue }
            if let f = first {
                if path.count > f.count, path.starts(with: f) { first = path }
                else { uniform = uniform && f.starts(with: path) }
            } else { first = path }
        }
        if let f = first, uniform { return places.fullest(f) }
        // (碛口镇、林家坪镇修建产业路38公里: a list's places, its last one among them, are the figure's together, at the
        // place holding them all)
        if first == nil, let last = places.all.last(where: { $0.path != nil && $0.mention.range.upperBound <= i && clause.contains($0.mention.range.lowerBound)
                                                            && Self.lastOfList($0.mention, s, places, sentence) && !Self.asideCloses(s, $0.mention.range.upperBound..<i) }) {
            var common = last.path!
            var k = last.mention.range.lowerBound - 1
            while let p = places.all.last(where: { $0.mention.range.upperBound == k }), let path = p.path {
                common = Array(zip(common, path).prefix { $0.0 == $0.1 }.map(\.0))
                guard p.mention.range.lowerBound - 1 > sentence.lowerBound, PlaceLexicon.listJoins.contains(s[p.mention.range.lowerBound - 1]) else { break }
                k = p.mention.range.lowerBound - 1
            }
            // (九襄镇…。…在三强村、新建村建成…: the town the paragraph speaks of, where it may hold them, villages; not towns
            // beside it, 碛口镇…。林家坪镇、三交镇修建…)
            if let c = section, c.count > common.count, c.starts(with: common), last.path!.last.map(PlaceLexicon.isVillageName) == true,
               c.last.map(PlaceLexicon.isTownName) == true { return c }
            // (the report's own place, or one holding it: 临县碛口镇's report, 林家坪镇、三交镇修建… is 临县's)
            if !common.isEmpty, common.count >= place.path.count || place.path.starts(with: common) { return common }
        }
        // 河南2013年贫困发生率是8.79%,如今…下降至0.41%: a province heading the sentence as its subject
        // speaks for its later clauses that name no place
        if first == nil, let m = places.all.first, m.mention.range.lowerBound == sentence.lowerBound, m.mention.range.upperBound <= clause.lowerBound,
           !places.all.contains(where: { $0.mention.range.lowerBound > m.mention.range.lowerBound && $0.mention.range.upperBound <= i }),
           let p = subjectProvince(m.mention, clause: Outline.clause(s, around: sentence.lowerBound, in: sentence), places: places) {
            return p
        }
        // 其中,闽宁镇是一个纯移民地区,现辖6个村民委员会,…4.4万人: a place of the report's opening an
        // earlier clause of the sentence as its subject (a predicate, not a list, after it) speaks
        // for the later clauses that name no place; the latest such clause decides
        // (not one inside an aside closed before the figure: 全市有5个贫困县(其中,会泽县、宣威市为深度贫困县)、50个贫困乡)
        if first == nil, let m = places.all.last(where: { p in
            p.path != nil && p.mention.range.upperBound < clause.lowerBound && opensClause(p.mention.range.lowerBound, sentence: sentence)
                && !Self.asideCloses(s, p.mention.range.upperBound..<clause.lowerBound)
                && !Outline.isClauseBreak(s[p.mention.range.upperBound]) && !PlaceLexicon.listSeparators.contains(s[p.mention.range.upperBound])
                && !places.all.contains { $0.mention.range.lowerBound == p.mention.range.upperBound } && !isHelper(p.mention)
        }), !places.all.contains(where: { $0.mention.range.lowerBound > m.mention.range.upperBound && $0.mention.range.upperBound <= i }) {
            return places.fullest(m.path!)
        }
        // 全乡有贫困户1024户…,是渭源县…: a word for the place spoken of (全乡, 该村) before the
        // figure keeps it against a place named only after the figure
        if first == nil, let carried = section, !places.all.contains(where: { $0.mention.range.upperBound <= i }),
           PlaceLexicon.anaphora.firstMatch(in: s, sentence.lowerBound..<i) != nil { return carried }
        // 2019年,广西减少农村贫困人口68万人,贫困发生率下降到1.24%,百色市田东县等20个贫困县摘帽:
        // the report's own place named before the figure in its sentence, and no deeper place
        // before it, is its place, not a deeper one named after it
        if first == nil, let m = places.all.last(where: { $0.mention.range.upperBound <= i
                                                        && !PlaceLexicon.listSeparators.contains(s[$0.mention.range.upperBound]) && place.isOwnPlace($0.mention)
                                                        && !isSource($0.mention, clause: clause) }),
           !places.all.contains(where: { $0.path != nil && $0.mention.range.upperBound <= i }) {
            return place.path(namedBy: m.mention, finder.gazetteer)
        }
        // 100亩脐橙漫山遍野,…这是乌当区羊昌镇黄连村实施产业扶贫后的景象: a later clause opened by
        // 这是 names the place of the scene before it, where nothing before the figure names one
        if first == nil, !places.all.contains(where: { $0.mention.range.upperBound <= i }),
           let c = sceneClause(after: i, sentence: sentence),
           let d = Self.deepest(places.all.filter { c.contains($0.mention.range.lowerBound) }.compactMap(\.path)),
           d.count > place.path.count { return d }
        // (not a place named only in a later clause: 全镇建档立卡贫困户755户,其中…;…,平顶村摘帽)
        // (nor one in an aside closed before the figure)
        func open(_ p: (mention: PlaceMention, path: [String]?)) -> Bool {
            p.mention.range.upperBound > i || !Self.asideCloses(s, p.mention.range.upperBound..<i)
        }
        if first == nil, let deepest = places.all.allSatisfy({ $0.mention.range.lowerBound < clause.upperBound && open($0) }) ? places.deepest
            : Self.deepest(places.all.filter { $0.mention.range.lowerBound < clause.upperBound && open($0) }.compactMap(\.path)) { return deepest }
        // 者密镇的…,每年有50余名乡亲跟随他到广州从事环卫: a place people go to (到, 赴, 前往) is
        // their destination, not the figure's place, where the places named disagree
        // (nor a place heading a firm's name: 现为广州市安美物业服务有限公司环卫工人主管)
        if first == nil, places.all.count > 1, let d = Self.deepest(places.all.compactMap { p in
            PlaceLexicon.isDestination(s, at: p.mention.range.lowerBound, from: sentence.lowerBound)
                || firmHead(after: p.mention.range.upperBound, in: sentence) != nil ? nil : p.path
        }) { return d }
        // a sentence naming the report's own place (全县…, 会宁县扶贫办…) leaves the section
        // (not where it heads a firm's name: …同时成立了安龙县感恩合作社, in a village's report)
        // (nor where people move to: 全村23户贫困户搬进了沿河县城的安置点, in a report on a village of 沿河县)
        if let m = places.all.first(where: { place.isOwnPlace($0.mention) && firmHead(after: $0.mention.range.upperBound, in: sentence) == nil
                                             && !PlaceLexicon.isDestination(s, at: $0.mention.range.lowerBound, from: sentence.lowerBound) }) {
            return place.path(namedBy: m.mention, finder.gazetteer)
        }
        return section ?? own(sentence) ?? place.path
    }

    /// The clause after `i` that a scene's demonstrative opens (``PlaceLexicon/sceneOpeners``: `这是`
    /// after any mark that is no Han character: a clause's break, an ellipsis, a quote), up to the
    /// sentence's end.
    func sceneClause(after i: Int, sentence: Range<Int>) -> Range<Int>? {
        guard let m = PlaceLexicon.sceneOpeners.firstMatch(in: s, i..<sentence.upperBound),
              m.0 > sentence.lowerBound, !NormalizedText.isHan(s[m.0 - 1]) else { return nil }
        return m.0..<sentence.upperBound
    }

    /// The place a sentence opened by a scene's demonstrative names (`……这是黄连村实施产业扶贫后
    /// 的景象。`) for the sentence before it, which its ellipsis ended: the deepest it names, below
    /// the report's.
    func scenePlace(after r: Range<Int>, next: Range<Int>, _ lineMentions: [PlaceMention]) -> [String]? {
        guard r.upperBound == next.lowerBound, s[r.upperBound - 1] == Self.ellipsis,
              PlaceLexicon.sceneOpeners.longest(in: s, at: next.lowerBound, limit: next.upperBound) != nil else { return nil }
        let inside = lineMentions.filter { next.contains($0.range.lowerBound) }
        guard let d = sentencePlaces(inside, next).deepest, d.count > place.path.count else { return nil }
        return d
    }
    static let ellipsis: UInt32 = 0x2026   // …

    /// `兰考县、滑县…;贫困发生率分别为0.46%、0.69%`: figures of one measure after `分别`, as many as
    /// the places listed before it in the sentence (names joined by 、和及与), are each its place's,
    /// in the list's order. Where the sentence lists none, a count of places right before `分别`
    /// (`4县分别脱贫1.94万人、…`) refers to the list an earlier sentence of the line named, when
    /// it has as many: its places take the figures, and the count (returned: where it starts, as
    /// stored) is those places again, no figure.
    /// `each`: where the sentence's 分别 stands.
    func respectivePlaces(_ facts: inout [Fact], since first: Int, each: Int, places: SentencePlaces?, earlier: [[String]]?) -> Int? {
        var listed = places.map { listedPlaces($0, before: each) } ?? []
        var count: (value: Int, start: Int)?
        if listed.count < 2, let earlier, let c = Self.placeCount(s, before: each), c.value == earlier.count { listed = earlier; count = c }
        guard listed.count >= 2, Set(listed).count == listed.count else { return nil }
        let after = norm.storedRange(from: each, to: each + 1).0
        let following = facts[first...].indices.filter { facts[$0].start >= after }
        guard let m = following.first.map({ facts[$0].measure }) else { return nil }
        // (…0.77万人,总计逾10万人: a figure in a later clause is no item of the list)
        let clause = following.first.flatMap { $0 < figureSpans.count ? figureSpans[$0].clause : nil }
        let run = following.prefix { facts[$0].measure == m && ($0 >= figureSpans.count || figureSpans[$0].clause == clause) }
        guard run.count == listed.count else { return nil }
        for (k, j) in run.enumerated() {
            facts[j].regionPath = RegionPath(listed[k]); facts[j].region = listed[k].last
        }
        return count.map { norm.storedRange(from: $0.start, to: $0.start + 1).0 }
    }

    /// The last run of named places before `end` in a sentence, each right after the one before
    /// but for a separator: the list a `分别` takes its places from.
    func listedPlaces(_ places: SentencePlaces, before end: Int) -> [[String]] {
        guard places.all.count >= 2 else { return [] }
        var listed: [[String]] = []
        var last = -1, first = 0
        for p in places.all where p.mention.range.upperBound <= end {
            // (滑县 beside 兰考县 in a report on 兰考: a full name outside the report's place is read too, and a province's
            // short name: 浙江、江苏、上海分别投入10、20和30亿元)
            guard let path = p.path ?? (PlaceLexicon.fullNameEnds.contains(s[p.mention.range.upperBound - 1]) || namesProvince(p.mention) ? namedPath(p.mention) : nil)
            else { listed = []; last = -1; continue }
            let joined = last >= 0 && p.mention.range.lowerBound - last == 1 && PlaceLexicon.listSeparators.contains(s[last])
            if !joined { listed = []; first = p.mention.range.lowerBound }
            listed.append(path); last = p.mention.range.upperBound
        }
        // (向浙江、江苏、广东分别输送…: a list of places where things go, or compared with, owns no figure)
        return listed.count >= 2 && PlaceLexicon.inRole(s, placeAt: first, end: last, from: 0, limit: s.count) ? [] : listed
    }

    /// A count of places right before `end` (`4县`, `四个县`, `这三个村`): its value and where its
    /// numeral starts.
    static func placeCount(_ s: [UInt32], before end: Int) -> (value: Int, start: Int)? {
        var k = end
        while k > 0, end - k < PlaceLexicon.placeCountNounLength, TrapLexicon.placeNounChars.contains(s[k - 1]) { k -= 1 }
        guard k < end, k > 0 else { return nil }
        if s[k - 1] == NumberReader.ge { k -= 1 }
        var digits = k
        while digits > 0, NumberReader.isDigit(s[digits - 1]) { digits -= 1 }
        if digits < k {
            guard k - digits <= 2, let v = NormalizedText.integer(s[digits..<k]) else { return nil }
            return (v, digits)
        }
        guard k > 0, let v = NumberReader.chineseDigits[s[k - 1]], v >= 2 else { return nil }
        return (Int(v), k - 1)
    }

    /// `地区生产总值74.3亿元,…农村居民人均可支配收入9555元,年均增幅分别为6.68%、…、12%`: shares
    /// after `分别`, as many as the figures of one measure right before it, each file under the
    /// topic of the figure they stand for, in order.
    func respectiveTopics(_ facts: inout [Fact], since first: Int, each: Int) {
        let after = norm.storedRange(from: each, to: each + 1).0
        let following = facts[first...].indices.filter { facts[$0].start >= after }
        guard let f = following.first, facts[f].measure == .percent else { return }
        let run = following.prefix { facts[$0].measure == .percent }
        let before = facts[first..<f].indices.filter { facts[$0].end <= after }
        guard let last = before.last, facts[last].measure != .percent, run.count >= 2 else { return }
        let m = facts[last].measure
        let listed = Array(before.reversed().prefix { facts[$0].measure == m }.reversed())
        guard listed.count == run.count else { return }
        for (j, k) in zip(run, listed) { facts[j].topic = facts[k].topic; facts[j].topicCue = facts[k].topicCue }
    }

    /// The province a later 全省 speaks of: of the provinces named in full before `end` that open a clause of the sentence
    /// (``opensClause(_:sentence:afterSource:)``), the last whose clause speaks (`…赴青海省学习,青海省扶贫开发局负责人介绍,全省…` is
    /// 青海省, ``PlaceLexicon/speakingWords``), else the report's own (`贵州省扶贫办主任介绍,广东省投入帮扶资金12亿元,全省…` is
    /// 贵州省), else the last (`2019年,广东省对口帮扶云南省,云南省扶贫办统计显示,全省…` is 云南省).
    func provinceOpeningClause(before end: Int, places: SentencePlaces, sentence: Range<Int>) -> [String]? {
        var last: [String]?, own: [String]?
        for m in places.all.reversed() where m.mention.range.upperBound <= end {
            let r = m.mention.range
            guard PlaceLexicon.fullNameEnds.contains(s[r.upperBound - 1]), opensClause(r.lowerBound, sentence: sentence, afterSource: true) else { continue }
            guard let p = m.path ?? namedPath(m.mention), p.count == 1 else { continue }
            let clause = Outline.clause(s, around: r.lowerBound, in: sentence)
            // (the speaking word closing the clause, 负责人介绍, — not 广东省说到做到 — and no province opening a clause after it:
            // 浙江省扶贫干部说,四川省凉山州变化很大,全省… speaks of 四川's)
            if last == nil, PlaceLexicon.speakingWords.longestEnding(in: s, at: clause.upperBound, from: r.upperBound, maxLength: PlaceLexicon.speakingWordLength) != nil { return p }
            if own == nil, p.first == place.path.first { own = p }
            if last == nil { last = p }
        }
        return own ?? last
    }

    /// Whether `k` opens a clause of the sentence: its start, right after a clause mark (not a
    /// list's `、`: 宁明县83%、龙州县82.06%), or after `其中` (`其中,闽宁镇是…`).
    /// (`afterSource`: or after a word citing where the news comes from, `据河北省扶贫办统计`)
    func opensClause(_ k: Int, sentence: Range<Int>, afterSource: Bool = false) -> Bool {
        if k == sentence.lowerBound || Outline.isClauseBreak(s[k - 1]) && s[k - 1] != NumberReader.listComma { return true }
        if afterSource, let c = PlaceLexicon.citingLeads.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2),
           opensClause(k - c.length, sentence: sentence) { return true }
        return k - 2 >= sentence.lowerBound && KindCues.opensQizhong(s, at: k - 2, limit: k)
    }

    /// The county of the report's prefecture named by `r`'s two or three characters and a
    /// county's suffix (`新民` → 新民市), when exactly one is.
    /// Asked only where the sentence names a county of that prefecture (the list's other items):
    /// most list items are no places, and the lookups build strings.
    func stemCounty(_ r: Range<Int>, places: SentencePlaces) -> [String]? {
        guard (2...3).contains(r.count), place.path.count >= 2, s[r].allSatisfy(NormalizedText.isHan) else { return nil }
        let prefecture = Array(place.path.prefix(2))
        guard places.all.contains(where: { $0.path.map { $0.count == 3 && $0.starts(with: prefecture) } ?? false }) else { return nil }
        let g = finder.gazetteer
        guard let pref = g.lookup(prefecture[1]).first(where: { g.path(of: $0) == prefecture }) else { return nil }
        let stem = NormalizedText.string(s[r])
        let found = PlaceLexicon.countySuffixes.flatMap { g.lookup(stem + $0) }.filter { g.isWithin($0, pref) && $0 != pref }
        return found.count == 1 ? g.path(of: found[0]) : nil
    }

    /// The place of the figure at `i` where places listed before a distributing word (`分别`, `依次`, `各有`: ``KindCues/distributing``)
    /// are as many as the figures after it (`浙江、江苏、上海分别投入24.9亿元、20.6亿元和20.3亿元`): the place at the figure's rank;
    /// nil where the counts differ or no such list stands.
    func respectivePlace(at i: Int, sentence: Range<Int>, places: SentencePlaces) -> [String]? {
        // (looked for once a sentence, and taken within a reach of the figure)
        // (…减贫人数分别为…;宁陕县、镇坪县贫困发生率分别降至14.6%和13.9%: the last before the figure, a sentence may hold two)
        if respectivelyAt?.sentence != sentence {
            var words: [(at: Int, length: Int)] = []
            var from = sentence.lowerBound
            while let w = KindCues.distributingWord(in: s, from..<sentence.upperBound) { words.append(w); from = w.at + w.length }
            respectivelyAt = (sentence, words)
        }
        guard let (p, len) = respectivelyAt?.words.last(where: { $0.at + $0.length <= i }), i - p <= Self.respectiveWindow else { return nil }
        // the run of names before 分别, joined by 、 和 与 及 alone; else the places its ;-part names before it, each heading an
        // item of its own (其中双龙镇3260万元、雅酉镇2870万元,分别比2015年增长41%和37%)
        var part = p
        while part > max(sentence.lowerBound, p - Self.respectiveWindow), s[part - 1] != FactContext.semicolon { part -= 1 }
        let before = places.all.filter { $0.mention.range.upperBound <= p && $0.mention.range.lowerBound >= part }
            .sorted { $0.mention.range.lowerBound < $1.mention.range.lowerBound }
        guard let last = before.last else { return nil }
        var list = [last]
        for m in before.dropLast().reversed() {
            guard m.mention.range.upperBound <= list[0].mention.range.lowerBound else { break }   // (names read inside one another)
            let gap = s[m.mention.range.upperBound..<list[0].mention.range.lowerBound]
            guard gap.count <= 1, gap.allSatisfy(PlaceLexicon.listJoins.contains) else { break }
            list.insert(m, at: 0)
        }
        if list.count < 2 || p - last.mention.range.upperBound > Self.respectiveReach { list = before }
        // (我县向浙江、江苏、广东分别输送…, 与浙江、江苏相比…分别低…: places where things go or compared with own no figure)
        guard list.count >= 2, !PlaceLexicon.inRole(s, placeAt: list[0].mention.range.lowerBound, end: list[list.count - 1].mention.range.upperBound, from: sentence.lowerBound,
                                                    limit: sentence.upperBound) else { return nil }
        // the figures after 分别, to the end of its ;-part: their starts
        var end = p + len
        while end < min(sentence.upperBound, p + Self.respectiveWindow), s[end] != FactContext.semicolon { end += 1 }
        var starts: [Int] = []
        var k = p + len
        while k < end {
            guard NumberReader.isDigit(s[k]), k == p + len || !(NumberReader.isDigitOrPoint(s[k - 1]) || s[k - 1] == NumberReader.groupComma) else { k += 1; continue }
            // (比2015年增长: a year is no figure)
            if YearResolver.yearFollows(s, at: k, limit: end) { k += YearResolver.yearWithMarker; continue }
            starts.append(k); k += 1
        }
        guard starts.count == list.count, let rank = starts.firstIndex(of: i) else { return nil }
        let m = list[rank]
        return m.path ?? (PlaceLexicon.fullNameEnds.contains(s[m.mention.range.upperBound - 1]) || namesProvince(m.mention) ? namedPath(m.mention) : nil)
    }
    /// How far before 分别 a list's last name may end (`浙江、江苏、上海三省分别…`).
    static let respectiveReach = 6
    /// How far before a figure its 分别 may stand: a list's figures and their nouns, a few clauses (a 分别 early in a long
    /// sentence governs none of its later clauses' figures).
    static let respectiveWindow = 120

    /// The town of a village's report (`凤山县砦牙乡德胜村`) where `r` speaks of its town (`全乡`, `该镇`): the report's
    /// path up to the town; nil in any other report.
    func townOfVillage(_ r: Range<Int>) -> [String]? {
        guard let last = place.path.last, PlaceLexicon.isVillageName(last), let k = place.path.lastIndex(where: PlaceLexicon.isTownName),
              PlaceLexicon.townWords.firstMatch(in: s, r) != nil else { return nil }
        return Array(place.path[...k])
    }

    /// The place a word for a level (`全县`) speaks of when the report's own place has no such
    /// level and a place named before does: that place's name at the level (a province's report,
    /// `保定市阜平县…。全县…` is 阜平县); nil otherwise.
    func ownPlace(level: Int, carried: [String]) -> [String]? {
        let endings = PlaceLexicon.ownPlaceLevels[level].unicodeScalars
        func ends(_ name: String) -> Bool { name.unicodeScalars.last.map(endings.contains) ?? false }
        guard !endings.isEmpty, !place.path.contains(where: ends), let k = carried.lastIndex(where: ends), k >= place.path.count else { return nil }
        return Array(carried[...k])
    }

    /// The place a figure's segment (its sentence, or the `;`-part of it) opens with, and where
    /// the run of names ends: `在` and names, then a clause mark (`在云南昭通,`), a place even
    /// outside the report's; or names of the report's places as the segment's subject, after a
    /// `其中,` or not (`其中,龙泉镇新建…,带动贫困户860户;锁南镇发展…`).
    func locativeHead(before i: Int, sentence: Range<Int>, places: SentencePlaces) -> (path: [String], end: Int)? {
        var start = Outline.segment(s, around: i, in: sentence).lowerBound
        if start + 2 < i, KindCues.opensQizhong(s, at: start, limit: i) {
            start += 2
            if Outline.isClauseBreak(s[start]) { start += 1 }
        }
        let locative = s[start] == PlaceLexicon.zai
        if locative { start += 1 }
        // the run of names from `start` without a gap, the longest at each step (龙泉镇 over 龙泉)
        // (most segments open with no name: the mentions are sorted only when one does)
        guard places.all.contains(where: { $0.mention.range.lowerBound == start }) else { return nil }
        var end = start, last: (mention: PlaceMention, path: [String]?)?
        let sorted = places.all.sorted(by: { $0.mention.range.lowerBound < $1.mention.range.lowerBound })
        for p in sorted where p.mention.range.lowerBound >= start {
            if p.mention.range.lowerBound > end { break }
            if p.mention.range.upperBound > end { last = p; end = p.mention.range.upperBound }
        }
        guard let m = last, end < i else { return nil }
        // (东岳村、晏岗村等12个村发展乡村旅游,…: the first of a list heads no segment; the place holding the list's places
        // does, where the report's own place does not already: 龙泉关镇骆驼湾村、顾家台村将获得… is 龙泉关镇's)
        if end < i, s[end] == NumberReader.listComma {
            var listed: [[String]] = m.path.map { [$0] } ?? []
            var k = end
            for p in sorted where p.mention.range.lowerBound > end {
                guard p.mention.range.lowerBound == k + 1, s[k] == NumberReader.listComma, p.mention.range.upperBound < i, var path = p.path else { break }
                // (龙泉关镇骆驼湾村、顾家台村: a village listed after one its town heads is that town's too)
                if case .sub(_, .village, _) = p.mention.target, let first = listed.first, first.count > path.count, let v = path.last { path = first.dropLast() + [v] }
                listed.append(path); k = p.mention.range.upperBound
            }
            guard listed.count >= 2, var common = listed.first else { return nil }
            for p in listed.dropFirst() { common = Array(zip(common, p).prefix { $0.0 == $0.1 }.map(\.0)) }
            return common.count > place.path.count ? (common, k) : nil
        }
        if locative {
            guard Outline.isClauseBreak(s[end]), let path = m.path ?? namedPath(m.mention) else { return nil }
            return (path, end)
        }
        guard !isHelper(m.mention) else { return nil }
        if let path = m.path { return (path, end) }
        // 四川省凉山彝族自治州是…,曾有贫困村2072个: a segment whose subject is one of the report's
        // own larger places, named in full, speaks of that place
        // (not an organ of it: 安徽省委办公厅帮扶…)
        guard PlaceLexicon.fullNameEnds.contains(s[end - 1]), let a = ancestor(m.mention),
              PlaceLexicon.organisations.longest(in: s, at: end, limit: i) == nil else { return nil }
        return (finder.gazetteer.path(of: a), end)
    }

    /// The gazetteer place a mention names when it contains the report's place (`凉山州` in a report
    /// on 昭觉县).
    func ancestor(_ m: PlaceMention) -> Int? {
        guard case .gazetteer(let candidates) = m.target, let e = place.entry else { return nil }
        let g = finder.gazetteer
        return candidates.first { $0 != e && g.isWithin(e, $0) }
    }

    /// The first two characters of a firm's name right after a place (`新民镇|长丰正果业合作社`): Han
    /// characters up to the end of a firm's name (``PlaceLexicon/firmEnds``), at least two before it.
    func firmHead(after mentionEnd: Int, in sentence: Range<Int>) -> (UInt32, UInt32)? {
        let start = mentionEnd < sentence.upperBound && s[mentionEnd] == TrapLexicon.openQuote ? mentionEnd + 1 : mentionEnd   // “美地花田农场”
        let limit = min(sentence.upperBound, start + PlaceLexicon.firmNameReach)
        var k = start + 2
        guard k < limit, NormalizedText.isHan(s[start]), NormalizedText.isHan(s[start + 1]) else { return nil }
        while k < limit, NormalizedText.isHan(s[k]) {
            if PlaceLexicon.firmEnds.longest(in: s, at: k, limit: limit) != nil { return (s[start], s[start + 1]) }
            k += 1
        }
        return nil
    }

    /// Whether every place a sentence of the help names (``PlaceLexicon/helpWords``) is one the report pairs
    /// as a helper (`湖里区投入财政帮扶资金4150万元` in a report of its help to 积石山): the helped place's figures.
    func pairedHelpersOnly(_ places: SentencePlaces, _ r: Range<Int>) -> Bool {
        guard !place.helpers.isEmpty, !places.all.isEmpty,
              places.all.allSatisfy({ p in if case .gazetteer(let c) = p.mention.target { return c.contains(where: place.helpers.contains) }; return false })
        else { return false }
        return PlaceLexicon.helpWords.firstMatch(in: s, r) != nil
    }

    /// Whether a helper verb follows a place named in the text (`佛山援建的`).
    /// Whether every place a sentence names is a helper, or inside a helper's name (凤凰 of 凤凰街道).
    /// (a place whose agency's team is stationed in the village is a helper too, asked here only:
    /// measured, asked by every reader of helpers it cost 1.4 M instructions a pass over 400 reports)
    func onlyHelpers(_ places: SentencePlaces) -> Bool {
        guard !places.all.isEmpty else { return false }
        let helpers = places.all.filter { isHelper($0.mention) || residentAgency(after: $0.mention.range.upperBound) }
        guard !helpers.isEmpty else { return false }
        return places.all.allSatisfy { p in helpers.contains { $0.mention.range.lowerBound <= p.mention.range.lowerBound && p.mention.range.upperBound <= $0.mention.range.upperBound } }
    }

    /// (凤凰街道自2016年对口该村开展帮扶: a time said between the place and the verb)
    /// Whether a place is where what its clause receives comes from: a verb of receiving right before it
    /// (``PlaceLexicon/sourceVerbs``), past a time word (`获得了`, `争取到`).
    func isSource(_ m: PlaceMention, clause: Range<Int>) -> Bool {
        var k = m.range.lowerBound
        if k > clause.lowerBound, s[k - 1] == KindCues.le { k -= 1 }
        return k > clause.lowerBound && PlaceLexicon.sourceVerbs.longestEnding(in: s, at: k, from: max(clause.lowerBound, k - 3), maxLength: 3) != nil
    }

    func isHelper(_ m: PlaceMention) -> Bool {
        if PlaceLexicon.helperVerbs.longest(in: s, at: m.range.upperBound, limit: s.count) != nil { return true }
        var k = m.range.upperBound
        guard k + 6 < s.count, TimeLexicon.fromMarkers.contains(s[k]) else { return false }
        k += 1
        if s[k] == 0x20 { k += 1 }
        let digits = k
        while k < s.count, NumberReader.isDigit(s[k]) { k += 1 }
        guard k - digits == 4 else { return false }
        if k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count, s[k] == YearResolver.nian else { return false }
        k += 1
        if let sp = TimeLexicon.spanMarkers.longest(in: s, at: k, limit: s.count) { k += sp.length }
        return PlaceLexicon.helperVerbs.longest(in: s, at: k, limit: s.count) != nil
    }

    /// Whether an agency's name follows a place, and its team stationed in the village after it in
    /// the clause (`邵阳市规划局和市第一建筑设计研究院的驻村帮扶工作组进驻该村`): the place is the
    /// helper's, not the village's.
    func residentAgency(after e: Int) -> Bool {
        var k = e
        while k < s.count, k - e < PlaceLexicon.agencyNameReach, NormalizedText.isHan(s[k]) {
            if PlaceLexicon.agencyEnds.contains(s[k]) {
                let to = min(s.count, k + 1 + PlaceLexicon.residentTeamReach)
                guard let r = PlaceLexicon.residentTeams.firstMatch(in: s, (k + 1)..<to) else { return false }
                return !s[(k + 1)..<r.0].contains(where: { Outline.isClauseBreak($0) || Outline.sentenceEnds.contains($0) })
            }
            k += 1
        }
        return false
    }

    /// Whether a word of receiving aid stands right before a place (`用于陕西…`, ``PlaceLexicon/recipientMarks``).
    /// Whether money is given to the place: `向` right before it and a verb of giving in the few characters
    /// after it, before the figure at `i` (`向西吉县援助资金`, `向宁夏投入财政援助资金`, `向甘肃省累计捐赠`).
    func givenTo(_ m: PlaceMention, before i: Int) -> Bool {
        guard m.range.lowerBound > 0, s[m.range.lowerBound - 1] == PlaceLexicon.towards else { return false }
        let after = m.range.upperBound..<min(i, m.range.upperBound + PlaceLexicon.givingReach)
        return !after.isEmpty && PlaceLexicon.givingVerbs.firstMatch(in: s, after) != nil
    }

    func receivesAid(_ m: PlaceMention, sentence: Range<Int>) -> Bool {
        PlaceLexicon.recipientMarks.longestEnding(in: s, at: m.range.lowerBound, from: sentence.lowerBound, maxLength: 4) != nil
    }


    /// 陕西…。据了解,黑龙江原有20个国家级贫困县: a province outside the report's, opening the
    /// figure's clause as its subject (``PlaceLexicon/subjectPredicates`` or a year right after it; not a
    /// helper, nor a firm's name, 黑龙江北冠公司出资…), or the poor right after it (``KindCues/poorHeads``:
    /// 贵州省贫困户32户), is the figure's place. A chain of names heading the clause is the place of
    /// its last name only where that is named in full and lies in the province heading the chain
    /// (四川省青川县贫困户32户 in a report on 浙江).
    func subjectProvince(_ m: PlaceMention, clause: Range<Int>, places: SentencePlaces) -> [String]? {
        // (or a year: 河南2013年贫困发生率是8.79%)
        guard !isHelper(m),
              PlaceLexicon.subjectPredicates.longest(in: s, at: m.range.upperBound, limit: clause.upperBound) != nil
                || YearResolver.yearFollows(s, at: m.range.upperBound, limit: clause.upperBound)
                || KindCues.poorHeads.longest(in: s, at: m.range.upperBound, limit: clause.upperBound) != nil,
              let path = namedPath(m), !place.path.starts(with: path) else { return nil }
        if m.range.lowerBound == clause.lowerBound { return path.count == 1 ? path : nil }
        guard PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]),
              let head = places.all.first(where: { $0.mention.range.lowerBound == clause.lowerBound }),
              case .gazetteer = head.mention.target, let top = namedPath(head.mention), top.count == 1, path.starts(with: top) else { return nil }
        // the names between run on from the head to this one
        var end = head.mention.range.upperBound
        while end < m.range.lowerBound, let next = places.all.first(where: { $0.mention.range.lowerBound == end }) { end = next.mention.range.upperBound }
        return end == m.range.lowerBound ? path : nil
    }

    /// Whether a mention names a province alone (`宁夏`, `福建`).
    func namesProvince(_ m: PlaceMention) -> Bool {
        guard case .gazetteer(let c) = m.target, c.count == 1 else { return false }
        return finder.gazetteer.places[c[0]].level == .province
    }

    /// The path of a gazetteer place named in the text wherever it lies: one candidate, or one
    /// inside the report's province.
    func namedPath(_ m: PlaceMention) -> [String]? {
        guard case .gazetteer(let candidates) = m.target else { return nil }
        let g = finder.gazetteer
        if candidates.count == 1 { return g.path(of: candidates[0]) }
        // (河南 in a national report, or one on 山西: the province, not 河南县 of 青海, where no
        // candidate lies in the report's province)
        let provinces = candidates.filter { g.places[$0].level == .province }
        let province = provinces.count == 1 ? g.path(of: provinces[0]) : nil
        guard let e = place.entry, let own = g.lineage(of: e).last else { return province }
        let inside = candidates.filter { g.isWithin($0, own) }
        return inside.count == 1 ? g.path(of: inside[0]) : inside.isEmpty ? province : nil
    }

    /// Whether two place names are one. Equal bytes are; names of Han ideographs alone whose bytes
    /// differ are not (an ideograph has no other canonical form); others are compared as strings.
    /// (`==` compares non-ASCII strings under Unicode's rules, some 450 instructions a pair of
    /// names; measured with the sentence's places read without a `defer`: 383.7 → 380.2 M
    /// instructions a pass over 400 reports.)
    static func sameName(_ a: String, _ b: String) -> Bool {
        // nil: decided by `==`
        let bytes: Bool?? = a.utf8.withContiguousStorageIfAvailable { p -> Bool? in
            let inner: Bool?? = b.utf8.withContiguousStorageIfAvailable { q -> Bool? in
                if p.elementsEqual(q) { return true }
                return isHanOnly(p) && isHanOnly(q) ? false : nil
            }
            return inner ?? nil
        }
        if let answer = bytes ?? nil { return answer }
        return a == b
    }

    /// Whether UTF-8 bytes are Han ideographs alone (``NormalizedText/isHan(_:)``).
    static func isHanOnly(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < p.count {
            guard p[i] & 0xF0 == 0xE0, i + 2 < p.count else { return false }
            let u = UInt32(p[i] & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            guard NormalizedText.isHan(u) else { return false }
            i += 3
        }
        return true
    }

    /// The path for a place named in the text, when it lies within the report's place.
    func attachable(_ m: PlaceMention) -> [String]? {
        let g = finder.gazetteer
        switch m.target {
        case .gazetteer(let candidates):
            // (…全国供销合作社系统…。内蒙古赤峰市翁牛特旗种植户…卖出大米2万元: in the country's report,
            // a place named in full is a place in it)
            // (贵州（402万人）、云南（373万人）, 云南　减少贫困人口100.8万人: a province by its short name too, which no
            // everyday word is)
            // (河南, also a county of 青海: the province, in the country's report)
            if place.entry == nil, place.path == [PlaceLexicon.country] {
                if candidates.count == 1, PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) { return g.path(of: candidates[0]) }
                // (not a meeting's venue, 大会在北京召开)
                let provinces = PlaceLexicon.namesVenue(s, m.range) ? [] : candidates.filter { g.places[$0].level == .province }
                if provinces.count == 1 { return g.path(of: provinces[0]) }
            }
            guard let e = place.entry else { return nil }
            // (楚雄 in a report on 楚雄州: a short name the report's own place bears is that place,
            // not its seat of the same name, 楚雄市, which is named so in full)
            if candidates.contains(e), !PlaceLexicon.fullNameEnds.contains(s[m.range.upperBound - 1]) { return nil }
            let inside = candidates.filter { g.isWithin($0, e) && $0 != e }
            guard inside.count == 1 else { return nil }
            return g.path(of: inside[0])
        case .sub(var name, let level, let container):
            // (家营村 after 走访, where the report names 徐家营村: the name it was read short of)
            // (the one whose first character stands right before the name read: 梁家河村, not 王家河村, after 抓好梁)
            if level == .village, !place.longVillages.isEmpty, name.unicodeScalars.count == 3,
               let long = place.longVillages.first(where: { l in l.hasSuffix(name) && m.range.lowerBound > 0
                                                           && l.unicodeScalars.first!.value == s[m.range.lowerBound - 1] })
                    ?? place.longVillages.first(where: { $0.hasSuffix(name) }) { name = long }
            // 浐灞生态区 in a report on 西安市: a zone named in the text lies under the place it was
            // named with, else under the report's own
            if level == .zone {
                guard let e = place.entry, place.zone == nil else { return nil }
                if let c = container.first(where: { g.isWithin($0, e) }) { return g.path(of: c) + [name] }
                return container.isEmpty ? place.path + [name] : nil
            }
            var base = place.path
            // 桥上乡 named alone holds to the county it followed elsewhere in the report (壶关县桥上乡),
            // or to the one county of the report's place holding a town of its name (保山市…姚关镇)
            let container = container.isEmpty ? place.counties[name] ?? [] : container
            if let e = place.entry, let c = container.first(where: { g.isWithin($0, e) }), c != e,
               !container.contains(where: { $0 != c && g.isWithin($0, e) }) {
                base = g.path(of: c)
            } else if let e = place.entry, container.count == 1, let c = container.first, !g.isWithin(c, e), !g.isWithin(e, c) {
                // 河北省魏县沙口集乡 in a report on 岚县: a town named with a county of elsewhere is that county's
                base = g.path(of: c)
            }
            // (大方县凤山乡:… ⏎ 在凤山乡德胜村…德胜村村民… ⏎ 2019年,凤山乡发展蔬菜1.2万亩: a town on the path of a
            // report on the village its body names, named again, is the town, not the village below it)
            // (该村地处凤山乡东部,全村有…: not a town locating the village, nor one in a sentence that speaks of the village)
            if let k = base.firstIndex(where: { Self.sameName($0, name) }) {
                return k + 1 == base.count || !place.villageFromBody && !place.townFromBody || inTitle(m.range)
                    || speaksBelow(m.range, of: base[base.count - 1]) ? base : Array(base[...k])
            }
            // (十八洞村的变化 ⏎ …双龙镇今年新建…: a town named in a village's report lies beside the village, not below it;
            // another village beside this one)
            let floor = place.entry.map { g.path(of: $0).count } ?? 0
            // (后卡屯: a hamlet lies below its village)
            while base.count > floor, let last = base.last,
                  PlaceLexicon.isVillageName(last) && (level == .town || PlaceLexicon.isVillageName(name)) || level == .town && PlaceLexicon.isTownName(last) { base.removeLast() }
            // the path extended in place: `base + [name]` built an array for the name too
            base.reserveCapacity(base.count + 2)
            if level == .village, let town = place.containers[name], !base.contains(where: { Self.sameName($0, town) }) { base.append(town) }
            base.append(name)
            return base
        case .bareZone:
            return nil
        }
    }

    /// Whether a place on the report's path, named at `r`, only locates the report's `village`: a word
    /// locating it stands right before (`地处凤山乡`, `位于`), or the sentence goes on to speak of the village
    /// (`…凤山乡东部,全村有贫困户120户`).
    /// (龙泉关镇人民政府、阜平县民政局: nor a town naming its government, who is addressed or speaks; 凤山乡把德胜村作为示范点,
    /// …投入资金50万元: nor one whose sentence names the village itself)
    func speaksBelow(_ r: Range<Int>, of village: String) -> Bool {
        if PlaceLexicon.locatingWords.longestEnding(in: s, at: r.lowerBound, from: max(0, r.lowerBound - 3), maxLength: 3) != nil
            || PlaceLexicon.organisations.longest(in: s, at: r.upperBound, limit: s.count) != nil
            // (大湾乡负责人介绍，明年合作社计划…: the town's office speaking, of the village)
            || PlaceLexicon.offices.longest(in: s, at: r.upperBound, limit: s.count) != nil { return true }
        let name = Array(village.unicodeScalars.map(\.value).prefix(max(2, village.unicodeScalars.count - 1)))   // (德胜村, 德胜)
        var k = r.upperBound
        while k < s.count, k - r.upperBound < Self.sentenceReach, !Outline.sentenceEnds.contains(s[k]), s[k] != 0x0A {
            if PlaceLexicon.villageAnaphora.longest(in: s, at: k, limit: s.count) != nil
                || PlaceLexicon.inTheVillage.longest(in: s, at: k, limit: s.count) != nil { return true }
            if s[k] == name[0], k + name.count <= s.count, s[k..<(k + name.count)].elementsEqual(name) { return true }
            k += 1
        }
        return false
    }
    /// Whether a range lies in the report's title line (its town the report's village is under).
    func inTitle(_ r: Range<Int>) -> Bool {
        titleLine.map { outline.lines[$0].range.contains(r.lowerBound) } ?? false
    }
    /// How far ``speaksBelow(_:)`` reads on for the rest of a sentence.
    static let sentenceReach = 80

    /// One place, or places nested in each other (襄南镇, 襄南镇/马营村): the deepest; else nil.
    static func deepest(_ paths: [[String]]) -> [String]? {
        if let first = paths.first, paths.allSatisfy({ $0 == first }) { return first }   // the usual case, without a set
        let distinct = Array(Set(paths))
        let leaves = distinct.filter { p in !distinct.contains { $0.count > p.count && Array($0.prefix(p.count)) == p } }
        if leaves.count == 1 { return leaves[0] }
        // 陆家村是通榆县…: a place found by its suffix under the report's place, and a county
        // named beside it, are one place
        if leaves.count == 2 {
            // 洮南市福顺镇春华村: the village's town is the town the county's path ends in
            for (a, b) in [(leaves[0], leaves[1]), (leaves[1], leaves[0])] where a.count >= 2 && a[a.count - 2] == b.last {
                return b + [a.last!]
            }
            // (壶关县桥上乡…所在地桥上村: a village and a town named beside it, too)
            func end(_ p: [String]) -> UInt32 { p.last!.unicodeScalars.last!.value }
            for (a, b) in [(leaves[0], leaves[1]), (leaves[1], leaves[0])] where a.count >= 2 && b.count >= a.count
                && PlaceLexicon.villageOrTownEnds.contains(end(a))
                && (!PlaceLexicon.villageOrTownEnds.contains(end(b)) || (end(a) == PlaceLexicon.cun && PlaceLexicon.townEnds.contains(end(b))))
                && Array(b.prefix(a.count - 1)) == Array(a.dropLast()) {
                return b + [a.last!]
            }
        }
        return nil
    }

    /// The places a sentence names, each with its path where it lies in the report's place; the
    /// items of a list of the report's own towns (`君山和苏平4个片区`) left out.
    func sentencePlaces(_ lineMentions: [PlaceMention], _ r: Range<Int>) -> SentencePlaces {
        var named: [(mention: PlaceMention, path: [String]?)] = []
        var originEnd = -1   // where the last place people came from ends (来自…, 原…)
        for m in lineMentions where r.contains(m.range.lowerBound) && !Self.isListedSubPlace(norm.scalars, m, r) {
            if isOrigin(m, after: originEnd), !Self.homeOfOne(s, m, lineMentions) { originEnd = m.range.upperBound; continue }
            // (东邻西和县: a neighbour is left out of the line's places by ``DocumentPlace``)
            if Self.inListedGloss(s, m.range, r) { continue }   // 两州(甘南州、临夏州): the list is one whole
            // (复制推广十八洞村产业发展模式,今年预计减贫2.6万人: a place taken as a model holds none of the sentence's figures)
            if PlaceLexicon.isModel(s, at: m.range.lowerBound, from: r.lowerBound) { continue }
            if named.isEmpty { named.reserveCapacity(lineMentions.count) }   // see `YearResolver.expressions`
            var path = attachable(m)
            // 鲁甸县卯家湾易地扶贫搬迁安置区…: the report's county named right before the core of the
            // report's own town or site (卯家湾 of 卯家湾安置区) names that town
            if let t = place.town, path.map({ place.path.count == $0.count + 1 && place.path.starts(with: $0) }) ?? place.isOwnPlace(m),
               Self.startsWithCore(of: t, s, at: m.range.upperBound) {
                path = place.path
            }
            named.append((mention: m, path: path))
        }
        var places = SentencePlaces(named)
        places.onlyHelpers = onlyHelpers(places) || pairedHelpersOnly(places, r)
        return places
    }

    /// Whether the text at `k` starts with a town's name without its suffix (`卯家湾` of `卯家湾安置区`).
    static func startsWithCore(of town: String, _ s: [UInt32], at k: Int) -> Bool {
        let t = Array(town.unicodeScalars.map(\.value))
        guard let suffix = PlaceLexicon.suffixes.longestEnding(in: t, at: t.count, from: 0, maxLength: 7), t.count - suffix.length >= 2 else { return false }
        let core = t[..<(t.count - suffix.length)]
        return k + core.count <= s.count && s[k..<(k + core.count)].elementsEqual(core)
    }

    /// Whether a place after 来自 names one person's home, a village its chain of names closes before 的 (`来自高增乡占里村的
    /// 贫困户吴老远`: his bill is his village's), not where a group was moved from (`安置了来自该县16个镇的搬迁群众`).
    static func homeOfOne(_ s: [UInt32], _ m: PlaceMention, _ mentions: [PlaceMention]) -> Bool {
        let a = m.range.lowerBound
        guard a >= 2, s[(a - 2)..<a].elementsEqual(PlaceLexicon.cameFrom) else { return false }
        var e = m.range.upperBound, last = m
        while let n = mentions.first(where: { $0.range.lowerBound == e }) { e = n.range.upperBound; last = n }
        guard case .sub(_, .village, _) = last.target, e < s.count, s[e] == CandidateReader.de else { return false }
        // (安置了来自张庄村的搬迁群众86户326人: a group counted after it was moved from there)
        var k = e + 1
        while k < s.count, !Outline.isClauseBreak(s[k]), !Outline.sentenceEnds.contains(s[k]) {
            if NumberReader.isDigit(s[k]) || NumberReader.isChineseNumeral(s[k]) { return false }
            k += 1
        }
        return true
    }

    /// Whether a place is where people came from (``PlaceLexicon/originMarks``): right after a mark,
    /// or running on from such a place through names, `、` and `,`.
    func isOrigin(_ m: PlaceMention, after originEnd: Int) -> Bool {
        let a = m.range.lowerBound
        if PlaceLexicon.originMarks.longestEnding(in: s, at: a, from: max(0, a - 3), maxLength: 3) != nil { return true }
        guard originEnd >= 0, originEnd <= a, a - originEnd <= 4 else { return false }
        // (a name's first characters the finder left out may stand between: 、措折|强玛乡)
        return s[originEnd..<a].allSatisfy { $0 == 0x3001 || $0 == 0x2C || $0 == 0xFF0C || (NormalizedText.isHan($0) && $0 != 0x7684) }   // 的 ends it
    }

    /// The place of a quotation's speaker: `“…每年县上资助5000元。”宁夏…麻黄山乡包塬村贫困户李聪岩说。`
    /// A figure inside a quotation (of one sentence or several) whose attribution follows it —
    /// the rest of the sentence after the closing quote, or the next sentence — and names a place
    /// below the report's, speaks of that place.
    /// (`“…收入1.2万元。”…该村贫困户王利成说`: an attribution that speaks of the village by a word for
    /// it, naming no place, speaks of the village named last)
    func speakerPlace(at i: Int, line: Range<Int>, quotations: [Range<Int>], sentences next: ArraySlice<Sentence>, _ lineMentions: [PlaceMention],
                      lastVillage: [String]? = nil) -> [String]? {
        // the quotation the figure stands in; `end` its closing quote
        guard let q = quotations.first(where: { $0.lowerBound < i && $0.upperBound > i }) else { return nil }
        let end = q.upperBound - 1
        // the attribution: to the end of the closing quote's sentence, or the sentence after it
        var a = (end + 1)..<(next.first(where: { $0.range.upperBound > end + 1 })?.range.upperBound ?? line.upperBound)
        if a.allSatisfy({ Outline.sentenceEnds.contains(s[$0]) }), let n = next.first(where: { $0.range.lowerBound >= a.upperBound }) { a = n.range }
        var e = a.upperBound
        while e > a.lowerBound, Outline.sentenceEnds.contains(s[e - 1]) { e -= 1 }
        guard e - a.lowerBound <= Self.attributionLength,
              PlaceLexicon.speechEnds.longestEnding(in: s, at: e, from: a.lowerBound, maxLength: 4) != nil else { return nil }
        let inside = lineMentions.filter { a.contains($0.range.lowerBound) }
        guard let d = sentencePlaces(inside, a).deepest, d.count > place.path.count else {
            if inside.isEmpty, let v = lastVillage, v.count > place.path.count, PlaceLexicon.villageWords.firstMatch(in: s, a) != nil { return v }
            return nil
        }
        return d
    }

    /// Whether a place stands in parentheses that list places and no figure (`中央两州(甘南州、
    /// 临夏州)专项资金`): a gloss of the word before them, no one of its places the figure's.
    static func inListedGloss(_ s: [UInt32], _ name: Range<Int>, _ sentence: Range<Int>) -> Bool {
        var a = name.lowerBound
        while a > sentence.lowerBound, s[a - 1] != FactContext.openBracket {
            if s[a - 1] == FactContext.closeBracket || (Outline.isClauseBreak(s[a - 1]) && s[a - 1] != 0x3001) { return false }
            a -= 1
        }
        guard a > sentence.lowerBound else { return false }
        var b = name.upperBound
        while b < sentence.upperBound, s[b] != FactContext.closeBracket {
            if s[b] == FactContext.openBracket || (Outline.isClauseBreak(s[b]) && s[b] != 0x3001) { return false }
            b += 1
        }
        // (a list of names alone: 隆阳区9721户、施甸县1526户 breaks a figure down place by place)
        return b < sentence.upperBound && s[a..<b].contains(0x3001) && !s[a..<b].contains(where: NumberReader.isDigit)   // 、
    }

    /// A gazetteer name that is an item of a list of the report's own towns (`君山和苏平4个片区`).
    static func isListedSubPlace(_ s: [UInt32], _ m: PlaceMention, _ sentence: Range<Int>) -> Bool {
        guard case .gazetteer = m.target else { return false }
        return SubPlaceList.contains(s, name: m.range, line: sentence)
    }

    /// Whether a paragraph opens with the place `d`: a run of names without a gap from its first
    /// characters (`贵州省毕节市织金县珠藏镇…`, `陆家村是…`) reaches it.
    func opensWith(_ d: [String], _ mentions: [PlaceMention], _ paths: [[String]?], at start: Int) -> Bool {
        // names of the report's place, its parents or places in it (推广河东…: 广河 is read there but names none)
        let order = mentions.indices.filter { paths[$0] != nil || onPath(mentions[$0]) }.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        guard let first = order.first, mentions[first].range.lowerBound - start <= Self.paragraphOpening else { return false }
        var end = mentions[first].range.lowerBound
        for k in order {
            let r = mentions[k].range
            if r.lowerBound > end { break }   // a gap: the run of names has ended
            end = max(end, r.upperBound)
            if paths[k] == d { return true }
        }
        return false
    }

    /// Whether a gazetteer name is the report's place or one of its parents (贵州省 for 织金县).
    func onPath(_ m: PlaceMention) -> Bool {
        guard case .gazetteer(let candidates) = m.target, let e = place.entry else { return false }
        return candidates.contains { finder.gazetteer.isWithin(e, $0) }
    }


}
