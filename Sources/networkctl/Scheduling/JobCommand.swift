import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl job …`: the scheduler's jobs, their runs, and running one by hand.
struct JobCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "job",
        abstract: "Show the scheduled jobs and their runs; run one now.",
        subcommands: [List.self, Run.self, History.self],
        defaultSubcommand: List.self
    )

    static let runHeader = ["RUN", "JOB", "TRIGGER", "DUE", "BY", "ATTEMPTS", "OUTCOME", "COUNTS"]

    /// One run as a table row.
    static func row(_ run: JobRunWire) -> [String] {
        [String(run.id), run.job + (run.startYear.map { " \($0)" } ?? ""), run.trigger, String(run.dueAt.prefix(16)),
         run.requestedBy, String(run.attempts), run.outcome, counts(run.counts)]
    }

    /// `invoices=135 periods=150`, sorted by name; `-` when empty.
    static func counts(_ counts: [String: Int]) -> String {
        counts.isEmpty ? "-" : counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    /// A finished run in a few lines: its row, its error, its notes.
    static func report(_ run: JobRunWire, style: Style) -> String {
        var text = Table(header: runHeader, rows: [row(run)]).render(style: style)
        if let error = run.error { text += "\nerror: \(error)" }
        for note in run.notes { text += "\nnote: \(note)" }
        return text
    }

    /// `networkctl job list`: `job.list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the jobs, when each runs, and each one's latest run.",
            discussion: "\(JobList.callLine).\n\nEXAMPLES:\n  networkctl job list")

        @OptionGroup var globals: GlobalOptions

        func run() throws {
            let style = globals.style
            try globals.perform(JobList.self, NoParams()) { result in
                Terminal.out("Scheduler: \(result.schedulerEnabled ? "on" : "off (scheduler = off: this daemon runs no jobs)"); network clock \(result.now)")
                let rows = result.jobs.map { job in
                    [job.job, job.schedule, job.lastRun.map { "\($0.outcome) (run \($0.id), due \($0.dueAt.prefix(16)))" } ?? "never run",
                     job.lastRun.map { counts($0.counts) } ?? "-"]
                }
                Terminal.out(Table(header: ["JOB", "SCHEDULE", "LAST RUN", "COUNTS"], rows: rows).render(style: style))
            }
        }
    }

    /// `networkctl job run JOB [--year Y] [--dry-run]`: `job.run`. Exits 1 when the run failed.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run a job now and wait for it (--dry-run: count what it would do, change nothing).",
            discussion: """
                \(JobRun.callLine). A run by hand is recorded like a scheduled one (job history); \
                it creates nothing a scheduled run already did.

                EXAMPLES:
                  networkctl job run reminders --dry-run
                  networkctl job run renewal --year 2027
                """)

        @OptionGroup var globals: GlobalOptions
        @Argument(help: "renewal, reminders or lapse.")
        var job: Job
        @Option(name: .customLong("year"), help: ArgumentHelp("The renewal's year (the calendar year it starts in).", valueName: "start-year"))
        var startYear: Int?
        @Flag(help: "Work it out and count, then roll back.")
        var dryRun = false

        func run() throws {
            let style = globals.style
            try globals.perform(JobRun.self, .init(job: job, startYear: startYear, dryRun: dryRun)) { result in
                if result.dryRun { Terminal.out("Dry run: nothing was changed.") }
                Terminal.out(report(result.run, style: style))
                if result.run.outcome == "failed" { throw ExitCode(1) }
            }
        }
    }

    /// `networkctl job history [--job J] [--limit N] [--before ID]`: `job.history`.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List job runs, newest first.",
            discussion: "\(JobHistory.callLine).\n\nEXAMPLES:\n  networkctl job history\n  networkctl job history --job renewal")

        @OptionGroup var globals: GlobalOptions
        @Option(help: "Only this job's runs.")
        var job: Job?
        @Option(help: ArgumentHelp("Runs per page (1-500).", valueName: "n"))
        var limit: Int?
        @Option(help: ArgumentHelp("Runs before this id (the previous page's last).", valueName: "id"))
        var before: Int64?

        func run() throws {
            let style = globals.style
            try globals.perform(JobHistory.self, .init(job: job, before: before, limit: limit)) { result in
                guard !result.runs.isEmpty else { return Terminal.out("No job has run yet.") }
                Terminal.out(Table(header: runHeader, rows: result.runs.map(row)).render(style: style))
                if let next = result.next { Terminal.out("More: --before \(next)") }
            }
        }
    }
}
