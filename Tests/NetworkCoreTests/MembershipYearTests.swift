import NetworkCore
import Testing

/// Membership years: twelve months from a start month (CCIN's is August), labelled 2026/27,
/// and the whole months a member joining on a given day pays for.
@Suite("Membership years")
struct MembershipYearTests {
    static let august = 8

    static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(parsing: text), "\(text)") }

    @Test func anAugustYearRunsFromTheFirstOfAugustToTheLastOfJuly() throws {
        let year = try MembershipYear(startYear: 2026, startMonth: Self.august)
        #expect(year.start.description == "2026-08-01")
        #expect(year.end.description == "2027-07-31")
        #expect(year.label == "2026/27")
        #expect(year.description == "2026/27")
        #expect(year.startYear == 2026, "invoice numbers use the start year")
    }

    @Test(arguments: [
        ("2026-08-01", 2026), ("2026-08-15", 2026), ("2027-07-31", 2026), ("2027-08-01", 2027), ("2026-07-31", 2025),
        ("2027-01-01", 2026), ("2026-12-31", 2026),
    ] as [(String, Int)])
    func aDateFallsInTheYearThatStartedOnTheLastFirstOfAugust(text: String, startYear: Int) throws {
        let date = try Self.date(text)
        let year = try MembershipYear(containing: date, startMonth: Self.august)
        #expect(year.startYear == startYear)
        #expect(year.contains(date))
        #expect(try !year.next.contains(date) && !year.previous.contains(date))
    }

    @Test func aYearStartingInJanuaryIsACalendarYear() throws {
        let year = try MembershipYear(containing: Self.date("2026-06-30"), startMonth: 1)
        #expect(year.startYear == 2026 && year.label == "2026")
        #expect(year.start.description == "2026-01-01" && year.end.description == "2026-12-31")
    }

    @Test(arguments: [(1999, "1999/00"), (2008, "2008/09"), (2009, "2009/10"), (2099, "2099/00"), (2026, "2026/27")])
    func labelsShowTheSecondYearsLastTwoDigits(startYear: Int, label: String) throws {
        #expect(try MembershipYear(startYear: startYear, startMonth: Self.august).label == label)
    }

    @Test(arguments: Array(1...12))
    func everyStartMonthGivesTwelveMonthsEndingTheDayBeforeTheNextYear(startMonth: Int) throws {
        let year = try MembershipYear(startYear: 2026, startMonth: startMonth)
        #expect(year.start.day == 1 && year.start.month == startMonth)
        #expect(try year.end.adding(days: 1) == year.next.start)
        #expect(try year.start.adding(months: 12) == year.next.start)
        #expect(try year.previous.end.adding(days: 1) == year.start)
        #expect(try year.monthsLeft(from: year.start) == 12 && year.monthsLeft(from: year.end) == 1)
    }

    @Test func nextAndPreviousStepOneYearAndOrderAsTheyStart() throws {
        let year = try MembershipYear(startYear: 2026, startMonth: Self.august)
        #expect(try year.next == MembershipYear(startYear: 2027, startMonth: Self.august))
        #expect(try year.previous == MembershipYear(startYear: 2025, startMonth: Self.august))
        #expect(try year.previous < year && year < year.next)
        #expect(try year.next.previous == year)
    }

    /// The product's rule: joining pays for the whole months left, the month joined in included.
    @Test(arguments: [
        ("2026-08-01", 12), ("2026-08-15", 12), ("2026-08-31", 12), ("2026-09-01", 11), ("2026-12-31", 8),
        ("2027-01-01", 7), ("2027-02-28", 6), ("2027-07-01", 1), ("2027-07-31", 1),
    ] as [(String, Int)])
    func joiningPaysForTheWholeMonthsLeftCountingTheMonthJoinedIn(joined: String, monthsLeft: Int) throws {
        let year = try MembershipYear(startYear: 2026, startMonth: Self.august)
        #expect(try year.monthsLeft(from: Self.date(joined)) == monthsLeft)
    }

    @Test func monthsLeftRefusesADateOutsideTheYear() throws {
        let year = try MembershipYear(startYear: 2026, startMonth: Self.august)
        for text in ["2026-07-31", "2027-08-01"] {
            let date = try Self.date(text)
            #expect(throws: CalendarError.dateOutsideYear(date, year)) { try year.monthsLeft(from: date) }
        }
    }

    @Test(arguments: [0, 13, -1, 100])
    func aStartMonthMustBeOneToTwelve(startMonth: Int) throws {
        #expect(throws: CalendarError.invalidStartMonth(startMonth)) { try MembershipYear(startYear: 2026, startMonth: startMonth) }
        #expect(throws: CalendarError.invalidStartMonth(startMonth)) {
            try MembershipYear(containing: Self.date("2026-08-01"), startMonth: startMonth)
        }
    }

    @Test func aYearMustLieWithin1900To2999() throws {
        #expect(throws: CalendarError.outOfRange) { try MembershipYear(startYear: 1899, startMonth: Self.august) }
        #expect(throws: CalendarError.outOfRange) { try MembershipYear(startYear: 2999, startMonth: Self.august) }
        #expect(try MembershipYear(startYear: 2999, startMonth: 1).end.description == "2999-12-31")
        #expect(try MembershipYear(startYear: 2998, startMonth: Self.august).end.description == "2999-07-31")
        #expect(throws: CalendarError.outOfRange) { try MembershipYear(containing: Self.date("1900-03-01"), startMonth: Self.august) }
        #expect(throws: CalendarError.outOfRange) { try MembershipYear(containing: Self.date("2999-09-01"), startMonth: Self.august) }
        #expect(throws: CalendarError.outOfRange) { try MembershipYear(startYear: 2998, startMonth: Self.august).next }
        #expect(throws: CalendarError.outOfRange) { try MembershipYear(startYear: 1900, startMonth: 1).previous }
    }
}
