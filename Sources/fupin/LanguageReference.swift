/// The query language, as `fupin help query` and `.help query` print it.
enum LanguageReference {
    static let text = """
    QUERY LANGUAGE

      <agg> <measure> [where <cond>] [group by <field>[, <field>]]
                      [order by value|<field> [asc|desc]] [limit N]

      agg       sum | count | avg | min | max | list   (list shows each fact with its sentence)
      measure   persons | person_times | households | villages | yuan | percent | km | tons | items
                | facts (every measure; count and list only)
      cond      <field> <op> <value>  |  <field> [not] in (<value>, …)
                combined with and, or, not and parentheses
      op        =  !=  <  <=  >  >=  ~ (contains)        full-width ＝ （ ） “ ” accepted
      field     region year doc kind subject approx value unit source date measure title
      value     "个旧"  2019  total  true               strings may be traditional (漢臺 = 汉台)

      region=   matches any level of a fact's place, by full or short name:
                region="个旧" = 个旧市; region="红河" or "云南" includes 个旧's facts.
      kind      total | part | rate | target | change
                sum and avg leave out rate and target facts unless the query names kind,
                and count a claim repeated by several documents once; the answer says so.
      year=null facts with no year.

    EXAMPLES
      sum persons where region="个旧"
      sum yuan where region="平潭" and year=2019
      count facts where kind=target group by region
      sum households where year in (2019, 2020) group by region, year order by value desc
      list persons where subject~"脱贫" limit 20
    """
}
