/// How a member joining mid-year is charged.
public enum ProRataRule: String, Codable, Sendable, Hashable, CaseIterable {
    /// The whole months left in the year, counting the joining month as whole (the default).
    case monthly
    /// The whole year, whenever the member joins.
    case wholeYear = "whole_year"
}

/// What a council's "controllable budget" means for budget bands.
public enum BudgetMeasure: String, Codable, Sendable, Hashable, CaseIterable {
    case revenue
    case capital
    case revenueAndCapital = "revenue_and_capital"

    /// The budget figure this measure reads: `nil` when a figure it needs is missing.
    public func value(revenue: Int64?, capital: Int64?) -> Int64? {
        switch self {
        case .revenue: return revenue
        case .capital: return capital
        case .revenueAndCapital:
            guard let revenue, let capital else { return nil }
            let (sum, overflow) = revenue.addingReportingOverflow(capital)
            return overflow ? nil : sum
        }
    }
}

/// Which band tables decide a council's fee.
public enum BandBasis: String, Codable, Sendable, Hashable, CaseIterable {
    case population
    case budget
    /// Both tables; the council pays the higher of the two fees (population on a tie).
    case higher
}

/// One tier's fee in a year's schedule.
///
/// Members whose kind is a council pay by band when the tier has bands (`basis`); every other
/// member of the tier — and councils, when the tier has no bands — pays `flatFee`.
public struct TierFee: Sendable, Hashable {
    public var tier: String
    /// Minor units; `nil` when only councils can be in the tier's bands.
    public var flatFee: Int64?
    public var basis: BandBasis?
    public var populationBands: BandTable?
    public var budgetBands: BandTable?

    /// - Throws: `NetworkError.validation` on `field` when the tier has neither a flat fee nor
    ///   bands, a negative flat fee, or bands that do not match `basis` (a basis without its
    ///   table, or a table the basis does not use).
    public init(tier: String, flatFee: Int64?, basis: BandBasis?, populationBands: BandTable?, budgetBands: BandTable?,
                field: String) throws(NetworkError) {
        var errors: [FieldError] = []
        if flatFee == nil && basis == nil {
            errors.append(FieldError(field: field, message: "tier \(tier) needs a flat fee, bands, or both"))
        }
        if let flatFee, flatFee < 0 { errors.append(FieldError(field: "\(field).flatFee", message: "must not be negative")) }
        let needsPopulation = basis == .population || basis == .higher
        let needsBudget = basis == .budget || basis == .higher
        if needsPopulation != (populationBands != nil) {
            errors.append(FieldError(field: "\(field).populationBands",
                                     message: needsPopulation ? "basis \(basis?.rawValue ?? "") needs population bands" : "given, but basis \(basis?.rawValue ?? "none") does not use population bands"))
        }
        if needsBudget != (budgetBands != nil) {
            errors.append(FieldError(field: "\(field).budgetBands",
                                     message: needsBudget ? "basis \(basis?.rawValue ?? "") needs budget bands" : "given, but basis \(basis?.rawValue ?? "none") does not use budget bands"))
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        self.tier = tier
        self.flatFee = flatFee
        self.basis = basis
        self.populationBands = populationBands
        self.budgetBands = budgetBands
    }
}

/// A membership year's fee schedule: per tier, a flat fee or council bands; VAT; pro rata rule.
public struct FeeSchedule: Sendable, Hashable {
    public var year: MembershipYear
    public var currency: Currency
    public var vat: VATRate
    public var proRata: ProRataRule
    public var budgetMeasure: BudgetMeasure
    /// Keyed by tier code. Tiers that pay no fee (supporters) need no entry.
    public var tiers: [String: TierFee]

    public init(year: MembershipYear, currency: Currency, vat: VATRate, proRata: ProRataRule, budgetMeasure: BudgetMeasure,
                tiers: [String: TierFee]) {
        self.year = year
        self.currency = currency
        self.vat = vat
        self.proRata = proRata
        self.budgetMeasure = budgetMeasure
        self.tiers = tiers
    }
}
