import NetworkCore

/// The job area: the scheduler's jobs, their runs, and running one by hand.
public enum JobAPI: AdminArea {
    public static let name = "job"
    public static let group = AreaGroup.scheduling
    public static let methods: [any AdminMethod.Type] = [JobList.self, JobRun.self, JobHistory.self]
}

/// One job run on the wire.
public struct JobRunWire: Codable, Sendable, Hashable {
    public var id: Int64
    /// `renewal`, `reminders` or `lapse`.
    public var job: String
    /// `schedule` or `manual`.
    public var trigger: String
    /// When the schedule said it was due (network clock), or when it was asked for.
    public var dueAt: String
    /// The membership year of a renewal run.
    public var startYear: Int?
    /// `scheduler`, or who asked.
    public var requestedBy: String
    /// The daemon that holds (or last held) it: host:pid:instance.
    public var holder: String?
    /// Starts: more than one after a takeover (its daemon died) or a retry (it failed).
    public var attempts: Int
    public var startedAt: String
    public var finishedAt: String?
    /// `running`, `succeeded` or `failed`.
    public var outcome: String
    public var error: String?
    /// What it did: `periods`, `invoices`, `issued`, `awaitingPurchaseOrder`, `sent`, `skipped`, `lapsed`, `unpriced`…
    public var counts: [String: Int]
    /// What it could not do, one line each (the first 50).
    public var notes: [String]
    public init(id: Int64, job: String, trigger: String, dueAt: String, startYear: Int? = nil, requestedBy: String, holder: String? = nil, attempts: Int, startedAt: String, finishedAt: String? = nil, outcome: String, error: String? = nil, counts: [String: Int], notes: [String]) {
        self.id = id
        self.job = job
        self.trigger = trigger
        self.dueAt = dueAt
        self.startYear = startYear
        self.requestedBy = requestedBy
        self.holder = holder
        self.attempts = attempts
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.outcome = outcome
        self.error = error
        self.counts = counts
        self.notes = notes
    }
}

/// A job and when it runs, on the wire.
public struct JobWire: Codable, Sendable, Hashable {
    /// `renewal`, `reminders` or `lapse`.
    public var job: String
    public var summary: String
    /// When it falls due, in words: "daily at 06:00", "on each year's invoice date at 06:00".
    public var schedule: String
    /// Its latest run, if any.
    public var lastRun: JobRunWire?
    public init(job: String, summary: String, schedule: String, lastRun: JobRunWire? = nil) {
        self.job = job
        self.summary = summary
        self.schedule = schedule
        self.lastRun = lastRun
    }
}

/// `job.list`: the jobs, their schedules and latest runs.
public enum JobList: Query {
    public static let name = "job.list"
    public static let summary = "The scheduler's jobs (renewal, reminders, lapse): when each runs, whether this daemon runs them, and each one's latest run."
    public static let access: Access<Params> = .staff([.operator, .secretariat])
    public typealias Params = NoParams

    public struct Result: Codable, Sendable, Hashable {
        public var jobs: [JobWire]
        /// Whether this daemon's scheduler is on (`scheduler` in networkd.conf).
        public var schedulerEnabled: Bool
        /// The network's clock now (RFC 3339): what schedules are measured by.
        public var now: String
        public init(jobs: [JobWire], schedulerEnabled: Bool, now: String) {
            self.jobs = jobs
            self.schedulerEnabled = schedulerEnabled
            self.now = now
        }
    }
}

/// `job.run`: run a job now, by hand, and wait for it.
public enum JobRun: DaemonCommand {
    public static let name = "job.run"
    public static let summary = "Run a job now and wait for it to finish (renewal for startYear, default the year containing today); dryRun counts what it would do and changes nothing."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// `renewal`, `reminders` or `lapse`.
        public var job: Job
        /// The renewal's membership year; only for `renewal`.
        public var startYear: Int?
        /// Work out and count, then roll back: no run is recorded.
        public var dryRun: Bool?
        public init(job: Job, startYear: Int? = nil, dryRun: Bool? = nil) {
            self.job = job
            self.startYear = startYear
            self.dryRun = dryRun
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        /// The run, as finished; for a dry run, `id` 0 and nothing stored.
        public var run: JobRunWire
        public var dryRun: Bool
        public init(run: JobRunWire, dryRun: Bool) {
            self.run = run
            self.dryRun = dryRun
        }
    }
}

/// `job.history`: job runs, newest first.
public enum JobHistory: Query {
    public static let name = "job.history"
    public static let summary = "Job runs newest first, of one job when given: when each was due, who ran it, how it ended and what it did."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var job: Job?
        /// Runs with ids below this (the previous page's `next`).
        public var before: Int64?
        /// 1–500, default 50.
        public var limit: Int?
        public init(job: Job? = nil, before: Int64? = nil, limit: Int? = nil) {
            self.job = job
            self.before = before
            self.limit = limit
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var runs: [JobRunWire]
        /// Pass as `before` for the next page; absent on the last.
        public var next: Int64?
        public init(runs: [JobRunWire], next: Int64? = nil) {
            self.runs = runs
            self.next = next
        }
    }
}
