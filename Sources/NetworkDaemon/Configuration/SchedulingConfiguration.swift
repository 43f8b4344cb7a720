import NetworkCore

/// The scheduler's and the e-mail sender's keys: what runs when, and how mail leaves.
///
/// Every key can change on reload: the scheduler and the sender read the live configuration
/// on every pass.
public struct SchedulingConfiguration: Sendable, Equatable {
    /// `scheduler = off` stops this daemon running jobs and sending mail (another daemon on the
    /// same database may do both); jobs can still be run by hand with `job.run`.
    public var enabled = true
    /// Local time (network time zone) at which daily jobs and a year's renewal run fall due:
    /// minutes after midnight.
    public var dailyAtMinutes = 6 * 60
    /// Seconds between the scheduler's looks for due work (it also wakes when the network's
    /// clock is moved).
    public var intervalSeconds = 60
    /// Days after the due date on which an unpaid invoice is reminded.
    public var reminderSteps = ReminderSteps.standard
    /// Days after the due date on which an unpaid subscription lapses its member.
    public var lapseAfterDays = 90
    /// Whether the renewal run issues its invoices (`issue`: issued, or awaiting a purchase
    /// order) or leaves them as drafts for the secretariat (`draft`).
    public var renewalIssues = false
    /// Members per renewal batch (one transaction each).
    public var renewalBatch = 1000
    /// Seconds a job run's lease holds without renewal before another daemon may take it over.
    public var jobLeaseSeconds = 120
    /// The MTA's command line: the program and its arguments, split on spaces.
    public var sendmail = ["/usr/sbin/sendmail", "-t", "-oi"]
    /// The From address; empty means the billing settings' e-mail.
    public var mailFrom = ""
    /// Hand-overs tried before a message is left `failed`.
    public var mailAttempts = 8
    /// Seconds before the first retry; each further retry waits twice as long (at most 6 h).
    public var mailRetrySeconds = 60
    /// Seconds the MTA may take over one message before it is killed (and the message retried).
    public var mailTimeoutSeconds = 60

    public init() {}

    /// `HH:MM` of ``dailyAtMinutes``.
    public var dailyAtText: String {
        let hours = dailyAtMinutes / 60, minutes = dailyAtMinutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// Seconds before retry number `attempt` (1 for the first): the base, doubled each time.
    public func mailRetryDelay(afterAttempt attempt: Int) -> Int {
        min(mailRetrySeconds << min(max(attempt - 1, 0), 20), 6 * 3600)
    }

    /// The keys' values as text, for what a reload changed.
    var keyValues: [String: String] {
        [
            "scheduler": enabled ? "on" : "off",
            "scheduler_time": dailyAtText,
            "scheduler_interval": String(intervalSeconds),
            "reminder_days": reminderSteps.description,
            "lapse_after_days": String(lapseAfterDays),
            "renewal_invoices": renewalIssues ? "issue" : "draft",
            "renewal_batch": String(renewalBatch),
            "job_lease": String(jobLeaseSeconds),
            "sendmail": sendmail.joined(separator: " "),
            "mail_from": mailFrom,
            "mail_attempts": String(mailAttempts),
            "mail_retry": String(mailRetrySeconds),
            "mail_timeout": String(mailTimeoutSeconds),
        ]
    }

    /// Sets `key` from `value` when it is one of these keys.
    ///
    /// - Returns: `false` for a key that is not the scheduler's.
    /// - Throws: `ConfigurationError.invalidValue` naming `source`.
    mutating func set(_ key: String, _ value: String, source: String) throws -> Bool {
        func invalid(_ expected: String) -> ConfigurationError {
            ConfigurationError.invalidValue(source: source, key: key, value: value, expected: expected)
        }
        func integer(_ range: ClosedRange<Int>) throws -> Int {
            guard let number = Int(value), range.contains(number) else {
                throw invalid("an integer from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        switch key {
        case "scheduler":
            guard let flag = DaemonConfiguration.boolean(value) else { throw invalid("on or off") }
            enabled = flag
        case "scheduler_time":
            let parts = value.split(separator: ":")
            guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
                  (0...23).contains(hours), (0...59).contains(minutes) else { throw invalid("a time of day as HH:MM, such as 06:00") }
            dailyAtMinutes = hours * 60 + minutes
        case "scheduler_interval":
            intervalSeconds = try integer(1...3_600)
        case "reminder_days":
            do {
                reminderSteps = try ReminderSteps(parsing: value)
            } catch {
                throw invalid("increasing whole numbers of days from 1 to 3650, at most 20, such as 14,30,60")
            }
        case "lapse_after_days":
            lapseAfterDays = try integer(1...3_650)
        case "renewal_invoices":
            switch value.lowercased() {
            case "draft": renewalIssues = false
            case "issue": renewalIssues = true
            default: throw invalid("draft or issue")
            }
        case "renewal_batch":
            renewalBatch = try integer(1...10_000)
        case "job_lease":
            jobLeaseSeconds = try integer(10...3_600)
        case "sendmail":
            let words = value.split(separator: " ").map(String.init)
            guard let program = words.first, program.hasPrefix("/") else {
                throw invalid("an absolute path to the program, then its arguments, such as /usr/sbin/sendmail -t -oi")
            }
            sendmail = words
        case "mail_from":
            guard value.isEmpty || (value.split(separator: "@").count == 2 && !value.contains(" ") && !value.contains("<")) else {
                throw invalid("an e-mail address such as accounts@ccin.example, or empty for the billing settings' address")
            }
            mailFrom = value
        case "mail_attempts":
            mailAttempts = try integer(1...100)
        case "mail_retry":
            mailRetrySeconds = try integer(1...86_400)
        case "mail_timeout":
            mailTimeoutSeconds = try integer(1...3_600)
        default:
            return false
        }
        return true
    }
}
