/// The days after an invoice's due date on which it is reminded: step 1 at the first, and so on.
///
/// Guarantees: the days are strictly increasing, each 1…3650, at most 20 of them (the
/// database's `invoice_reminder.step` allows 1…20).
public struct ReminderSteps: Sendable, Hashable, CustomStringConvertible {
    /// Days after the due date, ascending.
    public let days: [Int]

    /// CCIN's: a fortnight, a month and two months after the due date.
    public static let standard = try! ReminderSteps([14, 30, 60])

    /// Steps on `days`.
    ///
    /// - Throws: `NetworkError.validation` on field `reminder_days` when the days are not
    ///   strictly increasing, not 1…3650, or more than 20.
    public init(_ days: [Int]) throws(NetworkError) {
        guard days.count <= 20 else { throw NetworkError.invalid("reminder_days", "at most 20 reminders, not \(days.count)") }
        for (index, day) in days.enumerated() {
            guard (1...3650).contains(day) else {
                throw NetworkError.invalid("reminder_days", "\(day) is not 1 to 3650 days after the due date")
            }
            if index > 0 && day <= days[index - 1] {
                throw NetworkError.invalid("reminder_days", "the days must increase: \(days[index - 1]) then \(day)")
            }
        }
        self.days = days
    }

    /// Parses `14,30,60` (commas and/or spaces); an empty text means no reminders.
    ///
    /// - Throws: `NetworkError.validation` when a part is not a whole number, or as ``init(_:)``.
    public init(parsing text: String) throws(NetworkError) {
        var days: [Int] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let day = Int(part) else { throw NetworkError.invalid("reminder_days", "\(part) is not a whole number of days") }
            days.append(day)
        }
        try self.init(days)
    }

    /// What a reminder run decides for an invoice `daysOverdue` days past due whose steps up to
    /// `decidedSteps` were decided earlier: every further step reached, the last of them sent
    /// and any before it skipped (so that a run after a daemon was down sends one reminder,
    /// not several at once).
    public func decide(daysOverdue: Int, decidedSteps: Int) -> [(step: Int, sent: Bool)] {
        let reached = days.prefix { $0 <= daysOverdue }.count
        guard reached > decidedSteps else { return [] }
        return (decidedSteps + 1...reached).map { (step: $0, sent: $0 == reached) }
    }

    /// `14,30,60`.
    public var description: String { days.map(String.init).joined(separator: ",") }
}
