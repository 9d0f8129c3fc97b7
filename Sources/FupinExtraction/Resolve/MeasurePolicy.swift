import FupinCore

/// What each measure accepts, decided in one place: a new ``Measure`` case must answer
/// every question here (the switches have no `default`).
extension Measure {
    /// Whether `万`/`亿` may scale a figure of this measure (`2.7万元`, `29万亩`, the nation's
    /// `贫困村12.8万个`); a share written with 万 is not a report's figure.
    var takesMultiplier: Bool {
        switch self {
        case .yuan, .persons, .households, .personTimes, .tons, .km, .items, .mu, .villages: return true
        case .percent: return false
        }
    }

    /// Whether the measure is of a quantity that divides (`一亩多`, `3公里多`, `2吨多`): `多` after
    /// its unit hedges it. After a count it starts a word (`100户多渠道增收`).
    var divides: Bool {
        switch self {
        case .mu, .km, .tons, .yuan: return true
        case .persons, .personTimes, .households, .villages, .items, .percent: return false
        }
    }

    /// Whether a figure of this measure after `其中` is a part of the one before. A share
    /// (`其中宁明县83%`) is a level of its own, not a piece of a sum.
    var takesPart: Bool {
        switch self {
        case .percent: return false
        case .persons, .personTimes, .households, .villages, .yuan, .km, .tons, .items, .mu: return true
        }
    }
}
