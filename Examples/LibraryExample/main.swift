// Using fupin's libraries from Swift: extract facts from a sentence, then query them.
// Run: swift run library-example
import FupinCore
import FupinExtraction
import FupinQuery

let report = """
会宁县:决战脱贫攻坚
发布时间:2020-06-01 10:00

截至目前,全县农村低保对象4456户6536人,其中兜底保障1406户2353人。
2019年,县财政安排专项扶贫资金1.2亿元,户均增收3000元。
"""

let extraction = Extractor().extract(text: report, id: "huining")
for fact in extraction.facts {
    print("\(fact.measure.rawValue)\t\(Answer.format(fact.value))\t\(fact.kind.rawValue)\t\(fact.year.map(String.init) ?? "-")\t\(fact.regionPath.levels.joined(separator: "/"))\t«\(fact.surface)»")
}

let table = FactTable(facts: extraction.facts, documents: [:])
let evaluator = Evaluator(table: table)
for text in ["sum households where region=\"会宁\"", "sum yuan where year=2019"] {
    do {
        let answer = evaluator.run(try Parser.parse(text))
        print(text)
        print(AnswerFormatter(format: .table, evaluator: evaluator).render(answer))
    } catch {
        print(error.render(text))
    }
}
