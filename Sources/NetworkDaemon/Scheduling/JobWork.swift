import AdminProtocol
import Logging
import NetworkCore
import NetworkStore
import Postgres

/// Who a job's changes are recorded as in the audit trail and the stored transitions.
struct JobActor: Sendable {
    /// `scheduler`, or the caller who ran the job by hand.
    var actor: String
    /// `system` for the scheduler, else the caller's role.
    var role: String
    /// The audit entries' request id: `job-<run id>`, or the request's.
    var requestID: String
    /// The audit entries' method.
    var method: String

    /// The scheduler itself, for run `id`.
    static func scheduler(run id: Int64) -> JobActor {
        JobActor(actor: Scheduler.actor, role: "system", requestID: "job-\(id)", method: JobRun.name)
    }
}

/// Why job work stopped early.
enum JobStop: Error {
    /// Another daemon took the run over (this one's lease expired): the batch was rolled back.
    case leaseLost
    /// The daemon is shutting down: the run is left for the next daemon to finish.
    case shuttingDown
    /// A dry run's work, rolled back.
    case dryRun(JobTally)
}

/// What a run did so far: counts by name, and notes on what it could not do.
struct JobTally: Sendable, Hashable {
    var counts: [String: Int] = [:]
    var notes: [String] = []

    mutating func add(_ name: String, _ value: Int) {
        counts[name, default: 0] += value
    }

    mutating func note(_ text: String) {
        if notes.count < 50 { notes.append(text) }
    }
}

/// The run a piece of work is for: its id and the daemon holding it. `nil` for a dry run.
struct HeldRun: Sendable {
    var id: Int64
    var holder: String
    var lease: Int

    /// Renews the lease with `tally` in the caller's transaction.
    ///
    /// - Throws: `JobStop.leaseLost` when another daemon holds the run now.
    func renew(_ tally: JobTally, on connection: PostgresConnection) throws {
        guard try JobRunStore.renew(id, holder: holder, lease: lease, counts: tally.counts, notes: tally.notes, on: connection) else {
            throw JobStop.leaseLost
        }
    }
}

/// The daily jobs' work: one transaction each, which renews the run's lease before it commits.
struct DailyWork {
    let pool: PostgresPool
    let settings: SchedulingConfiguration
    let by: JobActor

    /// Decides today's reminders.
    func reminders(_ run: HeldRun?) async throws -> JobTally {
        try await transaction(run) { connection in
            let decided = try ReminderStore.decide(settings.reminderSteps, run: run?.id, actor: by.actor, actorRole: by.role,
                                                   requestID: by.requestID, method: by.method, on: connection)
            var tally = JobTally()
            tally.add("sent", decided.sent)
            tally.add("skipped", decided.skipped)
            return tally
        }
    }

    /// Lapses the members past the grace period.
    func lapse(_ run: HeldRun?) async throws -> JobTally {
        try await transaction(run) { connection in
            var tally = JobTally()
            tally.add("lapsed", try LapseStore.lapse(graceDays: settings.lapseAfterDays, actor: by.actor, actorRole: by.role,
                                                     requestID: by.requestID, method: by.method, on: connection))
            return tally
        }
    }

    /// `body` in one transaction that renews `run`'s lease, or (for a dry run, `run` nil) is
    /// rolled back.
    private func transaction(_ run: HeldRun?, _ body: @escaping @Sendable (PostgresConnection) throws -> JobTally) async throws -> JobTally {
        do {
            return try await pool.withTransaction { connection in
                let tally = try body(connection)
                guard let run else { throw JobStop.dryRun(tally) }
                try run.renew(tally, on: connection)
                return tally
            }
        } catch JobStop.dryRun(let tally) {
            return tally
        }
    }
}
