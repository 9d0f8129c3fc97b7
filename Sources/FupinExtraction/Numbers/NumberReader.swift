/// A number read from the text.
public struct ReadNumber: Sendable, Equatable {
    public var value: Double
    /// Index just past the number.
    public var end: Int
    /// Written in Chinese numerals (`五`, `一千二百`, `两`): the numeral starts with one.
    public var isChinese: Bool
    /// The numeral itself hedges (`二十几`, `三亿五千多万`, `三四百`).
    public var approx: Bool
    /// The upper end of a colloquial pair (`七八千` is 7000 to 8000, `三十五六` 35 to 36): a
    /// range of two facts (FORMAT.md, "Ranges").
    public var pairHigh: Double? = nil
}

/// Reads numerals at a position: Arabic (`23,000`, `83982.5`, `1 308`), Chinese (`一千二百`,
/// `三亿七千二百一十五万零六百`, `两`, `二十几`, `叁佰伍拾`, `一万五`) and the two mixed
/// (`6万3000`, `4千零50万`, `1亿2000万`). Full-width digits are already ASCII in normalised text.
///
/// A numeral that starts with a digit leaves a trailing multiplier run (`2.7万元`, `3千万`,
/// `4千零50万`) to the caller when the number before it has no larger section, so that
/// `万元`, `万人`, `45万贫困群众` read as today; inside a numeral the sections compose
/// (`1亿2000万` = 120000000). A hedge before a trailing multiplier (`二十余万`) is the caller's
/// too; one inside (`三亿五千多万`, `三百六十几万`) is read here and marks the number approx,
/// the value being the lower bound as written.
public enum NumberReader {
    /// Digits, one a row; variants (financial, traditional, colloquial) are more rows.
    static let chineseDigits = ScalarMap<Double>(
        [("零〇", 0.0), ("一壹", 1), ("二贰貳貮两兩俩倆", 2), ("三叁参參叄", 3), ("四肆", 4), ("五伍", 5),
         ("六陆陸", 6), ("七柒", 7), ("八捌", 8), ("九玖", 9)]
            .flatMap { chars, v in chars.unicodeScalars.map { ($0.value, v) } })
    static let chineseUnits = ScalarMap<Double>(
        [("十拾", 10.0), ("百佰", 100), ("千仟", 1_000), ("万萬", 10_000), ("亿億", 100_000_000)]
            .flatMap { chars, v in chars.unicodeScalars.map { ($0.value, v) } })
    /// Tens in one character: `廿二` = 22, `卅` = 30.
    static let chineseTens = ScalarMap<Double>(
        [("廿", 20.0), ("卅", 30), ("卌", 40)].flatMap { chars, v in chars.unicodeScalars.map { ($0.value, v) } })

    @inline(__always) public static func isDigit(_ u: UInt32) -> Bool { u >= 0x30 && u <= 0x39 }
    /// Where a sign written before a number stands (`¥386,520`, `≥8000户`, `￥ 80万`: one space between allowed), nil at `lower`.
    public static func signIndex(before numberStart: Int, in s: [UInt32], from lower: Int) -> Int? {
        var k = numberStart
        if k > lower, s[k - 1] == 0x20 { k -= 1 }
        return k > lower ? k - 1 : nil
    }
    static let numeralCharacters = "零〇一壹二贰貳貮两兩俩倆三叁参參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌"
    static let numerals = ScalarSet(numeralCharacters)
    /// What a figure may start with: an ASCII digit or a Chinese numeral (百 of `百分之` among
    /// them), one bitmap for the scan that looks for figures.
    static let figureStarts = ScalarSet("0123456789" + numeralCharacters)
    @inline(__always) public static func isChineseNumeral(_ u: UInt32) -> Bool { numerals.contains(u) }

    static let ge: UInt32 = 0x4E2A     // 个
    static let yuan: UInt32 = 0x5143   // 元: after 个亿 it names a class (3个亿元产业)
    /// What 亿元 (and a 的) names a class of after a count (`3个亿元村`, `5个亿元级产业`, `3个亿元的龙头企业`).
    static let billionClasses = ScalarTrie<Bool>(["村", "镇", "乡", "县", "级", "产业", "企业", "龙头", "项目", "工程", "园区", "集群",
        "大县", "大镇", "强镇", "强村", "品牌", "单品"].map { ($0, true) })
    /// Whether 元 at `k` and the words after it name a class (``billionClasses``).
    /// (after 的, a noun phrase that is no sum of money, ``billionMoneyNouns``: 5个亿元的产业集群 counts clusters,
    /// 两个亿元的产业扶持资金 is money)
    static func namesClass(_ s: [UInt32], yuanAt k: Int, limit: Int) -> Bool {
        guard k < limit, s[k] == yuan else { return false }
        if k + 1 < limit, s[k + 1] == de {
            var j = k + 2
            while j < min(limit, k + 2 + billionPhraseReach), NormalizedText.isHan(s[j]) {
                if billionMoneyNouns.longest(in: s, at: j, limit: limit) != nil { return false }
                j += 1
            }
            return j > k + 2
        }
        return billionClasses.longest(in: s, at: k + 1, limit: limit) != nil
    }
    /// Nouns of money a phrase after `亿元的` may close with (`两个亿元的产业扶持资金`): the figure is that sum, no class.
    static let billionMoneyNouns = ScalarTrie<Bool>(["资金", "投资", "投入", "贷款", "资产", "收入", "经费", "基金", "补助", "补贴", "款",
        "信贷", "债券", "额度", "授信", "援助", "融资", "资本", "捐赠"].map { ($0, true) })
    /// How far after `亿元的` its noun phrase is read (characters).
    static let billionPhraseReach = 8
    static let de: UInt32 = 0x7684     // 的
    static let duo: UInt32 = 0x591A    // 多
    /// Marks inside a Chinese numeral that spaces may stand around: 点 點 余 餘 多.
    static let spacedMarks = ScalarSet("点點余餘多")
    static let shen: UInt32 = 0x53C2   // 参: 3 only before a unit (参万), else the word 参加
    static let ji: UInt32 = 0x51E0     // 几
    static let zhao: UInt32 = 0x5146   // 兆: 10^12 between the sections of a Chinese numeral
    static let space: UInt32 = 0x20
    /// `,` grouping thousands (`23,000`).
    static let groupComma: UInt32 = 0x2C
    static let twos = ScalarSet("两兩俩倆")   // 2 as a count, never a written digit after 点

    /// The tables ``numeral(_:at:limit:chineseStart:)`` reads for every number, behind one lazy
    /// global: each `static let` is one, and every read of one calls `swift_once` (measured:
    /// 305.6 → 305.0 M instructions a pass over 400 reports).
    final class Tables: Sendable {
        let chineseDigits = NumberReader.chineseDigits, chineseUnits = NumberReader.chineseUnits
        let chineseTens = NumberReader.chineseTens, spacedMarks = NumberReader.spacedMarks
    }
    static let tables = Tables()

    /// A number starting with an Arabic digit at `i`: digits, `,` thousands groups, one decimal
    /// point, digit groups split by a single space (`1 308`), and Chinese units and digits
    /// after it (`6万3000`, `3 万2 千`, `100万三千`).
    public static func arabic(_ s: [UInt32], at i: Int, limit: Int) -> ReadNumber? {
        guard i < limit, isDigit(s[i]) else { return nil }
        return numeral(s, at: i, limit: limit, chineseStart: false)
    }

    /// A number starting with a Chinese numeral at `i` (`一千二百`, `两`, `二十几`, `三点五万`);
    /// `十余` is `十` + a hedge the caller reads. Digit strings (`二〇二〇`) are refused.
    public static func chinese(_ s: [UInt32], at i: Int, limit: Int) -> ReadNumber? {
        guard i < limit, isChineseNumeral(s[i]) else { return nil }
        // inside a digit string (the 〇二〇 of 二〇二〇): no count starts here
        if i > 0, let d = chineseDigits[s[i]], let p = chineseDigits[s[i - 1]], s[i - 1] != shen, !isPair(p, d) { return nil }
        return numeral(s, at: i, limit: limit, chineseStart: true)
    }

    /// `、`, which parts the two digits of a written pair (`两、三千元`).
    static let listComma: UInt32 = 0x3001
    /// The decimal point of Arabic digits (full-width ones are ASCII by now).
    static let point: UInt32 = 0x2E
    /// Whether `u` is an ASCII digit or the decimal point, the scalars a written figure runs over.
    @inline(__always) static func isDigitOrPoint(_ u: UInt32) -> Bool { isDigit(u) || u == point }

    /// Two digits that give a rough count together: 一两, 三四, 七八, 三五.
    @inline(__always) static func isPair(_ p: Double, _ d: Double) -> Bool {
        p >= 1 && d <= 9 && (d == p + 1 || (p == 3 && d == 5))
    }

    /// An Arabic number without units: `23,000`, `1 308 000`, `83982.5`.
    @inline(__always)
    static func arabicToken(_ s: [UInt32], at i: Int, limit: Int) -> (value: Double, end: Int) {
        var j = i
        var v = 0.0
        while j < limit, isDigit(s[j]) { v = v * 10 + Double(s[j] - 0x30); j += 1 }
        let firstGroup = j - i
        // thousands groups: 23,000 / 1 308 (a space only after a head of one to three digits)
        while j + 4 <= limit, s[j] == groupComma || (s[j] == space && firstGroup <= 3),
              isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]),
              j + 4 == limit || !isDigit(s[j + 4]) {
            let group: UInt32 = (s[j + 1] - 0x30) * 100 + (s[j + 2] - 0x30) * 10 + (s[j + 3] - 0x30)
            v = v * 1000 + Double(group); j += 4
        }
        // 5. 52亿元: a space after the point, where a Han character stands before the number and 万 or 亿
        // after its fraction (a list's `1. 52个村` at a line's start has neither)
        var fraction: Int? = j + 1 < limit && s[j] == point && isDigit(s[j + 1]) ? j + 1 : nil
        if fraction == nil, j + 2 < limit, s[j] == point, s[j + 1] == space, isDigit(s[j + 2]), i > 0, NormalizedText.isHan(s[i - 1]) {
            var k = j + 2
            while k < limit, isDigit(s[k]) { k += 1 }
            if k < limit, let u = chineseUnits[s[k]], u >= 10_000 { fraction = j + 2 }   // 万 or 亿
        }
        if let f = fraction {
            j = f
            var mantissa = 0.0, scale = 1.0
            while j < limit, isDigit(s[j]) { mantissa = mantissa * 10 + Double(s[j] - 0x30); scale *= 10; j += 1 }
            v += mantissa / scale
            v = clean(v)   // 39.53 stays 39.53
        }
        return (v, j)
    }

    /// The whole numeral: sections of 亿 and 万 compose, each section of digits and 十百千.
    static func numeral(_ s: [UInt32], at i: Int, limit: Int, chineseStart: Bool) -> ReadNumber? {
        var high = 0.0, mid = 0.0, section = 0.0   // 亿 and above; the 万 section; below 万
        var digit: Double? = nil                   // the pending digit or Arabic number
        var digitSingle = false                    // one digit, maybe colloquial (`一万五`)
        var digitChinese = false
        var unitBefore = 0.0                       // the unit right before the pending digit (not after 零)
        var lastUnit = 0.0, maxUnit = 0.0
        var sectionUnit = 0.0                      // the last of 十百千 in this section: the next must be smaller
        var justUnit = false, zero = false, pairUsed = false, hasArabic = false, fraction = false
        var approx = false
        var pairFirst = -1                         // where a colloquial pair's lower digit stands
        var pairGap = 0                            // 1 when a 、 parts the pair (`两、三千`)
        var j = i, end = i
        // the tables read once a numeral, not once a character: a static read calls swift_once
        // (measured with the other hoists of this change: 353.3 → 352.0 M instructions a pass over 400 reports);
        // and through one lazy global, not four (``Tables``)
        let tables = Self.tables
        let (chineseDigits, chineseUnits, chineseTens, spacedMarks) = (tables.chineseDigits, tables.chineseUnits, tables.chineseTens, tables.spacedMarks)
        while j < limit {
            let u = s[j]
            if isDigit(u) {
                // an Arabic number: at the start, or after a unit (6万3000, 4千零50)
                if j > i {
                    guard digit == nil, justUnit || zero else { break }
                }
                let t = arabicToken(s, at: j, limit: limit)
                if j > i { guard t.value < lastUnit else { break } }
                digit = t.value; digitSingle = t.end - j == 1; digitChinese = false
                unitBefore = justUnit ? lastUnit : 0
                hasArabic = true; justUnit = false; zero = false
                j = t.end; end = j
                continue
            }
            // 两、三千, 五、六百: a pair parted by 、 is a pair only before a unit (not the list `一、二、`)
            if u == Self.listComma, !pairUsed, let p = digit, digitSingle, digitChinese, j + 2 < limit,
               let d = chineseDigits[s[j + 1]], isPair(p, d), chineseUnits[s[j + 2]] != nil {
                approx = true; pairUsed = true; pairFirst = j - 1; pairGap = 1; j += 2; end = j; continue
            }
            if let d = chineseDigits[u] {
                // 参 (參 after OpenCC) is 3 before a unit or inside a numeral (贰佰零参), else a word (参加)
                if u == shen, !(j + 1 < limit && chineseUnits[s[j + 1]] != nil), !(j > i && (justUnit || zero)) { break }
                if let p = digit {
                    // 三四百, 十五六, 三五百: two neighbouring digits hedge (the lower one counts)
                    if !pairUsed, digitSingle, digitChinese, isPair(p, d),
                       j + 1 >= limit || chineseDigits[s[j + 1]] == nil {
                        approx = true; pairUsed = true; pairFirst = j - 1; j += 1; end = j; continue
                    }
                    // a digit string (一七二零, 二〇二〇, 一一) is read digit by digit: its unit decides
                    // whether it counts (一七二零人) or not (二〇二〇年, a year)
                    if chineseStart, digitChinese, maxUnit == 0, section == 0, j == i + 1 { return digitString(s, at: i, limit: limit) }
                    break
                }
                if d == 0 {
                    if j == i {   // 零, 零点五
                        digit = 0; digitSingle = false; digitChinese = true; unitBefore = 0
                        j += 1; end = j; continue
                    }
                    guard justUnit || zero else { break }
                    zero = true; justUnit = false; j += 1   // 零 holds a place: 一千零八
                    continue
                }
                // after an Arabic head a Chinese digit needs a unit after it (100万三千)
                if !chineseStart, !(j + 1 < limit && chineseUnits[s[j + 1]] != nil) { break }
                digit = d; digitSingle = true; digitChinese = true
                unitBefore = justUnit ? lastUnit : 0
                justUnit = false; zero = false
                j += 1; end = j
                continue
            }
            if let t = chineseTens[u] {
                guard digit == nil, !(justUnit && lastUnit < 100) else { break }
                guard sectionUnit == 0 || sectionUnit > 10 else { break }
                section += t; lastUnit = 10; sectionUnit = 10; maxUnit = max(maxUnit, 10)
                justUnit = true; zero = false
                j += 1; end = j
                continue
            }
            // 兆 (10^12) only inside a Chinese numeral that goes on (五兆六十二亿): 兆瓦 is a unit of power
            if let unit = chineseUnits[u] ?? (u == zhao && chineseStart && maxUnit < 1e12 && j + 1 < limit
                                                && chineseDigits[s[j + 1]] != nil ? 1e12 : nil) {
                if !chineseStart, maxUnit < unit {
                    // a trailing multiplier run (2.7万元, 3千万, 4千零50万) is the caller's
                    var k = j + 1
                    while k < limit, chineseUnits[s[k]] != nil { k += 1 }
                    let continues = k < limit && (isDigit(s[k]) || chineseDigits[s[k]] != nil
                        || (s[k] == space && k + 1 < limit && isDigit(s[k + 1])))
                    let run = k - j
                    if !continues, run == 1 || (run == 2 && chineseUnits[s[j + 1]] == 10_000) || (run == 2 && unit == 10_000) {
                        end = j; break
                    }
                }
                if justUnit, lastUnit < 10_000, unit < 10_000, unit >= lastUnit { break }   // 十百: not a numeral (一百十一 is)
                if justUnit, lastUnit == unit { break }
                if unit < 10_000 {
                    if let p = digit, p >= unit { break }   // 30百: not a numeral
                    if digit == 0, j == i + 1 { digit = 1 }   // 零十 = 十, as 一十
                    if sectionUnit != 0, unit >= sectionUnit { break }   // 十一十二: two numbers
                    section += (digit ?? 1) * unit
                    sectionUnit = unit
                } else {
                    var d = digit ?? 0
                    // 百二万 = 120万: a colloquial digit after 百 or 千 is one order lower
                    if digitSingle, unitBefore >= 100, unitBefore < 10_000 { d *= unitBefore / 10 }
                    if unit == 10_000 {
                        var below = section + d
                        if below == 0, mid == 0, high == 0, digit == nil { below = 1 }   // 万 alone, 萬九
                        mid = (mid + below) * unit
                    } else {
                        let below = mid + section + d
                        if below == 0 { high = high == 0 ? unit : high * unit }   // 亿 alone, 亿亿
                        else { high += below * unit }
                        mid = 0
                    }
                    section = 0; sectionUnit = 0
                }
                digit = nil; digitSingle = false; fraction = false
                lastUnit = unit; maxUnit = max(maxUnit, unit)
                justUnit = true; zero = false
                j += 1; end = j
                continue
            }
            // 点 點: 三点五万, 零点五, 一百点一二 (after a unit below 万 the point follows a zero)
            // (两千万点五五四四: after 万 or 亿 the point follows a zero too)
            if (u == 0x70B9 || u == 0x9EDE), chineseStart, let p = digit ?? (justUnit ? 0 : nil), !fraction, j + 1 < limit {
                var k = j + 1
                var mantissa = 0.0, scale = 1.0
                if s[k] == space, chineseStart, k + 1 < limit { k += 1 }   // 四百 点 五
                let digitsStart = k
                if isDigit(s[k]) {
                    while k < limit, isDigit(s[k]) { mantissa = mantissa * 10 + Double(s[k] - 0x30); scale *= 10; k += 1 }
                } else {   // 点五, not 点两
                    let run = digitRun(s, from: k, limit: limit)
                    mantissa = run.value; scale = run.scale; k = run.end
                }
                guard k > digitsStart else { break }
                // 三点五十分: a time of day
                if k < limit, let unit = chineseUnits[s[k]], unit < 10_000 { break }
                // 一千六点五 = 1600.5: the colloquial digit keeps its order before the point
                let whole = digitSingle && digitChinese && unitBefore >= 100 && unitBefore < 10_000 ? p * unitBefore / 10 : p
                digit = whole + mantissa / scale; digitSingle = false; fraction = true
                j = k; end = k
                continue
            }
            if u == ji, chineseStart, justUnit || zero {   // 十几, 三百六十几万, 一百零几万: an unknown digit, approx
                approx = true; justUnit = false
                j += 1; end = j
                if j < limit, let next = chineseUnits[s[j]], next >= 10_000 { justUnit = true; zero = false }
                continue
            }
            if u == 0x4F59 || u == 0x9918 || u == 0x591A {   // 余 餘 多 inside: 三亿五千多万, 1亿2000多万
                if j + 1 < limit, let unit = chineseUnits[s[j + 1]], unit >= 10_000, maxUnit > unit {
                    approx = true; j += 1
                    continue
                }
                break
            }
            // 两个亿, 3个亿, 七个多亿, 两个亿元左右: a colloquial 个 before 亿 or 万, a hedge's 多 between (not 3个亿元产业, 5个亿元村,
            // 3个亿元的龙头企业: a count of things of a class its yuan names, ``billionClasses``)
            if u == ge, digit != nil, j + 1 < limit, case let k = s[j + 1] == duo ? j + 2 : j + 1, k < limit,
               let next = chineseUnits[s[k]], next >= 10_000, !Self.namesClass(s, yuanAt: k + 1, limit: limit) {
                if k > j + 1 { approx = true }
                j = k; continue
            }
            if u == space, j + 1 < limit {
                // 一百 五 十 二, 四百 点 五, 十 余 万: single spaces between the characters of a Chinese numeral
                if chineseStart, !hasArabic, isChineseNumeral(s[j - 1]) || chineseUnits[s[j - 1]] != nil || spacedMarks.contains(s[j - 1]),
                   isChineseNumeral(s[j + 1]) || chineseUnits[s[j + 1]] != nil || s[j + 1] == ji || spacedMarks.contains(s[j + 1]) { j += 1; continue }
                // 3 万: a space between an Arabic number and its unit
                if digit != nil, !digitChinese, !fraction, chineseUnits[s[j + 1]] != nil { j += 1; continue }
                // 3万 2千: after a unit, an Arabic number with a smaller unit after it
                if justUnit, hasArabic, isDigit(s[j + 1]) {
                    let t = arabicToken(s, at: j + 1, limit: limit)
                    var k = t.end
                    if k < limit, s[k] == space { k += 1 }
                    if k < limit, let next = chineseUnits[s[k]], next < lastUnit { j += 1; continue }
                }
            }
            break
        }
        guard end > i else { return nil }
        var d = digit ?? 0
        // 一万五 = 15000, 三千五 = 3500, 两百五 = 250 (but 二十五 = 25, 一千零五 = 1005)
        if digitSingle, unitBefore >= 100 { d *= unitBefore / 10 }
        var read = ReadNumber(value: clean(high + mid + section + d), end: end, isChinese: chineseStart, approx: approx)
        // the pair's upper end: the numeral read again without its lower digit (七八千 → 八千)
        if pairFirst >= i {
            let upper = Array(s[i..<pairFirst]) + s[(pairFirst + 1 + pairGap)..<end]
            if let h = numeral(upper, at: 0, limit: upper.count, chineseStart: chineseStart), h.end == upper.count, h.value > read.value {
                read.pairHigh = h.value
            }
        }
        return read
    }

    /// A string of Chinese digits read digit by digit (`一七二零` = 1720, `一七二零点一三四`).
    static func digitString(_ s: [UInt32], at i: Int, limit: Int) -> ReadNumber? {
        let whole = digitRun(s, from: i, limit: limit)
        var v = whole.value, j = whole.end
        if j + 1 < limit, s[j] == 0x70B9 || s[j] == 0x9EDE {
            let fraction = digitRun(s, from: j + 1, limit: limit)
            if fraction.end > j + 1 { v = clean(v + fraction.value / fraction.scale); j = fraction.end }
        }
        // a unit right after (一二万) makes it no digit string
        if j < limit, chineseUnits[s[j]] != nil || chineseTens[s[j]] != nil { return nil }
        return ReadNumber(value: v, end: j, isChinese: true, approx: false)
    }

    /// Chinese digits read one by one from `k` (`一七二零`, the `五五四四` after 点): their value,
    /// 10 to the power of their count, and where they end. 两 and 参 are no written digits.
    static func digitRun(_ s: [UInt32], from k: Int, limit: Int) -> (value: Double, scale: Double, end: Int) {
        var j = k, v = 0.0, scale = 1.0
        while j < limit, let d = chineseDigits[s[j]], s[j] != shen, !twos.contains(s[j]) { v = v * 10 + d; scale *= 10; j += 1 }
        return (v, scale, j)
    }

    /// `value × multiplier` without binary noise: 2036.7 × 1亿 = 203670000000, 0.72 × 万 = 7200.
    @inline(__always) public static func scaled(_ value: Double, _ multiplier: Double) -> Double {
        multiplier == 1 ? value : clean(value * multiplier)
    }

    /// Rounds to 15 significant digits: what a written decimal can hold, past the noise of
    /// binary fractions (7199.999999999999 → 7200, 39.530000000000001 → 39.53).
    static func clean(_ x: Double) -> Double {
        guard x.isFinite, x != 0, x != x.rounded() || abs(x) >= 1e15 else { return x }
        var a = abs(x), e = 0
        while a >= 10 { a /= 10; e += 1 }
        while a < 1 { a *= 10; e -= 1 }
        let k = 14 - e   // decimals to keep
        if k <= 0 { return x.rounded() }
        if k > 22 { return x }
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return (x * p).rounded() / p
    }
}
