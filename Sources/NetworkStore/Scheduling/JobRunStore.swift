import NetworkCore
import Postgres

/// Claims, renews and finishes job runs, so that with several daemons on one database each
/// scheduled occurrence runs once.
///
/// Guarantees:
/// - A scheduled occurrence `(job, dueAt)` has at most one row (`job_run_occurrence_key`):
///   ``claimScheduled(_:dueAt:startYear:holder:lease:retryAfter:maxAttempts:on:)`` inserts it
///   or takes it over, atomically, and returns `nil` to every other claimant.
/// - A run is taken over only when its lease (real time, `clock_timestamp()`) has expired, or
///   when it failed and its retry delay has passed; the lease is renewed by ``renew(_:holder:lease:counts:on:)``
///   in the same transaction as each batch of work, which therefore commits only while its
///   holder still holds the run.
public enum JobRunStore {
    private static let columns: SQL = """
        id, job, trigger, to_json(due_at) #>> '{}' AS due_at, start_year, requested_by, holder,
        to_json(lease_until) #>> '{}' AS lease_until, attempts, to_json(started_at) #>> '{}' AS started_at,
        to_json(finished_at) #>> '{}' AS finished_at, outcome, error, notes,
        ARRAY(SELECT key FROM jsonb_each(counts) ORDER BY key) AS count_names,
        ARRAY(SELECT (value #>> '{}')::bigint FROM jsonb_each(counts) ORDER BY key) AS count_values
        """

    /// Claims the scheduled occurrence of `job` due at `dueAt` for `holder`: inserts its row,
    /// or takes over one whose lease expired or whose failure may be retried.
    ///
    /// - Parameters:
    ///   - dueAt: RFC 3339 (or any text `timestamptz` takes).
    ///   - lease: Seconds the claim holds before another daemon may take it over.
    ///   - retryAfter: Seconds after a failed attempt (times the attempts so far) before a retry.
    ///   - maxAttempts: Attempts after which a failed run is left failed.
    /// - Returns: The claimed run, or `nil` when it is held, finished, or failed for good.
    public static func claimScheduled(_ job: Job, dueAt: String, startYear: Int?, holder: String, lease: Int, retryAfter: Int,
                                      maxAttempts: Int, on connection: PostgresConnection) throws -> JobRunRecord? {
        if let row = try connection.query("""
            INSERT INTO job_run (job, trigger, due_at, start_year, requested_by, holder, lease_until)
            VALUES (\(job.rawValue), 'schedule', \(dueAt)::timestamptz, \(startYear), 'scheduler', \(holder),
                    clock_timestamp() + make_interval(secs => \(lease)))
            ON CONFLICT (job, due_at) WHERE trigger = 'schedule' DO NOTHING
            RETURNING \(columns)
            """).first {
            return try record(row)
        }
        return try connection.query("""
            UPDATE job_run SET holder = \(holder), lease_until = clock_timestamp() + make_interval(secs => \(lease)),
                   attempts = attempts + 1, finished_at = NULL, outcome = NULL, error = NULL
            WHERE job = \(job.rawValue) AND due_at = \(dueAt)::timestamptz AND trigger = 'schedule'
              AND ((finished_at IS NULL AND lease_until < clock_timestamp())
                   OR (outcome = 'failed' AND attempts < \(maxAttempts)
                       AND finished_at < clock_timestamp() - make_interval(secs => \(retryAfter)::int * attempts)))
            RETURNING \(columns)
            """).first.map(record)
    }

    /// Starts a run by hand (`job.run`): always a new row.
    public static func startManual(_ job: Job, startYear: Int?, requestedBy: String, holder: String, lease: Int,
                                   on connection: PostgresConnection) throws -> JobRunRecord {
        guard let row = try connection.query("""
            INSERT INTO job_run (job, trigger, due_at, start_year, requested_by, holder, lease_until)
            VALUES (\(job.rawValue), 'manual', network_now(), \(startYear), \(requestedBy), \(holder),
                    clock_timestamp() + make_interval(secs => \(lease)))
            RETURNING \(columns)
            """).first else { throw PostgresError(kind: .decoding, message: "job_run insert returned nothing", column: nil) }
        return try record(row)
    }

    /// Extends `run`'s lease and stores its counts so far, if `holder` still holds it.
    ///
    /// - Returns: `false` when the run was taken over (or finished): the caller must stop, and
    ///   roll back the work of the transaction this was called in.
    public static func renew(_ run: Int64, holder: String, lease: Int, counts: [String: Int], notes: [String],
                             on connection: PostgresConnection) throws -> Bool {
        try connection.execute("""
            UPDATE job_run SET lease_until = clock_timestamp() + make_interval(secs => \(lease)), counts = \(encode(counts))::jsonb,
                   notes = \(Array(notes.prefix(50)))::text[]
            WHERE id = \(run) AND holder = \(holder) AND finished_at IS NULL
            """) == 1
    }

    /// Finishes `run` with `outcome` (and `error` when it failed), if `holder` still holds it.
    ///
    /// - Returns: `false` when it no longer does.
    @discardableResult
    public static func finish(_ run: Int64, holder: String, outcome: JobOutcome, error: String?, counts: [String: Int],
                              notes: [String], on connection: PostgresConnection) throws -> Bool {
        try connection.execute("""
            UPDATE job_run SET finished_at = clock_timestamp(), outcome = \(outcome.rawValue),
                   error = \(error.map { String($0.prefix(2000)) }), counts = \(encode(counts))::jsonb,
                   notes = \(Array(notes.prefix(50)))::text[]
            WHERE id = \(run) AND holder = \(holder) AND finished_at IS NULL
            """) == 1
    }

    /// The run `id`, or `nil`.
    public static func get(_ id: Int64, on connection: PostgresConnection) throws -> JobRunRecord? {
        try connection.query("SELECT \(columns) FROM job_run WHERE id = \(id)").first.map(record)
    }

    /// Runs newest first, of `job` when given, before id `before` when given.
    public static func history(job: Job?, before: Int64?, limit: Int, on connection: PostgresConnection) throws -> [JobRunRecord] {
        try connection.query("""
            SELECT \(columns) FROM job_run
            WHERE (\(job?.rawValue)::text IS NULL OR job = \(job?.rawValue)) AND (\(before)::bigint IS NULL OR id < \(before))
            ORDER BY id DESC LIMIT \(limit)
            """).map(record)
    }

    /// The latest run of each job.
    public static func latest(on connection: PostgresConnection) throws -> [Job: JobRunRecord] {
        var latest: [Job: JobRunRecord] = [:]
        for row in try connection.query("SELECT DISTINCT ON (job) \(columns) FROM job_run ORDER BY job, id DESC") {
            let run = try record(row)
            latest[run.job] = run
        }
        return latest
    }

    /// `counts` as a JSON object, keys sorted.
    static func encode(_ counts: [String: Int]) -> String {
        "{" + counts.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
    }

    private static func record(_ row: PostgresRow) throws -> JobRunRecord {
        let jobText: String = try row.decode("job")
        guard let job = Job(rawValue: jobText) else { throw PostgresError(kind: .decoding, message: "unknown job \(jobText)", column: "job") }
        let outcome: String? = try row.decode("outcome")
        return JobRunRecord(
            id: try row.decode("id"), job: job, trigger: try row.decode("trigger"), dueAt: try row.decode("due_at"),
            startYear: try row.decode("start_year"), requestedBy: try row.decode("requested_by"), holder: try row.decode("holder"),
            leaseUntil: try row.decode("lease_until"), attempts: try row.decode("attempts"), startedAt: try row.decode("started_at"),
            finishedAt: try row.decode("finished_at"), outcome: outcome.flatMap(JobOutcome.init(rawValue:)), error: try row.decode("error"),
            notes: try row.decode("notes"), counts: Dictionary(uniqueKeysWithValues: zip(try row.decode("count_names", as: [String].self),
                                                         try row.decode("count_values", as: [Int].self))))
    }
}

/// A scheduled occurrence that is due and not held: no run yet, a run whose holder's lease
/// expired, or a failed run whose retry delay has passed.
public struct DueOccurrence: Sendable, Hashable {
    public var job: Job
    /// RFC 3339, on the network's clock.
    public var dueAt: String
    /// The year of a renewal.
    public var startYear: Int?
}

extension JobRunStore {
    /// The occurrences due now on the network's clock: each daily job's latest `dailyAt` (local
    /// time, `HH:MM`), and the renewal of every open year whose invoice date (at `dailyAt`)
    /// has come and which has not ended — when nobody holds or has finished them.
    ///
    /// A daily job's earlier occurrences, missed while no daemon ran, are not listed: its run
    /// decides everything due up to today.
    public static func dueOccurrences(dailyAt: String, retryAfter: Int, maxAttempts: Int, on connection: PostgresConnection) throws
        -> [DueOccurrence]
    {
        try connection.query("""
            WITH n AS (
                SELECT time_zone, network_now() AS now, network_today() AS today, \(dailyAt)::time AS at FROM network
            ), occurrences AS (
                SELECT j.job,
                       CASE WHEN (n.today + n.at) AT TIME ZONE n.time_zone <= n.now THEN (n.today + n.at) AT TIME ZONE n.time_zone
                            ELSE ((n.today - 1) + n.at) AT TIME ZONE n.time_zone END AS due,
                       NULL::smallint AS start_year
                FROM n CROSS JOIN unnest(ARRAY['changes', 'reminders', 'lapse']) AS j(job)
                UNION ALL
                SELECT 'renewal', (y.invoice_date + n.at) AT TIME ZONE n.time_zone, y.start_year
                FROM billing_year y CROSS JOIN n
                WHERE (y.invoice_date + n.at) AT TIME ZONE n.time_zone <= n.now AND y.ends_on >= n.today
            )
            SELECT o.job, to_json(o.due) #>> '{}' AS due_at, o.start_year
            FROM occurrences o
            LEFT JOIN job_run r ON r.trigger = 'schedule' AND r.job = o.job AND r.due_at = o.due
            WHERE r.id IS NULL
               OR (r.finished_at IS NULL AND r.lease_until < clock_timestamp())
               OR (r.outcome = 'failed' AND r.attempts < \(maxAttempts)
                   AND r.finished_at < clock_timestamp() - make_interval(secs => \(retryAfter)::int * r.attempts))
            ORDER BY array_position(ARRAY['changes', 'renewal', 'reminders', 'lapse'], o.job), o.due
            """).map { row in
            let text: String = try row.decode("job")
            guard let job = Job(rawValue: text) else { throw PostgresError(kind: .decoding, message: "unknown job \(text)", column: "job") }
            return DueOccurrence(job: job, dueAt: try row.decode("due_at"), startYear: try row.decode("start_year"))
        }
    }
}
