import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// Handlers for the member lifecycle: `member.suspend`, `member.reinstate`, `member.resign`,
/// `member.terminate` and `member.changeTier`.
///
/// Every change goes through the core state machine (`MemberStatus.applying`), which refuses an
/// illegal one with `invalid_transition` naming the current status; the database's trigger
/// refuses the same pairs as a backstop. Each change records who, when and why in the member's
/// history, bumps the version, honours `expectedVersion` and `idempotencyKey`, and is audited.
extension MemberHandlers {
    static func registerLifecycle(into registry: inout MethodRegistry) {
        registry.mutation(MemberSuspend.self) { try transition($0, $1, $2, .suspend, reasonRequired: true) }
        registry.mutation(MemberReinstate.self) { try transition($0, $1, $2, .reinstate, reasonRequired: true) }
        registry.mutation(MemberResign.self) { try transition($0, $1, $2, .resign, reasonRequired: false) }
        registry.mutation(MemberTerminate.self) { try transition($0, $1, $2, .terminate, reasonRequired: true) }
        registry.mutation(MemberChangeTier.self, changeTier)
        registry.mutation(MemberCancelChange.self, cancelChange)
    }

    /// Applies `event` to a member.
    ///
    /// A member caller may do this only to itself (members may call only `member.resign`,
    /// declared `.ownMember`).
    /// - Throws: `validation` (a missing or over-long reason),
    ///   `not_found`, `conflict` (stale `expectedVersion`), `invalid_transition` naming the
    ///   current status.
    @Sendable
    static func transition(
        _ context: RequestContext, _ params: MemberTransitionParams, _ scope: MutationScope, _ event: MemberEvent,
        reasonRequired: Bool
    ) throws -> MutationOutcome<MemberWire> {
        let connection = scope.connection
        let reason = try checkedReason(params.reason, required: reasonRequired)
        let current = try MemberStore.require(params.id, forUpdate: true, on: connection)
        try scope.expectVersion(current.version, of: "member \(current.id)")
        let until = try suspensionEnd(params.until, event: event, on: connection)
        let next = try current.status.applying(event)
        let actor = context.caller.actor
        let stored = try MemberStore.changeStatus(of: current, to: next, actor: actor, reason: reason, on: connection)
        try settleScheduled(after: event, memberId: current.id, actor: actor, on: connection)
        var after = try JSONCoding.value(of: MemberWire(stored))
        if let until {
            let change = try ScheduledChangeStore.schedule(memberId: current.id, change: "reinstate", effectiveOn: until, toTier: nil, toKind: nil,
                                                           reason: "suspension ends: \(reason ?? "")", actor: actor, on: connection)
            if case .object(var members) = after {
                members["scheduled"] = try JSONCoding.value(of: ScheduledChangeWire(change))
                after = .object(members)
            }
        }
        return MutationOutcome(result: MemberWire(stored), target: "member:\(stored.id)",
                               before: try JSONCoding.value(of: MemberWire(current)), after: after)
    }

    /// Moves a current member to another tier, optionally with a new kind (an opposition group
    /// whose party takes control becomes a council), now, recording `effectiveOn` (default
    /// today; a past date back-dates the change, a later one schedules it for that day). The tier history keeps the old and new tier and kind.
    ///
    /// When an open year contains the change and the member has a period in it, the year is
    /// re-priced (``TierRepricing``): the old tier's unused whole months credited, the new
    /// tier's months invoiced. With `dryRun`, all of it runs and is rolled back: the answer
    /// shows what would be billed.
    /// - Throws: `validation` (no reason, an unknown tier, the same tier, a kind that does not
    ///   qualify — listing the kinds that do —, missing council figures for a new council kind,
    ///   an `effectiveOn` that is not a date, in the future, before the network's founding year
    ///   or before the member joined); `not_found`; `conflict` (stale `expectedVersion`); `invalid_transition`
    ///   when the member is not current (applicant, resigned, terminated, rejected); `unavailable`
    ///   when a re-pricing document cannot be rendered (nothing changes).
    @Sendable
    static func changeTier(_ context: RequestContext, _ params: MemberChangeTier.Params, _ scope: MutationScope) throws
        -> MutationOutcome<MemberChangeTier.Result>
    {
        let connection = scope.connection
        let actor = context.caller.actor
        let reason = try checkedReason(params.reason, required: true)
        let current = try MemberStore.require(params.id, forUpdate: true, on: connection)
        try scope.expectVersion(current.version, of: "member \(current.id)")
        guard current.status.isCurrent else {
            throw NetworkError.invalidTransition(entity: "member", from: current.status.rawValue, to: "tier \(params.tier)")
        }
        var errors: [FieldError] = []
        let kind = params.kind ?? current.kind
        if params.tier == current.tier {
            errors.append(FieldError(field: "tier", message: "member \(current.id) is already in tier \(current.tier); a kind alone changes with \(MemberUpdate.name)"))
        } else {
            var next = current
            next.kind = kind
            do {
                let kindRecord = try TierStore.requireQualifying(kind: kind, tier: params.tier, on: connection)
                errors += next.details.validationErrors(isCouncil: kindRecord.isCouncil)
            } catch NetworkError.validation(let kindErrors) {
                errors += kindErrors
            }
        }
        let effectiveOn = try MemberHandlers.membershipDate(params.effectiveOn, field: "effectiveOn", errors: &errors, on: connection)
        if let since = current.memberSince, params.effectiveOn != nil, effectiveOn < since {
            errors.append(FieldError(field: "effectiveOn", message: "effectiveOn \(effectiveOn) is before member \(current.id) joined (\(since))"))
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        if effectiveOn > (try MemberStore.today(on: connection)) {
            let change = try ScheduledChangeStore.schedule(memberId: current.id, change: "tier", effectiveOn: effectiveOn, toTier: params.tier,
                                                           toKind: kind, reason: reason, actor: actor, on: connection)
            let wire = ScheduledChangeWire(change)
            return MutationOutcome(result: MemberChangeTier.Result(member: MemberWire(current), repricing: nil, dryRun: params.dryRun,
                                                                   scheduled: wire),
                                   target: "member:\(current.id)", before: nil, after: ["scheduled": try JSONCoding.value(of: wire)])
        }
        let (stored, repricing) = try applyTierChange(current, to: params.tier, kind: kind, effectiveOn: effectiveOn, actor: actor,
                                                      reason: reason ?? "", render: context.services.invoiceDocuments.check, on: connection)
        let result = MemberChangeTier.Result(member: MemberWire(stored), repricing: repricing, dryRun: params.dryRun)
        var after = try JSONCoding.value(of: MemberWire(stored))
        if let repricing, case .object(var members) = after {
            members["repricing"] = try JSONCoding.value(of: repricing)
            after = .object(members)
        }
        return MutationOutcome(result: result, target: "member:\(stored.id)", before: try JSONCoding.value(of: MemberWire(current)),
                               after: after)
    }

    /// A reason trimmed, or `nil` when none was given and none is required.
    ///
    /// - Throws: `validation` on `reason` when required and blank, or longer than 2,000 characters.
    static func checkedReason(_ reason: String?, required: Bool, limit: Int = 2000) throws -> String? {
        let trimmed = reason.flatMap(MemberHandlers.nonEmpty)
        if required && trimmed == nil { throw NetworkError.invalid("reason", "is required: say why") }
        if let trimmed, trimmed.storedLength > limit {
            throw NetworkError.invalid("reason", "must be at most \(limit) characters")
        }
        return trimmed
    }
}
