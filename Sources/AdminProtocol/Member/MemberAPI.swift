import NetworkCore

/// The member area: members' details (this file) and their lifecycle
/// (`MemberAPI+Lifecycle.swift`).
public enum MemberAPI: AdminArea {
    public static let name = "member"
    public static let group = AreaGroup.membership
    public static let methods: [any AdminMethod.Type] = [
        MemberCreate.self, MemberGet.self, MemberList.self, MemberUpdate.self, MemberHistory.self,
        MemberSuspend.self, MemberReinstate.self, MemberResign.self, MemberTerminate.self, MemberChangeTier.self, MemberCancelChange.self,
    ]
}

/// `member.create`: direct entry of an active member by the secretariat (no application).
public enum MemberCreate: Mutation {
    public static let name = "member.create"
    public static let summary = "Enter a member directly (secretariat): active from memberSince (default today)."
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
        /// YYYY-MM-DD; default: today in the network's time zone.
        public var memberSince: String?
        public var poRequired: Bool?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }

        public init(name: String, kind: String, tier: String, nation: Nation, region: String? = nil, website: String? = nil,
                    population: Int? = nil, budgetRevenue: Int64? = nil, budgetCapital: Int64? = nil, memberSince: String? = nil,
                    poRequired: Bool? = nil, idempotencyKey: String? = nil) {
            self.name = name
            self.kind = kind
            self.tier = tier
            self.nation = nation
            self.region = region
            self.website = website
            self.population = population
            self.budgetRevenue = budgetRevenue
            self.budgetCapital = budgetCapital
            self.memberSince = memberSince
            self.poRequired = poRequired
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey {
            case name, kind, tier, nation, region, website, population, budgetRevenue, budgetCapital, memberSince, poRequired
            case idempotencyKey
        }
    }

    public typealias Result = MemberWire
}

/// Params naming one member.
public struct MemberRef: Codable, Sendable, Hashable {
    public var id: Int64
    public init(id: Int64) { self.id = id }
}

/// `member.get`
public enum MemberGet: Query {
    public static let name = "member.get"
    public static let summary = "One member. A member token may read only its own member."
    public static let access: Access<Params> = .ownMember([.operator, .secretariat], \.id)
    public typealias Params = MemberRef
    public typealias Result = MemberWire
}

/// `member.list`: filtered, keyset-paginated, ordered by name then id. Without a status filter
/// it lists current members only, the ones `daemon.status` counts.
public enum MemberList: Query {
    public static let name = "member.list"
    public static let summary = "Current members ordered by name; filter by status (also applicant, rejected, former, all), tier, kind, region or text in the name; keyset pages."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var tier: String?
        /// Statuses or groups (`current`, `former`, `all`); members matching any are listed.
        /// Default: `current` (active, lapsed, suspended).
        public var status: [MemberStatusFilter]?
        public var kind: String?
        public var region: String?
        /// Case-insensitive text contained in the name.
        public var search: String?
        /// 1–500, default 50.
        public var limit: Int?
        /// `nextCursor` of the previous page.
        public var after: String?

        public init(tier: String? = nil, status: [MemberStatusFilter]? = nil, kind: String? = nil, region: String? = nil,
                    search: String? = nil, limit: Int? = nil, after: String? = nil) {
            self.tier = tier
            self.status = status
            self.kind = kind
            self.region = region
            self.search = search
            self.limit = limit
            self.after = after
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var members: [MemberWire]
        public var nextCursor: String?
        public init(members: [MemberWire], nextCursor: String?) {
            self.members = members
            self.nextCursor = nextCursor
        }
    }
}

extension MemberList.Result: JSONSelfWriting {
    /// `members` then `nextCursor` (left out on the last page).
    public func writeMembers(to object: inout JSONObjectWriter) {
        object.write("members", members)
        object.write("nextCursor", nextCursor)
    }
}

/// `member.update`: change a member's details; fields left out keep their value.
public enum MemberUpdate: Mutation {
    public static let name = "member.update"
    public static let summary = "Change a member's details (not tier or status). A member may edit its own region, website, population and budgets."
    public static let access: Access<Params> = .ownMember([.secretariat], \.id)

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var name: String?
        public var kind: String?
        public var nation: Nation?
        public var region: String?
        public var website: String?
        public var population: Int?
        public var budgetRevenue: Int64?
        public var budgetCapital: Int64?
        public var poRequired: Bool?
        public var expectedVersion: Int?
        public var idempotencyKey: String?

        public init(id: Int64, name: String? = nil, kind: String? = nil, nation: Nation? = nil, region: String? = nil,
                    website: String? = nil, population: Int? = nil, budgetRevenue: Int64? = nil, budgetCapital: Int64? = nil,
                    poRequired: Bool? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.name = name
            self.kind = kind
            self.nation = nation
            self.region = region
            self.website = website
            self.population = population
            self.budgetRevenue = budgetRevenue
            self.budgetCapital = budgetCapital
            self.poRequired = poRequired
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = MemberWire
}

/// One entry of a member's history: a status change or a tier change.
public struct MemberHistoryEntry: Codable, Sendable, Hashable {
    /// `status` or `tier`.
    public var change: String
    public var from: String?
    public var to: String
    public var at: String
    /// For tier changes: the date it takes effect.
    public var effectiveOn: String?
    /// For tier changes: the organisation kind before (absent on the first entry) and after, so
    /// that a change of kind with the tier (a political group becoming a council) is on record.
    public var fromKind: String?
    public var toKind: String?
    public var actor: String
    public var reason: String?
    /// A change scheduled for `effectiveOn` that has not applied yet (cancel it with
    /// `member.cancelChange` and `scheduledChangeId`); absent for what happened.
    public var pending: Bool?
    public var scheduledChangeId: Int64?

    public init(change: String, from: String?, to: String, at: String, effectiveOn: String?, fromKind: String? = nil,
                toKind: String? = nil, actor: String, reason: String?, pending: Bool? = nil, scheduledChangeId: Int64? = nil) {
        self.pending = pending
        self.scheduledChangeId = scheduledChangeId
        self.change = change
        self.from = from
        self.to = to
        self.at = at
        self.effectiveOn = effectiveOn
        self.fromKind = fromKind
        self.toKind = toKind
        self.actor = actor
        self.reason = reason
    }
}

/// `member.history`: every status and tier change, oldest first.
public enum MemberHistory: Query {
    public static let name = "member.history"
    public static let summary = "Every status and tier change of a member: who, when and why, oldest first."
    public static let access: Access<Params> = .ownMember([.operator, .secretariat], \.id)
    public typealias Params = MemberRef

    public struct Result: Codable, Sendable, Hashable {
        public var entries: [MemberHistoryEntry]
        public init(entries: [MemberHistoryEntry]) { self.entries = entries }
    }
}
