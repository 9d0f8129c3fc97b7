import Foundation
import FupinCore
import Testing
@testable import FupinExtraction

/// Whole-document behaviour: metadata, duplicates, offsets through normalisation, text forms.
@Suite("Documents")
struct DocumentTests {
    let extractor = Extractor()

    @Test func contentHashIsSHA256() {
        #expect(ContentHash.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256Hex(utf8: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256Hex(utf8: "个旧") == ContentHash.sha256Hex(Array("个旧".utf8)))
        // 56..64 bytes of padding, and several whole blocks
        #expect(ContentHash.sha256Hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.sha256Hex([UInt8](repeating: 0x61, count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func contentHashCanBeLeftOut() throws {
        // `fupin extract` writes facts only: no hash, and the same facts
        let text = "2019年,全县306户、469名建档立卡贫困人口全部脱贫。"
        let bare = Extractor(contentHashes: false)
        #expect(bare.extract(text: text, id: "d").document.contentHash == "")
        #expect(try bare.extract(bytes: Array(text.utf8), id: "d").document.contentHash == "")
        #expect(extractor.extract(text: text, id: "d").document.contentHash == ContentHash.sha256Hex(utf8: text))
        #expect(bare.extract(text: text, id: "d").facts == extractor.extract(text: text, id: "d").facts)
        #expect(bare.extract(text: text, id: "d", contentHash: "given").document.contentHash == "given")
    }

    /// Words a spammed page injects even inside numbers are stripped where they split a decimal
    /// and recur; the surface still points at the stored text, spam and all. A word a report
    /// writes between numbers (`万至`) is kept.
    @Test func injectedWordsAreStripped() {
        let text = "容县教育扶贫\n截至10月底,全县共资助学生7.67广告词万人次,发放广告词资助金1.27亿元;其中资助建档立卡学生2.6广告词9万人次,发放资助金2581广告词.58万元。\n"
        let facts = extractor.extract(text: text, id: "d").facts
        #expect(facts.map(\.value) == [76_700, 127_000_000, 26_900, 25_815_800])
        #expect(facts.map(\.surface) == ["7.67广告词万人次", "1.27亿元", "2.6广告词9万人次", "2581广告词.58万元"])
        #expect(facts.allSatisfy { Array(text.unicodeScalars)[$0.start..<$0.end].map(String.init).joined() == $0.surface })
        let ranges = "全县每户补助1.5万至2万元,每村1.5万至3万元,每人0.5万至1万元。"
        let n = NormalizedText(ranges)
        #expect(InjectedWords.find(n.scalars, points: n.scalars.indices.filter { n.scalars[$0] == 0x2E }.map(Int32.init)).isEmpty)
    }

    /// A paragraph closed by a byline with a footer's word (`(记者/… 原文编辑:…)`) stays the
    /// report's; the footer starts after it.
    @Test func bylineClosingAParagraphKeepsIt() {
        let body = String(repeating: "全县上下齐心协力,扎实推进教育扶贫各项工作,确保政策落实到位。", count: 5)
        let text = "教育扶贫\n\(body)\n截至10月底,全县共资助学生7.67万人次。(记者/张三 原文编辑:李四)\n相关阅读\n全县资助学生9万人次。\n"
        #expect(extractor.extract(text: text, id: "d").facts.map(\.value) == [76_700])
    }

    /// A place's suffix closing the text reads nothing past it (the fuzzer's `…Uns…UNtmlyo+咒…`).
    @Test func suffixClosingTheTextReadsNothingPastIt() {
        for text in ["大坝村", "修建村", "2019年,全县修建村", "全县共有贫困户12户,分布在大坝村"] {
            _ = extractor.extract(text: text, id: "e")
        }
        #expect(extractor.extract(text: "2019年,大坝村脱贫12户", id: "v").facts.map(\.value) == [12])
    }

    /// A title that tells of filming (`…记者蹲点拍摄`) is no photo's credit: it stays the title; a
    /// caption closed by a photographer's credit (`…新华社记者刘坤摄`) is page furniture.
    @Test func filmingInATitleIsNoPhotoCredit() {
        let titled = extractor.extract(text: "走进怒江州福贡县 记者蹲点拍摄\n2020年5月1日\n今年以来,全县共有贫困户3000户实现脱贫。\n", id: "t")
        #expect(titled.document.title == "走进怒江州福贡县 记者蹲点拍摄")
        #expect(titled.facts.map(\.value) == [3000])
    }

    /// …on a short page too: the paragraph stays the report's up to the marker, and the
    /// marker's own line gives nothing after it.
    @Test func footerMarkerClosingAShortPagesParagraph() {
        let text = "全镇加快了精准扶贫步伐。\n该镇投入财政专项扶贫资金250万元,1120名贫困人口到扶贫车间上班。 责任编辑:admin 2019年5月6日\n"
        let facts = extractor.extract(text: text, id: "d").facts
        #expect(facts.map(\.value) == [2_500_000, 1120])
        // (a marker by the title with no sentence before it stays page furniture, and the body goes on)
        let nav = "全镇加快了精准扶贫步伐。\n分享到 微信 微博\n该镇投入资金250万元。\n"
        #expect(extractor.extract(text: nav, id: "n").facts.map(\.value) == [2_500_000])
    }

    /// A date after the page lists other items (related news, comments) is one of theirs; one
    /// closing the report (责任编辑 …) is the page's.
    @Test func footDateOfAListedItemIsNotThePages() {
        let body = String(repeating: "全县上下齐心协力,扎实推进易地扶贫搬迁后续扶持工作。", count: 6)
        let listed = "和顺县搬迁群众稳得住\n\n\(body)\n目前已有13家企业进驻。\n新闻评论\n加载更多\n大数据坑熟客,技术之罪需规则规避\n2018-03-02 08:58:39\n"
        #expect(extractor.extract(text: listed, id: "l").document.date == nil)
        let closed = "和顺县搬迁群众稳得住\n\n\(body)\n目前已有13家企业进驻。\n责任编辑:张三\n2019-05-06 10:20:11\n"
        #expect(extractor.extract(text: closed, id: "c").document.date == "2019-05-06 10:20:11")
    }

    @Test func metadataFromTheHeader() {
        let text = """
        首页 > 新闻 > 地方新闻
        会宁县:决战脱贫攻坚
        2020年11月05日 09:12  来源:白银日报  作者:张三

        全县800人实现稳定脱贫。
        """
        let d = extractor.extract(text: text, id: "m").document
        #expect(d.title == "会宁县:决战脱贫攻坚")
        #expect(d.date == "2020-11-05 09:12")
        #expect(d.source == "白银日报")
        #expect(d.regionPath.levels == ["甘肃省", "白银市", "会宁县"])
        // a column's tag before the title is no page furniture; a line of 【】 buttons is
        let tagged = "【脱贫攻坚】宁夏西吉县:马铃薯变成“金蛋蛋”\n\n来源:宁夏新闻网  2019-09-26\n\n全县800人实现稳定脱贫。\n【打印】【关闭】\n"
        let t = extractor.extract(text: tagged, id: "m2").document
        #expect(t.title == "【脱贫攻坚】宁夏西吉县:马铃薯变成“金蛋蛋”")
        #expect(t.regionPath.levels == ["宁夏回族自治区", "固原市", "西吉县"])
        // lines of digits and marks above the title (a page's date split into furniture) are no title
        let split = extractor.extract(text: "2016\n\n03/04\n\n21:06\n\n来源:\n\n莎车县扶贫开发工作规划\n\n来源: 发布日期:2016-03-04 21:06\n\n聚焦长治久安总目标,全县投入资金500万元。\n", id: "m5").document
        #expect(split.title == "莎车县扶贫开发工作规划")
        #expect(split.regionPath.levels == ["新疆维吾尔自治区", "喀什地区", "莎车县"])
        // a title closed by a table's cell mark, under an e-paper's dateline of its page
        let paper = extractor.extract(text: "|\n2019-02-12 第06版:六版\n| 【字体】 | 大 | | 默认 | | 小 |\n贵州黄平工商联结对帮扶 |\n作者:\n\n全村有618户3065人。\n", id: "m6").document
        #expect(paper.title == "贵州黄平工商联结对帮扶")
        #expect(paper.date == "2019-02-12")
        // a date the page labels its own (发布时间) at its foot outweighs one the first paragraph tells
        let labelled = "没长胡子的扶贫干部\n\n在2016年5月11日民乐村的扶贫干部对接会上,村干部介绍了情况。\n如今,民乐村已有129户贫困户顺利脱贫。\n编辑:张三\n发布时间:2020-05-21\n"
        let l = extractor.extract(text: labelled, id: "m7")
        #expect(l.document.date == "2020-05-21")
        #expect(l.facts.map(\.year) == [2020])
        // after an agency's dateline without a year, the paragraph's date is the news's event:
        // the page's year is read from the text (2019 figures are no plans of 2017)
        let agency = "河南省兰考县:从贫困县到小康县\n\n人民网郑州2月27日电 2017年3月27日,兰考县退出贫困县序列。截至2019年底,全县累计脱贫76745人。\n"
        let a = extractor.extract(text: agency, id: "m3")
        #expect(a.document.date == nil)
        #expect(a.facts.map(\.kind) == [.total])
        // a date with the year last and a time of day; a page's date alone on its last line
        let yearLast = extractor.extract(text: "皋兰发放首批精准扶贫贷款\n\n09.10.2015  12:07\n\n截至目前,全县发放贷款3000万元。\n", id: "m4")
        #expect(yearLast.document.date == "2015-09-10 12:07")
        #expect(yearLast.facts.map(\.year) == [2015])
        let foot = extractor.extract(text: "沈丘县扶贫车间\n\n全县目前建成扶贫车间74个。\n4/4\n2017-08-03\n", id: "m5")
        #expect(foot.document.date == "2017-08-03")
        #expect(foot.facts.map(\.year) == [2017])
        // a numeric date opening a short line under a title with a comma, a source's name after it
        // (no time of day, no 来源); a date opening a sentence is the news's, no dateline
        let bare = extractor.extract(text: "某县脱贫,蹚出一条新路\n\n2017-12-19 和田零距离\n\n2016年他家搬进新房。今年全村收入20万元。\n", id: "m7")
        #expect(bare.document.date == "2017-12-19")
        #expect(bare.facts.map(\.year) == [2017])
        let told = extractor.extract(text: "某县脱贫,蹚出一条新路\n\n2016-12-19,全县召开大会。今年全村收入20万元。\n", id: "m8")
        #expect(told.document.date == nil)
        // a speech's title above the speaker's byline and the date
        let speech = extractor.extract(text: "洒雨镇下龙村脱贫攻坚工作表态发言材料\n下龙村第一书记、五人小组组长\n(2017年8月9日)\n徐银泉\n各位领导:全村共612户2325人。\n", id: "m9")
        #expect(speech.document.title == "洒雨镇下龙村脱贫攻坚工作表态发言材料")
        // a publishing office's name or a document's number between the title and the date is no title; the year a
        // bulletin or a year's notice reports is its figures' (published the next year)
        let bulletin = extractor.extract(text: "塔城市2015年国民经济和社会发展统计公报\n塔城市统计局\n2016年4月18日\n\n全年组织农村富余劳动力赴哈萨克斯坦务工86人。\n", id: "m10")
        #expect(bulletin.document.title == "塔城市2015年国民经济和社会发展统计公报")
        #expect(bulletin.facts.map(\.year) == [2015])
        let notice = extractor.extract(text: "光山县2017年度扶贫对象动态调整结果公告\n\n光扶贫〔2018〕3号\n发布日期:2018-01-15  来源:县扶贫办\n\n全县新识别纳入贫困户1002户。\n", id: "m11")
        #expect(notice.document.title == "光山县2017年度扶贫对象动态调整结果公告")
        #expect(notice.facts.map(\.year) == [2017])
        // a report of January whose lede opens a sentence with the year before tells of that year
        let january = extractor.extract(text: "瑞丽市兴边富民工程让抵边村寨旺起来\n发布时间:2019-01-14 09:32　来源:瑞丽市扶贫办\n\n瑞丽市地处中缅边境一线,全市6个乡镇中有5个乡镇抵边,瑞丽江沿岸“一寨两国”“一井两国”的景观随处可见,边民往来频繁。2018年,市委、市政府统筹整合各类资金3.26亿元。\n\n投入资金8900万元,建设边境小康示范村寨8个。\n", id: "m12")
        #expect(january.facts.map(\.year) == [2018, 2018, 2018, 2018, 2018])
        let june = extractor.extract(text: "瑞丽市兴边富民工程让抵边村寨旺起来\n发布时间:2019-06-14 09:32　来源:瑞丽市扶贫办\n\n瑞丽市地处中缅边境一线,全市6个乡镇中有5个乡镇抵边,瑞丽江沿岸“一寨两国”“一井两国”的景观随处可见,边民往来频繁。2018年,市委、市政府统筹整合各类资金3.26亿元。\n\n投入资金8900万元,建设边境小康示范村寨8个。\n", id: "m13")
        #expect(june.facts.map(\.year) == [2019, 2019, 2018, 2019, 2019])
        // a report on rectifying what an inspection of a year found tells of the rectifying, when it is published; a
        // publishing office's name ending in 室 or 队 is no title either
        let rectified = extractor.extract(text: "昭觉县关于2019年脱贫攻坚成效考核反馈问题整改情况的报告\n昭觉县人民政府办公室\n时间:2020-06-08 16:40\n\n截至5月31日,16个问题已全部完成整改。\n", id: "m15")
        #expect(rectified.document.title == "昭觉县关于2019年脱贫攻坚成效考核反馈问题整改情况的报告")
        #expect(rectified.facts.map(\.year) == [2020])
        // a site's publishing body over the page's index line is no title; the title under them is, and the body's place
        // weighs as a title's
        let plan = extractor.extract(text: "紫阳县人民政府\n索引号：016014397/2019-00087　　发布机构：县脱贫攻坚指挥部　　发布日期：2019-03-08\n\n紫阳县2019年脱贫攻坚工作要点\n\n　　2018年，我县全年实现42个贫困村退出。\n　　一、重点任务\n　　新建社区工厂20家。\n", id: "m16")
        #expect(plan.facts.map(\.year) == [2018, 2019])
        let published = extractor.extract(text: "平利县人民政府办公室\n关于全县易地扶贫搬迁旧宅基地腾退复垦工作进展情况的通报\n平政办发〔2017〕58号\n\n各镇人民政府，县政府各工作部门：\n全县已完成复垦1200亩，县国土局会同县财政局验收。\n", id: "m17")
        #expect(published.document.title == "关于全县易地扶贫搬迁旧宅基地腾退复垦工作进展情况的通报")
        #expect(published.facts.first?.regionPath.levels.last == "平利县")
        // (set 320: a headline longer than a heading runs, over a breadcrumb parted by › and its dateline, is the title;
        // its town is the report's place)
        let tender = extractor.extract(text: "光山县槐店乡油茶产业园配套设施建设项目(2021年衔接资金项目)招标公告\n\n信阳市公共资源交易中心 › 交易信息 › 建设工程 › 招标公告\n发布日期:2021-07-06  信息来源:光山县公共资源交易中心\n\n建设规模:新建园区生产便道6.8公里。\n", id: "m24")
        #expect(tender.document.title == "光山县槐店乡油茶产业园配套设施建设项目(2021年衔接资金项目)招标公告")
        #expect(tender.facts.first?.regionPath.levels.last == "槐店乡")
    }

    /// A page's headline telling an event is its title, whatever body's word closes it (a headline ending in 会 or 队, in
    /// 协会 or 联合会, is no publisher's name).
    static let headlines: [(text: String, title: String)] = [
        ("盐津县召开脱贫攻坚推进会\n发布时间:2019-05-10 10:00　来源:盐津县扶贫办\n\n会议指出,今年全县计划减贫1.2万人。\n", "盐津县召开脱贫攻坚推进会"),
        // (review 74)
        ("镇雄县成立脱贫攻坚志愿者协会\n发布时间:2019-05-10 10:00　来源:镇雄县扶贫办\n\n首批吸纳志愿者300人。\n", "镇雄县成立脱贫攻坚志愿者协会"),
        ("大方县召开第三届残疾人联合会\n发布时间:2019-05-10 10:00\n\n全县有残疾人1.2万人。\n", "大方县召开第三届残疾人联合会"),
        // (set 338: a headline its comma reads as prose, over a subtitle's dash, under a site's name and its breadcrumb)
        ("渭源县人民政府门户网站\n首页 > 走进渭源 > 史志天地\n\n【口述史】元古堆的变化，我一样一样都记着\n——渭源县脱贫攻坚口述史之十二\n\n发布时间：2020-08-26 10:15\n\n口述人：张汉文，男，1957年生，田家河乡元古堆村村民\n采访人：王丽娟\n\n我们村里去年分了一千来块。\n",
         "【口述史】元古堆的变化,我一样一样都记着"),
    ]
    /// A date the lede tells before the year the title reports on is history's, no page's date: the year's figures stay results,
    /// not plans of a year to come; a goal's year in the title (到2020年…) leaves the lede's date the page's; a leader's visit the
    /// lede recalls, where a later year is told, is history's whatever the title names (an encyclopedia's entry, undated).
    static let ledeDates: [(text: String, date: String?, kinds: [Kind], years: [Int?])] = [
        ("阜平县发展和改革局2017年以工代赈工作总结\n\n2017年,我局牢记习近平总书记2012年12月29日视察阜平时的嘱托,全年以工代赈工作取得明显成效。\n2017年,我县共争取中央预算内以工代赈资金1250万元。\n",
         nil, [.total], [2017]),
        ("到2020年全县贫困人口全部脱贫\n\n2017年3月5日,县委召开脱贫攻坚推进会。目前,全县尚有贫困人口1.8万人。\n", "2017-03-05", [.total], [2017]),
        ("2020年全县贫困人口将全部脱贫\n\n2017年3月5日,县委召开脱贫攻坚推进会。目前,全县尚有贫困人口1.8万人。\n", "2017-03-05", [.total], [2017]),
        ("十八洞村\n\n十八洞村隶属于花垣县双龙镇。2013年11月3日,习近平总书记在这里首次提出精准扶贫。\n2019年全村人均纯收入达到14668元。\n",
         nil, [.rate], [2019]),
        // (set 373: a letter signed at its foot later than the visit its lede recalls: the page's date the foot's)
        ("致全县父老乡亲的公开信\n\n2018年2月11日,习近平总书记来到我县三河村。\n今年,全县计划退出贫困村94个。\n\n中共昭觉县委\n2019年7月1日\n",
         "2019-07-01", [.target], [2019]),
        // (review 85: a plan's date in the last paragraph is no foot's: the visit on the day of the news dates it)
        ("习近平在重庆考察脱贫攻坚\n\n2019年4月15日,习近平总书记来到石柱土家族自治县中益乡华溪村考察脱贫攻坚工作。\n华溪村现有贫困户23户,今年计划全部脱贫。\n据了解,当地将于2019年6月30日前完成全部危房改造任务,目前已完成改造180户。\n",
         "2019-04-15", [.total, .total], [2019, 2019]),
    ]
    @Test(arguments: Self.ledeDates.indices) func ledeDatesOfHistory(_ i: Int) {
        let r = extractor.extract(text: Self.ledeDates[i].text, id: "l\(i)")
        #expect(r.document.date == Self.ledeDates[i].date)
        #expect(r.facts.map(\.kind) == Self.ledeDates[i].kinds)
        #expect(r.facts.map(\.year) == Self.ledeDates[i].years)
    }
    @Test(arguments: Self.headlines.indices) func headlinesAreTitles(_ i: Int) {
        #expect(extractor.extract(text: Self.headlines[i].text, id: "h\(i)").document.title == Self.headlines[i].title)
    }
    /// An official document's addressees (`延安市扶贫开发办公室、市财政局：`) are whom it is sent to: no title, and their place
    /// none of the report's; the issuing body's header (`延川县扶贫开发办公室文件`) and the title under it decide.
    @Test func addresseesAreNoTitleNorPlace() {
        let text = "延川县扶贫开发办公室文件\n\n延扶发〔2017〕9号\n\n关于2016年度中央专项彩票公益金项目竣工验收情况的报告\n\n延安市扶贫开发办公室、市财政局：\n\n　　2016年，我县争取到中央专项彩票公益金项目资金2000万元，在4个镇的18个贫困村实施村组道路建设。\n"
        let r = extractor.extract(text: text, id: "a")
        #expect(r.document.title == "关于2016年度中央专项彩票公益金项目竣工验收情况的报告")
        #expect(r.document.regionPath.levels == ["陕西省", "延安市", "延川县"])
        #expect(r.facts.first?.regionPath.levels == ["陕西省", "延安市", "延川县"])
    }

    /// The one who speaks an oral history (口述人：…田家河乡元古堆村村民) gives the story its village, as an address does.
    @Test func oralHistorySpeakerGivesVillage() {
        let r = extractor.extract(text: Self.headlines[3].text, id: "o")
        #expect(r.document.regionPath.levels == ["甘肃省", "定西市", "渭源县", "田家河乡", "元古堆村"])
        #expect(r.facts.map(\.value) == [1000])
    }

    /// The years a page's lede gives its figures: a year's summary with its rectifying keeps its year; a January work report
    /// or review whose lede, past a subtitle's date and a salutation, opens with the year before (in digits or 去年) tells
    /// of that year; one telling the present first (春节前夕…) speaks of its own.
    static let ledes: [(text: String, years: [Int?])] = [
        ("会宁县扶贫工作\n发布时间:2019-01-28 09:32　来源:会宁县扶贫办\n\n春节前夕,县领导走访慰问困难群众3200户。2018年,全县减少贫困人口2.3万人。\n", [2019, 2018]),
        ("某县2019年脱贫攻坚工作总结及问题整改情况\n发布时间:2020-01-15 10:00　来源:某县扶贫办\n\n全县全年减贫8600人。\n", [2019]),
        ("十堰市郧阳区人民检察院工作报告(摘要)\n——2020年1月8日在十堰市郧阳区第二届人民代表大会第五次会议上\n\n各位代表:\n\n　　2019年,在区委和上级检察院的坚强领导下,区检察院紧紧围绕中心工作,全年受理扶贫领域职务犯罪案件7件。\n", [2019]),
        ("信阳日报  2018年1月12日  A1版\n\n精准发力啃“硬骨头” 老区群众奔小康\n——我市2017年脱贫攻坚工作综述\n\n去年,我市坚持以脱贫攻坚统揽经济社会发展全局。据市扶贫办统计,去年全市实现13.6万农村贫困人口稳定脱贫。\n\n产业扶贫多点开花。全市茶园面积达到210万亩。\n", [2017, 2017]),
    ]
    @Test(arguments: Self.ledes.indices) func ledesDateTheirFigures(_ i: Int) {
        #expect(extractor.extract(text: Self.ledes[i].text, id: "l\(i)").facts.map(\.year) == Self.ledes[i].years)
    }

    /// Inputs the fuzzer found: a clause shorter than a place's name and the word for all of it
    /// once reversed a range in `TopicResolver.placeOpens` (a trap, not a result).
    @Test func fuzzFoundInputsExtract() {
        let found = [UInt8](Data(base64Encoded: "PGh0bWw+OzgsMTTmiLc8L3Q+PHNjcnNjcml0Pi84cHhsPjs4LDE0aHRtbD47GCwxNOaItzwvdD48c2NyeDgvbD47OCwhNOaItzwvdHg4L2w+OzgsITTmiLd0PuaItzwvdD48c352c2NyaXB0Png4L3NjcmlwdD48L2JvZA==")!)
        let read = try? extractor.extract(bytes: found, id: "f1")
        #expect(read?.facts.map(\.value) == [14, 14, 4, 4])
        #expect(read?.facts.allSatisfy { $0.measure == .households } == true)
        #expect(extractor.extract(text: "8,14户", id: "f2").facts.map(\.value) == [14])
    }

    /// A photo's caption, its credit closing the line, is no lede, but its figures are facts.
    @Test func captionsStateFigures() {
        let text = "某县易地扶贫搬迁工作\n\n全县今年完成搬迁5000人。\n图为大屯镇安置点,该安置点共安置搬迁群众1200人。(记者 方桐 摄)\n图为2019年5月10日的安置点。(记者 方桐 摄)\n"
        #expect(extractor.extract(text: text, id: "c1").facts.map(\.value) == [5000, 1200])
    }

    @Test func datelineAndSourceLine() {
        let d = extractor.extract(text: "本报讯(记者 李明)近日,全县800人脱贫。\n来源:定西日报\n", id: "m").document
        #expect(d.source == "定西日报")
        #expect(d.date == nil)
    }

    /// One claim, one fact: a restatement in the same report is linked to it, a different
    /// figure or the same figure as a plan is not.
    @Test func restatementsAreLinkedToTheirReport() {
        let text = "某县流转土地8000多亩\n\n2019年,全县流转土地8000多亩,其中花木基地2000亩。\n全县计划再流转土地8000亩。\n"
        let facts = extractor.extract(text: text, id: "r").facts.filter { $0.measure == .mu }
        #expect(facts.map(\.value) == [8000, 2000, 8000])
        #expect(facts.map(\.repeatOf) == [nil, nil, nil])   // the title's 8000多亩 is the body's claim, told there; the plan is another claim
        // a figure the title alone states is a fact; one the body states again, exactly or
        // rounded, is the body's
        let headline = "回顾三学年 教育资助惠及78753人次\n\n三个学年来,学前教育阶段惠及幼儿4987人次。\n"
        #expect(extractor.extract(text: headline, id: "t1").facts.map(\.value) == [78753, 4987])
        let rounded1 = "广西超69万易地搬迁人口实现脱贫\n\n全区搬迁的建档立卡贫困人口已有69.12万人实现脱贫。\n"
        #expect(extractor.extract(text: rounded1, id: "t2").facts.map(\.value) == [691200])
        // (a round figure with no hedge restates the body's it rounds to, of the same area; not one
        // of another area, 1.2万人脱贫 over 12036 poor counted)
        let plain = "个旧市三年投入扶贫资金120亿元 1.2万人脱贫\n\n个旧市累计投入扶贫资金119.6亿元。三年来,全市累计实现12036人脱贫。\n"
        #expect(extractor.extract(text: plain, id: "t4").facts.map(\.value) == [11_960_000_000, 12036])
        let otherArea = "个旧市1.2万人脱贫\n\n全市有建档立卡贫困人口12036人。\n"
        #expect(extractor.extract(text: otherArea, id: "t5").facts.map(\.value) == [12000, 12036])
        let hedgedOther = "个旧市超1万人脱贫\n\n全市有建档立卡贫困人口10800人。\n"
        #expect(extractor.extract(text: hedgedOther, id: "t6").facts.map(\.value) == [10000, 10800])
        // (a headline longer than a heading, first on the page right above its dateline, is the title)
        let long = "2021年中国脱贫人口人均纯收入达12550元 同比增16.9%\n来源:中国新闻网 发布时间:2022-02-23 15:51:17\n2021年脱贫人口人均纯收入达到12550元,比上年增加1810元、增长16.9%。\n"
        let longRead = extractor.extract(text: long, id: "t3")
        #expect(longRead.document.title == "2021年中国脱贫人口人均纯收入达12550元 同比增16.9%")
        #expect(longRead.facts.map(\.value) == [12550, 1810, 16.9])
        // (unpunctuated and 40 to 48 characters long, the page's first line is its title, not spam)
        let unpunctuated = "红河州脱贫人口人均纯收入同比增长16.9%全州新增就业岗位3.2万个外出务工人数\n2020-06-10 10:00:00\n全州脱贫人口人均纯收入达到12550元。\n"
        let unpunctuatedRead = extractor.extract(text: unpunctuated, id: "t7")
        #expect(unpunctuatedRead.document.title == "红河州脱贫人口人均纯收入同比增长16.9%全州新增就业岗位3.2万个外出务工人数")
        #expect(unpunctuatedRead.facts.map(\.value) == [16.9, 32000, 12550])
        let again = "2019年,全县流转土地8000多亩。\n全县共流转土地8000多亩,带动贫困户增收。\n"
        let twice = extractor.extract(text: again, id: "r2").facts
        #expect(twice.count == 2)
        #expect(twice.map(\.repeatOf) == [nil, "r2@12"])
        #expect(twice[1].repeatOf == "r2@\(twice[0].start)")   // the fact it restates, by its document and start
        // (two shares of the whole, of two things: 追回率100% and 开户率100% are two claims)
        let shares100 = "全县为3026名农民工追回工资1123.5万元,追回率100%。\n全县农民工工资专户开户率100%。\n"
        #expect(extractor.extract(text: shares100, id: "r18").facts.filter { $0.measure == .percent }.map(\.repeatOf) == [nil, nil])
        // equal numbers that state different things are two facts: a rate for two groups, one
        // sentence, small counts of different things; a small count of the same thing is one
        let different = "本科生每人资助2000元。\n专科生每人资助2000元。\n全县8个乡镇8个搬迁点完成搬迁。\n全省有22个省级贫困县。\n全国有扶贫任务的22个省份。\n"
        #expect(extractor.extract(text: different, id: "r3").facts.map(\.repeatOf) == [nil, nil, nil, nil, nil, nil])
        let same = "全省有28个贫困县。\n28个贫困县主要分布在东部。\n"
        #expect(extractor.extract(text: same, id: "r4").facts.map(\.repeatOf) == [nil, "r4@3"])
        // (a subject left empty: the noun after the figure tells the thing, 县 and 县, not 县 and 省)
        let listed = "全省对口帮扶的45个县中已有20个县摘帽。\n\n对口帮扶甘肃省(30个)、青海省(15个)等2个省45个县。\n全国有扶贫任务的45个省。\n"
        #expect(extractor.extract(text: listed, id: "r10").facts.filter { $0.value == 45 }.map(\.repeatOf) == [nil, "r10@7", nil])
        // (a restatement is found past any number of facts of the value of another measure: 70 rows of 100% between)
        let rows = (1...70).map { "第\($0)组  100%" }.joined(separator: "\n")
        let chained = "2019年,全县脱贫100户。\n各组达标率如下。\n组别  达标率\n" + rows + "\n\n总之,全县脱贫100户。\n"
        #expect(extractor.extract(text: chained, id: "r15").facts.filter { $0.measure == .households }.map(\.repeatOf) == [nil, "r15@10"])
        let next = "扶持236户贫困户养殖黑猪。动员236户贫困户改造茶园。\n"
        #expect(extractor.extract(text: next, id: "r5").facts.map(\.repeatOf) == [nil, nil])
        // (but a figure with decimals said again in the next sentence is one claim)
        let decimal = "中央财政下达专项扶贫资金909.78亿元。在此次下达的909.78亿元中,安排资金120亿元。\n"
        #expect(extractor.extract(text: decimal, id: "r11").facts.map(\.repeatOf) == [nil, "r11@12", nil])
        let large = "全国脱贫攻坚成就\n\n我国6年减贫8000多万人。6年时间减少8000多万人,平均每年减贫1300多万人。\n"
        #expect(extractor.extract(text: large, id: "r12").facts.map(\.repeatOf) == [nil, "r12@16", nil])
        // (a rate said again of the same thing in another sentence is one claim; of another thing, two)
        let rates = "2021年,脱贫人口人均纯收入达到12550元。\n他表示,2021年脱贫人口人均纯收入达到12550元。\n2021年,监测对象人均纯收入达到12550元。\n"
        #expect(extractor.extract(text: rates, id: "r14").facts.map(\.repeatOf) == [nil, "r14@17", nil])
        let shares = "全县农民人均可支配收入9500元,增长11.5%。贫困户人均纯收入7200元,增长11.5%。\n"
        #expect(extractor.extract(text: shares, id: "r13").facts.map(\.repeatOf) == [nil, nil, nil, nil])
        // a year the text states once, the other statement taking the report's own
        let once = "2019年1月20日\n\n全区人群患病率由2016年的1.66%降至0.26%。\n\n西藏是包虫病分布最广的区域,患病率达1.66%。\n"
        #expect(extractor.extract(text: once, id: "r6").facts.filter { $0.value == 1.66 }.map(\.repeatOf) == [nil, "r6@26"])
        // the same claim at another precision: the rounded statement restates the exact one,
        // whichever comes first; a rounded figure of another thing, or far from it, does not
        let rounded = "全省选聘草原生态管护员42778名。\n\n全省4万多名草原生态管护员年均增收2万余元。\n"
        #expect(extractor.extract(text: rounded, id: "r7").facts.filter { $0.measure == .persons }.map(\.repeatOf) == [nil, "r7@11"])
        let first = "全县投入扶贫资金超5亿元。\n\n2019年,全县共投入扶贫资金5.6176亿元。\n"
        #expect(extractor.extract(text: first, id: "r8").facts.map(\.repeatOf) == ["r8@30", nil])
        let others = "全省选聘草原生态管护员42778名。\n\n全省6万多名贫困群众参加技能培训。\n全县投入扶贫资金5.6176亿元。\n\n全县投入扶贫资金近7亿元。\n"
            + "全县1147家花木企业参与帮扶。\n\n统筹全县近千家花木企业资源。\n共带动1522户贫困户增收。\n\n累计带动1500余户贫困户增收。\n"
        #expect(extractor.extract(text: others, id: "r9").facts.map(\.repeatOf) == [nil, nil, nil, nil, nil, nil, nil, nil])
        // a figure paired with another that differs (332户1376人, 355户1376人) is another claim;
        // paired with the same one it is the same
        let paired = "全镇计划易地扶贫搬迁332户1376人。\n\n安置点预计安置355户1376人。\n\n全镇搬迁的332户1376人已全部入住。\n"
        #expect(extractor.extract(text: paired, id: "r14").facts.map(\.repeatOf) == [nil, nil, nil, nil, nil, nil])
        let pairedSame = "2019年,全镇搬迁332户1376人。\n\n2019年,全镇共搬迁332户1376人,全部入住。\n"
        #expect(extractor.extract(text: pairedSame, id: "r15").facts.map(\.repeatOf) == [nil, nil, "r15@10", "r15@14"])
        // an amount written again in another form right after it is one claim; two equal counts listed are two
        let writtenTwice = "经研究,给予补助拾万元(¥:100000.00元)予以解决。\n"
        #expect(extractor.extract(text: writtenTwice, id: "r16").facts.map(\.repeatOf) == [nil, "r16@8"])
        // (review 83: a link names a fact in the output, the claim's own: not the title's statement left out, nor a restatement)
        let titled = extractor.extract(text: "全县脱贫12036人\n\n2019年,全县脱贫12036人。\n这一年,全县共脱贫12036人。\n", id: "r19").facts
        #expect(titled.map(\.repeatOf) == [nil, "r19@\(titled[0].start)"])
        // (review 84: a title's statement left out leaves the body's statements linked to it, not a fact of the same value alone)
        let sameValue = extractor.extract(text: "全县义务教育巩固率达100%\n\n2019年,全县危房改造率达到100%。\n全县义务教育巩固率达100%,贫困家庭子女无一辍学。\n", id: "r21").facts
        #expect(sameValue.map(\.repeatOf) == [nil, nil])
        let roundedChain = extractor.extract(text: "投入资金\n\n全县投入扶贫资金超5亿元。\n全县投入扶贫资金5亿多元。\n2019年,全县共投入扶贫资金5.6176亿元。\n", id: "r20").facts
        #expect(roundedChain.map(\.repeatOf) == ["r20@\(roundedChain[2].start)", "r20@\(roundedChain[2].start)", nil])
        let listedTwice = "全乡有卫生院一所、中心小学一所,新建村卫生室2个、2个文化广场。\n"
        #expect(extractor.extract(text: listedTwice, id: "r17").facts.map(\.repeatOf) == [nil, nil, nil, nil])
    }

    /// Refusals are named: `--explain` lists each refused number with its trap.
    @Test func refusalsNameTheirTrap() {
        var x = Extractor()
        x.explainRefusals = true
        let r = x.extract(text: "全县制定3项措施,抽调22名干部,本文阅读1234次。\n", id: "t")
        #expect(r.facts.map(\.value) == [22])
        #expect(r.refusals.map(\.trap) == ["trap.name.parts", "trap.meta"])
        #expect(r.refusals.map(\.surface) == ["3项", "1234次"])
    }

    @Test func repeatedParagraphGivesItsFactsOnce() {
        let p = "2019年,全县建成扶贫车间35个,带动1200名贫困群众就业。"
        let facts = extractor.extract(text: "\(p)\n\(p)\n", id: "d").facts
        #expect(facts.count == 2)
    }

    @Test func factsWithoutTextsKeepTheirSpans() {
        let text = "标题\n2019年,全县建成扶贫车间35个,带动1200名贫困群众就业。"
        let full = extractor.extract(text: text, id: "d").facts
        let bare = Extractor(factTexts: false).extract(text: text, id: "d").facts
        #expect(full.count == 2 && bare.count == 2)
        let scalars = Array(text.unicodeScalars)
        for (f, b) in zip(full, bare) {
            #expect(b.sentence.isEmpty && b.text.isEmpty)
            var g = b
            (g.sentence, g.text) = (f.sentence, f.text)
            #expect(g == f)   // spans included
            let sentence = String(String.UnicodeScalarView(scalars[b.sentenceSpan!]))
            let clause = String(String.UnicodeScalarView(scalars[b.textSpan!]))
            #expect(sentence == f.sentence && clause == f.text)
        }
    }

    @Test func factsWithoutTextsAreWrittenFromTheIndexedText() {
        // `fupin extract` writes bare facts, their sentence and clause copied from the text:
        // the lines must be those of facts made with their texts (traditional text and a
        // pinyin gloss make normalised and stored offsets differ)
        let text = "縣扶貧辦\n2019年,全縣(xiàn)建成扶貧車間35個,帶動1200名貧困群眾就業。\r\n“脫貧”戶306户。"
        let full = extractor.extract(text: text, id: "d")
        let bare = Extractor(factTexts: false).extract(text: text, id: "d")
        #expect(bare.indexedText.byteOffsets == IndexedText(text).byteOffsets)
        #expect(full.facts.count == 3 && bare.facts.count == 3)
        for (f, b) in zip(full.facts, bare.facts) {
            var j = JSONText(), k = JSONText()
            j.fact(f)
            k.fact(b, texts: bare.indexedText)
            #expect(String(decoding: k.bytes, as: UTF8.self) == String(decoding: j.bytes, as: UTF8.self))
        }
    }

    @Test func continuationBytesCountedEightAtATime() {
        let text = Array("a漢(hàn)臺區𠀀\r\n（qū）ok全角１２".utf8)
        for start in 0..<text.count {
            for end in start...text.count {
                let slice = Array(text[start..<end])
                let naive = slice.filter { $0 & 0xC0 == 0x80 }.count
                #expect(slice.withUnsafeBufferPointer { NormalizedText.continuationBytes($0) } == naive)
            }
        }
    }

    @Test func fingerprintSetKeepsEachOnceAndGrows() {
        var set = FingerprintSet(capacity: 2)
        let keys = (1...100).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let zero = (set.insert(0), set.insert(0))   // 0 is the empty-slot mark: kept aside
        #expect(zero == (true, false))
        let first = keys.map { set.insert($0) }   // past the first capacity
        let again = keys.map { set.insert($0) }
        let one = set.insert(1)
        #expect(first.allSatisfy { $0 } && !again.contains(true) && one)
    }

    @Test func offsetsPointIntoTheStoredTextThroughPinyinAndTraditional() {
        let text = "漢臺區(qū)今年累計為貧困群眾捐贈現(xiàn)金220萬元,幫扶1045戶(hù)。"
        let x = extractor.extract(text: text, id: "t")
        let scalars = Array(text.unicodeScalars)
        #expect(x.facts.count == 2)
        for f in x.facts {
            #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == f.surface)
        }
        #expect(x.facts.first?.value == 2_200_000)
        #expect(x.document.traditional)
    }

    @Test func htmlIsReadAsText() throws {
        let html = "<html><head><script>var n = 999;</script></head><body><h1>会宁县脱贫</h1><p>今年以来,全县&nbsp;814户贫困户全部脱贫。</p><ul><li>搬迁:120户</li></ul></body></html>"
        let x = try extractor.extract(bytes: Array(html.utf8), id: "h")
        #expect(x.document.encoding == "utf-8+html")
        #expect(x.facts.map(\.value) == [814, 120])
    }

    @Test func htmlIsRecognisedByItsFirstTags() {
        #expect(HTMLText.looksLikeHTML("<!DOCTYPE HTML><HTML><body>全县脱贫</body></HTML>"))
        #expect(HTMLText.looksLikeHTML("  \n<DIV class=a>全县脱贫</DIV>"))
        #expect(!HTMLText.looksLikeHTML("人均收入<5000元的农户共120户。"))
        #expect(!HTMLText.looksLikeHTML("全县脱贫"))
        // only the first 2 KB are looked at: a report quoting markup further down stays text
        #expect(!HTMLText.looksLikeHTML(String(repeating: "全县脱贫。", count: 200) + "<html>"))
        // a marker that ends at byte 2048 counts, one that runs past it does not; a `<` before it is skipped
        #expect(HTMLText.looksLikeHTML("a<b" + String(repeating: "x", count: 2042) + "<P>"))
        #expect(!HTMLText.looksLikeHTML("a<b" + String(repeating: "x", count: 2043) + "<P>"))
        #expect(throws: InputProblem.binary("NUL byte at offset 4")) { try TextDecoder.decode(Array("全x".utf8) + [0, 0x41]) }
    }

    /// The hand-written UTF-8 check (and the normaliser's, which decodes as it checks) agree
    /// with Swift's on every sequence of four bytes built from the bytes where the rules change,
    /// and of three between Han and a parenthesis (where a pinyin gloss is looked for).
    @Test func utf8CheckAgreesWithSwift() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                              0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var disagreements = 0
        func check(_ bytes: [UInt8]) {
            let swift = String(validating: bytes, as: UTF8.self)
            let ours = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
            let norm = bytes.withUnsafeBufferPointer { NormalizedText(utf8: $0, converter: .shared) }
            if ours != (swift != nil) || (norm != nil) != (swift != nil) || (norm != nil && norm?.text != swift) { disagreements += 1 }
        }
        for a in edges {
            for b in edges {
                for c in edges {
                    check(Array("贫(".utf8) + [a, b, c] + Array("困".utf8))
                    for d in edges { check([a, b, c, d]) }
                }
            }
        }
        #expect(disagreements == 0)
    }

    /// The outline's lines from the line feeds the normaliser noted are the lines a scan of the
    /// scalars finds (CR LF, a pinyin gloss dropped, full-width forms, a text ending in a break).
    @Test func outlineLinesFromNotedLineFeeds() {
        for text in ["标题:全县脱贫\r\n2018年,漢臺區(qū)安排资金220萬元。\r\n\r\n全县８１２户。\n", "一行", "", "\n\n甲\n乙",
                     "首页 新闻 评论\n来源:人民网\n2019年全县306户(hù)脱贫。\n责任编辑:张三"] {
            let norm = NormalizedText(text)
            let (noted, scanned) = (Outline(norm), Outline(norm.scalars))
            #expect(noted.lines.map(\.range) == scanned.lines.map(\.range))
            #expect(noted.lines.map(\.role) == scanned.lines.map(\.role))
            #expect(noted.sentences.map(\.range) == scanned.sentences.map(\.range))
        }
    }

    /// A line of figures packed closer than a unit's reach with no mark (`剩余10户剩余11户…`) is read in pieces all the same,
    /// each cut where a number's digits begin: every figure kept whole, once, and no piece longer than the longest sentence.
    @Test func packedFiguresAreReadInPieces() {
        let figures = (10..<1210).map { "剩余\($0)户" }
        let r = extractor.extract(text: "剩余任务\n\n" + figures.joined() + "。\n", id: "p")
        #expect(r.facts.map(\.value) == (10..<1210).map(Double.init))
        let outline = Outline(NormalizedText(figures.joined() + "。"))
        #expect(outline.sentences.count > 1)
        #expect(outline.sentences.allSatisfy { $0.range.count <= Outline.longestSentence })
    }

    @Test func utf16AndBOM() throws {
        let text = "全县812户贫困户全部脱贫。"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try extractor.extract(bytes: utf16, id: "u").facts.first?.value == 812)
        #expect(try extractor.extract(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), id: "b").facts.first?.value == 812)
    }

    @Test func binaryAndEmptyAreRefused() {
        #expect(throws: InputProblem.empty) { try extractor.extract(bytes: [], id: "e") }
        #expect(throws: InputProblem.binary("PNG image")) { try extractor.extract(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0], id: "p") }
        #expect(throws: InputProblem.binary("NUL byte at offset 3")) { try extractor.extract(bytes: [0x41, 0x42, 0x43, 0, 0x44], id: "n") }
    }

    @Test func everyFactNamesItsRule() {
        let facts = extractor.extract(text: "户均增收3000元,其中就业增收1200元。", id: "r").facts
        #expect(facts.allSatisfy { $0.rule.hasPrefix("unit.") })
        #expect(facts.first?.rule.contains("kind.rate.户均") == true)
    }

    @Test func extractionIsDeterministic() {
        let text = "截至目前,全市农村低保对象4456户6536人,其中兜底保障1406户2353人。"
        #expect(extractor.extract(text: text, id: "x").facts == extractor.extract(text: text, id: "x").facts)
    }
}
