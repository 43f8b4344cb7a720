import NetworkCore

/// One run of a scheduled job as stored in `job_run`.
public struct JobRunRecord: Sendable, Hashable {
    public var id: Int64
    public var job: Job
    /// `schedule` or `manual`.
    public var trigger: String
    /// When the schedule said the run was due, on the network's clock (RFC 3339); for a run
    /// by hand, when it was asked for.
    public var dueAt: String
    /// The membership year of a renewal run.
    public var startYear: Int?
    /// `scheduler`, or the actor who asked.
    public var requestedBy: String
    /// The daemon instance that holds (or last held) the run.
    public var holder: String?
    /// Until when the holder's lease runs (real time), while the run is unfinished.
    public var leaseUntil: String?
    /// How many times the run was started: more than one after a takeover or a retry.
    public var attempts: Int
    public var startedAt: String
    public var finishedAt: String?
    public var outcome: JobOutcome?
    public var error: String?
    /// What the run could not do, one line each (the first 50).
    public var notes: [String]
    /// What the run did, by name (`periods`, `invoices`, `sent`, `skipped`, `lapsed`…).
    public var counts: [String: Int]
    public init(id: Int64, job: Job, trigger: String, dueAt: String, startYear: Int? = nil, requestedBy: String, holder: String? = nil, leaseUntil: String? = nil, attempts: Int, startedAt: String, finishedAt: String? = nil, outcome: JobOutcome? = nil, error: String? = nil, notes: [String], counts: [String: Int]) {
        self.id = id
        self.job = job
        self.trigger = trigger
        self.dueAt = dueAt
        self.startYear = startYear
        self.requestedBy = requestedBy
        self.holder = holder
        self.leaseUntil = leaseUntil
        self.attempts = attempts
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.outcome = outcome
        self.error = error
        self.notes = notes
        self.counts = counts
    }
}
