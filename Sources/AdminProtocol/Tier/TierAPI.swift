import NetworkCore

/// The tier area. Membership tiers and the organisation kinds that qualify for each.
public enum TierAPI: AdminArea {
    public static let name = "tier"
    public static let group = AreaGroup.membership
    public static let methods: [any AdminMethod.Type] = [TierList.self, TierGet.self, TierSetKinds.self]
}

/// A membership tier on the wire, with the organisation kinds that qualify for it.
public struct TierWire: Codable, Sendable, Hashable {
    public var code: String
    public var name: String
    /// Whether members of this tier are in a ballot's default electorate.
    public var votes: Bool
    /// Whether members of this tier pay a subscription.
    public var paysFee: Bool
    public var qualifyingKinds: [String]

    public init(code: String, name: String, votes: Bool, paysFee: Bool, qualifyingKinds: [String]) {
        self.code = code
        self.name = name
        self.votes = votes
        self.paysFee = paysFee
        self.qualifyingKinds = qualifyingKinds
    }
}

/// An organisation kind on the wire.
public struct OrganisationKindWire: Codable, Sendable, Hashable {
    public var code: String
    public var name: String
    /// Councils state population and controllable budget.
    public var isCouncil: Bool

    public init(code: String, name: String, isCouncil: Bool) {
        self.code = code
        self.name = name
        self.isCouncil = isCouncil
    }
}

/// `tier.list`: the tiers and organisation kinds.
public enum TierList: Query {
    public static let name = "tier.list"
    public static let summary = "The membership tiers, which organisation kinds qualify for each, and every kind."
    public static let access: Access<Params> = .members([.operator, .secretariat])
    public typealias Params = NoParams

    public struct Result: Codable, Sendable, Hashable {
        public var tiers: [TierWire]
        public var kinds: [OrganisationKindWire]
        public init(tiers: [TierWire], kinds: [OrganisationKindWire]) {
            self.tiers = tiers
            self.kinds = kinds
        }
    }
}

/// `tier.setKinds`: change which organisation kinds qualify for a tier (secretariat).
public enum TierSetKinds: Mutation {
    public static let name = "tier.setKinds"
    public static let summary = "Set the organisation kinds that qualify for a tier; existing members keep their tier."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var tier: String
        public var kinds: [String]
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }

        public init(tier: String, kinds: [String], idempotencyKey: String? = nil) {
            self.tier = tier
            self.kinds = kinds
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case tier, kinds, idempotencyKey }
    }

    public typealias Result = TierWire
}

/// `tier.get`: one tier by its code.
public enum TierGet: Query {
    public static let name = "tier.get"
    public static let summary = "One membership tier by its code: its name, whether it votes and pays a fee, and the kinds that qualify."
    public static let access: Access<Params> = .members([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// The tier's code, e.g. `associate`.
        public var code: String
        public init(code: String) { self.code = code }
    }

    public typealias Result = TierWire
}
