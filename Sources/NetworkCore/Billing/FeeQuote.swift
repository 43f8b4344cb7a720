/// Who a fee is worked out for: a member's tier and kind, its figures for the year, and the
/// day its period starts.
public struct FeeSubject: Sendable, Hashable {
    public var memberId: Int64
    public var tier: String
    /// Whether the tier pays a subscription at all (supporters do not).
    public var tierPaysFee: Bool
    /// Whether the member's kind is a council (councils pay by band where a tier has bands).
    public var isCouncil: Bool
    public var population: Int?
    public var budgetRevenue: Int64?
    public var budgetCapital: Int64?
    /// Where the figures came from, for the reason: `2026/27 figures`, `the member record`.
    public var figuresSource: String
    /// The first day charged: the period's start (the year's start, or the joining day).
    public var startsOn: CalendarDate

    public init(memberId: Int64, tier: String, tierPaysFee: Bool, isCouncil: Bool, population: Int?, budgetRevenue: Int64?,
                budgetCapital: Int64?, figuresSource: String, startsOn: CalendarDate) {
        self.memberId = memberId
        self.tier = tier
        self.tierPaysFee = tierPaysFee
        self.isCouncil = isCouncil
        self.population = population
        self.budgetRevenue = budgetRevenue
        self.budgetCapital = budgetCapital
        self.figuresSource = figuresSource
        self.startsOn = startsOn
    }
}

/// A fee with the reason for it: which rule or band, which figures, how many months.
public struct FeeQuote: Sendable, Hashable {
    /// How the year's fee was found.
    public enum Basis: String, Codable, Sendable, Hashable {
        /// The tier pays no fee.
        case free
        /// The tier's flat fee.
        case flat
        /// A council band.
        case band
    }

    /// The band a council fell in.
    public struct BandChoice: Sendable, Hashable {
        public var measure: BandMeasure
        /// 1-based, in ascending order of the table.
        public var position: Int
        public var band: FeeBand
        /// The figure looked up.
        public var value: Int64
    }

    public var basis: Basis
    /// The band that set the fee (for `higher`, the one that won).
    public var band: BandChoice?
    /// The fee for a whole year.
    public var annualFee: Money
    /// Months charged, 1–12 (12 for the whole-year rule).
    public var months: Int
    public var proRata: ProRataRule
    public var net: Money
    public var vatRate: VATRate
    public var vat: Money
    public var gross: Money
    /// One sentence a person can check: `full tier, band 3 by population (250,000 ≤ 312,400 <
    /// 500,000): £3,000.00 a year; 9 of 12 months from 2026-11-05: £2,250.00 + VAT 20% £450.00
    /// = £2,700.00`.
    public var reason: String
}

extension FeeSchedule {
    /// The fee `subject` pays for the year, with the reason.
    ///
    /// Rules, in order: a tier that pays no fee is free; a council in a tier with bands pays its
    /// band's fee (by population, budget, or the higher of both); anyone else pays the tier's
    /// flat fee. The year's fee is then charged for the whole months left from `startsOn`
    /// (`monthly`, the joining month counted whole) or for the whole year (`whole_year`),
    /// rounded half up to the minor unit: `annual × months ÷ 12`. VAT is added per line, half up.
    ///
    /// - Throws: `NetworkError.validation` naming what is missing: the schedule has no fee for
    ///   the tier, a council's figure that its band needs, or a flat fee for a member that is
    ///   not a council; or `startsOn` outside the year.
    public func quote(for subject: FeeSubject) throws(NetworkError) -> FeeQuote {
        let zero = Money.zero(currency)
        let months: Int
        do {
            months = proRata == .wholeYear ? MembershipYear.monthCount : try year.monthsLeft(from: subject.startsOn)
        } catch {
            throw NetworkError.invalid("startsOn", "\(subject.startsOn) is not in the membership year \(year.label) (\(year.start) to \(year.end))")
        }
        guard subject.tierPaysFee else {
            return FeeQuote(basis: .free, band: nil, annualFee: zero, months: months, proRata: proRata, net: zero, vatRate: vat,
                            vat: zero, gross: zero, reason: "\(subject.tier) tier pays no fee")
        }
        guard let fee = tiers[subject.tier] else {
            throw NetworkError.invalid("tier", "the \(year.label) fee schedule has no fee for tier \(subject.tier): add it to the schedule")
        }
        var basis = FeeQuote.Basis.flat
        var choice: FeeQuote.BandChoice?
        var annualUnits: Int64
        var rule: String
        if subject.isCouncil, let bandBasis = fee.basis {
            choice = try band(for: subject, basis: bandBasis, fee: fee)
            basis = .band
            annualUnits = choice!.band.fee
            rule = "band \(choice!.position) by \(choice!.measure.rawValue) (\(Self.boundsText(choice!)))"
            if bandBasis == .higher { rule += ", the higher of its population and budget bands" }
            rule += ", \(subject.figuresSource)"
        } else if let flat = fee.flatFee {
            annualUnits = flat
            rule = "flat fee"
        } else {
            throw NetworkError.invalid("tier", "tier \(subject.tier) is priced by council bands only and member \(subject.memberId) is not a council: give the tier a flat fee in the schedule")
        }
        do {
            let annual = Money(minorUnits: annualUnits, currency: currency)
            let net = try annual.fraction(numerator: Int64(months), denominator: Int64(MembershipYear.monthCount), rounding: .toNearestOrAwayFromZero)
            let tax = try vat.vat(on: net)
            let gross = try net.adding(tax)
            let charged = proRata == .wholeYear ? "whole year (whole-year rule)" : "\(months) of 12 months from \(subject.startsOn)"
            let reason = "\(subject.tier) tier, \(rule): \(annual.formatted) a year; \(charged): \(net.formatted) + VAT \(vat) \(tax.formatted) = \(gross.formatted)"
            return FeeQuote(basis: basis, band: choice, annualFee: annual, months: months, proRata: proRata, net: net, vatRate: vat,
                            vat: tax, gross: gross, reason: reason)
        } catch {
            throw NetworkError.invalid("fee", "the fee is too large to compute")
        }
    }

    /// The band that sets a council's fee under `basis`.
    private func band(for subject: FeeSubject, basis: BandBasis, fee: TierFee) throws(NetworkError) -> FeeQuote.BandChoice {
        func lookup(_ table: BandTable?, _ value: Int64?, _ what: String) throws(NetworkError) -> FeeQuote.BandChoice {
            guard let table else { throw NetworkError.invalid("tier", "tier \(subject.tier) has no \(table?.measure.rawValue ?? what) bands") }
            guard let value else {
                throw NetworkError.invalid("figures", "member \(subject.memberId) has no \(what) for \(year.label): record the year's figures")
            }
            guard let found = table.band(for: value) else { throw NetworkError.invalid("figures", "\(what) \(value) is negative") }
            return FeeQuote.BandChoice(measure: table.measure, position: found.position, band: found.band, value: value)
        }
        let budgetName = "controllable budget (\(budgetMeasure.rawValue.replacingUnderscores()))"
        switch basis {
        case .population:
            return try lookup(fee.populationBands, subject.population.map(Int64.init), "population")
        case .budget:
            return try lookup(fee.budgetBands, budgetMeasure.value(revenue: subject.budgetRevenue, capital: subject.budgetCapital), budgetName)
        case .higher:
            let byPopulation = try lookup(fee.populationBands, subject.population.map(Int64.init), "population")
            let byBudget = try lookup(fee.budgetBands, budgetMeasure.value(revenue: subject.budgetRevenue, capital: subject.budgetCapital), budgetName)
            return byBudget.band.fee > byPopulation.band.fee ? byBudget : byPopulation
        }
    }

    /// `250,000 ≤ 312,400 < 500,000` (budgets as money).
    private static func boundsText(_ choice: FeeQuote.BandChoice) -> String {
        let value = choice.value.groupedInThousands
        let lower = choice.band.lower.groupedInThousands
        guard let upper = choice.band.upper else { return "\(lower) ≤ \(value)" }
        return "\(lower) ≤ \(value) < \(upper.groupedInThousands)"
    }
}
