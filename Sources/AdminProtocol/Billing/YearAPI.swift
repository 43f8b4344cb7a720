import NetworkCore

/// The year area: membership years and each member's periods in them.
public enum YearAPI: AdminArea {
    public static let name = "year"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [YearList.self, YearGet.self, YearOpen.self, PeriodList.self]
}

/// A membership year on the wire.
public struct YearWire: Codable, Sendable, Hashable {
    /// The calendar year it starts in: 2026 for 2026/27 (and in its invoice numbers).
    public var startYear: Int
    /// `2026/27`.
    public var label: String
    public var startsOn: String
    public var endsOn: String
    /// The date the year's subscription invoices carry.
    public var invoiceDate: String
    /// Days from issue until an invoice is due.
    public var paymentTermsDays: Int
    public var openedBy: String
    public var openedAt: String
    public init(startYear: Int, label: String, startsOn: String, endsOn: String, invoiceDate: String, paymentTermsDays: Int, openedBy: String, openedAt: String) {
        self.startYear = startYear
        self.label = label
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.invoiceDate = invoiceDate
        self.paymentTermsDays = paymentTermsDays
        self.openedBy = openedBy
        self.openedAt = openedAt
    }
}

/// A member's period in a year on the wire: never rewritten once created.
public struct PeriodWire: Codable, Sendable, Hashable {
    public var id: Int64
    public var memberId: Int64
    public var startYear: Int
    public var yearLabel: String
    public var startsOn: String
    public var endsOn: String
    /// Whole months from the start to the year's end (the months a monthly pro rata charges).
    public var months: Int
    /// The member's tier when the period started.
    public var tier: String
    /// `joined` (from the joining day) or `renewal` (the whole year).
    public var source: String
    public var createdBy: String
    public var createdAt: String
    public init(id: Int64, memberId: Int64, startYear: Int, yearLabel: String, startsOn: String, endsOn: String, months: Int, tier: String, source: String, createdBy: String, createdAt: String) {
        self.id = id
        self.memberId = memberId
        self.startYear = startYear
        self.yearLabel = yearLabel
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.months = months
        self.tier = tier
        self.source = source
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

/// `year.list`: the open membership years, latest first.
public enum YearList: Query {
    public static let name = "year.list"
    public static let summary = "The membership years opened so far, latest first, with their invoice dates and payment terms."
    public static let access: Access<Params> = .staff([.operator, .secretariat])
    public typealias Params = NoParams

    public struct Result: Codable, Sendable, Hashable {
        public var years: [YearWire]
        public init(years: [YearWire]) {
            self.years = years
        }
    }
}

/// `year.get`: one membership year.
public enum YearGet: Query {
    public static let name = "year.get"
    public static let summary = "One membership year by the calendar year it starts in (2026 for 2026/27)."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var startYear: Int
        public init(startYear: Int) {
            self.startYear = startYear
        }
    }

    public typealias Result = YearWire
}

/// `year.open`: open a membership year for billing.
public enum YearOpen: Mutation {
    public static let name = "year.open"
    public static let summary = "Open a membership year: from the network's start month, with its invoice date and payment terms (defaults from the billing settings)."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        /// Default: the year containing today.
        public var startYear: Int?
        /// YYYY-MM-DD within the year; default the 1st of the invoice month (billing.get).
        public var invoiceDate: String?
        /// Default: billing.get's paymentTermsDays (30).
        public var paymentTermsDays: Int?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(startYear: Int? = nil, invoiceDate: String? = nil, paymentTermsDays: Int? = nil, idempotencyKey: String? = nil) {
            self.startYear = startYear
            self.invoiceDate = invoiceDate
            self.paymentTermsDays = paymentTermsDays
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case startYear, invoiceDate, paymentTermsDays, idempotencyKey }
    }

    public typealias Result = YearWire
}

/// `period.list`: members' periods.
public enum PeriodList: Query {
    public static let name = "period.list"
    public static let summary = "Membership periods, latest year first: of one member and/or one year."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var memberId: Int64?
        public var startYear: Int?
        public init(memberId: Int64? = nil, startYear: Int? = nil) {
            self.memberId = memberId
            self.startYear = startYear
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var periods: [PeriodWire]
        public init(periods: [PeriodWire]) {
            self.periods = periods
        }
    }
}
