/// A current member that a renewal run for a year still has work for: it has no period in the
/// year, or its period (in a tier that pays) has never had a subscription invoice.
public struct RenewalCandidate: Sendable, Hashable {
    public var memberId: Int64
    public var name: String
    /// The period's tier when it has one, else the member's.
    public var tier: String
    public var tierPaysFee: Bool
    public var kind: String
    public var isCouncil: Bool
    public var memberSince: String?
    /// The member's existing period in the year, if any.
    public var periodId: Int64?
    public var periodStartsOn: String?
    /// Whether the year's own figures were recorded (`member.setFigures`); the figures below
    /// fall back field by field to the member record's, as `fees.quote` does.
    public var hasYearFigures: Bool
    public var population: Int?
    public var budgetRevenue: Int64?
    public var budgetCapital: Int64?
}

/// What a renewal run creates for one member: a period when it has none, and a subscription
/// invoice with one line when its tier pays.
public struct RenewalItem: Sendable, Hashable {
    public var memberId: Int64
    public var tier: String
    /// The period's first day (YYYY-MM-DD): the year's start, or the joining day within it.
    public var startsOn: String
    /// `renewal`, or `joined` when the member joined within the year.
    public var source: String
    /// The subscription line; `nil` for a tier that pays no fee (a period, no invoice).
    public var line: Line?

    /// The one line of the subscription invoice.
    public struct Line: Sendable, Hashable {
        public var description: String
        public var net: Int64
        public var vatBasisPoints: Int
        public var vat: Int64
        public var months: Int
        public init(description: String, net: Int64, vatBasisPoints: Int, vat: Int64, months: Int) {
            self.description = description
            self.net = net
            self.vatBasisPoints = vatBasisPoints
            self.vat = vat
            self.months = months
        }
    }

    public init(memberId: Int64, tier: String, startsOn: String, source: String, line: Line? = nil) {
        self.memberId = memberId
        self.tier = tier
        self.startsOn = startsOn
        self.source = source
        self.line = line
    }
}
