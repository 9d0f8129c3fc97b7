import FupinCore

/// The policy area of a figure (`shared/eval/FORMAT.md`, "Topics"), read from its clause,
/// sentence and section heading with ``TopicCues``.
///
/// 1. A count governed by a word of leaving poverty (`…全部脱贫`, `38个县实现摘帽`) is `脱贫`,
///    one of those still poor or newly identified (`未脱贫`, `剩余`, `新识别`) is `贫困人口`,
///    whatever programme the clause names.
/// 2. Cadres being trained are `组织`; an area in 亩 is `生态` or `产业` when its clause says so.
/// 3. The clause's most specific cue, the nearest of equals (`搬迁资金3亿元` is `搬迁`).
/// 4. Else the sentence's clauses, nearest first and those before the figure before those
///    after: the first with an area's word, else the first with a general word.
/// 5. Else the section heading; else a weak word of the clause (`资金`, `增收` for a count,
///    `贫困户` beside a verb); else `产业` for 亩 and `其他` for anything else.
///
/// Status words (`贫困户`, `建档立卡`) decide only a plain count: beside a verb of benefit
/// (`带动`, `吸纳`) or in a part (`其中`, `占`) they yield to the programme named around them.
/// A word that begins a company's name (`交通投资集团`) is not read as its area.
/// The resolver reads the text in place: no strings, no arrays.
public enum TopicResolver {
    public static func topic(_ s: [UInt32], numberStart: Int, numberEnd: Int, clause: Range<Int>, sentence: Range<Int>,
                             heading: Range<Int>?, measure: Measure, kind: Kind, matches given: [TopicMatch]? = nil,
                             headingMatches givenHeading: [TopicMatch]? = nil) -> (Topic, String) {
        let clause = clamp(clause, s.count), sentence = clamp(sentence, s.count)
        // the sentence's cues, read once for all its figures (the caller keeps them per sentence)
        var matches = given ?? Self.matches(s, sentence)
        // 96户475人(已安排帮扶联系人): an aside after the figure saying what was done for those it
        // counts glosses them, it does not file the count
        if let a = Self.predicateAside(s, after: numberEnd, clause: clause) { matches.removeAll { a.contains(Int($0.start)) } }
        // (我们排查出3958个问题: problems found are the inspection's, no one found poor)
        // (剩余8处力争6月底前全部完工: a remainder of sites or projects, no one poor)
        if measure == .items, numberEnd < clause.upperBound && TopicCues.thingClassifiers.contains(s[numberEnd])
            || (numberEnd..<min(numberEnd + 2, clause.upperBound)).contains(where: { TopicCues.problemNouns.longest(in: s, at: $0, limit: clause.upperBound) != nil }) {
            matches.removeAll { $0.cue.role == .stillPoor }
        }
        // (清退违规领取资金327.6万元, 剩余1700万元将于年底前收回: money clawed back or left over files no one poor)
        // (asked before the copy: most sentences' cues hold none, and the array is the sentence's, shared)
        if measure == .yuan, matches.contains(where: { $0.cue.role == .stillPoor }) { matches.removeAll { $0.cue.role == .stillPoor } }
        // 怒江州所辖4个县都是深度贫困县: a copula after the count says what class the things counted are
        if measure == .items || measure == .villages, let e = Self.classCopulaEnd(s, after: numberEnd, clause: clause),
           let m = matches.first(where: { Int($0.start) >= e && clause.contains(Int($0.start)) && $0.cue.rank >= 1 }) {
            switch m.cue.role {
            case .mask, .action: break
            case .area, .post, .exit, .stillPoor, .qualifier, .income, .training, .cadre, .share, .part: return (m.cue.topic, m.cue.rule)
            }
        }
        let count: Bool, people: Bool
        switch measure {
        case .persons, .households, .personTimes: (count, people) = (true, true)
        case .villages, .items: (count, people) = (true, false)
        default: (count, people) = (false, false)
        }
        let c = Context(numberStart: numberStart, numberEnd: numberEnd, count: count, people: people,
                        percent: measure == .percent, action: false, part: kind == .part, bare: false)

        // —— the clause: what is in it ——
        var action = false, part = false, training = false, cadre = false, strongArea = false, anyCue = false
        var exit: Near?, still: Near?, ecology: TopicCue?, industry: TopicCue?
        var exitAfter = false   // the figure's own predicate leaves poverty (剩余4.3万人已全部脱贫)
        var exitRightBefore = false   // 贫困人口脱贫95%: a share of those who left
        var earnings: TopicCue?       // 112名贫困人员稳定增收: the count is of those who earn
        var income: TopicCue?         // any word of earnings (收益 too)
        var funded = false            // 250户的扶贫资金: the count is of those money is for
        var working = false           // 新增贫困劳动力转移就业3362人: people counted at work are 就业
        var shareAt: Int?, shared = false
        var areaBefore: Topic?, mixedAreas = false   // whether two areas' words stand before the figure (``tieBreak``)
        // (全村390户村民中有建档立卡贫困户42户: what follows a partitive 中有 after the figure describes its parts)
        let partitive = count ? partitiveAfter(s, numberEnd: numberEnd, clause: clause) : nil
        if let p = partitive { shareAt = p }
        var ownEnd = clause.upperBound   // where the words of a later figure of the clause start
        for m in matches where clause.contains(Int(m.start)) {
            let cue = m.cue, k = Int(m.start), end = Int(m.end)
            if m.inFirmName { continue }
            if let p = partitive, k > p { continue }
            // (全村315户1471人建档立卡贫困户达162户796人: a status word after the figure, before a
            // later figure of the clause, is that figure's)
            if k >= numberEnd, cue.role == .qualifier || cue.role == .stillPoor,
               (end..<clause.upperBound).contains(where: { NumberReader.isDigit(s[$0]) }) { ownEnd = min(ownEnd, k); continue }
            if cue.role != .mask { anyCue = true }
            switch cue.role {
            case .action: action = true
            case .part: part = true
            case .share:
                shared = true
                if k < numberStart, shareAt == nil { shareAt = k }
            case .training: training = true
            case .cadre: cadre = true
            case .exit:
                // (脱贫人口就诊1520.81万人次: visits and times of service are no people leaving poverty)
                if measure == .personTimes { continue }
                // (12个脱贫摘帽县(市)区农村危房改造指标3.68万户: an exit word naming places before the figure
                // is their name's, no predicate of the figure)
                if end <= numberStart, Self.namesExitedPlaces(s, cueEnd: end, limit: numberStart) { continue }
                // (贵州923万人脱贫、192万人搬出大山: an earlier item's predicate, the figure's item a verb of its own)
                if end <= numberStart, Self.closesEarlierItem(s, cueStart: k, cueEnd: end, numberStart: numberStart, clause: clause),
                   matches.contains(where: { m in Int(m.start) >= numberEnd && Int(m.start) < Self.itemEnd(s, after: numberEnd, clause: clause)
                                              && m.cue.namesArea && m.cue.rank >= 3 && !m.inFirmName }) { continue }
                if governsExit(s, numberEnd: numberEnd, cueStart: k, cueEnd: end, limit: clause.upperBound) {
                    Near.keep(&exit, cue, distance(k, end, c))
                    if k >= numberEnd { exitAfter = true }
                    if end <= numberStart, numberStart - end <= 1 { exitRightBefore = true }
                }
            case .income:
                if earnings == nil, cue.rank > 0 { earnings = cue }
                if income == nil { income = cue }
            case .stillPoor: Near.keep(&still, cue, distance(k, end, c))
            case .area, .post:
                if cue.marks.contains(.grant) { action = true }
                if k < numberStart, cue.rank >= 1 {
                    if let a = areaBefore { if a != cue.topic { mixedAreas = true } } else { areaBefore = cue.topic }
                }
                if cue.topic == .funds, cue.rank >= 1 { funded = true }
                if cue.topic == .jobs, cue.rank >= 3 { working = true }
                if cue.rank >= 4 { strongArea = true }
                if cue.rank >= 2, ecology == nil, cue.topic == .ecology { ecology = cue }
                if cue.rank >= 2, industry == nil, cue.topic == .industry { industry = cue }
            default: break
            }
        }

        // 1. leaving poverty and the poor as counted
        if people, !anyCue, wholePlaceCount(s, clause: clause, numberStart: numberStart, numberEnd: numberEnd, ownEnd: ownEnd, sentence: sentence) {
            // (特困人员方面,…全国共有478.2万人: those the sentence's area counts, not everyone of the place)
            if let lead = Self.aspectLead(s, Outline.segment(s, around: numberStart, in: sentence)), lead.upperBound <= clause.lowerBound,
               let l = best(s, matches, lead, c, .sentence, minRank: 2, shareAt: nil), Self.namesGroup(l.topic) { return (l.topic, l.cue.rule) }
            return (.other, "topic.其他.全村")
        }
        if count {
            // 农村贫困人口减少到17.8万人, 从…的1468万人减少至…: a level the poor's number falls to or
            // from counts those still poor, not those who left (FORMAT.md: 从X下降到Y gives two levels)
            // (the clause's words asked first: most figures have none of the poor before them)
            if people, !strongArea,
               matches.contains(where: { m in
                   Int(m.start) < numberStart && clause.contains(Int(m.start))
                       && (m.cue.topic == .poor && (m.cue.role == .qualifier || m.cue.role == .stillPoor)
                           || m.cue.role == .exit && s[Int(m.start)..<Int(m.end)].contains(Self.kun)) }),
               isLevel(s, numberStart: numberStart, numberEnd: numberEnd, clause: clause) {
                return (.poor, "topic.贫困人口.水平")
            }
            // 21名优秀驻村工作队员、12名脱贫之星受到表彰: those their clause commends after them are a
            // commendation's, whatever they did (FORMAT.md: commendations are 其他); not a figure of a clause
            // before one that commends something else (全县脱贫3200户,该县被评为…)
            if TopicCues.honours.firstMatch(in: s, numberEnd..<clause.upperBound) != nil { return (.other, Self.commendedRule) }
            // (15万人脱贫攻坚任务; but 5个脱贫攻坚先进单位 counts units the mask word names)
            if exitAfterUnit(s, numberEnd, clause.upperBound),
               measure != .items || !matches.contains(where: { $0.cue.role == .mask && Int($0.start) >= numberEnd && Int($0.start) <= numberEnd + 2 }) {
                return (.exit, "topic.脱贫.单位后脱贫")
            }
            // a remainder the sentence plans to lift out, or says has left, is 脱贫 (剩余1260户…计划全部
            // 脱贫, FORMAT.md; 剩余的4.3万贫困人口已全部达到脱贫标准)
            // (…精准识别出的深度贫困乡镇累计减少贫困人口22810人: a word of leaving right before the figure
            // is its own, a status word further back is its clause's subject's)
            if let e = exit, still == nil || kind == .target || exitAfter || exitRightBefore && still!.distance > e.distance { return (.exit, e.cue.rule) }
            // 全村剩余的31户,62人,全部脱贫: the predicate after the figures paired with it is the count's own
            if exit == nil, !strongArea, matches.contains(where: { $0.cue.role == .exit && Int($0.start) >= clause.upperBound }),
               let e = exitPredicate(s, matches, after: clause, in: sentence) { return (.exit, e.rule) }
            // 贫困人口为1032万人,比上年减少379万人: the poor's decrease, their subject in the clause
            // before, counts those who left (FORMAT.md: 贫困人口减少 is 脱贫)
            if exit == nil, still == nil, !anyCue,
               KindCues.decreases.longestEnding(in: s, at: numberStart, from: clause.lowerBound, maxLength: 2) != nil,
               clause.lowerBound > sentence.lowerBound {
                // (not where that clause names an area: 危房存量为320户,比上年减少120户 is 住房's)
                // (past clauses of decreases with no words of their own: …减少至4335万人,累计减少5564万人,
                // 平均每年减少1391万人)
                var r = previousClause(s, before: clause.lowerBound, in: sentence)
                while r.lowerBound > sentence.lowerBound, !matches.contains(where: { r.contains(Int($0.start)) && $0.cue.role != .mask }),
                      KindCues.decreases.firstMatch(in: s, r) != nil {
                    r = previousClause(s, before: r.lowerBound, in: sentence)
                }
                if matches.contains(where: { r.contains(Int($0.start)) && $0.cue.topic == .poor && ($0.cue.role == .qualifier || $0.cue.role == .stillPoor) }),
                   !matches.contains(where: { r.contains(Int($0.start)) && $0.cue.namesArea && $0.cue.topic != .poor && $0.cue.rank >= 2 }) {
                    return (.exit, "topic.脱贫.贫困人口减少")
                }
            }
            // (瞄准剩余的28.56万贫困人口 in a plan: a remainder a plan is to lift out is 脱贫, FORMAT.md)
            // (but 今年将确保5852人脱贫, 剩余贫困人口2262人: a remainder opening its own clause is what
            // the plan leaves, still poor)
            // (剩余784名贫困人口,将全部实现清零: the plan after the remainder's clause lifts it out)
            if still != nil, kind == .target, !strongArea, !(people && working),
               !(matches.contains(where: { $0.cue.role == .stillPoor && Int($0.start) == clause.lowerBound + (s[clause.lowerBound] == 0x20 ? 1 : 0) })
                 && KindCues.futureMarkers.firstMatch(in: s, sentence.lowerBound..<clause.lowerBound) != nil) {
                return (.exit, "topic.脱贫.剩余计划")
            }
            if let p = still, !strongArea, !(people && working) { return (.poor, p.cue.rule) }
        }
        if measure == .percent {
            // 建档立卡贫困人口脱贫95%: a share right after leaving poverty is of those who left
            if exitRightBefore, let e = exit { return (.exit, e.cue.rule) }
            // 全市70%的贫困群众依靠产业稳定脱贫: a share of the poor whom a verb after it lifts out
            let de = CandidateReader.de
            if exitAfter, let e = exit, numberEnd + 1 < clause.upperBound, s[numberEnd] == de || s[numberEnd + 1] == de,
               matches.contains(where: { m in Int(m.start) > numberEnd && clause.contains(Int(m.start)) && m.cue.role == .qualifier && m.cue.topic == .poor }) {
                return (.exit, e.cue.rule)
            }
            // 占湖南剩余贫困人口的58.3%: a share of those still poor
            if shared, exit == nil, let p = still { return (.poor, p.cue.rule) }
        }
        // a person's or a household's earnings are 收入 whatever raised them (光伏扶贫收益户均2000元)
        if measure == .yuan, let e = income, TopicCues.perCapita.firstMatch(in: s, clause.lowerBound..<numberStart) != nil { return (.income, e.rule) }
        // (人均可支配收入最高,达8412元; 人均纯收入4120元,比前年增加近900元; 人均20元: an amount per person with no word of
        // its own is the earnings an earlier clause of the sentence named, where that clause is the one right before, the
        // figure's clause says nothing but a level, or names the person or the figure it continues; not 人均月工资1800元;
        // 村里还开设了…体验活动,…每项活动收费50元, a new thing's price)
        if measure == .yuan, kind == .rate, !anyCue, clause.lowerBound > sentence.lowerBound,
           let e = matches.last(where: { $0.cue.role == .income && sentence.contains(Int($0.start)) && Int($0.start) < clause.lowerBound }),
           TopicCues.perCapita.firstMatch(in: s, sentence.lowerBound..<numberStart) != nil,
           previousClause(s, before: clause.lowerBound, in: sentence).contains(Int(e.start))
            || FactContext.levelOfPerCapitaBefore(s, numberStart, clause: clause, sentence: sentence, afterFigure: true)
            || TopicCues.perCapita.firstMatch(in: s, clause.lowerBound..<numberStart) != nil
            || KindCues.figureAnaphora.firstMatch(in: s, clause.lowerBound..<numberStart) != nil { return (.income, e.cue.rule) }
        // 项目年收益总计26.7万元, 3个村财政分别增收80万元: what a project, a station or a village's
        // collective takes in is production (FORMAT.md: 收入 is a household's or a person's earnings),
        // where the nearest earner named before it is one of them (合作社去年还给我家分红600元 stays 收入)
        if measure == .yuan, let e = income, !e.marks.contains(.wage), Self.collectiveEarns(s, before: numberStart, clause: clause, sentence: sentence) {
            return (.industry, Self.collectiveIncomeRule)
        }
        // per-mu yields and rents are production (每亩地的年流转费为650元)
        // (but a programme's aid per mu is the programme's: 退耕还林每亩补助1000元, 公益林补偿标准为每亩每年16元)
        // (流转土地每亩租金600元 at a relocation site is still a rent: a word of rent or yield keeps it 产业)
        if measure == .yuan, TopicCues.perMu.firstMatch(in: s, clause.lowerBound..<numberStart) != nil,
           !(TopicCues.perMuRents.firstMatch(in: s, clause.lowerBound..<numberStart) == nil
             && matches.contains(where: { m in m.cue.role == .area && Int(m.start) >= clause.lowerBound && Int(m.start) < numberStart
                                          && TopicCues.perMuProgrammes.contains(m.cue.topic) })) { return (.industry, "topic.产业.每亩") }
        // 动员310家民营企业帮扶328个村: firms counted where their clause goes on to help are the
        // helpers (FORMAT.md: donors are 帮扶), not production
        if measure == .items, (numberEnd..<min(numberEnd + Self.firmReach, clause.upperBound)).contains(where: { TopicCues.helperFirms.longest(in: s, at: $0, limit: clause.upperBound) != nil }),
           let h = matches.first(where: { Int($0.start) > numberEnd && clause.contains(Int($0.start)) && $0.cue.topic == .assistance && $0.cue.namesArea && $0.cue.rank >= 2 }),
           // (3家企业获得东西部协作资金扶持: firms helped are no helpers)
           TopicCues.receiving.firstMatch(in: s, numberEnd..<Int(h.start)) == nil {
            return (.assistance, h.cue.rule)
        }
        // 共动员22家海外贵州商会…参与行动: firms and their associations mobilised for the campaign
        // are its helpers (FORMAT.md: 社会扶贫 is 帮扶)
        // (the firms' name may be longer: 22家海外贵州商会)
        if measure == .items, (numberEnd..<min(numberEnd + Self.mobilisedFirmReach, clause.upperBound)).contains(where: { TopicCues.helperFirms.longest(in: s, at: $0, limit: clause.upperBound) != nil }),
           Self.mobilisedList(s, numberStart: numberStart, clause: clause) {
            return (.assistance, Self.mobilisedRule)
        }
        // 五六十名贫困户在这里务工收入每年能有上万元: people counted by what they earn from work are at work
        if people, let e = earnings, e.marks.contains(.wage) { return (.jobs, Self.wageRule) }
        // 2. cadres trained; land in 亩
        if training && (cadre || trainsCadres(matches, sentence)) { return (.organisation, "topic.组织.干部培训") }
        // 开展电商培训5万人次, 种植技术培训3000人次: people trained are 就业's whatever the skill (FORMAT.md:
        // 技能培训), as people at work are
        // (in the figure's own item of a list: …劳动力培训5400人、“雨露计划”补助职业学生993人)
        // (not where the item names schooling, health or the campaign's own people as its area:
        // 教师培训800人次, 健康知识培训, 培训驻村工作队员)
        // (but a trade's name holds such words: 医疗护理员培训, 幼儿园保育员培训 are 就业's)
        // (the figure's own item of its clause's list, worked out once for the rules below that ask)
        var itemRead: Range<Int>?
        func ownItem() -> Range<Int> {
            if let i = itemRead { return i }
            let i = Outline.clause(s, around: numberStart, in: clause, listsSplit: true)
            itemRead = i
            return i
        }
        if people, training, case let item = ownItem(),
           let trained = matches.first(where: { $0.cue.role == .training && item.contains(Int($0.start)) }),
           !matches.contains(where: { item.contains(Int($0.start)) && $0.cue.role == .area && $0.cue.rank >= 3 && !$0.inFirmName
                                      && ($0.cue.topic == .education || $0.cue.topic == .health)
                                      && !Self.namesTrade(s, $0, before: Int(trained.start)) }) { return (.jobs, Self.traineesRule) }
        // 完成866户易地搬迁、245户危房改造、222户同步搬迁任务: an item of a 、-list that names its own
        // area after its figure is that area's, not the area of the item before it
        if count, s[clause.lowerBound..<numberStart].contains(NumberReader.listComma), case let item = ownItem(), item != clause,
           item.lowerBound > clause.lowerBound, s[item.lowerBound - 1] == NumberReader.listComma,
           !matches.contains(where: { item.contains(Int($0.start)) && Int($0.start) < numberStart && $0.cue.namesArea }),
           let own = matches.first(where: { Int($0.start) >= numberEnd && item.contains(Int($0.start)) && $0.cue.role == .area
                                            && $0.cue.rank >= 3 && !$0.inFirmName }),
           // (the noun right after the figure: 200多个吸纳搬迁贫困户就业的经营主体 names its area later)
           Int(own.start) - numberEnd <= Self.itemAreaReach,
           !matches.contains(where: { $0.cue.role == .action && Int($0.start) >= numberEnd && Int($0.start) < Int(own.start) }) {
            return (own.cue.topic, own.cue.rule)
        }
        if measure == .mu {
            // (建成…30.5万亩优质苹果生产基地、…和全域生态畜禽养殖基地: the figure's own item of a list first)
            if ecology != nil && industry != nil, case let item = ownItem(), item != clause,
               let m = matches.first(where: { item.contains(Int($0.start)) && !$0.inFirmName && $0.cue.role == .area && $0.cue.rank >= 2
                                              && ($0.cue.topic == .ecology || $0.cue.topic == .industry) }) { return (m.cue.topic, m.cue.rule) }
            // (马铃薯保险承保面积8.2万亩: land insured is the policy's, whatever it grows)
            if let m = matches.first(where: { clause.contains(Int($0.start)) && !$0.inFirmName && $0.cue.topic == .credit && $0.cue.rank >= 5 }) {
                return (.credit, m.cue.rule)
            }
            if let e = ecology { return (.ecology, e.rule) }
            if let i = industry { return (.industry, i.rule) }
            // 全省有天然草地6.32亿亩,占全省面积的约60%: land told as a share of the place's area
            // describes the place (FORMAT.md: figures about a whole place are 其他)
            // (in its clause or opening the next)
            if let z = (numberEnd..<min(sentence.upperBound, clause.upperBound + 2)).first(where: { s[$0] == KindCues.zhan }),
               Outline.find(Self.mianji, in: s, z..<min(sentence.upperBound, z + Self.areaShareReach)) != nil { return (.other, "topic.其他.占面积") }
        }
        var ctx = c
        ctx.action = action || (count && (earnings != nil || funded))   // (not a status count: those who earn, or money is for)
        ctx.earns = count && earnings != nil
        ctx.bareChange = measure == .yuan && FactContext.onlyChangeBefore(s, numberStart, clause: clause)
        // (a clause naming an area of its own before the amount, 投资达80万元, says what the money is)
        ctx.reached = measure == .yuan && TopicCues.levelReached.firstMatch(in: s, clause.lowerBound..<numberStart) != nil
            && !matches.contains { clause.contains(Int($0.start)) && Int($0.start) < numberStart && $0.cue.namesArea && $0.cue.topic != .income }
        ctx.part = c.part || part || shared || afterBareQizhong(s, clause: clause, sentence: sentence)
        ctx.bare = !anyCue

        // (…领导小组办公室发布了《…通知》,…省财政配套扶贫发展资金40000万元: money is no more the
        // body's that issued it than it is its purpose, FORMAT.md 资金)
        func issuer(_ b: Best) -> Bool { measure == .yuan && b.topic == .organisation }

        // houses built for relocation are the relocation's (安置房 is 搬迁, FORMAT.md): in the
        // clause (易地扶贫搬迁安全住房7万套), or in the sentence when the clause names no area
        func relocated(_ b: Best, _ r: Range<Int>) -> (Topic, String) {
            // (the houses of those moved, 让搬迁群众住得舒心, as much as of the programme)
            if b.topic == .housing, let m = matches.first(where: { $0.cue.topic == .relocation && ($0.cue.role == .area || $0.cue.role == .qualifier) && r.contains(Int($0.start)) }) {
                return (.relocation, m.cue.rule)
            }
            // (为1358名贫困残疾人提供基本康复服务: care of a group the protection serves is its aid)
            if b.cue.marks.contains(.care), let m = matches.first(where: { $0.cue.marks.contains(.served) && r.contains(Int($0.start)) && !$0.inFirmName }) {
                return (.welfare, m.cue.rule)
            }
            return (b.topic, b.cue.rule)
        }
        // 3. the clause (money its clause calls only money goes to the one area the clauses before it
        // name, 为解决农村饮水安全问题,县人民政府统筹整合27761万元: FORMAT.md, 资金 is money tied to no area)
        // (配套产业298个、扶贫工厂45个: an area's word after the figure, in a later item of its list,
        // is that item's; the figure's own item is read first, where an area's word follows the
        // figure in its clause at all: few do)
        // places a verb of benefit reaches, named right after the count (建成后可惠及5个乡镇, 覆盖12个
        // 乡镇), and the people of them it reaches (5个乡镇约6400人, 安置来自21个乡镇的群众8130户) are the
        // programme's the sentence names, no count of everyone there (not a place's word inside a
        // thing's name: 建成乡镇集配中心9个)
        // (looked for before removing: a copy of the sentence's cues a figure cost retains and a copy each)
        func reachedPlace(_ m: TopicMatch) -> Bool {
            m.cue.topic == .other && m.cue.role == .area && m.cue.rank <= 1 && clause.contains(Int(m.start))
                && (Int(m.start) >= numberEnd && Int(m.start) <= numberEnd + Self.placeWordReach || people && Int(m.start) < numberStart)
        }
        if action, count, matches.contains(where: reachedPlace) { matches.removeAll(where: reachedPlace) }
        var ownBest: Best?
        if matches.contains(where: { Int($0.start) >= numberEnd && clause.contains(Int($0.start)) && $0.cue.namesArea }),
           case let item = ownItem(), item.upperBound < clause.upperBound,
           matches.contains(where: { Int($0.start) >= item.upperBound && clause.contains(Int($0.start)) && $0.cue.namesArea }) {
            ownBest = best(s, matches, clause.lowerBound..<item.upperBound, ctx, .clause, minRank: 1, shareAt: shareAt)
        }
        // 审计机关对158个县进行审计…,涉及1216个乡镇; 随机走访贫困户1158户; 抽查行政村33个: what an
        // inspection counts (the places, households and cadres it reaches, the forms it hands out) is its
        // scope, the campaign's running, unless an area's own word files it (检查验收危房改造1200户)
        if count, let m = Self.inspectionScope(s, matches, numberStart: numberStart, clause: clause, sentence: sentence),
           !matches.contains(where: { clause.contains(Int($0.start)) && $0.cue.namesArea && $0.cue.rank >= 3
                                       && $0.cue.topic != .organisation && $0.cue.topic != .assistance && !$0.inFirmName }) {
            return (.organisation, m.cue.rule)
        }
        // (审计重点抽查扶贫资金336.17亿元, 查出违规金额50.31亿元: money is never the campaign's running,
        // FORMAT.md — what an inspection audits or finds is the money's own area, else 资金)
        var clauseBest = ownBest ?? best(s, matches, clause, ctx, .clause, minRank: 1, shareAt: shareAt)
        if let b = clauseBest, issuer(b) {
            clauseBest = best(s, matches.filter { $0.cue.topic != .organisation }, clause, ctx, .clause, minRank: 1, shareAt: shareAt)
        }
        // 在饮水保障方面,全省投入水利项目资金6.45亿元: the area a sentence opens with (X方面,) heads its
        // clauses, over a broader word of the figure's own (``isBroad(_:)``) or none
        // (in the figure's `;`-part: 在教育扶贫方面,…;在饮水保障方面,…6.45亿元)
        // (the lead looked for only where the clause's own word is broad or missing: measured, looked for
        // at every figure it cost 2 M instructions a pass over 400 reports)
        if clauseBest.map({ Self.isBroad($0.topic) }) ?? true,
           let lead = Self.aspectLead(s, Outline.segment(s, around: numberStart, in: sentence)), lead.upperBound <= clause.lowerBound,
           let l = best(s, matches, lead, ctx, .sentence, minRank: 2, shareAt: nil), !issuer(l),
           clauseBest.map({ l.rank > $0.rank }) ?? true { return (l.topic, l.cue.rule) }
        if var b = clauseBest {
            // (督查检查,共抽查行政村33个,…走访农户89户: a visit in a sentence that inspects is the inspection's)
            // (in the figure's `;`-part: …督促检查落实情况;…结对帮扶,累计入户走访500多人次 is help)
            if b.cue.marks.contains(.visit), case let part = Outline.segment(s, around: numberStart, in: sentence),
               let m = matches.first(where: { $0.cue.marks.contains(.inspection) && part.contains(Int($0.start)) && !$0.inFirmName }) {
                return (.organisation, m.cue.rule)
            }
            if measure == .yuan, b.topic == .funds, let area = soleArea(s, matches, sentence.lowerBound..<clause.lowerBound) { return (area.topic, area.rule) }
            // 投入扶贫资金3000万元,用于易地扶贫搬迁安置点建设: money the next clause puts to one area's
            // use is that area's (FORMAT.md: the more specific area wins); to two, still money
            if measure == .yuan, b.topic == .funds, clause.upperBound < sentence.upperBound,
               case let p = nextClause(s, after: clause.upperBound, in: sentence), Self.opensPurpose(s, p),
               let area = onlyArea(s, matches, p) { return (area.topic, area.rule) }
            if mixedAreas, let t = tieBreak(b, matches, clause: clause, sentence: sentence, ctx, shareAt: shareAt) { b = t }
            // (全县有残疾人3.46万人,其中建档立卡贫困残疾人1.02万人: a group the protection serves that its place has,
            // given nothing in the clause, is counted as the place's people: a population, `其他`; its poor, `贫困人口`)
            // (共有困难残疾人7865名纳入补贴范围: another area's word in the clause gives them something)
            // (全县现有留守儿童856名,均已落实结对帮扶责任人: nor in the rest of its sentence; 有劳动能力的残疾人: 有 of another word)
            if b.cue.marks.contains(.served), people, !ctx.action, Self.had(s, matches, clause.lowerBound..<numberStart, figureAt: numberStart)
                || ctx.part && Self.had(s, matches, sentence.lowerBound..<clause.lowerBound, figureAt: nil),
               // (占总人口的5.1%,其中建档立卡…: the whole and the poor among them give nothing)
               !matches.contains(where: { (clause.lowerBound..<sentence.upperBound).contains(Int($0.start)) && $0.cue.namesArea
                   && !$0.cue.marks.contains(.served) && !$0.inFirmName && $0.cue.topic != .other && $0.cue.topic != .poor }) {
                let poor = matches.contains { clause.contains(Int($0.start)) && $0.cue.role == .qualifier && $0.cue.topic == .poor }
                return poor ? (.poor, Self.servedPoorRule) : (.other, Self.servedPopulationRule)
            }
            return relocated(b, clause)
        }

        // 4. the sentence, clause by clause: before the figure nearest first, then after
        func inSentence(_ b: Best) -> (Topic, String) { relocated(b, sentence) }
        var firstGeneral: Best?
        var end = clause.lowerBound
        // …项目:A项目1.45亿元;B项目1710万元: the items before it in a list after a header are its
        // siblings, whose words are their own; only the header speaks for it
        let header = Self.listHeaderEnd(s, before: clause.lowerBound, in: sentence)
        while end > sentence.lowerBound {
            let r = previousClause(s, before: end, in: sentence)
            if let h = header, r.lowerBound >= h { end = r.lowerBound; continue }
            // 村党支部书记说,…: an attribution names who speaks, not what the figure is about
            if PlaceLexicon.speechEnds.longestEnding(in: s, at: r.upperBound, from: r.lowerBound, maxLength: 4) != nil { end = r.lowerBound; continue }
            if let b = best(s, matches, r, ctx, .sentence, minRank: 1, shareAt: nil), !issuer(b), !b.cue.marks.contains(.ownFigure) {
                if b.rank >= 2 { return inSentence(b) }
                if firstGeneral == nil { firstGeneral = b }
            }
            end = r.lowerBound
        }
        var start = clause.upperBound
        while start < sentence.upperBound {
            let r = nextClause(s, after: start, in: sentence)
            // (…补助资金投入1561亿元,…,其中用于产业发展的比例超过50%: a breakdown after the figure
            // names its parts' areas, not its own)
            if r.count > 2, KindCues.opensQizhong(s, at: r.lowerBound, limit: r.upperBound) { break }
            if let b = best(s, matches, r, ctx, .sentence, minRank: 1, shareAt: nil), !issuer(b), !b.cue.marks.contains(.ownFigure) {
                if b.rank >= 2 { return inSentence(b) }
                if firstGeneral == nil { firstGeneral = b }
            }
            start = r.upperBound
        }
        // 5. the heading (an area it names outweighs a general word of the sentence), a general
        // word of the sentence, a weak word of the clause, the measure
        // (粤滇扶贫协作结硕果 ⏎ 全市11个县市区中有国家级贫困县10个: a part's status word yields to a
        // programme its sentence names, not to the heading's: the part counts what that word says)
        if ctx.part, !ctx.action {
            var plain = ctx
            plain.part = false
            if let b = best(s, matches, clause, plain, .clause, minRank: 1, shareAt: shareAt), b.qualifier, b.topic == .poor { return (b.topic, Self.partStatusRule) }
        }
        // (…审计整改情况 ⏎ …盘活资金1.42亿元: nor is it the body's a heading names)
        if let h = heading.map({ clamp($0, s.count) }), let b = best(s, givenHeading ?? Self.matches(s, h), h, ctx, .heading, minRank: 2, shareAt: nil), !issuer(b) {
            return (b.topic, Self.headingPrefix + b.cue.rule)
        }
        if let b = firstGeneral { return inSentence(b) }
        if let b = best(s, matches, clause, ctx, .weak, minRank: 0, shareAt: shareAt), !issuer(b) { return (b.topic, b.cue.rule) }
        if measure == .yuan, matches.contains(where: { sentence.contains(Int($0.start)) && $0.cue.topic == .organisation }) { return (.funds, Self.auditedMoneyRule) }
        if measure == .mu {
            // 人均只有0.4亩地: land per head that nothing files describes everyone of the place (FORMAT.md: 其他)
            if TopicCues.perCapita.firstMatch(in: s, clause.lowerBound..<numberStart) != nil { return (.other, "topic.其他.人均亩") }
            return (.industry, "topic.产业.亩")
        }
        return (.other, Self.defaultRule)
    }

    /// A bracketed aside right after a figure's unit that opens with a word of completion (`(已安排
    /// 帮扶联系人)`, `(均已落实…)`): what was done for those counted, not what they are.
    static func predicateAside(_ s: [UInt32], after numberEnd: Int, clause: Range<Int>) -> Range<Int>? {
        var k = numberEnd
        while k < clause.upperBound, k - numberEnd <= Self.asideReach, s[k] != 0x28 { k += 1 }
        guard k + 1 < clause.upperBound, s[k] == 0x28, KindCues.doneMarkers.longest(in: s, at: k + 1, limit: clause.upperBound) != nil
                || TopicCues.completions.longest(in: s, at: k + 1, limit: clause.upperBound) != nil,
              let close = s[k..<clause.upperBound].firstIndex(of: 0x29) else { return nil }
        return k..<(close + 1)
    }
    /// How far after a figure's digits its aside may open (`96户475人(`: past the figure paired with it).
    static let asideReach = 8

    /// The rule of a part its status word files (`…中有国家级贫困县10个` under a programme's heading).
    public static let partStatusRule = "topic.贫困人口.部分"
    /// What a cue read in the section heading is named with in `--explain` (`heading topic.帮扶.扶贫协作`).
    public static let headingPrefix = "heading "
    /// Whether a topic was read from the section heading.
    public static func byHeading(_ rule: String?) -> Bool { rule?.utf8.starts(with: headingPrefix.utf8) == true }

    /// The inspection whose scope a count in `clause` is: one in the clause before the figure
    /// (`抽查行政村33个`), one after it with 对 before the figure (`对7个乡镇…开展专项巡察`), or one
    /// earlier in the figure's `;`-part with a verb of reach before the figure in its clause (`…审计…,
    /// 涉及1216个乡镇`, `…暗访…,随机走访贫困户1158户`) or a questionnaire in it (`发放问卷调查3920份`).
    static func inspectionScope(_ s: [UInt32], _ matches: [TopicMatch], numberStart: Int, clause: Range<Int>, sentence: Range<Int>) -> TopicMatch? {
        // (the sentence's cues read in place: most sentences inspect nothing, and no array is made a figure)
        func inspects(_ m: TopicMatch) -> Bool { m.cue.marks.contains(.inspection) && !m.inFirmName }
        guard matches.contains(where: inspects) else { return nil }
        if let m = matches.first(where: { inspects($0) && clause.lowerBound <= Int($0.start) && Int($0.start) < numberStart }) { return m }
        if let m = matches.first(where: { inspects($0) && Int($0.start) > numberStart && clause.contains(Int($0.start)) }),
           s[clause.lowerBound..<numberStart].contains(TopicCues.dui) { return m }
        let part = Outline.segment(s, around: numberStart, in: sentence)
        guard let m = matches.last(where: { inspects($0) && part.contains(Int($0.start)) && Int($0.start) < clause.lowerBound }) else { return nil }
        // (各级干部深入贫困村帮扶困难群众300户: a word of another area after the reach's verb makes the count that area's)
        let reaches = TopicCues.inspectionReach.firstMatch(in: s, clause.lowerBound..<numberStart).map { r in
            !matches.contains { $0.cue.role == .area && !inspects($0) && r.0 < Int($0.start) && Int($0.start) < numberStart }
        } ?? false
            || TopicCues.questionnaires.firstMatch(in: s, clause) != nil
        return reaches ? m : nil
    }

    /// The rule of money an inspection audits or finds, with no word of its own area (`查出违规金额50.31亿元`).
    static let auditedMoneyRule = "topic.资金.金额"
    /// Whether a verb that mobilises firms (``TopicCues/mobilising``) heads the list of firms the
    /// count at `numberStart` stands in: right before it, or before items of firms joined by `、`
    /// (`共动员22家海外贵州商会、64家省外贵州商会`).
    static func mobilisedList(_ s: [UInt32], numberStart: Int, clause: Range<Int>) -> Bool {
        var k = numberStart
        while true {
            if TopicCues.mobilising.longestEnding(in: s, at: k, from: max(clause.lowerBound, k - 3), maxLength: 2) != nil { return true }
            // the item before: back over a firm's name and its count to the 、 that opens this one
            guard k > clause.lowerBound, s[k - 1] == NumberReader.listComma else { return false }
            var j = k - 1
            while j > clause.lowerBound, s[j - 1] != NumberReader.listComma, !Outline.isClauseBreak(s[j - 1]) {
                j -= 1
                if TopicCues.mobilising.longestEnding(in: s, at: j, from: max(clause.lowerBound, j - 3), maxLength: 2) != nil { break }
            }
            let item = j..<(k - 1)
            guard item.count >= 3, NumberReader.isDigit(s[item.lowerBound]),
                  item.contains(where: { TopicCues.helperFirms.longest(in: s, at: $0, limit: item.upperBound) != nil }) else { return false }
            k = j
        }
    }
    /// Where a copula right after a count ends (`4个县都是…`, `3个村均为…`): what follows names the
    /// class the things counted belong to.
    static func classCopulaEnd(_ s: [UInt32], after numberEnd: Int, clause: Range<Int>) -> Int? {
        var k = numberEnd
        while k < clause.upperBound, k - numberEnd <= TopicCues.classCopulaReach, NormalizedText.isHan(s[k]) || s[k] == 0x28 || s[k] == 0x29 {
            if let c = TopicCues.classCopulas.longest(in: s, at: k, limit: clause.upperBound) { return k + c.length }
            k += 1
        }
        return nil
    }
    /// The rule of firms mobilised for the campaign.
    static let mobilisedRule = "topic.帮扶.动员"
    /// The rule of what a project or a collective takes in (``collectiveEarns``).
    static let collectiveIncomeRule = "topic.产业.集体收益"
    /// Whether the nearest earner named before `numberStart` in its clause is a project, a station
    /// or a village's collective (``TopicCues/earners``: true), not a person or a household (false);
    /// where the clause names none, an earner that closes a clause before it in its `;` or `:` part
    /// as its topic (`种植合作社,种植蔬菜103亩,增收8万多元`; `已经建好投产的光伏发电项目,每年预计收入为
    /// 5-6万元`; not the actor of a clause, `合作社加价回收,可增收约250元`: the farmer's gain).
    static func collectiveEarns(_ s: [UInt32], before numberStart: Int, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        let part = s[sentence.lowerBound..<clause.lowerBound].lastIndex(where: { TopicCues.partMarks.contains($0) }).map { $0 + 1 } ?? sentence.lowerBound
        var k = numberStart
        var through = false   // a collective skipped as the channel one earns through
        while k > part {
            if let m = TopicCues.earners.longestEnding(in: s, at: k, from: part, maxLength: 4) {
                // (贫困户通过入股合作社年增收3000元: a collective one earns through is no earner)
                if m.value, TopicCues.channels.longestEnding(in: s, at: k - m.length, from: part, maxLength: 2) != nil {
                    k -= m.length; through = k > clause.lowerBound; continue
                }
                var collective = m.value
                // (接待游客16万人次,收入达1600万元: the visits a place receives, not people who earn)
                if !collective, TopicCues.visitCounts.longestEnding(in: s, at: k, from: part, maxLength: 2) != nil,
                   TopicCues.visitors.firstMatch(in: s, max(part, k - TopicCues.visitorReach)..<k) != nil { collective = true }
                if k <= clause.lowerBound, !(collective && Outline.isClauseBreak(s[k])) { return false }
                return collective
            }
            k -= 1
        }
        // (民乐村通过入股合作社年增收8万元: with no person or household before it, what comes through a
        // collective is a collective's too)
        return through
    }
    /// The rule of people counted by their training.
    static let traineesRule = "topic.就业.培训"

    /// Whether an area's people are a group of their own a place's count can be of (`特困人员方面,…
    /// 全国共有478.2万人`: those in welfare), not an area of things and work (`产业发展方面,全村共有312户`:
    /// everyone of the village, 其他).
    static func namesGroup(_ t: Topic) -> Bool {
        switch t {
        // (饮水安全方面,全县共有12.3万人; 金融扶贫方面,全县共有1.2万户: the programme's beneficiaries)
        case .welfare, .education, .health, .relocation, .jobs, .poor, .exit, .water, .housing, .credit: return true
        case .income, .industry, .ecology, .infrastructure, .assistance, .environment,
             .organisation, .funds, .other: return false
        }
    }

    /// Whether an exit word ending at `cueEnd` names a kind of place (`脱贫摘帽县`, `出列村`,
    /// `摘帽县(市)区`): a level's word right after it.
    static func namesExitedPlaces(_ s: [UInt32], cueEnd: Int, limit: Int) -> Bool {
        cueEnd < limit && TopicCues.exitedPlaceLevels.contains(s[cueEnd])
    }

    /// Whether an area's word before a training names the trade trained for (`医疗护理员培训`,
    /// `幼儿园保育员培训`, `健康管理师培训`): an occupation's word (``TopicCues/occupationEnds``)
    /// follows it before the training's.
    static func namesTrade(_ s: [UInt32], _ m: TopicMatch, before training: Int) -> Bool {
        var k = Int(m.end)
        while k < training, k < Int(m.end) + Self.tradeReach {
            // (医务人员, 教职人员: 人员 is the area's staff, no trade)
            if TopicCues.occupationEnds.contains(s[k]), !(k > 0 && s[k - 1] == TopicCues.ren) { return true }
            k += 1
        }
        return false
    }
    /// How far after an area's word the trade's last character may stand (`医疗|护理员`).
    static let tradeReach = 4
    /// The rule of people counted by their earnings from work.
    static let wageRule = "topic.就业.务工收入"
    /// How far after a count's digits the word of the places it counts may start (`5个|乡镇`, `57个行政村`).
    static let placeWordReach = 2
    /// The rule of a figure nothing around it files (`其他`).
    public static let defaultRule = "topic.其他.default"
    static let servedPoorRule = "topic.贫困人口.所服务群体", servedPopulationRule = "topic.其他.所服务群体"
    /// Whether a range says a place has a group the protection serves: `有` right before the group's word (`全县有残疾人`,
    /// `现有留守儿童`) or right before a figure (`残疾人共有1.86万人`; the figure at `figureAt`, or any in the range).
    static func had(_ s: [UInt32], _ matches: [TopicMatch], _ r: Range<Int>, figureAt: Int?) -> Bool {
        if let f = figureAt { if f > r.lowerBound, s[f - 1] == TrapLexicon.you { return true } }
        else if r.dropFirst().contains(where: { NumberReader.isDigit(s[$0]) && s[$0 - 1] == TrapLexicon.you }) { return true }
        return matches.contains { $0.cue.marks.contains(.served) && Int($0.start) > r.lowerBound && r.contains(Int($0.start)) && s[Int($0.start) - 1] == TrapLexicon.you }
    }

    /// Whether a topic is a programme's area, one a figure with no words of its own may continue
    /// from the figure before it (`…安置点预计安置355户。针对特殊群体,专门划定可容纳24户的区域`).
    static func continues(_ t: Topic) -> Bool {
        switch t {
        case .industry, .jobs, .relocation, .ecology, .education, .health, .housing, .water, .welfare,
             .infrastructure, .credit, .assistance, .environment: return true
        case .poor, .exit, .income, .funds, .organisation, .other: return false
        }
    }

    /// A cue read in a sentence: where it stands and what it is.
    public struct TopicMatch: Sendable {
        let start: Int32, end: Int32
        let cue: TopicCue
        /// An area's word that goes on into a company's name (``inFirmName(_:_:_:)``), read once
        /// with the cue: a clause ends at a mark no firm's word holds, so the sentence's end
        /// bounds it as the clause's would (measured, with the cues' scan through pointers and the
        /// finder's span reused and the clause read through pointers: 341.5 → 336.3 M instructions a
        /// pass over 400 reports).
        let inFirmName: Bool
    }

    /// The cues of a range, longest first from each position, as the clause scans read them
    /// (a cue holds no clause mark, so reading the sentence once gives each clause's cues).
    public static func matches(_ s: [UInt32], _ range: Range<Int>) -> [TopicMatch] {
        let trie = TopicCues.trie
        var out: [TopicMatch] = []
        var payers: [Int] = []   // the matches of firms right before a verb of paying
        let end = min(range.upperBound, s.count)
        // (a model's name in quotes needs a +: most sentences hold none, and are not read for one)
        let plus = s[range.lowerBound..<end].contains(TrapLexicon.plus)
        s.withUnsafeBufferPointer { p in
            var k = range.lowerBound
            while true {
                k = trie.nextMayStart(p, from: k, end: end)   // past the positions no cue starts at
                guard k < end, let m = trie.longest(in: s, at: k, limit: end) else {
                    if k >= end { return }
                    k += 1; continue
                }
                // (全县生态公益林总面积88.215万亩: a whole place's measure right after an area's word, in one
                // noun phrase, is that thing's measure, no word of the whole place)
                if m.value.topic == .other, TopicCues.thingSizes.longest(in: s, at: k, limit: end)?.length == m.length,
                   let l = out.last, Self.measuresThing(s, l, at: k) { k += m.length; continue }
                if out.isEmpty { out.reserveCapacity(8) }   // one allocation, not one per doubling (see `expressions`)
                if m.value.marks.contains(.firm), pays(s, after: k + m.length, end) { payers.append(out.count) }
                out.append(TopicMatch(start: Int32(k), end: Int32(k + m.length), cue: m.value,
                                      inFirmName: m.value.namesArea && (inFirmName(s, k + m.length, end)
                                        || plus && inModelName(s, k, k + m.length, range.lowerBound..<end))))
                k += m.length
            }
        }
        // (国家电网公司投资210亿元,解决…供电…短板: a firm right before a verb of paying is the payer, and names
        // no area of the money where another area's word of its own says what the money is for; alone,
        // 某农业公司投资3000万元, it stays the money's area)
        if !payers.isEmpty, out.contains(where: { !$0.cue.marks.contains(.firm) && $0.cue.namesArea && $0.cue.rank >= 3 && !$0.inFirmName }) {
            for i in payers { out[i] = TopicMatch(start: out[i].start, end: out[i].end, cue: out[i].cue, inFirmName: true) }
        }
        return out
    }

    /// Whether a verb of paying follows a firm's word at `k`, past adverbs (`公司累计投资`): the firm is
    /// the payer, its word names no area of the money (read as a firm's name is).
    static func pays(_ s: [UInt32], after k: Int, _ end: Int) -> Bool {
        var j = k
        while let a = TopicCues.payingAdverbs.longest(in: s, at: j, limit: end) { j += a.length }
        // (公司向贫困地区投资: a payee's phrase between)
        if j < end, TopicCues.payeeMarks.contains(s[j]) {
            return (j + 1..<min(end, j + 1 + TopicCues.payeeReach)).prefix(while: { NormalizedText.isHan(s[$0]) })
                .contains { TopicCues.payingVerbs.longest(in: s, at: $0, limit: end) != nil }
        }
        return TopicCues.payingVerbs.longest(in: s, at: j, limit: end) != nil
    }

    /// Whether an area's word (rank 2 or more) ends right before `k`, at most ``thingNounGap`` characters
    /// of its noun phrase between (`生态|公益林|总面积`; a size, ``TopicCues/thingSizes``, not
    /// `第三产业增加值`).
    static func measuresThing(_ s: [UInt32], _ m: TopicMatch, at k: Int) -> Bool {
        guard m.cue.namesArea, m.cue.rank >= 2, m.cue.topic != .other, Int(m.end) <= k, k - Int(m.end) <= thingNounGap else { return false }
        return s[Int(m.end)..<k].allSatisfy(NormalizedText.isHan)
    }
    static let thingNounGap = 3

    // MARK: - scoring

    enum Level { case clause, sentence, heading, weak }

    struct Context {
        var numberStart, numberEnd: Int
        var count, people, percent: Bool
        /// The figure's clause has a verb of benefit / is a part or share / has no cue at all.
        var action, part, bare: Bool
        /// A count of those who earn (`带动1522户贫困户实现增收`): leaving poverty elsewhere in the
        /// sentence is not what it counts; the programme named there is.
        var earns = false
        /// An amount whose clause says only that it is a change (`同比增加1233元`): of the figure before it.
        var bareChange = false
        /// An amount its own clause says a level reaches (`达到11545元`, `人均达到9800元`,
        /// ``TopicCues/levelReached``): the earnings another clause names are its topic.
        var reached = false
    }

    struct Best {
        var rank: Int
        var qualifier: Bool
        var distance: Int
        var cue: TopicCue
        var topic: Topic { cue.role == .exit ? .exit : cue.topic }
        /// Higher rank, then a word of an area before a status word, then the nearer.
        func beats(_ o: Best) -> Bool {
            if rank != o.rank { return rank > o.rank }
            if qualifier != o.qualifier { return !qualifier }
            return distance < o.distance
        }
    }

    struct Near {
        var cue: TopicCue
        var distance: Int
        static func keep(_ n: inout Near?, _ cue: TopicCue, _ d: Int) {
            if n == nil || d < n!.distance { n = Near(cue: cue, distance: d) }
        }
    }

    /// The rank a cue carries at a level, nil where it has no say.
    static func effectiveRank(_ cue: TopicCue, _ c: Context, _ level: Level, after: Bool = false) -> Int? {
        let rank = Int(cue.rank)
        switch cue.role {
        case .mask, .action, .share, .part: return nil
        case .qualifier:
            // an amount (money, land, length) is no count of the poor: the status word says whom
            // it is for (贫困村每村270万元 for roads is 基础设施)
            if !c.count && !c.percent { return nil }
            switch level {
            case .clause: return c.action || c.part ? 0 : rank
            case .sentence: return c.part || c.bare ? rank : 0
            case .heading, .weak: return 0
            }
        case .exit: return level == .sentence && (c.count || c.percent) && !c.earns ? 3 : 0
        case .stillPoor: return level == .clause ? rank : 0
        // (投资43.34万元,…,为村集体增加收入3.9万元: money a clause invests or pays is no earnings another
        // clause names; 人均可支配收入11545元,同比增加1233元: a clause of a change alone changes the
        // earnings before it; 人均可支配收入持续增长,达到11545元: so does a level the clause says reached)
        case .income: return c.count || level == .sentence && !c.percent && !c.bareChange && !c.reached ? 0 : rank
        case .post: return c.people ? rank + 2 : rank
        case .area, .training, .cadre:
            // money in general, beside a count in its clause, yields to the area the sentence names
            // (统筹8个村250户的扶贫资金,发展乡村旅游), and decides only when none does
            // (and a count is never money in general: 整合资金…修建四合院,可容纳24户 counts no funds)
            if cue.topic == .funds, c.count { return 0 }
            // an amount a meeting decided on is for what it names (…专题会议研究决定…乐都区819万元)
            if cue.marks.contains(.meeting), !c.count, !c.percent { return 0 }
            // counts of people working are 就业 (FORMAT.md): a word of work is their verb when it
            // follows them in the clause, whoever they are (`吸纳3000余名易地扶贫搬迁群众家门口就业`)
            if c.people, cue.topic == .jobs, rank >= 3 { return level == .clause && after ? rank + 2 : rank + 1 }
            return rank
        }
    }

    /// Whether a clause opens with a purpose (`用于…`, `主要用于…`).
    static func opensPurpose(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, s[k] == 0x20 { k += 1 }
        if let l = TopicCues.purposeLeads.longest(in: s, at: k, limit: r.upperBound) { k += l.length }
        return TopicCues.purposes.longest(in: s, at: k, limit: r.upperBound) != nil
    }

    /// Whether `r` names one policy area and no money in general (an item's opening sentence that
    /// heads the item's later ones: `一是实施森林生态效益补偿。`; not `多方筹措,精准保障扶贫资金。`).
    static func namesOneArea(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        let m = matches(s, r)
        return onlyArea(s, m, r) != nil && !m.contains { $0.cue.topic == .funds && !$0.inFirmName }
    }

    /// The area every area's word of `r` names (the most specific of them), nil where two are named.
    static func onlyArea(_ s: [UInt32], _ matches: [TopicMatch], _ r: Range<Int>) -> TopicCue? {
        var found: TopicCue?
        for m in matches where r.contains(Int(m.start)) && !m.inFirmName {
            guard m.cue.role == .area || m.cue.role == .post, m.cue.rank >= 2, m.cue.topic != .funds, m.cue.topic != .organisation else { continue }
            if let f = found {
                if f.topic != m.cue.topic { return nil }
                if m.cue.rank > f.rank { found = m.cue }
            } else { found = m.cue }
        }
        return found
    }

    /// The one policy area the clauses before a figure name most specifically (a word of rank 2
    /// or more; its purpose, stated first: 为解决农村饮水安全问题), or nil when they name none or
    /// several at that rank. Not who decided (经县扶贫开发领导小组研究,决定拨付…: 组织 is no
    /// purpose), nor a clause with a figure of its own (鲤城区对口帮扶资金1200万元;县级财政扶贫资金
    /// 1400万元: a sibling item, not the purpose).
    static func soleArea(_ s: [UInt32], _ matches: [TopicMatch], _ before: Range<Int>) -> TopicCue? {
        var found: TopicCue?, tied = false
        for m in matches where before.contains(Int(m.start)) && !m.inFirmName {
            guard m.cue.role == .area, m.cue.rank >= 2, m.cue.topic != .funds, m.cue.topic != .organisation else { continue }
            if holdsFigure(s, Outline.clause(s, around: Int(m.start), in: before)) { continue }
            if let f = found, f.rank >= m.cue.rank {
                if f.rank == m.cue.rank, f.topic != m.cue.topic { tied = true }
                continue
            }
            found = m.cue; tied = false
        }
        return tied ? nil : found
    }

    /// Whether a clause holds a figure: digits not naming a date (`2019年度`, `12月`).
    static func holdsFigure(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound {
            guard NumberReader.isDigit(s[k]) else { k += 1; continue }
            while k < r.upperBound, NumberReader.isDigitOrPoint(s[k]) { k += 1 }
            if k >= r.upperBound || !TimeLexicon.dateUnits.contains(s[k]) { return true }
        }
        return false
    }

    /// The best cue of `range` at `level`; cues after a `占` in it name the whole, not the figure.
    static func best(_ s: [UInt32], _ matches: [TopicMatch], _ range: Range<Int>, _ c: Context, _ level: Level, minRank: Int, shareAt: Int?) -> Best? {
        var found: Best?
        var share = shareAt
        for m in matches where range.contains(Int(m.start)) {
            let cue = m.cue, k = Int(m.start), end = Int(m.end)
            if m.inFirmName { continue }
            if cue.role == .share, level == .sentence, share == nil { share = k; continue }
            if let sh = share, k > sh { continue }
            guard let r = effectiveRank(cue, c, level, after: k >= c.numberEnd), r >= minRank else { continue }
            // (就业帮扶车间(基地)2239个: a word that alone fills a gloss's brackets right before the figure
            // stands behind the noun it glosses)
            var d = distance(k, end, c)
            if end + 1 == c.numberStart, s[end] == FactContext.closeBracket, k > 0, s[k - 1] == FactContext.openBracket { d = c.numberStart - k + 2 }
            let b = Best(rank: r, qualifier: cue.role == .qualifier, distance: d, cue: cue)
            if found == nil || b.beats(found!) { found = b }
        }
        return found
    }

    /// Two areas' words of one rank before the figure in its clause, a verb and whom it serves
    /// (`救助患者1224名`: 兜底's 救助, 医疗's 患者): the area the rest of the sentence names more
    /// strongly (`符合低保、特困人员…条件的患者,…救助患者`) wins; where it names neither more
    /// strongly, or a word after the figure names what is counted (`卫生健康委和17个对口援藏省份`),
    /// the nearer word (nil: `b` stands).
    static func tieBreak(_ b: Best, _ matches: [TopicMatch], clause: Range<Int>, sentence: Range<Int>, _ c: Context, shareAt: Int?) -> Best? {
        guard !matches.contains(where: { clause.contains(Int($0.start)) && Int($0.start) >= c.numberEnd && $0.cue.namesArea && !$0.inFirmName }) else { return nil }
        var rival: Best?
        for m in matches where clause.contains(Int(m.start)) && Int(m.start) < c.numberStart && !m.inFirmName && m.cue.topic != b.topic && m.cue.namesArea {
            if let sh = shareAt, Int(m.start) > sh { continue }
            guard let r = effectiveRank(m.cue, c, .clause, after: Int(m.start) >= c.numberEnd), r == b.rank,
                  (m.cue.role == .qualifier) == b.qualifier else { continue }
            rival = Best(rank: r, qualifier: b.qualifier, distance: distance(Int(m.start), Int(m.end), c), cue: m.cue)
            break
        }
        guard let other = rival else { return nil }
        // the strongest word of each area in the sentence outside the clause
        var (mine, theirs) = (-1, -1)
        for m in matches where sentence.contains(Int(m.start)) && !clause.contains(Int(m.start)) && !m.inFirmName && m.cue.namesArea {
            if m.cue.topic == b.topic { mine = max(mine, Int(m.cue.rank)) }
            if m.cue.topic == other.topic { theirs = max(theirs, Int(m.cue.rank)) }
        }
        return theirs > mine ? other : nil
    }

    @inline(__always)
    static func distance(_ start: Int, _ end: Int, _ c: Context) -> Int {
        end <= c.numberStart ? c.numberStart - end : max(0, start - c.numberEnd)
    }

    // MARK: - text

    /// Whether the sentence speaks of training cadres (`…专题培训120余期,培训党员干部6800余人次`):
    /// a training word with a word for cadres right after it.
    static func trainsCadres(_ matches: [TopicMatch], _ sentence: Range<Int>) -> Bool {
        var trainingEnd = -10
        for m in matches where sentence.contains(Int(m.start)) {
            if m.cue.role == .training { trainingEnd = Int(m.end) }
            else if m.cue.role == .cadre, Int(m.start) - trainingEnd <= 2 { return true }
        }
        return false
    }

    /// Whether `其中` stands alone in the clause right before (`将完成搬迁1876户9597人,其中,建档立卡
    /// 贫困户1183户5735人`): the clause is a part of the whole before it, whatever its kind.
    static func afterBareQizhong(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>) -> Bool {
        let k = clause.lowerBound - 1
        guard k - 2 >= sentence.lowerBound, Outline.isClauseBreak(s[k]), KindCues.opensQizhong(s, at: k - 2, limit: k) else { return false }
        return k - 2 == sentence.lowerBound || Outline.isClauseBreak(s[k - 3])
    }

    /// Whether the clause is a whole place and its count, nothing else (`全村共95户481人`: the
    /// place, 共/有, the figure or the households' figure it pairs with, their units). A predicate
    /// after the count (`全村119户都成了合作社成员`) or a clause of figures after it (`全镇有390户,
    /// 504人无劳动能力`) says what the count is about.
    static func wholePlaceCount(_ s: [UInt32], clause: Range<Int>, numberStart: Int, numberEnd: Int, ownEnd: Int? = nil, sentence: Range<Int>) -> Bool {
        func figures(_ r: Range<Int>) -> Bool { r.allSatisfy { NumberReader.isDigit(s[$0]) || WholePlaceCounts.figureChars.contains(s[$0]) } }
        // (the words of a later figure of the clause aside: 全村315户1471人|建档立卡贫困户达162户)
        // (the sentence's closing mark is no word of it: 全村共有312户1280人。)
        var clauseEnd = clause.upperBound
        if clauseEnd > numberEnd, Outline.sentenceEnds.contains(s[clauseEnd - 1]) { clauseEnd -= 1 }
        var own = min(ownEnd ?? clauseEnd, clauseEnd)
        // (全村521户1613人散居在东河两岸: where they live says nothing more of them)
        var d = numberEnd
        while d < own, NumberReader.isDigit(s[d]) || WholePlaceCounts.figureChars.contains(s[d]) { d += 1 }
        if d < own, WholePlaceCounts.dwelling.longest(in: s, at: d, limit: own) != nil { own = d }
        guard figures(numberEnd..<own) else { return false }
        if own < clauseEnd { return figures(clause.lowerBound..<numberStart) ? false : placeOpens(s, clause, upTo: numberStart) }
        // a clause of figures after it (全村共95户,481人,) goes with the whole; one that says more
        // (全镇有390户,504人无劳动能力) says what the count is about
        // (该村有48户,已全部脱贫: a clause with no figure after it says what the count is about too)
        let next = clause.upperBound + 1
        if next < sentence.upperBound {
            let r = nextClause(s, after: clause.upperBound, in: sentence)
            // (全村共有719户3056人,其中:男性1603人…: a breakdown after it says nothing more of it)
            let breakdown = KindCues.opensQizhong(s, at: r.lowerBound, limit: r.upperBound)
            // (全村1000多口人,2013年人均收入…: a year opening it is no figure of the whole's)
            let figureNext = NumberReader.isDigit(s[next]) && !YearResolver.yearFollows(s, at: next, limit: r.upperBound)
            if !breakdown, !s[r].contains(where: NumberReader.isDigit) || (figureNext && !figures(r)) { return false }
        }
        var place = clause
        if figures(clause.lowerBound..<numberStart) {
            guard clause.lowerBound > sentence.lowerBound else { return false }
            place = previousClause(s, before: clause.lowerBound, in: sentence)
        }
        return placeOpens(s, place, upTo: place == clause ? numberStart : place.upperBound)
    }

    /// Whether `place` opens with a whole place (`全村`, `全镇共有村民`) and holds nothing but figures
    /// after it up to `end` (`全村315户`).
    static func placeOpens(_ s: [UInt32], _ place: Range<Int>, upTo end: Int) -> Bool {
        // (东河村全村521户: the place's name may stand before the word for all of it)
        var start = place.lowerBound
        // (a clause shorter than a name and the word after it has none: the range is empty, not reversed)
        let reach = max(place.lowerBound + 2, min(place.upperBound, place.lowerBound + WholePlaceCounts.nameReach))
        if WholePlaceCounts.places.longest(in: s, at: start, limit: place.upperBound) == nil,
           let k = (place.lowerBound + 2..<reach).first(where: {
               PlaceLexicon.villageOrTownEnds.contains(s[$0 - 1]) && s[place.lowerBound..<$0].allSatisfy(NormalizedText.isHan)
                   && WholePlaceCounts.places.longest(in: s, at: $0, limit: place.upperBound) != nil }) { start = k }
        guard let m = WholePlaceCounts.places.longest(in: s, at: start, limit: place.upperBound) else { return false }
        var k = start + m.length
        while k < place.upperBound, WholePlaceCounts.between.contains(s[k]) { k += 1 }
        if let n = WholePlaceCounts.everyone.longest(in: s, at: k, limit: place.upperBound) { k += n.length }
        return (k..<max(k, end)).allSatisfy { NumberReader.isDigit(s[$0]) || WholePlaceCounts.figureChars.contains(s[$0]) }
    }

    /// An exit word after the figure governs it unless a whole is named between:
    /// `80个县中已有38个县实现脱贫` — the 80 is the whole, the 38 left poverty.
    static func governsExit(_ s: [UInt32], numberEnd: Int, cueStart: Int, cueEnd: Int, limit: Int) -> Bool {
        guard cueStart >= numberEnd else { return true }
        // 1110个贫困村已累计出列874个: the verb has a figure of its own right after it
        if ownFigureAfter(s, cueEnd: cueEnd, limit: limit) { return false }
        // (3720个深度贫困村已有3346个脱贫退出: a part after 有 takes it too)
        var k = numberEnd
        while k < cueStart, s[k] != 0x4E2D, s[k] != 0x6709 { k += 1 }   // 中, 有
        // (33个重点县中第一个摘帽, 9个贫困县区中首个脱贫: the one first out is a part, an ordinal its count)
        if k < cueStart, s[k] == 0x4E2D, (k + 1..<cueStart).contains(where: { TopicCues.ordinalParts.contains(s[$0]) }) { return false }
        while k < cueStart { if NumberReader.isDigit(s[k]) { return false }; k += 1 }
        return true
    }
    /// The phrase a sentence or its `;`-part opens with that names its area (`在饮水保障方面,`,
    /// `特困人员方面,`), up to its comma; nil when none.
    static func aspectLead(_ s: [UInt32], _ sentence: Range<Int>) -> Range<Int>? {
        var k = sentence.lowerBound
        while k + 2 < sentence.upperBound, k - sentence.lowerBound < aspectReach, !Outline.isClauseBreak(s[k]) {
            if s[k] == fang, s[k + 1] == mian, Outline.isClauseBreak(s[k + 2]) { return sentence.lowerBound..<(k + 2) }
            k += 1
        }
        return nil
    }
    static let fang: UInt32 = 0x65B9, mian: UInt32 = 0x9762   // 方面
    /// The means of the campaign, broader than the areas they serve: a figure's word of one yields
    /// to the area its sentence opens with (水利项目资金 under 在饮水保障方面). (A switch, not a set: read
    /// at every figure, a static set is a `swift_once` and a hash each time.)
    static func isBroad(_ t: Topic) -> Bool {
        switch t {
        case .infrastructure, .funds, .assistance, .organisation, .other: return true
        case .poor, .exit, .income, .industry, .jobs, .relocation, .ecology, .education, .health, .housing, .water,
             .welfare, .credit, .environment: return false
        }
    }
    /// How long the phrase naming a sentence's area may be (`在易地扶贫搬迁后续扶持方面`).
    static let aspectReach = 16

    /// Whether an exit word before the figure closes an earlier item of its list: a figure stands
    /// right before the word, and a list mark between the word and this figure (`923万人脱贫、192万人…`).
    static func closesEarlierItem(_ s: [UInt32], cueStart: Int, cueEnd: Int, numberStart: Int, clause: Range<Int>) -> Bool {
        guard s[cueEnd..<numberStart].contains(NumberReader.listComma), cueStart > clause.lowerBound else { return false }
        var k = cueStart   // back over the earlier figure's unit to its digits
        while k > clause.lowerBound, k > cueStart - Self.unitReach, !NumberReader.isDigit(s[k - 1]) { k -= 1 }
        return k > clause.lowerBound && NumberReader.isDigit(s[k - 1])
    }
    /// How far back from an exit word an earlier figure's digits may end (`923万人脱贫`: 万人).
    static let unitReach = 3
    /// Where the list item a figure stands in ends: the next `、` in its clause, or the clause's end.
    static func itemEnd(_ s: [UInt32], after k: Int, clause: Range<Int>) -> Int {
        s[k..<clause.upperBound].firstIndex(of: NumberReader.listComma) ?? clause.upperBound
    }
    /// Where a list's header ends (past its `:`) when a `;` stands between it and `k`: the figure
    /// at `k` is a later item of the list; nil otherwise.
    static func listHeaderEnd(_ s: [UInt32], before k: Int, in sentence: Range<Int>) -> Int? {
        var j = k - 1, items = false
        while j > sentence.lowerBound {
            if s[j] == 0x3B { items = true }
            else if s[j] == 0x3A { return items ? j + 1 : nil }
            j -= 1
        }
        return nil
    }
    /// Whether an exit word has a figure of its own right after it (`已出列1678个`).
    static func ownFigureAfter(_ s: [UInt32], cueEnd: Int, limit: Int) -> Bool {
        (cueEnd..<min(limit, cueEnd + 3)).contains { NumberReader.isDigit(s[$0]) }
    }
    /// Whether the figure is a level a change goes to (`减少到17.8万人`) or from (`从…1468万人减少至`).
    static func isLevel(_ s: [UInt32], numberStart: Int, numberEnd: Int, clause: Range<Int>) -> Bool {
        if TimeLexicon.toLevels.longestEnding(in: s, at: numberStart, from: clause.lowerBound, maxLength: 4) != nil { return true }
        guard (max(clause.lowerBound, numberStart - fromReach)..<numberStart).contains(where: { TimeLexicon.fromMarkers.contains(s[$0]) }),
              numberEnd < clause.upperBound else { return false }
        return TimeLexicon.toLevels.firstMatch(in: s, numberEnd..<clause.upperBound) != nil
    }
    /// How far before a level its `从` may stand (`从2010年末的1468万人`).
    static let fromReach = 12
    /// How far after a count the firms it counts may start (`310家民营企业`).
    static let firmReach = 4
    static let mobilisedFirmReach = 8
    static let kun: UInt32 = 0x56F0   // 困: an exit word that names the poor (贫困人口减少)
    /// How far after 占 the area it names may end (`占青海全省面积`).
    static let areaShareReach = 12
    static let mianji: [UInt32] = "面积".unicodeScalars.map(\.value)


    /// Where a partitive `中有` after the figure starts (`390户村民中有…42户`, `217户中建档立卡贫困户有150户`: the part's
    /// noun between), nil when none.
    static func partitiveAfter(_ s: [UInt32], numberEnd: Int, clause: Range<Int>) -> Int? {
        var k = numberEnd
        var zhong: Int?
        while k + 1 < clause.upperBound {
            if zhong == nil, KindCues.partitiveZhong(s, at: k, from: numberEnd, limit: clause.upperBound) { zhong = k }
            if s[k + 1] == KindCues.you, let z = zhong { return z }
            if NumberReader.isDigit(s[k]) { return nil }
            k += 1
        }
        return nil
    }

    /// The exit word opening the first clause after `clause` that is not a bare figure (`31户,62人,
    /// 全部脱贫`, `贫困村120个,已全部出列`): within four scalars of that clause's start, as its predicate.
    static func exitPredicate(_ s: [UInt32], _ matches: [TopicMatch], after clause: Range<Int>, in sentence: Range<Int>) -> TopicCue? {
        var r = clause
        while r.upperBound < sentence.upperBound {
            r = nextClause(s, after: r.upperBound, in: sentence)
            if !r.isEmpty, s[r].allSatisfy({ NumberReader.isDigit($0) || WholePlaceCounts.figureChars.contains($0) }) { continue }
            // (as a predicate: after a word of completion, or ending its clause; 脱贫难度较大 is no predicate)
            // (全省1778个贫困村中,已出列1678个: a clause closed by 中 is the whole of the part after it,
            // and an exit with a figure of its own is that figure's)
            if clause.upperBound > clause.lowerBound, s[clause.upperBound - 1] == 0x4E2D { return nil }   // 中
            // (批准栾川县等19个国定贫困县,与伊川县等14个省定贫困县退出贫困县序列: a clause opened by 与 goes
            // on with the figure's noun phrase, and the exit it closes with is both's)
            if TopicCues.coordinators.longest(in: s, at: r.lowerBound, limit: r.upperBound)?.value == true,
               let m = matches.last(where: { m in m.cue.role == .exit && r.contains(Int(m.start)) && !ownFigureAfter(s, cueEnd: Int(m.end), limit: r.upperBound) }),
               !s[Int(m.end)..<r.upperBound].contains(where: NumberReader.isDigit) { return m.cue }
            return matches.first { m in
                m.cue.role == .exit && r.contains(Int(m.start)) && Int(m.start) - r.lowerBound <= 4
                    && !ownFigureAfter(s, cueEnd: Int(m.end), limit: r.upperBound)
                    && (Int(m.end) >= r.upperBound || TopicCues.completions.firstMatch(in: s, r.lowerBound..<Int(m.start)) != nil)
            }?.cue
        }
        return nil
    }

    static let commendedRule = "topic.其他.受表彰"
    /// How far after its figure an item of a list names its own area (`654户家庭无障碍改造`).
    static let itemAreaReach = 2

    /// `30万人脱贫攻坚任务`: 脱贫/摘帽 within two scalars of the number's end (its unit between)
    /// is the count's own verb even where a longer word would hide it.
    static func exitAfterUnit(_ s: [UInt32], _ numberEnd: Int, _ limit: Int) -> Bool {
        func exitAt(_ from: Int) -> Bool {
            var k = from
            // (完成了44万人的脱贫任务: a 的 between the unit and the verb)
            let reach = from + 2 + (s[from..<min(from + 3, limit)].contains(CandidateReader.de) ? 1 : 0)
            while k <= reach, k + 1 < limit {
                if (s[k] == 0x8131 && s[k + 1] == 0x8D2B) || (s[k] == 0x6458 && s[k + 1] == 0x5E3D) {   // 脱贫, 摘帽
                    // (16369户54851人(脱贫不稳定户…): a group named for its risk is no exit; 12名脱贫之星 an honour)
                    if let w = TopicCues.trie.longest(in: s, at: k, limit: limit)?.value,
                       w.role == .stillPoor || w.role == .qualifier || w.topic == .other { return false }
                    return k == 0 || s[k - 1] != 0x672A   // (11.6万未脱贫人口: not yet)
                }
                k += 1
            }
            return false
        }
        if exitAt(numberEnd) { return true }
        // 带动贫困户185户598人脱贫: the count paired after it (its unit, then digits) shares the verb
        guard numberEnd + 1 < limit, s[numberEnd] == 0x6237 else { return false }   // 户
        var k = numberEnd + 1
        let digits = k
        while k < limit, NumberReader.isDigitOrPoint(s[k]) { k += 1 }
        guard k > digits else { return false }
        if k < limit, s[k] == CandidateReader.wan { k += 1 }
        return exitAt(k)
    }

    /// `建成“村党组织+”产业点1260个`: a word inside quotes that hold a `+` names a model of
    /// working together, not the figure's area (the words outside the quotes tell it).
    static func inModelName(_ s: [UInt32], _ start: Int, _ end: Int, _ range: Range<Int>) -> Bool {
        var a = start - 1
        while a >= max(range.lowerBound, start - modelNameReach), s[a] != TrapLexicon.closeQuote {
            if s[a] == TrapLexicon.openQuote {
                var b = end
                while b < min(range.upperBound, end + modelNameReach), s[b] != TrapLexicon.openQuote {
                    if s[b] == TrapLexicon.closeQuote { return s[(a + 1)..<b].contains(TrapLexicon.plus) }
                    b += 1
                }
                return false
            }
            a -= 1
        }
        return false
    }
    /// How far a model's name in quotes reaches from a word in it.
    static let modelNameReach = 16

    /// `交通投资集团`: the word at `end` goes on into a company's name.
    static func inFirmName(_ s: [UInt32], _ end: Int, _ limit: Int) -> Bool {
        var k = end
        if let m = TopicCues.firmMiddles.longest(in: s, at: k, limit: limit) { k += m.length }
        return TopicCues.firmSuffixes.longest(in: s, at: k, limit: limit) != nil
    }

    static let clauseMarks = Outline.clauseMarks

    /// Marks that end a clause: `,;:` (not a thousands comma or a clock colon); `、` is a list.
    @inline(__always)
    static func isMark(_ s: [UInt32], _ j: Int, _ sentence: Range<Int>) -> Bool {
        let u = s[j]
        guard u != 0x3001, clauseMarks.contains(u) || u == 0x3002 || u == 0x21 || u == 0x3F else { return false }
        if u == 0x2C || u == 0x3A, j > sentence.lowerBound, j + 1 < sentence.upperBound,
           NumberReader.isDigit(s[j - 1]), NumberReader.isDigit(s[j + 1]) { return false }
        return true
    }

    /// The clause that ends at `end` (exclusive of the mark at `end - 1`).
    static func previousClause(_ s: [UInt32], before end: Int, in sentence: Range<Int>) -> Range<Int> {
        let b = end - 1   // the mark
        var a = b
        while a > sentence.lowerBound, !isMark(s, a - 1, sentence) { a -= 1 }
        return a..<b
    }

    /// The clause that starts after the mark at `start`.
    static func nextClause(_ s: [UInt32], after start: Int, in sentence: Range<Int>) -> Range<Int> {
        let a = start + 1
        var b = a
        while b < sentence.upperBound, !isMark(s, b, sentence) { b += 1 }
        return a..<max(a, b)
    }

    @inline(__always)
    static func clamp(_ r: Range<Int>, _ n: Int) -> Range<Int> {
        let lo = max(0, min(r.lowerBound, n)), hi = max(lo, min(r.upperBound, n))
        return lo..<hi
    }
}
