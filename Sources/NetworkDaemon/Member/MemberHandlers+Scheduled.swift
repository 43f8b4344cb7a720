import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// Changes that take effect later: a tier change from a future date and the end of a
/// suspension, scheduled now and applied by the scheduler's `changes` job on their day.
extension MemberHandlers {
    /// Cancels a pending scheduled change.
    ///
    /// - Throws: `not_found`; `invalid_transition` when it already applied, failed or was cancelled.
    @Sendable
    static func cancelChange(_ context: RequestContext, _ params: MemberCancelChange.Params, _ scope: MutationScope) throws
        -> MutationOutcome<ScheduledChangeWire>
    {
        let connection = scope.connection
        let reason = try checkedReason(params.reason, required: false)
        guard let change = try ScheduledChangeStore.get(params.changeId, forUpdate: true, on: connection) else {
            throw NetworkError.notFound(entity: "scheduled change", id: String(params.changeId))
        }
        guard try ScheduledChangeStore.settle(change.id, status: "cancelled", by: context.caller.actor, note: reason ?? "cancelled",
                                              run: nil, on: connection) else {
            throw NetworkError.invalidTransition(entity: "scheduled change \(change.id)", from: change.status, to: "cancelled")
        }
        if change.change == "start" {
            // A membership that will not start: the applicant waiting for it is rejected.
            let member = try MemberStore.require(change.memberId, forUpdate: true, on: connection)
            _ = try MemberStore.changeStatus(of: member, to: try member.status.applying(.reject), actor: context.caller.actor,
                                             reason: "membership from \(change.effectiveOn) cancelled" + (reason.map { ": \($0)" } ?? ""),
                                             on: connection)
        }
        let after = ScheduledChangeWire(try ScheduledChangeStore.get(change.id, on: connection) ?? change)
        return MutationOutcome(result: after, target: "member:\(change.memberId)", before: try JSONCoding.value(of: ScheduledChangeWire(change)),
                               after: try JSONCoding.value(of: after))
    }

    /// The day a suspension ends (`until`), checked: only for `member.suspend`, and after today.
    static func suspensionEnd(_ until: String?, event: MemberEvent, on connection: PostgresConnection) throws -> String? {
        guard let until else { return nil }
        guard event == .suspend else {
            throw NetworkError.invalid("until", "until is the day a suspension ends: only \(MemberSuspend.name) takes it")
        }
        guard CalendarDate(parsing: until) != nil else {
            throw NetworkError.invalid("until", "must be a date as YYYY-MM-DD, such as 2027-01-31")
        }
        let today = try MemberStore.today(on: connection)
        guard until > today else {
            throw NetworkError.invalid("until", "until \(until) is not after today (\(today)): reinstate the member instead")
        }
        return until
    }

    /// What a lifecycle change does to changes scheduled for the member: a reinstatement by hand
    /// cancels the scheduled end of the suspension; leaving the network cancels them all.
    static func settleScheduled(after event: MemberEvent, memberId: Int64, actor: String, on connection: PostgresConnection) throws {
        switch event {
        case .reinstate:
            _ = try ScheduledChangeStore.cancelPending(memberId: memberId, change: "reinstate", by: actor, note: "reinstated by hand",
                                                       on: connection)
        case .resign, .terminate:
            _ = try ScheduledChangeStore.cancelPending(memberId: memberId, by: actor, note: "the member left (\(event.rawValue))",
                                                       on: connection)
        default:
            break
        }
    }

    /// Moves `current` to `tier` and `kind` from `effectiveOn` (today or earlier), re-pricing an
    /// open year that contains the change: `member.changeTier`'s work, and the `changes` job's.
    static func applyTierChange(_ current: MemberRecord, to tier: String, kind: String, effectiveOn: String, actor: String, reason: String,
                                render: (@Sendable (InvoiceSnapshot) throws -> Void)?, on connection: PostgresConnection) throws
        -> (MemberRecord, TierRepricingWire?)
    {
        let repricing = try CalendarDate(parsing: effectiveOn).flatMap { date in
            try TierRepricing(calendar: try BillingCalendar.read(on: connection), actor: actor, connection: connection, render: render)
                .reprice(current, to: tier, kind: kind, effectiveOn: date)
        }
        let stored = try MemberStore.changeTier(of: current, to: tier, kind: kind, effectiveOn: effectiveOn, actor: actor, reason: reason,
                                                on: connection)
        return (stored, repricing)
    }
}

extension ScheduledChangeWire {
    /// The wire form of a stored change.
    init(_ change: ScheduledChangeRecord) {
        self.init(id: change.id, memberId: change.memberId, change: change.change, effectiveOn: change.effectiveOn, toTier: change.toTier,
                  toKind: change.toKind, reason: change.reason, status: change.status, createdBy: change.createdBy, createdAt: change.createdAt,
                  settledBy: change.settledBy, settledAt: change.settledAt, note: change.note)
    }
}

extension MemberHistoryEntry {
    /// A pending change of `member` as a history entry: what it will change, from what, on which day.
    init(pending change: ScheduledChangeRecord, of member: MemberRecord) {
        switch change.change {
        case "tier":
            self.init(change: "tier", from: member.tier, to: change.toTier ?? "", at: change.createdAt, effectiveOn: change.effectiveOn,
                      fromKind: member.kind, toKind: change.toKind, actor: change.createdBy, reason: change.reason, pending: true,
                      scheduledChangeId: change.id)
        default:
            let from = change.change == "start" ? MemberStatus.applicant : MemberStatus.suspended
            self.init(change: "status", from: from.rawValue, to: MemberStatus.active.rawValue, at: change.createdAt,
                      effectiveOn: change.effectiveOn, actor: change.createdBy, reason: change.reason, pending: true,
                      scheduledChangeId: change.id)
        }
    }
}
