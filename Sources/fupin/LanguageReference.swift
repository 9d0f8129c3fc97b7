import FupinCore
import FupinQuery

/// The query language, as `fupin help query` and `.help query` print it.
enum LanguageReference {
    static var text: String { language + "\n\n" + topics + "\n\n" + examples }

    static let language = """
    QUERY LANGUAGE

      <agg> <measure> [where <cond>] [group by <field>[, <field>]]
                      [order by value|<field> [asc|desc]] [limit N]

      agg       sum | count | avg | median | min | max | latest | list   (list shows each fact with its
                sentence; median the middle figure, or the mean of the two middle ones; latest the
                figure about the latest year, then from the latest report, with its document)
      measure   persons | person_times | households | villages | yuan | percent | km | tons | items | mu
                | facts (every measure; count and list only)
      cond      <field> <op> <value>  |  <field> [not] in (<value>, …)
                combined with and, or, not and parentheses
      op        =  !=  <  <=  >  >=  ~ (contains)        full-width ＝ （ ） “ ” accepted
      field     region year doc kind subject topic approx value unit source date measure title
      value     "个旧"  2019  total  true  就业  jobs   strings may be traditional (漢臺 = 汉台)

      region=   matches any level of a fact's place, by full or short name:
                region="个旧" = 个旧市; region="红河" or "云南" includes 个旧's facts.
      kind      total | part | rate | target | change
                sum, avg and median leave out rate and target facts unless the query names kind,
                and count a claim repeated by several documents once; the answer says so.
                A sum, average or median over several topics says how it splits: add topic=
                to sum like with like. latest leaves out rate and target facts too.
      topic     the policy area, by Chinese name or English alias (topic=就业 = topic=jobs);
                topic in (搬迁, 住房), topic != 其他, group by topic (the list below).
      year=null facts with no year.
    """

    /// The topics, four to a line: `就业 jobs`.
    static var topics: String {
        let cells = Topic.allCases.map { t in
            let cell = "\(t.rawValue) \(t.english)"
            return cell + String(repeating: " ", count: max(1, 24 - TextWidth.columns(cell)))
        }
        var lines = ["TOPICS"]
        for start in stride(from: 0, to: cells.count, by: 4) {
            var line = "  " + cells[start..<min(start + 4, cells.count)].joined()
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static let examples = """
    EXAMPLES
      sum persons where region="个旧"
      sum yuan where region="平潭" and year=2019
      count facts where kind=target group by region
      sum households where year in (2019, 2020) group by region, year order by value desc
      list persons where subject~"脱贫" limit 20
      sum persons where topic=jobs group by region
      count facts group by topic
      latest persons where region="个旧" and topic=贫困人口 group by region
    """
}
