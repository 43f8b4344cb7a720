/// Why a `CalendarDate` or `MembershipYear` could not be made.
public enum CalendarError: Error, Sendable, Hashable {
    /// No such day: month outside 1–12, or a day the month does not have (2026-02-29).
    case invalidDate(year: Int, month: Int, day: Int)
    /// The date, or the result of date arithmetic, falls outside the years 1900–2999 that
    /// `CalendarDate` covers (the years a membership date may have on the wire).
    case outOfRange
    /// A membership year's start month outside 1–12.
    case invalidStartMonth(Int)
    /// The date does not fall within the membership year it was measured against.
    case dateOutsideYear(CalendarDate, MembershipYear)
}
