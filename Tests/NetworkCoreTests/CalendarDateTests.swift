import NetworkCore
import Testing

/// Dates without a time: only real dates in 1900–2999, read and written as YYYY-MM-DD, with
/// arithmetic that stays on real dates (months clamp the day).
@Suite("Calendar dates")
struct CalendarDateTests {
    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(parsing: text), "\(text)") }

    @Test(arguments: ["2026-08-01", "1900-01-01", "2999-12-31", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])
    func aRealDateIsReadAndWrittenBackUnchanged(text: String) throws {
        #expect(try Self.date(text).description == text)
    }

    @Test(arguments: ["", "2026-8-01", "2026-08-1", "26-08-01", "2026/08/01", "20260801", "2026-08-01 ", " 2026-08-01",
                      "2026-08-01T00:00", "2026-13-01", "2026-00-10", "2026-08-00", "2026-08-32", "2026-02-29",
                      "1900-02-29", "2100-02-29", "2026-04-31", "1899-12-31", "3000-01-01", "+026-08-01", "2026-0a-01",
                      "２０２６-08-01", "٢٠٢٦-08-01", "2026-08--1", "-026-08-01"])
    func anythingButARealDateIn1900To2999IsRefused(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func constructionNamesWhatIsWrong() throws {
        #expect(throws: CalendarError.invalidDate(year: 2026, month: 2, day: 29)) { try CalendarDate(year: 2026, month: 2, day: 29) }
        #expect(throws: CalendarError.invalidDate(year: 2026, month: 13, day: 1)) { try CalendarDate(year: 2026, month: 13, day: 1) }
        #expect(throws: CalendarError.invalidDate(year: 2026, month: 1, day: 0)) { try CalendarDate(year: 2026, month: 1, day: 0) }
        #expect(throws: CalendarError.outOfRange) { try CalendarDate(year: 1899, month: 12, day: 31) }
        #expect(throws: CalendarError.outOfRange) { try CalendarDate(year: 3000, month: 1, day: 1) }
        let date = try CalendarDate(year: 2026, month: 8, day: 1)
        #expect((date.year, date.month, date.day) == (2026, 8, 1))
        #expect(date.description == "2026-08-01")
    }

    @Test(arguments: [(2024, true), (2026, false), (2000, true), (1900, false), (2100, false), (2400, true)])
    func leapYearsAreDivisibleByFourExceptCenturiesNotDivisibleBy400(year: Int, leap: Bool) {
        #expect(CalendarDate.isLeapYear(year) == leap)
        #expect(CalendarDate.daysInMonth(2, of: year) == (leap ? 29 : 28))
    }

    @Test func monthsHaveTheirLengths() throws {
        let lengths = (1...12).map { CalendarDate.daysInMonth($0, of: 2026) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CalendarDate.daysInMonth(13, of: 2026) == 0)
        #expect(try Self.date("2024-02-10").daysInMonth == 29)
        #expect(try Self.date("2026-02-10").firstOfMonth == Self.date("2026-02-01"))
        #expect(try Self.date("2024-02-10").lastOfMonth == Self.date("2024-02-29"))
    }

    @Test(arguments: [("2026-01-01", 1), ("2026-12-31", 365), ("2024-12-31", 366), ("2026-03-01", 60), ("2024-03-01", 61),
                      ("2026-08-01", 213)])
    func theDayOfTheYearCountsFromTheFirstOfJanuary(text: String, dayOfYear: Int) throws {
        #expect(try Self.date(text).dayOfYear == dayOfYear)
    }

    @Test func datesOrderByYearThenMonthThenDay() throws {
        let texts = ["2027-01-01", "2026-12-31", "2026-08-01", "1900-01-01", "2026-08-15", "2999-12-31"]
        let sorted = try texts.map(Self.date).sorted().map(\.description)
        #expect(sorted == texts.sorted(), "text order is date order for YYYY-MM-DD")
        #expect(try Self.date("2026-07-31") < Self.date("2026-08-01"))
    }

    @Test(arguments: [
        ("2026-08-01", 30, "2026-08-31"), ("2026-08-31", 1, "2026-09-01"), ("2026-12-31", 1, "2027-01-01"),
        ("2024-02-28", 1, "2024-02-29"), ("2026-02-28", 1, "2026-03-01"), ("2026-03-01", -1, "2026-02-28"),
        ("2026-08-01", 365, "2027-08-01"), ("2024-01-01", 366, "2025-01-01"), ("2026-08-01", 0, "2026-08-01"),
        ("1970-01-01", -1, "1969-12-31"), ("1900-01-01", 36_523, "1999-12-31"), ("2000-01-01", 365_242, "2999-12-31"),
    ] as [(String, Int, String)])
    func addingDaysCrossesMonthsYearsAndLeapDays(start: String, days: Int, end: String) throws {
        let from = try Self.date(start)
        let to = try from.adding(days: days)
        #expect(to.description == end)
        #expect(from.days(until: to) == days)
        #expect(to.days(until: from) == -days)
    }

    @Test func addingDaysBeyond1900To2999IsRefused() throws {
        #expect(throws: CalendarError.outOfRange) { try Self.date("1900-01-01").adding(days: -1) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("2999-12-31").adding(days: 1) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("2026-08-01").adding(days: .max) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("2026-08-01").adding(days: .min) }
    }

    @Test(arguments: [
        ("2026-08-15", 1, "2026-09-15"), ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"),
        ("2026-03-31", 1, "2026-04-30"), ("2026-08-01", 12, "2027-08-01"), ("2026-08-01", -8, "2025-12-01"),
        ("2026-12-15", 1, "2027-01-15"), ("2026-01-15", -1, "2025-12-15"), ("2026-05-31", -3, "2026-02-28"),
        ("2026-08-01", 0, "2026-08-01"), ("2026-08-31", 11, "2027-07-31"),
    ] as [(String, Int, String)])
    func addingMonthsKeepsTheDayOrClampsItToTheMonthsLastDay(start: String, months: Int, end: String) throws {
        #expect(try Self.date(start).adding(months: months).description == end)
    }

    @Test func monthStepsDoNotUndoEachOtherBecauseTheyClamp() throws {
        let stepped = try Self.date("2026-01-31").adding(months: 1).adding(months: -1)
        #expect(stepped.description == "2026-01-28")
    }

    @Test func addingYearsMovesTheLeapDayToThe28th() throws {
        #expect(try Self.date("2024-02-29").adding(years: 1).description == "2025-02-28")
        #expect(try Self.date("2024-02-29").adding(years: 4).description == "2028-02-29")
        #expect(try Self.date("2026-08-01").adding(years: -126).description == "1900-08-01")
    }

    @Test func addingMonthsOrYearsBeyond1900To2999IsRefused() throws {
        #expect(throws: CalendarError.outOfRange) { try Self.date("2999-12-01").adding(months: 1) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("1900-01-31").adding(months: -1) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("2026-08-01").adding(months: .max) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("2026-08-01").adding(months: .min) }
        #expect(throws: CalendarError.outOfRange) { try Self.date("2026-08-01").adding(years: .max) }
    }

    /// Every day of 1900–2999 is followed by the next one, checked against the month lengths.
    @Test func everyDayFollowsTheDayBefore() throws {
        var date = try Self.date("1900-01-01")
        let last = try Self.date("2999-12-31")
        var count = 0
        while date < last {
            let next = try date.adding(days: 1)
            let expected = date.day < date.daysInMonth ? (date.year, date.month, date.day + 1)
                : date.month < 12 ? (date.year, date.month + 1, 1) : (date.year + 1, 1, 1)
            if (next.year, next.month, next.day) != expected {
                Issue.record("\(date) + 1 day is \(next)")
                return
            }
            date = next
            count += 1
        }
        #expect(count == 36_524 + 365_242, "1900–1999 has 24 leap days, 2000–2999 has 243")
    }
}
