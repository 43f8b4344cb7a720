import NetworkCore

/// Params of a lifecycle change: who, why, and the version last read.
public struct MemberTransitionParams: MutationParams, Hashable {
    public var id: Int64
    /// Why: required for suspend, terminate and reinstate; recorded in the history.
    public var reason: String?
    /// `member.suspend` only: YYYY-MM-DD after today on which the suspension ends — the
    /// reinstatement is scheduled, applied by the scheduler on that day, and cancellable.
    public var until: String?
    public var expectedVersion: Int?
    public var idempotencyKey: String?

    public init(id: Int64, reason: String? = nil, until: String? = nil, expectedVersion: Int? = nil, idempotencyKey: String? = nil) {
        self.id = id
        self.reason = reason
        self.until = until
        self.expectedVersion = expectedVersion
        self.idempotencyKey = idempotencyKey
    }
}

public enum MemberSuspend: Mutation {
    public static let name = "member.suspend"
    public static let summary = "Suspend an active member (secretariat; reason required); with until, its reinstatement is scheduled for that day."
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
    public static let summary = "Move a current member to another tier its kind qualifies for, from a date; a future date schedules the change for that day."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        public var id: Int64
        public var tier: String
        /// The new kind, when it changes with the tier (an opposition group whose party takes control).
        public var kind: String?
        /// YYYY-MM-DD; default today. A later date schedules the change: the scheduler applies it
        /// (and re-prices the year) on that day.
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
        /// The change as scheduled, when `effectiveOn` is after today (the member is unchanged until then).
        public var scheduled: ScheduledChangeWire?

        public init(member: MemberWire, repricing: TierRepricingWire?, dryRun: Bool, scheduled: ScheduledChangeWire? = nil) {
            self.member = member
            self.repricing = repricing
            self.dryRun = dryRun
            self.scheduled = scheduled
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

/// A change to a member due on a later date, on the wire.
public struct ScheduledChangeWire: Codable, Sendable, Hashable {
    public var id: Int64
    public var memberId: Int64
    /// `tier` (a tier change), `reinstate` (the end of a suspension) or `start` (a membership
    /// entered or approved from a later date).
    public var change: String
    /// The day the scheduler applies it.
    public var effectiveOn: String
    public var toTier: String?
    public var toKind: String?
    public var reason: String?
    /// `pending`, `applied`, `cancelled` or `failed`.
    public var status: String
    public var createdBy: String
    public var createdAt: String
    public var settledBy: String?
    public var settledAt: String?
    /// Why it was cancelled, or could not be applied.
    public var note: String?
    public init(id: Int64, memberId: Int64, change: String, effectiveOn: String, toTier: String? = nil, toKind: String? = nil, reason: String? = nil, status: String, createdBy: String, createdAt: String, settledBy: String? = nil, settledAt: String? = nil, note: String? = nil) {
        self.id = id
        self.memberId = memberId
        self.change = change
        self.effectiveOn = effectiveOn
        self.toTier = toTier
        self.toKind = toKind
        self.reason = reason
        self.status = status
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.settledBy = settledBy
        self.settledAt = settledAt
        self.note = note
    }
}

/// `member.cancelChange`: cancel a change scheduled for a later date.
public enum MemberCancelChange: Mutation {
    public static let name = "member.cancelChange"
    public static let summary = "Cancel a member's change scheduled for a later date (a tier change, the end of a suspension) before it applies."
    public static let access: Access<Params> = .staff([.secretariat])

    public struct Params: MutationParams, Hashable {
        /// The scheduled change (`member.history` lists pending ones with their ids).
        public var changeId: Int64
        public var reason: String?
        public var idempotencyKey: String?
        public var expectedVersion: Int? { nil }
        public init(changeId: Int64, reason: String? = nil, idempotencyKey: String? = nil) {
            self.changeId = changeId
            self.reason = reason
            self.idempotencyKey = idempotencyKey
        }

        enum CodingKeys: String, CodingKey { case changeId, reason, idempotencyKey }
    }

    public typealias Result = ScheduledChangeWire
}
