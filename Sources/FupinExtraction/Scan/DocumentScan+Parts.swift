import FupinCore

/// Parts, wholes, years said respectively and restatements: what a report's facts say of each other, read after a sentence or the whole report is scanned.
extension DocumentScan {
    /// `2014年至2019年,…收入分别为6432元、7085元、…10184元`: figures listed after `分别` in a
    /// sentence that opens a span of years, one for each year of it, are each its year's.
    /// `each`: where the sentence's 分别 stands.
    /// (`全县2014、2015、2016年分别脱贫1000人、2000人、3000人`: or years listed right before 分别.)
    func respectiveYears(_ facts: inout [Fact], since first: Int, each: Int, sentence: Range<Int>, expressions: [TimeExpression]?) {
        var years: [Int]?
        for k in (expressions ?? []).indices where expressions![k].range.upperBound <= each {
            let e = expressions!
            if k >= 1, TimeLexicon.endsSpan(e, k, s), case .year(let a) = e[k - 1].meaning, case .year(let b) = e[k].meaning, a <= b { years = Array(a...b) }
            // (2014-2018年,…分别为: one expression of both years, heading the sentence — not a plan's
            // name inside it, 《全县2016-2020年易地扶贫搬迁规划》)
            // (按现行农村贫困标准,2013至2018年我国农村减贫人数分别为…: or in the clause of 分别 itself;
            // 党的十八大以来,2013-2018年,…分别为: or a clause of its own, after another time)
            else if case .span = e[k].meaning, e[k].fronted || Self.sameClause(s, e[k].range.upperBound, each)
                        || Self.standsAlone(s, e[k].range, sentence),
                    let (a, b) = Self.yearsOfSpan(s, e[k].range), a <= b { years = Array(a...b) }
        }
        if years == nil { years = YearResolver.listedYears(s, sentence, endingAt: each) }
        guard let years else { return }
        let after = norm.storedRange(from: each, to: each + 1).0
        // the run of one measure's figures after 分别 (年均增长9.6% after the list is no item of it)
        let after0 = facts[first...].indices.filter { facts[$0].start >= after }
        guard let m = after0.first.map({ facts[$0].measure }) else { return }
        // (…11.0%,年均名义增长11.2%: the list ends at a clause's break with words after it, figures of
        // its measure after those are none of it; 减贫3200人,2800人 goes on)
        var listed: [Int] = []
        for j in after0 where facts[j].measure == m {
            if let p = listed.last, j < figureSpans.count, p < figureSpans.count,
               case let gap = s[figureSpans[p].number.upperBound..<max(figureSpans[p].number.upperBound, figureSpans[j].number.lowerBound)],
               let brk = gap.lastIndex(where: { Outline.isClauseBreak($0) && $0 != NumberReader.listComma }),
               gap[(brk + 1)...].contains(where: NormalizedText.isHan) { break }
            if let p = listed.last, p + 1 != j { break }
            listed.append(j)
        }
        guard listed.count == years.count, listed.allSatisfy({ facts[$0].repeatOf == nil }) else { return }
        for (k, j) in listed.enumerated() { facts[j].year = years[k] }
    }
    static let fenbie: [UInt32] = "分别".unicodeScalars.map(\.value)
    /// Whether a time expression is a clause of its own (`…以来,2013-2018年,…`).
    static func standsAlone(_ s: [UInt32], _ r: Range<Int>, _ sentence: Range<Int>) -> Bool {
        r.lowerBound > sentence.lowerBound && Outline.isClauseBreak(s[r.lowerBound - 1])
            && r.upperBound < sentence.upperBound && Outline.isClauseBreak(s[r.upperBound])
    }
    /// Whether nothing between `from` and `to` breaks a clause or closes a name (`》`).
    static func sameClause(_ s: [UInt32], _ from: Int, _ to: Int) -> Bool {
        from <= to && !s[from..<to].contains { Outline.isClauseBreak($0) || Outline.sentenceEnds.contains($0) || $0 == TrapLexicon.closeTitle }
    }
    /// The first and last years of a span written `2014-2018年` (`2014—2018年`, `2014至2018年`), nil otherwise.
    static func yearsOfSpan(_ s: [UInt32], _ r: Range<Int>) -> (Int, Int)? {
        let a = r.lowerBound
        guard r.count >= 10, let y1 = NormalizedText.integer(s[a..<(a + 4)]), let y2 = NormalizedText.integer(s[(a + 5)..<(a + 9)]),
              s[a + 9] == YearResolver.nian, Campaign.years.contains(y1), Campaign.years.contains(y2), y1 < y2 else { return nil }
        return (y1, y2)
    }

    /// What a figure does to a run of parts being added up towards a whole.
    enum RunStep { case take, skip, stop }
    /// The run of figures of the whole's measure, in `order`, that adds up to `facts[w]`: two
    /// figures or more that `step` takes, summing to the whole within `tolerance` (and 0.5) and
    /// accepted by `complete`; a figure not below the whole, or a sum past it, ends the search.
    /// The one walk under ``partsBySum(_:wholes:parts:scalars:spans:)``, ``partsBeforeSum(_:spans:)`` and
    /// ``partsAcrossSentences(_:scalars:spans:)``, which differ only in direction and in what a step takes.
    static func addingRun(_ facts: [Fact], to w: Int, order: some Sequence<Int>, tolerance: Double,
                          step: (Int) -> RunStep, complete: ([Int]) -> Bool = { _ in true }) -> [Int]? {
        let whole = facts[w].value, m = facts[w].measure
        var sum = 0.0, run: [Int] = []
        for j in order where facts[j].measure == m {
            switch step(j) {
            case .skip: continue
            case .stop: return nil
            case .take: break
            }
            guard facts[j].value < whole else { return nil }
            // (2015年底贫困人口9.92万人;到2018年底减少至2.56万人 ⏎ 2016|2.0万人: figures of years after the
            // whole's are its later flows and levels, no parts of it, whatever they add up to; a total of
            // several years is made of each year's, 共立查案件51件。其中,2015年立案6件…)
            if let wy = facts[w].year, let jy = facts[j].year, jy > wy { return nil }
            sum += facts[j].value; run.append(j)
            if run.count >= 2, abs(sum - whole) <= max(whole * tolerance, 0.5), complete(run) { return run }
            if sum > whole { return nil }
        }
        return nil
    }

    /// `监测户16369户,已消除风险7282户,未消除风险9087户`: figures after a total, of its measure,
    /// that add up to it are its parts, stated without 其中 (FORMAT.md: a subset without 其中 is a
    /// part). Measures that add, not things of any kind (车间5个,合作社3个,基地2个 are no breakdown);
    /// the run must be two figures or more and sum to the total within rounding. One whole a measure
    /// a sentence.
    /// (从2010年末的1468万人减少至…471万人,…累计脱贫997万人: a level fallen from is no whole)
    /// (4267名未脱贫人口…要全部脱贫退出,分别是:河边镇941人、…: a plan's breakdown is the plan's, FORMAT.md)
    /// `wholes`: the sentence's figures; with `parts` (a sentence opened by 分别) the sentence
    /// before's, whose parts are then looked for there (`共资助贫困学生2.8189万人次…。分别为学前资助3000人次,…`).
    static func partsBySum(_ facts: inout [Fact], wholes: Range<Int>, parts: Range<Int>? = nil, scalars: [UInt32] = [], spans: [FigureSpan] = []) {
        var done: [Measure] = []   // one whole a measure (建档立卡贫困户203户804人,一般贫困户178户745人,…: 户 and 人 each)
        for w in wholes where (facts[w].kind == .total || facts[w].kind == .target)
            && facts[w].repeatOf == nil && facts[w].measure.isAdditive && !done.contains(facts[w].measure) {
            // (things of any kind add up only where each part's noun ends in the whole's: 签约项目12个,…产业类项目9个,…基础设施类
            // 项目3个; 车间5个,合作社3个,基地2个 are no breakdown)
            let noun = facts[w].subject
            if facts[w].measure == .items, noun.count < 2 { continue }
            // (a part already read, 城镇人口240户 in a parenthesis, is one of the run's)
            guard let run = addingRun(facts, to: w, order: parts ?? (w + 1)..<facts.count, tolerance: sumTolerance,
                                      // (and a plan's items already read as the plan's: 计划脱贫127户,一般贫困户123户,…)
                                      // (a per-unit figure between them is neither: …增收总额13.308万元,村均年增收3.327万元,…分红总额13.392万元)
                                      step: { facts[$0].kind == .total || facts[$0].kind == .part || facts[$0].kind == .target && facts[w].kind == .target ? .take
                                          : facts[$0].kind == .rate ? .skip : .stop },
                                      complete: { run in facts[w].measure != .items || run.allSatisfy { facts[$0].subject.hasSuffix(noun) } }),
                  !isLevel(w, scalars, spans) else { continue }
            for k in run where facts[k].kind == .total { markPart(&facts[k], of: facts[w]) }
            // 总投资14.28亿元,其中政府投入5.81亿元,融资7.03亿元,企业捐赠1.44亿元,发电收益2.31亿元:
            // once the parts have added up to the whole, a later figure of the breakdown is none of its
            if let last = run.last, facts[w].sentenceSpan != nil {   // (a table's cells have no sentence to share)
                // (figures of other measures skipped, as the run skips them; a part of the run's own
                // parts, in a parenthesis after one, left: 企业捐赠1.44亿元(其中…1亿元))
                var k = last + 1
                while k < facts.count, facts[k].sentenceSpan == facts[w].sentenceSpan {
                    if facts[k].measure == facts[w].measure {
                        guard facts[k].kind == .part, !facts[k].rule.contains("kind.part.parenthesis") else { break }
                        facts[k].kind = .total; facts[k].rule += Self.pastSumRule
                    }
                    k += 1
                }
            }
            for k in run where KindCues.countsPeople(facts[k].measure) && wholeTopicGoverns(part: facts[k].topic, rule: facts[k].topicCue, whole: facts[w].topic) {
                facts[k].topic = facts[w].topic; facts[k].topicCue = facts[w].topicCue
            }
            done.append(facts[w].measure)
        }
    }

    /// `其中因病致贫19931户60843人,分别占12.06%、13.38%`: a share whose clause opens with 占
    /// (分别占, 占比) and names no topic of its own is the share of the figure before it in its
    /// sentence, and files under that figure's topic (the whole it names may be of that topic, by
    /// its head noun: `审计抽查扶贫资金336亿元,占有关部门…投入财政扶贫资金的44%`).
    static func sharesTakeTopic(_ facts: inout [Fact], since first: Int, scalars s: [UInt32], spans: [FigureSpan]) {
        for k in (first + 1)..<facts.count where facts[k].measure == .percent && k < spans.count {
            let clause = spans[k].clause, at = spans[k].number.lowerBound
            var a = clause.lowerBound
            if a + 2 <= at, s[a..<(a + 2)].elementsEqual(Self.fenbie) { a += 2 }
            // (其中南疆四地州占92.3%: or 占 after the part's own name, a place or group naming no area)
            if a < at, s[a] != KindCues.zhan, let z = s[a..<at].lastIndex(of: KindCues.zhan),
               !TopicResolver.matches(s, a..<z).contains(where: { $0.cue.namesArea }) { a = z }
            guard a < at, s[a] == KindCues.zhan,
                  let j = (first..<k).last(where: { facts[$0].measure != .percent }),
                  spans[j].number.upperBound <= clause.lowerBound,
                  // (the whole's head noun, its last word before the share: …部门…投入财政扶贫资金的44%)
                  TopicResolver.matches(s, clause.lowerBound..<at).last(where: { $0.cue.namesArea }).map({ $0.cue.topic == facts[j].topic }) ?? true else { continue }
            facts[k].topic = facts[j].topic
            facts[k].topicCue = facts[j].topicCue
        }
    }

    /// `补助资金达到1561亿元,比上年增加100亿元`: a difference whose clause opens with a comparison
    /// (``KindCues/comparisons``) and names no topic of its own (nor takes its heading's) is the change of the figure of its
    /// measure before it in its sentence, and files under that figure's topic.
    static func differencesTakeTopic(_ facts: inout [Fact], since first: Int, scalars s: [UInt32], spans: [FigureSpan]) {
        // (nothing of its own: the default, or the heading's word)
        for k in (first + 1)..<facts.count where facts[k].kind == .change && k < spans.count
            && (facts[k].topicCue == TopicResolver.defaultRule || TopicResolver.byHeading(facts[k].topicCue)) {
            let clause = spans[k].clause
            guard KindCues.comparisons.longest(in: s, at: clause.lowerBound, limit: spans[k].number.lowerBound) != nil,
                  let j = (first..<k).last(where: { facts[$0].measure == facts[k].measure }),
                  spans[j].number.upperBound <= clause.lowerBound else { continue }
            facts[k].topic = facts[j].topic
            facts[k].topicCue = facts[j].topicCue
        }
    }

    /// Whether a part filed under `part` is counted as its whole is: a group of the poor (their
    /// status, their welfare category: 一般贫困户, 低保贫困户, 五保户) within the poor or within those
    /// leaving poverty (FORMAT.md: a count of those leaving poverty is 脱贫 whichever programme; parts
    /// take their whole's topic).
    static func wholeTopicGoverns(part: Topic, rule: String?, whole w: Topic) -> Bool {
        guard (w == .poor || w == .exit) && w != part else { return false }
        // (the poor by their status only: 未脱贫78户 within 脱贫393户…,未脱贫78户 is still poor)
        return part == .welfare || part == .poor && (rule.flatMap(TopicCues.role(ofRule:)) == .qualifier
            || rule?.utf8.elementsEqual(TopicResolver.partStatusRule.utf8) == true)
    }
    /// A figure found to add up with others to `whole`: its part, or the plan's where the whole
    /// is a plan (FORMAT.md: a breakdown of a plan is target).
    static func markPart(_ f: inout Fact, of whole: Fact) {
        if whole.kind == .target { f.kind = .target; f.rule += " + kind.target.sum" }
        else { f.kind = .part; f.rule += " + kind.part.sum" }
    }
    /// The rule of a figure after a breakdown that already added up to its whole.
    static let pastSumRule = " + kind.total.past-sum"
    /// How far a sum of parts may be from its total (rounded figures: 5.9万 + 3.1万 of 9万).
    static let sumTolerance = 0.005

    /// `2020年省级资金420万元;…结余资金96.54712万元,合计516.54712万元`: a figure its clause says
    /// sums (``KindCues/sumWords``) is the whole of the figures of its measure right before it
    /// that add up to it, in its sentence or the lines before (a list closed by its sum). Two
    /// figures or more, all totals, each within ``sumReach`` of the next; a subtotal is no part.
    static func partsBeforeSum(_ facts: inout [Fact], spans: [FigureSpan]) {
        func sums(_ j: Int) -> Bool { j < spans.count && spans[j].sums }
        for w in facts.indices where sums(w) && (facts[w].kind == .total || facts[w].kind == .target) && facts[w].measure.isAdditive {
            var edge = facts[w].start
            let run = addingRun(facts, to: w, order: stride(from: w - 1, through: 0, by: -1), tolerance: sumTolerance) { j in
                guard facts[j].kind == .total, !sums(j), edge - facts[j].end <= sumReach else { return .stop }
                edge = facts[j].start
                return .take
            }
            for k in run ?? [] { markPart(&facts[k], of: facts[w]) }
        }
    }

    /// `…资金26428万元,予以公告。⏎巴州区:…2405万元;⏎恩阳区:…1956万元;…`: figures of a total's
    /// measure and topic in the sentences after it that add up to it are its parts, as in one
    /// sentence (``partsBySum(_:wholes:parts:scalars:spans:)``), with figures of other kinds between left aside (the
    /// plan after a province's poor, before its cities' counts); a part that names no area of
    /// its own takes its whole's topic. The run starts within
    /// ``sumReach`` of the total's sentence and goes on in steps no longer; the sum must be exact
    /// to rounding (``acrossTolerance``): across sentences a near sum is a coincidence.
    static func partsAcrossSentences(_ facts: inout [Fact], scalars: [UInt32], spans: [FigureSpan]) {
        // (things only where a classifier of their own counts them, the same in every part: 违纪案件51件。
        // 其中,2015年立案6件…。2016年立案21件…; 车间5个,合作社3个,基地2个 are things of any kind)
        for w in facts.indices where (facts[w].kind == .total || facts[w].kind == .target) && facts[w].measure.isAdditive
            && (facts[w].measure != .items || Self.classifiesOneKind(facts[w].unit)) {
            guard let span = facts[w].sentenceSpan else { continue }
            let topic = facts[w].topic
            // (年末户籍人口273393人。按性别分,男性…;女性…。按城乡属性分,城镇…;乡村…: a whole broken
            // down twice, each breakdown adding up to it, after the other)
            var from = w + 1
            var level: Bool?   // (read once a whole, and only once a run is found)
            while from < facts.count {
                var edge = from == w + 1 ? span.upperBound : facts[from - 1].end
                let run = addingRun(facts, to: w, order: from..<facts.count, tolerance: acrossTolerance, step: { j in
                    let inSentence = facts[j].sentenceSpan == span
                    if !inSentence, facts[j].start - edge > sumReach { return .stop }
                    // (比2020年的财政专项扶贫资金2.96亿元增加2200万元: a level of another year the whole's sentence
                    // compares it with is no part of it)
                    if inSentence, let wy = facts[w].year, let jy = facts[j].year, jy != wy { return .skip }
                    // (a subset already read as a part, 已脱贫800户, is one of the whole's parts too; so is
                    // the first item of a 其中 list the next sentence opens: 。其中,第一产业增加值…;第二产业…)
                    if !(facts[j].kind == .total || Self.isSubset(facts[j]) || Self.opensLaterBreakdown(facts, j, after: span))
                        || j < spans.count && spans[j].sums || facts[w].measure == .items && facts[j].unit != facts[w].unit { return .skip }
                    // (a part of no area of its own takes its whole's: FORMAT.md "Decided conventions")
                    // (the poor as identified split into those who left and those still poor: 监测户16369户。⏎
                    // 已消除风险7282户,未消除风险9087户)
                    // (money in general broken down by the areas it goes to: 整合衔接资金3.18亿元…。⏎一、产业发展。
                    // 安排资金1.92亿元…⏎二、基础设施。安排资金7300万元…)
                    guard facts[j].topic == topic || facts[j].topic == .other || (topic == .poor && facts[j].topic == .exit)
                            || topic == .funds && facts[j].measure == .yuan else { return .stop }
                    edge = facts[j].end
                    return .take
                }, complete: { run in
                    run.contains { facts[$0].sentenceSpan != span }
                        // (those who left alone, year by year, are flows out of the stock, not its parts)
                        && (!run.contains { facts[$0].topic == .exit && topic != .exit } || run.contains { facts[$0].topic == topic })
                })
                guard let run, let last = run.last else { break }
                if level == nil { level = isLevel(w, scalars, spans) }
                if level! { break }
                for k in run where !(facts[k].kind == .part && Self.holdsQizhong(facts[k].rule)) || facts[w].kind == .target {
                    markPart(&facts[k], of: facts[w])
                    if facts[k].topic == .other { facts[k].topic = topic; facts[k].topicCue = facts[w].topicCue }
                }
                from = last + 1
            }
        }
    }
    /// Whether a count of things is by a classifier of one kind of thing (`件`, `所`, `家`), not
    /// the general `个`, which counts things of any kind.
    static func classifiesOneKind(_ unit: String) -> Bool { !unit.isEmpty && unit != "个" && unit != "個" }
    /// A 其中 list by years going on: the year of its last item, and the measures and topic of its items.
    struct YearItems { var year: Int; var measures: [Measure]; var topic: Topic }
    /// `其中2016年脱贫98户394人;2017年脱贫114户507人。2018年脱贫144户,630人`: a 其中 list whose item
    /// opens with a year goes on, within its paragraph, past a `;` or `。`, in each part of a sentence
    /// (between `;`) that opens with the next year: its figures of the items' measures and topic are
    /// parts too. A part with figures that does not go on with it ends it. Returns the list still
    /// going on after the sentence `r`, nil when none is.
    func yearItemsGoOn(_ facts: inout [Fact], since first: Int, after list: YearItems?,
                       _ r: Range<Int>, _ expressions: [TimeExpression]) -> YearItems? {
        var list = list
        var from = r.lowerBound
        while from < r.upperBound {
            let to = s[from..<r.upperBound].firstIndex(of: FactContext.semicolon).map { $0 + 1 } ?? r.upperBound
            let (a, b) = (norm.storedRange(from: from, to: from + 1).0, norm.storedRange(from: to - 1, to: to).1)
            let inPart = facts[first...].indices.filter { facts[$0].start >= a && facts[$0].end <= b }
            if let l = list, let e = expressions.first(where: { $0.range.lowerBound >= from }), e.range.lowerBound == from,
               case .year(let y) = e.meaning, y == l.year + 1,
               case let items = inPart.filter({ facts[$0].kind == .total && l.measures.contains(facts[$0].measure) && facts[$0].topic == l.topic }),
               !items.isEmpty {
                for k in items { facts[k].kind = .part; facts[k].rule += Self.yearItemRule }
                list?.year = y
            } else if let e = expressions.last(where: { $0.range.lowerBound - 2 >= from && $0.range.upperBound <= to
                        && s[($0.range.lowerBound - 2)..<$0.range.lowerBound].elementsEqual(KindCues.qizhong) }),
                      case .year(let y) = e.meaning {
                // (the list starts where 其中 stands right before a year: 其中2016年…)
                let items = inPart.filter { facts[$0].kind == .part && Self.holdsQizhong(facts[$0].rule) }
                list = items.first.map { YearItems(year: y, measures: items.map { facts[$0].measure }, topic: facts[$0].topic) }
            } else if !inPart.isEmpty { list = nil }
            from = to
        }
        return list
    }
    static let yearItemRule = " + kind.part.其中.years"
    static let qizhongRule = "kind.part.其中"
    /// Whether fact `j` is an item of a 其中 list in a sentence after `span` (a whole's sentence, whose
    /// own 其中 items have their whole already), with no figure of its measure before it in its own
    /// sentence (`集中安置…67.47万人,其中最大的安置区…近1.5万人`: that figure is its whole).
    static func opensLaterBreakdown(_ facts: [Fact], _ j: Int, after span: Range<Int>) -> Bool {
        let f = facts[j]
        guard f.kind == .part, let own = f.sentenceSpan, own.lowerBound >= span.upperBound, holdsQizhong(f.rule) else { return false }
        var k = j - 1
        while k >= 0, facts[k].sentenceSpan == own {
            if facts[k].measure == f.measure, facts[k].kind != .part { return false }
            k -= 1
        }
        return true
    }
    /// Whether a fact's rule holds 其中's part, its bytes searched (`String.contains` compares
    /// Characters, NFC on non-ASCII).
    static func holdsQizhong(_ rule: String) -> Bool { rule.utf8.firstRange(of: qizhongBytes) != nil }
    static let qizhongBytes = Array(qizhongRule.utf8)
    /// Whether a fact is a part because a marker made it a subset of a whole left unstated (`已脱贫800户`).
    static func isSubset(_ f: Fact) -> Bool { f.kind == .part && f.rule.contains(subsetRule) }
    static let subsetRule = "kind.part.subset"
    /// How long a rate's subject must be to tell that two statements of the rate are one claim.
    static let rateSubjectLength = 4
    /// How many facts back the whole of a parenthesis's items may stand (`60个村(康平43个、…、法库6个)`).
    static let glossReach = 12
    /// How many short lines with figures before the body make a page of captions.
    static let leastCaptions = 4
    /// How far apart a whole and its parts, or two parts, may stand (characters).
    static let sumReach = 300
    /// How far a sum of parts over several sentences may be from its total.
    static let acrossTolerance = 0.001

    /// What a restatement's `repeat_of` names: the fact it restates (``Fact/restatementLink(doc:start:)``).
    static func restated(_ doc: String, _ fact: Fact) -> String { Fact.restatementLink(doc: doc, start: fact.start) }

    /// How far apart, at most, an amount and the same amount written again in another form stand
    /// (`拾万元(¥:100000.00元)`).
    static let restatementGap = 3

    /// How many earlier facts of a value, measure, kind and topic ``linkRestatements(_:doc:yearStated:countedNouns:)``
    /// compares a fact with.
    static let restatementChain = 64
    /// How many exact figures within its rounding unit a rounded figure looks at, of any measure, kind or topic.
    static let roundedReach = 1024

    /// One claim, one fact: a figure the report restates (in its title and again in its body,
    /// in a summary and again in its paragraph) with the same place, measure, value, year (or
    /// a year in one statement only), kind and topic is linked to the fact it restates (`repeat_of`), so that sums count it once.
    /// `yearStated[i]`: whether the text states fact `i`'s year (false: the report's own; all
    /// stated when the array is short). `countedNouns[i]`: the Han scalar after fact `i`'s figure
    /// (0: none), which tells a small count's thing where a subject is empty.
    static func linkRestatements(_ facts: inout [Fact], doc: String, yearStated: [Bool] = [], countedNouns: [UInt32] = []) {
        func unstated(_ i: Int) -> Bool { i < yearStated.count && !yearStated[i] }
        func noun(_ i: Int) -> UInt32 { i < countedNouns.count ? countedNouns[i] : 0 }
        let n = facts.count
        guard n > 1 else { return }
        // a restatement may read as a part where the first statement read as a whole
        // (its year is compared by `restates`: a year stated in one statement only is one claim)
        func restated(_ i: Int) -> Claim<[String]> {
            Claim(place: facts[i].regionPath.levels, measure: facts[i].measure, value: facts[i].value,
                  year: 0, kind: facts[i].kind == .part ? .total : facts[i].kind)
        }
        // Equal numbers that state different things are two facts (FORMAT.md): a rate applies to
        // each group it names (每人2000元 for two groups), one sentence does not restate itself
        // (8个乡(镇)8个搬迁点) nor does the next one in its paragraph (扶持236户…。动员236户…), a
        // year stated in both must agree (1778个贫困村…; 截止到2016年底,1778个贫困村中… agree),
        // and a small count is a restatement only of the same thing (28个贫困县 and 28个贫困县,
        // not 22个省 and 22个贫困县).
        // the figure stated right against another, of another measure (332户|1376人)
        func pairedFigure(_ i: Int) -> Int? {
            if i > 0, facts[i - 1].end == facts[i].start, facts[i - 1].measure != facts[i].measure { return i - 1 }
            if i + 1 < n, facts[i].end == facts[i + 1].start, facts[i + 1].measure != facts[i].measure { return i + 1 }
            return nil
        }
        func restates(_ i: Int, _ j: Int) -> Bool {
            // (a rate restates only a rate of the same year said of the same thing, in another
            // sentence: 脱贫人口人均纯收入达到12550元 in the lede and again in the speech)
            if facts[i].kind == .rate || facts[j].kind == .rate {
                let (f, g) = (facts[i].subject, facts[j].subject)
                return facts[i].kind == facts[j].kind && f == g && f.unicodeScalars.count >= Self.rateSubjectLength
                    && facts[i].year == facts[j].year && facts[i].sentenceSpan != facts[j].sentenceSpan
            }
            // (an amount written with decimals, 909.78亿元, or of ten thousand and more, 8000多万人, said
            // again in the next sentence is the same claim; a share is not: 增长11.5% twice is two rates)
            if let a = facts[i].sentenceSpan, let b = facts[j].sentenceSpan,
               a == b || (a.lowerBound == b.upperBound || b.lowerBound == a.upperBound)
                    && (facts[i].measure == .percent || facts[i].value < Self.largeValue && !facts[i].surface.utf8.contains(0x2E)) { return false }
            guard facts[i].year == facts[j].year || facts[i].year == nil || facts[j].year == nil
                    || unstated(i) || unstated(j) else { return false }
            // (计划搬迁332户1376人 … 预计安置355户1376人: the figure each is paired with differs, so
            // the claims do)
            if let p = pairedFigure(i), let q = pairedFigure(j), facts[p].measure == facts[q].measure,
               facts[p].value != facts[q].value { return false }
            let v = facts[i].value
            // (not a share of a hundred: 追回率100% and 开户率100% are two claims, their subjects tell)
            if v >= Self.distinctiveValue && !(facts[i].measure == .percent && v == Self.whole) || v != v.rounded() { return true }
            let (f, g) = (facts[i].subject, facts[j].subject)
            if !f.isEmpty && !g.isEmpty { return f.contains(g) || g.contains(f) }
            // (…等4个省80个县, its subject left empty, after 对口帮扶的80个县: the noun right after
            // the figure tells the thing counted)
            return noun(i) != 0 && noun(i) == noun(j)
        }
        // facts by value first (a hash of a number, not of the place's strings), then their
        // claims compared: most values occur once in a report. Chains of indices in two flat
        // arrays, and facts read in place: a dictionary of arrays and a copy of each fact
        // (retaining its strings) cost more than the comparisons. (measured with the topic
        // cues as plain values: 383 → 370 M instructions a pass over 400 reports)
        // 拾万元(¥:100000.00元), 1.2亿元(12000万元): the amount written again in another form right after
        // it, in its sentence, is one claim whatever the second's own context reads
        for i in 1..<n where facts[i].value == facts[i - 1].value && facts[i].measure == facts[i - 1].measure
            && (0...Self.restatementGap).contains(facts[i].start - facts[i - 1].end)
            && facts[i].surface != facts[i - 1].surface && facts[i].sentenceSpan != nil && facts[i].sentenceSpan == facts[i - 1].sentenceSpan {
            facts[i].repeatOf = Self.restated(doc, facts[i - 1])
        }
        var size = 16
        while size < n * 2 { size <<= 1 }
        var head = [Int32](repeating: -1, count: size)
        var next = [Int32](repeating: -1, count: n)
        for i in 0..<n where facts[i].repeatOf == nil {
            let claim = restated(i)
            // (chained by value, measure, kind and topic, what a restatement shares: 70 rows of 100% between 脱贫100户 and
            // its restatement are no earlier facts of its chain)
            var hasher = Hasher()
            hasher.combine(claim.valueBits); hasher.combine(claim.measure); hasher.combine(claim.kind); hasher.combine(facts[i].topic)
            let slot = hasher.finalize() & (size - 1)
            var j = Int(head[slot])
            var found = false
            // (the latest ``restatementChain`` facts of the chain at most: a table of 20,000 rows repeating its cells, each a
            // claim of its own, walked every earlier one, 24.4 s; now linear)
            var steps = 0
            while j >= 0, steps < Self.restatementChain {
                steps += 1
                // the claim's numbers compared before its place (`Claim`'s `==` reads the place's
                // strings first, and most facts of a value differ in measure or kind)
                // (measured: 356.6 → 353.7 M instructions a pass over 400 reports)
                if facts[j].topic == facts[i].topic, facts[j].measure == claim.measure,
                   (facts[j].kind == .part ? .total : facts[j].kind) == claim.kind, restated(j) == claim, restates(i, j) { found = true; break }
                j = Int(next[j])
            }
            if found {
                facts[i].repeatOf = Self.restated(doc, facts[j])
            } else {
                next[i] = head[slot]; head[slot] = Int32(i)
            }
        }
        // the same claim at another precision (4万多名 after 42778名, 超5亿元 before 5.6176亿元):
        // the rounded statement is the repeat, whichever comes first
        // (the exact figures sorted by value, each rounded one looking only at those within its unit of it: a scan of every
        // fact for each rounded one took 32.5 s on 20,000 lines of colloquial pairs; and at most ``restatementChain`` of them
        // of its measure, kind and topic, the bound the chains above keep)
        guard facts.contains(where: { $0.approx && $0.repeatOf == nil }) else { return }
        let exact = (0..<n).filter { !facts[$0].approx && facts[$0].repeatOf == nil }.sorted { facts[$0].value < facts[$1].value }
        let exactValues = exact.map { facts[$0].value }
        for i in 0..<n where facts[i].approx && facts[i].repeatOf == nil {
            guard let unit = roundingUnit(facts[i].value) else { continue }
            let claim = restated(i), v = facts[i].value
            // 近千 is under a thousand, 约4万 around it, 4万多 and 超5亿 over it
            let direction = HedgeDirection(surface: facts[i].surface)
            // (no hedge rounds a figure further than its unit from it: ``HedgeDirection/rounds(_:to:unit:)``)
            var lo = 0, hi = exactValues.count
            while lo < hi { let mid = (lo + hi) / 2; if exactValues[mid] < v - unit { lo = mid + 1 } else { hi = mid } }
            var k = lo, steps = 0, visited = 0
            // (and at most ``roundedReach`` figures within its unit whatever they are: 40,000 lines of exact incomes
            // around a rounded one of another kind walked every one of them, 2.6 s → 0.6 s)
            while k < exactValues.count, exactValues[k] <= v + unit, steps < Self.restatementChain, visited < Self.roundedReach {
                visited += 1
                // (no hedge rounds a figure to itself: the run of its own value skipped at once)
                if exactValues[k] == v {
                    var h = exactValues.count
                    while k < h { let mid = (k + h) / 2; if exactValues[mid] <= v { k = mid + 1 } else { h = mid } }
                    continue
                }
                let j = exact[k]
                k += 1
                guard direction.rounds(facts[j].value, to: v, unit: unit), facts[j].topic == facts[i].topic, facts[j].measure == claim.measure,
                      (facts[j].kind == .part ? .total : facts[j].kind) == claim.kind else { continue }
                steps += 1   // (only figures of the claim's measure, kind and topic: 70 incomes near 4万多人 take none of the steps)
                guard facts[j].regionPath.levels == claim.place, restates(i, j) else { continue }
                facts[i].repeatOf = Self.restated(doc, facts[j])
                break
            }
        }
    }

    /// A figure of the title that the body states again, exactly or rounded (`超5亿元` over
    /// `5.6176亿元`), is the body's claim, told where its context is (FORMAT.md keeps the body's
    /// statement as the fact): the title's statement is left out; one the body does not state
    /// (`回顾三学年 教育资助惠及78753人次`) is a fact of its own.
    static func titleRestated(_ facts: inout [Fact], title: Range<Int>, doc: String) {
        guard facts.contains(where: { title.contains($0.start) }) else { return }
        let body = facts.filter { !title.contains($0.start) }
        var dropped: [Fact] = []   // the title's statements left out
        facts.removeAll { f in
            // (超5亿元 over 5.6176亿元, 逾千亿元 over 1102.7亿元: rounded at its one significant digit;
            // 超69万 over 69.12万, 16万余人 over 164577人: near it)
            let unit = f.approx ? roundingUnit(f.value) : nil
            // (三年投入扶贫资金120亿元 1.2万人脱贫 over 119.6亿元 and 12036人: a round figure with no
            // hedge restates the body's it rounds to, of the same area)
            let plainUnit = f.approx ? nil : roundingUnit(f.value, digits: 2)
            // (people of another area are other people: 超1万人脱贫 restates no 10800 poor counted)
            let people = KindCues.countsPeople(f.measure)
            let restated = title.contains(f.start) && body.contains { b in
                b.measure == f.measure && (b.value == f.value
                    || (!people || b.topic == f.topic) && unit.map { HedgeDirection(surface: f.surface).rounds(b.value, to: f.value, unit: $0) } == true
                    || f.approx && (!people || b.topic == f.topic) && abs(b.value - f.value) <= titleNear * f.value
                    // (and near: 1万 over 14000 is another claim, however it rounds)
                    // (and of the same year: 三年投入…120亿元 is no 2019年…116亿元)
                    || plainUnit.map { u in b.topic == f.topic && b.year == f.year && abs(b.value - f.value) * 2 < u
                                              && abs(b.value - f.value) <= titlePlainNear * f.value } == true)
            }
            if restated { dropped.append(f) }
            return restated
        }
        // (the body's first statement linked to the title's is the claim now, the others linked to it; to what the title's
        // restated, where it restated one: the links the body's statements made, not any fact of the same value, 危房改造率100% no
        // restatement of 巩固率100%)
        for d in dropped {
            let link = Self.restated(doc, d)
            let linkers = facts.indices.filter { facts[$0].repeatOf == link }
            guard let first = linkers.first else { continue }
            if let up = d.repeatOf {
                for k in linkers { facts[k].repeatOf = up }
            } else {
                facts[first].repeatOf = nil
                for k in linkers.dropFirst() { facts[k].repeatOf = Self.restated(doc, facts[first]) }
            }
        }
    }

    /// Every restatement linked to the claim's own fact: one linked to a restatement (`5亿多元` to `超5亿元`, itself linked)
    /// to what that one restates; one whose fact is gone (none should be, ``titleRestated(_:title:doc:)`` relinks) a claim of
    /// its own.
    static func rootRestatements(_ facts: inout [Fact], doc: String) {
        guard facts.contains(where: { $0.repeatOf != nil }) else { return }
        var at: [Int: Int] = [:]   // a fact's index by where its surface starts
        for (i, f) in facts.enumerated() where at[f.start] == nil { at[f.start] = i }
        for i in facts.indices {
            guard let link = facts[i].repeatOf, let start = Fact.restatedStart(link, doc: doc), at[start] == nil else { continue }
            facts[i].repeatOf = nil
        }
        for i in facts.indices {
            var j = i, steps = 0
            while steps <= facts.count, let link = facts[j].repeatOf, let start = Fact.restatedStart(link, doc: doc), let k = at[start], k != j {
                j = k; steps += 1
            }
            if j != i, facts[j].repeatOf == nil { facts[i].repeatOf = Self.restated(doc, facts[j]) }
        }
    }

    /// How near a hedged figure of the title may be to the body's to restate it (`超69万`, `69.12万`).
    static let titleNear = 0.1
    /// How near a round title figure with no hedge may be to the body's it rounds (`120亿元`, `119.6亿元`).
    static let titlePlainNear = 0.05

    /// The place of a round figure's one significant digit (10000 for 4万, 1亿 for 5亿), when it
    /// is at least 1000; nil for a figure stated more exactly (1500余户 is a claim of its own).
    /// `digits`: the significant digits a figure may have (120亿元 has two: its unit is 10亿).
    static func roundingUnit(_ v: Double, digits: Int = 1) -> Double? {
        guard v >= 1000, v == v.rounded() else { return nil }
        var unit = 1.0
        while (v / (unit * 10)).rounded() * unit * 10 == v { unit *= 10 }
        var limit = 1.0
        for _ in 0..<digits { limit *= 10 }
        return v / unit < limit ? unit : nil
    }

    /// Where the breakdown a part stands in opens: the last `其中` or `含` before it in its
    /// sentence (the sentence's start when none).
    static func breakdownStart(_ s: [UInt32], before i: Int, sentence: Range<Int>) -> Int {
        var k = i
        var depth = 0   // (国家级贫困县72个(含…25个),省级贫困县3个: not one inside a parenthesis closed before the figure)
        while k > sentence.lowerBound {
            k -= 1
            // (其中:1)中央资金5000万元,2)…: an item's number closes no aside)
            if s[k] == FactContext.closeBracket, !FactContext.closesItemNumber(s, at: k, from: sentence.lowerBound) { depth += 1; continue }
            if s[k] == FactContext.openBracket { depth = max(0, depth - 1); continue }
            guard depth == 0 else { continue }
            if s[k] == Self.han { return k }
            if k > sentence.lowerBound, KindCues.opensQizhong(s, at: k - 1, limit: k + 1) { return k - 1 }
        }
        return sentence.lowerBound
    }
    /// Whether a quantity in a unit outside the table closes the clause right before `k` (a 其中's):
    /// digits, then a few Han characters (`78.96万千瓦,其中`).
    /// `anyUnit`: a unit of the table too (`全国共有478.2万人,其中`).
    static func quantityEnds(_ s: [UInt32], before k: Int, sentence: Range<Int>, anyUnit: Bool = false) -> Bool {
        var j = k
        guard j > sentence.lowerBound, Outline.isClauseBreak(s[j - 1]) || s[j - 1] == FactContext.openBracket else { return false }
        j -= 1
        var han = 0
        while j > sentence.lowerBound, NormalizedText.isHan(s[j - 1]), han < 4 { j -= 1; han += 1 }
        // (截至2020年底,其中: a year is no quantity)
        guard han > 0, j > sentence.lowerBound, NumberReader.isDigit(s[j - 1]), s[j] != YearResolver.nian else { return false }
        if anyUnit { return true }
        // (a unit of the table, 8463万元: a figure, whose whole the search above has already weighed)
        var u = j
        while u < k - 1, NumberReader.chineseUnits[s[u]] != nil || HedgeLexicon.inside.longest(in: s, at: u, limit: k - 1) != nil { u += 1 }
        return UnitLexicon.trie.longest(in: s, at: u, limit: k - 1) == nil
    }
    static let han: UInt32 = 0x542B   // 含
    /// The kind rule of a figure after `含`.
    static let hanRule = "kind.part.含"

    /// Whether the parenthesis a figure stands in is one of a list of glosses: `、` or `等` after
    /// it, or a parenthesis closed by `)、` before it in the sentence (the list's last).
    static func glossListed(_ s: [UInt32], after i: Int, sentence: Range<Int>) -> Bool {
        var k = i
        while k < sentence.upperBound, s[k] != FactContext.closeBracket {
            if s[k] == FactContext.openBracket { return false }
            k += 1
        }
        if k + 1 < sentence.upperBound, s[k + 1] == NumberReader.listComma || s[k + 1] == deng { return true }
        var j = sentence.lowerBound
        while j + 1 < i {
            if s[j] == FactContext.closeBracket, s[j + 1] == NumberReader.listComma { return true }
            j += 1
        }
        return false
    }

    /// Whether a kind rule is 其中's (`kind.part.其中…`), its bytes compared: `hasPrefix` compares
    /// Characters, 5,000 instructions a call here (measured: 326.2 → 323.6 M instructions a pass).
    static func isQizhong(_ rule: String?) -> Bool { rule?.utf8.starts(with: "kind.part.其中".utf8) == true }

    /// A value with at least three significant digits (`8803万元`, not `100人`): two figures of
    /// it in one report are one figure said again.
    static func isDistinctive(_ v: Double) -> Bool {
        var x = v.rounded()
        guard x == v, x >= 100 else { return false }
        while x >= 10, x.truncatingRemainder(dividingBy: 10) == 0 { x /= 10 }
        return x >= 100
    }

    /// How many facts back a whole is looked for: a whole stands just before its parts.
    static let wholeReach = 256
    /// Makes the fact at `k`, a total of a place below the report's, a part where a larger total of the same measure and
    /// year, of a topic it may share, of the report's own place, stands before it in its paragraph (from `paragraphFrom`, a
    /// stored offset; no further back than ``wholeReach`` facts); a part takes its whole's topic (FORMAT.md).
    /// (2018年全县脱贫8000人。2019年,以勒镇、塘房镇分别脱贫1200人: another year's; 全县易地扶贫搬迁安置1.2万人。…分别有贫困
    /// 人口860人: another area's; 产业扶贫资金5.6亿元…分别投入8000万元: the whole's area, 资金 naming none)
    static func partOfParagraphWhole(_ facts: inout [Fact], at k: Int, paragraphFrom: Int, own: [String]) {
        // (a level of each place, 不良率分别为2.35%、2.91%, breaks no whole down)
        guard facts[k].kind == .total, facts[k].measure != .percent else { return }
        let f = facts[k]
        var j = k - 1
        while j >= max(0, k - wholeReach), facts[j].start >= paragraphFrom {
            let w = facts[j]
            if w.measure == f.measure, w.kind == .total, w.value > f.value, w.year == f.year, w.regionPath.levels == own,
               w.topic == f.topic || Self.topicsNamingNoArea.contains(f.topic) || Self.topicsNamingNoArea.contains(w.topic) {
                facts[k].kind = .part; facts[k].rule += respectiveRule
                if Self.topicsNamingNoArea.contains(f.topic) { facts[k].topic = w.topic; facts[k].topicCue = w.topicCue }
                return
            }
            j -= 1
        }
    }
    /// Topics that name no policy area of their own (money for the campaign in general): a part or whole of one shares
    /// another's. (Not 其他, everyone in a place: 常住人口 is no part of the poor.)
    static let topicsNamingNoArea: Set<Topic> = [.funds]
    static let respectiveRule = " + kind.part.分别"

    /// The latest fact from `since` on (a scalar position) that could be the whole `c` is part of:
    /// the same measure, a larger value. Read in place, over the array's storage: iterating `reversed()`
    /// copied each fact. No further back than ``wholeReach`` facts: a table's rows since its paragraph
    /// made it quadratic.
    func whole(of c: Candidate, since start: Int, before end: Int = .max, in facts: [Fact]) -> Int? {
        let since = norm.storedRange(from: start, to: start + 1).0
        return facts.withUnsafeBufferPointer { f in
            var j = f.count - 1
            let stop = max(0, f.count - Self.wholeReach)
            while j >= stop, f[j].start >= since {
                // (not a sibling read as a part before it: …项目:A1.45亿元;B2000万元 has no figure for its whole)
                // (a place's figure of a breakdown by places is the whole of its own 其中: 分乡镇看,城关镇贫困人口860人,其中已脱贫800人)
                // (its rule compared by its bytes from the end: no String search on each part walked)
                if f[j].measure == c.measure && f[j].value > c.value && f[j].start < end
                    && (f[j].kind != .part || f[j].rule.utf8.reversed().starts(with: KindCues.breakdownViewRuleBytes.reversed())) { return j }
                j -= 1
            }
            return nil
        }
    }

    /// Whether the quantity right before the `其中` opening a count of people's clause is a whole of another measure
    /// those people are some of: a count of posts they fill (`共设置护路公益岗位1260个,其中选聘建档立卡贫困群众1083人`,
    /// ``KindCues/postsForPeople``), or a count of people or households refused as a fact
    /// (`入户调查1312户,其中建档立卡户896户`); never one smaller than the figure (`提供就业岗位500个,其中…报名800人`), of the
    /// figure's own measure, which the search for a whole weighed (`投入64.14亿元,其中…79.44亿元`), of bodies their members
    /// join (`组建合作社87家,其中贫困户入社1120户`), nor of money, land or floor space (`建成酒庄6家,其中一家…投资约2亿元`,
    /// `新建安置房15万平方米,其中安置贫困户1860户`).
    func peopleOfAnotherWhole(_ c: Candidate, opens: Int, sentence: Range<Int>, in facts: [Fact]) -> Bool {
        guard KindCues.countsPeople(c.measure), Self.quantityEnds(s, before: opens, sentence: sentence, anyUnit: true) else { return false }
        guard let f = facts.last, f.end == norm.storedRange(from: opens - 1, to: opens).0 else {
            // (a count refused as a fact: its unit one of people or households, 1312户)
            return opens - 2 >= sentence.lowerBound && UnitLexicon.peopleCountEnds.contains(s[opens - 2])
        }
        // (people counted the other way before the 其中 are ``peopleCountedOtherwise(before:sentence:in:)``'s)
        return f.value >= c.value && f.measure == .items
            && KindCues.postsForPeople.firstMatch(in: s, TopicResolver.previousClause(s, before: opens, in: sentence)) != nil
    }

    /// Whether the fact before a count of people after 其中 counts people the other way (by the head
    /// where this one counts households), in the sentence and before its 其中 (`社员92人,其中建档立卡户
    /// 80户`; not the figure paired with this one after 其中: `其中,…7144户18434人`): that is its whole.
    /// A paired figure that is itself a part makes this one a part too (`其中2018年脱贫393户1924人`).
    func peopleCountedOtherwise(before c: Candidate, sentence: Range<Int>, in facts: [Fact]) -> Bool {
        guard KindCues.countsPeople(c.measure), let f = facts.last, KindCues.countsPeople(f.measure), f.measure != c.measure,
              f.start >= norm.storedRange(from: sentence.lowerBound, to: sentence.lowerBound + 1).0 else { return false }
        // (其中2018年脱贫393户1924人: the people of a part counted by households right before them)
        if f.kind == .part, f.end == norm.storedRange(from: c.start, to: c.start + 1).0 { return true }
        return f.start < norm.storedRange(from: Self.breakdownStart(s, before: c.start, sentence: sentence), to: c.start).0
    }
}
