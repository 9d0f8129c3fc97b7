/// The poverty-alleviation campaign the reports are about.
public enum Campaign {
    /// The years a four-digit number may name (`2020年`, `2019—2020`): wider than the reports'
    /// 2015–2021, for the baselines and plans they cite and the histories that compare with the
    /// founding of a prefecture (`从1956年的1.26亿元增长到…`). Outside it, `2100户` is households.
    public static let years: ClosedRange<Int> = 1949...2035
    /// The years a page's date may name (a dateline, `发布时间:`): no page of the web is older, and a
    /// history's year in a report's first line (`1986年5月14日…`) dates no page.
    public static let pageYears: ClosedRange<Int> = 1990...2035
    /// The years the reports are of: the campaign and the year after it (2015–2021).
    public static let reportYears: ClosedRange<Int> = 2013...2021
}
