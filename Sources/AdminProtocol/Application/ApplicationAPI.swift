import NetworkCore

/// The application area. Applications for membership: submitted, recommended by the values board, decided by the executive committee.
public enum ApplicationAPI: AdminArea {
    public static let name = "application"
    public static let group = AreaGroup.membership
    public static let methods: [any AdminMethod.Type] = [
        ApplicationSubmit.self, ApplicationList.self, ApplicationGet.self, ApplicationRecommend.self,
        ApplicationApprove.self, ApplicationReject.self,
    ]
}

/// A membership application on the wire.
public struct ApplicationWire: Codable, Sendable, Hashable {
    public var id: Int64
    /// The applicant's member record (status `applicant` until decided).
    public var memberId: Int64
    public var memberName: String
    public var tierSought: String
    public var statement: String
    /// `submitted`, `recommended`, `approved` or `rejected`.
    public var status: String
    /// The values board's recommendation: `approve` or `reject`.
    public var recommendation: String?
    public var recommendationNote: String?
    public var recommendedBy: String?
    public var recommendedAt: String?
    public var decisionReason: String?
    public var decidedBy: String?
    public var decidedAt: String?
    /// The date membership starts, once approved.
    public var startsOn: String?
    public var submittedBy: String
    public var submittedAt: String
    public var version: Int

    public init(id: Int64, memberId: Int64, memberName: String, tierSought: String, statement: String, status: String,
                recommendation: String?, recommendationNote: String?, recommendedBy: String?, recommendedAt: String?,
                decisionReason: String?, decidedBy: String?, decidedAt: String?, startsOn: String?, submittedBy: String,
                submittedAt: String, version: Int) {
        self.id = id
        self.memberId = memberId
        self.memberName = memberName
        self.tierSought = tierSought
        self.statement = statement
        self.status = status
        self.recommendation = recommendation
        self.recommendationNote = recommendationNote
        self.recommendedBy = recommendedBy
        self.recommendedAt = recommendedAt
        self.decisionReason = decisionReason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.startsOn = startsOn
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
        self.version = version
    }
}

/// `application.submit`: an organisation applies for a tier.
public enum ApplicationSubmit: Mutation {
    public static let name = "application.submit"
    public static let summary = "Record an application for a tier: the organisation, its kind, nation/region, council figures and its statement of co-operative values."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var name: String
        public var kind: String
        public var tier: String
        public var nation: Nation
        public var region: String?
        public var website: String?
        public var population: Int?
        public var budgetRevenue: Int64?
        public var budgetCapital: Int64?
        /// The organisation's commitment to the network's co-operative values (20–10,000 characters).
        public var statement: String
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }

        public init(name: String, kind: String, tier: String, nation: Nation, region: String? = nil, website: String? = nil,
                    population: Int? = nil, budgetRevenue: Int64? = nil, budgetCapital: Int64? = nil, statement: String,
                    idempotencyKey: String? = nil) {
            self.name = name
            self.kind = kind
            self.tier = tier
            self.nation = nation
            self.region = region
            self.website = website
            self.population = population
            self.budgetRevenue = budgetRevenue
            self.budgetCapital = budgetCapital
            self.statement = statement
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey {
            case name, kind, tier, nation, region, website, population, budgetRevenue, budgetCapital, statement, idempotencyKey
        }
    }

    public typealias Result = ApplicationWire
}

/// `application.list`
public enum ApplicationList: Query {
    public static let name = "application.list"
    public static let summary = "Applications, newest first; filter by status."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var status: String?
        public var limit: Int?
        public var after: Int64?
        public init(status: String? = nil, limit: Int? = nil, after: Int64? = nil) {
            self.status = status
            self.limit = limit
            self.after = after
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var applications: [ApplicationWire]
        public var nextCursor: Int64?
        public init(applications: [ApplicationWire], nextCursor: Int64?) {
            self.applications = applications
            self.nextCursor = nextCursor
        }
    }
}

/// `application.recommend`: the values board's recommendation.
public enum ApplicationRecommend: Mutation {
    public static let name = "application.recommend"
    public static let summary = "Record the values board's recommendation (approve or reject) with a note."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        /// `approve` or `reject`.
        public var recommendation: String
        public var note: String?
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, recommendation: String, note: String? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.recommendation = recommendation
            self.note = note
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = ApplicationWire
}

/// `application.approve`: the executive committee's approval; membership starts on a date.
public enum ApplicationApprove: Mutation {
    public static let name = "application.approve"
    public static let summary = "Approve a recommended application: the member becomes active from startsOn (default today)."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        /// YYYY-MM-DD; default today.
        public var startsOn: String?
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, startsOn: String? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.startsOn = startsOn
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = ApplicationWire
}

/// `application.reject`: reject with a reason.
public enum ApplicationReject: Mutation {
    public static let name = "application.reject"
    public static let summary = "Reject an application; the reason is required and recorded."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var reason: String
        public var expectedVersion: Int?
        public var idempotencyKey: String?
        public init(id: Int64, reason: String, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.reason = reason
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = ApplicationWire
}

extension ApplicationReject.Params: SchemaRefined {
    /// A rejection's reason may be longer than a lifecycle change's (`ParamConstraints.byName`).
    public static var schemaRefinements: [String: JSONValue] { ["reason": ParamConstraints.text(1...5000)] }
}

/// `application.get`: one application, by id.
public enum ApplicationGet: Query {
    public static let name = "application.get"
    public static let summary = "One application: the organisation, the statement, the recommendation and the decision."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var id: Int64
        public init(id: Int64) { self.id = id }
    }

    public typealias Result = ApplicationWire
}
