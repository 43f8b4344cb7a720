import NetworkCore

/// The billing area: the network's billing details, and each member's billing address, payer
/// and per-year figures.
public enum BillingAPI: AdminArea {
    public static let name = "billing"
    public static let group = AreaGroup.billing
    public static let methods: [any AdminMethod.Type] = [
        BillingGet.self, BillingSet.self, MemberBilling.self, MemberSetBilling.self, MemberFigures.self, MemberSetFigures.self,
    ]
}

/// The network's billing details on the wire.
public struct BillingSettingsWire: Codable, Sendable, Hashable {
    /// The network's postal address, as printed on invoices (lines separated by newlines).
    public var address: String
    public var email: String?
    public var vatNumber: String?
    /// How to pay: bank, sort code, account, the reference to quote.
    public var paymentDetails: String
    /// The month (1–12) a year's invoices are dated by default (CCIN: 9, September).
    public var invoiceMonth: Int
    /// Days from issue until due, for years opened from now on.
    public var paymentTermsDays: Int
    /// Whether a member's credit is spent on its invoice as the invoice is issued.
    public var applyCreditAtIssue: Bool
    public var version: Int
    public init(address: String, email: String? = nil, vatNumber: String? = nil, paymentDetails: String, invoiceMonth: Int, paymentTermsDays: Int, applyCreditAtIssue: Bool, version: Int) {
        self.address = address
        self.email = email
        self.vatNumber = vatNumber
        self.paymentDetails = paymentDetails
        self.invoiceMonth = invoiceMonth
        self.paymentTermsDays = paymentTermsDays
        self.applyCreditAtIssue = applyCreditAtIssue
        self.version = version
    }
}

/// `billing.get`: the network's billing details.
public enum BillingGet: Query {
    public static let name = "billing.get"
    public static let summary = "The network's billing details: address, e-mail, VAT number, how to pay, invoice month, payment terms, credit rule."
    public static let access: Access<Params> = .staff([.operator, .secretariat])
    public typealias Params = NoParams
    public typealias Result = BillingSettingsWire
}

/// `billing.set`: change the network's billing details.
public enum BillingSet: Mutation {
    public static let name = "billing.set"
    public static let summary = "Change the network's billing details; fields left out keep their value, an empty vatNumber or email clears it."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var address: String?
        public var email: String?
        public var vatNumber: String?
        public var paymentDetails: String?
        public var invoiceMonth: Int?
        public var paymentTermsDays: Int?
        public var applyCreditAtIssue: Bool?
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(address: String? = nil, email: String? = nil, vatNumber: String? = nil, paymentDetails: String? = nil, invoiceMonth: Int? = nil, paymentTermsDays: Int? = nil, applyCreditAtIssue: Bool? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.address = address
            self.email = email
            self.vatNumber = vatNumber
            self.paymentDetails = paymentDetails
            self.invoiceMonth = invoiceMonth
            self.paymentTermsDays = paymentTermsDays
            self.applyCreditAtIssue = applyCreditAtIssue
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = BillingSettingsWire
}

/// A member's invoice addressee on the wire.
public struct MemberBillingWire: Codable, Sendable, Hashable {
    /// The contact invoices are for the attention of.
    public struct Payer: Codable, Sendable, Hashable {
        public var contactId: Int64
        public var name: String
        public var email: String
        /// Chosen with member.setBilling, rather than the member's primary finance contact.
        public var chosen: Bool
        public init(contactId: Int64, name: String, email: String, chosen: Bool) {
            self.contactId = contactId
            self.name = name
            self.email = email
            self.chosen = chosen
        }
    }

    public var memberId: Int64
    /// The name invoices carry: billingName, else the member's name.
    public var invoicedName: String
    public var billingName: String?
    public var billingAddress: String
    /// The chosen payer contact; when absent the primary finance contact pays.
    public var payerContactId: Int64?
    /// The contact that pays now; absent when the member has no finance contact.
    public var payer: Payer?
    /// Whether the member's invoices wait for a purchase-order number before they are issued.
    public var poRequired: Bool
    public var version: Int
    public init(memberId: Int64, invoicedName: String, billingName: String? = nil, billingAddress: String, payerContactId: Int64? = nil, payer: Payer? = nil, poRequired: Bool, version: Int) {
        self.memberId = memberId
        self.invoicedName = invoicedName
        self.billingName = billingName
        self.billingAddress = billingAddress
        self.payerContactId = payerContactId
        self.payer = payer
        self.poRequired = poRequired
        self.version = version
    }
}

/// `member.billing`: who a member's invoices go to.
public enum MemberBilling: Query {
    public static let name = "member.billing"
    public static let summary = "Who a member's invoices are addressed to: the name, billing address and payer contact (default the primary finance contact)."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// The member's id.
        public var id: Int64
        public init(id: Int64) {
            self.id = id
        }
    }

    public typealias Result = MemberBillingWire
}

/// `member.setBilling`: change who a member's invoices go to.
public enum MemberSetBilling: Mutation {
    public static let name = "member.setBilling"
    public static let summary = "Set a member's invoice name, billing address and payer contact; fields left out keep their value."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        /// The member's id.
        public var id: Int64
        /// The name to invoice; empty means the member's own name.
        public var billingName: String?
        public var billingAddress: String?
        /// One of the member's contacts; 0 means the primary finance contact again.
        public var payerContactId: Int64?
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, billingName: String? = nil, billingAddress: String? = nil, payerContactId: Int64? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.billingName = billingName
            self.billingAddress = billingAddress
            self.payerContactId = payerContactId
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = MemberBillingWire
}

/// A member's figures for one year on the wire.
public struct MemberFiguresWire: Codable, Sendable, Hashable {
    public var memberId: Int64
    public var startYear: Int
    public var yearLabel: String
    public var population: Int?
    /// Controllable revenue budget, minor units.
    public var budgetRevenue: Int64?
    /// Controllable capital budget, minor units.
    public var budgetCapital: Int64?
    public var recordedBy: String
    public var recordedAt: String
    public var version: Int
    public init(memberId: Int64, startYear: Int, yearLabel: String, population: Int? = nil, budgetRevenue: Int64? = nil, budgetCapital: Int64? = nil, recordedBy: String, recordedAt: String, version: Int) {
        self.memberId = memberId
        self.startYear = startYear
        self.yearLabel = yearLabel
        self.population = population
        self.budgetRevenue = budgetRevenue
        self.budgetCapital = budgetCapital
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.version = version
    }
}

/// `member.figures`: a member's figures, year by year.
public enum MemberFigures: Query {
    public static let name = "member.figures"
    public static let summary = "A member's population and controllable budget for each year recorded, latest first (they set its band)."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// The member's id.
        public var id: Int64
        public init(id: Int64) {
            self.id = id
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var figures: [MemberFiguresWire]
        public init(figures: [MemberFiguresWire]) {
            self.figures = figures
        }
    }
}

/// `member.setFigures`: record a member's figures for a year.
public enum MemberSetFigures: Mutation {
    public static let name = "member.setFigures"
    public static let summary = "Record a member's population and controllable budget (revenue, capital) for an open year; they replace that year's figures."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        /// The member's id.
        public var id: Int64
        public var startYear: Int
        public var population: Int?
        public var budgetRevenue: Int64?
        public var budgetCapital: Int64?
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, startYear: Int, population: Int? = nil, budgetRevenue: Int64? = nil, budgetCapital: Int64? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.startYear = startYear
            self.population = population
            self.budgetRevenue = budgetRevenue
            self.budgetCapital = budgetCapital
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = MemberFiguresWire
}
