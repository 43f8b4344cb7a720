import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// `year.*`, `period.list`, `fees.*` and `member.setFigures`, against a real database.
@Suite("Years and fees", .freshDatabase)
struct YearAndFeesTests {
    @Test func openingAYearUsesTheStartMonthTheInvoiceMonthAndTheTerms() async throws {
        try await withMembership { h in
            let year = try await BillingKit.currentYear(h)
            let opened = try await h.call(YearOpen.self, .init())
            #expect(opened.startYear == year.startYear && opened.label == year.label)
            #expect(opened.startsOn == "\(year.startYear)-08-01" && opened.endsOn == "\(year.startYear + 1)-07-31")
            #expect(opened.invoiceDate == "\(year.startYear)-09-01" && opened.paymentTermsDays == 30)
            _ = try await h.expectError(YearOpen.self, .init(startYear: year.startYear), kind: "conflict")
            let next = try await h.expectError(YearOpen.self, .init(startYear: year.startYear + 1, invoiceDate: "\(year.startYear)-09-01"),
                                               kind: "validation")
            #expect(MembershipHarness.fieldMessage(next, "invoiceDate")?.contains("is not in") == true)
            #expect(try await h.call(YearList.self, NoParams()).years.map(\.startYear) == [year.startYear])
            // The start month is fixed once a year is open.
            let moved = try await h.raw(NetworkUpdate.name, ["yearStartMonth": 1])
            #expect(moved.refusalKind == "validation")
        }
    }

    @Test func feesSetRefusesOverlapsAndGapsNamingTheBandsAndWritesNothing() async throws {
        try await withMembership { h in
            let year = try await BillingKit.currentYear(h)
            _ = try await h.call(YearOpen.self, .init(startYear: year.startYear))
            var params = BillingKit.schedule(year.startYear)
            params.tiers[0].populationBands = [FeeBandWire(lowerBound: 0, upperBound: 100_000, fee: 1),
                                               FeeBandWire(lowerBound: 90_000, upperBound: 200_000, fee: 2),
                                               FeeBandWire(lowerBound: 250_000, upperBound: nil, fee: 3)]
            let error = try await h.expectError(FeesSet.self, params, kind: "validation")
            let messages = error.data?["fields"]?.arrayValue?.compactMap { $0["message"]?.stringValue } ?? []
            #expect(messages.contains("bands 1 (0–100,000) and 2 (90,000–200,000) overlap from 90,000 to 100,000"))
            #expect(messages.contains("bands 2 (90,000–200,000) and 3 (250,000+) leave a gap: 200,000 to 250,000 has no band"))
            #expect(try await h.psql("SELECT count(*) FROM fee_schedule") == "0")
            // The database refuses the same, whoever writes.
            let direct = await MembershipHarness.offThread { [h] in
                try h.database.psql("""
                    INSERT INTO fee_schedule (start_year, currency, updated_by) VALUES (\(year.startYear), 'GBP', 't');
                    INSERT INTO fee_tier (start_year, tier, band_basis) VALUES (\(year.startYear), 'full', 'population');
                    INSERT INTO fee_band VALUES (\(year.startYear), 'full', 'population', 0, 100, 1), (\(year.startYear), 'full', 'population', 150, NULL, 2);
                    """)
            }
            #expect(throws: (any Error).self) { try direct.get() }
        }
    }

    @Test func unknownCurrencyAndOutOfRangeVATAreRefused() async throws {
        try await withMembership { h in
            let year = try await BillingKit.currentYear(h)
            _ = try await h.call(YearOpen.self, .init(startYear: year.startYear))
            var params = BillingKit.schedule(year.startYear)
            params.currency = "XYZ"
            params.vatBasisPoints = 20_000
            let error = try await h.expectError(FeesSet.self, params, kind: "validation")
            #expect(MembershipHarness.fieldMessage(error, "currency") == "unknown currency XYZ: use an ISO 4217 code such as GBP or EUR")
            #expect(Set(MembershipHarness.fields(error)) == ["currency", "vatBasisPoints"])
            params = BillingKit.schedule(year.startYear)
            params.tiers.append(TierFeeWire(tier: "supporter", flatFee: 1, basis: nil, populationBands: nil, budgetBands: nil))
            _ = try await h.expectError(FeesSet.self, params, kind: "validation")
            _ = try await h.expectError(FeesSet.self, BillingKit.schedule(year.startYear + 5), kind: "not_found")
        }
    }

    /// The band a council pays by is looked up from that year's figures, at every boundary.
    @Test func quoteUsesTheYearsFiguresAtEveryBandBoundaryAndSaysWhy() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let recordOnly = try await h.call(FeesQuote.self, .init(memberId: member.id, startYear: year.startYear))
            #expect(recordOnly.figuresSource.contains("member record") && recordOnly.population == 312_400 && recordOnly.band?.position == 3)
            for (population, band, fee) in [(99_999, 1, 150_000), (100_000, 2, 250_000), (249_999, 2, 250_000), (250_000, 3, 350_000),
                                            (500_000, 4, 500_000)] as [(Int, Int, Int64)] {
                _ = try await h.call(MemberSetFigures.self, .init(id: member.id, startYear: year.startYear, population: population,
                                                                  budgetRevenue: 1_000_000_00, budgetCapital: 0))
                let quote = try await h.call(FeesQuote.self, .init(memberId: member.id, startYear: year.startYear))
                #expect(quote.band?.position == band && quote.annualFee == fee && quote.months == 12, "\(population)")
                #expect(quote.net == fee && quote.vat == fee / 5 && quote.gross == fee + fee / 5)
                #expect(quote.reason.hasPrefix("full tier, band \(band) by population"), "\(quote.reason)")
                #expect(quote.figuresSource == "\(year.label) figures")
            }
            let figures = try await h.call(MemberFigures.self, .init(id: member.id))
            #expect(figures.figures.count == 1 && figures.figures[0].version == 5 && figures.figures[0].population == 500_000)
            // A council without a population cannot be banded, and says so.
            let missing = try await h.expectError(MemberSetFigures.self, .init(id: member.id, startYear: year.startYear), kind: "validation")
            #expect(Set(MembershipHarness.fields(missing)).contains("population"))
        }
    }

    @Test(arguments: [ProRataRule.monthly, .wholeYear])
    func quoteForAJoinerInEachMonthOfTheYear(rule: ProRataRule) async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h, proRata: rule)
            let member = try await BillingKit.council(h, "Oldham Council")
            for offset in 0..<12 {
                let start = try year.start.adding(months: offset).adding(days: 9)
                let quote = try await h.call(FeesQuote.self, .init(memberId: member.id, startYear: year.startYear, startsOn: start.description))
                let months = rule == .monthly ? 12 - offset : 12
                let exact = 350_000 * months
                #expect(quote.months == months && quote.net == Int64(exact / 12 + (exact % 12 * 2 >= 12 ? 1 : 0)), "\(start)")
            }
            let outside = try await h.expectError(FeesQuote.self, .init(memberId: member.id, startYear: year.startYear,
                                                                        startsOn: year.end.adding(days: 1).description), kind: "validation")
            #expect(MembershipHarness.fields(outside) == ["startsOn"])
        }
    }

    @Test func aMemberEnteredDuringAnOpenYearGetsItsPeriodFromItsFirstDay() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let today = try await BillingKit.today(h)
            let member = try await BillingKit.council(h, "Preston City Council", since: today)
            let periods = try await h.call(PeriodList.self, .init(memberId: member.id))
            #expect(periods.periods.count == 1)
            let period = try #require(periods.periods.first)
            #expect(period.startsOn == today.description && period.endsOn == year.end.description && period.source == "joined")
            let months = try year.monthsLeft(from: today)
            #expect(period.months == months)
            // Periods are never rewritten, whoever asks.
            let rewrite = await MembershipHarness.offThread { [h] in
                try h.database.psql("SET ROLE networkd_daemon; UPDATE member_period SET starts_on = starts_on - 1")
            }
            #expect(throws: (any Error).self) { try rewrite.get() }
        }
    }
}
