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
        /// Preview: answer with what would be billed and change nothing.
        public var dryRunRequested: Bool?
        public var expectedVersion: Int?
        public var idempotencyKey: String?

        public var dryRun: Bool { dryRunRequested ?? false }

        public init(id: Int64, tier: String, kind: String? = nil, effectiveOn: String? = nil, reason: String, dryRun: Bool? = nil,
                    expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
            self.id = id
            self.tier = tier
            self.kind = kind
            self.effectiveOn = effectiveOn
            self.reason = reason
            self.dryRunRequested = dryRun
            self.expectedVersion = expectedVersion
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey {
            case id, tier, kind, effectiveOn, reason, dryRunRequested = "dryRun", expectedVersion, idempotencyKey
        }
    }

    /// The member after the change, and what the change bills.
    public struct Result: Codable, Sendable, Hashable {
        public var member: MemberWire
        /// The year re-priced, when the member has a period in an open year containing the change.
        public var repricing: TierRepricingWire?
        /// Whether this was a preview (nothing was changed).
        public var dryRun: Bool

        public init(member: MemberWire, repricing: TierRepricingWire?, dryRun: Bool) {
            self.member = member
            self.repricing = repricing
            self.dryRun = dryRun
        }
    }
}

/// How a tier change re-priced the membership year: the unused whole months of the old fee
/// credited, the new tier's months invoiced.
public struct TierRepricingWire: Codable, Sendable, Hashable {
    public var startYear: Int
    public var yearLabel: String
    /// Whole months from the change to the year's end (the month of the change counts whole).
    public var months: Int
    /// The credit note for the old tier's unused months, when the old tier's invoice was issued.
    public var creditNote: CreditNoteWire?
    /// The invoice for the new tier's months, when the new tier pays a fee.
    public var invoice: InvoiceWire?
    /// What happened, in a sentence.
    public var note: String

    public init(startYear: Int, yearLabel: String, months: Int, creditNote: CreditNoteWire?, invoice: InvoiceWire?, note: String) {
        self.startYear = startYear
        self.yearLabel = yearLabel
        self.months = months
        self.creditNote = creditNote
        self.invoice = invoice
        self.note = note
    }
}
