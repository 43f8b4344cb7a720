import NetworkCore

/// The report area: income, aged debt and arrears, for the finance team.
public enum ReportAPI: AdminArea {
    public static let name = "report"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [ReportIncome.self, ReportAgedDebt.self, ReportArrears.self]
}

/// `report.income`: what was invoiced, credited and received, by year and tier.
public enum ReportIncome: Query {
    public static let name = "report.income"
    public static let summary = "Income by membership year and tier: issued invoices, credit notes, net invoiced, received and outstanding."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// One year only; default every year.
        public var startYear: Int?
        public init(startYear: Int? = nil) {
            self.startYear = startYear
        }
    }

    public struct Row: Codable, Sendable, Hashable {
        public var startYear: Int
        public var yearLabel: String
        public var tier: String
        public var currency: String
        /// Issued invoices (cancelled ones included: their credit notes are subtracted).
        public var invoices: Int
        public var invoiced: Int64
        public var credited: Int64
        /// invoiced − credited.
        public var net: Int64
        public var received: Int64
        public var outstanding: Int64
        public init(startYear: Int, yearLabel: String, tier: String, currency: String, invoices: Int, invoiced: Int64, credited: Int64, net: Int64, received: Int64, outstanding: Int64) {
            self.startYear = startYear
            self.yearLabel = yearLabel
            self.tier = tier
            self.currency = currency
            self.invoices = invoices
            self.invoiced = invoiced
            self.credited = credited
            self.net = net
            self.received = received
            self.outstanding = outstanding
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var rows: [Row]
        public init(rows: [Row]) {
            self.rows = rows
        }
    }
}

/// `report.agedDebt`: what is owed, by how long it is overdue.
public enum ReportAgedDebt: Query {
    public static let name = "report.agedDebt"
    public static let summary = "Outstanding debt per member as of a date, by days past due: not yet due, 0–30, 31–60, 61–90, over 90."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// YYYY-MM-DD; default today.
        public var asOf: String?
        public init(asOf: String? = nil) {
            self.asOf = asOf
        }
    }

    public struct Row: Codable, Sendable, Hashable {
        public var memberId: Int64
        public var memberName: String
        public var currency: String
        public var notDue: Int64
        public var days0To30: Int64
        public var days31To60: Int64
        public var days61To90: Int64
        public var over90: Int64
        public var total: Int64
        public init(memberId: Int64, memberName: String, currency: String, notDue: Int64, days0To30: Int64, days31To60: Int64, days61To90: Int64, over90: Int64, total: Int64) {
            self.memberId = memberId
            self.memberName = memberName
            self.currency = currency
            self.notDue = notDue
            self.days0To30 = days0To30
            self.days31To60 = days31To60
            self.days61To90 = days61To90
            self.over90 = over90
            self.total = total
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var asOf: String
        public var rows: [Row]
        /// The columns summed, per currency.
        public var totals: [Row]
        public init(asOf: String, rows: [Row], totals: [Row]) {
            self.asOf = asOf
            self.rows = rows
            self.totals = totals
        }
    }
}

/// `report.arrears`: members with overdue invoices.
public enum ReportArrears: Query {
    public static let name = "report.arrears"
    public static let summary = "Members in arrears as of a date: their overdue invoices, what they owe and since when."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// YYYY-MM-DD; default today.
        public var asOf: String?
        public init(asOf: String? = nil) {
            self.asOf = asOf
        }
    }

    public struct Row: Codable, Sendable, Hashable {
        public var memberId: Int64
        public var memberName: String
        public var tier: String
        public var status: String
        public var currency: String
        public var invoices: Int
        public var overdue: Int64
        public var oldestDueOn: String
        public var daysOverdue: Int
        public init(memberId: Int64, memberName: String, tier: String, status: String, currency: String, invoices: Int, overdue: Int64, oldestDueOn: String, daysOverdue: Int) {
            self.memberId = memberId
            self.memberName = memberName
            self.tier = tier
            self.status = status
            self.currency = currency
            self.invoices = invoices
            self.overdue = overdue
            self.oldestDueOn = oldestDueOn
            self.daysOverdue = daysOverdue
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var asOf: String
        public var rows: [Row]
        public init(asOf: String, rows: [Row]) {
            self.asOf = asOf
            self.rows = rows
        }
    }
}
