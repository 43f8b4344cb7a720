import NetworkCore
import Testing

/// Band lookup, band validation, pro rata and VAT: the pure rules behind `fees.quote`.
@Suite("Fee schedules")
struct FeeScheduleTests {
    static let populationBands = [
        FeeBand(lower: 0, upper: 100_000, fee: 150_000), FeeBand(lower: 100_000, upper: 250_000, fee: 250_000),
        FeeBand(lower: 250_000, upper: 500_000, fee: 350_000), FeeBand(lower: 500_000, upper: nil, fee: 500_000),
    ]

    static func schedule(proRata: ProRataRule = .monthly, vat: Int = 2000) throws -> FeeSchedule {
        let year = try MembershipYear(startYear: 2026, startMonth: 8)
        let table = try BandTable(measure: .population, bands: populationBands, field: "bands")
        return FeeSchedule(year: year, currency: .gbp, vat: try VATRate(basisPoints: vat), proRata: proRata, budgetMeasure: .revenue, tiers: [
            "full": try TierFee(tier: "full", flatFee: nil, basis: .population, populationBands: table, budgetBands: nil, field: "t"),
            "affiliate": try TierFee(tier: "affiliate", flatFee: 75_000, basis: nil, populationBands: nil, budgetBands: nil, field: "t"),
        ])
    }

    static func subject(population: Int?, tier: String = "full", council: Bool = true, startsOn: String = "2026-08-01") -> FeeSubject {
        FeeSubject(memberId: 7, tier: tier, tierPaysFee: tier != "supporter", isCouncil: council, population: population,
                   budgetRevenue: nil, budgetCapital: nil, figuresSource: "2026/27 figures", startsOn: CalendarDate(parsing: startsOn)!)
    }

    /// Lower bounds are inclusive, upper bounds exclusive: 99,999 is band 1, 100,000 band 2.
    @Test(arguments: [
        (0, 1, 150_000), (1, 1, 150_000), (99_999, 1, 150_000), (100_000, 2, 250_000), (249_999, 2, 250_000),
        (250_000, 3, 350_000), (499_999, 3, 350_000), (500_000, 4, 500_000), (9_000_000, 4, 500_000),
    ])
    func bandLookupAtEveryBoundary(population: Int, band: Int, fee: Int64) throws {
        let quote = try Self.schedule().quote(for: Self.subject(population: population))
        #expect(quote.basis == .band && quote.band?.position == band && quote.annualFee.minorUnits == fee)
        #expect(quote.reason.contains("band \(band) by population"))
    }

    @Test func overlappingBandsAreRefusedNamingThem() throws {
        let error = #expect(throws: NetworkError.self) {
            try BandTable(measure: .population, bands: [FeeBand(lower: 0, upper: 120_000, fee: 1), FeeBand(lower: 100_000, upper: nil, fee: 2)],
                          field: "tiers[0].populationBands")
        }
        guard case .validation(let errors)? = error else { Issue.record("not a validation error"); return }
        #expect(errors.map(\.field) == ["tiers[0].populationBands"])
        #expect(errors[0].message == "bands 1 (0–120,000) and 2 (100,000+) overlap from 100,000 to 120,000")
    }

    @Test func gapsAFirstBandAboveZeroAndABoundedLastBandAreRefused() throws {
        let error = #expect(throws: NetworkError.self) {
            try BandTable(measure: .population, bands: [
                FeeBand(lower: 10, upper: 100, fee: 1), FeeBand(lower: 150, upper: 900, fee: 2),
            ], field: "bands")
        }
        guard case .validation(let errors)? = error else { Issue.record("not a validation error"); return }
        let messages = errors.map(\.message)
        #expect(messages.contains("band 1 (10–100) must start at 0: values below 10 have no band"))
        #expect(messages.contains("bands 1 (10–100) and 2 (150–900) leave a gap: 100 to 150 has no band"))
        #expect(messages.contains("band 2 (150–900) is the last and must have no upper bound: 900 and above have no band"))
    }

    @Test func bandsMayArriveInAnyOrder() throws {
        let table = try BandTable(measure: .population, bands: Self.populationBands.reversed(), field: "bands")
        #expect(table.bands == Self.populationBands)
        #expect(table.band(for: 250_000)?.position == 3)
    }

    /// Joining in month N of the year pays 13 − N twelfths (the joining month counts whole),
    /// half up: £3,500 × 11/12 = £3,208.333… → £3,208.33.
    @Test(arguments: 1...12)
    func proRataForAMemberJoiningInEachMonth(monthOfYear: Int) throws {
        let start = try CalendarDate(year: 2026, month: 8, day: 1).adding(months: monthOfYear - 1)
        for day in [1, 15, start.daysInMonth] {
            let joined = try CalendarDate(year: start.year, month: start.month, day: day)
            let monthly = try Self.schedule().quote(for: Self.subject(population: 312_400, startsOn: joined.description))
            let months = 13 - monthOfYear
            #expect(monthly.months == months)
            let exact = 350_000 * months
            let expected = Int64(exact / 12 + (exact % 12 * 2 >= 12 ? 1 : 0))
            #expect(monthly.net.minorUnits == expected, "joined \(joined)")
            let whole = try Self.schedule(proRata: .wholeYear).quote(for: Self.subject(population: 312_400, startsOn: joined.description))
            #expect(whole.months == 12 && whole.net.minorUnits == 350_000)
        }
    }

    @Test func aStartOutsideTheYearIsRefused() throws {
        #expect(throws: NetworkError.invalid("startsOn", "2027-08-01 is not in the membership year 2026/27 (2026-08-01 to 2027-07-31)")) {
            try Self.schedule().quote(for: Self.subject(population: 1, startsOn: "2027-08-01"))
        }
    }

    /// VAT is per line, half up: 20 % of 3p is 0.6p → 1p, of 2p 0.4p → 0p; 12.5 % of 4p is 0.5p → 1p.
    @Test(arguments: [(3, 2000, 1), (2, 2000, 0), (4, 1250, 1), (12, 1250, 2), (123_45, 2000, 24_69), (5, 1000, 1), (0, 2000, 0)])
    func vatRoundsHalfUpPerLine(net: Int64, basisPoints: Int, vat: Int64) throws {
        #expect(try VATRate(basisPoints: basisPoints).vat(on: Money(minorUnits: net, currency: .gbp)).minorUnits == vat)
    }

    @Test func vatRatesPrintAsPeopleWriteThem() throws {
        #expect(try VATRate(basisPoints: 2000).description == "20%")
        #expect(try VATRate(basisPoints: 1750).description == "17.5%")
        #expect(try VATRate(basisPoints: 505).description == "5.05%")
        #expect(throws: NetworkError.self) { try VATRate(basisPoints: 10_001) }
    }

    @Test func nonCouncilsPayTheFlatFeeAndCouncilsWithoutFiguresAreToldWhatIsMissing() throws {
        let affiliate = try Self.schedule().quote(for: Self.subject(population: nil, tier: "affiliate", council: false))
        #expect(affiliate.basis == .flat && affiliate.gross.minorUnits == 90_000)
        #expect(throws: NetworkError.invalid("figures", "member 7 has no population for 2026/27: record the year's figures")) {
            try Self.schedule().quote(for: Self.subject(population: nil))
        }
        let supporter = try Self.schedule().quote(for: Self.subject(population: nil, tier: "supporter"))
        #expect(supporter.basis == .free && supporter.gross.isZero)
    }

    @Test func invoiceNumbersHaveAtLeastFourDigits() {
        #expect(InvoiceNumber(series: "CCIN-2026", number: 1).description == "CCIN-2026-0001")
        #expect(InvoiceNumber(series: "CCIN-CN-2026", number: 12_345).description == "CCIN-CN-2026-12345")
    }

    @Test func theInvoiceStateMachineRefusesIssuingTwice() throws {
        #expect(try InvoiceStatus.draft.applying(.issue) == .issued)
        #expect(throws: NetworkError.invalidTransition(entity: "invoice", from: "issued", to: "issued")) {
            try InvoiceStatus.issued.applying(.issue)
        }
        #expect(InvoiceStatus.settled(outstanding: 0, kept: 10) == .paid)
        #expect(InvoiceStatus.settled(outstanding: 5, kept: 10) == .partPaid)
        #expect(InvoiceStatus.settled(outstanding: 5, kept: 0) == .issued)
    }
}
