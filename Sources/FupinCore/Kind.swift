/// How a figure relates to the world it reports on.
///
/// - `total`: an outcome or stock (`5821名建档立卡贫困劳动力外出务工`)
/// - `part`: a subset of a figure just before it (`其中贫困劳动力107人`)
/// - `rate`: per person, per household, per year, or a standard (`户均收益分成1500元`)
/// - `target`: a goal, plan or limit rather than an outcome (`确保…5067户全部脱贫`, `5万元以内`)
/// - `change`: a difference (`比2019年增加1649人`)
public enum Kind: String, Codable, CaseIterable, Sendable, Hashable {
    case total
    case part
    case rate
    case target
    case change

    /// Sums and averages leave these out unless a query names `kind`: a per-capita rate or a
    /// goal added to outcomes gives a number nobody reported.
    public var isExcludedFromSumsByDefault: Bool {
        switch self {
        case .rate, .target: return true
        case .total, .part, .change: return false
        }
    }

    /// The case's position in `allCases`: columns and the fact index store this small number.
    public var ordinal: Int {
        switch self {
        case .total: return 0
        case .part: return 1
        case .rate: return 2
        case .target: return 3
        case .change: return 4
        }
    }
}
