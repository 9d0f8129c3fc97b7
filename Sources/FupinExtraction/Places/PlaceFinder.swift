/// Finds place names in normalised text: gazetteer names (full or short) by one trie scan,
/// and towns, villages and zones by their suffixes (`大屯街道`, `迪都镇`, `揭阳空港经济区`).
public struct PlaceFinder: Sendable {
    public let gazetteer: Gazetteer

    /// The scalars a gazetteer name or a place suffix starts with: the scan passes over the
    /// others (most of a line) with one bit test each.
    let starts: ScalarSet

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        var starts = gazetteer.names.firstScalarSet
        starts.formUnion(PlaceLexicon.suffixes.firstScalarSet)
        self.starts = starts
    }

    /// Every place named inside `range`, in order.
    public func mentions(in s: [UInt32], _ range: Range<Int>) -> [PlaceMention] {
        var out: [PlaceMention] = []
        var i = range.lowerBound
        var lastGazetteerEnd = -1
        let (names, suffixes) = (gazetteer.names, PlaceLexicon.suffixes)   // not a static read per scalar
        while i < range.upperBound {
            i = nextCandidate(s, from: i, end: range.upperBound, names, suffixes)
            guard i < range.upperBound else { break }
            let u = s[i]
            guard NormalizedText.isHan(u) else { i += 1; continue }
            if i >= lastGazetteerEnd, names.mayStart(in: s, at: i, end: range.upperBound),
               let m = names.longest(in: s, at: i, limit: range.upperBound),
               !overlapsFullName(s, range, start: i, end: i + m.length),
               !insideWord(s, range, start: i, end: i + m.length),
               // (东乡族群众: an ethnic group's name, the county's read whole, 东乡族自治县)
               !(i + m.length < range.upperBound && s[i + m.length] == PlaceLexicon.zu),
               !Self.compassPhrase(s, range, start: i, end: i + m.length, candidates: m.value, gazetteer) {
                // 武陵山片区: a contiguous area of poverty, no place of the gazetteer (nor a 片区 of one)
                if let after = Self.povertyAreaEnd(s, range, at: i) { i = after; continue }
                let end = i + m.length
                if out.isEmpty { out.reserveCapacity(8) }   // one allocation, not one per doubling
                // A place name inside a longer word of Han letters after it is still a name;
                // but a short name followed by a place suffix is found as a sub-place below.
                Self.dropEpithet(s, &out, before: i, from: range.lowerBound)
                out.append(PlaceMention(range: i..<end, target: .gazetteer(m.value)))
                lastGazetteerEnd = end
            }
            if let suffix = suffixes.longest(in: s, at: i, limit: range.upperBound),
               PlaceLexicon.suffixCompounds.longest(in: s, at: i, limit: range.upperBound) == nil,
               !hamletInside(s, at: i, out: out, gazetteerEnd: lastGazetteerEnd),
               !(s[i] == PlaceLexicon.pian && Self.closesPovertyArea(s, range, at: i)),
               let mention = subPlace(s, range, suffixAt: i, length: suffix.length, level: suffix.value),
               // (织密镇雄…保障网: a name of the gazetteer that starts in a town's suffix and runs past it, 镇雄, after
               // a town the table of towns does not hold, is that name; 安平镇海蛟社区 keeps its town)
               !Self.suffixStartsName(s, out, at: i, limit: range.upperBound, suffixLength: suffix.length, level: suffix.value, mention: mention) {
                // 麻黄山乡 names a town, not 黄山: a short name inside a town's or village's name
                // (after its first character) is none
                // (nor a short name that is the whole name before the suffix: 东河村 is no village of 东河区)
                // (nor a short name ending in the suffix, after the name's first character: 野马村 is no 马村区)
                // (安平镇海蛟社区: nor one that starts in the suffix and runs past it, 镇海, which hid
                // the short name before it, 安平, from this test)
                while suffix.value != .zone, let last = out.last, case .gazetteer = last.target,
                      last.range.lowerBound >= mention.range.lowerBound,
                      last.range.upperBound < mention.range.upperBound
                        || last.range.upperBound == mention.range.upperBound && last.range.lowerBound > mention.range.lowerBound
                        || last.range.lowerBound >= i && last.range.lowerBound < mention.range.upperBound,
                      !PlaceLexicon.fullNameEnds.contains(s[last.range.upperBound - 1]) {
                    out.removeLast()
                    // (a name may start again right after the suffix: 安平镇江西…)
                    lastGazetteerEnd = min(lastGazetteerEnd, mention.range.upperBound)
                }
                Self.dropEpithet(s, &out, before: mention.range.lowerBound, from: range.lowerBound)
                out.append(mention)
            }
            i += 1
        }
        return out
    }

    /// Drops a quoted village right before a place's name starting at `start` (`在“悬崖村”支尔莫乡阿土列尔村`):
    /// an epithet of the place named after it, no village of its own.
    @inline(__always)
    static func dropEpithet(_ s: [UInt32], _ out: inout [PlaceMention], before start: Int, from lower: Int) {
        guard let last = out.last, last.range.upperBound + 1 == start, last.range.lowerBound > lower,
              case .sub(_, .village, _) = last.target,
              TrapLexicon.openQuotes[s[last.range.lowerBound - 1]] == s[last.range.upperBound] else { return }
        out.removeLast()
    }

    /// Whether the gazetteer's name found last starts at a town's suffix at `i` and runs past it, and the town
    /// before the suffix is none of ``TownTable`` (`织密镇雄县`: 镇雄县, no 织密镇), where the name is in full.
    /// (`开发乡村公益性岗位`: or a word the suffix starts, ``PlaceLexicon/suffixWords``)
    private static func suffixStartsName(_ s: [UInt32], _ out: [PlaceMention], at i: Int, limit: Int, suffixLength: Int, level: SubPlaceLevel,
                                         mention: PlaceMention) -> Bool {
        guard level == .town, case .sub(let name, _, _) = mention.target else { return false }
        // (only a name in full, 镇雄县: 丁旗镇平均…, 丁旗镇原有…, 丁旗镇远离… keep a town the table, made after towns
        // merged, may lack; the short names 镇平, 镇原, 镇远 start everyday words)
        if let last = out.last, case .gazetteer = last.target, last.range.lowerBound == i, last.range.upperBound > i + suffixLength {
            return PlaceLexicon.fullNameEnds.contains(s[last.range.upperBound - 1]) && !TownTable.shared.holds(name)
        }
        return PlaceLexicon.suffixWords.longest(in: s, at: i, limit: limit) != nil && !TownTable.shared.holds(name)
    }

    /// Whether a hamlet's suffix (`屯`) at `i` names none: inside a gazetteer name that runs past it
    /// (`苏家屯区`, `扎兰屯市`), or after a village's name, whose hamlet it is (`那布村后卡屯`, `义隆村义隆屯`:
    /// the village is the place the gazetteer's levels reach).
    private func hamletInside(_ s: [UInt32], at i: Int, out: [PlaceMention], gazetteerEnd: Int) -> Bool {
        guard PlaceLexicon.hamletSuffixes.contains(s[i]) else { return false }
        if i < gazetteerEnd { return true }   // (苏家屯, the short name, ends in it too)
        guard let last = out.last, case .sub(_, .village, _) = last.target else { return false }
        return i - last.range.upperBound <= PlaceLexicon.longVillageName
            && s[last.range.upperBound..<i].allSatisfy { NormalizedText.isHan($0) && !PlaceLexicon.stopChars.contains($0) }
    }

    /// The next position in `from..<end` where a gazetteer name may start (the first-scalar and
    /// pair tests the loop above asks first) or a place suffix may (its first scalar), `end` when
    /// none: the scan passes over the rest through pointers (measured: 349.2 → 344.6 M
    /// instructions a pass over 400 reports with the first-scalar test alone; with the pair test,
    /// which passes a quarter of the positions the first scalar does: 321.7 → 318.8 M).
    @inline(__always)
    private func nextCandidate(_ s: [UInt32], from: Int, end: Int,
                               _ names: ScalarTrie<[Int]>, _ suffixes: ScalarTrie<SubPlaceLevel>) -> Int {
        s.withUnsafeBufferPointer { names.nextMayStart($0, from: from, end: end, or: suffixes.firstScalarSet, either: starts) }
    }

    /// Where a contiguous area of poverty named at `i` ends, with its tail (`武陵山片区`), or nil.
    /// (Kept out of the scan's loop, like ``insideWord``: measured, 350.8 → 342.8 M instructions a
    /// pass over 400 reports with both out of line.)
    @inline(never)
    static func povertyAreaEnd(_ s: [UInt32], _ range: Range<Int>, at i: Int) -> Int? {
        // (乌蒙山区, 六盘山脚下, 都柳江: a name read past an area's or a feature's first characters is
        // inside it too, 蒙山 no 蒙山县)
        for j in max(range.lowerBound, i - PlaceLexicon.featureNameReach)...i {
            // (金沙江, 贺兰山: a river or a mountain range, no county)
            if let f = PlaceLexicon.naturalFeatures.longest(in: s, at: j, limit: range.upperBound), j + f.length > i { return j + f.length }
            guard let a = PlaceLexicon.povertyAreas.longest(in: s, at: j, limit: range.upperBound), j + a.length > i else { continue }
            var k = j + a.length
            while k < range.upperBound, PlaceLexicon.areaTails.contains(s[k]) { k += 1 }
            return k
        }
        return nil
    }

    /// Whether a contiguous area of poverty's name ends at `i` (`秦巴山|片区`): its 片区 is the
    /// area's, no town.
    @inline(never)
    static func closesPovertyArea(_ s: [UInt32], _ range: Range<Int>, at i: Int) -> Bool {
        PlaceLexicon.povertyAreas.longestEnding(in: s, at: i, from: range.lowerBound, maxLength: PlaceLexicon.povertyAreaLength) != nil
    }

    /// Whether a short name of a province's abbreviation and a direction (`湘西`, `黔西`) runs into a
    /// second direction with which its own makes a compass point (`湘西南边陲`, `黔西北`, `湘西北部`): a
    /// part of the province named by the compass, no place of that name (`黔西南`, a name of its own, is
    /// read whole before this is asked). A province's own name (`陕西南部`) is the province either way,
    /// and two directions that make no point (`陇南北部`, `云南东北部`) are a name and its part.
    @inline(never)
    static func compassPhrase(_ s: [UInt32], _ range: Range<Int>, start: Int, end: Int, candidates: [Int], _ gazetteer: Gazetteer) -> Bool {
        guard end - start == 2, end < range.upperBound, PlaceLexicon.provinceAbbreviations.contains(s[start]),
              PlaceLexicon.directions.contains(s[start + 1]), PlaceLexicon.directions.contains(s[end]),
              PlaceLexicon.compassPoints.longest(in: s, at: start + 1, limit: end + 1) != nil else { return false }
        return !candidates.contains(where: { gazetteer.places[$0].level == .province })
    }

    /// Whether a gazetteer name is read out of other words: a name whose first character ends a
    /// word of the field (`迁安` in `搬迁安置`, `范县` in `示范县`), or a one-character county after
    /// a Han character whose name is a function word (`和县` in `政府和县委`).
    @inline(never)
    private func insideWord(_ s: [UInt32], _ range: Range<Int>, start: Int, end: Int) -> Bool {
        let (topics, subjects, words) = (TopicCues.trie, SubjectLexicon.trie, PlaceLexicon.wordsAcrossNames)   // one static read each, not one a step
        // (我局会同县商务局…: a name opening with a verb of working together, right after an office, is the verb)
        if start > range.lowerBound, PlaceLexicon.officeEnds.contains(s[start - 1]),
           PlaceLexicon.verbOpeningNames.longest(in: s, at: start, limit: end) != nil { return true }
        // 党委和政府, 合作社和龙头企业, 工作和顺利推进: a short name whose last characters open an everyday
        // word running past it (和政|府, 和龙|头, 和顺|利推进) is read out of that word; only the words of
        // ``PlaceLexicon/wordsAcrossNames``: the field's (建立, 迁出) follow names as their verbs (福建立足, 宿迁出台);
        // and only a name that opens with a stop character, a conjunction read as its first (和林|业): 榆林地区,
        // 吉林地处东北 keep their names
        // 出栏武定鸡3.6万羽, 晴隆羊: a short name right before a farm animal names its breed, no place (湘西牛羊: not before two)
        if PlaceLexicon.namesBreed(s, at: end, limit: range.upperBound), !PlaceLexicon.fullNameEnds.contains(s[end - 1]) { return true }
        // (我县日照充足, 日照时数长: a short name opening an everyday word that runs past it, ``PlaceLexicon/wordsOpeningWithNames``)
        if !PlaceLexicon.fullNameEnds.contains(s[end - 1]), let w = PlaceLexicon.wordsOpeningWithNames.longest(in: s, at: start, limit: range.upperBound),
           start + w.length > end { return true }
        if end < range.upperBound, NormalizedText.isHan(s[end]), !PlaceLexicon.fullNameEnds.contains(s[end - 1]),
           PlaceLexicon.stopChars.contains(s[start]) {
            for j in start + 1..<end where words.mayStart(s[j]) {
                if let w = words.longest(in: s, at: j, limit: range.upperBound), j + w.length > end { return true }
            }
        }
        guard start > range.lowerBound, NormalizedText.isHan(s[start - 1]) else { return false }
        if PlaceLexicon.fullNameEnds.contains(s[end - 1]), end - start == 2, PlaceLexicon.stopChars.contains(s[start]) { return true }
        // (渭河源头, 长江源头: a short name whose last character opens a word running past it, a river's source, after a
        // river's name, is read out of that word; no 河源市, 江源区)
        if !PlaceLexicon.fullNameEnds.contains(s[end - 1]), PlaceLexicon.wordsFromNameEnds.longest(in: s, at: end - 1, limit: range.upperBound).map({ end - 1 + $0.length > end }) == true {
            return true
        }
        // (独龙江畔, 独龙江人: a short name closing a town's name the table knows, 独龙江乡, its suffix left out, is that
        // town's, no 龙江县)
        // (not after a place's name whose last character it takes: 河北馆陶 is no 北馆陶镇, 湖南娄底 no 南娄底乡)
        if !PlaceLexicon.fullNameEnds.contains(s[end - 1]), end >= range.upperBound || !PlaceLexicon.townEnds.contains(s[end]),
           !Self.nameEnds(s, at: start, from: range.lowerBound, gazetteer),
           TownTable.shared.holdsEitherSuffix(NormalizedText.string(s[(start - 1)..<end]) + PlaceLexicon.townshipSuffix) { return true }
        // 生态立县、文旅兴县, 产业富县: a slogan's verb and 县 after its noun, no county (山西兴县, 在兴县: a
        // place or a stop character before it)
        if end - start == 2, PlaceLexicon.sloganCountyVerbs.contains(s[start]), PlaceLexicon.fullNameEnds.contains(s[end - 1]),
           PlaceLexicon.sloganNouns.longestEnding(in: s, at: start, from: max(range.lowerBound, start - PlaceLexicon.sloganNounLength),
                                                  maxLength: PlaceLexicon.sloganNounLength) != nil,
           !Self.nameEnds(s, at: start, from: range.lowerBound, gazetteer) { return true }
        // 王玉林老人: a short name right after a surname is a person's given name
        if end - start == 2, PlaceLexicon.surnames.contains(s[start - 1]), !PlaceLexicon.fullNameEnds.contains(s[end - 1]),
           end >= range.upperBound || !PlaceLexicon.fullNameEnds.contains(s[end]) { return true }
        // (范县 in 示范县 too: a full name read out of a word; 同仁 in 一视同仁, 同德 in 同心同德)
        for j in max(range.lowerBound, start - 3)..<start {
            if words.mayStart(s[j]), let w = words.longest(in: s, at: j, limit: range.upperBound), j + w.length > start { return true }
            if topics.mayStart(s[j]), let w = topics.longest(in: s, at: j, limit: range.upperBound), j + w.length > start, j + w.length < end + 2 { return true }
            if subjects.mayStart(s[j]), let w = subjects.longest(in: s, at: j, limit: range.upperBound), j + w.length > start, j + w.length < end + 2 { return true }
        }
        return false
    }

    /// Whether a gazetteer name ends right at `k` (`山西|兴县`, `吕梁市|兴县`).
    static func nameEnds(_ s: [UInt32], at k: Int, from lower: Int, _ gazetteer: Gazetteer) -> Bool {
        (max(lower, k - PlaceLexicon.nameBeforeReach)..<k).contains { j in gazetteer.names.longest(in: s, at: j, limit: k)?.length == k - j }
            || PlaceLexicon.suffixes.longestEnding(in: s, at: k, from: max(lower, k - 3), maxLength: 3) != nil
    }

    /// Whether a short name (`中宁` in `其中宁明县`) runs into a full name (`宁明县`) that starts
    /// inside it and ends past it: the full name with its suffix is the better evidence.
    private func overlapsFullName(_ s: [UInt32], _ range: Range<Int>, start: Int, end: Int) -> Bool {
        guard !PlaceLexicon.fullNameEnds.contains(s[end - 1]) else { return false }
        var j = start + 1
        while j < end {
            if let m = gazetteer.names.longest(in: s, at: j, limit: range.upperBound), j + m.length > end,
               PlaceLexicon.fullNameEnds.contains(s[j + m.length - 1]) { return true }
            j += 1
        }
        return false
    }

    /// Where a village's name of two to four characters starts when a town's suffix (`乡`, `镇`,
    /// `街道`) stands right before it, after a name character: nil when there is none.
    /// `allowing` names the stop characters the name may hold: those of village names
    /// (``PlaceLexicon/nameCharsAfterTown``: 小新地村) unless told; none takes a name without any
    /// (付庄, not 当地 in `三家乡当地村民`).
    static func villageStart(afterTown s: [UInt32], _ range: Range<Int>, suffixAt j: Int,
                             allowing: ScalarSet = PlaceLexicon.nameCharsAfterTown) -> Int? {
        // (塔秀乡楚布勒达村: right after its town a village's name may be four long)
        for length in 2...PlaceLexicon.longVillageName {
            let t = j - length
            guard t - 2 >= range.lowerBound else { return nil }
            // (乌兰哈拉嘎苏木新高勒嘎查: 苏木 is a town's suffix too)
            guard let suffix = PlaceLexicon.townSuffixLength(s, endingAt: t, from: range.lowerBound), t - suffix - 1 >= range.lowerBound,
                  NormalizedText.isHan(s[t - suffix - 1]), !PlaceLexicon.stopChars.contains(s[t - suffix - 1]) else { continue }
            // (郭城驿镇所辖行政村: a name four long may not end in a word for villages; 石柱镇西古村 is a name)
            // (玉龙喀什镇依盖尔其村: a transliterated name may hold any of its characters, 其 too)
            if s[t..<j].allSatisfy({ NormalizedText.isHan($0) && (!PlaceLexicon.stopChars.contains($0) || allowing.contains($0)) })
                || length >= 3 && s[t..<j].allSatisfy(PlaceLexicon.transliterated.contains),
               length <= PlaceLexicon.maxPrefix(.village) || !(t..<j).contains(where: { genericTail(s, from: $0, end: j + 1) }) { return t }
        }
        return nil
    }

    /// Where a village's name of two characters starts right after its town when stop characters
    /// that write names (``PlaceLexicon/stopsInNames``) are in it (`红旗镇和平村`, `新桥乡共和村`,
    /// `中和村`; not `新桥乡和各村`, `三家乡当地村民`), a name's character before the town's suffix.
    static func stopNameAfterTown(_ s: [UInt32], _ range: Range<Int>, suffixAt j: Int) -> Int? {
        guard let t = villageStart(afterTown: s, range, suffixAt: j, allowing: PlaceLexicon.stopsInNames), j - t == 2,
              s[t..<j].contains(where: PlaceLexicon.stopsInNames.contains),
              PlaceLexicon.yuanWords.longest(in: s, at: t, limit: j) == nil,   // (兴隆镇原有村级…)
              // (长桥镇共同推进: a verb is no name)
              SubjectLexicon.trie.longest(in: s, at: t, limit: j).map({ $0.value != .verb }) ?? true
        else { return nil }
        return t
    }

    /// Where a village's name of four characters starts right after a full county name
    /// (`昭觉县|阿土列尔村`), when none of them is a stop character.
    private func villageStart(afterCounty s: [UInt32], _ range: Range<Int>, suffixAt j: Int) -> Int? {
        let t = j - PlaceLexicon.longVillageName
        guard t - 1 > range.lowerBound, PlaceLexicon.fullNameEnds.contains(s[t - 1]),
              s[t..<j].allSatisfy({ NormalizedText.isHan($0) && !PlaceLexicon.stopChars.contains($0) }),
              gazetteer.names.longestEnding(in: s, at: t, from: range.lowerBound, maxLength: 9) != nil,
              // (贵德县统筹团结村: a verb after the county starts no name)
              PlaceLexicon.levelWords.longest(in: s, at: t, limit: j) == nil,
              SubjectLexicon.trie.longest(in: s, at: t, limit: j).map({ $0.value != .verb }) ?? true else { return nil }
        return t
    }

    /// Whether a full county name (`宕昌县`) ends two or three characters before a town's suffix.
    private func afterCounty(_ s: [UInt32], _ range: Range<Int>, suffixAt j: Int) -> Bool {
        (2...PlaceLexicon.maxPrefix(.town)).contains { length in
            let t = j - length
            guard t - 1 > range.lowerBound, PlaceLexicon.fullNameEnds.contains(s[t - 1]),
                  s[t..<j].allSatisfy({ NormalizedText.isHan($0) && !PlaceLexicon.stopChars.contains($0) }) else { return false }
            return gazetteer.names.longestEnding(in: s, at: t, from: range.lowerBound, maxLength: 9) != nil
        }
    }

    private func subPlace(_ s: [UInt32], _ range: Range<Int>, suffixAt j: Int, length: Int, level: SubPlaceLevel) -> PlaceMention? {
        // 三宝彝族乡, 苗族侗族乡: the peoples a township is named for are part of its suffix, its name stands before
        // them (not 彝族 read back as the name)
        if level == .town, j > range.lowerBound, s[j + length - 1] == PlaceLexicon.xiang || s[j + length - 1] == PlaceLexicon.zhen,
           let e = PlaceLexicon.ethnicGroups.longestEnding(in: s, at: j, from: range.lowerBound, maxLength: PlaceLexicon.longestEthnicGroup) {
            return subPlace(s, range, suffixAt: j - e.length, length: length + e.length, level: level)
        }
        let end = j + length
        // (骆驼湾、顾家台两村, 张家、李家、王家三村: a numeral right before the suffix after names listed bare counts them)
        // (下两镇: not a town the table knows by the numeral and the character before it, no list's last item before the numeral:
        // 江北、城西二镇 counts two)
        if level == .village || level == .town, Self.countsListed(s, range, suffixAt: j),
           !(level == .town && j - 2 >= range.lowerBound && NormalizedText.isHan(s[j - 2])
             && !(max(range.lowerBound, j - PlaceLexicon.listedNameReach)..<j).contains { s[$0] == NumberReader.listComma }
             && TownTable.shared.holds(NormalizedText.string(s[(j - 2)..<end]))) { return nil }
        // (培训后回村开了一家按摩店, 毕业后又回村创业: going back to the village after an adverb names none)
        // (大学毕业回村创业, 打工回村: nor after what one comes back from)
        if level == .village, j - 2 >= range.lowerBound, PlaceLexicon.villageGoings.contains(s[j - 1]),
           PlaceLexicon.goingAdverbs.contains(s[j - 2])
            || PlaceLexicon.comingBackFrom.longestEnding(in: s, at: j - 1, from: range.lowerBound, maxLength: 2) != nil { return nil }
        // …unless the suffix is doubled and the second one starts the word (南康村村民, 朝阳镇镇长;
        // 村村通 stays a slogan)
        // …or the name stands right after its town or county, which makes it one whatever follows
        // (十五级乡付庄村党支部, 宕昌县官亭镇政府)
        // (箐营村里, 在箐营村头: a locative after a village's name keeps it one, where the name
        // opens its clause or follows 在, 到; checked once the name is read)
        // (and the locative ends its phrase: 借助村里农户 is no village 借助)
        let locative = level == .village && end < range.upperBound && PlaceLexicon.villageLocatives.contains(s[end])
            && (end + 1 >= range.upperBound || !NormalizedText.isHan(s[end + 1]) || s[end + 1] == CandidateReader.de)
        // (团结村“两委”班子: an opening quote between the suffix and the word it starts hides nothing)
        let next = end + 1 < range.upperBound && s[end] == TrapLexicon.openQuote ? end + 1 : end
        // (下龙村属我县…, 属于: 属 the verb, not 村属企业's word)
        // (塘约村属贵州省安顺市…: or a place's name after it)
        let belongs = next + 1 < range.upperBound && s[next] == PlaceLexicon.shu
            && (PlaceLexicon.afterBelongs.contains(s[next + 1]) || gazetteer.names.longest(in: s, at: next + 1, limit: range.upperBound).map { $0.length >= 2 } == true)
        // (五道箐乡党委书记…说: a town's organ right after its suffix names the town's, ``PlaceLexicon/townOrgans``)
        // (修建村组道路: 村组, the villages and their groups; 大坝村组织群众 names 大坝村)
        let groupVerb = next + 1 < range.upperBound && s[next] == UnitLexicon.zu && UnitLexicon.groupVerbEnds.contains(s[next + 1])
        // (特木里镇集中安置点: 集中, together, starts no word the suffix makes, as 村集体 does)
        let adverbAfter = PlaceLexicon.adverbsAfterSuffix.longest(in: s, at: next, limit: range.upperBound) != nil
        // (存栏东乡羊3200只: a town's suffix before a farm animal ends a breed's name, 东乡羊, no town 栏东乡)
        if level == .town, PlaceLexicon.namesBreed(s, at: end, limit: range.upperBound) { return nil }
        if end < range.upperBound, PlaceLexicon.continuations.contains(s[next]), !groupVerb, !belongs, !adverbAfter, level != .zone, !locative,
           !(level == .town && PlaceLexicon.townOrgans.longest(in: s, at: j, limit: range.upperBound) != nil),
           !(s[end] == s[end - 1] && end + 1 < range.upperBound && PlaceLexicon.continuations.contains(s[end + 1])),
           !(level == .village && (Self.villageStart(afterTown: s, range, suffixAt: j, allowing: PlaceLexicon.noStops) != nil
                                    || Self.stopNameAfterTown(s, range, suffixAt: j) != nil)),
           !(level == .town && afterCounty(s, range, suffixAt: j)) { return nil }
        // (我辞工回村, 近三年回村创业: a verb of going back right before 村 goes back to the village, names none; 开始当村支书 serves it)
        if level == .village, PlaceLexicon.verbBeforeVillage(s, suffixAt: j, from: range.lowerBound, limit: range.upperBound)
            || PlaceLexicon.villageNoun(s, suffixAt: j, limit: range.upperBound) { return nil }
        // (硬化通村通组公路, 直通村里, 通往镇上: a verb of reaching right before the suffix, a road's word or a locative after it,
        // reaches the villages or the town, names none)
        if level == .village || level == .town, PlaceLexicon.reachedPlace(s, suffixAt: j, end: end, from: range.lowerBound, limit: range.upperBound) { return nil }
        // (巴东一村主任: 一 between a place's name and 村 and its post is "a", a village's head of that county, no village 巴东一村)
        if level == .village, j - 1 > range.lowerBound, s[j - 1] == TrapLexicon.yi, PlaceLexicon.villagePosts.longest(in: s, at: end, limit: range.upperBound) != nil,
           let g = gazetteer.names.longestEnding(in: s, at: j - 1, from: range.lowerBound, maxLength: 9), g.length >= 2,
           // (东风一村, 前进一村: a short name that is an everyday word, before a number, names the village's own first half)
           PlaceLexicon.wordLikeShortNameTrie.longestEnding(in: s, at: j - 1, from: j - 1 - g.length, maxLength: g.length) == nil { return nil }
        // Look back for the name: Han characters, not stop words, at most maxPrefix of them.
        var a = j
        var container: [Int] = []
        let floor = max(range.lowerBound, j - PlaceLexicon.maxPrefix(level))
        while a > floor {
            // (for a town or village only a full name holds it: 上马龙村 is no village of 马龙; or a short
            // name whose first character is a stop, which would cut the name: 镇巴兴隆镇 is 镇巴's 兴隆镇)
            // (兴义市南盘江镇: not where that stop character is the suffix of a full name ending there, 市 of 兴义市, no 市南区)
            if let g = gazetteer.names.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 9), a < j || level == .zone,
               level == .zone || PlaceLexicon.fullNameEnds.contains(s[a - 1])
                || g.length >= 2 && j - a >= 2 && PlaceLexicon.stopChars.contains(s[a - g.length])
                    && !(PlaceLexicon.fullNameEnds.contains(s[a - g.length])
                         && gazetteer.names.longestEnding(in: s, at: a - g.length + 1, from: range.lowerBound, maxLength: 9).map { $0.length >= 2 } == true) {
                // A gazetteer name ends here: it holds this place (`揭阳|空港经济区`).
                container = g.value
                break
            }
            let u = s[a - 1]
            // a town's name may hold 村 (豆村镇, 张村乡); elsewhere it ends the name before
            // (那坡县那布村, …在内,那布村12个自然屯: right after a county's full name or at a clause's start,
            // a stop character that opens names of the south, 那, is the name's first)
            guard NormalizedText.isHan(u), !PlaceLexicon.stopChars.contains(u) || (level == .town && u == PlaceLexicon.cun)
                    || (PlaceLexicon.nameOpeningStops[u].map { !$0.contains(s[a]) } == true   // (那些村 is none)
                        && (a - 1 == range.lowerBound || Outline.isClauseBreak(s[a - 2]) || PlaceLexicon.namesJoiners.contains(s[a - 2])
                            || a - 2 > range.lowerBound && PlaceLexicon.fullNameEnds.contains(s[a - 2])
                            && gazetteer.names.longestEnding(in: s, at: a - 1, from: range.lowerBound, maxLength: 9) != nil))
                    // (潭头村、安和村: a conjunction closing a delimited name of two is its last character, ``PlaceLexicon/innerStop(_:at:from:)``)
                    || a == j && level != .zone && PlaceLexicon.innerStop(s, at: a - 1, from: range.lowerBound)
                    // (兴贤里社区: 里 closing a community's name)
                    || a == j && u == PlaceLexicon.li && PlaceLexicon.communitySuffixes.longest(in: s, at: j, limit: range.upperBound) != nil else { break }
            a -= 1
        }
        // (在村委会当村支书: a place's word that a stop character opens and that runs into the name read back, 村委会,
        // ends before it; no village 委会当村)
        if a > range.lowerBound, a < j, let w = PlaceLexicon.suffixes.longest(in: s, at: a - 1, limit: j), w.length > 1 { a += w.length - 1 }
        // (扶持中复村, 支持中复村: a verb whose last character the name read back opens is no part of the name)
        if level == .village || level == .town, a > range.lowerBound, j - a >= 3,
           PlaceLexicon.verbsIntoNames.longest(in: s, at: a - 1, limit: j)?.length == 2 { a += 1 }
        // (80%左右安置区: a hedge closing a figure before the name is none of it)
        if a < j - 1, a > range.lowerBound, NumberReader.isDigit(s[a - 1]) || s[a - 1] == 0x25,
           let h = HedgeLexicon.after.longest(in: s, at: a, limit: j) { a += h.length }
        // (云南省新增农村劳动力: 农村 is the countryside where a word of the lexicon stands before it)
        if level == .village, j - a >= 3, s[j - 1] == PlaceLexicon.nong,
           SubjectLexicon.trie.longest(in: s, at: a, limit: j - 1)?.length == j - 1 - a { return nil }
        // (构建农村留守老人关爱体系, 加快农村公路建设: nor where a thing of the countryside follows it, no village 构建农)
        if level == .village, j - a >= 2, s[j - 1] == PlaceLexicon.nong, PlaceLexicon.countrysideThings.longest(in: s, at: end, limit: range.upperBound) != nil { return nil }
        // (贵州实现城镇新增就业: 城镇 before a word of the urban is the towns and cities, no town; 霍山城乡发展:
        // nor 城乡 before one of town and country, unless the table knows the town: 新城乡发展特色种植)
        if level == .town, a < j, s[j - 1] == PlaceLexicon.cheng, PlaceLexicon.urbanWords.longest(in: s, at: end, limit: range.upperBound) != nil
            || s[j] == PlaceLexicon.xiang && PlaceLexicon.urbanRuralWords.longest(in: s, at: end, limit: range.upperBound) != nil
            && !TownTable.shared.holds(NormalizedText.string(s[a..<end])) { return nil }
        // (资金14.2万元滞留镇财政所: a town's organ after the suffix, and a figure's unit right before the name read
        // back: the office of the town in force, no town named 滞留)
        if level == .town, a > range.lowerBound, a < j, PlaceLexicon.townOrgans.longest(in: s, at: j, limit: range.upperBound) != nil,
           (a..<j).contains(where: { Self.figureEnds(s, at: $0, from: range.lowerBound) }) { return nil }
        // (协助镇政府发放…, 配合乡政府: a verb of working with the town's organ before it names the town in force, none of
        // its own, unless the table knows the name)
        if level == .town, a < j, PlaceLexicon.organVerbs.longestEnding(in: s, at: j, from: a, maxLength: 2) != nil,
           PlaceLexicon.townOrgans.longest(in: s, at: j, limit: range.upperBound) != nil,
           !TownTable.shared.holds(NormalizedText.string(s[a..<end])) { return nil }
        // (红河州驻深圳办事处: a liaison office a place keeps in another is no town of that name)
        if level == .town, s[j] == PlaceLexicon.ban, a > range.lowerBound, a < j, s[a - 1] == PlaceLexicon.zhu { return nil }
        // 十里铺村, 五里墩村, 八里庄村: 里 after a numeral is a distance a name is made of, no stop
        // (the numeral delimits the name as well as a town before it would)
        var distanceName = false
        if level == .village || level == .town, a > range.lowerBound + 1, a < j, s[a - 1] == PlaceLexicon.li,
           NumberReader.isChineseNumeral(s[a - 2]) {
            a -= 2; distanceName = true
            if a > range.lowerBound, NumberReader.isChineseNumeral(s[a - 1]) { a -= 1 }   // (十八里)
        }
        // 魏县沙口集镇: a name as long as the longest read back, its county's full name right before it
        if container.isEmpty, a == floor, a > range.lowerBound, level != .zone, PlaceLexicon.fullNameEnds.contains(s[a - 1]),
           let g = gazetteer.names.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 9) { container = g.value }
        // 中和镇, 同心镇, 和平镇: a town the table knows may hold a stop character (和, 同), where
        // the name read back is too short to be one (looked up only then: rare)
        if level == .town, container.isEmpty, j - a < 2 {
            // (not where the stop character closes a word before it: 高于城镇居民 is no 于城镇)
            for k in [j - 3, j - 2] where k >= range.lowerBound && k < a && s[k..<j].allSatisfy(NormalizedText.isHan)
                && PlaceLexicon.functionCompounds.longestEnding(in: s, at: k + 1, from: max(range.lowerBound, k - 2), maxLength: 3) == nil
                && TownTable.shared.holds(NormalizedText.string(s[k..<end])) { a = k; break }
            // (青川县沙州镇: the county's full name right before such a name holds it, as before any other)
            if container.isEmpty, a > range.lowerBound, j - a >= 2, PlaceLexicon.fullNameEnds.contains(s[a - 1]),
               let g = gazetteer.names.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 9) { container = g.value }
        }
        // 三家乡小新地村, 麻黄山乡包塬村: a village right after its town is named by all between them,
        // though 地 or 包 end a word elsewhere (当地村民, 包村干部)
        var delimited = distanceName   // (the town's suffix before the name delimits it: 嘎苏木|新高勒嘎查)
        if level == .village, let t = Self.villageStart(afterTown: s, range, suffixAt: j), t <= a { a = t; delimited = true }
        // 红旗镇和平村, 新桥乡共和村: right after its town, stop characters that would leave the name
        // shorter than two (平村, 村) are the name's first (和平村, 同心村, 共和村), not conjunctions
        // (大屯镇向阳村, 宝秀镇为民村: 向, 为, 进 too, where the two are no verb: 草坝镇进行村级换届)
        if level == .village, j - a == 1, a - 2 > range.lowerBound, PlaceLexicon.stopChars.contains(s[a - 1]),
           PlaceLexicon.stopsInNames.contains(s[a - 1]) || PlaceLexicon.nameCharsAfterTown.contains(s[a - 1])
            || PlaceLexicon.verbStopsInNames.contains(s[a - 1])
            && SubjectLexicon.trie.longest(in: s, at: a - 1, limit: j).map({ $0.value != .verb }) ?? true,
           // (闽宁镇原隆村; not 兴隆镇原有村级…, a word 原 opens)
           PlaceLexicon.yuanWords.longest(in: s, at: a - 1, limit: j) == nil,
           PlaceLexicon.townSuffixLength(s, endingAt: a - 1, from: range.lowerBound) != nil { a -= 1 }
        else if level == .village, j - a < 2, let t = Self.stopNameAfterTown(s, range, suffixAt: j) { a = t }
        // 玉龙喀什镇: a town the table knows by a longer name than the one read back (喀什镇) is that one
        // (将台堡镇: or by a stop character, where the name opens its line or follows its county's full name,
        // 西吉县将台堡镇; not 西吉县将石门镇纳入…, no town the table knows; nor a preposition's, 对青山镇的工作)
        if level == .town, j - a >= 2, a > range.lowerBound, NormalizedText.isHan(s[a - 1]),
           !PlaceLexicon.stopChars.contains(s[a - 1])
            || !PlaceLexicon.prepositionStops.contains(s[a - 1])
                // (…6.3%。将台堡镇发展…, | 将台堡镇 |: or any mark or space before it, where the name read back is no town the
                // table knows itself: ，来龙门街道参加… is 龙门街道, though 醴陵 has a 来龙门街道)
                // (其中在将台堡镇建成3个: or a preposition before it, the place where things are done)
                && (a - 1 == range.lowerBound
                    || (!NormalizedText.isHan(s[a - 2]) || PlaceLexicon.prepositionStops.contains(s[a - 2]))
                        && !TownTable.shared.holds(NormalizedText.string(s[a..<end]))
                    || PlaceLexicon.fullNameEnds.contains(s[a - 2]) && gazetteer.names.longestEnding(in: s, at: a - 1, from: range.lowerBound, maxLength: 9) != nil),
           let t = Self.longerKnownTown(s, range, nameStart: a, end: end) { a = t }
        // 昭觉县阿土列尔村: right after its county's full name a village's name may be four long
        if level == .village, a > j - PlaceLexicon.longVillageName, let t = villageStart(afterCounty: s, range, suffixAt: j) { a = t }
        // 奥依托格拉克乡, 阿热吾斯塘村: a name transliterated from Uyghur, Tibetan or Mongolian runs
        // past three characters while its characters are ones such names are written with
        if level != .zone, a == j - PlaceLexicon.maxPrefix(level), s[a..<j].allSatisfy(PlaceLexicon.transliterated.contains) {
            while a > range.lowerBound, j - a < PlaceLexicon.longTransliteratedName, PlaceLexicon.transliterated.contains(s[a - 1]) { a -= 1 }
        }
        // 其中金米村: a word that ends one character into the name ends before it (金米村)
        // (其中城镇安置: nor a name of two, 中城镇, which the word leaves one character)
        if level != .zone, a > range.lowerBound, j - a >= 2, PlaceLexicon.wordsBeforeNames.longestEnding(in: s, at: a + 1, from: a - 1, maxLength: 2) != nil {
            if j - a == 2, !delimited, container.isEmpty { return nil }
            a += 1
            delimited = true   // (其中华家岭乡: the word before delimits the name it leaves)
        }
        // 阿土列尔村, 阿布洛哈村: a syllable that opens transliterated names (阿) before three read back is the
        // name's first, where nothing but a stop or the clause's start stands before it
        if level != .zone, j - a == 3, !delimited, a > range.lowerBound, PlaceLexicon.transliteratedOpeners.contains(s[a - 1]),
           a - 1 == range.lowerBound || !NormalizedText.isHan(s[a - 2]) || PlaceLexicon.stopChars.contains(s[a - 2]) {
            a -= 1; delimited = true
        }
        if level != .zone, j - a == 3, !delimited {
            // Three characters only when something delimits them: `和原|解宋营镇`.
            let before = a - 1
            // (当天肖家坊镇: a town the table knows by its three characters keeps them)
            // (目前兴贤里社区: a word of the time before delimits the name too; 入住幸福里社区: a community closed by 里 is named by
            // three, ``closedByLi``; 推广十八洞村: a name opening with two numerals keeps them, no word ends in a count)
            // (喀喇沁旗马鞍山村: a full name of the gazetteer ending right before delimits the name too, whatever its suffix)
            if before >= range.lowerBound, NormalizedText.isHan(s[before]), !PlaceLexicon.stopChars.contains(s[before]),
               !(PlaceLexicon.fullNameEnds.contains(s[before])
                 && gazetteer.names.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 9).map { $0.length >= 2 } == true),
               !(level == .town && TownTable.shared.holdsEitherSuffix(NormalizedText.string(s[a..<end]))),
               PlaceLexicon.timeWordsBeforeNames.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 2) == nil,
               // (其中支尔莫乡: so does a word that stands before names)
               PlaceLexicon.wordsBeforeNames.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 2) == nil,
               !(level == .village && Self.closedByLi(s, suffixAt: j, limit: range.upperBound)),
               !(NumberReader.isChineseNumeral(s[a]) && NumberReader.isChineseNumeral(s[a + 1])) { a += 1 }
        }
        // (县城八仙安置区, 县城广惠园移民新区: a site's name starts right after the county seat's word, whatever its length;
        // not a town's, 县城关镇 is 城关镇, but a site the size of one, 安置区, is a site)
        if level != .town || PlaceLexicon.siteSuffixes.longest(in: s, at: j, limit: end)?.length == end - j,
           let seat = Self.seatEnd(s, range, nameStart: a, suffixAt: j) { a = seat }
        if level == .zone {
            // (创建全域旅游示范区: a zone read back to 全 is a kind of the whole area, 全域, no place's)
            if container.isEmpty, a > range.lowerBound, s[a - 1] == PlaceLexicon.quan { return nil }
            let core = NormalizedText.string(s[a..<j]), suffix = NormalizedText.string(s[j..<end])
            if core.isEmpty && container.isEmpty { return PlaceMention(range: j..<end, target: .bareZone(suffix: suffix)) }
            var name = core + suffix
            var start = a
            if !container.isEmpty, let g = gazetteer.names.longestEnding(in: s, at: a, from: range.lowerBound, maxLength: 9) {
                name = NormalizedText.string(s[(a - g.length)..<a]) + name
                start = a - g.length
            }
            // (食用菌产业园区: a zone whose name ends in a generic word is a park, not a place, unless
            // its county is named with it)
            if container.isEmpty, PlaceLexicon.genericZoneCores.contains(core) || PlaceLexicon.parkSuffixes.contains(suffix)
                || (a..<j).contains(where: { Self.genericTail(s, from: $0, end: end) }) { return nil }
            return PlaceMention(range: start..<end, target: .sub(name: name, level: .zone, container: container))
        }
        // (新建通村公路: a verb opens no name longer than itself; 新建村, 建设村 are names, but no village is
        // named by a verb of three characters: 新改建村卫生室, 改扩建村)
        // (整修村支部会议室, 建设村级活动场所: nor a verb of two whose 村 opens a word of the village's own;
        // 整修村委会: nor a verb of repair, which names no village)
        // (红星乡新建村里: but right after a town's name the verb's words are a village's name)
        // (发展东乡贡羊养殖: and a town's read back the table does not know)
        // (the verb asked first: the table's lookup makes a string, 3 M instructions a pass over 400 reports asked for every town)
        if level == .village || level == .town, let v = SubjectLexicon.trie.longest(in: s, at: a, limit: j), v.value == .verb,
           level == .village || !TownTable.shared.holds(NormalizedText.string(s[a..<end])),
           j - a > v.length || v.length >= PlaceLexicon.verbNeverName
            || PlaceLexicon.villageOwnWords.longest(in: s, at: j, limit: range.upperBound) != nil && !Self.afterTownName(s, a, from: range.lowerBound) { a += v.length }
        // (整修村委会, 新建、改造村卫生室96个, 成立村股份经济合作社: a verb of repair or founding, whole before the suffix, names
        // no village, ``PlaceLexicon/verbsNamingNoPlace``)
        // (红旗镇成立村: right after its town the verb's words are a village's name; not where the suffix opens a word of the
        // villages', 川口镇成立村股份经济合作社, 改造村卫生室)
        // (负责管理镇扶贫专项资金: nor a town, one the table does not know by that name)
        if level == .village || level == .town && !TownTable.shared.holds(NormalizedText.string(s[a..<end])),
           PlaceLexicon.verbsNamingNoPlace.longest(in: s, at: a, limit: j)?.length == j - a,
           !Self.afterTownName(s, a, from: range.lowerBound) || Self.suffixOpensWord(s, at: j, limit: range.upperBound) { return nil }
        // (养了20只东乡贡羊: a classifier right after a count is the count's, no name's first)
        if a > range.lowerBound, j > a, NumberReader.isDigit(s[a - 1]) || NumberReader.isChineseNumeral(s[a - 1]),
           let u = UnitLexicon.trie.longest(in: s, at: a, limit: j), u.length < j - a { a += u.length }
        // (目前新村建设已完成: a word of the time opens no name; 目前镇上共有网店127家: nor is one)
        if let t = PlaceLexicon.timeWordsBeforeNames.longest(in: s, at: a, limit: j) {
            guard j - a > t.length else { return nil }
            a += t.length
        }
        // (和谐里社区 read back to 谐里: a community closed by 里 is named by three characters, the first a stop that cut it, one
        // names are written with, ``PlaceLexicon/stopsInNames``; after another stop, 搬到城里社区, 住在城里社区, the two name none)
        if level == .village, j - a == 2, Self.closedByLi(s, suffixAt: j, limit: range.upperBound), a > range.lowerBound,
           PlaceLexicon.stopChars.contains(s[a - 1]) {
            guard PlaceLexicon.stopsInNames.contains(s[a - 1]) else { return nil }
            a -= 1
        }
        // (来自高增乡, 帮助南庄村: 自, 助 close the word before it)
        if a > range.lowerBound, j - a > 2, PlaceLexicon.wordsBeforeNamesClosing.longestEnding(in: s, at: a + 1, from: a - 1, maxLength: 2) != nil { a += 1 }
        // (2018年整镇脱贫: a year's 年 starts no name)
        if a > range.lowerBound, s[a] == YearResolver.nian, NumberReader.isDigit(s[a - 1]) { a += 1 }
        guard j - a >= 2 else { return nil }
        // (分乡镇看，…: the words of a breakdown by places, though 夷陵 has a 分乡镇)
        if level == .town, end < range.upperBound, s[end] == KindCues.kan, s[a] == KindCues.fen { return nil }
        // (专访东乡县扶贫办主任, 宁乡市, 武乡县: a town's 乡 right before a county's or a city's suffix is the county's name's,
        // where the gazetteer knows the county; 猫儿乡县级示范合作社, 长乐乡县乡公路, 补抽乡区域内 keep their towns)
        if level == .town, end < range.upperBound, s[end - 1] == PlaceLexicon.xiang, PlaceLexicon.fullNameEnds.contains(s[end]),
           let g = gazetteer.names.longestEnding(in: s, at: end + 1, from: range.lowerBound, maxLength: 9), g.length >= 3 { return nil }
        // (中国脐橙之乡, 鱼米之乡: 之 before the suffix makes an epithet, no place)
        if s[j - 1] == PlaceLexicon.zhi { return nil }
        if locative, a > range.lowerBound, NormalizedText.isHan(s[a - 1]), !PlaceLexicon.locativeOpeners.contains(s[a - 1]) { return nil }
        // 该州城镇居民, 全县城乡: a level's word after a determiner (该州, 全县) starts no name, though the
        // table knows a 州城镇 elsewhere
        if a > range.lowerBound, PlaceLexicon.levelDeterminers.contains(s[a - 1]), PlaceLexicon.fullNameEnds.contains(s[a]) { return nil }
        // “最贫村”: a degree word opens an epithet, not a name
        if PlaceLexicon.degreeWords.contains(s[a]) { return nil }
        // 团结村“美地花田农场”: a farm named in quotes or inside a village is a firm, not a state farm
        if level == .town, s[j] == 0x519C || s[j] == 0x6797, end - j == 2,   // 农场, 林场
           (max(range.lowerBound, a - 3)..<a).contains(where: { s[$0] == TrapLexicon.openQuote || s[$0] == PlaceLexicon.cun }) { return nil }
        // 制定镇(办)工作方案: a verb before the suffix makes it a level, not a name
        // (but 南因镇, 威整镇: a town the table knows by that name; looked up only then)
        if PlaceLexicon.levelWords.longestEnding(in: s, at: j, from: a, maxLength: 2) != nil,
           !(level == .town && TownTable.shared.holds(NormalizedText.string(s[a..<end]))) { return nil }
        // 发放农村 is not a village called 放农村: no tail of the name may be a generic word
        // (right after its county's full name, or a village right after its town, only the whole
        // may not be: 宕昌县庞家乡, not 家乡; 石柱镇西古村, not 古村)
        // (a town with a name: 全镇有贫困村 is no village 有贫困 of a town 全镇)
        let afterTown = level == .village && a - 1 > range.lowerBound && PlaceLexicon.townSuffixLength(s, endingAt: a, from: range.lowerBound) != nil
            && NormalizedText.isHan(s[a - 2]) && !PlaceLexicon.stopChars.contains(s[a - 2])
        // (a town the table knows by its whole name is one: 方城镇 ends in 城镇; looked up only then)
        // (凉山村: a county's short name that is the whole name before the suffix keeps it a name,
        // though 山村 is a kind of village; 东河村 likewise)
        for k in a..<j where (container.isEmpty && !afterTown || k == a) && Self.genericTail(s, from: k, end: end) {
            // (马鞍山村: a name of three likewise)
            if k > a, gazetteer.names.longest(in: s, at: a, limit: j)?.length == j - a { continue }
            // (青山村, 富强村: a kind of village of two that many villages' names end in, after one character that opens
            // the name where nothing runs into it, is a name; not after a word of description, 小山村, 深山村)
            if k == a + 1, j - a == 2, end - j == 1, PlaceLexicon.kindsEndingNames.contains(s[k]), !PlaceLexicon.describingOpeners.contains(s[a]),
               a == range.lowerBound || !NormalizedText.isHan(s[a - 1])
                || PlaceLexicon.stopChars.contains(s[a - 1]) && (s[a - 1] != CandidateReader.de || PlaceLexicon.namedBeforeDe(s, de: a - 1, from: range.lowerBound)) { continue }
            if level == .town, TownTable.shared.holds(NormalizedText.string(s[a..<end])) { break }
            return nil
        }
        if end - a <= PlaceLexicon.genericWholeNameLength, PlaceLexicon.genericWholeNames.contains(NormalizedText.string(s[a..<end])) { return nil }
        // (标准化村卫生室 read back as 准化村: a generic word the name's first character cut; 通过村金融服务部: a function
        // word or a verb of the lexicon, whole, names no village)
        // (三强村、新建村: but a village listed right after a village is named by its words whatever they are)
        // (a named one: not 非贫困村、脱贫村, 乡村、…)
        let listedAfterVillage = level == .village && a - 2 >= range.lowerBound && s[a - 1] == NumberReader.listComma && s[a - 2] == PlaceLexicon.cun
            && PlaceLexicon.genericNameTrie.longestEnding(in: s, at: a - 1, from: max(range.lowerBound, a - 7), maxLength: 6).map { g in
                // (a kind of two a name may end in, 三强村, 青山村, after a name's character: named)
                let k = a - 1 - g.length
                return g.length <= 2 && k >= range.lowerBound && NormalizedText.isHan(s[k]) && !PlaceLexicon.stopChars.contains(s[k])
            } ?? true
        if level == .village, container.isEmpty, !afterTown, a > range.lowerBound,
           (PlaceLexicon.genericNameTrie.longestEnding(in: s, at: end, from: max(range.lowerBound, a - 3), maxLength: end - a + 3)?.length ?? 0) > end - a
            || SubjectLexicon.trie.longest(in: s, at: a, limit: j).map({ $0.length == j - a && ($0.value == .verb || $0.value == .function) }) == true
                && !listedAfterVillage { return nil }
        // 扶贫攻坚乡, 电商村: a word of the field before the suffix makes a kind of place, not a name
        // (凉水井村共有…, 以勒镇茶园村: a feature of the land a name ends in, after a character of the name that opens its clause
        // or right after its town, names the village, ``PlaceLexicon/landmarkWords``; not where the suffix opens a word of the
        // villages', 迤车镇公路村村通率, 农田村组道路, 建设茶园村民)
        if container.isEmpty, !listedAfterVillage, let w = TopicCues.trie.longestEnding(in: s, at: j, from: max(range.lowerBound, a - 2), maxLength: 6), w.length >= 2,
           !(PlaceLexicon.landmarkWords.longestEnding(in: s, at: j, from: j - w.length, maxLength: w.length)?.length == w.length
             && (j - w.length > a && (a == range.lowerBound || !NormalizedText.isHan(s[a - 1])) || afterTown && !Self.suffixOpensWord(s, at: j, limit: range.upperBound))) { return nil }
        return PlaceMention(range: a..<end, target: .sub(name: NormalizedText.string(s[a..<end]), level: level, container: container))
    }

    /// Where a site's name starts after the county seat's word (``PlaceLexicon/seatWords``) ending within two characters of
    /// the name read back from `nameStart` (`县城|八仙`, `县城|广惠园移民`): nil where none ends there, or the name after it is
    /// shorter than two or holds a stop character.
    static func seatEnd(_ s: [UInt32], _ range: Range<Int>, nameStart a: Int, suffixAt j: Int) -> Int? {
        let (lo, hi) = (max(range.lowerBound + 2, a - 2), min(a + 1, j - 2))   // (the seat's word ends two before to one after)
        guard a < j, lo <= hi,
              let e = (lo...hi).last(where: { PlaceLexicon.seatWords.longestEnding(in: s, at: $0, from: $0 - 2, maxLength: 2) != nil }),
              j - e >= 2, s[e..<j].allSatisfy({ NormalizedText.isHan($0) && !PlaceLexicon.stopChars.contains($0) }) else { return nil }
        return e
    }

    /// Whether a Chinese numeral right before a suffix at `j` counts the places listed before it (`骆驼湾、顾家台两村`): 两 always
    /// (no name holds it before its suffix); another numeral where bare names listed by 、 stand right before it (`红旗二村、
    /// 光明三村` are names, each with its suffix).
    static func countsListed(_ s: [UInt32], _ range: Range<Int>, suffixAt j: Int) -> Bool {
        guard j > range.lowerBound, NumberReader.isChineseNumeral(s[j - 1]) else { return false }
        if PlaceLexicon.countingTwos.contains(s[j - 1]) { return true }
        guard let comma = (max(range.lowerBound, j - PlaceLexicon.listedNameReach)..<(j - 1)).last(where: { s[$0] == NumberReader.listComma }),
              comma > range.lowerBound, PlaceLexicon.suffixes.longestEnding(in: s, at: comma, from: max(range.lowerBound, comma - 2), maxLength: 2) == nil else { return false }
        return s[(comma + 1)..<(j - 1)].allSatisfy(NormalizedText.isHan)
    }

    /// Whether a figure with its unit ends right before `a` (`14.2万元|`, `300户|`).
    static func figureEnds(_ s: [UInt32], at a: Int, from lower: Int) -> Bool {
        guard let u = UnitLexicon.trie.longestEnding(in: s, at: a, from: lower, maxLength: UnitLexicon.longestUnit) else { return false }
        var k = a - u.length
        if k > lower, UnitLexicon.multipliers.longestEnding(in: s, at: k, from: lower, maxLength: 1) != nil { k -= 1 }
        return k > lower && NumberReader.isDigit(s[k - 1])
    }
    /// The start of the longest town name the table knows ending at `end` and longer than the one
    /// starting at `nameStart`, up to ``PlaceLexicon/longTownName`` characters before the suffix.
    static func longerKnownTown(_ s: [UInt32], _ range: Range<Int>, nameStart: Int, end: Int) -> Int? {
        var k = nameStart - 1
        var found: Int?
        while k >= range.lowerBound, end - k <= PlaceLexicon.longTownName + 2, NormalizedText.isHan(s[k]) {
            if TownTable.shared.holdsEitherSuffix(NormalizedText.string(s[k..<end])) { found = k }
            k -= 1
        }
        return found
    }

    /// Whether the name before the suffix at `j` is a community's closed by 里 (`幸福里社区`, `兴贤里社区`).
    static func closedByLi(_ s: [UInt32], suffixAt j: Int, limit: Int) -> Bool {
        j > 0 && s[j - 1] == PlaceLexicon.li && PlaceLexicon.communitySuffixes.longest(in: s, at: j, limit: limit) != nil
    }
    /// Whether the suffix at `j` opens a word of the villages' own (`村民`, `村组`, `村村通`): no name closes there (`茶园村村民`
    /// is 茶园村's people: the suffix doubled, its first closes the name).
    static func suffixOpensWord(_ s: [UInt32], at j: Int, limit: Int) -> Bool {
        PlaceLexicon.villageOwnWords.longest(in: s, at: j, limit: limit) != nil
    }
    /// Whether a town's name (not `全镇`, `该乡`) ends right before `a`: `红星乡|新建村`.
    static func afterTownName(_ s: [UInt32], _ a: Int, from lower: Int) -> Bool {
        a - 2 >= lower && (s[a - 1] == PlaceLexicon.xiang || s[a - 1] == PlaceLexicon.zhen) && NormalizedText.isHan(s[a - 2])
            && !PlaceLexicon.levelDeterminers.contains(s[a - 2])
    }

    /// Whether `s[from..<end]`, the tail of a name with its suffix, is a generic word (`古村` in
    /// `西古村`, `产业园区`).
    @inline(__always)
    static func genericTail(_ s: [UInt32], from k: Int, end: Int) -> Bool {
        PlaceLexicon.genericNameTrie.longest(in: s, at: k, limit: end)?.length == end - k
    }
}
