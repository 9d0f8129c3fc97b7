/// A paragraph's furniture before its text: a news agency's dateline (`新华社西宁9月20日电`), an outlet's flash (`本报讯`,
/// `健康中国人讯 `) and the reporters' byline in brackets (`(记者 骆晓飞)`). Places, years and the lede are read past it.
enum Dateline {
    /// The end of a news agency's dateline opening a paragraph (`新华社西宁9月20日电`, `…日讯`), with
    /// the reporters' parentheses after it; nil when the paragraph has none.
    static func agencyDatelineEnd(_ s: [UInt32], _ line: Range<Int>) -> Int? {
        let reach = min(line.upperBound, line.lowerBound + datelineLength)
        var k = line.lowerBound + 1
        while k + 1 < reach {
            if s[k] == 0x65E5, s[k + 1] == 0x7535 || s[k + 1] == 0x8BAF, NumberReader.isDigit(s[k - 1]) || NumberReader.isChineseNumeral(s[k - 1]) {   // 日电, 日讯
                return bylineEnd(s, after: k + 2, line: line) ?? k + 2
            }
            k += 1
        }
        return nil
    }
    /// How far into a paragraph a dateline may end.
    static let datelineLength = 24

    /// Where a paragraph's text opens past its furniture: an agency's dateline, a site's flash
    /// (`健康中国人讯 `, `本报讯:`) and the byline in brackets after it or alone (`(通讯员 吴传忠 赵富强)`)
    /// — where a place that opens the paragraph is looked for.
    static func openingEnd(_ s: [UInt32], _ line: Range<Int>) -> Int {
        var k = agencyDatelineEnd(s, line) ?? line.lowerBound
        if k == line.lowerBound, let x = (line.lowerBound + 1..<min(line.upperBound, line.lowerBound + flashLength)).first(where: { s[$0] == xun }),
           s[line.lowerBound..<x].allSatisfy(NormalizedText.isHan), x + 1 < line.upperBound,
           s[x + 1] == 0x20 || s[x + 1] == 0x3A || s[x + 1] == FactContext.openBracket { k = x + 1 }
        while k < line.upperBound, s[k] == 0x20 || s[k] == 0x3A { k += 1 }
        if let b = bylineEnd(s, after: k, line: line), BoilerplateLexicon.bylineWords.firstMatch(in: s, k..<b) != nil { k = b }
        while k < line.upperBound, s[k] == 0x20 { k += 1 }
        return k
    }

    /// Where a paragraph's dateline ends for the places it names: an agency's (``agencyDatelineEnd``)
    /// or a paper's own flash, `本报…讯` and its byline (`本报南宁讯 (记者/韦继川)`): the city is where
    /// the news was filed, no place of a figure.
    static func datelineEnd(_ s: [UInt32], _ line: Range<Int>) -> Int? {
        if let e = agencyDatelineEnd(s, line) { return e }
        // (本报南宁讯, 本网讯 only: an outlet named for its place, 永州日报讯 with 我市 after it, is
        // the report's own place, evidence like a title's)
        guard line.count > 2, s[line.lowerBound] == ben else { return nil }
        let reach = min(line.upperBound, line.lowerBound + flashLength)
        guard let k = (line.lowerBound + 1..<reach).first(where: { s[$0] == xun }) else { return nil }
        if let b = bylineEnd(s, after: k + 1, line: line) { return b }
        return k + 1 < line.upperBound && (s[k + 1] == 0x3A || s[k + 1] == 0x20) ? k + 2 : nil   // 讯: or 讯 and a space
    }

    /// Where a byline in brackets right at `k` closes (`(记者骆晓飞)`), or nil.
    static func bylineEnd(_ s: [UInt32], after k: Int, line: Range<Int>) -> Int? {
        guard k < line.upperBound, s[k] == FactContext.openBracket,
              let close = s[k..<min(line.upperBound, k + 40)].firstIndex(of: FactContext.closeBracket) else { return nil }
        return close + 1
    }
    static let xun: UInt32 = 0x8BAF, ben: UInt32 = 0x672C   // 讯, 本
    /// How far into a paragraph an outlet's flash may stand (`昆明信息港讯`).
    static let flashLength = 12
}
