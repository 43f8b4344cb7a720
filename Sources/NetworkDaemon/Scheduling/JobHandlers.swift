import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The job area's handlers: `job.list`, `job.run`, `job.history`.
enum JobHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(JobList.self) { context, _, connection in
            let settings = context.services.state.configuration.scheduling
            let latest = try JobRunStore.latest(on: connection)
            let now = try connection.query("SELECT to_json(network_now()) #>> '{}' AS now").first?.decode("now", as: String.self) ?? ""
            let jobs = Job.allCases.map { job in
                JobWire(job: job.rawValue, summary: job.summary, schedule: schedule(of: job, settings),
                        lastRun: latest[job].map(JobRunWire.init))
            }
            return JobList.Result(jobs: jobs, schedulerEnabled: settings.enabled, now: now)
        }
        registry.command(JobRun.self) { context, params in
            let run = try await context.services.scheduler.runByHand(params.job, startYear: params.startYear, dryRun: params.dryRun ?? false,
                                                                     by: actor(context))
            return JobRun.Result(run: JobRunWire(run), dryRun: params.dryRun ?? false)
        }
        registry.query(JobHistory.self) { _, params, connection in
            let limit = params.limit ?? 50
            guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be 1 to 500") }
            let runs = try JobRunStore.history(job: params.job, before: params.before, limit: limit + 1, on: connection)
            let page = Array(runs.prefix(limit))
            return JobHistory.Result(runs: page.map(JobRunWire.init), next: runs.count > limit ? page.last?.id : nil)
        }
    }

    static let statusCounters = ["jobsRunning", "jobRunsFailed"]

    /// The caller as a job run by hand records it.
    static func actor(_ context: RequestContext) -> JobActor {
        JobActor(actor: context.caller.actor, role: context.actingRole.rawValue, requestID: context.requestID, method: context.method)
    }

    /// When `job` falls due, in words.
    static func schedule(of job: Job, _ settings: SchedulingConfiguration) -> String {
        switch job {
        case .changes: "daily at \(settings.dailyAtText): changes scheduled for that day or before"
        case .renewal: "on each open year's invoice date at \(settings.dailyAtText)"
        case .reminders:
            settings.reminderSteps.days.isEmpty
                ? "daily at \(settings.dailyAtText) (no reminder days configured)"
                : "daily at \(settings.dailyAtText): \(settings.reminderSteps.days.map(String.init).joined(separator: ", ")) days after the due date"
        case .lapse: "daily at \(settings.dailyAtText): \(settings.lapseAfterDays) days after the due date"
        }
    }
}

extension JobRunWire {
    /// The wire form of a stored run.
    init(_ run: JobRunRecord) {
        self.init(id: run.id, job: run.job.rawValue, trigger: run.trigger, dueAt: run.dueAt, startYear: run.startYear,
                  requestedBy: run.requestedBy, holder: run.holder, attempts: run.attempts, startedAt: run.startedAt,
                  finishedAt: run.finishedAt, outcome: run.outcome?.rawValue ?? "running", error: run.error, counts: run.counts,
                  notes: run.notes)
    }
}
