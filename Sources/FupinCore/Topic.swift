/// The policy area a figure reports on: one of the 19 topics of `shared/eval/FORMAT.md`
/// ("Topics"), following the campaign's own frame (the poverty situation, the 五个一批,
/// the 两不愁三保障, the means, the running of the campaign).
///
/// `产业带动420人脱贫` is ``exit`` (leaving poverty takes precedence), `搬迁资金3亿元` is
/// ``relocation`` (the more specific area wins over ``funds``).
public enum Topic: String, Codable, CaseIterable, Sendable, Hashable {
    case poor = "贫困人口"
    case exit = "脱贫"
    case income = "收入"
    case industry = "产业"
    case jobs = "就业"
    case relocation = "搬迁"
    case ecology = "生态"
    case education = "教育"
    case health = "医疗"
    case housing = "住房"
    case water = "饮水"
    case welfare = "兜底"
    case infrastructure = "基础设施"
    case credit = "金融"
    case assistance = "帮扶"
    case environment = "人居环境"
    case organisation = "组织"
    case funds = "资金"
    case other = "其他"

    /// The English alias a query may use (`topic=jobs` is `topic=就业`).
    public var english: String {
        switch self {
        case .poor: return "poor"
        case .exit: return "exit"
        case .income: return "income"
        case .industry: return "industry"
        case .jobs: return "jobs"
        case .relocation: return "relocation"
        case .ecology: return "ecology"
        case .education: return "education"
        case .health: return "health"
        case .housing: return "housing"
        case .water: return "water"
        case .welfare: return "welfare"
        case .infrastructure: return "infrastructure"
        case .credit: return "credit"
        case .assistance: return "assistance"
        case .environment: return "environment"
        case .organisation: return "organisation"
        case .funds: return "funds"
        case .other: return "other"
        }
    }

    /// A topic by its Chinese name or English alias (`就业`, `jobs`); nil for anything else.
    public init?(name: String) {
        if let t = Topic(rawValue: name) { self = t; return }
        guard let t = Topic.allCases.first(where: { $0.english == name.lowercased() }) else { return nil }
        self = t
    }

    /// The case's position in `allCases`: columns and the fact index store this small number.
    public var ordinal: Int {
        switch self {
        case .poor: return 0
        case .exit: return 1
        case .income: return 2
        case .industry: return 3
        case .jobs: return 4
        case .relocation: return 5
        case .ecology: return 6
        case .education: return 7
        case .health: return 8
        case .housing: return 9
        case .water: return 10
        case .welfare: return 11
        case .infrastructure: return 12
        case .credit: return 13
        case .assistance: return 14
        case .environment: return 15
        case .organisation: return 16
        case .funds: return 17
        case .other: return 18
        }
    }

    /// Every name a query may use for a topic: the Chinese names, then the English aliases.
    public static var names: [String] { allCases.map(\.rawValue) + allCases.map(\.english) }
}
