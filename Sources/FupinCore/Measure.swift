/// What a reported figure counts. Canonical names follow `shared/eval/FORMAT.md`.
///
/// `5821名` is ``persons``, `30000余人次` is ``personTimes``, `4456户` is ``households``,
/// `23个行政村` is ``villages``, `2.7万元` is ``yuan`` (27000), `39.53%` is ``percent``.
public enum Measure: String, Codable, CaseIterable, Sendable, Hashable {
    case persons
    case personTimes = "person_times"
    case households
    case villages
    case yuan
    case percent
    case km
    case tons
    case items
    /// Land area in 亩 (`2.5万亩` → 25000; 公顷 × 15).
    case mu

    /// The unit a normalised value is expressed in, for display.
    public var unitLabel: String {
        switch self {
        case .persons: return "人"
        case .personTimes: return "人次"
        case .households: return "户"
        case .villages: return "个村"
        case .yuan: return "元"
        case .percent: return "%"
        case .km: return "公里"
        case .tons: return "吨"
        case .items: return "个"
        case .mu: return "亩"
        }
    }

    /// Whether adding two values of this measure means something (percentages do not add).
    public var isAdditive: Bool {
        switch self {
        case .percent: return false
        case .persons, .personTimes, .households, .villages, .yuan, .km, .tons, .items, .mu: return true
        }
    }

    /// The case's position in `allCases`: columns and the fact index store this small number.
    public var ordinal: Int {
        switch self {
        case .persons: return 0
        case .personTimes: return 1
        case .households: return 2
        case .villages: return 3
        case .yuan: return 4
        case .percent: return 5
        case .km: return 6
        case .tons: return 7
        case .items: return 8
        case .mu: return 9
        }
    }
}
