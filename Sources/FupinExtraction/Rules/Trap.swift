import FupinCore

/// Why a number in a report is not a fact: the named refusals, tried in this order on each
/// ``Span``; the first whose predicate holds names the reason (`fupin extract --explain`
/// prints `refused «二〇二〇» by trap.code`). A new refusal is a case, its predicate and a
/// line in `Tests/FupinExtractionTests/Corpus/traps.txt`.
enum Trap: String, CaseIterable, Sendable {
    /// Part of a phone number, date, time, URL, file name or code: `0535-6631311`, `15:31`.
    case code = "trap.code"
    /// Money in another currency than the yuan: `1,200万港元`, `300万美元`, `约合新台币1.7万元`.
    case foreignMoney = "trap.currency"
    /// A number the page damaged: a digit lost to `?` or `�` before it (`?0万亩`), or a zero
    /// with 万 or 亿 (`0万亩`), which no report states.
    case damaged = "trap.damaged"
    /// A numeral whose digit is unknown: `几十万元`, `数百人` (several hundred; `十几万` and
    /// `三百六十几万` are read as approximate figures).
    case vague = "trap.vague"
    /// An ordinal, a weekday, a grade: `第三批`, `第16期`, `周三`, `初三`; the stages a thing is
    /// done in (`分两批`, `分三期`).
    case ordinal = "trap.ordinal"
    /// Inside a short quoted phrase or a book title: `“1+20”`, `《三年行动方案》`.
    case quoted = "trap.quoted"
    /// No unit follows: a bare number counts nothing we know.
    case noUnit = "trap.noUnit"
    /// A unit that counts nothing of ours: time, age, ranks (`3个月`, `35岁`, `名列`).
    case notCounted = "trap.notCounted"
    /// 万/亿 before a measure that takes none (`3万%`).
    case multiplier = "trap.multiplier"
    /// A bound describing a class, not a figure: `500人以上的村`, `5万元以内、3年以内的贷款`; a
    /// household's size naming its class (`3人户不低于40平方米`).
    case limit = "trap.limit"
    /// `一` as a word rather than a count: `一户一档`, `一批`.
    case one = "trap.slogan.一"
    /// A lone 百/千/万 as a word: `百姓`, `千家万户` (but `近万元` counts); an `一` that ends a
    /// word (`唯一一个`).
    case loneUnit = "trap.word"
    /// A Chinese numeral in a place name: `十八洞村`, `三合村`; a village group in an address:
    /// `联合村5组`; a road's number (`965县道`).
    case placeName = "trap.placeName"
    /// A Chinese numeral and classifier naming a slogan: `八项保障`, `两个确保`, `三个一批`; a
    /// team named by its size: `五人小组`.
    case slogan = "trap.slogan"
    /// A classifier counting a quoted slogan: `48个“战场”`.
    case quotedClassifier = "trap.slogan.quoted"
    /// The number of parts of a plan or list: `9个重点任务`, `十大举措`, `六项监测`.
    case planParts = "trap.name.parts"
    /// The number of a list's items, stated beside the list: `工厂式、居家式、…、乡村旅游式5种
    /// 类型`, `3个千亿级产业,分别是…、…、…` (a count of places listed, `等3个县`, counts).
    case listCount = "trap.name.list"
    /// The class a thing is one of: `33项民生工程之一`, `全国六大风电基地之一`, `全国精准扶贫十大工程
    /// 之一` — it describes the thing, it counts none of the report's (a class of the poor,
    /// `全市18个深度贫困乡镇之一`, counts them).
    case oneOf = "trap.name.oneOf"
    /// Places named before, referred to by their number after a preposition: `对两县贫困退出的省级核查`,
    /// `在三镇推广` — the places again, no count of the campaign's; things counted before, referred
    /// to by a demonstrative (`这两个组`, `那三个村`).
    case placesAgain = "trap.name.placesAgain"
    /// A page counter, code or contact: `阅读 1234次`, `电话:12377`.
    case meta = "trap.meta"
    /// An entry of a page's contents, numbered (`目录 ⏎ 3 人口 ⏎ 4 经济`): a number opening a short line, a space
    /// and a heading's words after it, nothing else, under the contents' heading, names a section, no count.
    case contents = "trap.name.contents"
    /// A tender's own terms (招标公告): its deposit (`投标保证金为人民币贰拾万元整`), the price of its documents (`每套售价300元`),
    /// what a bidder must have (`注册资本不少于800万元`, `至少完成过1项类似工程业绩`) and its lots (`划分为两个标段`) — no
    /// money nor count of the campaign (the project's budget and the award count).
    case tender = "trap.meta.tender"
    /// A section's number opening its sentence: `2.3 项目总投资`, `3.1 本项目资金来源…` — a decimal before a word that
    /// starts like a classifier counts no whole things.
    case section = "trap.name.section"
    /// A court's penalty on a person: `并处罚金人民币二十万元`, `罚金合计42万元`, `处罚款5万元` — no money of the
    /// campaign (what was embezzled, misused or returned counts).
    case penalty = "trap.meta.penalty"
    /// What a proposal an answer letter replies to said (`据您建议,该村有橡胶1200亩`), and the
    /// deputies it is addressed to (`权永久等14位代表:`): the asker's words, not the office's figures.
    case question = "trap.meta.question"
    /// The sample of a survey, counted in the phrase a survey word closes: `对全国31个省16万户居民
    /// 家庭的抽样调查` (how a statistic was gathered, not a figure of the campaign); and a study's scope, what its
    /// method counts in a sentence of a study (`课题组…共发放问卷420份`, `另对22名社区干部进行了访谈`), not what it
    /// found among its sample (`样本户中…的有6户`). FORMAT.md: the article's own scope is colour.
    case survey = "trap.meta.survey"
    /// A journey in a story: `沿着国道行驶约60公里后`, `驱车80多公里` — a distance travelled, not
    /// a road built nor a place's distance from its seat.
    case travel = "trap.story.travel"
    /// A span of time told in days and nights or seasons (`风雨兼程的700多个日夜`, `三个春秋`): a
    /// story's duration, counted with a classifier like things. FORMAT.md: dates and durations are traps.
    case duration = "trap.date.duration"
    /// Places counted where a place's borders are told: `北与崇信、灵台两县接壤`, `地处…三县交界`
    /// — the neighbours of a place, geography, not a count of the campaign.
    case border = "trap.story.border"
    /// A boundary's length or a band along it: `国境线长147.083公里`, `距边境线3公里以内`, `边境0—3公里范围内` —
    /// geography, or who a rule is for, not a road built.
    case boundaryLine = "trap.story.boundary"
    /// A threshold a standard sets: `贫困发生率要低于3%`, `即…错退率低于2%、群众认可度高于90%` — a bound
    /// after 低于/高于 that a modal (要, 须) or a standard's words before it (指标, 即, 是指) make a
    /// requirement, not an outcome (`贫困发生率均低于0.34%` is one).
    case threshold = "trap.limit.standard"
    /// The field a ranking is among: `居全国31个省(区、市)第二位`, `在全省16个市州中排名第三` — places
    /// counted to rank one of them, not a count of the campaign.
    case rankScope = "trap.rank.scope"
    /// A ranking moved: `排名上升5位`, `同比提高了4位` — 位 after a verb of change counts places
    /// in a ranking, not people; and its first or last places, `排名前三位`, `排名后3位的乡镇`.
    case rankShift = "trap.rank"
    /// A story from history, before the campaign's time: `民国14年,周恩来…两次来到这里`.
    case history = "trap.history"
    /// A figure of a place outside the campaign, named as the subject of its clause or of the clauses before it
    /// that name none of their own: `香港贫困人口约为140万人,贫困率为20.1%`, `而印度仍有贫困人口3.6亿` — a comparison,
    /// no figure of the campaign's places (what such a place gives or does for them counts: `香港某基金会捐资500万元`,
    /// `澳门特区政府派出6名公务员到从江挂职`).
    case outside = "trap.place.outside"
    /// A story's colour: a colloquial count under a hundred (`十几个`, `五六户`) of people or
    /// things in a clause that names nothing of poverty nor of a policy area
    /// (`十几个身穿汉服的主播`, `只有五六户人家`; but `二十几户贫困户脱贫`, `十几人外出务工`
    /// count). FORMAT.md, "Stories are not tables".
    case story = "trap.story"
    /// A family's size or children in a story: `一家五口人`, `全家4口人`, `他家有两个孩子` — a
    /// count under ten right after a word of the family (its income in yuan is a fact; `一家企业
    /// 吸纳8人` counts). FORMAT.md, "Stories are not tables".
    case family = "trap.story.family"
    /// A household's holdings in a story: `他家养了20多头猪`, `购买了30头牛和450只羊`, `一家种了15亩红枣`
    /// — animals or land that a verb of one household's keeping, done (养了, 种了, 购买了), governs in
    /// a clause that names no collective (全村, 合作社, 群众) and nothing of poverty (`全村种了300亩核桃`,
    /// `带动贫困户养了500头牛` count). FORMAT.md, "Stories are not tables".
    case holding = "trap.story.holding"
    /// A speaker's own story in a quotation or a clause of their own: `“我种植有12亩桑树,每年能养殖10多批蚕`,
    /// `“我家有5朵金花,4个出嫁`, a diary's `我15次入户走访` — what one person (我; not 我们, 我县) counts of their plots, animals, family or
    /// things is colour, while the money they earn and the shares they are paid stay facts, and a
    /// clause of poverty or of those they lead (`带动20户贫困户`) counts. FORMAT.md, "Stories are not tables".
    case speech = "trap.story.speech"
    /// One person's own effort in a story of them (deeds materials): `他累计走访农户3600余户次`, `她家访学生1800余人次`,
    /// `记下了厚厚4本民情日记`, `光轮胎就换了4次`, `先后骑坏了3辆摩托车` — the visits one person (他, 她; not 他们)
    /// made and the diaries, trips and things worn out they count are colour; what they brought about counts
    /// (`他争取项目资金680万元,新修通组公路9.3公里`). FORMAT.md, "Stories are not tables".
    case effort = "trap.story.effort"
    /// The copies of a document a letter or contract is made in: `本责任书一式三份`, `双方各执一份` — its
    /// paperwork, no count of the campaign.
    case copies = "trap.meta.copies"
    /// The one a per-unit rule is counted by: `每吸纳1名贫困劳动力给予企业1000元`, `每介绍1人奖励200元`, `每新购基础母牛1头` —
    /// the basis of a rate, no count (the money it pays is the fact).
    case perBasis = "trap.rate.basis"
    /// A study's statistic: a significance level or a quantile (`***、**、*分别表示在1%、5%、10%的水平上显著`, `25%分位点`) — no
    /// share of a place.
    case statistic = "trap.meta.statistic"
    /// 二元 read as "dual", no two yuan: `城乡二元结构`, `二元Logit模型`.
    case dual = "trap.word.dual"

    /// Whether the figure at `at` stands inside brackets opened right after a poverty standard's word
    /// (`贫困标准(…每人每年2300元)`, `扶贫标准(国家的收入标准是…2300元,…)`; a programme's rate,
    /// `补助标准(每户补助2万元)`, is a figure).
    static func glossesStandard(_ s: [UInt32], at: Int, sentence: Range<Int>) -> Bool {
        guard let k = glossOpening(s, at: at, sentence: sentence) else { return false }
        // (an unclosed bracket glosses no clause after its first: 按现行扶贫标准(2010年不变价2300元,全县…达到8560元)
        if s[k..<at].contains(where: Outline.isClauseBreak), !s[at..<sentence.upperBound].contains(FactContext.closeBracket) { return false }
        return TrapLexicon.povertyLines.longestEnding(in: s, at: k - 1, from: max(sentence.lowerBound, k - 1 - TrapLexicon.povertyLineLength),
                                                       maxLength: TrapLexicon.povertyLineLength)?.value == true
    }
    /// Where the bracket the figure at `at` stands in opens (right after it), within
    /// ``TrapLexicon/standardGlossReach`` and past no closing bracket; nil outside one.
    static func glossOpening(_ s: [UInt32], at: Int, sentence: Range<Int>) -> Int? {
        var k = at
        while k > sentence.lowerBound, s[k - 1] != FactContext.openBracket {
            if s[k - 1] == FactContext.closeBracket || at - k > TrapLexicon.standardGlossReach { return nil }
            k -= 1
        }
        return k > sentence.lowerBound ? k : nil
    }

    /// Whether a verb of leaving poverty stands at `k`, an adverb before it or not (`脱贫摘帽`, `全部出列`).
    static func leavesPoverty(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        var k = k
        if let a = TrapLexicon.exitAdverbs.longest(in: s, at: k, limit: limit) { k += a.length }
        return TopicCues.exitVerbs.longest(in: s, at: k, limit: limit) != nil
    }

    /// Whether a clause's rest closes with verbs of leaving poverty (`实现脱贫摘帽`, `将于年底前脱贫摘帽了`).
    static func closesWithExit(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard let (at, _) = TopicCues.exitVerbs.firstMatch(in: s, r) else { return false }
        var k = at
        while let v = TopicCues.exitVerbs.longest(in: s, at: k, limit: r.upperBound) { k += v.length }
        if k < r.upperBound, s[k] == KindCues.le { k += 1 }
        return k == r.upperBound || Outline.isClauseBreak(s[k]) || Outline.sentenceEnds.contains(s[k])
    }

    /// Whether a sentence tells of one person doing what the figure counts: the last `他`, `她` before it
    /// (not `他们`, `其他`, `他人`), who neither says it (`他介绍,…`) nor leads others to it (`他带领全镇干部…`,
    /// `在她的带动下`), no collective opening a clause between (`她到村后,全村举办培训12次`).
    static func tellsOfOne(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        guard let k = r.reversed().first(where: { k in
            TrapLexicon.thirdPersons.contains(s[k]) && !(k + 1 < r.upperBound && TrapLexicon.notOneAfter.contains(s[k + 1]))
                && !(k > r.lowerBound && s[k - 1] == TrapLexicon.qi)
        }) else { return false }
        var a = k + 1
        if a < r.upperBound, s[a] == CandidateReader.de { a += 1 }
        guard PlaceLexicon.speechEnds.longest(in: s, at: a, limit: r.upperBound) == nil,
              TrapLexicon.othersLed.longest(in: s, at: a, limit: r.upperBound) == nil else { return false }
        // (a collective the subject of a clause of its own, 她到村后,全村举办…; not one the person's visits reach, 他走遍全村12个村民小组)
        var from = a
        while let (m, _) = TrapLexicon.collectiveDoers.firstMatch(in: s, from..<r.upperBound) {
            if m > r.lowerBound, Outline.isClauseBreak(s[m - 1]) { return false }
            from = m + 1
        }
        return true
    }

    /// Whether a later 的 of the clause, from `from`, closes a class with a group's noun that the clause then says something
    /// of (`…就业的扶贫车间有35家`, `…的扶贫车间35家`, `…的扶贫车间,每个奖补`): not a place's phrase the people go on into (`在家门口的扶贫车间就业`).
    static func laterClassCloses(_ s: [UInt32], from: Int, clause: Range<Int>) -> Bool {
        var k = from
        while k < clause.upperBound {
            defer { k += 1 }
            guard s[k] == CandidateReader.de,
                  let (g, _) = TrapLexicon.peopleGroups.firstMatch(in: s, (k + 1)..<min(clause.upperBound, k + 1 + TrapLexicon.groupNounReach)),
                  let len = TrapLexicon.peopleGroups.longest(in: s, at: g, limit: clause.upperBound)?.length, len >= 2 else { continue }
            let end = g + len
            // (…就业的扶贫车间35家: or the clause's count of them)
            if end >= clause.upperBound || TrapLexicon.classPredicates.contains(s[end])
                || NumberReader.isDigit(s[end]) || NumberReader.isChineseNumeral(s[end]) { return true }
        }
        return false
    }
    /// Whether the count at `at` follows a notice's verbs (`通报4起`, `通报曝光5起`) in a sentence that tallies nothing:
    /// no tally right before the verbs (``TrapLexicon/tallyWords``: `共通报`, `先后通报8起`), no period before them
    /// (``TrapLexicon/periodWords``: `今年以来…`, `全年…`), no count of cases before them (`查处问题46起,通报曝光12起`).
    /// (中共, 公共, 今年10月 tally nothing)
    static func noticeCount(_ s: [UInt32], at: Int, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        var k = at
        while let v = TrapLexicon.noticeVerbs.longestEnding(in: s, at: k, from: clause.lowerBound, maxLength: 2) { k -= v.length }
        guard k < at, TrapLexicon.tallyWords.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2) == nil,
              TrapLexicon.periodWords.firstMatch(in: s, sentence.lowerBound..<k) == nil else { return false }
        return !(sentence.lowerBound..<max(sentence.lowerBound, k - 1)).contains { j in
            s[j + 1] == TrapLexicon.caseCounter && (NumberReader.isDigit(s[j]) || NumberReader.isChineseNumeral(s[j]))
        }
    }
    /// Whether a span counts places: a place noun in its unit (`3县`) or right after its classifier (`五个县市区`).
    @inline(__always)
    static func countsPlaces(_ span: Span, _ s: [UInt32], _ limit: Int) -> Bool {
        span.measure == .items && ((span.unitStart..<span.unitEnd).contains(where: { TrapLexicon.placeNounChars.contains(s[$0]) })
            || span.classifier && span.unitEnd < limit && TrapLexicon.placeNounChars.contains(s[span.unitEnd]))
    }

    /// Whether a lone numeral at `at`, its unit ending at `unitEnd`, counts (``loneUnit``): after 的, a verb of counting (`有`,
    /// `仅剩`), a county's or city's name or a whole place's word (`全县`, `该镇`, `全村十户`); after a village's or town's name
    /// only with 个 or what is counted or told of them after it (`以勒镇十个村`, `大坪村十户贫困户全部脱贫`; not `红星村十户联防`).
    static func countsAfter(_ s: [UInt32], at: Int, unitEnd: Int, from lower: Int, limit: Int) -> Bool {
        let u = s[at - 1]
        if u == CandidateReader.de || TrapLexicon.countVerbsBeforeOne.contains(u) || PlaceLexicon.levelDeterminers.contains(u)
            || PlaceLexicon.fullNameEnds.contains(u) { return true }
        guard PlaceLexicon.villageOrTownEnds.contains(u) else { return false }
        if at - 2 >= lower, PlaceLexicon.levelDeterminers.contains(s[at - 2]) { return true }
        return at + 1 < limit && s[at + 1] == CandidateReader.ge || unitEnd < limit && TrapLexicon.countedAfterTen.longest(in: s, at: unitEnd, limit: limit) != nil
    }

    /// The first refusal that holds for a span, or nil when it is a figure.
    static func first(refusing span: Span, reader: CandidateReader, sentence: Range<Int>) -> Trap? {
        for t in allCases where t.refuses(span, reader, sentence) { return t }
        return nil
    }

    /// The predicate of each refusal.
    ///
    /// Inlined into ``first(refusing:reader:sentence:)``, which asks it of a dozen refusals for
    /// every number: a call each cost more than most predicates (measured: 356.9 → 353.3 M
    /// instructions a pass over 400 reports).
    @inline(__always)
    func refuses(_ span: Span, _ r: CandidateReader, _ sentence: Range<Int>) -> Bool {
        let s = r.s, n = span.number, at = span.numberStart, limit = sentence.upperBound
        switch self {
        case .code:
            // 住在3栋2单元: a building's number in an address, its entrance after it
            // (新建安置楼12栋360套 counts buildings: the entrance, 单元, 号 or 室, must follow)
            if span.unitEnd + 1 < limit, span.unitEnd == span.unitStart + 1, s[span.unitStart] == TrapLexicon.dong {
                var k = span.unitEnd
                while k < limit, NumberReader.isDigit(s[k]) || NumberReader.chineseDigits[s[k]] != nil { k += 1 }
                if k > span.unitEnd, k < limit, TrapLexicon.addressParts.contains(s[k]) { return true }
            }
            // 扶贫(21305款), (2130599项): a budget subject's code of five digits or more in brackets, its level (类, 款, 项)
            // after it, or an expenditure code by its own shape, 扶贫21305款资金 (not 整改各类问题16732项, 上架农副产品12560款: counts)
            if span.unitEnd == span.unitStart + 1, TrapLexicon.budgetLevels.contains(s[span.unitStart]),
               n.end - at >= TrapLexicon.budgetCodeDigits, s[at..<n.end].allSatisfy(NumberReader.isDigit),
               at > sentence.lowerBound && FactContext.openBracket == s[at - 1]
                || TrapLexicon.isExpenditureCode(s, at..<n.end, level: s[span.unitStart], limit: limit) { return true }
            return r.isEmbedded(start: at, end: n.end, limit: limit, sentence: sentence)
        case .foreignMoney:
            // (the currency after the figure, past its multiplier, or named right before it)
            // (1200万元(港币): or glossed in brackets right after its unit)
            return TrapLexicon.foreignCurrencies.longest(in: s, at: span.unitStart, limit: limit) != nil
                || span.end + 1 < limit && s[span.end] == FactContext.openBracket
                    && TrapLexicon.foreignCurrencies.longest(in: s, at: span.end + 1, limit: limit) != nil
                || TrapLexicon.foreignCurrencies.longestEnding(in: s, at: at, from: max(sentence.lowerBound, at - TrapLexicon.currencyLength),
                                                              maxLength: TrapLexicon.currencyLength) != nil
        case .damaged:
            if n.value == 0 && span.multiplier > 1 { return true }
            return at > sentence.lowerBound && (s[at - 1] == 0x3F || s[at - 1] == NormalizedText.lostCharacter)
        case .vague:
            // 几十万, 数百: the numeral starts with its unit and 几/数 stands for the digit
            guard n.isChinese, at > sentence.lowerBound, NumberReader.chineseUnits[s[at]] != nil,
                  TrapLexicon.vagueDigits.contains(s[at - 1]) else { return false }
            return !(at - 1 > sentence.lowerBound && TrapLexicon.countNounEnds.contains(s[at - 2]))
        case .ordinal:
            // 县十六届人大二次会议: a session of a congress is numbered, not counted (at the sentence's
            // start too: 十三届全国人大二次会议新闻中心…)
            if span.unitTag == .session,
               TrapLexicon.sessions.firstMatch(in: s, max(sentence.lowerBound, at - 8)..<min(limit, span.end + 6)) != nil { return true }
            // 1、2、3组, 3、4、5栋, 1、2、3项工作: three or more things listed that count on by one are labels, unless a word
            // distributing them before them in their clause gives each to a thing listed (分别有1、2、3个, 依次为10、11、12个);
            // people, households and money are counted whatever their run (各有未脱贫户2、3、4户, 为5、6、7人)
            if span.enumerated, !span.listed.isEmpty, span.measure == .items, CandidateReader.countsOn(span),
               KindCues.distributingWord(in: s, Outline.clause(s, around: at, in: sentence).lowerBound..<at) == nil { return true }
            // 一、二、三组共有村民80人, 1、2组: numbers listed by 、 before a group's classifier name the groups
            if span.unitEnd == span.unitStart + 1, TrapLexicon.groupClassifiers.contains(s[span.unitStart]),
               span.enumerated || at - 2 >= sentence.lowerBound && s[at - 1] == NumberReader.listComma
                && (NumberReader.isDigit(s[at - 2]) || NumberReader.chineseDigits[s[at - 2]] != nil) { return true }
            guard at > sentence.lowerBound else { return false }
            // 分两批派驻, 分三期实施, 分为两部分, 分三批次: the stages or parts a thing is done or divided in
            // are no count of it
            if TrapLexicon.splitVerbs.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 2) != nil,
               TrapLexicon.stageUnitWords.longest(in: s, at: span.unitStart, limit: limit) != nil { return true }
            // 二次叠加帮扶, 二次返贫: 二 before 次 and a word is "second", not a count (twice is 两次)
            if s[at] == TrapLexicon.er, n.value == 2, n.end == at + 1, span.unitEnd == span.unitStart + 1, s[span.unitStart] == TrapLexicon.ci,
               span.unitEnd < limit, NormalizedText.isHan(s[span.unitEnd]) { return true }
            // 共涉及二批, 二期工程: a lone 二 before a stage's classifier numbers the stage (two stages are 两批)
            if s[at] == TrapLexicon.er, n.value == 2, n.end == at + 1, span.unitEnd == span.unitStart + 1,
               TrapLexicon.stageUnits.contains(s[span.unitStart]) { return true }
            // (位列第二、三名, 第12、13批, 第一、二、三名: a number listed after an ordinal is one too)
            if s[at - 1] == NumberReader.listComma {
                var k = at - 1
                while k > sentence.lowerBound, NumberReader.isDigit(s[k - 1]) || NumberReader.chineseDigits[s[k - 1]] != nil
                        || s[k - 1] == NumberReader.listComma { k -= 1 }
                if k > sentence.lowerBound, s[k - 1] == TrapLexicon.di { return true }
            }
            return n.isChinese ? TrapLexicon.ordinalPrefixes.contains(s[at - 1]) : s[at - 1] == TrapLexicon.di   // 第16期
        case .quoted:
            return r.inSloganQuote(at)
        case .noUnit:
            return !span.unitFound
        case .notCounted:
            return span.measure == nil || (span.unitTag == .tenths && n.value > 10)
        case .multiplier:
            return span.multiplier != 1 && !(span.measure?.takesMultiplier ?? true)
        case .limit:
            // 超过五成的村达到5万元以上, 三分之一以上的村: a share told in tenths or as a fraction is the share of
            // the things named after it, no class a rate bounds (贫困发生率3%以上的村 is one)
            if span.measure == .percent, span.end < limit, s[span.end] == CandidateReader.de, span.unitTag == .tenths || span.rule == CandidateReader.fractionRule { return false }
            // 原则上…降至2%以下, 退出标准(…错退率低于2%…): a share bounded by a rule or in a standard's gloss is the
            // threshold, no reported level
            if span.measure == .percent, Self.bounded(span, s, sentence), Self.thresholdContext(s, span, sentence: sentence) { return true }
            // 按每人每年2300元的国家农村贫困标准测算, 按现行标准(…2300元)测算: the line a statistic is
            // counted by, a poverty line in a clause 按 opens and an estimate's verb closes, is its method, no
            // figure (按每亩收益3000元测算, 按每户补助2万元的标准测算: an assumed yield or aid, a rate)
            // (the estimate's verb looked for first: most sentences hold none, and no clause is cut for them)
            if span.measure == .yuan, KindCues.estimates.firstMatch(in: s, span.end..<sentence.upperBound) != nil,
               case let clause = Outline.clause(s, around: at, in: sentence),
               TrapLexicon.countedBy.longest(in: s, at: clause.lowerBound, limit: at) != nil,
               KindCues.estimates.longestEnding(in: s, at: clause.upperBound, from: span.end, maxLength: 2) != nil,
               TrapLexicon.povertyLines.firstMatch(in: s, clause)?.1 == true { return true }
            // 现行国家农村贫困标准(2010年价格水平为每人每年2300元): the standard's own line, glossed in
            // brackets right after its word
            if span.measure == .yuan, Self.glossesStandard(s, at: at, sentence: sentence) { return true }
            // 低于国家规定的2%标准, 超过4万元指标: a bound before, the standard's word right after
            // (超过2万亩标准茶园, 不低于50个标准厂房: a word after the standard's makes it a grade of the things counted)
            if span.end < limit, let w = TrapLexicon.closingStandards.longest(in: s, at: span.end, limit: limit), w.value,
               span.end + w.length >= limit || !NormalizedText.isHan(s[span.end + w.length]) || s[span.end + w.length] == CandidateReader.de,
               TrapLexicon.standardBounds.firstMatch(in: s, Outline.clause(s, around: at, in: sentence).lowerBound..<span.start) != nil { return true }
            // 低于国家2%的标准: a share that a standard sets, not a reported one
            if span.measure == .percent, span.end + 1 < limit, s[span.end] == CandidateReader.de,
               TrapLexicon.standards.longest(in: s, at: span.end + 1, limit: limit) != nil { return true }
            // 自付费用超过3000元的部分, 逾期率超过2%时: a bound before the figure and a condition's word right after it
            // (the part above the line, the moment it is crossed) draw a line, no figure
            if span.end < limit, TrapLexicon.conditionClosers.longest(in: s, at: span.end, limit: limit)?.value == true,
               let b = HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 2), b.value != .about { return true }
            // 超过3000人的有18个: a bound before the figure, the class, then how many there are
            // (收入过万元的农户: 过 over a lone 万 bounds as 超过 does, ``HedgeLexicon/shangBefore``)
            func boundBefore() -> Bool {
                HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 2).map { $0.value != .about }
                    ?? (s[span.start - 1] == HedgeLexicon.guo && HedgeLexicon.shangBefore(s, span.start, from: sentence.lowerBound))
            }
            if span.end + 1 < limit, s[span.end] == CandidateReader.de, s[span.end + 1] == TrapLexicon.you, span.start > sentence.lowerBound, boundBefore() { return true }
            // 零售额超过1000万元的县: a bound before the figure, and 的 and the class it bounds after
            // (a class of places or households: 超过2000人的就业问题 counts people)
            if span.end + 1 < limit, s[span.end] == CandidateReader.de, NormalizedText.isHan(s[span.end + 1]), span.start > sentence.lowerBound, boundBefore(),
               ((span.end + 1)..<min(limit, span.end + 1 + TrapLexicon.classNounReach)).contains(where: { TrapLexicon.classNounChars.contains(s[$0]) }) { return true }
            // 2人户不低于30平方米, 3人以上户: households classed by their size, no count of people
            // (5人户籍迁出, 3人户口: 户 starts another word)
            if span.measure == .persons, n.value <= TrapLexicon.householdSizeLimit, span.end < limit, s[span.end] == TrapLexicon.hu,
               s[span.unitEnd - 1] == TrapLexicon.ren, !(span.end + 1 < limit && TrapLexicon.huWords.contains(s[span.end + 1])) { return true }
            // (the lookup ends at once where no hedge's last character stands before the span)
            if let b = HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 2), b.value != .about {
                // 若投保人损失超过5000元,即可获得…: a bound in a clause a condition opens is the policy's line
                let clause = Outline.clause(s, around: at, in: sentence)
                if TrapLexicon.conditionOpeners.longest(in: s, at: clause.lowerBound, limit: at)?.value == true { return true }
            }
            // 10万元到50万元的124件: both bounds of a range, units on each, that 的 closes describe a class
            if Self.boundsRangeClass(s, span, sentence: sentence) { return true }
            // 20万—50万元的村38个, 3万至5万元的村有41个: a range read as one span that 的 and a class of
            // places or households close describes the class (1500元至2500元不等的助学金 varies: each a figure)
            if span.high != nil, span.end + 1 < limit, s[span.end] == CandidateReader.de, Self.classAfter(s, span.end + 1, limit) { return true }
            // 【收入5万—10万元】118个村: a range or a bound closing a row's label, a count after it, names the row's class
            if span.high != nil || span.trailingHedge?.isThreshold == true || at - 2 >= sentence.lowerBound && CandidateReader.rangeSeparators.contains(s[at - 1]),
               span.end + 1 < limit, s[span.end] == Outline.tagClose,
               Self.countAfter(s, span.end + 1, limit) { return true }
            // 搬迁户至少有1人稳定就业, 每户至少一人: a floor of a person or two a household is a standard
            // each household meets, no count of people (全村至少有10人 counts)
            // (每个行政村均有1个卫生服务机构, 每个乡镇均建成1家卫生院,且至少有1名合格的医师: one of a thing
            // or a person each place has is the standard it meets, with 每 anywhere before in the sentence)
            if span.measure == .persons || span.measure == .items, n.value <= TrapLexicon.householdFloorLimit,
               let f = TrapLexicon.floorWords.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: TrapLexicon.floorWordLength) {
                let clause = Outline.clause(s, around: at, in: sentence)
                if span.measure == .persons, TrapLexicon.eachHousehold.firstMatch(in: s, clause.lowerBound..<(at - f.length)) != nil { return true }
                // (贫困户每户增收3000元,…均建成1个扶贫车间: a 每 whose own figure is no floor sets none here)
                if let m = s[sentence.lowerBound..<(at - f.length)].lastIndex(of: TrapLexicon.mei),
                   !Self.figureAbove(TrapLexicon.householdFloorLimit, s, m..<(at - f.length)) { return true }
            }
            // 500人以上的, 5万元以内的, 5万元以内、3年以内的
            guard span.trailingHedge?.isThreshold == true || span.afterUnit?.isBound == true, span.end < limit else { return false }
            // 25户以上自然村, 800人以上安置区: a size right before the places it classes, no 的 between
            // (带动500户以上贫困户 counts the households)
            // (3成以上农户 is the share itself)
            // (but 带动800户以上村民, 1000人以上社区居民: the place's people are counted)
            if span.measure == .persons || span.measure == .households, let p = TrapLexicon.classedPlaces.longest(in: s, at: span.end, limit: limit), p.value,
               span.end + p.length >= limit || !TrapLexicon.peopleAfterSuffix.contains(s[span.end + p.length])
                && WholePlaceCounts.everyone.longest(in: s, at: span.end + p.length, limit: limit) == nil { return true }
            // 三分之二以上的青壮年外出务工, 95%以上的贫困户受益: a share of people or households, the figure
            // itself, not a class it bounds
            if span.measure == .percent, s[span.end] == CandidateReader.de,
               UnitLexicon.peopleNouns.firstMatch(in: s, (span.end + 1)..<min(limit, span.end + 1 + TrapLexicon.shareNounReach)) != nil
                || UnitLexicon.householdNouns.firstMatch(in: s, (span.end + 1)..<min(limit, span.end + 1 + TrapLexicon.shareNounReach)) != nil { return false }
            // (全县90%以上的村庄达到清洁村庄标准: a share of a whole place's villages, right after its word; not a class a rate, a
            // share or a growth bounds, 贫困发生率3%以上的村, 贫困户占30%以上的村, 收入增长20%以上的村)
            if span.measure == .percent, s[span.end] == CandidateReader.de, span.start - 2 >= sentence.lowerBound,
               PlaceLexicon.levelDeterminers.contains(s[span.start - 2]), PlaceLexicon.fullNameEnds.contains(s[span.start - 1]),
               UnitLexicon.villageNouns.firstMatch(in: s, (span.end + 1)..<min(limit, span.end + 1 + TrapLexicon.shareNounReach)) != nil { return false }
            // 一天要来3000人次以上的游客: people counted, named after 的, are the count itself (not 500人以上的企业)
            // (but 吸纳20人以上的贫困劳动力就业的扶贫车间, 50人以上的村民小组, 800人以上的贫困人口集中安置点: the people head a
            // phrase of the class, a group's noun or 的 right after them, or a rule's 对 opens the clause and an award or a
            // rate follows: 对1200人以上的贫困劳动力开展了技能培训 counts them)
            if span.measure == .persons || span.measure == .personTimes, s[span.end] == CandidateReader.de,
               let p = TrapLexicon.countedPeople.longest(in: s, at: span.end + 1, limit: limit), case let e = span.end + 1 + p.length,
               TrapLexicon.peopleGroups.longest(in: s, at: e, limit: limit) == nil,
               !(e < limit && s[e] == CandidateReader.de),
               case let clause = Outline.clause(s, around: at, in: sentence),
               // (吸纳10人以上的贫困劳动力就业的扶贫车间有35家: a group's noun after a later 的 of the clause closes the class;
               // 游客来村里的农家乐 goes on)
               !Self.laterClassCloses(s, from: e, clause: clause),
               TrapLexicon.ruleOpeners.longest(in: s, at: clause.lowerBound, limit: at) == nil
                || TrapLexicon.ruleAwards.firstMatch(in: s, e..<sentence.upperBound) == nil,
               TrapLexicon.conditionOpeners.longest(in: s, at: clause.lowerBound, limit: at)?.value != true { return false }
            // 1500元以上的发电收益: the amount itself, not a class it bounds
            if s[span.end] == CandidateReader.de, span.end + 1 < limit,
               let m = TrapLexicon.amountNouns.firstMatch(in: s, (span.end + 1)..<limit), m.0 <= span.end + 3 { return false }
            // 聚集了全省七成以上的森林、九成以上的湿地: a share of things no class's noun follows is the
            // share itself (贫困发生率3%以上的村, 增长10%以上的企业 class places and firms; 报销比例达到90%以上的
            // 政策 bounds a policy)
            if span.measure == .percent, s[span.end] == CandidateReader.de, span.end + 1 < limit,
               TrapLexicon.boundedThings.longest(in: s, at: span.end + 1, limit: limit) == nil,
               !((span.end + 1)..<min(limit, span.end + 1 + TrapLexicon.classNounReach)).contains(where: { TrapLexicon.classNounChars.contains(s[$0]) }) { return false }
            if s[span.end] == CandidateReader.de || (span.afterUnit?.isBound == true && s[span.end] == 0x3001) { return true }
            // 涉及50户以下、贫困发生率50%以上整体搬迁的自然村: a list of bounds is a rule of selection
            return Self.afterBoundItem(s, before: span.start, sentence: sentence)
        case .one:
            // 壹 (financial) is never a slogan's 一, nor is 一半 (half of a whole) or 一成 (a tenth: 比去年多出一成);
            // 一亩多的 is a figure
            guard n.isChinese && n.value == 1 && span.high == nil && s[at] != 0x58F9, span.unitTag != .half,
                  span.unitTag != .tenths || at + 2 < limit && TrapLexicon.unchangedTails.contains(s[at + 2]),
                  span.multiplier == 1 else { return false }   // 一打人 is twelve
            // 当地共有一人。, 全村仅剩一户: a count a verb states right before it, closing its clause
            // (卫生院一所、中心小学一所: or after the thing it counts, an institution's classifier closing the
            // item; not one a unit gets, 每村安装…电站一座)
            if at > sentence.lowerBound, TrapLexicon.countVerbsBeforeOne.contains(s[at - 1])
                || NormalizedText.isHan(s[at - 1]) && span.unitEnd - span.unitStart == 1 && TrapLexicon.institutionClassifiers.contains(s[span.unitStart])
                    && !s[Outline.clause(s, around: at, in: sentence).lowerBound..<at].contains(TrapLexicon.mei),
               span.end >= limit || Outline.isClauseBreak(s[span.end]) || Outline.sentenceEnds.contains(s[span.end]) { return false }
            return !(span.trailingHedge != nil && (span.end >= limit || s[span.end] == CandidateReader.de || !NormalizedText.isHan(s[span.end])))
        case .loneUnit:
            // 一起劳动, 破获了两起盗窃案: 起 after a Chinese numeral counts no cases of a table; 自2018起,
            // 从2019.10起: after a mark of a start, or with a fraction, it is a date's
            // (每月10起开始发放: a start's verb after it, a day's too)
            // (信访案件从12起减少到3起 counts cases: a start's mark before a year only)
            // (查处问题十二起, 案件二十六起: a numeral of two characters or more, or one right after a case's
            // noun, counts cases; 从10月15起: a month's day before 起 is a date)
            // (案件一起: one case after its noun; 从十五起: a start however written)
            if span.unitTag == .cases, n.isChinese && TrapLexicon.caseNouns.longestEnding(
                    in: s, at: at, from: max(sentence.lowerBound, at - TrapLexicon.caseNounLength), maxLength: TrapLexicon.caseNounLength) == nil
                    && (n.value == 1 || n.end - at == 1 || at > sentence.lowerBound && TimeLexicon.fromMarkers.contains(s[at - 1]))
                || n.value != n.value.rounded()
                || at > sentence.lowerBound && TimeLexicon.fromMarkers.contains(s[at - 1]) && TrapLexicon.yearValues.contains(n.value)
                || at > sentence.lowerBound && s[at - 1] == YearResolver.yue
                || TrapLexicon.startVerbs.longest(in: s, at: span.unitEnd, limit: limit) != nil { return true }
            // 三番五次来村里, 三天两头: a numeral inside an idiom counts nothing
            if n.isChinese, (max(sentence.lowerBound, at - TrapLexicon.numeralIdiomLength + 1)...at).contains(where: { k in
                TrapLexicon.numeralIdioms.mayStart(s[k]) && (TrapLexicon.numeralIdioms.longest(in: s, at: k, limit: limit).map { k + $0.length > at } ?? false) }) { return true }
            // 唯一一个人口超百万的县: an 一 that ends a word (唯一, 统一) starts no numeral
            // (统一千人: 一 before a unit is a numeral's head)
            if n.isChinese, s[at] == TrapLexicon.yi, at > sentence.lowerBound, TrapLexicon.endsInOne.contains(s[at - 1]),
               !(at + 1 < limit && NumberReader.chineseUnits[s[at + 1]] != nil) { return true }
            // (为了让百万贫困群众早日脱贫: 百万 with no unit after it, before the people it names, is rhetoric)
            if n.isChinese, n.end - at == 2, TrapLexicon.rhetoricalCounts.longest(in: s, at: at, limit: n.end)?.length == 2,
               UnitLexicon.trie.longest(in: s, at: n.end, limit: limit) == nil,
               HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 2) == nil { return true }
            // a lone 十 counts people (十人, 拾名), or is hedged (十余户); a lone 万/千/百 is a word
            // unless a hedge before makes it a figure (近万元)
            // (道路千万条,脱贫第一条: 千万 and 万千 alone are words too, as lone units are)
            guard n.isChinese, n.end - at == 1 || (n.end - at == 2 && TrapLexicon.unitWords.longest(in: s, at: at, limit: n.end)?.length == 2),
                  let unitValue = NumberReader.chineseUnits[s[at]] else { return false }
            // (入学率达百分之百, 参保率达到百分之百: a rate's level told in words; 百分之百有信心 is the idiom)
            // (参保比例达百分之百, 覆盖面达到百分之百: a share's other nouns too)
            if span.measure == .percent, span.start > sentence.lowerBound,
               case let before = max(sentence.lowerBound, span.start - Self.rateNounReach)..<span.start,
               s[before].contains(TrapLexicon.lv)
                || TrapLexicon.shareNouns.firstMatch(in: s, max(sentence.lowerBound, before.lowerBound - 2)..<span.start) != nil { return false }
            // (再培育旅游扶贫示范村十个。: a lone 十 and its classifier closing the clause after the things it counts)
            // (but 制定帮扶措施十项: a plan's parts, ``TrapLexicon/listParts``, before them are counted as a list is)
            if unitValue == 10, span.unitEnd > span.unitStart, at > sentence.lowerBound, NormalizedText.isHan(s[at - 1]),
               span.end >= limit || Outline.isClauseBreak(s[span.end]) || Outline.sentenceEnds.contains(s[span.end]),
               TrapLexicon.listParts.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: TrapLexicon.listPartLength) == nil { return false }
            guard unitValue >= 100 || !(span.approx || span.measure == .persons) else { return false }
            // (剩下的十户, 全县十个乡镇, 全镇十个村: a lone 十 after 的, a verb of counting or a whole place's word counts households,
            // villages, or things its 个 names after it, as it counts people; 推行十户联保 names a scheme)
            if unitValue == 10, at > sentence.lowerBound, Self.countsAfter(s, at: at, unitEnd: span.unitEnd, from: sentence.lowerBound, limit: limit),
               span.measure == .households || span.measure == .villages
                || (span.classifier && s[span.unitStart] == CandidateReader.ge && span.unitEnd < limit && NormalizedText.isHan(s[span.unitEnd])) { return false }
            // 近万元, 逾百家, 上万户: a hedge before makes it a figure
            if HedgeLexicon.shangBefore(s, at, from: sentence.lowerBound) { return false }
            // 万把块钱, 千把人: 把 after it says about so many; 百余人, 千多人次: so does a hedge
            if n.end < limit, s[n.end] == HedgeLexicon.ba || (span.approx && n.end < span.unitStart) { return false }
            // (靠近万亩柠檬产业基地: 靠近 is no hedge)
            return HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 2) == nil
                || r.isFalseHedge(endingAt: span.start, sentence: sentence)
        case .placeName:
            if n.isChinese && span.unitTag == .village && span.measure == .villages { return true }
            // 五台县, 七台河市, 五家渠: a place whose name starts with the numeral and its unit
            // (or is the numeral and unit with a place's word after it: 五台山)
            if n.isChinese, let m = r.gazetteer.names.longest(in: s, at: at, limit: limit),
               at + m.length > span.unitEnd || (at + m.length == span.unitEnd && span.unitEnd < limit && TrapLexicon.placeTails.contains(s[span.unitEnd])) {
                return true
            }
            // 平陆县: a numeral inside a place's name the gazetteer knows, its suffix read as the unit
            // (asked only where the unit is a full name's suffix: 陆县)
            if n.isChinese, at > sentence.lowerBound, span.unitEnd > span.unitStart, PlaceLexicon.fullNameEnds.contains(s[span.unitEnd - 1]),
               let m = r.gazetteer.names.longestEnding(in: s, at: span.unitEnd, from: sentence.lowerBound, maxLength: 9),
               m.length > span.unitEnd - at { return true }
            // 三家村, 五里镇: a numeral, a classifier and a place suffix make a town's or village's name
            // (陆家村集体: the village's collective; but 三户村民 counts villagers)
            if n.isChinese, span.unitEnd < limit, s[span.unitStart] != CandidateReader.ge, let suffix = PlaceLexicon.suffixes.longest(in: s, at: span.unitEnd, limit: limit),
               suffix.value != .zone, span.unitEnd + suffix.length >= limit || !TrapLexicon.peopleAfterSuffix.contains(s[span.unitEnd + suffix.length]) { return true }
            // 三家田村四面环山: …or with one more character of the name between (a stop character
            // ends a name: 三家的村 is none; a numeral starts the next count: 辖五镇三乡; a unit of two, 三点五公里环村路, names none)
            if n.isChinese, span.unitEnd + 1 < limit, span.unitEnd == span.unitStart + 1, s[span.unitStart] != CandidateReader.ge,
               NormalizedText.isHan(s[span.unitEnd]), !PlaceLexicon.stopChars.contains(s[span.unitEnd]),
               !NumberReader.isChineseNumeral(s[span.unitEnd]),
               let suffix = PlaceLexicon.suffixes.longest(in: s, at: span.unitEnd + 1, limit: limit), suffix.value != .zone,
               PlaceLexicon.genericNameTrie.longest(in: s, at: span.unitEnd, limit: limit) == nil,
               span.unitEnd + 1 + suffix.length >= limit || !TrapLexicon.peopleAfterSuffix.contains(s[span.unitEnd + 1 + suffix.length]) { return true }
            // 互助县五十镇班彦村: a numeral and 镇 or 乡 right after a place's name name a town in it
            // (辖5镇4乡 counts, its numerals after a verb)
            if n.isChinese, span.unitEnd == span.unitStart + 1, TrapLexicon.townClassifiers.contains(s[span.unitStart]), at > sentence.lowerBound,
               PlaceLexicon.fullNameEnds.contains(s[at - 1]), r.gazetteer.names.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 9) != nil { return true }
            // (图为五十镇卫生院医生…: a town the table knows by its numeral, opening its clause or after a preposition, 在五十镇;
            // not towns counted with townships after them, 分为九镇五乡)
            if n.isChinese, span.unitEnd == span.unitStart + 1, TrapLexicon.townClassifiers.contains(s[span.unitStart]),
               at == sentence.lowerBound || !NormalizedText.isHan(s[at - 1]) || PlaceLexicon.prepositionStops.contains(s[at - 1]),
               !Self.countsTownships(s, from: span.unitEnd, limit: limit),
               TownTable.shared.holds(NormalizedText.string(s[at..<span.unitEnd])) { return true }
            // 965县道, 012乡道: a road's number, its level and 道 after it
            if span.unitEnd < limit, span.unitEnd > span.unitStart, s[span.unitEnd] == TrapLexicon.dao,
               TrapLexicon.roadLevels.contains(s[span.unitEnd - 1]) { return true }
            // 联合村5组, 白云湖村7组: the group's number after its village's name
            return at > sentence.lowerBound && UnitLexicon.villageNouns.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 1) != nil
                && span.unitEnd > span.unitStart && TrapLexicon.villageGroups.contains(s[span.unitStart])
        case .slogan:
            // 二本以上, 三本: a college's tier, one to three (一千三百二十六本 counts books)
            if n.isChinese, span.unitTag == .book, n.value <= TrapLexicon.collegeTiers { return true }
            // “1+1+1”(1名县级医师+1名卫生院医师+1名村医): a model's members added up spell out its name
            if n.value <= TrapLexicon.formulaCountLimit, Self.inFormula(s, at: at, unitEnd: span.unitEnd, sentence: sentence) { return true }
            // 民族八省区, 粤桂两省区, 西南五省市区: a group of provinces named, not counted (4省(区) counts)
            if n.isChinese, span.unitTag == .placeGroup, n.value == 2 || (span.unitEnd < limit && TrapLexicon.groupNameTails.contains(s[span.unitEnd])) { return true }
            // (民族8省区: the group's name before it, in digits too)
            if span.unitTag == .placeGroup, span.unitEnd < limit, TrapLexicon.groupNameTails.contains(s[span.unitEnd]),
               TrapLexicon.groupNameHeads.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 2) != nil { return true }
            // 三轮摩托车, 三轮车: a vehicle named by its wheels
            if n.isChinese, span.unitEnd == span.unitStart + 1, s[span.unitStart] == TrapLexicon.wheel,
               TrapLexicon.vehicles.longest(in: s, at: span.unitEnd, limit: limit) != nil { return true }
            // 五人小组: a team named by its size, no count of people
            if n.isChinese, span.measure == .persons, TrapLexicon.teamNames.longest(in: s, at: span.unitEnd, limit: limit) != nil { return true }
            return n.isChinese && TrapLexicon.sloganHeads.longest(in: s, at: span.unitEnd, limit: limit) != nil
        case .quotedClassifier:
            guard span.classifier, span.measure == .items, span.unitEnd + 1 < limit,
                  let close = TrapLexicon.openQuotes[s[span.unitEnd]], s[span.unitEnd] != TrapLexicon.openTitle else { return false }
            // (but 49处“扶贫车间”: the quotes hold a word of the field, a thing that is counted)
            let inner = span.unitEnd + 1
            if let w = TopicCues.trie.longest(in: s, at: inner, limit: limit), w.value.namesArea,
               inner + w.length < limit, s[inner + w.length] == close { return false }
            // (nor 11个“直过民族”, 3个“空壳村”: quotes round a name of places, firms or peoples, which are counted)
            var k = inner
            while k < limit, k - inner <= TrapLexicon.quotedNameReach, s[k] != close { k += 1 }
            if k < limit, s[k] == close, k > inner + 1, TrapLexicon.countedQuoteEnds.contains(s[k - 1]) { return false }
            // (nor 1345种“甘味”农产品: a quoted brand before a noun of the field, which is counted)
            if k + 1 < limit, s[k] == close, let w = TopicCues.trie.longest(in: s, at: k + 1, limit: limit), w.value.namesArea { return false }
            return true
        case .planParts:
            guard span.classifier, span.measure == .items || span.measure == nil else { return false }
            // 景区带动、乡村旅游等九项旅游扶贫工程: the kinds a list closed by 等 names, counted in words
            // before the programme they make up (等120项扶贫工程 in digits counts projects)
            if n.isChinese, n.value <= Double(TrapLexicon.longestList), at > sentence.lowerBound, s[at - 1] == TrapLexicon.deng,
               (span.unitEnd..<min(limit, span.unitEnd + TrapLexicon.listNounReach)).contains(where: { TrapLexicon.sloganHeads.longest(in: s, at: $0, limit: limit) != nil }) { return true }
            // 将做好4项工作:一是…: a small count of a list's parts (工作, 措施, 方面) that a colon and an
            // enumerated list follow counts those parts (开展技能培训56期:一是…12期 counts sessions)
            if n.value <= Double(TrapLexicon.longestList),
               let colon = (span.unitEnd..<min(limit, span.unitEnd + TrapLexicon.listNounReach)).first(where: { s[$0] == ListItems.colon }),
               colon > span.unitEnd, TrapLexicon.listParts.longestEnding(in: s, at: colon, from: span.unitEnd, maxLength: TrapLexicon.listPartLength) != nil,
               EnumeratedItems.opens(s, at: colon + 1, limit: limit) { return true }
            // (残疾人两项补贴: a programme's parts, right after 项)
            if n.value <= Double(TrapLexicon.longestList), span.unitEnd > at, s[span.unitEnd - 1] == TrapLexicon.itemClassifier,
               TrapLexicon.programmeParts.longest(in: s, at: span.unitEnd, limit: limit) != nil { return true }
            // the counted noun phrase, a few characters after the classifier, is a plan's part
            var k = span.unitEnd
            while k < limit, k - span.unitEnd < 4, NormalizedText.isHan(s[k]) {
                // (40个有扶贫任务的县: a part's noun before 的 describes what is counted)
                if let w = TrapLexicon.planParts.longest(in: s, at: k, limit: limit) {
                    if !w.value { k += w.length; continue }
                    let e = k + w.length
                    // (22个任务重的县: its weight after it describes the places too)
                    return !(e + 1 < limit && s[e] == CandidateReader.de && TrapLexicon.placeNounChars.contains(s[e + 1]))
                        && !(e < limit && KindCues.taskBurdens.contains(s[e]))
                }
                if let w = TrapLexicon.planPartsAlone.longest(in: s, at: k, limit: limit),
                   k + w.length >= limit || !NormalizedText.isHan(s[k + w.length]) || s[k + w.length] == CandidateReader.de { return true }
                k += 1
            }
            return false
        case .listCount:
            // 以上三项共计300万元, 上述5个项目: the items of a list just given, counted again
            // (以上 and 以下 only opening their clause: 60岁以上5人 counts five)
            if span.measure == .items, at > sentence.lowerBound,
               let w = TrapLexicon.listReferences.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 2),
               w.value || at - w.length == sentence.lowerBound || Outline.isClauseBreak(s[at - w.length - 1]) { return true }
            // (现将5起典型案例通报如下: a count that only sets up the list that follows)
            if span.measure == .items, span.classifier, n.value <= Double(TrapLexicon.longestList),
               case let clause = Outline.clause(s, around: at, in: sentence),
               TrapLexicon.listFollows.firstMatch(in: s, span.unitEnd..<clause.upperBound) != nil
                || Self.noticeCount(s, at: at, clause: clause, sentence: sentence) { return true }
            // (因病致贫的…,因残致贫的…,两项加起来40839户: the kinds just given, summed)
            if span.measure == .items, span.classifier, n.value <= Double(TrapLexicon.longestList),
               TrapLexicon.summedKinds.longest(in: s, at: span.unitEnd, limit: limit) != nil { return true }
            guard span.classifier, span.measure == .items, n.value >= 2, n.value <= Double(TrapLexicon.longestList),
                  !(span.unitEnd..<min(limit, span.unitEnd + TrapLexicon.listNounReach)).contains(where: { TrapLexicon.placeNounChars.contains(s[$0]) }) else { return false }
            // (kinds only: 5种, 5个…品牌; 5个工作组 named by a list are five teams)
            guard (span.unitStart..<span.unitEnd).contains(where: { TrapLexicon.kindClassifiers.contains(s[$0]) })
                    || (span.unitEnd..<min(limit, span.unitEnd + TrapLexicon.categoryNounReach)).contains(where: { TrapLexicon.categoryNouns.longest(in: s, at: $0, limit: limit) != nil })
            else { return false }
            let count = Int(n.value)
            return ListItems.before(s, end: span.start, from: sentence.lowerBound) == count
                || ListItems.after(s, unitEnd: span.unitEnd, limit: limit) == count
        case .placesAgain:
            // 这两个组, 这三个村: things counted before, referred to again by a demonstrative
            // (对这20个县市继续抓好…: places counted before, in digits too)
            if at > sentence.lowerBound, TrapLexicon.demonstratives.contains(s[at - 1]),
               n.isChinese && n.value <= 10 || Self.countsPlaces(span, s, limit) { return true }
            // (帮助两县贫困劳动力…, 两县累计减贫14.6万人, 在内乡、淅川、社旗、卢氏四县推行: a few places counted by their
            // noun alone, no classifier, are places named before or beside, counted again; not where they are what
            // the clause counts leaving poverty, 今年全市两县脱贫摘帽)
            guard n.isChinese, n.value <= 5, span.measure == .items, span.unitEnd - span.unitStart == 1,
                  TrapLexicon.placeNounChars.contains(s[span.unitStart]),
                  !Self.leavesPoverty(s, at: span.unitEnd, limit: limit) else { return false }
            // (nor where the rest of their clause, no other figure in it, says they leave poverty or what they are
            // made: 我市两县实现脱贫摘帽, 全市两县将于年底前脱贫摘帽, 两县被列为国家扶贫开发工作重点县, 两乡被评为…; said
            // of them, not of a noun they qualify: 对两县贫困退出的省级核查)
            let clause = Outline.clause(s, around: at, in: sentence)
            let rest = span.unitEnd..<max(span.unitEnd, clause.upperBound)
            // (the verb of leaving closes the clause: 推动两县巩固脱贫成果 is no leaving)
            if !s[rest].contains(where: { NumberReader.isDigit($0) || NumberReader.isChineseNumeral($0) || $0 == CandidateReader.de }),
               TrapLexicon.placesMade.firstMatch(in: s, rest) != nil || Self.closesWithExit(s, rest) { return false }
            // (nor the places a place is made of, 全县辖五镇三乡: 辖 before the chain of such counts)
            var k = at
            while k - 2 >= sentence.lowerBound, TrapLexicon.placeNounChars.contains(s[k - 1]), NumberReader.isChineseNumeral(s[k - 2]) { k -= 2 }
            return !(k > sentence.lowerBound && s[k - 1] == TrapLexicon.administers)
        case .oneOf:
            guard span.measure == .items || span.measure == .villages else { return false }
            let to = min(limit, span.unitEnd + TrapLexicon.oneOfReach)
            guard let m = TrapLexicon.oneOf.firstMatch(in: s, span.unitEnd..<to) else { return false }
            // (a class of the poor is the campaign's count: 全市18个深度贫困乡镇之一, 七个极贫村之一)
            // (今年脱贫出列的九个县之一: a class of the poor a clause before 的 names counts them too)
            let clause = Outline.clause(s, around: at, in: sentence)
            let namedPoor = span.start > clause.lowerBound && s[span.start - 1] == CandidateReader.de
                && s[clause.lowerBound..<(span.start - 1)].contains(TrapLexicon.poverty)
            return !s[span.unitEnd..<m.0].contains { Outline.isClauseBreak($0) || Outline.sentenceEnds.contains($0) || NumberReader.isDigit($0) }
                && !s[span.unitStart..<m.0].contains(TrapLexicon.poverty) && !namedPoor
                // (全州7个未摘帽县之一: a class of the campaign's own words, no 贫 in it)
                && TrapLexicon.campaignClasses.firstMatch(in: s, span.unitStart..<m.0) == nil
        case .contents:
            // (the line is the sentence: nothing before the number, a space after it, Han to the end)
            guard at == sentence.lowerBound, n.end < limit, s[n.end] == NumberReader.space,
                  limit - sentence.lowerBound <= TrapLexicon.contentsLineLength else { return false }
            // (and under a contents' heading, 目录, a few lines before: 32 个贫困村全部出列 in a spaced list is a figure)
            return s[(n.end + 1)..<limit].allSatisfy(NormalizedText.isHan)
                && TrapLexicon.contentsHeadings.firstMatch(in: s, max(0, sentence.lowerBound - TrapLexicon.contentsReach)..<sentence.lowerBound) != nil
        case .tender:
            guard let m = span.measure, m == .yuan || m == .items else { return false }
            if m == .items, TrapLexicon.tenderLots.longest(in: s, at: span.unitEnd, limit: limit) != nil { return true }
            // (the term a few characters before the figure, in its sentence)
            return r.tenderTerms.contains { $0 >= max(sentence.lowerBound, at - TrapLexicon.tenderReach) && $0 < at }
        case .section:
            // (no 万 or 亿 after it: 53.7万人实现稳定脱贫 opens a title with a count)
            guard at == sentence.lowerBound, span.multiplier == 1, let m = span.measure, n.end - at >= 3,
                  s[at..<n.end].contains(NumberReader.point) else { return false }
            switch m {
            case .persons, .households, .items, .villages, .personTimes: return true
            case .yuan, .percent, .km, .tons, .mu: return false
            }
        case .penalty:
            // (the penalty's word in the few characters before the figure, its clause's, no figure between)
            // (the word looked for first, the clause only then: most money has none before it)
            guard span.measure == .yuan,
                  let (k, _) = TrapLexicon.penalties.firstMatch(in: s, max(sentence.lowerBound, at - TrapLexicon.penaltyReach)..<at) else { return false }
            // (追缴违规资金及罚款共计45万元: a sum the penalty is joined into with other money is no penalty's)
            // (警告和罚款2000元: two penalties, no money before the join)
            if k > sentence.lowerBound, TrapLexicon.sumJoins.contains(s[k - 1]),
               UnitLexicon.moneyNounsAfter.longestEnding(in: s, at: k - 1, from: sentence.lowerBound, maxLength: 4) != nil { return false }
            return k >= Outline.clause(s, around: at, in: sentence).lowerBound && !s[k..<at].contains(where: NumberReader.isDigit)
        case .meta:
            if r.hasMetaCue(before: span.start, sentence: sentence) { return true }
            // (12338妇女维权热线, 12317扶贫监督举报电话: the number a hotline's name runs on from)
            if TrapLexicon.namesHotline(s, number: at..<n.end, limit: sentence.upperBound) { return true }
            // (记者时隔一年两次深入东乡县采访, 记者走访了12户: what the reporter did, counted, is the story's)
            // (the clause's start read back from the figure, not the whole clause: measured, the clause
            // read for every figure cost 2.9 M instructions a pass over 400 reports)
            // (a reporter's own doings are counted small: larger figures are not asked)
            // (a reporter counts no shares or money of their own: those are never asked)
            guard n.value < TrapLexicon.reporterCountBelow, span.measure != .percent, span.measure != .yuan else { return false }
            var k = at
            while k > sentence.lowerBound, !Outline.isClauseBreak(s[k - 1]) { k -= 1 }
            return TrapLexicon.reporters.longest(in: s, at: k, limit: at) != nil
                && TrapLexicon.reporterSpeech.firstMatch(in: s, k..<at) == nil
        case .survey:
            // (a sample is of places, households or people)
            guard let m = span.measure else { return false }
            switch m {
            case .persons, .households, .items:
                // a survey word after the figure, before its clause ends (、 and brackets go on); the
                // word looked for first, past the characters none starts with (most figures have none)
                if let m = TrapLexicon.surveyWords.firstMatch(in: s, span.end..<min(limit, span.end + TrapLexicon.surveyReach)),
                   !s[span.end..<m.0].contains(where: { (Outline.isClauseBreak($0) && $0 != NumberReader.listComma) || Outline.sentenceEnds.contains($0) }) { return true }
            case .villages: break
            case .personTimes, .yuan, .percent, .km, .tons, .mu: return false
            }
            // (课题组…共发放问卷420份, 调研组…共走访学校31所, 另对22名社区干部进行了访谈: in a sentence of a study, what its
            // method counts in the figure's clause is its scope; not what it found among them, 样本户中…的有6户)
            // (a method's word near the figure looked for first, the sentence's study only then: measured, the
            // sentence read for every count cost 4.7 M instructions a pass over 400 reports)
            let near = max(sentence.lowerBound, at - TrapLexicon.studyReach)..<min(sentence.upperBound, span.end + TrapLexicon.studyReach)
            guard TrapLexicon.studyMethods.firstMatch(in: s, near) != nil,
                  let (m, _) = TrapLexicon.studyMarkers.firstMatch(in: s, sentence),
                  // (为迎接国家第三方评估,县里组织干部…走访贫困户3.2万户: the place's own work for a study to come)
                  TrapLexicon.studyAwaited.longestEnding(in: s, at: m, from: max(sentence.lowerBound, m - 4), maxLength: 4) == nil else { return false }
            let clause = Outline.clause(s, around: at, in: sentence)
            guard let w = TrapLexicon.studyMethods.firstMatch(in: s, clause) else { return false }
            if w.0 < at { return !s[(w.0 + 1)..<at].contains(TrapLexicon.among) }
            return true
        case .travel:
            // (李大妈跑了5趟县城: trips counted with no vehicle in the clause are a person's errands;
            // 开出铁路专列13趟 counts trains)
            if span.measure == .items, span.classifier, TrapLexicon.tripUnits.longest(in: s, at: span.unitStart, limit: limit) != nil {
                let clause = Outline.clause(s, around: at, in: sentence)
                return !clause.contains { TrapLexicon.tripVehicles.longest(in: s, at: $0, limit: clause.upperBound)?.value == true }
            }
            // (他从民乐到云浮五个县市区调研: the places of a journey, visited, counted; 走遍了…11个村民组
            // 1165户 may tell the whole of the places, and counts)
            if Self.countsPlaces(span, s, limit) {
                let clause = Outline.clause(s, around: at, in: sentence)
                guard let to = s[clause.lowerBound..<at].lastIndex(where: { TrapLexicon.journeyTo.contains($0) }) else { return false }
                // (a place after 从, not a time: 从2016年到2020年全县15个乡镇… counts them)
                guard let f = s[clause.lowerBound..<to].lastIndex(of: TrapLexicon.journeyFrom), f + 1 < to else { return false }
                // (从县城到15个乡镇全部开通了客运班车: the places a road or a bus now reaches are counted;
                // a journey is one a verb of visiting tells, 到处调研学习)
                return NormalizedText.isHan(s[f + 1])
                    && TrapLexicon.journeyVisits.firstMatch(in: s, span.end..<min(sentence.upperBound, span.end + TrapLexicon.journeyVisitReach)) != nil
            }
            guard span.measure == .km else { return false }
            let from = max(sentence.lowerBound, span.start - TrapLexicon.travelReach)
            // (in the figure's clause: 产业路跨越两个村,全长12公里 travels nothing)
            guard let v = TrapLexicon.travelVerbs.firstMatch(in: s, from..<span.start) else { return false }
            return !s[v.0..<span.start].contains(where: Outline.isClauseBreak)
        case .duration:
            guard span.measure == .items, span.classifier, span.unitEnd < limit else { return false }
            return TrapLexicon.durationNouns.longest(in: s, at: span.unitEnd, limit: limit) != nil
        case .boundaryLine:
            // the boundary's word right before the figure, past a few words of length (长, 长约, 全长)
            guard span.measure == .km else { return false }
            var k = span.start
            // (边境0—3公里: a range's second end reads back past its first)
            if k - 1 > sentence.lowerBound, CandidateReader.rangeSeparators.contains(s[k - 1]), NumberReader.isDigit(s[k - 2]) {
                k -= 1
                while k > sentence.lowerBound, NumberReader.isDigit(s[k - 1]) || s[k - 1] == NumberReader.point { k -= 1 }
            }
            let linksEnd = k
            while k > sentence.lowerBound, TrapLexicon.lengthLinks.contains(s[k - 1]) { k -= 1 }
            guard let b = TrapLexicon.boundaryLines.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 4) else { return false }
            // (a length said, 边境线长39公里; a distance from it, 距边境线3公里; a band, …3公里以内, 0—3公里范围内: not works along
            // it, 沿边境线120公里建设防护林带)
            return s[k..<linksEnd].contains(TrapLexicon.chang)
                || TrapLexicon.distanceWords.longestEnding(in: s, at: k - b.length, from: sentence.lowerBound, maxLength: 2) != nil
                || TrapLexicon.bandWords.longest(in: s, at: span.unitEnd, limit: limit) != nil
                || TrapLexicon.bandWords.longest(in: s, at: span.end, limit: limit) != nil
        case .border:
            guard span.measure == .items, span.classifier || (span.unitStart..<span.unitEnd).contains(where: { TrapLexicon.placeNounChars.contains(s[$0]) }) else { return false }
            // a word of borders right after the places counted (两县接壤, 三县区交界处)
            let from = span.unitEnd, to = min(limit, span.unitEnd + TrapLexicon.borderReach)
            guard let b = TrapLexicon.borderWords.firstMatch(in: s, from..<to) else { return false }
            return !s[from..<b.0].contains { Outline.isClauseBreak($0) || !NormalizedText.isHan($0) }
        case .threshold:
            guard span.measure == .percent else { return false }
            let bound = TrapLexicon.bounds.longestEnding(in: s, at: at, from: sentence.lowerBound, maxLength: 2)
            // (降至2%以下,西部地区降至3%以下,是贫困县退出的主要衡量标准: bounds a later clause calls a standard)
            if bound != nil || TrapLexicon.boundsAfter.longest(in: s, at: span.unitEnd, limit: limit) != nil,
               TrapLexicon.laterClauseNamesStandard(s, from: span.unitEnd, sentence) { return true }
            guard let b = bound else { return false }
            let k = at - b.length
            // (均低于0.34%: what all of them reached is an outcome; 不低于55%: a plan's floor, a target)
            guard k > sentence.lowerBound, !TrapLexicon.outcomeAdverbs.contains(s[k - 1]), s[k - 1] != TrapLexicon.bu else { return false }
            if TrapLexicon.requirementModals.contains(s[k - 1]) { return true }
            // (the standard's words in the bound's clause or the one before; 即 opening its clause:
            // 按照省里要求,全县贫困发生率低于1% is an outcome)
            let clause = Outline.clause(s, around: at, in: sentence)
            if s[clause.lowerBound] == TrapLexicon.ji { return true }
            let from = clause.lowerBound > sentence.lowerBound ? Outline.clause(s, around: clause.lowerBound - 1, in: sentence).lowerBound : clause.lowerBound
            return TrapLexicon.thresholdWords.firstMatch(in: s, from..<k) != nil
        case .rankScope:
            guard Self.countsPlaces(span, s, limit) else { return false }
            // a rank after the places, in their clause (a parenthesis's 、 may stand between)
            let to = min(limit, span.unitEnd + TrapLexicon.rankReach)
            guard let m = TrapLexicon.rankWords.firstMatch(in: s, span.unitEnd..<to) else { return false }
            return !s[span.unitEnd..<m.0].contains { Outline.isClauseBreak($0) && $0 != NumberReader.listComma }
        case .rankShift:
            // (排名前三位, 对排名后3位的乡镇, 全市前五名: the first or last places of a ranking)
            if span.measure == .persons, span.unitEnd == span.unitStart + 1, TrapLexicon.rankClassifiers.contains(s[span.unitStart]),
               span.start > sentence.lowerBound, TrapLexicon.rankEnds.contains(s[span.start - 1]),
               TrapLexicon.rankLeads.firstMatch(in: s, Outline.clause(s, around: span.start, in: sentence).lowerBound..<span.start) != nil { return true }
            guard span.measure == .persons, span.unitEnd == span.unitStart + 1, s[span.unitStart] == TrapLexicon.wei else { return false }
            var k = span.start
            if k > sentence.lowerBound, s[k - 1] == KindCues.le { k -= 1 }   // 提高了4位
            return KindCues.change.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: KindCues.changeLongest) != nil
        case .history:
            guard let first = r.eras.first, first < sentence.upperBound else { return false }
            let clause = Outline.clause(s, around: at, in: sentence)
            // (an era in the figure's own clause before it, or the noun it counts: 3名红军战士留在村里; not a name after it,
            // 投资3500万元的六盘山红军长征旅游专线)
            if r.eras.contains(where: { $0 >= clause.lowerBound && $0 < at || $0 == span.unitEnd }) { return true }
            func before(_ e: Int) -> Bool { e >= sentence.lowerBound && e < at }
            guard r.eras.contains(where: before) else { return false }
            // (红军长征时,村里有120户人家,如今已发展到300户: a later clause opening with a time of now speaks of now; so does
            // a sentence opening with one, 2019年,依托当年红军长征留下的遗址,…接待研学学生1.2万人次)
            if TrapLexicon.presentOpeners(s, at: clause.lowerBound, limit: at) || TrapLexicon.presentOpeners(s, at: sentence.lowerBound, limit: at) { return false }
            // (于都是中央红军长征集结出发地,全县在外务工人员达30余万人: an event's name reaches past its clause only where that
            // clause tells a time, 1934年红军长征经过这里时,…; an era of the calendar, 民国14年, its whole sentence)
            return r.eras.contains { e in
                guard before(e) else { return false }
                guard TrapLexicon.historicalEvents.longest(in: s, at: e, limit: limit) != nil else { return true }
                let eraClause = Outline.clause(s, around: e, in: sentence)
                // (当年 telling the time of the event, not describing a thing it left: 这条当年红军走过的山路 names a road)
                return TrapLexicon.timeClauseEnds.longestEnding(in: s, at: eraClause.upperBound, from: eraClause.lowerBound, maxLength: 2) != nil
                    || TrapLexicon.thenWords.firstMatch(in: s, eraClause) != nil && !s[e..<eraClause.upperBound].contains(CandidateReader.de)
            }
        case .outside:
            guard !r.outsiders.isEmpty else { return false }
            var end = at
            for _ in 0..<TrapLexicon.outsideClauseReach {
                // (a list's 、 opens no clause: 销往日本、韩国等国家 names markets)
                var start = end
                while start > sentence.lowerBound, !Outline.isClauseBreak(s[start - 1]) || s[start - 1] == NumberReader.listComma { start -= 1 }
                var head = start
                while head < end, s[head] == NumberReader.space { head += 1 }
                if let l = TrapLexicon.outsideLeads.longest(in: s, at: head, limit: end) { head += l.length }
                head = Self.pastYear(s, head, limit: end)   // (2018年香港贫困人口为140.6万人)
                if r.outsiders.contains(head), let w = TrapLexicon.sentenceMarks.longest(in: s, at: head, limit: end) {
                    // (南亚热带水果, 越南籍媳妇: a word the place's name only starts; 美国前财长萨默斯说,…: a speaker)
                    if TrapLexicon.outsideWordEnds.longest(in: s, at: head + w.length, limit: limit) != nil
                        || PlaceLexicon.speechEnds.longestEnding(in: s, at: end, from: start, maxLength: 4) != nil { return false }
                    // (非洲猪瘟, 欧洲市场, 巴西乡: the place is its clause's subject only before its people or statistics)
                    let tail = head + w.length
                    guard tail >= end || TrapLexicon.outsideSubjectTails.longest(in: s, at: tail, limit: end) != nil else { return false }
                    return TrapLexicon.helpingVerbs.firstMatch(in: s, head..<at) == nil
                }
                // (a clause naming a place of its own is its subject: …,该县贫困人口降至3200人; so is one naming the
                // country, 中国让8亿多人摆脱了贫困)
                if start == sentence.lowerBound || s[start..<end].contains(where: TrapLexicon.placeNounChars.contains)
                    || TrapLexicon.countryNames.firstMatch(in: s, start..<end) != nil { return false }
                end = start - 1
            }
            return false
        case .story:
            guard n.isChinese, n.approx || span.high != nil, n.value < 100, let m = span.measure else { return false }
            switch m {
            case .persons, .households, .items, .personTimes: break
            case .villages, .yuan, .percent, .km, .tons, .mu: return false
            }
            let clause = Outline.clause(s, around: at, in: sentence)
            guard !Self.namesThePoor(s, clause) else { return false }
            // a word of a policy area (外出务工, 党员) makes it a figure of the campaign
            let trie = TopicCues.trie
            var k = clause.lowerBound
            while k < clause.upperBound {
                guard let m = trie.longest(in: s, at: k, limit: clause.upperBound) else { k += 1; continue }
                switch m.value.role {
                case .mask, .action: break
                case .area, .post, .exit, .stillPoor, .qualifier, .income, .training, .cadre, .share, .part: return false
                }
                k += m.length
            }
            return true
        case .holding:
            // 以前喂一两头耕牛, 从两三头起步: a colloquial pair counting animals is a household's, never a table's
            if n.pairHigh != nil, span.measure == .items, span.unitEnd == span.unitStart + 1,
               TrapLexicon.animalClassifiers.contains(s[span.unitStart]) { return true }
            // (我们种了核桃、油茶等经济林12.5万亩, 黄精种了一万二千亩: a count of ten thousand or more is no household's)
            if n.value * span.multiplier >= TrapLexicon.holdingLimit { return false }
            return Self.isHolding(s, at: at, measure: span.measure, unit: span.unitStart..<span.unitEnd, sentence: sentence)
        case .question:
            // 权永久等14位代表: — the salutation of an answer to deputies
            if at > sentence.lowerBound, s[at - 1] == DocumentScan.deng,
               let a = TrapLexicon.addressees.longest(in: s, at: span.unitStart, limit: limit),
               span.unitStart + a.length < limit, ListItems.colon == s[span.unitStart + a.length] { return true }
            // 据您建议,…: a sentence opened by what the asker proposed or reported
            let head = sentence.lowerBound..<min(at, sentence.lowerBound + TrapLexicon.questionHeadReach)
            guard !head.isEmpty, TrapLexicon.askers.longest(in: s, at: sentence.lowerBound, limit: head.upperBound) != nil,
                  TrapLexicon.askerVerbs.firstMatch(in: s, head) != nil else { return false }
            // (…提到的问题,我县高度重视,投入资金1200万元: the office's own answer after it counts)
            return TrapLexicon.answerers.firstMatch(in: s, sentence.lowerBound..<at) == nil
        case .speech:
            guard let m = span.measure else { return false }
            switch m {
            case .persons, .households, .items, .mu, .tons, .km: break
            case .villages, .yuan, .percent, .personTimes: return false
            }
            // (in a quotation from its start, or in the figure's own clause: a diary's 我15次入户走访)
            // (the clause read back from the figure first: most have no 我, and need no clause built)
            var k = at
            while k > sentence.lowerBound, !Outline.isClauseBreak(s[k - 1]) || s[k - 1] == NumberReader.listComma { k -= 1 }
            guard Self.speaksForOne(s, k..<at)
                    || r.quotations.first(where: { $0.lowerBound < at && $0.upperBound > at }).map({ Self.speaksForOne(s, $0.lowerBound + 1..<at) }) == true
            else { return false }
            let clause = Outline.clause(s, around: at, in: sentence)
            return !Self.namesThePoor(s, clause) && TrapLexicon.leading.firstMatch(in: s, clause) == nil
        case .effort:
            guard let m = span.measure else { return false }
            let visits: Bool
            switch m {
            case .households, .personTimes, .persons: visits = true
            case .items: visits = false
            case .villages, .yuan, .percent, .km, .tons, .mu: return false
            }
            // (things counted by the effort's classifiers: 4次, 4本, 3辆; visits by a verb of visiting in the clause; the
            // sentence's person looked for last)
            if visits {
                // (the verb in the figure's clause: the last in the 24 characters before it, no break after it)
                var k = max(sentence.lowerBound, at - TrapLexicon.studyReach), last: Int?
                while let (v, _) = TrapLexicon.visitVerbs.firstMatch(in: s, k..<at) { last = v; k = v + 1 }
                guard let v = last, !s[v..<at].contains(where: { Outline.isClauseBreak($0) && $0 != NumberReader.listComma }) else { return false }
            } else if !(span.classifier && TrapLexicon.effortUnits.contains(s[span.unitStart])) { return false }
            return Self.tellsOfOne(s, sentence.lowerBound..<at)
        case .family:
            guard n.value < 10, span.high == nil, let m = span.measure else { return false }
            switch m {
            case .persons, .items, .mu: break
            case .households, .personTimes, .villages, .yuan, .percent, .km, .tons: return false
            }
            // right before the number, or before 有 (他家有两个孩子): 一家企业吸纳8人 counts
            // (家中还有两个学生上学, 一家同样4口: an adverb before 有, or before the number)
            var k = span.start
            if k > sentence.lowerBound, s[k - 1] == TrapLexicon.you { k -= 1 }
            if let a = TrapLexicon.familyAdverbs.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2) { k -= a.length }
            // (妻子和2个儿子: the counted are a family's members)
            // (李秀梅家有5口人, 顾某某家庭3口人: 口 after a household's 家 or 家庭, whoever's, is its size)
            return TrapLexicon.family.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 3) != nil
                || span.unitStart < limit && s[span.unitStart] == TrapLexicon.kou && k > sentence.lowerBound
                    && TrapLexicon.householdWords.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2) != nil
                || (span.unitEnd < limit && TrapLexicon.familyMembers.longest(in: s, at: span.unitEnd, limit: limit) != nil)
        case .copies:
            guard span.measure == .items, span.unitEnd - span.unitStart == 1, s[span.unitStart] == TrapLexicon.fen else { return false }
            return TrapLexicon.copiesLeads.longestEnding(in: s, at: span.start, from: max(sentence.lowerBound, span.start - 2), maxLength: 2) != nil
        case .statistic:
            guard span.measure == .percent else { return false }
            var k = span.end
            while k < limit, k - span.end < TrapLexicon.statisticReach, TrapLexicon.statisticListChars.contains(s[k]) { k += 1 }
            if TrapLexicon.statisticWords.longest(in: s, at: k, limit: limit) != nil { return true }
            guard let passed = TrapLexicon.passedLevelWords.longest(in: s, at: k, limit: limit) else { return false }
            var j = k + passed.length
            while j < limit, !Outline.isClauseBreak(s[j]), !Outline.sentenceEnds.contains(s[j]) {
                if TrapLexicon.testWords.longest(in: s, at: j, limit: limit) != nil { return true }
                // (Hausman检验, t检验: a test by its letters; 通过检验: bare after the verb)
                if j + 2 <= limit, s[j..<(j + 2)].elementsEqual(TrapLexicon.jianYan),
                   j > k && CandidateReader.isASCIILetter(s[j - 1])
                    || TrapLexicon.passedVerbs.longestEnding(in: s, at: j, from: k, maxLength: 3) != nil { return true }
                j += 1
            }
            return false
        case .dual:
            guard span.measure == .yuan, span.end - span.start == 2, s[span.start] == TrapLexicon.er, span.end < limit else { return false }
            return TrapLexicon.dualWords.longest(in: s, at: span.end, limit: limit) != nil || CandidateReader.isASCIILetter(s[span.end])
        case .perBasis:
            // one, right after 每 and a verb of a few characters (每1名 too), no other figure between: people, households,
            // things, land, roads and goods (每种植1亩, 每硬化1公里, 每销售1吨), not money nor shares
            guard span.number.value == 1, span.high == nil, span.multiplier == 1, let m = span.measure, TrapLexicon.countsBasis(m) else { return false }
            var k = span.start
            while k > sentence.lowerBound, span.start - k <= TrapLexicon.perBasisReach, NormalizedText.isHan(s[k - 1]) {
                // (not 每户至少要有1人就业: what 每 counts by, a household, needs its one, a standard's figure)
                if s[k - 1] == TrapLexicon.mei { return !TrapLexicon.perUnitHeads.contains(s[k]) }
                k -= 1
            }
            return false
        }
    }

    /// Whether the span is a bound of a range of amounts each with its unit and closed by `的`
    /// (`10万元到50万元的124件`: the class of cases with such amounts, not two amounts).
    static func boundsRangeClass(_ s: [UInt32], _ span: Span, sentence: Range<Int>) -> Bool {
        let limit = sentence.upperBound, at = span.numberStart
        guard span.unitEnd > span.number.end, span.end < limit else { return false }
        // the upper bound: a separator right after the lower bound's number and unit, 的 right after it
        // (分到450元的分红, 由29.1%降至10.9%的: a verb before 到 or 至, no bound)
        // (20万—50万元的村38个: the lower bound's multiplier closing it, and the class's noun before its count)
        if at - 3 >= sentence.lowerBound, CandidateReader.rangeSeparators.contains(s[at - 1]),
           TrapLexicon.rangeUnitEnds.contains(s[at - 2]) || NumberReader.chineseUnits[s[at - 2]] != nil && NumberReader.isDigit(s[at - 3]),
           s[span.end] == CandidateReader.de, Self.classAfter(s, span.end + 1, limit) {
            var k = at - 3
            while k > sentence.lowerBound, NumberReader.chineseUnits[s[k]] != nil, !NumberReader.isDigit(s[k]) { k -= 1 }
            if NumberReader.isDigit(s[k]) || NumberReader.chineseDigits[s[k]] != nil { return true }
        }
        // the lower bound: a separator right after its unit, then the upper bound and 的
        guard CandidateReader.rangeSeparators.contains(s[span.end]) else { return false }
        var k = span.end + 1
        guard k < limit, NumberReader.isDigit(s[k]) || NumberReader.chineseDigits[s[k]] != nil else { return false }
        while k < limit, k - span.end <= TrapLexicon.rangeBoundReach, s[k] != CandidateReader.de {
            guard !Outline.isClauseBreak(s[k]) else { return false }
            k += 1
        }
        // (1500元至2500元不等的助学金: amounts that vary, each a figure)
        return k < limit && s[k] == CandidateReader.de && TrapLexicon.rangeUnitEnds.contains(s[k - 1]) && Self.classAfter(s, k + 1, limit)
    }

    /// Whether a class's count follows at `k` (`的124件`), or its noun of places or households first (`的村38个`).
    /// (within its clause: `给予10万—30万元的补助,全县58个车间受益` classes nothing, its class noun and count past a comma)
    static func classAfter(_ s: [UInt32], _ k: Int, _ limit: Int) -> Bool {
        if countAfter(s, k, limit) { return true }
        var end = k
        while end < min(limit, k + TrapLexicon.classNounReach + 2), !Outline.isClauseBreak(s[end]) { end += 1 }
        return (k..<min(end, k + TrapLexicon.classNounReach)).contains { TrapLexicon.classNounChars.contains(s[$0]) }
            && (k..<end).contains { NumberReader.isDigit(s[$0]) || NumberReader.chineseDigits[s[$0]] != nil }
    }

    /// How far before a level told in words (`百分之百`) its rate's noun may end (`入学率达到`).
    static let rateNounReach = 4
    /// Whether a number above `value` stands in `r` (digits only).
    static func figureAbove(_ value: Double, _ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            if NumberReader.isDigit(s[k]), let n = NumberReader.arabic(s, at: k, limit: r.upperBound) {
                if n.value > value { return true }
                k = max(n.end, k + 1); continue
            }
            k += 1
        }
        return false
    }

    /// `k` past a year written at it (`2018年`, `2018年底`), else `k`.
    static func pastYear(_ s: [UInt32], _ k: Int, limit: Int) -> Int {
        guard YearResolver.yearFollows(s, at: k, limit: limit) else { return k }
        var e = k + 5
        if e < limit, TimeLexicon.periodEnds.contains(s[e]) { e += 1 }
        return e
    }

    /// Whether a bound word stands before the span (`低于`, `超过`, past `在`/`达到`) or a threshold after it (`以下`).
    static func bounded(_ span: Span, _ s: [UInt32], _ sentence: Range<Int>) -> Bool {
        if span.trailingHedge?.isThreshold == true || span.afterUnit?.isBound == true { return true }
        // (降至2%以下: a level reached, read as about so much, is bounded too)
        if TrapLexicon.boundsAfter.longest(in: s, at: span.unitEnd, limit: sentence.upperBound) != nil { return true }
        guard let b = HedgeLexicon.before.longestEnding(in: s, at: span.start, from: sentence.lowerBound, maxLength: 2) else { return false }
        return b.value != .about
    }
    /// Whether the bound at the span is set by a rule (`原则上` before it in the sentence) or glossed after a
    /// standard's word (`退出标准(…低于3%…)`). (A set's levels bounded at once, 均低于3%, 均在96%以上, report
    /// those levels: dev E06.)
    static func thresholdContext(_ s: [UInt32], _ span: Span, sentence: Range<Int>) -> Bool {
        var k = sentence.lowerBound
        while let (at, scope) = TrapLexicon.ruleMarkers.firstMatch(in: s, k..<span.start) {
            switch scope {
            case .sentence: return true
            case .listing: if Self.listsStandard(s, from: at, to: span.start, sentence: sentence) { return true }
            }
            k = at + 1
        }
        guard let k = glossOpening(s, at: span.start, sentence: sentence) else { return false }
        return TrapLexicon.standards.longestEnding(in: s, at: k - 1, from: max(sentence.lowerBound, k - 1 - TrapLexicon.standardLength),
                                                   maxLength: TrapLexicon.standardLength) != nil
    }

    /// Whether a share at `end` is one the standard a word at `marker` opens goes on listing: in the marker's own
    /// clause, or in a later one, where the marker's clause lists shares (`退出标准为贫困发生率降至3%以下,群众认可度达到
    /// 90%以上`) and no clause between names a year, a time or a place, which reports (`…,2019年底贫困发生率降至0.6%`,
    /// `…,目前该村…`); a standard of money lists no shares (`低保标准为每人每年4800元,贫困发生率下降到1.5%`).
    static func listsStandard(_ s: [UInt32], from marker: Int, to end: Int, sentence: Range<Int>) -> Bool {
        guard let firstBreak = (marker..<end).first(where: { Outline.isClauseBreak(s[$0]) }) else { return true }
        guard s[marker..<firstBreak].contains(0x25) else { return false }
        let later = (firstBreak + 1)..<end
        return !later.contains { k in YearResolver.yearFollows(s, at: k, limit: end) || TrapLexicon.reportingOpeners.contains(s[k]) }
            && TimeLexicon.relative.firstMatch(in: s, later) == nil
    }

    /// Whether a count follows right after a range's `的` (`的124件`): the range names its class
    /// (`3000元至5000元的产业奖补` gives two amounts).
    static func countAfter(_ s: [UInt32], _ k: Int, _ limit: Int) -> Bool {
        k < limit && (NumberReader.isDigit(s[k]) || NumberReader.chineseDigits[s[k]] != nil)
    }

    /// Whether one person speaks in `range` (a quotation's start, or the figure's clause, up to the
    /// figure): a 我 that is neither 我们 nor a place's own (`我县`, `我村`) nor 自我 (`自我发展`).
    static func speaksForOne(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            if s[k] == TrapLexicon.wo, k + 1 < s.count, !TrapLexicon.notOneSpeaker.contains(s[k + 1]),
               !(k > 0 && s[k - 1] == TrapLexicon.zi) { return true }
            k += 1
        }
        return false
    }

    /// Whether a household's keeping verb (``TrapLexicon/holdingVerbs``) governs the animals or land
    /// counted at `at`, in a clause that names nothing collective nor of poverty.
    static func isHolding(_ s: [UInt32], at: Int, measure: Measure?, unit: Range<Int>, sentence: Range<Int>) -> Bool {
        switch measure {
        case .mu?: break
        case .items?: guard unit.count == 1, TrapLexicon.animalClassifiers.contains(s[unit.lowerBound]) else { return false }
        case .persons?, .households?, .personTimes?, .villages?, .yuan?, .percent?, .km?, .tons?, nil: return false
        }
        let clause = Outline.clause(s, around: at, in: sentence)
        // (如今他共养殖380头藏羊: one person's keeping, named by 他 or 她 before the verb, needs no 了)
        func personKeeps() -> Bool {
            guard let v = TrapLexicon.personalHoldingVerbs.firstMatch(in: s, clause.lowerBound..<at) else { return false }
            return s[clause.lowerBound..<v.0].enumerated().contains { k, u in
                TrapLexicon.persons.contains(u) && !(clause.lowerBound + k + 1 < v.0 && s[clause.lowerBound + k + 1] == TrapLexicon.men)
                    && !(clause.lowerBound + k > 0 && s[clause.lowerBound + k - 1] == TrapLexicon.qi)   // 其他 is no one
            }
        }
        // (马全德把自家18亩土地流转给合作社: a family's own land, whatever is done with it)
        // (其他家庭农场 is no family's)
        // (close before the land only, and no 国家中: 利用国家中央财政…新建农田3000亩, 依托自己的资源优势
        // 种植花椒5000亩 are no family's)
        if measure == .mu, let f = TrapLexicon.familyLand.firstMatch(in: s, max(clause.lowerBound, at - TrapLexicon.familyLandReach)..<at),
           !(f.0 > clause.lowerBound && TrapLexicon.notFamilyWords.longest(in: s, at: f.0 - 1, limit: at) != nil) {
            // (a collective it goes to, 流转给合作社, makes it none of the collective's)
            return !Self.namesThePoor(s, clause) && TrapLexicon.collectives.firstMatch(in: s, clause.lowerBound..<f.0) == nil
        }
        // (the verbs asked first: most clauses have none, and the clause is then not read again)
        if TrapLexicon.holdingVerbs.firstMatch(in: s, clause.lowerBound..<at) != nil {
            return !Self.namesThePoor(s, clause) && TrapLexicon.collectives.firstMatch(in: s, clause) == nil
        }
        return personKeeps() && !Self.namesThePoor(s, clause) && TrapLexicon.groups.firstMatch(in: s, clause) == nil
    }

    /// Whether a clause names the poor or leaving poverty (贫困户, 脱贫), not only a programme for them
    /// (`用2万元扶贫小额信用贷款养了12头猪` is a household's keeping; `带动贫困户养了500头牛` counts).
    static func namesThePoor(_ s: [UInt32], _ clause: Range<Int>) -> Bool {
        // (帮扶贫困户: 贫困 after 扶 is the poor again)
        clause.contains { k in s[k] == TrapLexicon.poverty && !(k > clause.lowerBound && s[k - 1] == TrapLexicon.fu
                                                                 && !(k + 1 < clause.upperBound && s[k + 1] == TrapLexicon.kun)) }
    }

    /// Whether a bound joined by `、` stands right before the figure's item (`50户以下、`, `5万元以内、`):
    /// Whether a count is a term of a sum of members (`1名县级医师+1名卫生院医师`): a `+` right before
    /// it, or after its noun before the next count, in its clause.
    static func inFormula(_ s: [UInt32], at: Int, unitEnd: Int, sentence: Range<Int>) -> Bool {
        if at > sentence.lowerBound, s[at - 1] == TrapLexicon.plus { return true }
        var k = unitEnd
        while k + 1 < sentence.upperBound, k - unitEnd <= TrapLexicon.formulaTermLength, !Outline.isClauseBreak(s[k]), !NumberReader.isDigit(s[k]) {
            if s[k] == TrapLexicon.plus { return NumberReader.isDigit(s[k + 1]) || NumberReader.chineseDigits[s[k + 1]] != nil }
            k += 1
        }
        return false
    }

    /// the figure is the next bound of a list of criteria.
    static func afterBoundItem(_ s: [UInt32], before start: Int, sentence: Range<Int>) -> Bool {
        var k = start
        while k > sentence.lowerBound, s[k - 1] != 0x3001 {
            guard NormalizedText.isHan(s[k - 1]), start - k < 12 else { return false }
            k -= 1
        }
        guard k - 3 >= sentence.lowerBound else { return false }
        return TrapLexicon.boundWords.longestEnding(in: s, at: k - 1, from: k - 3, maxLength: 2) != nil
    }

    /// Whether a count of townships follows at `k` (`分为九镇五乡`: 五乡 after 九镇), a numeral run and a town's
    /// classifier; not a village's name opening with a numeral (`四九镇三联村`, `八一镇八一村`).
    static func countsTownships(_ s: [UInt32], from k: Int, limit: Int) -> Bool {
        var j = k
        while j < limit, NumberReader.isChineseNumeral(s[j]) { j += 1 }
        return j > k && j < limit && TrapLexicon.townClassifiers.contains(s[j])
    }
}
