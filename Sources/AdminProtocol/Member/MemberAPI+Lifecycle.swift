import NetworkCore

/// Params of a lifecycle change: who, why, and the version last read.
public struct MemberTransitionParams: MutationParams, Hashable {
    public var id: Int64
    /// Why: required for suspend, terminate and reinstate; recorded in the history.
    public var reason: String?
    public var expectedVersion: Int?
    public var idempotencyKey: String?

    public init(id: Int64, reason: String? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
        self.id = id
        self.reason = reason
        self.expectedVersion = expectedVersion
        self.idempotencyKey = idempotencyKey
    }
}

public enum MemberSuspend: Mutation {
    public static let name = "member.suspend"
    public static let summary = "Suspend an active member (secretariat; reason required)."
    public static let access: Access<Params> = .staff([.secretariat])
    public typealias Params = MemberTransitionParams
    public typealias Result = MemberWire
}

public enum MemberReinstate: Mutation {
    public static let name = "member.reinstate"
    public static let summary = "Reinstate a suspended member (secretariat; reason required)."
    public static let access: Access<Params> = .staff([.secretariat])
    public typealias Params = MemberTransitionParams
    public typealias Result = MemberWire
}

public enum MemberResign: Mutation {
    public static let name = "member.resign"
    public static let summary = "Record a member's resignation (the member itself or the secretariat)."
    public static let access: Access<Params> = .ownMember([.secretariat], \.id)
    public typealias Params = MemberTransitionParams
    public typealias Result = MemberWire
}

public enum MemberTerminate: Mutation {
    public static let name = "member.terminate"
    public static let summary = "End a membership (secretariat; reason required)."
    public static let access: Access<Params> = .staff([.secretariat])
    public typealias Params = MemberTransitionParams
    public typealias Result = MemberWire
}

/// `member.changeTier`: move a member to another tier, keeping the history.
public enum MemberChangeTier: Mutation {
    public static let name = "member.changeTier"
    public static let summary = "Move a current member to another tier its kind qualifies for, from a date; the history is kept."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var tier: String
        /// The new kind, when it changes with the tier (an opposition group whose party takes control).
        public var kind: String?
        /// YYYY-MM-DD; default today.
        public var effectiveOn: String?
        public var reason: String
        public var expectedVersion: Int?
        public var idempotencyKey: String?

        public init(id: Int64, tier: String, kind: String? = nil, effectiveOn: String? = nil, reason: String,
                    expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.tier = tier
            self.kind = kind
            self.effectiveOn = effectiveOn
            self.reason = reason
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }
    }

    public typealias Result = MemberWire
}
