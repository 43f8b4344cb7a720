import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Fixtures for the billing tests: the year containing today, opened, and a CCIN-like schedule.
enum BillingKit {
    /// Today in the network's time zone, from the database.
    static func today(_ h: MembershipHarness) async throws -> CalendarDate {
        try #require(CalendarDate(parsing: try await h.psql("SELECT network_today()")))
    }

    /// The membership year containing today (CCIN's years start in August).
    static func currentYear(_ h: MembershipHarness) async throws -> MembershipYear {
        try MembershipYear(containing: try await today(h), startMonth: 8)
    }

    /// Opens the year containing today and sets ``schedule(_:)`` for it.
    @discardableResult
    static func openYear(_ h: MembershipHarness, vat: Int = 2000, proRata: ProRataRule = .monthly) async throws -> MembershipYear {
        let year = try await currentYear(h)
        _ = try await h.call(YearOpen.self, .init(startYear: year.startYear))
        _ = try await h.call(FeesSet.self, schedule(year.startYear, vat: vat, proRata: proRata))
        return year
    }

    /// Full councils banded by population (£1,500 / £2,500 / £3,500 / £5,000 at 0, 100,000,
    /// 250,000, 500,000 residents), associates flat £500 with town-council bands, affiliates
    /// flat £750, 20 % VAT.
    static func schedule(_ startYear: Int, vat: Int = 2000, proRata: ProRataRule = .monthly) -> FeesSet.Params {
        FeesSet.Params(startYear: startYear, currency: "GBP", vatBasisPoints: vat, proRata: proRata, budgetMeasure: .revenue, tiers: [
            TierFeeWire(tier: "full", flatFee: nil, basis: .population, populationBands: [
                FeeBandWire(lowerBound: 0, upperBound: 100_000, fee: 150_000),
                FeeBandWire(lowerBound: 100_000, upperBound: 250_000, fee: 250_000),
                FeeBandWire(lowerBound: 250_000, upperBound: 500_000, fee: 350_000),
                FeeBandWire(lowerBound: 500_000, upperBound: nil, fee: 500_000),
            ], budgetBands: nil),
            TierFeeWire(tier: "associate", flatFee: 50_000, basis: .population, populationBands: [
                FeeBandWire(lowerBound: 0, upperBound: 10_000, fee: 15_000),
                FeeBandWire(lowerBound: 10_000, upperBound: 50_000, fee: 30_000),
                FeeBandWire(lowerBound: 50_000, upperBound: nil, fee: 50_000),
            ], budgetBands: nil),
            TierFeeWire(tier: "affiliate", flatFee: 75_000, basis: nil, populationBands: nil, budgetBands: nil),
        ])
    }

    /// A full-tier unitary council of `population`, a member since the year started.
    static func council(_ h: MembershipHarness, _ name: String, population: Int = 312_400, poRequired: Bool = false,
                        since: CalendarDate? = nil) async throws -> MemberWire {
        let year = try await currentYear(h)
        var params = MembershipHarness.council(name, memberSince: (since ?? year.start).description)
        params.population = population
        params.poRequired = poRequired
        return try await h.call(MemberCreate.self, params)
    }

    /// A draft of the member's subscription for the current year.
    static func subscription(_ h: MembershipHarness, _ member: MemberWire) async throws -> InvoiceWire {
        let year = try await currentYear(h)
        return try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear, subscription: true))
    }

    /// An issued subscription invoice.
    static func issuedSubscription(_ h: MembershipHarness, _ member: MemberWire) async throws -> InvoiceWire {
        let draft = try await subscription(h, member)
        return try await h.call(InvoiceIssue.self, .init(id: draft.id))
    }

    /// A raw call's result, decoded, or the test fails with the error.
    static func series(_ h: MembershipHarness, _ series: String) async throws -> [Int] {
        try await h.psql("""
            SELECT number FROM invoice WHERE series = '\(series)' UNION ALL SELECT number FROM credit_note WHERE series = '\(series)' ORDER BY 1
            """).split(separator: "\n").compactMap { Int($0) }
    }
}
