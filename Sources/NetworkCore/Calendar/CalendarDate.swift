/// A day in the proleptic Gregorian calendar, without a time or a time zone: a join date, a
/// due date, the first day of a membership year.
///
/// A `CalendarDate` is always a real date in the years 1900–2999 — the dates the admin
/// protocol accepts as `YYYY-MM-DD` — and arithmetic that would leave that range throws rather
/// than producing one. Which day "today" is belongs to the caller (the network's time zone and
/// clock); this type never reads a clock.
public struct CalendarDate: Sendable, Hashable {
    /// The year, 1900–2999.
    public let year: Int
    /// The month, 1 (January) to 12.
    public let month: Int
    /// The day of the month, from 1 to `daysInMonth`.
    public let day: Int

    /// The years a date may have.
    public static let supportedYears = 1900...2999

    /// The date `year`-`month`-`day`.
    ///
    /// - Throws: `CalendarError.outOfRange` for a year outside 1900–2999;
    ///   `CalendarError.invalidDate` for a month or day that does not exist (2026-02-29).
    public init(year: Int, month: Int, day: Int) throws(CalendarError) {
        guard Self.supportedYears.contains(year) else { throw CalendarError.outOfRange }
        guard (1...12).contains(month), day >= 1, day <= Self.daysInMonth(month, of: year) else {
            throw CalendarError.invalidDate(year: year, month: month, day: day)
        }
        self.init(validYear: year, month: month, day: day)
    }

    /// The date written `YYYY-MM-DD`, or `nil` unless it is exactly that: ten characters, ASCII
    /// digits, a real date, a year from 1900 to 2999 (no signs, spaces or single-digit months).
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]), let day = Self.number(bytes[8..<10]),
            let date = try? CalendarDate(year: year, month: month, day: day)
        else { return nil }
        self = date
    }

    /// A date the caller has already checked is real and within 1900–2999.
    init(validYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `year` has a 29 February: divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1–12) of `year`: 28 to 31; 0 for a month outside 1–12.
    public static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// The number of days in this date's month.
    public var daysInMonth: Int { Self.daysInMonth(month, of: year) }

    /// The day within the year: 1 for 1 January, 365 (366 in a leap year) for 31 December.
    public var dayOfYear: Int {
        var days = day
        for earlier in 1..<month { days += Self.daysInMonth(earlier, of: year) }
        return days
    }

    /// The first day of this date's month.
    public var firstOfMonth: CalendarDate { CalendarDate(validYear: year, month: month, day: 1) }

    /// The last day of this date's month.
    public var lastOfMonth: CalendarDate { CalendarDate(validYear: year, month: month, day: daysInMonth) }

    /// The date `days` days later (earlier when negative).
    ///
    /// - Throws: `CalendarError.outOfRange` when the result is outside 1900–2999.
    public func adding(days: Int) throws(CalendarError) -> CalendarDate {
        let (target, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow, (Self.first.dayNumber...Self.last.dayNumber).contains(target) else { throw CalendarError.outOfRange }
        return Self(dayNumber: target)
    }

    /// The date `months` calendar months later (earlier when negative), on the same day of the
    /// month — or, when that month is shorter, on its last day: 2026-01-31 plus one month is
    /// 2026-02-28, and 2024-02-29 plus twelve months is 2025-02-28.
    ///
    /// - Important: the clamping means month steps do not undo each other: 2026-01-31 + 1 − 1
    ///   is 2026-01-28. Count from a fixed date rather than stepping a running one.
    /// - Throws: `CalendarError.outOfRange` when the result is outside 1900–2999.
    public func adding(months: Int) throws(CalendarError) -> CalendarDate {
        let (index, overflow) = (year * 12 + month - 1).addingReportingOverflow(months)
        guard !overflow, index >= 0 else { throw CalendarError.outOfRange }
        let targetYear = index / 12
        let targetMonth = index % 12 + 1
        guard Self.supportedYears.contains(targetYear) else { throw CalendarError.outOfRange }
        return CalendarDate(validYear: targetYear, month: targetMonth, day: min(day, Self.daysInMonth(targetMonth, of: targetYear)))
    }

    /// The date `years` years later (earlier when negative); 29 February becomes 28 February
    /// in a year without one (as `adding(months:)` clamps).
    ///
    /// - Throws: `CalendarError.outOfRange` when the result is outside 1900–2999.
    public func adding(years: Int) throws(CalendarError) -> CalendarDate {
        let (months, overflow) = years.multipliedReportingOverflow(by: 12)
        guard !overflow else { throw CalendarError.outOfRange }
        return try adding(months: months)
    }

    /// The number of days from this date to `other`: positive when `other` is later, 0 on the
    /// same day (2026-08-01 to 2026-08-31 is 30).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    // MARK: - Day numbers

    /// The first and last dates the type covers.
    private static let first = CalendarDate(validYear: 1900, month: 1, day: 1)
    private static let last = CalendarDate(validYear: 2999, month: 12, day: 31)

    /// Days since 1970-01-01 (negative before it), by Howard Hinnant's `days_from_civil`:
    /// years counted from March, so the leap day is the last day of its year.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfShiftedYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfShiftedYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (Hinnant's `civil_from_days`); the caller
    /// has checked it falls within 1900–2999.
    private init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfShiftedYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfShiftedYear + 2) / 153
        let day = dayOfShiftedYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(validYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The value of a run of ASCII digits, or `nil` if any byte is not one.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension CalendarDate: Comparable {
    /// Earlier dates first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as `YYYY-MM-DD`, the form `init(parsing:)` reads and PostgreSQL's `date::text`
    /// writes.
    public var description: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
