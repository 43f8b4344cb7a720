import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The `changes` job: applies each pending scheduled change whose day has come, one per
/// transaction, oldest first.
///
/// Guarantees: a change is applied once — its row is taken `FOR UPDATE SKIP LOCKED` and
/// settled `applied` in the transaction that applies it (which also renews the run's lease).
/// A change that can no longer apply (the member left, or its kind no longer qualifies for the
/// tier) is settled `failed` with the reason and does not stop the others.
struct ChangesWork {
    let pool: PostgresPool
    let documents: InvoiceDocuments
    let by: JobActor

    /// What one transaction did.
    private enum Step: Sendable {
        case done
        case applied
        case failed(String)
    }

    /// Applies every due change for `run`; for a dry run (`run` nil), counts them.
    func run(_ run: HeldRun?) async throws -> JobTally {
        var tally = JobTally()
        tally.add("applied", 0)
        tally.add("failed", 0)
        guard let run else {
            let due = try await pool.withConnection { connection in
                try connection.query("SELECT count(*)::int AS n FROM scheduled_change WHERE status = 'pending' AND effective_on <= network_today()")
                    .first?.decode("n", as: Int.self) ?? 0
            }
            tally.add("due", due)
            return tally
        }
        while true {
            if Task.isCancelled { throw JobStop.shuttingDown }
            let step = try await pool.withTransaction { [tally] connection -> Step in
                guard let change = try ScheduledChangeStore.nextDue(on: connection) else { return .done }
                var next = tally
                let step: Step
                try connection.execute("SAVEPOINT scheduled_change")
                do {
                    try apply(change, run: run.id, on: connection)
                    try ScheduledChangeStore.settle(change.id, status: "applied", by: by.actor, note: nil, run: run.id, on: connection)
                    next.add("applied", 1)
                    step = .applied
                } catch let error as NetworkError {
                    try connection.execute("ROLLBACK TO SAVEPOINT scheduled_change")
                    let reason = "could not apply on \(change.effectiveOn): \(error.summary)"
                    try ScheduledChangeStore.settle(change.id, status: "failed", by: by.actor, note: reason, run: run.id, on: connection)
                    let note = "change \(change.id) (member \(change.memberId)) \(reason)"
                    next.add("failed", 1)
                    next.note(note)
                    step = .failed(note)
                }
                try run.renew(next, on: connection)
                return step
            }
            switch step {
            case .done: return tally
            case .applied: tally.add("applied", 1)
            case .failed(let reason):
                tally.add("failed", 1)
                tally.note(reason)
            }
        }
    }

    /// Applies `change` as its own method would, and records it in the audit trail.
    ///
    /// - Throws: `NetworkError` when it can no longer apply.
    private func apply(_ change: ScheduledChangeRecord, run: Int64, on connection: PostgresConnection) throws {
        let current = try MemberStore.require(change.memberId, forUpdate: true, on: connection)
        let reason = "scheduled by \(change.createdBy) on \(change.createdAt.prefix(10))" + (change.reason.map { ": \($0)" } ?? "")
        let stored: MemberRecord
        var repricing: TierRepricingWire?
        switch change.change {
        case "tier":
            let tier = change.toTier ?? "", kind = change.toKind ?? current.kind
            guard current.status.isCurrent else {
                throw NetworkError.invalidTransition(entity: "member", from: current.status.rawValue, to: "tier \(tier)")
            }
            guard current.tier != tier else { throw NetworkError.invalid("tier", "member \(current.id) is already in tier \(tier)") }
            _ = try TierStore.requireQualifying(kind: kind, tier: tier, on: connection)
            (stored, repricing) = try MemberHandlers.applyTierChange(current, to: tier, kind: kind, effectiveOn: change.effectiveOn,
                                                                     actor: by.actor, reason: reason, render: documents.check, on: connection)
        case "start":
            stored = try MemberStore.admit(current, startsOn: change.effectiveOn, actor: by.actor, reason: "membership starts (\(reason))",
                                           on: connection)
            try MembershipPeriods.startIfYearOpen(memberId: stored.id, startsOn: change.effectiveOn, tier: stored.tier, actor: by.actor,
                                                  on: connection)
        default:
            let next = try current.status.applying(.reinstate)
            stored = try MemberStore.changeStatus(of: current, to: next, actor: by.actor, reason: "suspension ended (\(reason))", on: connection)
        }
        var after = try JSONCoding.value(of: MemberWire(stored))
        if case .object(var members) = after {
            members["scheduledChangeId"] = .integer(change.id)
            if let repricing { members["repricing"] = try JSONCoding.value(of: repricing) }
            after = .object(members)
        }
        _ = try AuditStore.append(AuditRecord(
            requestID: by.requestID, actor: by.actor, role: by.role, method: by.method, target: "member:\(current.id)",
            beforeJSON: try JSONCoding.encodeString(MemberWire(current)), afterJSON: try JSONCoding.encodeString(after)), on: connection)
    }
}
