import Foundation
import FupinCore
import Testing
@testable import FupinExtraction

/// One line of `Corpus/topics.txt`: a sentence with one figure and the topic it must get.
struct TopicCase: CustomStringConvertible, Sendable {
    let line: Int
    let topic: String
    let sentence: String
    var description: String { "topics.txt:\(line) \(topic) ← \(sentence)" }

    static func load() -> [TopicCase] {
        Corpus.blocks("topics").map { TopicCase(line: $0.line, topic: $0.expectation, sentence: $0.sentence) }
    }

    /// The figure (the first run of ASCII digits, with a decimal point), its measure read
    /// from the unit after it, and its kind (`part` after 其中).
    func figure(_ s: [UInt32]) -> (start: Int, end: Int, measure: Measure, kind: Kind)? {
        guard let start = s.firstIndex(where: NumberReader.isDigit) else { return nil }
        var end = start
        while end < s.count, NumberReader.isDigit(s[end]) || s[end] == 0x2E { end += 1 }
        var rest = String(String.UnicodeScalarView(s[end...].compactMap(Unicode.Scalar.init)))
        if let f = rest.first, "万亿千百".contains(f) { rest.removeFirst() }
        if let f = rest.first, "余多".contains(f) { rest.removeFirst() }
        let units: [(String, Measure)] = [("人次", .personTimes), ("人", .persons), ("名", .persons), ("户", .households),
            ("个村", .villages), ("个贫困村", .villages), ("个行政村", .villages), ("元", .yuan), ("%", .percent), ("亩", .mu),
            ("公里", .km), ("吨", .tons)]
        let measure = units.first { rest.hasPrefix($0.0) }?.1 ?? .items
        let before = String(String.UnicodeScalarView(s[..<start].compactMap(Unicode.Scalar.init)))
        return (start, end, measure, before.contains("其中") ? .part : .total)
    }
}

@Suite("Topic resolver")
struct TopicResolverTests {
    @Test("the topic corpus covers every topic")
    func corpusLoads() {
        let cases = TopicCase.load()
        #expect(cases.count > 100)
        #expect(Set(cases.map(\.topic)) == Set(Topic.allCases.map(\.rawValue)))
    }

    @Test(arguments: TopicCase.load())
    func example(_ c: TopicCase) throws {
        let s = NormalizedText(c.sentence).scalars
        let f = try #require(c.figure(s), "\(c): no figure")
        let sentence = 0..<s.count
        let clause = Outline.clause(s, around: f.start, in: sentence)
        let (topic, rule) = TopicResolver.topic(s, numberStart: f.start, numberEnd: f.end, clause: clause, sentence: sentence,
                                                heading: nil, measure: f.measure, kind: f.kind)
        #expect(topic.rawValue == c.topic, "\(c): got \(topic.rawValue) by \(rule) (\(f.measure.rawValue))")
        #expect(rule.hasPrefix("topic.\(topic.rawValue)") || rule.hasPrefix("topic.脱贫"), "\(c): rule \(rule)")
    }

    @Test("a heading decides when clause and sentence say nothing")
    func heading() {
        let s = NormalizedText("三、强化健康扶贫\n全年累计达到3500人次。").scalars
        let line = 9..<s.count
        let start = s.firstIndex(where: NumberReader.isDigit)!
        var end = start
        while NumberReader.isDigit(s[end]) { end += 1 }
        let (topic, _) = TopicResolver.topic(s, numberStart: start, numberEnd: end, clause: Outline.clause(s, around: start, in: line),
                                             sentence: line, heading: 0..<8, measure: .personTimes, kind: .total)
        #expect(topic == .health)
    }

    @Test("a heading's area outweighs a general word of the sentence, not a word of the clause")
    func headingOverGeneral() {
        func topic(_ text: String, heading: String) -> Topic {
            let s = NormalizedText(heading + "\n" + text).scalars
            let line = (heading.count + 1)..<s.count
            let start = s[line].firstIndex(where: NumberReader.isDigit)!
            var end = start
            while NumberReader.isDigit(s[end]) { end += 1 }
            return TopicResolver.topic(s, numberStart: start, numberEnd: end, clause: Outline.clause(s, around: start, in: line),
                                       sentence: line, heading: 0..<heading.count, measure: .items, kind: .total).0
        }
        // 计划建设项目163个: no area in the sentence but money → the report's area
        #expect(topic("此外,全市计划建设项目163个,总投资5779万元。", heading: "崇左市农村饮水安全工作综述") == .water)
        // the clause's own area stays
        #expect(topic("全市新建扶贫车间163个。", heading: "崇左市农村饮水安全工作综述") == .jobs)
    }

    @Test("every cue row names its topic in its rule")
    func ruleNames() {
        for (topic, _, role, words) in TopicCues.groups where role != .mask {
            for w in words {
                let s = Array(w.unicodeScalars.map(\.value))
                let m = TopicCues.trie.longest(in: s, at: 0)
                #expect(m?.length == s.count, "\(w)")
                if let cue = m?.value, cue.role == role { #expect(cue.rule == "topic.\(topic.rawValue).\(w)") }
            }
        }
    }

    @Test("every marked word is a row of its topic and carries its mark")
    func marks() {
        for (mark, topic, words) in TopicCues.marked {
            for w in words {
                let s = Array(w.unicodeScalars.map(\.value))
                let m = TopicCues.trie.longest(in: s, at: 0)
                #expect(m?.length == s.count && m?.value.topic == topic, "\(w)")
                #expect(m?.value.marks.contains(mark) == true, "\(w)")
            }
        }
        // a row nobody marked carries none
        let s = Array("脱贫".unicodeScalars.map(\.value))
        #expect(TopicCues.trie.longest(in: s, at: 0)?.value.marks == [])
    }
}
