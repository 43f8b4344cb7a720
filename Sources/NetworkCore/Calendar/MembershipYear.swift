/// A network's membership year: twelve calendar months from the first day of its start month.
///
/// CCIN's year starts in August, so `MembershipYear(startYear: 2026, startMonth: 8)` runs from
/// 2026-08-01 to 2027-07-31 and is labelled `2026/27`; invoice numbers use its `startYear`
/// (`CCIN-2026-0001`). A start month of 1 gives calendar years, labelled `2026`. Both ends of
/// a year are `CalendarDate`s, so a year lies wholly within 1900–2999.
public struct MembershipYear: Sendable, Hashable {
    /// The calendar year the membership year starts in: 2026 for 2026/27.
    public let startYear: Int
    /// The month (1–12) the year starts in: 8 for CCIN (August).
    public let startMonth: Int

    /// Months in a membership year (what `monthsLeft(from:)` counts down from).
    public static let monthCount = 12

    /// The membership year that starts on the first of `startMonth` in `startYear`.
    ///
    /// - Throws: `CalendarError.invalidStartMonth` unless `startMonth` is 1–12;
    ///   `CalendarError.outOfRange` when the year would start before 1900 or end after 2999.
    public init(startYear: Int, startMonth: Int) throws(CalendarError) {
        guard (1...12).contains(startMonth) else { throw CalendarError.invalidStartMonth(startMonth) }
        let lastStartYear = startMonth == 1 ? CalendarDate.supportedYears.upperBound : CalendarDate.supportedYears.upperBound - 1
        guard (CalendarDate.supportedYears.lowerBound...lastStartYear).contains(startYear) else { throw CalendarError.outOfRange }
        self.startYear = startYear
        self.startMonth = startMonth
    }

    /// The membership year, starting in `startMonth`, that `date` falls in: with August, both
    /// 2026-08-01 and 2027-07-31 are in 2026/27.
    ///
    /// - Throws: `CalendarError.invalidStartMonth` unless `startMonth` is 1–12;
    ///   `CalendarError.outOfRange` when that year starts before 1900 or ends after 2999
    ///   (1900-03-01 with an August start is in 1899/00).
    public init(containing date: CalendarDate, startMonth: Int) throws(CalendarError) {
        guard (1...12).contains(startMonth) else { throw CalendarError.invalidStartMonth(startMonth) }
        try self.init(startYear: date.month >= startMonth ? date.year : date.year - 1, startMonth: startMonth)
    }

    /// The first day: the 1st of `startMonth` in `startYear`.
    public var start: CalendarDate {
        // init checked that startYear and startMonth make a real date in range.
        CalendarDate(validYear: startYear, month: startMonth, day: 1)
    }

    /// The last day: the day before the next year's `start` (2027-07-31 for 2026/27).
    public var end: CalendarDate {
        let lastMonth = startMonth == 1 ? 12 : startMonth - 1
        let year = startMonth == 1 ? startYear : startYear + 1
        // init checked that the year ends by 2999-12-31.
        return CalendarDate(validYear: year, month: lastMonth, day: CalendarDate.daysInMonth(lastMonth, of: year))
    }

    /// How people name the year: `2026/27` (the second year's last two digits), or `2026` for
    /// calendar years.
    public var label: String {
        guard startMonth != 1 else { return String(startYear) }
        let next = (startYear + 1) % 100
        return "\(startYear)/" + (next < 10 ? "0" : "") + String(next)
    }

    /// Whether `date` is on or between `start` and `end`.
    public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// The year after this one.
    ///
    /// - Throws: `CalendarError.outOfRange` when it would end after 2999.
    public var next: MembershipYear {
        get throws(CalendarError) { try MembershipYear(startYear: startYear + 1, startMonth: startMonth) }
    }

    /// The year before this one.
    ///
    /// - Throws: `CalendarError.outOfRange` when it would start before 1900.
    public var previous: MembershipYear {
        get throws(CalendarError) { try MembershipYear(startYear: startYear - 1, startMonth: startMonth) }
    }

    /// The whole months charged to a member joining on `date`: the months from the one
    /// containing `date` to the end of the year, counting that first month as whole.
    ///
    /// The rule is the product's "joining mid-year pays for the whole months left": a member
    /// joining on any day of a month pays for that month. With an August start, joining on
    /// 2026-08-01 or 2026-08-15 is 12, on 2026-09-01 is 11, on 2027-07-31 is 1. The result is
    /// always 1–12; the fee is `fee.fraction(numerator: monthsLeft, denominator: 12, …)`.
    ///
    /// - Throws: `CalendarError.dateOutsideYear` when `date` is not in this year.
    public func monthsLeft(from date: CalendarDate) throws(CalendarError) -> Int {
        guard contains(date) else { throw CalendarError.dateOutsideYear(date, self) }
        let monthsElapsed = (date.year * 12 + date.month) - (startYear * 12 + startMonth)
        return Self.monthCount - monthsElapsed
    }
}

extension MembershipYear: Comparable {
    /// Earlier years first (by start date; years with different start months are ordered by
    /// where they start).
    public static func < (lhs: MembershipYear, rhs: MembershipYear) -> Bool {
        (lhs.start, lhs.startMonth) < (rhs.start, rhs.startMonth)
    }
}

extension MembershipYear: CustomStringConvertible {
    /// The `label`: `2026/27`.
    public var description: String { label }
}
