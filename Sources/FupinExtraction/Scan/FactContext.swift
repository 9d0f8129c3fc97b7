import FupinCore

/// Kind and subject of a figure, read from the words around it.
enum FactContext {
    /// What a sentence holds for the kinds of all its figures, read once a sentence.
    ///
    /// Plain values only (the future's rule is read again when a figure takes it): held with
    /// a string, the cues were destroyed through the runtime's generic witnesses at every
    /// figure (measured, with ``UnitRow`` a class and ``RuleNameSet``: 391.0 → 388.3 M instructions a pass over 400 reports).
    struct SentenceCues {
        /// Where the first condition of the future (`完工后`) starts.
        let futureAt: Int?
        /// Whether a `中` stands in the sentence (a partitive can only then).
        let zhong: Bool
        /// Where the sentence's first `其中` and first plan cue (``KindCues/governingTargets``)
        /// start: a clause before neither has no breakdown or plan governing it, and its figures
        /// skip those scans of the sentence (measured: 370.7 → 361.3 M instructions a pass over 400 reports).
        let qizhongAt: Int?, governingAt: Int?
        /// Where the first clause opened by a condition (`若…`, ``TrapLexicon/conditionOpeners``) starts.
        let conditionAt: Int?
        /// Where the sentence's first colon stands (``colonBreakdown(_:_:sentence:from:)``).
        let colonAt: Int?
        /// Whether the sentence tells what follows its condition of the future done: a `了` after
        /// it (`车间建成后,吸纳了50名贫困户就业`) or a year it is dated by (`2018年安置点建成后,全村128户
        /// 搬入新居`) — read once a sentence, and only where there is such a condition.
        let futureTold: Bool
        /// All five read in one scan of the sentence, through pointers, the tries walked only where
        /// their first-character bitmaps allow (four scans cost nearly twice as much; measured:
        /// this init 7.3 → 6.3 M instructions a pass over 400 reports).
        init(_ s: [UInt32], _ sentence: Range<Int>) {
            var futureAt: Int?, governingAt: Int?, qizhongAt: Int?, conditionAt: Int?, colonAt: Int?, zhong = false
            let (future, governing, conditions) = (KindCues.futureConditions, KindCues.governingTargets, TrapLexicon.conditionOpeners)
            let end = sentence.upperBound
            s.withUnsafeBufferPointer { p in
                future.withMayStart { mayStartFuture in
                  conditions.withMayStart { mayStartCondition in
                    governing.withMayStart { mayStartPlan in
                        var k = sentence.lowerBound
                        while true {
                            // to the next 中 or cue's first character (measured with the kind's
                            // clause scans: 332.6 → 328.1 M instructions a pass over 400 reports)
                            k = KindCues.sentenceCueStarts.firstMember(in: s, from: k, to: end)
                            guard k < end else { break }
                            let u = p[k]
                            if u == ListItems.colon, colonAt == nil { colonAt = k }
                            if u == KindCues.zhong {
                                zhong = true
                                if qizhongAt == nil, k > sentence.lowerBound, p[k - 1] == TrapLexicon.qi { qizhongAt = k - 1 }   // 其中
                            }
                            // (包含, 包括 open a breakdown as 其中 does)
                            if qizhongAt == nil, KindCues.listOpeners.longest(in: s, at: k, limit: end) != nil { qizhongAt = k }
                            if futureAt == nil, mayStartFuture(u), future.longest(in: s, at: k, limit: end) != nil { futureAt = k }
                            if governingAt == nil, mayStartPlan(u), governing.longest(in: s, at: k, limit: end) != nil { governingAt = k }
                            if conditionAt == nil, mayStartCondition(u), k == sentence.lowerBound || Outline.isClauseBreak(p[k - 1]),
                               conditions.longest(in: s, at: k, limit: end)?.value == true { conditionAt = k }
                            k += 1
                        }
                    }
                  }
                }
            }
            (self.futureAt, self.governingAt, self.qizhongAt, self.zhong) = (futureAt, governingAt, qizhongAt, zhong)
            self.conditionAt = conditionAt
            self.colonAt = colonAt
            // (or a word of the past in the condition's own clause: 去年扶贫车间正式运营后,吸纳…120人)
            // (or what became of it, found by an audit: 蔬菜基地建成后撂荒,涉及投资130余万元)
            futureTold = futureAt.map { at in
                s[at..<end].contains(KindCues.le) || KindCues.failedOutcomes.firstMatch(in: s, at..<end) != nil || s[sentence].indices.contains { k in
                    s[k] == YearResolver.nian && k - 4 >= sentence.lowerBound && s[(k - 4)..<k].allSatisfy(NumberReader.isDigit)
                } || Self.conditionToldPast(s, at: at, sentence: sentence)
            } ?? false
        }
        /// Whether a word of the past dates the condition at `at` in its own clause, past any attribute
        /// (`去年扶贫车间正式运营后`; not `去年开工的饮水项目建成后`, begun last year and not yet done).
        static func conditionToldPast(_ s: [UInt32], at: Int, sentence: Range<Int>) -> Bool {
            var from = Outline.clause(s, around: at, in: sentence).lowerBound
            if let d = s[from..<at].lastIndex(of: CandidateReader.de) { from = d + 1 }
            var k = from
            while let (start, reach) = KindCues.pastTellers.firstMatch(in: s, k..<at) {
                if at - start <= reach { return true }
                k = start + 1
            }
            return false
        }
        /// Whether a `其中` may head a clause before `clause` (``qizhongBefore(_:clause:sentence:)``
        /// sets its breakdown only at one ending before the clause's mark).
        func mayHaveBreakdown(before clause: Range<Int>) -> Bool {
            qizhongAt.map { $0 + 1 < clause.lowerBound } ?? false
        }
        /// Whether a plan cue may stand before `clause` (a cue ending by the clause's start also
        /// starts a key when read to the sentence's end).
        func mayHavePlan(before clause: Range<Int>) -> Bool {
            governingAt.map { $0 < clause.lowerBound } ?? false
        }
        /// The rule of the condition of the future at `futureAt`.
        static func futureRule(_ s: [UInt32], at k: Int, _ sentence: Range<Int>) -> String {
            KindCues.futureConditions.longest(in: s, at: k, limit: sentence.upperBound)!.value
        }
    }

    /// Rate beats target beats change beats part: `每年可以增加收入1580元` is a rate.
    /// `past`: whether the figure's year is one the report tells past (before its publication's).
    static func kind(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, sentence: Range<Int>, quotes: [Range<Int>],
                     cues: SentenceCues, past: Bool) -> (Kind, String?) {
        var found = KindVotes()
        // a unit that is itself a difference (个百分点) decides
        // (but 年均下降5.4个百分点 is an average a year: a rate, as 年均增长 is, FORMAT.md)
        // (年均增速比全省农村高1.9个百分点: a gap between two averages, after a comparison, is a difference)
        if let a = c.kindAfterUnit, a.0 == .change {
            guard let g = KindCues.averagedGrowth.firstMatch(in: s, clause.lowerBound..<c.start),
                  PlaceLexicon.comparedWith.firstMatch(in: s, g.0..<c.start) == nil else { return a }
            return (.rate, "kind.rate.年均")
        }
        if let a = c.kindAfterUnit { found.add(a) }
        // cue words inside a quoted name do not count: “确保脱贫”行动, “雨露计划”
        func quoted(_ k: Int) -> Bool { quotes.contains { $0.contains(k) } }
        let tables = KindCues.tables   // one lazy global read a figure, not fifteen
        let (before, futureMarkers, futureVerbs) = (tables.beforeInClause, tables.futureMarkers, tables.futureVerbs)
        // (both scans pass the characters no cue starts with by one bit test each, through pointers:
        // measured with the sentence's cues read the same way, 332.6 → 328.1 M instructions a pass over
        // 400 reports)
        var k = clause.lowerBound
        while true {
            k = tables.beforeInClauseStarts.firstMember(in: s, from: k, to: c.numberStart)
            guard k < c.numberStart else { break }
            // 比2019年增加: a 年 after digits ends a year, it starts no cue (年增加 is per year)
            // (今年投入, 全年收益: a year named before 年 makes it one year's total, not a figure per year)
            // (三年投入120亿元, 两年发放: a count of years before 年 makes the figure theirs together)
            // (一年 is a year, per year: 合作社一年收益8万元; 十年投入 counts years as 三年 does; but 这一年,
            // 第一年 name one year: its total)
            if s[k] == YearResolver.nian, k > 0, NumberReader.isDigit(s[k - 1])
                || NumberReader.isChineseNumeral(s[k - 1]) && (s[k - 1] != TrapLexicon.yi
                    || k > clause.lowerBound + 1 && KindCues.oneYearDeterminers.contains(s[k - 2]))
                || TimeLexicon.namesYear(s, endingAt: k + 1, from: clause.lowerBound) { k += 1; continue }
            if let m = before.longest(in: s, at: k, limit: c.numberStart), !quoted(k),
               // (占目标任务的80%: the plan is what the share is of, the share an outcome)
               // (为省定目标任务7773万元的104.1%: the share of a plan a figure comes to is an outcome)
               !(m.value.0 == .target && KindCues.namesShareWhole(s, at: k, from: clause.lowerBound, ratio: c.measure == .percent)),
               // (争取区、市扶贫资金5256万元: funds won, not a plan)
               !(m.value.0 == .target && KindCues.secured(s, at: k, limit: c.numberStart)),
               // (拟退出县平均错退率0.28%: the counties proposed to exit, a class, not a plan)
               !(m.value.0 == .target && KindCues.namesPlannedClass(s, marker: k, after: k + m.length, limit: c.numberStart, doneBy: sentence.upperBound)),
               // (包括…在内的总计29个县: what 在内 closes is inside the figure, the whole)
               !(m.value.0 == .part && Outline.find(KindCues.zaiNei, in: s, (k + m.length)..<c.numberStart) != nil),
               // (开工(含货币化)3285套: parentheses closed before the figure gloss a word, they break down nothing;
               // not those opened after the cue too, 其中县级1个、乡(镇)级17个)
               !(m.value.0 == .part && Self.closesAside(s, (k + m.length)..<c.numberStart)),
               // (大米300袋（每袋25公斤）、食用油300桶: nor does a rate's cue inside them; 按每户200元标准发放…43.42万元: nor one whose
               // standard's own sum stands between)
               !(m.value.0 == .rate && (Self.glossesEarlierFigure(s, cue: k + m.length, before: c.numberStart)
                                        || Self.namesStandardSum(s, max(clause.lowerBound, k - KindCues.standardSumReach - KindCues.standardNounLength)..<c.numberStart))),
               // (已建成可吸纳300人就业的扶贫车间12个: a capacity inside an attribute is its own figure's, not
               // the count of the things built)
               !(KindCues.capacityRules.contains(m.value.1)
                   && s[(k + m.length)..<c.numberStart].contains(where: { NumberReader.isDigit($0) || $0 == CandidateReader.de })) {
                // (超计划完成投资1.2亿元: a verb between says what was done beyond the plan, the figure its total)
                // (but 比目标任务多完成200人: done more by the figure, a change)
                // (超计划完成1260人 after the total done: what stands right after the verb is the excess, a change)
                if m.value.1 == KindCues.exceededPlanRule, let v = KindCues.goalReachedVerbs.firstMatch(in: s, (k + m.length)..<c.numberStart),
                   s[v.0 - 1] != HedgeLexicon.duo,
                   let verb = KindCues.goalReachedVerbs.longest(in: s, at: v.0, limit: c.numberStart),
                   s[(v.0 + verb.length)..<c.numberStart].contains(where: { NormalizedText.isHan($0) && $0 != KindCues.le }) { k += m.length; continue }
                // (按省定扶贫标准,…贫困人口83.2万人: a standard names the line people are counted by, no rate of theirs)
                // (户均2000元的贫困户1351户: a rate's cue is its own figure's, not the people counted after it)
                // (达到脱贫出列标准的5个贫困村: a standard met is no rate of the things counted)
                let standard = KindCues.standardWords.longest(in: s, at: k, limit: c.numberStart) != nil
                // (年收入5万元以上的村达到96个: nor of the places counted after it)
                // (村集体年收入由2015年的不足1万元增长到2020年的68万元: a year's income with its year stated is that
                // year's total; 人均 and 年均 stay rates whatever year they are of)
                // (一天有80元工钱, 一个月就挣两千多: pay as people say it, money only; 活动第一天有1200人次参加,
                // 仅用一个月就完成了320套校服 count what one day or month saw)
                // (此次一次性搬出172户: a payment's word, 一次性, makes a rate of money only)
                if !(KindCues.ratesMoneyOnly(m.value.1) && c.measure != .yuan),
                   !(KindCues.countsPeople(c.measure) && standard),
                   !(standard && KindCues.countsThings(c.measure) && KindCues.standardMet(s, at: k, from: clause.lowerBound)),
                   !(m.value.0 == .rate && (KindCues.countsPeople(c.measure) || c.measure == .villages)
                     && s[(k + m.length)..<c.numberStart].contains(where: NumberReader.isDigit)),
                   !(m.value.0 == .rate && s[k] == YearResolver.nian && m.length >= 3 && ((k + m.length)..<c.numberStart).contains(where: { YearResolver.yearFollows(s, at: $0, limit: c.numberStart) })) { found.add(m.value) }
                k += m.length; continue
            }
            k += 1
        }
        k = clause.lowerBound
        while true {
            k = tables.futureMarkerStarts.firstMember(in: s, from: k, to: clause.upperBound)
            guard k < clause.upperBound else { break }
            // (该计划实施范围已扩大至…: 计划 after a determiner is the programme, not a plan for what follows)
            if let m = futureMarkers.longest(in: s, at: k, limit: clause.upperBound), !quoted(k),
               !(k > clause.lowerBound && KindCues.determiners.contains(s[k - 1])),
               KindCues.notFutureMarkers.longestEnding(in: s, at: k + m.length, from: clause.lowerBound, maxLength: KindCues.notFutureLongest) == nil {
                var after = k + m.length
                if m.value.reach == .marksNothing { k = after; continue }
                // (完成年度计划5000万元的120%, 为年度计划的98%: the plan a share is taken of plans no share after it)
                if c.measure == .percent, c.numberStart > after, KindCues.namesShareWhole(s, at: k, from: clause.lowerBound, ratio: true) { k = after; continue }
                // (深度贫困县、计划脱贫县、国定贫困县: 计划 and an exit verb naming a class among others)
                if KindCues.namesPlannedClass(s, marker: k, after: after, limit: clause.upperBound, doneBy: sentence.upperBound) { k = after; continue }
                // (2017年9月,县政府常务会议同意拨付…6000万元,资金当月全部拨付到位: a decision its sentence tells carried out)
                if m.value.rule == KindCues.decisionRule, KindCues.carriedOut(s, from: clause.upperBound, sentence: sentence)
                    || KindCues.needMetOrPast(s, clause: clause, sentence: sentence, before: c.numberStart) { k = after; continue }
                after += KindCues.planLead(s, at: after, limit: clause.upperBound)   // 将全部脱贫, 规划2016年脱贫
                // (将对口帮扶资金…: a word that only starts with a verb, false in the table, is none)
                if let v0 = futureVerbs.longest(in: s, at: after, limit: clause.upperBound), v0.value {
                    // after the figure, the verb must close the clause: 905户…计划脱贫, not 计划实施方案
                    // (将 after the figure is the future whatever follows: 剩余的10028人将在今年年底全部解决)
                    // (two verbs of the plan may close it together: 4267名未脱贫人口…要全部脱贫退出)
                    var verbEnd = after + v0.length
                    if let v1 = futureVerbs.longest(in: s, at: verbEnd, limit: clause.upperBound), v1.value { verbEnd += v1.length }
                    let v = (length: verbEnd - after, value: v0.value)
                    // (县里规划建设了6个安置点: 了 after the plan's verb says it was done)
                    // (计划实施两年来,…: nor a span since after it, the plan in force that long)
                    // (乡政府将统一建设的86套安置房分配给了搬迁户: 将 alone and a verb closed by 的 is 把 and its object, no plan, where the
                    // object's own verb after the figure is done, 了, or the clause tells it done before 将, 已将, 去年…将; 明年将要摘帽的
                    // 贫困县 and 今年将新建的12个扶贫车间 are plans)
                    let done = verbEnd < clause.upperBound && (s[verbEnd] == KindCues.le || KindCues.runsSince(s, at: verbEnd, limit: clause.upperBound)
                        || m.length == 1 && s[k] == KindCues.jiang && s[verbEnd] == CandidateReader.de && !KindCues.futureAuxiliaries.contains(s[k + 1])
                            && Self.disposalDone(s, jiang: k, object: max(c.end, verbEnd), clause: clause, sentence: sentence))
                    // (…36户…每户比去年要增收1000元: a verb with a figure of its own after it is that figure's)
                    let modalAfter = k > c.numberStart && m.value.reach == .modal
                    if !done, k < c.numberStart || after + v.length >= clause.upperBound
                        || !NormalizedText.isHan(s[after + v.length]) && !NumberReader.isDigit(s[after + v.length])
                        || m.value.reach == .whateverFollows
                        // (2.16万名贫困人口要全部达到脱贫标准: a modal after the figure plans it whatever its verb takes, where
                        // no figure of its own follows)
                        || modalAfter && !s[after..<clause.upperBound].contains(where: NumberReader.isDigit),
                       // (nor, after the figure, a need its sentence goes on to say was met, 3200户需要改造危房,截至11月底已全部
                       // 完工, nor one of the past, 过去,全村有200多名学生需要在镇上寄宿; its rule its own, as a year before the
                       // report's undoes it too)
                       !modalAfter || !KindCues.needMetOrPast(s, clause: clause, sentence: sentence, before: c.numberStart) {
                        found.add((.target, modalAfter ? KindCues.modalAfterRule : m.value.rule))
                    }
                } else if after < clause.upperBound, s[k] == KindCues.ji4, NumberReader.isDigit(s[after]) || KindCues.opensPlan(s, marker: k, after: after, limit: clause.upperBound) {
                    // 计划3000人, 计划易地扶贫搬迁…; 将336个合作社组成… is the 把-construction
                    found.add((.target, m.value.rule))
                } else if m.value.reach == .figureAfter, after <= c.start, c.start - after <= 2
                            // (将有257个村整体脱贫、9个乡镇脱贫出列: and an item listed after that figure)
                            || c.start > after && s[c.start - 1] == NumberReader.listComma
                                && s[after..<min(c.start, after + 3)].contains(where: NumberReader.isDigit) {
                    // 将有257个村整体脱贫: there will be (right before the figure: 现将有关情况 is none)
                    found.add((.target, m.value.rule))
                }
                k = after; continue
            }
            k += 1
        }
        // 剩余的784名贫困人口已完成“双认定”工作,…将全部实现清零: a remainder its sentence goes on
        // to plan to lift out is the plan's (FORMAT.md)
        if found.target == nil, KindCues.countsPeople(c.measure) || c.measure == .villages,
           KindCues.remainderWords.firstMatch(in: s, clause.lowerBound..<c.numberStart)?.1 == true,
           Self.remainderPlannedOut(s, after: clause.upperBound, sentence: sentence)
            // (剩余35户140人年内可全部脱贫: or the rest of its own clause, past the figure paired with it)
            || Self.remainderPlannedOut(s, after: UnitLexicon.pastPairedCount(s, c.end, limit: clause.upperBound), sentence: clause) {
            found.add((.target, KindCues.remainderPlanRule))
        }
        // 收入为全省农村的91.4%: a share of another's level (是/为…的) is a level, not the per-unit
        // figure its clause's 人均 or 年均 names
        if found.rate != nil, c.measure == .percent, c.numberStart > clause.lowerBound, s[c.numberStart - 1] == CandidateReader.de,
           let r = KindCues.shareCopulas.firstMatch(in: s, clause.lowerBound..<c.numberStart), r.0 > clause.lowerBound,
           KindCues.tables.beforeInClause.firstMatch(in: s, (r.0 + r.1)..<c.numberStart).map({ $0.1.0 != .rate }) ?? true {
            found.rate = nil; found.perUnitRate = nil
        }
        // (asked only in a sentence with a plan's word at all: its nouns are among ``KindCues/governingTargets``)
        if cues.governingAt != nil, let r = closingPlanNoun(s, figureEnd: c.end, clause: clause, sentence: sentence)
            ?? quotedPlan(s, figureEnd: c.end, sentence: sentence) { found.add((.target, r)) }
        // 金额从600元到300元不等: amounts that vary from one to another are each one's
        if let u = (c.end..<min(clause.upperBound, c.end + KindCues.variesReach)).first(where: { s[$0] == KindCues.buDeng[0] }),
           u + 1 < clause.upperBound, s[u + 1] == KindCues.buDeng[1] { found.add((.rate, "kind.rate.不等")) }
        // 分1500元、2000元、2500元三档: amounts listed as the tiers of a standard are each a standard
        if KindCues.closesTiers(s, after: c.end, limit: clause.upperBound) { found.add((.rate, "kind.rate.档")) }
        // 对个人自付费用按70%给予救助: a share applied as a proportion is a standard
        if c.measure == .percent, c.numberStart > clause.lowerBound,
           KindCues.appliedShare.longestEnding(in: s, at: c.numberStart, from: clause.lowerBound, maxLength: 2) != nil,
           // (a payment's verb after it: 按20%的幅度增长 grows, 参保率按100%落实 is carried out, no proportion paid)
           KindCues.appliedPayments.firstMatch(in: s, c.end..<clause.upperBound) != nil { found.add((.rate, "kind.rate.按")) }
        // 德令哈市、都兰县养殖场项目各400万元: 各 right before the figure gives it to each of those named
        // (两个村各补助50万元: or with the verb that gives it between)
        if c.start > clause.lowerBound, s[c.start - 1] == KindCues.ge
            || KindCues.eachVerbs.longestEnding(in: s, at: c.start, from: clause.lowerBound, maxLength: 2).map({ v in
                c.start - v.length - 1 >= clause.lowerBound && s[c.start - v.length - 1] == KindCues.ge }) == true {
            found.add((.rate, KindCues.eachRule))
        }
        // (三十九块九, 只要四十五块, 一坛5斤装只要68元: a price said with its dimes, or asked right before it, is per thing sold;
        // not 只要投入2000元就能…, as long as, a verb between)
        // (一只羯羊能卖到1300元: a price by one of a thing)
        if c.measure == .yuan, c.rule.utf8.elementsEqual(UnitLexicon.spokenPriceRule.utf8) || KindCues.namesPrice(s, before: c.start, end: c.end, clause: clause, sentence: sentence) {
            found.add((.rate, KindCues.unitPriceRule))
        }
        // (做鞋子，一个月2400块: money right after the period it is said per, as people say pay, is per that period)
        if c.measure == .yuan, UnitLexicon.spokenPayPeriodEnds(s, at: c.start, from: clause.lowerBound) { found.add((.rate, KindCues.spokenPeriodRule)) }
        // (按625元的标准, 执行2300元的新标准: money a standard's 的 names after it is the standard, per person)
        if c.measure == .yuan, KindCues.namesStandardAfter(s, from: c.end, clause: clause) { found.add((.rate, KindCues.standardAfterRule)) }
        // (红星村、新华村、光明村各有未脱贫户2、3、4户: 各 before figures listed gives each its own, no sum for each)
        if !c.listed.isEmpty, found.rate?.utf8.elementsEqual(KindCues.eachRule.utf8) == true { found.rate = nil; found.perUnitRate = nil }
        // (| ≥8000户 |, ≤2%: a bound's sign opening a cell, as an indicator's target value is written, bounds it)
        if KindCues.boundSign(s, before: c.numberStart, from: sentence.lowerBound, figureEnd: c.end) == .cell { found.add((.target, KindCues.boundSignRule)) }
        // (按每斤15元的保底价收购: a floor named right after the price, past its 的, bounds it: a target)
        if c.measure == .yuan, c.end + 1 < clause.upperBound, s[c.end] == CandidateReader.de,
           let f = KindCues.floorPrices.longest(in: s, at: c.end + 1, limit: clause.upperBound),
           !(c.end + 1 + f.length < clause.upperBound && KindCues.floorWordTails.contains(s[c.end + 1 + f.length])) { found.add((.target, KindCues.floorRule)) }
        // 项目预算1500万元, 预算数20万元: money a budget sets right before it is planned (its colon opens no clause here:
        // 采购预算：人民币316万元)
        if c.measure == .yuan, KindCues.namesBudget(s, before: c.start, from: sentence.lowerBound) { found.add((.target, KindCues.budgetRule)) }
        // 贫困发生率将从42.3%下降到21.43%: the level a plan brings a figure to is its target (the
        // level it starts from is not)
        // (将 right before 从 or 由 only: 需求满足率提高到98% is no plan)
        // (a verb of reaching a level right before the figure, read once for this and the change below)
        // (降至 1.36%: past an infographic's space)
        let verbEnd = c.start > clause.lowerBound && s[c.start - 1] == 0x20 ? c.start - 1 : c.start
        var toLevel = verbEnd > clause.lowerBound && TimeLexicon.toLevels.longestEnding(in: s, at: verbEnd, from: clause.lowerBound, maxLength: 3) != nil
        // (增幅达到12.5%, 降幅达到32%: a change's size reaches the figure, no level; its word names the change)
        if c.start - 2 > clause.lowerBound, s[(c.start - 2)..<c.start].elementsEqual(KindCues.dadao),
           let m = KindCues.changeSizes.longestEnding(in: s, at: c.start - 2, from: clause.lowerBound, maxLength: 3) {
            toLevel = false; found.add((.change, m.value))
        }
        if toLevel, let k = s[clause.lowerBound..<c.start].indices.first(where: { s[$0] == KindCues.jiang && $0 + 1 < c.start && TimeLexicon.fromMarkers.contains(s[$0 + 1]) }),
           !quoted(k) { found.add((.target, "kind.target.将")) }
        // change: the verb right before the number, a filler character or two allowed
        var j = c.start
        var fillers = 0
        var directChange = false
        let (change, comparedIncrease, changeFiller) = (tables.change, tables.comparedIncrease, tables.changeFiller)   // read once, not once a step
        let changeLength = tables.changeLongest
        // (由2.57%下降为1.21%: a verb of reaching a level, 为 its filler, names the level, no change)
        while !toLevel, j > clause.lowerBound, fillers <= 2 {
            if let m = change.longestEnding(in: s, at: j, from: clause.lowerBound, maxLength: changeLength) {
                // (金额多达100万元: 多达 says how much, no change, unless compared: 比去年多达300人)
                if m.length == 1, s[j - 1] == KindCues.duo, j < c.start, s[j] == KindCues.da,
                   tables.comparisons.firstMatch(in: s, clause.lowerBound..<(j - 1)) == nil { break }
                if Self.hedgesNumeral(s, m.length, endingAt: j, from: clause.lowerBound) { break }
                // (巩固提升287.5万农村人口供水保障水平, 完成农村饮水安全巩固提升4.2万人: a verb of improving raises something of the
                // people it counts, no count of theirs; compared, 比上年提升3000人, or opening its clause, …,提升6000人, it changes it)
                if KindCues.improveWords.longestEnding(in: s, at: j, from: clause.lowerBound, maxLength: 2)?.length == m.length,
                   KindCues.countsPeople(c.measure), !Self.improvementCompared(s, verb: j - m.length, clause: clause, comparisons: tables.comparisons) { break }
                found.add((.change, m.value)); directChange = true; break
            }
            // (较3月6日新增459.19万: or compared with a date)
            if let m = comparedIncrease.longestEnding(in: s, at: j, from: clause.lowerBound, maxLength: 2),
               tables.comparisons.firstMatch(in: s, clause.lowerBound..<(j - m.length)) != nil
                || (clause.lowerBound..<max(clause.lowerBound, j - m.length - 1)).contains(where: { KindCues.comparedWithDate.contains(s[$0]) && NumberReader.isDigit(s[$0 + 1]) }) {
                found.add((.change, m.value)); directChange = true; break
            }
            // 减贫213户881人: the figure paired before this one (its digits and unit) stands between
            if fillers == 0, let p = pairedFigureStart(s, before: j, from: clause.lowerBound) { j = p; fillers = 1; continue }
            // (增速分别为12.9%: 分别 between too)
            if Self.endsInRespectively(s, j, from: clause.lowerBound) { j -= 2; fillers += 1; continue }
            guard changeFiller.contains(s[j - 1]) else { break }
            j -= 1; fillers += 1
        }
        // 共减少贫困人口2.86万人: the verb over the people it changes
        // (减少贫困人口6158户18932人: over the figure paired before this one too)
        let nounEnd = directChange ? c.start : pairedFigureStart(s, before: c.start, from: clause.lowerBound) ?? c.start
        if !directChange, nounEnd > clause.lowerBound, tables.peopleNounEnds.contains(s[nounEnd - 1]),
           let n = UnitLexicon.peopleNouns.longestEnding(in: s, at: nounEnd, from: clause.lowerBound, maxLength: 8)
            ?? UnitLexicon.householdNouns.longestEnding(in: s, at: nounEnd, from: clause.lowerBound, maxLength: 8),
           let m = change.longestEnding(in: s, at: nounEnd - n.length, from: clause.lowerBound, maxLength: changeLength)
            ?? (s[(nounEnd - n.length)..<nounEnd].contains(KindCues.pin)   // 贫: the poor's register
                ? KindCues.registerAdditions.longestEnding(in: s, at: nounEnd - n.length, from: clause.lowerBound, maxLength: 4) : nil) {
            found.add((.change, m.value)); directChange = true
        }
        // 为村集体增加收入3.9万元, 增加了集体收入: the verb over the income it changes, as 增收
        if !directChange, c.measure == .yuan, c.start > clause.lowerBound,
           let n = KindCues.incomeNouns.longestEnding(in: s, at: c.start, from: clause.lowerBound, maxLength: KindCues.incomeNounLength) {
            var v = c.start - n.length
            if v > clause.lowerBound, s[v - 1] == KindCues.le { v -= 1 }
            if KindCues.increaseVerbs.longestEnding(in: s, at: v, from: clause.lowerBound, maxLength: 2) != nil {
                found.add((.change, KindCues.increasedIncomeRule)); directChange = true
            }
        }
        // 调增贫困村47个: villages added to the register
        if !directChange, c.measure == .villages, c.start - 3 > clause.lowerBound,
           s[(c.start - 3)..<c.start].elementsEqual(KindCues.poorVillage),
           let m = KindCues.registerAdditions.longestEnding(in: s, at: c.start - 3, from: clause.lowerBound, maxLength: 4) {
            found.add((.change, m.value)); directChange = true
        }
        // 增长6%、11.1%: a list of changes after one verb
        if !directChange {
            var k = c.start
            while k > clause.lowerBound, tables.changeListMarks.contains(s[k - 1]) { k -= 1 }
            // (增速分别为12.9%、12.3%: the verb, 分别 and a filler before the list)
            if k < c.start, k > clause.lowerBound, changeFiller.contains(s[k - 1]) { k -= 1 }
            if k < c.start, Self.endsInRespectively(s, k, from: clause.lowerBound) { k -= 2 }
            if k < c.start, s[k..<c.start].contains(where: KindCues.changeListJoins.contains), let m = change.longestEnding(in: s, at: k, from: clause.lowerBound, maxLength: changeLength),
               !Self.hedgesNumeral(s, m.length, endingAt: k, from: clause.lowerBound) {
                found.add((.change, m.value)); directChange = true
            }
        }
        // 住院费用实际报销比例达到92.53%, 门诊报销80%: the share of a bill reimbursed is a standing rate
        // (提高报销比例5%: a change where a verb of change holds the figure; 报销后报销比例达90.22%,
        // 实际补偿比达95.29%: a share reached, 达 right before it, is the level reached)
        // (享受住院报销的贫困患者占95%: a share after 占 is a level)
        if c.measure == .percent, !directChange, found.rate == nil, !(c.start > clause.lowerBound && s[c.start - 1] == KindCues.zhan),
           let m = KindCues.reimbursements.firstMatch(in: s, clause.lowerBound..<c.start),
           KindCues.meetStandard.longestEnding(in: s, at: c.start, from: clause.lowerBound, maxLength: 2) == nil {
            if let v = change.longestEnding(in: s, at: m.0, from: clause.lowerBound, maxLength: changeLength) { found.add((.change, v.value)); directChange = true }
            else { found.add((.rate, "kind.rate.报销比例")) }
        }
        // 贷款年利率4.75%: an interest rate right before the share is the loan's standard (not 按基准利率…发放6000万元)
        if c.measure == .percent, found.rate == nil,
           KindCues.interestRates.longestEnding(in: s, at: c.start, from: clause.lowerBound, maxLength: KindCues.interestRateLength) != nil {
            found.add((.rate, "kind.rate.利率"))
        }
        // 全村200多户,贫困户就占了92户: a count after 占 is a part of the whole
        if c.measure != .percent {
            var k = c.start
            while k > clause.lowerBound, changeFiller.contains(s[k - 1]) || s[k - 1] == KindCues.le { k -= 1 }
            if k > clause.lowerBound, s[k - 1] == KindCues.zhan { found.add((.part, "kind.part.占")) }
        }
        // 高于全省平均水平1200元, 超过2020年底规模12万人: what a figure is over a standard or an
        // earlier time it is compared with is a difference
        if !directChange, Self.comparedDifference(s, c.start, end: c.end, clause: clause) { found.add((.change, "kind.change.高于")); directChange = true }
        // 与2017年底相比新增培训1659人: after a comparison, 新增 reaches the figure over the verb it heads
        if !directChange, let cmp = tables.comparisons.firstMatch(in: s, clause.lowerBound..<c.start),
           Outline.find(KindCues.xinZeng, in: s, cmp.0..<c.start) != nil {
            found.add((.change, "kind.change.相比新增")); directChange = true
        }
        // 其中 heading an earlier clause of the sentence governs the clauses after it:
        // 其中,省级补助8.89亿元,县级配套补助0.13亿元
        if found.part == nil, cues.mayHaveBreakdown(before: clause), let q = qizhongBefore(s, clause: clause, sentence: sentence, figure: c.start) { found.add((.part, q)) }
        // 1778个贫困村中,有530个没有通硬化路: the clauses after a whole marked by 中 are its parts
        if found.part == nil, cues.zhong, partitiveBefore(s, clause: clause, sentence: sentence, figure: c.start) { found.add((.part, partitiveRule)) }
        // 全省86个县市有75个贫困县: places counted, then 有 and the count of some of them (a whole of
        // its measure is asked for below, as for 中's)
        // (counted right before: 2019年全县有5000人 is no part of anything)
        if found.part == nil, c.numberStart - 2 > clause.lowerBound, s[c.numberStart - 1] == TrapLexicon.you,
           TrapLexicon.placeNounChars.contains(s[c.numberStart - 2]) {
            var j = c.numberStart - 2
            while j > clause.lowerBound, TrapLexicon.placeNounChars.contains(s[j]) { j -= 1 }
            if s[j] == CandidateReader.ge || NumberReader.isDigit(s[j]) { found.add((.part, partitiveRule)) }
        }
        // 占全年任务2200万元的162.2%, 完成年度计划5000万元的120%: the plan a share is taken of, named
        // right before it and closed by 的 and the share, is a target
        if c.start > clause.lowerBound, let t = KindCues.targetNouns.longestEnding(in: s, at: c.start, from: clause.lowerBound, maxLength: 2),
           c.end + 1 < clause.upperBound, s[c.end] == CandidateReader.de, NumberReader.isDigit(s[c.end + 1]) {
            found.add((.target, t.value))
        }
        // 危房改造任务3000户, 搬迁任务数219人: the figure a task names right before it is the plan's
        // (完成危房改造任务3000户: a task done is an outcome)
        // (任务为10283户44569人: and the second of a pair right after that figure, households and people)
        // (今年的任务是脱贫62户227人: an exit's verb between the task and its figure)
        if c.measure != .percent, c.start > clause.lowerBound,
           let t = KindCues.taskBefore(s, Self.pairedFigureStart(s, before: c.start, from: clause.lowerBound) ?? c.start, from: clause.lowerBound),
           KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<c.start) == nil,
           KindCues.goalReachedVerbs.firstMatch(in: s, clause.lowerBound..<(c.start - t.length)) == nil { found.add((.target, t.value)) }
        // 6月底前完成危房改造2000户, 9月底前达到90%以上: a deadline's demand before the figure in its clause is the plan's;
        // told done (已于6月底前完成, 截至6月底前完成了) it is an outcome
        if c.start > clause.lowerBound, KindCues.deadline(in: s, clause.lowerBound..<c.start) != nil,
           KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<c.start) == nil { found.add((.target, KindCues.deadlineRule)) }
        // (剩余50座年底前建成: after the figure too, a verb of completing after the deadline; not one told done, 已于年底前建成,
        // …于5月底前实现搬迁入住,目前均已稳定, nor past, 36个贫困村于2018年底前实现出列 in a report of 2020, nor a verb of an attribute,
        // 搬入2019年底前建成的安置房)
        if !past, let d = KindCues.deadline(in: s, c.end..<clause.upperBound),
           let (v, _) = KindCues.deadlineVerbs.firstMatch(in: s, d..<clause.upperBound),
           let verb = KindCues.deadlineVerbs.longest(in: s, at: v, limit: clause.upperBound),
           v + verb.length >= clause.upperBound || s[v + verb.length] != CandidateReader.de,
           KindCues.doneMarkers.firstMatch(in: s, clause) == nil, !Self.toldDoneLater(s, after: clause, sentence: sentence) {
            found.add((.target, KindCues.deadlineAfterRule))
        }
        // (明确了101.5万户改厕任务: or right after it, closing the noun its figure heads; 完成了3000户的搬迁任务 is
        // done, and 40个有扶贫任务的县, 22个脱贫攻坚任务重的省份 count places a task describes)
        // (looked up only where a task's first character stands: measured, a lookup at each position of
        // the reach cost about 3 M instructions a pass over 400 reports)
        if c.measure != .percent, c.end < clause.upperBound,
           let at = (c.end..<min(clause.upperBound, c.end + KindCues.taskNounReach)).first(where: { KindCues.taskNouns.mayStart(s[$0]) }),
           let w = KindCues.taskNouns.longest(in: s, at: at, limit: clause.upperBound), case let t = (at, w.length),
           s[c.end..<t.0].allSatisfy({ NormalizedText.isHan($0) && $0 != TrapLexicon.you }),   // (明确了1015户的改厕任务; 40个有扶贫任务的县)
           t.0 + t.1 >= clause.upperBound || !KindCues.taskDescribers.contains(s[t.0 + t.1]),
           // (a task assigned, 明确了…任务, is still the plan's: only its completion tells it done, before the
           // figure or after the task, 1015户改厕任务已全部完成)
           KindCues.goalReachedVerbs.firstMatch(in: s, clause.lowerBound..<c.start) == nil,
           KindCues.goalReachedVerbs.firstMatch(in: s, (t.0 + t.1)..<clause.upperBound) == nil,
           KindCues.doneMarkers.firstMatch(in: s, (t.0 + t.1)..<clause.upperBound) == nil,
           // (派出120人执行帮扶任务: a verb between makes the task what the counted do, not the figure's)
           !Self.verbBetween(s, c.end..<t.0) { found.add((.target, KindCues.taskRule)) }
        // a figure in parentheses is a subset of the one before: (个旧籍贫困人口73人)
        // — unless the parentheses gloss a plan's word: 完成省下达年度任务(6063人)的111.5%
        // (…7805人(洪广镇1199户5745人,金贵镇和立岗镇269户1272人): each item of the parenthesis, past its first clause)
        if let p = openingParenthesis(s, c.numberStart, clause: clause) ?? breakdownOpening(s, c.numberStart, clause: clause, sentence: sentence) {
            if let t = KindCues.targetNouns.longestEnding(in: s, at: p, from: clause.lowerBound, maxLength: 2) { found.add((.target, t.value)) }
            // (共安置103户,…): a parenthesis stating a total glosses the word before, no figure
            else if KindCues.bracketTotals.longest(in: s, at: p + 1, limit: c.numberStart) == nil { found.add((.part, "kind.part.parenthesis")) }
        }
        // 开展技能培训56期:一是开展电商培训12期,二是…8期: the figures of an enumerated list a colon opens
        // right after a total in their unit are its parts
        if let first = cues.colonAt, first < c.start, Self.colonBreakdown(s, c, sentence: sentence, from: first) { found.add((.part, Self.colonPartRule)) }
        // 处理8708人,党纪政务处分4527人,移送司法机关175人: the kinds of handling after a count of those
        // handled are its parts
        if c.measure == .persons, clause.lowerBound > sentence.lowerBound, c.start > clause.lowerBound, KindCues.handlingKindEnds.contains(s[c.start - 1]),
           KindCues.handlingKinds.longestEnding(in: s, at: c.start, from: max(clause.lowerBound, c.start - KindCues.handlingKindLength),
                                                 maxLength: KindCues.handlingKindLength) != nil,
           Self.handledBefore(s, sentence.lowerBound..<clause.lowerBound) { found.add((.part, Self.handlingPartRule)) }
        // 完工后,每年可为贫困户创收200万元以上: a projection, per unit or not — with a modal after the
        // condition (可, 将, 预计) and no outcome (电站建成后,村集体已增收5万元 is history)
        // (项目全部建成后受益人口2万人以上, 项目建成后,…改善3.3万人: without a modal too, where no 了
        // tells it done, nor a year dates it: 车间建成后,吸纳了50名贫困户就业; 2018年安置点建成后,…)
        // (…项目建成后年收入的4%归村集体所有;县扶贫办投入70万元…: a part after a semicolon with no modal
        // of its own is a statement of its own, outside the condition)
        if let at = cues.futureAt, at < c.start, KindCues.doneMarkers.firstMatch(in: s, at..<c.start) == nil,
           !(s[at..<c.start].lastIndex(of: semicolon).map { KindCues.projectionModals.firstMatch(in: s, $0..<c.start) == nil } ?? false) {
            if KindCues.projectionModals.firstMatch(in: s, at..<c.start) != nil {
                found.add((.target, SentenceCues.futureRule(s, at: at, sentence))); found.projection = true
            } else if !cues.futureTold {
                found.add((.target, SentenceCues.futureRule(s, at: at, sentence)))
            }
        }
        // a plan in an earlier clause reaches this one unless an outcome is stated in between
        // (预计17个贫困县摘帽任务将圆满完成,贫困发生率由2018年底的2.4%降至2019年底的0.14%: a figure
        // tied by 的 to a year's end it names is a state then, no plan's)
        if found.target == nil, cues.mayHavePlan(before: clause), !Self.datedState(s, before: c.start, clause: clause),
           let g = governingTarget(s, clause: clause, sentence: sentence, quotes: quotes, past: past) { found.add((.target, g)) }
        if !c.measure.takesPart { found.part = nil }
        // 销售总额14.87亿元,其中花椒占46%: a share its clause's 其中 names a component of, after 占,
        // is a part of the whole just stated (其中宁明县83% stays a level of its own)
        if c.measure == .percent, found.part == nil, clause.count > 3, KindCues.opensQizhong(s, at: clause.lowerBound, limit: clause.upperBound) {
            var k = c.start
            while k > clause.lowerBound, changeFiller.contains(s[k - 1]) { k -= 1 }
            if k > clause.lowerBound + 2, s[k - 1] == KindCues.zhan,
               !s[(clause.lowerBound + 2)..<(k - 1)].contains(where: NumberReader.isDigit) { found.add((.part, "kind.part.占比")) }
        }
        // (村级集体经济占20%、合作社占20%、贫困户占60% of a 分红模式; 收益的55%作为…,30%作为…: the
        // shares a sharing-out sets are standing rates, not parts of a whole)
        // (收益按村集体40%、农户60%分配: the use closing the list of shares)
        // (电站产生的收益,70%平均分配给…,10%留作…; 提取27%公积金: proceeds, and a use after the share or a verb taking it)
        if c.measure == .percent, found.rate == nil {
            let use = c.end < sentence.upperBound && KindCues.shareUses.longest(in: s, at: c.end, limit: sentence.upperBound) != nil
            let taken = use || KindCues.shareTakers.firstMatch(in: s, clause.lowerBound..<c.start) != nil
            let sharing = KindCues.sharingOut.firstMatch(in: s, sentence) != nil
            if sharing && (use || (c.start > clause.lowerBound && s[c.start - 1] == KindCues.zhan) || Self.sharedOutAfter(s, c.end, sentence: sentence))
                || taken && (sharing || KindCues.proceeds.firstMatch(in: s, sentence) != nil) {
                found.part = nil; found.add((.rate, "kind.rate.分配比例"))
            }
        }
        // 人头股30%, 脱贫股20%: the share of a class of stock is a standing rate
        // (分别占股71%、29%: every share of the list after it)
        if c.measure == .percent, found.rate == nil, case let h = Self.percentListHead(s, c.start, from: clause.lowerBound), h > clause.lowerBound, s[h - 1] == KindCues.gu {
            found.part = nil; found.add((.rate, "kind.rate.股份"))
        }
        // 以种植富硒小麦为例,…增收100元: an example's figures are per unit
        // (以延安市为例,…安排300万元: a place's example is the place's figures, as stated)
        if found.rate == nil, sentence.count > 3, s[sentence.lowerBound] == tables.exampleOpen[0],
           let e = Outline.find(KindCues.exampleClose, in: s, sentence.lowerBound..<c.numberStart), e - sentence.lowerBound <= 16,
           !(e - 1 > sentence.lowerBound && (PlaceLexicon.fullNameEnds.contains(s[e - 1]) || PlaceLexicon.villageOrTownEnds.contains(s[e - 1]))) {
            found.add((.rate, "kind.rate.为例"))
        }
        // 已落实一次性就业补贴96万元: a payment's name, and the clause says it was paid
        if let r = found.rate, KindCues.paymentNameBytes.contains(r), found.perUnitRate == nil,
           KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<c.start) != nil { found.rate = nil }
        // a change verb right before the figure outweighs a rate cue that only describes the base
        // (低保平均标准较上年提高367元; a share: 人均经费增长10%); a per-unit increase stays a rate
        // (人均增收, 年均增长8%)
        if directChange, found.rate != nil {
            let perUnit = c.measure == .percent ? KindCues.averagedGrowth.firstMatch(in: s, clause) != nil
                                                : found.perUnitRate != nil   // 平均每头增收2000元: 每头 makes it per unit
            if !perUnit { found.rate = nil } else if c.measure != .percent { found.rate = found.perUnitRate }
        }
        if directChange, let t = found.target, KindCues.levelTargetBytes.contains(t) { found.target = nil }
        // 若投保人损失超过5000元,即可获得30%的赔付: what a condition opening the sentence brings, in a
        // later clause, is the rule's standard, a rate
        // (按照防贫保险协议,若…: the condition opens any clause before the figure's)
        // (what the clause brings must be said, 即可获得, 给予, 赔付 — and not what was paid in all:
        // 若农户返贫,由保险公司赔付,2019年全县共赔付资金120万元)
        if found.rate == nil, c.measure == .percent || c.measure == .yuan, let at = cues.conditionAt, at < clause.lowerBound,
           KindCues.conditionConsequences.firstMatch(in: s, clause) != nil, KindCues.doneMarkers.firstMatch(in: s, clause) == nil,
           !s[clause.lowerBound..<c.start].contains(KindCues.gong) {
            found.add((.rate, "kind.rate.条件"))
        }
        // 如果今年市场价跌至每公斤0.6元,…: a figure in the condition's own clause is supposed, no outcome (a target)
        if found.target == nil, let at = cues.conditionAt, at >= clause.lowerBound, at < c.start { found.add((.target, KindCues.conditionRule)) }
        // 计划易地扶贫搬迁69.4万人、18.7万户,目前已全部入住新居: a plan its sentence tells done in
        // whole right after its figures is done (FORMAT.md: target unless the whole is done)
        if let t = found.target, Self.wholeDoneAfter(s, figureEnd: c.end, sentence: sentence), KindCues.isPlanRule(t) { found.target = nil }
        // (超额完成3000万元的消费扶贫任务: the size of the task exceeded, 的 and a plan's noun closing its
        // phrase, is no difference; the task done beyond, an outcome)
        if let ch = found.change, KindCues.exceededRules.contains(ch), c.end < clause.upperBound, s[c.end] == CandidateReader.de,
           KindCues.goalNouns.firstMatch(in: s, (c.end + 1)..<clause.upperBound) != nil
            || KindCues.taskNouns.firstMatch(in: s, (c.end + 1)..<clause.upperBound) != nil {
            found.change = nil; found.target = nil
        }
        // (新增建设用地计划600亩, 周转指标130余亩: a land quota right before its area is land granted or
        // saved, no plan; unless a plan's word before the quota plans it: 计划争取…节余指标1000亩)
        if found.target != nil, c.measure == .mu, let q = KindCues.landQuotas.longestEnding(
            in: s, at: c.start, from: max(clause.lowerBound, c.start - KindCues.landQuotaLength), maxLength: KindCues.landQuotaLength),
           !KindCues.plans(s, in: clause.lowerBound..<(c.start - q.length), clauseEnd: clause.upperBound) {
            found.target = nil
        }
        return found.decision
    }

    /// Whether the whole is told done (``KindCues/wholeDone``: `已全部`, `均已`) after the figure in its
    /// sentence, before any other figure but the items of its own list (`69.4万人、18.7万户`).
    static func wholeDoneAfter(_ s: [UInt32], figureEnd: Int, sentence: Range<Int>) -> Bool {
        // (the words found by the first-character scan, then the way to them checked: a lookup at
        // each character cost 0.6 M instructions a pass over 400 reports)
        guard let m = KindCues.wholeDone.firstMatch(in: s, figureEnd..<min(sentence.upperBound, figureEnd + KindCues.wholeDoneReach + 1)) else { return false }
        var broke: Int?   // past a clause's end (not a list's 、): where the clause after it opens
        for k in figureEnd..<m.0 {
            // (计划脱贫300户,其中已全部验收80户: a breakdown's words are its parts')
            // (a date's digits are no figure: 截至6月底已全部拨付到位)
            if NumberReader.isDigit(s[k]) && broke != nil && !Self.dateDigits(s, at: k, limit: m.0)
                || KindCues.opensQizhong(s, at: k, limit: sentence.upperBound) { return false }
            if Outline.isClauseBreak(s[k]), s[k] != NumberReader.listComma { broke = k + 1 }
        }
        // (计划搬迁500户,前期工作均已完成: a clause of its own subject tells another thing done; only a
        // word of the time may open it, 目前已全部入住)
        // (计划搬迁500户,已陆续入住200户: a figure of its own after the words, in the plan's unit, tells
        // a part done, not the whole; a year, 均已于2019年底建成, or other things, 入住12个集中安置点, do not)
        // (measures compared, a hedge between number and unit skipped: 已陆续入住200余户)
        let clauseEnd = Outline.clause(s, around: m.0, in: sentence).upperBound
        let planned = UnitLexicon.unit(endingAt: figureEnd, in: s, from: sentence.lowerBound)?.value.measure
        var k = m.0
        while k < clauseEnd {
            guard NumberReader.isDigit(s[k]) else { k += 1; continue }
            if YearResolver.yearFollows(s, at: k, limit: clauseEnd) { k += YearResolver.yearWithMarker; continue }
            while k < clauseEnd, NumberReader.isDigit(s[k]) || s[k] == NumberReader.point || NumberReader.isChineseNumeral(s[k]) { k += 1 }
            if let h = HedgeLexicon.inside.longest(in: s, at: k, limit: clauseEnd) { k += h.length }
            if let p = planned, UnitLexicon.trie.longest(in: s, at: k, limit: clauseEnd)?.value.measure == p { return false }
        }
        guard let b = broke, b < m.0 else { return true }
        return KindCues.presentLeads.longest(in: s, at: b, limit: m.0)?.length == m.0 - b
            || KindCues.asOfLeads.longest(in: s, at: b, limit: m.0).map { l in
                // (截至6月底, 截至目前: a date only between the lead and the words; not 到户道路, 截至目前前期工作)
                KindCues.asOfDate(s, (b + l.length)..<m.0) } == true
    }

    /// Whether the digits running on from `k` close with a date's unit (`6月`, `30日`, `2019年`).
    static func dateDigits(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        var e = k
        while e < limit, NumberReader.isDigit(s[e]) { e += 1 }
        return e < limit && TimeLexicon.dateUnits.contains(s[e])
    }
    /// How long a gloss in parentheses before a partitive 中 may be (`(市、区)`).
    static let glossReach = 12
    /// Whether `分别` ends right before `end`.
    static func endsInRespectively(_ s: [UInt32], _ end: Int, from start: Int) -> Bool {
        end - 2 >= start && s[end - 2] == DocumentScan.fenbie[0] && s[end - 1] == DocumentScan.fenbie[1]
    }

    /// Where a count of households or people right before `end` starts (`213户` in `213户881人`).
    static func pairedFigureStart(_ s: [UInt32], before end: Int, from start: Int) -> Int? {
        var k = end
        guard k - 2 >= start, KindCues.pairedUnits.contains(s[k - 1]) else { return nil }
        k -= 1
        if s[k - 1] == 0x591A || s[k - 1] == 0x4F59 { k -= 1 }   // 多, 余: 1万多户3.2万余人
        if k > start, s[k - 1] == CandidateReader.wan { k -= 1 }
        let digitsEnd = k
        // (减贫一万四千户三万六千人: a pair said in Chinese numerals, read back over them)
        if k > start, NumberReader.isChineseNumeral(s[k - 1]) || NumberReader.chineseUnits[s[k - 1]] != nil {
            while k > start, NumberReader.isChineseNumeral(s[k - 1]) || NumberReader.chineseUnits[s[k - 1]] != nil { k -= 1 }
            return k < digitsEnd && k + 1 < digitsEnd ? k : nil
        }
        // (3,518户14,269人: a comma grouping thousands between digits is the number's)
        while k > start, NumberReader.isDigitOrPoint(s[k - 1])
                || s[k - 1] == NumberReader.groupComma && k - 2 >= start && NumberReader.isDigit(s[k - 2]) && NumberReader.isDigit(s[k]) { k -= 1 }
        return k < digitsEnd && NumberReader.isDigit(s[k]) ? k : nil
    }

    /// Whether the clause says nothing before the figure but a time (`,2013年5120元`, `,2016年为7732元`):
    /// an elliptical clause, which continues the figure before it and says what that one was.
    static func onlyTimeBefore(_ s: [UInt32], _ start: Int, clause: Range<Int>) -> Bool {
        guard start > clause.lowerBound else { return false }
        var sawYear = false
        for k in clause.lowerBound..<start {
            if NumberReader.isDigit(s[k]) || s[k] == 0x20 { continue }
            if s[k] == YearResolver.nian { sawYear = true; continue }
            guard KindCues.timeFillers.contains(s[k]) else { return false }
        }
        return sawYear
    }

    /// Whether the clause contrasts an earlier time's level with the one before it and says nothing else before the figure
    /// (`,而2013年只有1668元`, `,但2014年仅为2380元`): a contrast's word, a time, a word of how little (``KindCues/fewWords``).
    /// (`start`: the figure's digits, past a hedge that says how little it was, 不足1700元)
    static func contrastsTime(_ s: [UInt32], _ start: Int, clause: Range<Int>) -> Bool {
        guard let c = KindCues.contrastOpeners.longest(in: s, at: clause.lowerBound, limit: start) else { return false }
        var k = clause.lowerBound + c.length, sawYear = false
        while k < start {
            if NumberReader.isDigit(s[k]) || s[k] == 0x20 || KindCues.timeFillers.contains(s[k]) { k += 1; continue }
            if s[k] == YearResolver.nian { sawYear = true; k += 1; continue }
            // (而2013年全村只有1668元: the whole place the level is of)
            if let w = PlaceLexicon.ownPlaceWords.longest(in: s, at: k, limit: start)?.length ?? PlaceLexicon.anaphora.longest(in: s, at: k, limit: start)?.length {
                k += w; continue
            }
            guard let f = KindCues.fewWords.longest(in: s, at: k, limit: start) else { return false }
            k += f.length
        }
        return sawYear
    }

    /// Whether the clause says nothing before the figure but a time, a comparison's base and a verb of a level
    /// (`,达8412元`, `;今年1至9月已达10860元`, `,比2013年的1668元`): the figure is a level of what the clause
    /// before it named, no noun of its own.
    static func onlyLevelBefore(_ s: [UInt32], _ start: Int, clause: Range<Int>) -> Bool {
        var k = clause.lowerBound
        while k < start, s[k] == NumberReader.space { k += 1 }
        // (a table's cell, spaces before its figure, says nothing of one)
        guard k < start else { return false }
        while k < start {
            if KindCues.timeOnlyChars.contains(s[k]) || KindCues.timeFillers.contains(s[k]) || KindCues.levelFillers.contains(s[k]) { k += 1; continue }
            guard let m = KindCues.comparisonParts.longest(in: s, at: k, limit: start) else { return false }
            k += m.length
        }
        return true
    }

    /// Whether the figure is a level its clause only reaches (``onlyLevelBefore(_:_:clause:)``) of what the clause right
    /// before names per person or household (`人均可支配收入最高,达8412元`, `人均纯收入为11860元,比上年的10860元`); not of a
    /// clause naming another thing (`…人均纯收入大幅提高,村集体经济收入实现零的突破,达到15万元`).
    /// (`afterFigure`: a figure per person stands earlier in the sentence, and the clause right before may be that figure's
    /// own or another place's ranking, `第三铺乡最低,为5630元左右`, `最低的白岩村,仅为6100元`)
    static func levelOfPerCapitaBefore(_ s: [UInt32], _ start: Int, clause: Range<Int>, sentence: Range<Int>, afterFigure: Bool = false) -> Bool {
        guard clause.lowerBound > sentence.lowerBound, onlyLevelBefore(s, start, clause: clause) else { return false }
        if afterFigure { return previousClauseHoldsLevel(s, clause: clause, sentence: sentence) }
        return TopicCues.perCapita.firstMatch(in: s, TopicResolver.previousClause(s, before: clause.lowerBound, in: sentence)) != nil
    }
    /// Whether the clause before names a level per person, holds a figure, or ranks places (`最低的白岩村`), past clauses
    /// commenting on a change (`人均纯收入2017年为4200元,增长很快,去年达到8600元`); not a clause naming another thing
    /// (`…,全年财政收入,达到6.2亿元`, `…,全县地区生产总值,达到86亿元`).
    static func previousClauseHoldsLevel(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>) -> Bool {
        var end = clause.lowerBound
        while end > sentence.lowerBound {
            let before = TopicResolver.previousClause(s, before: end, in: sentence)
            if TopicCues.perCapita.firstMatch(in: s, before) != nil || s[before].contains(where: NumberReader.isDigit)
                || KindCues.superlatives.firstMatch(in: s, before) != nil { return true }
            // (walking back only past a comment on a change, 增长很快, 逐年提高; a clause naming a thing of its own, 全县地区生产总值,
            // stops, and so does one naming a thing and its change, 财政收入增长很快)
            var k = before.lowerBound
            while k < before.upperBound, KindCues.change.longest(in: s, at: k, limit: before.upperBound) == nil,
                  let w = KindCues.changeCommentLeads.longest(in: s, at: k, limit: before.upperBound) { k += w.length }
            guard KindCues.change.longest(in: s, at: k, limit: before.upperBound) != nil, before.lowerBound > sentence.lowerBound else { return false }
            end = before.lowerBound
        }
        return false
    }

    /// Whether a verb of improving at `verb` changes its count: a comparison before it in the clause (`比上年提升3000人`, `同比提升`),
    /// nothing but the verb opening the clause (`,提升6000人`), or a count's noun right before it (`转移就业人数提升2000人`).
    static func improvementCompared(_ s: [UInt32], verb: Int, clause: Range<Int>, comparisons: ScalarTrie<Bool>) -> Bool {
        verb == clause.lowerBound || comparisons.firstMatch(in: s, clause.lowerBound..<verb) != nil
            || KindCues.countNouns.longestEnding(in: s, at: verb, from: clause.lowerBound, maxLength: 2) != nil
    }

    /// Whether a sum of money closed by its standard's word stands in `r` (`200元标准`, `200元的标准`): the rate's own figure;
    /// not one raised or changed to the figure after it (`由每人每月200元的标准提高到260元`: 260 is the new standard).
    /// (one pass: each 元 after a numeral asked whether 标准 or 的标准 follows)
    static func namesStandardSum(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        for at in (r.lowerBound + 1)..<max(r.lowerBound + 1, r.upperBound - 2) where s[at] == NumberReader.yuan {
            guard NumberReader.isDigit(s[at - 1]) || NumberReader.isChineseNumeral(s[at - 1]) || s[at - 1] == CandidateReader.wan,
                  let closed = Self.standardClosing(s, after: at + 1, limit: r.upperBound) else { continue }
            return KindCues.standardChanged.firstMatch(in: s, closed..<r.upperBound) == nil
        }
        return false
    }

    /// Where a standard's word closing a sum's 元 at `k` ends: right after it (`200元标准`, `200元的标准`) or after 的 and the
    /// standard's noun (`2万元的建房补助标准`, at most ``KindCues/standardNounLength`` characters); nil where none closes it.
    static func standardClosing(_ s: [UInt32], after k: Int, limit: Int) -> Int? {
        if let w = KindCues.standardWords.longest(in: s, at: k, limit: limit) { return k + w.length }
        guard k < limit, s[k] == CandidateReader.de else { return nil }
        var j = k + 1
        while j < limit, j - (k + 1) <= KindCues.standardNounLength, NormalizedText.isHan(s[j]) {   // (the noun s[(k + 1)..<j])
            if let w = KindCues.standardWords.longest(in: s, at: j, limit: limit) { return j + w.length }
            j += 1
        }
        return nil
    }

    /// Whether 将 at `jiang`, read as 把 over the object ending at `object`, tells a thing done: the object's own verb done in its
    /// clause (`分配给了搬迁户`; not a subject's, `将新建的15个扶贫车间已完成了选址`), the sentence telling it done before 将 (`已将`,
    /// `去年,县里将…`), or given to someone and done later in the sentence (`…分配给搬迁群众,群众已全部入住`).
    static func disposalDone(_ s: [UInt32], jiang: Int, object: Int, clause: Range<Int>, sentence: Range<Int>) -> Bool {
        let rest = object..<clause.upperBound
        if let le = s[rest].firstIndex(of: KindCues.le), KindCues.doneMarkers.firstMatch(in: s, object..<le) == nil { return true }
        if KindCues.pastBeforeJiang.firstMatch(in: s, sentence.lowerBound..<jiang) != nil { return true }
        if let past = TimeLexicon.relative.firstMatch(in: s, sentence.lowerBound..<jiang), past.1 < 0 { return true }
        return s[rest].contains(KindCues.gei) && KindCues.handedOver.firstMatch(in: s, clause.upperBound..<sentence.upperBound) != nil
    }

    /// Whether a change word of one character ending at `end` (多, 少, 涨…) stands right after a numeral, hedging a figure
    /// (`四百多户、一千四百来人`, `1000多`): no change.
    /// (较2018多1200人: not where digits follow it, a comparison's; after a year's digits only where a unit follows it,
    /// 2000多户, not 较2019多了1200人, 比2018多近千人)
    static func hedgesNumeral(_ s: [UInt32], _ length: Int, endingAt end: Int, from lower: Int) -> Bool {
        guard length == 1, end - 2 >= lower, NumberReader.isDigit(s[end - 2]) || NumberReader.isChineseNumeral(s[end - 2]) else { return false }
        guard end < s.count else { return true }
        if NumberReader.isDigit(s[end]) { return false }
        let afterYear = end - 5 >= lower && s[(end - 5)..<(end - 1)].allSatisfy(NumberReader.isDigit)
            && NormalizedText.integer(s[(end - 5)..<(end - 1)]).map(Campaign.pageYears.contains) == true
        return !afterYear || UnitLexicon.trie.longest(in: s, at: end, limit: s.count) != nil
    }

    /// Whether the clause says nothing before the figure but a comparison and a change
    /// (`,比上年末减少11.3万人`, `,同比增长9.2%`): it speaks of the figure before it.
    static func onlyChangeBefore(_ s: [UInt32], _ start: Int, clause: Range<Int>) -> Bool {
        var k = clause.lowerBound, changed = false
        while k < start {
            if Self.opensWithTime(s[k]) || s[k] == KindCues.le { k += 1; continue }
            if let m = KindCues.comparisonParts.longest(in: s, at: k, limit: start) { k += m.length; continue }
            guard let m = KindCues.change.longest(in: s, at: k, limit: start) else { return false }
            k += m.length; changed = true
        }
        return changed
    }

    /// Whether a scalar belongs to a time a clause opens with (`2016年`, `年底`, a space): a digit, 年 or a filler of time.
    @inline(__always) static func opensWithTime(_ u: UInt32) -> Bool {
        NumberReader.isDigit(u) || u == NumberReader.space || u == YearResolver.nian || KindCues.timeFillers.contains(u)
    }
    /// Past the time and the adverbs opening a clause before its verb (`2016年出列`, `目前已出列`, `今年又增加`, `当年再新增`):
    /// where the verb may stand.
    static func pastOpeningTime(_ s: [UInt32], from start: Int, to end: Int) -> Int {
        var k = start
        while k < end, Self.opensWithTime(s[k]) { k += 1 }
        // (a time said by word: 目前已出列25个, 当年再新增8个)
        if let r = TimeLexicon.relative.longest(in: s, at: k, limit: end) { k += r.length }
        else if let r = TimeLexicon.thatYear.longest(in: s, at: k, limit: end) { k += r.length }
        while k < end, KindCues.countAdverbs.contains(s[k]) { k += 1 }
        return k
    }
    /// Whether the clause before a count by 个 says only that things of the count before it left
    /// poverty (`,2016年出列17个`, `,已出列17个`): the noun is left out, and is that count's.
    static func elidedNoun(_ s: [UInt32], _ start: Int, clause: Range<Int>) -> Bool {
        var k = start   // (from the list's mark before: 2016年出列17个、2017年出列50个)
        while k > clause.lowerBound, s[k - 1] != NumberReader.listComma { k -= 1 }
        k = Self.pastOpeningTime(s, from: k, to: start)
        guard k < start, let (n, _) = KindCues.elidedNounVerbs.longest(in: s, at: k, limit: start) else { return false }
        return k + n == start
    }

    /// Whether a count by `个` leaves its noun out, standing right after `其中` or a word of what
    /// remains (`剩余`, `尚有`), or opening its clause after a time (`2016年3个出列`), with a word of its
    /// verb's or the clause's end after it — or, off the 其中 path, an exit verb or a plan's word (`全镇有4个贫困村,其中2个于2016年出列`;
    /// `贫困村31个,2016年3个出列,剩余28个预计在今年出列`): it counts the whole's things.
    static func elidedCount(_ s: [UInt32], _ start: Int, unitEnd: Int, clause: Range<Int>) -> Bool {
        var k = start
        if k > clause.lowerBound, s[k - 1] == TrapLexicon.you { k -= 1 }   // 其中有2个
        let afterQizhong = k - 2 >= clause.lowerBound && KindCues.opensQizhong(s, at: k - 2, limit: k)
        var opens = false
        if !afterQizhong {
            var j = k   // (the clause's start, past a time: 2016年)
            while j > clause.lowerBound, NumberReader.isDigit(s[j - 1]) || s[j - 1] == YearResolver.nian || KindCues.timeFillers.contains(s[j - 1]) { j -= 1 }
            opens = j == clause.lowerBound && j < k
                || KindCues.remainderWords.longestEnding(in: s, at: start, from: clause.lowerBound, maxLength: 2) != nil
        }
        guard afterQizhong || opens else { return false }
        return unitEnd >= clause.upperBound || KindCues.afterElidedCount.contains(s[unitEnd])
            || !afterQizhong && (KindCues.elidedNounVerbs.longest(in: s, at: unitEnd, limit: clause.upperBound) != nil
                                 || KindCues.futureMarkers.longest(in: s, at: unitEnd, limit: clause.upperBound) != nil)
    }

    /// Whether a count by `个` closes its clause (or a `的` follows) after a holder of it: a place and
    /// `有` (`全州深度贫困村227个,武定县有68个`), or `占` and a whole's word (`占全州479个的21.71%`):
    /// the noun left out is the count's before.
    static func elidedAfterHolder(_ s: [UInt32], _ start: Int, unitEnd: Int, clause: Range<Int>) -> Bool {
        // 628个边境村中至今有337个属于深度贫困: those of a whole a partitive 中 names, a verb after the count;
        // 67个行政村不通电、25个不通公路: the next item of a list, with the verb of its own after the count
        if unitEnd < clause.upperBound, KindCues.afterPartitiveCount.contains(s[unitEnd]) || KindCues.countVerbsAfter.longest(in: s, at: unitEnd, limit: clause.upperBound) != nil {
            // (覆盖67个行政村、25个已建成的扶贫车间: a verb of an attribute 的 closes names a noun of its own)
            if start > clause.lowerBound, s[start - 1] == NumberReader.listComma {
                return !(unitEnd..<(clause.upperBound - 1)).contains { s[$0] == CandidateReader.de && NormalizedText.isHan(s[$0 + 1]) }
            }
            var k = start
            if k > clause.lowerBound, s[k - 1] == TrapLexicon.you { k -= 1 } else { return false }
            while k > clause.lowerBound, KindCues.partitiveFillers.contains(s[k - 1]) { k -= 1 }
            return k - 2 >= clause.lowerBound && s[k - 1] == KindCues.zhong && s[k - 2] == PlaceLexicon.cun
        }
        guard unitEnd >= clause.upperBound || s[unitEnd] == CandidateReader.de || Outline.isClauseBreak(s[unitEnd]) else { return false }
        if start - 2 >= clause.lowerBound, s[start - 1] == TrapLexicon.you, PlaceLexicon.holderEnds.contains(s[start - 2]) { return true }
        guard let w = PlaceLexicon.ownPlaceWords.longestEnding(in: s, at: start, from: max(clause.lowerBound, start - PlaceLexicon.ownPlaceWordLength),
                                                                maxLength: PlaceLexicon.ownPlaceWordLength) else { return false }
        let z = start - w.length - 1
        return z >= clause.lowerBound && s[z] == KindCues.zhan
    }

    /// Whether a figure stands in a parenthesis opened right after a village noun (`…贫困村(康平43个`).
    static func glossesVillages(_ s: [UInt32], _ start: Int, sentence: Range<Int>) -> Bool {
        var k = start - 1
        while k > sentence.lowerBound, s[k] != openBracket {
            if s[k] == closeBracket || Outline.sentenceEnds.contains(s[k]) || s[k] == semicolon { return false }
            k -= 1
        }
        return k > sentence.lowerBound && s[k] == openBracket && s[k - 1] == PlaceLexicon.cun
    }

    /// Whether a comparison's verb (``TimeLexicon/comparisonVerbs``) stands before the figure with
    /// what it compares with between them (`高于全省平均水平1200元`, `超出上年1500元`, `超过2020年底规模12万人`):
    /// a standard or an earlier time (``KindCues/comparedStandards``) closing it, no other figure, no 的.
    /// Right after the verb the figure is a bound (`超过12万人`).
    static func comparedDifference(_ s: [UInt32], _ start: Int, end: Int, clause: Range<Int>) -> Bool {
        // (the standard closes what is compared with, right before the figure: one lookup for most
        // figures, which have none; measured, a scan for the verb at every figure cost 1.3 M
        // instructions a pass over 400 reports)
        guard KindCues.comparedStandards.longestEnding(in: s, at: start, from: clause.lowerBound, maxLength: 2) != nil else { return false }
        let from = max(clause.lowerBound, start - KindCues.comparedReach)
        guard start - from > 3, let v = TimeLexicon.comparisonVerbs.firstMatch(in: s, from..<start) else { return false }
        let between = (v.0 + (TimeLexicon.comparisonVerbs.longest(in: s, at: v.0, limit: start)?.length ?? 2))..<start
        guard between.count >= 2, !s[between].contains(CandidateReader.de) else { return false }
        // (超过全县60%的农户: a place alone after the verb owns the share a noun after it names, no
        // standard compared with; 增速高于全省1.2%: a gap)
        if between.count == 2, end + 1 < clause.upperBound, s[end] == CandidateReader.de,
           KindCues.comparedPlaces.longest(in: s, at: between.lowerBound, limit: start)?.length == 2 { return false }
        // (the year compared with, 2020年底, is the only number between)
        var k = between.lowerBound
        while k < between.upperBound {
            if NumberReader.isDigit(s[k]) {
                var e = k
                while e < between.upperBound, NumberReader.isDigit(s[e]) { e += 1 }
                guard e - k == 4, e < between.upperBound, s[e] == YearResolver.nian else { return false }
                k = e
            }
            k += 1
        }
        return true
    }

    /// Whether a later clause of the sentence tells the figure's plan done with no figure of its own (`…年底前实现搬迁入住,目前均已
    /// 稳定`; not `…年底前全部完工,其中32个已经交付使用`, the done marker that figure's).
    static func toldDoneLater(_ s: [UInt32], after clause: Range<Int>, sentence: Range<Int>) -> Bool {
        var k = clause.upperBound
        while k < sentence.upperBound {
            let next = Outline.clause(s, around: min(k + 1, sentence.upperBound - 1), in: sentence)
            guard next.upperBound > k else { break }
            if KindCues.doneMarkers.firstMatch(in: s, next) != nil, !s[next].contains(where: NumberReader.isDigit) { return true }
            k = next.upperBound
        }
        return false
    }

    /// Whether a word the subject lexicon marks a verb stands in `r` (`执行`, `承担`).
    static func verbBetween(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        r.contains { SubjectLexicon.trie.longest(in: s, at: $0, limit: r.upperBound)?.value == .verb }
    }

    /// Whether a later clause of the sentence plans to lift the remainder out: `将`, a word of
    /// completion or none, then a verb of leaving (`将全部实现清零`, `将于年底前全部脱贫`), with
    /// no figure of its own before it.
    /// (`计划2020年全部脱贫`, `2020年将全部脱贫`: other markers of a plan, and the year it looks to, too)
    static func remainderPlannedOut(_ s: [UInt32], after k: Int, sentence: Range<Int>) -> Bool {
        guard let (at, length) = KindCues.planWord(s, from: k, limit: sentence.upperBound, words: KindCues.remainderPlanWords) else { return false }
        var j = k
        while j < at {
            if NumberReader.isDigit(s[j]) {
                // (a year, 2020年, is no figure of the clause's own)
                guard YearResolver.yearFollows(s, at: j, limit: sentence.upperBound) else { return false }
                j += 5; continue
            }
            j += 1
        }
        // (its verb in the plan word's own clause, past a date: 计划于2020年6月底前全部出列)
        let end = Outline.clause(s, around: at, in: sentence).upperBound
        return (at + length..<end).contains { KindCues.remainderOut.longest(in: s, at: $0, limit: sentence.upperBound)?.value == true }
    }

    /// The start of the first share of a list of shares `c` closes (`71%、29%` → at 71), or `c`.
    static func percentListHead(_ s: [UInt32], _ c: Int, from lower: Int) -> Int {
        var h = c
        while h - 2 > lower, s[h - 1] == NumberReader.listComma, s[h - 2] == 0x25 {   // 、 and %
            var k = h - 2
            while k > lower, NumberReader.isDigitOrPoint(s[k - 1]) { k -= 1 }
            guard k < h - 2 else { break }
            h = k
        }
        return h
    }

    /// Whether the list of shares a figure stands in closes with its use (`…农户60%分配`): a
    /// sharing-out verb after the figure, before any mark but `、`.
    static func sharedOutAfter(_ s: [UInt32], _ end: Int, sentence: Range<Int>) -> Bool {
        var k = end
        while k < sentence.upperBound, !(Outline.isClauseBreak(s[k]) && s[k] != NumberReader.listComma), !Outline.sentenceEnds.contains(s[k]) {
            if KindCues.shareVerbs.longest(in: s, at: k, limit: sentence.upperBound) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether a bare `个` counts the items of a list whose head names villages (`分别是未退出贫困村:
    /// 河边镇2个、金元镇2个`): a colon right after `村` before the figure, only `、` between.
    static func listHeadedByVillages(_ s: [UInt32], _ start: Int, sentence: Range<Int>) -> Bool {
        var k = start - 1
        while k > sentence.lowerBound, s[k] != ListItems.colon {
            if s[k] != NumberReader.listComma && Outline.isClauseBreak(s[k]) || Outline.sentenceEnds.contains(s[k]) { return false }
            k -= 1
        }
        return k > sentence.lowerBound && s[k] == ListItems.colon && s[k - 1] == PlaceLexicon.cun
    }

    /// A subset verb before the figure in its clause (`已开工2002户`, `履约服务11964人`).
    static func subsetCue(_ s: [UInt32], before start: Int, clause: Range<Int>) -> (reach: KindCues.SubsetReach, at: Int)? {
        var from = clause.lowerBound
        // (在建档立卡贫困村建成…, 在建设美丽乡村中改造…: 在 and a verb, no 在建)
        while from < start, let m = KindCues.subsetVerbs.firstMatch(in: s, from..<start) {
            if KindCues.notSubsetWords.longest(in: s, at: m.0, limit: start) != nil { from = m.0 + 1; continue }
            // (未消除风险300户: a verb denied states those not of it, as 未脱贫 does)
            if KindCues.denials.longestEnding(in: s, at: m.0, from: clause.lowerBound, maxLength: 2) != nil { from = m.0 + 1; continue }
            return (m.1, m.0)
        }
        return nil
    }

    static let already: UInt32 = 0x5DF2   // 已
    static let semicolon: UInt32 = 0x3B, openBracket: UInt32 = 0x28, closeBracket: UInt32 = 0x29   // ; ( ) after normalising
    /// Whether the `)` at `k` closes an item's number (`其中:1)中央资金…,2)…`, `a)`), no aside: one or
    /// two ASCII letters or digits right before it, a clause's mark or `start` before them.
    static func closesItemNumber(_ s: [UInt32], at k: Int, from start: Int) -> Bool {
        func alnum(_ u: UInt32) -> Bool { NumberReader.isDigit(u) || CandidateReader.isASCIILetter(u) }
        var j = k
        while j > start, k - j < 3, alnum(s[j - 1]) { j -= 1 }
        return j < k && k - j <= 2 && (j == start || Outline.isClauseBreak(s[j - 1]))
    }

    /// Whether a parenthesis opened before `r` closes inside it: more `)` than `(` at some point of `r`.
    static func closesAside(_ s: [UInt32], _ r: Range<Int>) -> Bool { asideClose(s, r) != nil }

    /// Where a parenthesis opened before `r` closes inside it, if it does.
    static func asideClose(_ s: [UInt32], _ r: Range<Int>) -> Int? {
        var depth = 0
        for k in r where s[k] == openBracket || s[k] == closeBracket {
            depth += s[k] == openBracket ? 1 : -1
            if depth < 0 { return k }
        }
        return nil
    }

    /// Whether a rate's cue at `cue` sits in an aside closed before the figure that holds a figure of its own (`大米300袋（每袋
    /// 25公斤）、食用油300桶`): the aside glosses the figure before it; one holding the cue alone (`补贴（每人每年）10000元`)
    /// says what the figure after it is per.
    static func glossesEarlierFigure(_ s: [UInt32], cue: Int, before figure: Int) -> Bool {
        guard let close = asideClose(s, cue..<figure) else { return false }
        return s[cue..<close].contains(where: { NumberReader.isDigit($0) || NumberReader.isChineseNumeral($0) })
    }

    /// `其中` at the head of an earlier clause of the sentence (after a figure: the whole).
    private static func qizhongBefore(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>, figure: Int) -> String? {
        var found = false
        // (其中:A类18户;B类20户 and (其中…;…) run past their ;, the bracket to its close)
        var listed = false, bracketed = false, headed = false
        let ends = KindCues.breakdownEnds   // one static read, not one a step
        var p = sentence.lowerBound
        while p < clause.lowerBound {   // to the mark right before the clause: a ; there ends the reach too
            // a ; ends the breakdown's reach — unless a place's item follows it, the next of a list
            // of places (其中,张村31户、114人;李村62户、235人), or 其中 opened the sentence, whose
            // items all break down the whole before it (其中,走访…368人,…;贫困家庭慰问49户,…)
            if s[p] == Self.semicolon, !listed, !bracketed, !headed, !Self.placeItemOpens(s, at: p + 1, limit: clause.upperBound) { found = false }
            if s[p] == Self.closeBracket, bracketed { found = false; bracketed = false; listed = false }
            guard p + 1 < clause.lowerBound else { break }
            if p == sentence.lowerBound || Outline.isClauseBreak(s[p - 1]) || s[p - 1] == Self.openBracket {
                if KindCues.opensQizhong(s, at: p, limit: clause.lowerBound + 1) {
                    found = true
                    headed = p == sentence.lowerBound
                    listed = p + 2 < clause.lowerBound && s[p + 2] == ListItems.colon
                    bracketed = p > sentence.lowerBound && s[p - 1] == Self.openBracket
                }
                // (其中58个县市…,还有17个插花类贫困县: 还有 and a figure is the list's next item)
                else if ends.longest(in: s, at: p, limit: clause.upperBound) != nil, !Self.nextItem(s, at: p, limit: clause.upperBound) { found = false; headed = false }
            }
            // 入住的贫困群众包含索县6户、34人,安多县14户、79人: a list 包含 opens anywhere in its clause
            if KindCues.listOpeners.longest(in: s, at: p, limit: clause.lowerBound) != nil { found = true }
            p += 1
        }
        if found, ends.longest(in: s, at: clause.lowerBound, limit: clause.upperBound) != nil,
           !nextItem(s, at: clause.lowerBound, limit: clause.upperBound) { return nil }
        // (5个贫困县(其中,会泽县、宣威市为深度贫困县)、50个贫困乡: the bracket closed in the figure's
        // own clause, before it, ends the reach too)
        if found, bracketed, s[clause.lowerBound..<max(clause.lowerBound, figure)].contains(Self.closeBracket) { return nil }
        return found ? "kind.part.其中" : nil
    }

    static let colonPartRule = "kind.part.colon"
    static let handlingPartRule = "kind.part.处理"
    /// Whether a count of people handled (`处理8708人`, `处理了870人`, `处理相关责任人一百二十人`) stands in
    /// `r`: 处理, then 了 or a short noun, then a count of persons (`无害化处理1200吨` counts no one).
    static func handledBefore(_ s: [UInt32], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while let m = Outline.find(KindCues.handled, in: s, k..<r.upperBound) {
            var e = m + KindCues.handled.count
            while e < r.upperBound, e - m < KindCues.handledNounReach, NormalizedText.isHan(s[e]), NumberReader.chineseDigits[s[e]] == nil { e += 1 }
            if e < r.upperBound, let n = NumberReader.arabic(s, at: e, limit: r.upperBound) ?? NumberReader.chinese(s, at: e, limit: r.upperBound),
               UnitLexicon.trie.longest(in: s, at: n.end, limit: r.upperBound)?.value.measure == .persons { return true }
            k = m + 1
        }
        return false
    }
    /// Whether the figure stands in an enumerated list (`一是`, `1.`, `(一)`) that a colon opens right
    /// after a total of its own measure (`技能培训56期:一是…12期`).
    /// (`first`: the sentence's first colon, found with its cues: most sentences have none.)
    static func colonBreakdown(_ s: [UInt32], _ c: Candidate, sentence: Range<Int>, from first: Int) -> Bool {
        guard let colon = s[first..<c.start].lastIndex(of: ListItems.colon), colon > sentence.lowerBound,
              EnumeratedItems.opens(s, at: colon + 1, limit: c.start),
              let whole = UnitLexicon.unit(endingAt: colon, in: s, from: sentence.lowerBound),
              whole.value.measure == c.measure, colon - whole.length - 1 >= sentence.lowerBound else { return false }
        var k = colon - whole.length
        if HedgeLexicon.inside.longestEnding(in: s, at: k, from: max(sentence.lowerBound, k - 1), maxLength: 1) != nil { k -= 1 }
        return NumberReader.isDigit(s[k - 1]) || NumberReader.isChineseNumeral(s[k - 1])
    }

    /// Whether `还有` and a figure open the clause at `p`: the next item of a breakdown, not its end.
    static func nextItem(_ s: [UInt32], at p: Int, limit: Int) -> Bool {
        p + 2 < limit && s[p] == KindCues.hai && s[p + 1] == TrapLexicon.you
            && (NumberReader.isDigit(s[p + 2]) || NumberReader.isChineseNumeral(s[p + 2]))
    }

    /// Whether a place's name of two to six characters ending in a village's or town's suffix
    /// (`瓦额村`, `河畔镇`) opens at `k`, a figure right after it: an item of a list of places.
    static func placeItemOpens(_ s: [UInt32], at k: Int, limit: Int) -> Bool {
        var e = k
        while e < limit, e - k < 7, NormalizedText.isHan(s[e]) {
            e += 1
            if e - k >= 3, e < limit, PlaceLexicon.itemSuffixes.contains(s[e - 1]), NumberReader.isDigit(s[e]) { return true }
        }
        return false
    }

    /// The plan's noun (``KindCues/closingPlanNouns``) closing the phrase a figure stands in — its
    /// clause, or the list of clauses joined by 、 it opens — unless the phrase says it is done
    /// (`全镇已完成500人的搬迁计划`).
    static func closingPlanNoun(_ s: [UInt32], figureEnd: Int, clause: Range<Int>, sentence: Range<Int>) -> String? {
        var e = clause.upperBound
        while e + 1 < sentence.upperBound, s[e] == NumberReader.listComma { e = Outline.clause(s, around: e + 1, in: sentence).upperBound }
        while e > figureEnd, Outline.sentenceEnds.contains(s[e - 1]) || Outline.isClauseBreak(s[e - 1]) { e -= 1 }   // (a clause's closing mark)
        guard e > figureEnd, let m = KindCues.closingPlanNouns.longestEnding(in: s, at: e, from: figureEnd, maxLength: 4) else { return nil }
        // (雨露计划 after its trainees: 参加雨露计划300人 has the noun before the figure, this one after)
        // (计划 right after the unit is a verb's: 300人计划 is rare, 300户计划搬迁 plans what follows)
        guard e - m.length > figureEnd + 1 else { return nil }
        if KindCues.doneMarkers.firstMatch(in: s, clause.lowerBound..<e) != nil { return nil }
        // (达成“实现1200户脱贫,20个贫困村出列”的目标: a quoted goal reached is reached in its last clause too)
        if let q = enclosingQuote(s, figureEnd: figureEnd, sentence: sentence), quoteReached(s, q, sentence: sentence) { return nil }
        return m.value
    }

    /// The plan's noun closing the phrase right after a quotation the figure stands in: the quote is
    /// the plan's content, all its clauses (`确定了“实现15.1万贫困人口脱贫,181个贫困村出列”年度减贫计划`),
    /// unless the clause that opens the quote says it is reached (`完成了“…”的目标`, `已实现“…”目标`).
    static func quotedPlan(_ s: [UInt32], figureEnd: Int, sentence: Range<Int>) -> String? {
        guard let q = enclosingQuote(s, figureEnd: figureEnd, sentence: sentence) else { return nil }
        var e = q.upperBound
        while e < sentence.upperBound, e - q.upperBound <= KindCues.quotedPlanReach, NormalizedText.isHan(s[e]) { e += 1 }
        guard e > q.upperBound, let m = KindCues.closingPlanNouns.longestEnding(in: s, at: e, from: q.upperBound, maxLength: 4),
              !quoteReached(s, q, sentence: sentence) else { return nil }
        return m.value
    }

    /// The quotation a figure stands in (`“实现1200户脱贫,20个贫困村出列”`), its marks included.
    /// (Found here: ``quotes`` holds quoted names, not speech or a plan's clauses.)
    static func enclosingQuote(_ s: [UInt32], figureEnd: Int, sentence: Range<Int>) -> Range<Int>? {
        guard let close = s[figureEnd..<sentence.upperBound].firstIndex(of: TrapLexicon.closeQuote),
              !s[figureEnd..<close].contains(TrapLexicon.openQuote),
              let open = s[sentence.lowerBound..<figureEnd].lastIndex(of: TrapLexicon.openQuote),
              !s[open..<figureEnd].contains(TrapLexicon.closeQuote) else { return nil }
        return open..<(close + 1)
    }

    /// Whether the goal a quotation states is said reached, for all its clauses alike: by a verb of
    /// reaching in the clause that opens it (`完成了“…”的目标`, `兑现了“…”`, `已实现“…”目标`; `确定了“…”计划`
    /// sets one), or by `已` and such a verb after it (`“…”的目标,已全部完成`).
    static func quoteReached(_ s: [UInt32], _ q: Range<Int>, sentence: Range<Int>) -> Bool {
        var lead = q.lowerBound
        while lead > sentence.lowerBound, !Outline.isClauseBreak(s[lead - 1]) { lead -= 1 }
        if KindCues.goalReachedVerbs.firstMatch(in: s, lead..<q.lowerBound) != nil { return true }
        // (the verb with no object of its own, ending its clause: 目前已完成动态管理工作 tells another thing done)
        var k = q.upperBound
        while k < sentence.upperBound {
            if s[k] == Self.already,
               let v = (k + 1..<min(k + 1 + KindCues.reachedAfterAlready, sentence.upperBound)).lazy.compactMap({ j in
                   KindCues.goalReachedVerbs.longest(in: s, at: j, limit: sentence.upperBound).map { j + $0.length } }).first {
                var e = v
                if e < sentence.upperBound, s[e] == KindCues.le { e += 1 }
                return e >= sentence.upperBound || Outline.isClauseBreak(s[e]) || Outline.sentenceEnds.contains(s[e])
            }
            k += 1
        }
        return false
    }

    /// Whether a verb of reaching follows a goal's noun in its clause (`目标任务接近完成`, `目标全面实现`),
    /// before any copula that would name the goal's content (`目标任务是完成…`).
    static func goalReachedAfter(_ s: [UInt32], nounEnd: Int, limit: Int) -> Bool {
        var k = nounEnd
        while k < min(limit, nounEnd + KindCues.goalReach), !Outline.isClauseBreak(s[k]) {
            if KindCues.goalCopulas.contains(s[k]) { return false }
            if KindCues.goalReachedVerbs.longest(in: s, at: k, limit: limit) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether the plan's word `length` long at `k` is a noun a verb takes as its object, ending its
    /// clause (`围绕…的总目标,大力实施…`): it governs no clause after it.
    static func planNounEndsClause(_ s: [UInt32], at k: Int, length: Int, limit: Int) -> Bool {
        guard k > 0, KindCues.planNounLeads.contains(s[k - 1]), k + length < limit else { return false }
        let next = s[k + length]
        return next == 0x2C || next == 0x3B   // , ; (a : opens the plan's contents, a 、 lists more)
    }

    /// Whether the figure at `start` is tied by 的 to a part of a year it names right before it
    /// (`2018年底的2.4%`, `2018年年底的`, `2019年初的`).
    static func datedState(_ s: [UInt32], before start: Int, clause: Range<Int>) -> Bool {
        var k = start - 2   // the part's word, before 的
        guard k - 5 >= clause.lowerBound, s[start - 1] == CandidateReader.de, TimeLexicon.periodEnds.contains(s[k]) else { return false }
        k -= 1
        if s[k - 1] == YearResolver.nian { k -= 1 }   // 年年底
        return s[k] == YearResolver.nian && k - 4 >= clause.lowerBound && ((k - 4)..<k).allSatisfy { NumberReader.isDigit(s[$0]) }
    }

    /// A plan cue in an earlier clause of the sentence, with no outcome marker between it and
    /// this clause.
    private static func governingTarget(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>, quotes: [Range<Int>], past: Bool) -> String? {
        guard clause.lowerBound > sentence.lowerBound else { return nil }
        var found: (value: String, after: Int, at: Int)?   // the plan's rule, where its words end and start
        let (cues, done) = (KindCues.governingTargets, KindCues.doneMarkers)   // one static read each, not one a step
        var k = sentence.lowerBound
        while k < clause.lowerBound {
            if let m = cues.longest(in: s, at: k, limit: clause.lowerBound), !quotes.contains(where: { $0.contains(k) }) {
                var after = k + m.length
                // (计划今年完成…: a time word or adverb between the plan's word and its verb)
                after += KindCues.planLead(s, at: after, limit: clause.lowerBound)
                // 将 only before a word of the future (将加快实施; 将脱贫攻坚划分为 is the 把-construction),
                // and 要 so too (要完成…; not 主要, 重要: ``KindCues/notFutureMarkers``)
                // (将创建全域旅游示范区,重点培育…20个: 将 right before a verb of the plans, as in the figure's own clause)
                if s[k] == KindCues.jiang || s[k] == KindCues.yao, m.length == 1,
                   (KindCues.futureAdverbs.longest(in: s, at: after, limit: clause.lowerBound)?.value != true
                    && !(s[k] == KindCues.jiang && after == k + 1 && KindCues.futureVerbs.longest(in: s, at: after, limit: clause.lowerBound)?.value == true
                         // (将落实…责任,…作为首要工作: no verb of disposing of what it takes anywhere before the figure's clause)
                         && KindCues.dispositionVerbs.firstMatch(in: s, after..<clause.lowerBound) == nil
                         // (将创建全国文明城市与脱贫攻坚统筹推进,去年全县脱贫1.2万人: nor a time of the past on the way)
                         && KindCues.pastTimes.firstMatch(in: s, after..<clause.upperBound) == nil))
                    || KindCues.notFutureMarkers.longestEnding(in: s, at: k + 1, from: sentence.lowerBound, maxLength: KindCues.notFutureLongest) != nil
                    || s[k] == KindCues.jiang && KindCues.dispositionVerbs.firstMatch(in: s, after..<Outline.clause(s, around: k, in: sentence).upperBound) != nil { k = after; continue }
                // (深度贫困县、计划脱贫县: a class of places among others plans nothing)
                if KindCues.namesPlannedClass(s, marker: k, after: after, limit: clause.lowerBound, doneBy: sentence.upperBound) { k = after; continue }
                // (为帮助贫困户稳定增收,确保“两不愁三保障”,2016年我村21户…入股: a purpose's second clause plans nothing either)
                if KindCues.inPurpose(s, marker: k, sentence: sentence) { k = after; continue }
                // (为确保如期出列,雄壁镇先后组建14个…合作社: a purpose's plan word governs nothing after it)
                // (the purpose opening its clause: 认为确保 is no purpose)
                if let p = KindCues.purposeLeads.longestEnding(in: s, at: k, from: max(sentence.lowerBound, k - 2), maxLength: 2),
                   k - p.length == sentence.lowerBound || !NormalizedText.isHan(s[k - p.length - 1]) { k = after; continue }
                // 计划 only with a verb after it (雨露计划 is a name)
                // (三年滚动计划:即2018年实现…: a plan whose contents a colon opens)
                if s[k] == KindCues.ji4, KindCues.futureVerbs.longest(in: s, at: after, limit: clause.lowerBound)?.value != true,
                   !KindCues.opensPlan(s, marker: k, after: after, limit: clause.lowerBound),
                   !(after + 1 < clause.upperBound && s[after] == 0x3A && s[after + 1] == 0x5373) {   // 计划:即…
                    k = after; continue
                }
                // (计划实施两年来,阿者科村共接待游客2.4万余人次: a plan in force for a span since plans nothing after it)
                if let v = KindCues.futureVerbs.longest(in: s, at: after, limit: clause.lowerBound), v.value,
                   KindCues.runsSince(s, at: after + v.length, limit: clause.lowerBound) { k = after; continue }
                // 按…标准测算: an estimate by a standard is how the figures were counted
                // (按每亩收益3000元测算,全村可增收150万元: what it foresees is still a projection)
                if KindCues.estimates.longest(in: s, at: k, limit: clause.lowerBound) != nil, Self.countedBy(s, estimateAt: k, sentence: sentence),
                   KindCues.projectionModals.firstMatch(in: s, clause) == nil { k = after; continue }
                // 争取到 (obtained) reports an outcome
                // (争取区、市扶贫资金: funds won)
                if KindCues.secured(s, at: k, limit: clause.upperBound) { k = after; continue }
                // 编制完成…三年规划,统筹整合资金8.5亿元: a plan's word ending its clause is the noun a
                // verb made, not a plan over the clauses after it
                if after < clause.lowerBound, Outline.isClauseBreak(s[after]), m.value == "kind.target.规划.sentence" { k = after; continue }   // (按规划, governs)
                // 围绕…的总目标,…全市11662名贫困人口已全部达到退出标准: the goal a verb takes governs nothing after it
                if KindCues.closingPlanNouns.longest(in: s, at: k, limit: clause.lowerBound)?.length == m.length,
                   Self.planNounEndsClause(s, at: k, length: m.length, limit: clause.lowerBound) { k = after; continue }
                // 实现脱贫目标,人均纯收入由3068元达到6608元: a goal reached is no plan
                if KindCues.goalNouns.longest(in: s, at: k, limit: clause.lowerBound)?.length == m.length,
                   let v = KindCues.goalReachedVerbs.firstMatch(in: s, max(sentence.lowerBound, k - KindCues.goalReach)..<k),
                   !s[v.0..<k].contains(where: Outline.isClauseBreak),
                   KindCues.futureMarkers.longestEnding(in: s, at: v.0, from: max(sentence.lowerBound, v.0 - 3), maxLength: 3) == nil { k = after; continue }
                // 脱贫攻坚目标任务接近完成,…贫困发生率由10.2%降至0.6%: a goal its own clause says (nearly)
                // reached is no plan either (目标任务是完成… names the plan)
                if KindCues.goalNouns.longest(in: s, at: k, limit: clause.lowerBound)?.length == m.length,
                   Self.goalReachedAfter(s, nounEnd: k + m.length, limit: clause.lowerBound) { k = after; continue }
                // 占目标任务的80%,其中…: the whole of a share governs nothing after it
                if KindCues.namesShareWhole(s, at: k, from: sentence.lowerBound) { k = after; continue }
                // (记者从…主要目标任务落实情况通报会上获悉,…: nor a word naming a meeting)
                if Self.namesMeeting(s, after: after, limit: clause.lowerBound) { k = after; continue }
                found = (m.value, after, k); k = after; continue
            }
            // a ; ends the plan's reach — but not a list of goals: a plan said before the sentence's
            // first figure, with figures of its own before the ;, heads all its ; parts
            // (到2020年,宁夏争取实施…800万亩;新增生态护林员3000人; not 确保住房安全;抽调22名干部)
            // (nor a plan by years: 规划2016年脱贫34户,…;2017年脱贫28户…;2018年…: a ; part opening
            // with a later year than the plan's goes on with the plan)
            if s[k] == 0x3B, let f = found, !(YearResolver.headsFigures(s, sentence, f.1) && s[f.1..<k].contains(where: NumberReader.isDigit)),
               !Self.nextYearOfPlan(s, planFrom: f.at, semicolon: k, limit: sentence.upperBound) { found = nil }
            if found != nil, let d = done.longest(in: s, at: k, limit: clause.upperBound) { found = nil; k += d.length; continue }
            // (计划新建…85处,完成89处,解决2.3万人…: the plan's tally in a clause after its own ends its reach)
            // (the verb asked first: most positions start none, and the scan back for a clause's break is the costlier test)
            if let f = found, KindCues.tallied(s, at: k, limit: clause.upperBound, planWord: f.at, planWords: f.after..<k, past: past),
               s[f.after..<k].contains(where: Outline.isClauseBreak) { found = nil }
            // (目标：¥500,000.00　捐款人次：2.1万人次: a form's field a gap opens ends the plan's reach, as a ; does)
            if found != nil, TableCells.opensLabelledField(s, at: k, limit: clause.upperBound) { found = nil }
            k += 1
        }
        guard let f = found else { return nil }
        // (…积极争取更多项目资金,共争取到位资金3.2亿元: nor where the figure's own clause says what was won)
        if let z = Outline.find(KindCues.zhengqu, in: s, clause), KindCues.secured(s, at: z, limit: clause.upperBound) { return nil }
        // nor inside this clause before its end (目标：¥500,000.00　已筹：…: the field's own, not the next field's label)
        let own = clause.lowerBound..<(clause.indices.first { TableCells.opensLabelledField(s, at: $0, limit: sentence.upperBound) } ?? clause.upperBound)
        return done.firstMatch(in: s, own) == nil && !own.contains(where: { KindCues.tallied(s, at: $0, limit: own.upperBound, planWord: f.at, planWords: f.after..<clause.lowerBound, past: past) }) ? f.0 : nil
    }

    /// Whether a meeting's name (``KindCues/meetingNames``) closes the phrase a plan's word ends at
    /// `after`, in its clause and within ``KindCues/meetingReach``.
    static func namesMeeting(_ s: [UInt32], after: Int, limit: Int) -> Bool {
        var k = after
        while k < limit, k - after <= KindCues.meetingReach, !Outline.isClauseBreak(s[k]), !Outline.sentenceEnds.contains(s[k]) {
            if KindCues.meetingNames.longest(in: s, at: k, limit: limit) != nil { return true }
            k += 1
        }
        return false
    }

    /// Whether the `;` part at `semicolon` opens with a year later than the first year the plan's
    /// part names after its marker (`规划2016年脱贫34户;2017年脱贫28户`).
    static func nextYearOfPlan(_ s: [UInt32], planFrom start: Int, semicolon: Int, limit: Int) -> Bool {
        let y = semicolon + 1
        guard YearResolver.yearFollows(s, at: y, limit: limit), let next = NormalizedText.integer(s[y..<(y + 4)]),
              let x = (start..<semicolon).first(where: { YearResolver.yearFollows(s, at: $0, limit: semicolon) && ($0 == start || !NumberReader.isDigit(s[$0 - 1])) }),
              let planned = NormalizedText.integer(s[x..<(x + 4)]) else { return false }
        return next > planned
    }

    /// Whether the clause of the estimate at `k` opens with a standard it counts by (`按…测算`).
    static func countedBy(_ s: [UInt32], estimateAt k: Int, sentence: Range<Int>) -> Bool {
        // (初步测算,2015年全县地区生产总值244394万元: a statistics office's preliminary count)
        if KindCues.countingEstimates.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 2) != nil { return true }
        // (纳入衔接资金分配测算因素: a method named, 测算 a noun's first half, no estimate)
        if KindCues.estimateNouns.longest(in: s, at: k + 2, limit: sentence.upperBound) != nil { return true }
        var i = k
        while i > sentence.lowerBound, !Outline.clauseMarks.contains(s[i - 1]) {
            i -= 1
            if KindCues.methodOpeners.contains(s[i]) { return true }
        }
        return false
    }

    /// The first cue seen for each kind; rate beats target beats change beats part.
    /// (Four slots rather than an array of every cue: this runs once per figure.)
    struct KindVotes {
        var rate, target, change, part: String?
        /// The first rate cue that is per unit (`每头`, `人均`), not a level (`平均`, `标准`).
        var perUnitRate: String?
        /// A projection after a condition of the future (`完工后…`): a target even per unit.
        var projection = false
        mutating func add(_ cue: (Kind, String)) {
            switch cue.0 {
            case .rate:
                if rate == nil { rate = cue.1 }
                if perUnitRate == nil, !KindCues.levelRateBytes.contains(cue.1) { perUnitRate = cue.1 }
            case .target: if target == nil { target = cue.1 }
            case .change: if change == nil { change = cue.1 }
            case .part: if part == nil { part = cue.1 }
            default: break
            }
        }
        var decision: (Kind, String?) {
            // (超出年度目标任务8773.95万元: the plan's words are what the figure exceeds, no plan of it)
            if let c = change, c == KindCues.exceededPlanRule { return (.change, c) }
            // a floor or a projection bounds or forecasts the per-unit figure: a target (FORMAT.md)
            if let t = target, rate != nil, projection || KindCues.perUnitTargetBytes.contains(t) { return (.target, t) }
            // a year's output planned or foreseen (朝着年产豆腐乳超900万瓶的目标) is a target
            if let t = target, let r = rate, KindCues.outputRateBytes.contains(r) { return (.target, t) }
            // a sum planned for each year or month (计划每年投入财政扶贫资金1500万元) is a target
            if let t = target, let r = rate, KindCues.periodRateBytes.contains(r) { return (.target, t) }
            if let r = rate { return (.rate, r) }
            if let r = target { return (.target, r) }
            if let r = change { return (.change, r) }
            if let r = part { return (.part, r) }
            return (.total, nil)
        }
    }

    /// The rule of a part after a partitive `中` (`80个县中已有38个县`).
    static let partitiveRule = "kind.part.中"

    /// Whether an earlier clause of the figure's `;`-part ends in `中` after a figure of its own
    /// (`1778个贫困村中,`): a whole whose parts the later clauses state. `其中` has no figure before it.
    private static func partitiveBefore(_ s: [UInt32], clause: Range<Int>, sentence: Range<Int>, figure: Int) -> Bool {
        // 50个贫困县中47个实现脱贫摘帽: the figure right after such a 中 (not 年中, mid-year, nor 初中)
        if figure - 2 > clause.lowerBound, KindCues.partitiveZhong(s, at: figure - 1, from: clause.lowerBound, limit: clause.upperBound),
           s[max(clause.lowerBound, figure - 10)..<(figure - 1)].contains(where: NumberReader.isDigit) { return true }
        // 80个县中已有38个县: in the figure's own clause, 中 after a figure and before a part's start
        // (全村217户中建档立卡贫困户有150户: or the part's noun, then 有)
        var q = figure - 1
        var has = false   // a 有 between the 中 looked at and the figure
        while q > clause.lowerBound {
            if KindCues.partitiveZhong(s, at: q - 1, from: clause.lowerBound, limit: clause.upperBound), KindCues.partitiveStarts.contains(s[q]) || has,
               s[max(clause.lowerBound, q - 9)..<(q - 1)].contains(where: NumberReader.isDigit) { return true }
            if s[q] == KindCues.you { has = true }
            q -= 1
        }
        var k = clause.lowerBound - 1
        var pastItem = false   // a ; between: only a list's header (…项目中:) reaches past it
        while k > sentence.lowerBound {
            if s[k] == 0x3B { pastItem = true }
            // 该县各类学生资助项目中:A项目资助学生6155人次…;B项目…: a list's items are the parts
            if s[k] == 0x3A, s[k - 1] == KindCues.zhong, KindCues.listHeads.firstMatch(in: s, Outline.clause(s, around: k - 1, in: sentence)) != nil { return true }
            // (中央及省级资金主要实施项目:A项目1.45亿元;B项目2000万元: a header that breaks it down)
            if s[k] == 0x3A, KindCues.breakdownHeads.longestEnding(in: s, at: k, from: sentence.lowerBound, maxLength: 6) != nil { return true }
            if pastItem, Outline.isClauseBreak(s[k]), s[k] != 0x3B, s[k - 1] == KindCues.zhong { return false }
            // (not 其中's 中: (其中,会泽县…为深度贫困县) is a breakdown's, read by ``qizhongBefore``)
            if !pastItem, Outline.isClauseBreak(s[k]), s[k - 1] == KindCues.zhong, !(k - 2 >= sentence.lowerBound && s[k - 2] == KindCues.qizhong[0]) {
                var j = k - 2
                while j >= sentence.lowerBound, !Outline.isClauseBreak(s[j]) {
                    if NumberReader.isDigit(s[j]) { return true }
                    // (117个县(市、区)中,有36个: a gloss in parentheses is passed over whole)
                    if s[j] == 0x29, let open = s[max(sentence.lowerBound, j - Self.glossReach)..<j].lastIndex(of: 0x28) { j = open }
                    j -= 1
                }
                return false
            }
            k -= 1
        }
        return false
    }

    /// The `(` of the parentheses a figure stands in, when something stands before them in its clause.
    private static func openingParenthesis(_ s: [UInt32], _ i: Int, clause: Range<Int>) -> Int? {
        enclosingParenthesis(s, i, sentence: clause, reach: .max)
    }

    /// Where the parenthesis holding `i` opens in `sentence` (a clause, or a sentence across the
    /// clauses of its items: `(洪广镇1199户,金贵镇269户,…)`), no further back than `reach`, or nil;
    /// one opening the range (`(一)`) holds nothing.
    static func enclosingParenthesis(_ s: [UInt32], _ i: Int, sentence: Range<Int>, reach: Int = parenthesisReach) -> Int? {
        var k = i - 1
        while k >= sentence.lowerBound, i - k <= reach {
            if s[k] == closeBracket { return nil }
            if s[k] == openBracket { return k > sentence.lowerBound ? k : nil }
            k -= 1
        }
        return nil
    }
    /// How far back a parenthesis's opening is looked for.
    static let parenthesisReach = 80
    /// Where a parenthesis opened in an earlier clause right after a figure's unit (`7805人(`) opens,
    /// the figure at `i` being a later item of its breakdown, or nil.
    static func breakdownOpening(_ s: [UInt32], _ i: Int, clause: Range<Int>, sentence: Range<Int>) -> Int? {
        guard clause.lowerBound > sentence.lowerBound, let p = enclosingParenthesis(s, i, sentence: sentence), p < clause.lowerBound,
              UnitLexicon.trie.longestEnding(in: s, at: p, from: max(sentence.lowerBound, p - 3), maxLength: 3) != nil,
              p - 4 >= sentence.lowerBound, s[(p - 4)..<p].contains(where: NumberReader.isDigit) else { return nil }
        return p
    }

    /// What is counted: a noun phrase at word boundaries, two to ten characters (``SubjectResolver``).
    static func subject(_ s: [UInt32], candidate c: Candidate, clause: Range<Int>, pool: StringPool, words: inout SubjectResolver.Words,
                        places: [Range<Int>] = [], path: [String] = []) -> String {
        SubjectResolver.subject(s, candidate: c, clause: clause, pool: pool, words: &words, places: places, path: path)
    }

}
