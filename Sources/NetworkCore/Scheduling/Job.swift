/// A piece of scheduled work the daemon does itself, recorded as a job run in the database.
///
/// - `renewal`: on a membership year's invoice date, every current member due a period gets it
///   and its subscription invoice.
/// - `reminders`: every day, each overdue invoice gets the reminder steps it has reached.
/// - `lapse`: every day, an active member whose subscription is overdue past the grace period
///   becomes lapsed.
/// - `changes`: every day, the changes scheduled for a date that has come (a tier change, the
///   end of a suspension) are applied.
public enum Job: String, CaseIterable, Codable, Sendable, Comparable {
    case changes
    case renewal
    case reminders
    case lapse

    /// One sentence for `job.list` and `networkctl job --help`.
    public var summary: String {
        switch self {
        case .renewal: "adds every current member's period and subscription invoice on the year's invoice date"
        case .reminders: "sends each overdue invoice's reminders at the configured days after its due date"
        case .lapse: "lapses active members whose subscription is unpaid past the grace period"
        case .changes: "applies the member changes scheduled for a date that has come (tier changes, ends of suspensions)"
        }
    }

    /// Whether the job is due once a day (else once per membership year).
    public var isDaily: Bool { self != .renewal }

    public static func < (lhs: Job, rhs: Job) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a job run ended.
public enum JobOutcome: String, Codable, Sendable, CaseIterable {
    case succeeded
    case failed
}
