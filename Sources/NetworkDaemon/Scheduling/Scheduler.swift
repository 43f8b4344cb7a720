#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Logging
import NetworkCore
import NetworkStore
import Postgres

/// Runs the jobs: finds the occurrences due, claims each (so that with several daemons on one
/// database each runs once), does its work, and records how it ended.
///
/// Guarantees:
/// - An occurrence is worked on only while this daemon holds its `job_run` row; every batch
///   renews the lease in its own transaction, so a daemon that lost the run (it stalled past
///   its lease and another took over) commits nothing more for it.
/// - A run that throws is recorded `failed` with the error, and retried later (after
///   `job_lease` seconds times its attempts, at most five attempts); one interrupted by
///   shutdown releases its lease for the next daemon.
/// - Time is the network's clock (`network_now()`), never this machine's: tests move it.
public final class Scheduler: Sendable {
    /// The actor recorded for the scheduler's own changes.
    public static let actor = "scheduler"
    /// Attempts after which a failed scheduled run is left failed (job.run can still run it).
    static let maxAttempts = 5

    let pool: PostgresPool
    let state: DaemonState
    let documents: InvoiceDocuments
    let logger: Logger
    /// This daemon, as job runs and the outbox name their holder: `host:pid:random`.
    public let holder: String

    init(pool: PostgresPool, state: DaemonState, documents: InvoiceDocuments, logger: Logger) {
        self.pool = pool
        self.state = state
        self.documents = documents
        self.logger = logger
        self.holder = Self.makeHolder()
    }

    /// The scheduling keys in force (re-read on every use: a reload applies to the next pass).
    var settings: SchedulingConfiguration { state.configuration.scheduling }

    /// One look for due work: claims and runs every due occurrence, in job order.
    ///
    /// - Returns: The runs it did.
    @discardableResult
    public func pass() async -> [JobRunRecord] {
        let settings = self.settings
        let due: [DueOccurrence]
        do {
            due = try await pool.withConnection { connection in
                try JobRunStore.dueOccurrences(dailyAt: settings.dailyAtText, retryAfter: settings.jobLeaseSeconds,
                                               maxAttempts: Self.maxAttempts, on: connection)
            }
        } catch {
            logger.warning("scheduler: cannot read what is due", metadata: ["error": "\(error)"])
            return []
        }
        var done: [JobRunRecord] = []
        for occurrence in due {
            if Task.isCancelled { break }
            let claimed: JobRunRecord?
            do {
                claimed = try await pool.withConnection { [holder] connection in
                    try JobRunStore.claimScheduled(occurrence.job, dueAt: occurrence.dueAt, startYear: occurrence.startYear, holder: holder,
                                                   lease: settings.jobLeaseSeconds, retryAfter: settings.jobLeaseSeconds,
                                                   maxAttempts: Self.maxAttempts, on: connection)
                }
            } catch {
                logger.warning("scheduler: cannot claim \(occurrence.job.rawValue)", metadata: ["error": "\(error)"])
                continue
            }
            guard let claimed else { continue }
            if let finished = await work(claimed, by: .scheduler(run: claimed.id)) { done.append(finished) }
        }
        return done
    }

    /// Runs `job` now, by hand, as `by`: a new run, worked on at once. With `dryRun`, the work
    /// is done and rolled back, and nothing is recorded.
    ///
    /// - Returns: The finished run (for a dry run, one with id 0 that was never stored).
    /// - Throws: `validation` for a renewal year that is not open or a year given to a daily job.
    func runByHand(_ job: Job, startYear: Int?, dryRun: Bool, by: JobActor) async throws -> JobRunRecord {
        let settings = self.settings
        let year: Int?
        if job == .renewal {
            year = try await pool.withConnection { connection in
                let calendar = try BillingCalendar.read(on: connection)
                let year = try startYear ?? calendar.currentYear.startYear
                _ = try calendar.openYear(year, on: connection)
                return year
            }
        } else if startYear != nil {
            throw NetworkError.invalid("startYear", "only the renewal job is for a year; \(job.rawValue) covers every open invoice")
        } else {
            year = nil
        }
        if dryRun {
            let tally = try await dryRunTally(job, startYear: year, by: by)
            return JobRunRecord(id: 0, job: job, trigger: "manual", dueAt: "", startYear: year, requestedBy: by.actor, holder: nil, leaseUntil: nil,
                                attempts: 1, startedAt: "", finishedAt: nil, outcome: .succeeded, error: nil, notes: tally.notes,
                                counts: tally.counts)
        }
        let run = try await pool.withConnection { [holder] connection in
            try JobRunStore.startManual(job, startYear: year, requestedBy: by.actor, holder: holder, lease: settings.jobLeaseSeconds,
                                        on: connection)
        }
        guard let finished = await work(run, by: by) else {
            throw NetworkError.unavailable("job run \(run.id) was interrupted (the daemon is stopping, or another took it over); see \(JobHistory.name)")
        }
        return finished
    }

    /// What `job` would do now, worked out in transactions that are rolled back.
    private func dryRunTally(_ job: Job, startYear: Int?, by: JobActor) async throws -> JobTally {
        let daily = DailyWork(pool: pool, settings: settings, by: by)
        switch job {
        case .changes: return try await ChangesWork(pool: pool, documents: documents, by: by).run(nil)
        case .reminders: return try await daily.reminders(nil)
        case .lapse: return try await daily.lapse(nil)
        case .renewal:
            let work = RenewalWork(pool: pool, documents: documents, settings: settings, by: by, startYear: startYear ?? 0)
            let preview = try await pool.withTransaction(isolation: .repeatableRead) { try work.preview(limit: 0, on: $0) }
            var tally = JobTally()
            tally.add("members", preview.members)
            tally.add("periods", preview.periods)
            tally.add("invoices", preview.invoices)
            tally.add("unpriced", preview.unpriced.count)
            for note in preview.unpriced { tally.note(note) }
            return tally
        }
    }

    /// Does `run`'s work and records its end.
    ///
    /// - Returns: The finished run; `nil` when it stopped without finishing (shutdown, lost lease).
    private func work(_ run: JobRunRecord, by: JobActor) async -> JobRunRecord? {
        let settings = self.settings
        let held = HeldRun(id: run.id, holder: holder, lease: settings.jobLeaseSeconds)
        let metadata: Logger.Metadata = ["job": "\(run.job.rawValue)", "run": "\(run.id)", "attempt": "\(run.attempts)"]
        logger.info("job \(run.job.rawValue) run \(run.id) started", metadata: metadata)
        let outcome: (JobOutcome, String?, JobTally)
        do {
            let tally: JobTally
            switch run.job {
            case .changes: tally = try await ChangesWork(pool: pool, documents: documents, by: by).run(held)
            case .reminders: tally = try await DailyWork(pool: pool, settings: settings, by: by).reminders(held)
            case .lapse: tally = try await DailyWork(pool: pool, settings: settings, by: by).lapse(held)
            case .renewal:
                tally = try await RenewalWork(pool: pool, documents: documents, settings: settings, by: by, startYear: run.startYear ?? 0).run(held)
            }
            outcome = (.succeeded, nil, tally)
        } catch JobStop.leaseLost {
            logger.warning("job run \(run.id) was taken over by another daemon; stopped", metadata: metadata)
            return nil
        } catch JobStop.shuttingDown {
            await release(run.id)
            logger.notice("job run \(run.id) stopped for shutdown; the next daemon finishes it", metadata: metadata)
            return nil
        } catch is CancellationError {
            await release(run.id)
            return nil
        } catch {
            // Kept for ops (job.history is staff-only): a database error with its SQLSTATE and message.
            let message = (error as? NetworkError)?.summary ?? String(reflecting: error)
            logger.error("job run \(run.id) failed: \(message)", metadata: metadata)
            outcome = (.failed, message, JobTally())
        }
        do {
            return try await pool.withConnection { [holder] connection in
                try JobRunStore.finish(run.id, holder: holder, outcome: outcome.0, error: outcome.1, counts: outcome.2.counts,
                                       notes: outcome.2.notes, on: connection)
                return try JobRunStore.get(run.id, on: connection)
            }
        } catch {
            logger.error("job run \(run.id) finished but could not be recorded; its lease will expire and it runs again",
                         metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Lets the next daemon take `run` over at once (best effort: else its lease expires).
    private func release(_ run: Int64) async {
        _ = try? await pool.withConnection { [holder] connection in
            try connection.execute("UPDATE job_run SET lease_until = clock_timestamp() WHERE id = \(run) AND holder = \(holder) AND finished_at IS NULL")
        }
    }

    /// `host:pid:random`, unique to this daemon's run.
    private static func makeHolder() -> String {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "localhost"
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(host):\(getpid()):\(random)"
    }
}
