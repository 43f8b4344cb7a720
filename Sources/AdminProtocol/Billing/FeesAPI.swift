import NetworkCore

/// The fees area: each membership year's fee schedule, and the fee a member pays, with why.
public enum FeesAPI: AdminArea {
    public static let name = "fees"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [FeesGet.self, FeesSet.self, FeesQuote.self]
}

/// One band on the wire: a figure from `lowerBound` (inclusive) to `upperBound` (exclusive) pays `fee`.
public struct FeeBandWire: Codable, Sendable, Hashable {
    public var lowerBound: Int64
    /// Exclusive; absent for the last, open-ended band.
    public var upperBound: Int64?
    /// The year's fee, in minor units.
    public var fee: Int64
    public init(lowerBound: Int64, upperBound: Int64? = nil, fee: Int64) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.fee = fee
    }
}

/// One tier's fee on the wire.
public struct TierFeeWire: Codable, Sendable, Hashable {
    public var tier: String
    /// Minor units: what members pay that are not in a band (not councils, or a tier without bands).
    public var flatFee: Int64?
    /// How councils are banded: by population, budget, or the higher fee of both.
    public var basis: BandBasis?
    public var populationBands: [FeeBandWire]?
    /// By controllable budget in minor units (what it sums is the schedule's budgetMeasure).
    public var budgetBands: [FeeBandWire]?
    public init(tier: String, flatFee: Int64? = nil, basis: BandBasis? = nil, populationBands: [FeeBandWire]? = nil, budgetBands: [FeeBandWire]? = nil) {
        self.tier = tier
        self.flatFee = flatFee
        self.basis = basis
        self.populationBands = populationBands
        self.budgetBands = budgetBands
    }
}

/// A year's fee schedule on the wire.
public struct FeeScheduleWire: Codable, Sendable, Hashable {
    public var startYear: Int
    public var yearLabel: String
    public var currency: String
    /// VAT in basis points: 2000 is 20 %.
    public var vatBasisPoints: Int
    public var proRata: ProRataRule
    public var budgetMeasure: BudgetMeasure
    public var tiers: [TierFeeWire]
    public var version: Int
    public var updatedBy: String
    public var updatedAt: String
    public init(startYear: Int, yearLabel: String, currency: String, vatBasisPoints: Int, proRata: ProRataRule, budgetMeasure: BudgetMeasure, tiers: [TierFeeWire], version: Int, updatedBy: String, updatedAt: String) {
        self.startYear = startYear
        self.yearLabel = yearLabel
        self.currency = currency
        self.vatBasisPoints = vatBasisPoints
        self.proRata = proRata
        self.budgetMeasure = budgetMeasure
        self.tiers = tiers
        self.version = version
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}

/// `fees.get`: a year's fee schedule.
public enum FeesGet: Query {
    public static let name = "fees.get"
    public static let summary = "A membership year's fee schedule: per tier a flat fee or council bands, VAT, the pro rata rule."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var startYear: Int
        public init(startYear: Int) {
            self.startYear = startYear
        }
    }

    public typealias Result = FeeScheduleWire
}

/// `fees.set`: replace a year's fee schedule.
public enum FeesSet: Mutation {
    public static let name = "fees.set"
    public static let summary = "Replace an open year's fee schedule; bands must cover every value from 0 once (overlaps and gaps are refused, naming the bands)."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var startYear: Int
        /// ISO 4217; default the network's currency.
        public var currency: String?
        /// Default 0 (no VAT).
        public var vatBasisPoints: Int?
        /// Default monthly.
        public var proRata: ProRataRule?
        /// Default revenue.
        public var budgetMeasure: BudgetMeasure?
        public var tiers: [TierFeeWire]
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(startYear: Int, currency: String? = nil, vatBasisPoints: Int? = nil, proRata: ProRataRule? = nil, budgetMeasure: BudgetMeasure? = nil, tiers: [TierFeeWire], expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.startYear = startYear
            self.currency = currency
            self.vatBasisPoints = vatBasisPoints
            self.proRata = proRata
            self.budgetMeasure = budgetMeasure
            self.tiers = tiers
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = FeeScheduleWire
}

/// A fee with its reason on the wire.
public struct FeeQuoteWire: Codable, Sendable, Hashable {
    /// The band that set a council's fee.
    public struct Band: Codable, Sendable, Hashable {
        public var measure: BandMeasure
        /// 1-based, in ascending order.
        public var position: Int
        public var lowerBound: Int64
        public var upperBound: Int64?
        /// The member's figure that was looked up.
        public var value: Int64
        public init(measure: BandMeasure, position: Int, lowerBound: Int64, upperBound: Int64? = nil, value: Int64) {
            self.measure = measure
            self.position = position
            self.lowerBound = lowerBound
            self.upperBound = upperBound
            self.value = value
        }
    }

    public var memberId: Int64
    public var memberName: String
    public var startYear: Int
    public var yearLabel: String
    public var tier: String
    public var kind: String
    public var isCouncil: Bool
    /// `free`, `flat` or `band`.
    public var basis: String
    public var band: Band?
    public var population: Int?
    public var budgetRevenue: Int64?
    public var budgetCapital: Int64?
    /// Where the figures came from: that year's figures, or the member record.
    public var figuresSource: String
    public var startsOn: String
    public var proRata: ProRataRule
    public var months: Int
    public var currency: String
    public var annualFee: Int64
    public var net: Int64
    public var vatBasisPoints: Int
    public var vat: Int64
    public var gross: Int64
    /// One sentence a person can check.
    public var reason: String
    public init(memberId: Int64, memberName: String, startYear: Int, yearLabel: String, tier: String, kind: String, isCouncil: Bool, basis: String, band: Band? = nil, population: Int? = nil, budgetRevenue: Int64? = nil, budgetCapital: Int64? = nil, figuresSource: String, startsOn: String, proRata: ProRataRule, months: Int, currency: String, annualFee: Int64, net: Int64, vatBasisPoints: Int, vat: Int64, gross: Int64, reason: String) {
        self.memberId = memberId
        self.memberName = memberName
        self.startYear = startYear
        self.yearLabel = yearLabel
        self.tier = tier
        self.kind = kind
        self.isCouncil = isCouncil
        self.basis = basis
        self.band = band
        self.population = population
        self.budgetRevenue = budgetRevenue
        self.budgetCapital = budgetCapital
        self.figuresSource = figuresSource
        self.startsOn = startsOn
        self.proRata = proRata
        self.months = months
        self.currency = currency
        self.annualFee = annualFee
        self.net = net
        self.vatBasisPoints = vatBasisPoints
        self.vat = vat
        self.gross = gross
        self.reason = reason
    }
}

/// `fees.quote`: what a member pays for a year, and why.
public enum FeesQuote: Query {
    public static let name = "fees.quote"
    public static let summary = "The fee a member pays for a year with the reason: which band and figures, months charged, VAT."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var memberId: Int64
        public var startYear: Int
        /// YYYY-MM-DD: the first day charged; default its period's start, else the later of
        /// the year's start and the day it joined.
        public var startsOn: String?
        public init(memberId: Int64, startYear: Int, startsOn: String? = nil) {
            self.memberId = memberId
            self.startYear = startYear
            self.startsOn = startsOn
        }
    }

    public typealias Result = FeeQuoteWire
}
