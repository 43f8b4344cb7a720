import NetworkCore

/// The renewal area: a membership year's renewal run, previewed and run by hand.
public enum RenewalAPI: AdminArea {
    public static let name = "renewal"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [RenewalPreview.self, RenewalRunNow.self]
}

/// One member a renewal run would create a period (and invoice) for.
public struct RenewalLineWire: Codable, Sendable, Hashable {
    public var memberId: Int64
    public var memberName: String
    public var tier: String
    /// The period's first day.
    public var startsOn: String
    /// Whether the member still needs its period (else only its invoice).
    public var newPeriod: Bool
    /// The invoice's net, VAT and gross in minor units; absent for a tier that pays no fee.
    public var net: Int64?
    public var vat: Int64?
    public var gross: Int64?
    /// The subscription line's description.
    public var description: String?
    public init(memberId: Int64, memberName: String, tier: String, startsOn: String, newPeriod: Bool, net: Int64? = nil, vat: Int64? = nil, gross: Int64? = nil, description: String? = nil) {
        self.memberId = memberId
        self.memberName = memberName
        self.tier = tier
        self.startsOn = startsOn
        self.newPeriod = newPeriod
        self.net = net
        self.vat = vat
        self.gross = gross
        self.description = description
    }
}

/// A tier's share of a renewal run.
public struct RenewalTierTotal: Codable, Sendable, Hashable {
    public var tier: String
    public var members: Int
    public var invoices: Int
    public var net: Int64
    public var vat: Int64
    public var gross: Int64
    public init(tier: String, members: Int, invoices: Int, net: Int64, vat: Int64, gross: Int64) {
        self.tier = tier
        self.members = members
        self.invoices = invoices
        self.net = net
        self.vat = vat
        self.gross = gross
    }
}

/// `renewal.preview`: exactly what a renewal run would create now.
public enum RenewalPreview: Query {
    public static let name = "renewal.preview"
    public static let summary = "What a renewal run for the year would create now: periods and invoices, totals by tier, the first lines, and the members it cannot price."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// Default: the year containing today.
        public var startYear: Int?
        /// Lines to list, 0–1000, default 20.
        public var limit: Int?
        public init(startYear: Int? = nil, limit: Int? = nil) {
            self.startYear = startYear
            self.limit = limit
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var startYear: Int
        public var yearLabel: String
        public var currency: String
        /// Members it would handle.
        public var members: Int
        public var periods: Int
        public var invoices: Int
        public var net: Int64
        public var vat: Int64
        public var gross: Int64
        public var byTier: [RenewalTierTotal]
        /// The first `limit` members, in id order.
        public var lines: [RenewalLineWire]
        /// Members it cannot price, with why (the run skips them and says so).
        public var unpriced: [String]
        /// Whether the run would issue the invoices (`renewal_invoices = issue`) or leave drafts.
        public var issues: Bool
        public init(startYear: Int, yearLabel: String, currency: String, members: Int, periods: Int, invoices: Int, net: Int64, vat: Int64, gross: Int64, byTier: [RenewalTierTotal], lines: [RenewalLineWire], unpriced: [String], issues: Bool) {
            self.startYear = startYear
            self.yearLabel = yearLabel
            self.currency = currency
            self.members = members
            self.periods = periods
            self.invoices = invoices
            self.net = net
            self.vat = vat
            self.gross = gross
            self.byTier = byTier
            self.lines = lines
            self.unpriced = unpriced
            self.issues = issues
        }
    }
}

/// `renewal.run`: the renewal run for a year, now, as a job run.
public enum RenewalRunNow: DaemonCommand {
    public static let name = "renewal.run"
    public static let summary = "Run the year's renewal now and wait for it: every current member due a period gets it and its subscription invoice; running it again creates nothing twice."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// Default: the year containing today.
        public var startYear: Int?
        public init(startYear: Int? = nil) {
            self.startYear = startYear
        }
    }

    public typealias Result = JobRunWire
}

extension RenewalPreview.Params: SchemaRefined {
    /// A preview may list no lines at all (counts only), and up to 1000.
    public static var schemaRefinements: [String: JSONValue] { ["limit": ParamConstraints.range(0...1000)] }
}
