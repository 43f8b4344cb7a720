import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// Fixtures for the scheduler's tests: the network's clock, moved as a test needs (never by
/// sleeping), a CCIN-like fee schedule, and counts read straight from the database.
enum SchedulerKit {
    /// Moves the network's clock so that it reads `moment` (`2027-09-01 07:00 Europe/London`)
    /// now; it runs on from there. Only the schema owner may (the daemon's role cannot).
    static func setClock(_ h: MembershipHarness, to moment: String) async throws {
        _ = try await h.psql("UPDATE network_clock SET offset_by = '\(moment)'::timestamptz - now()")
    }

    /// The configuration the year's tests run under: renewal issues its invoices.
    static func configuration(issue: Bool = true) -> DaemonConfiguration {
        var configuration = DaemonConfiguration()
        configuration.scheduling.renewalIssues = issue
        configuration.scheduling.renewalBatch = 40
        return configuration
    }

    /// One number from `sql`.
    static func count(_ h: MembershipHarness, _ sql: String) async throws -> Int {
        try #require(Int(try await h.psql(sql)), "not a number: \(sql)")
    }

    /// Messages in the outbox by template.
    static func outbox(_ h: MembershipHarness) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in try await h.psql("SELECT template || '=' || count(*) FROM outbox GROUP BY template").split(separator: "\n") {
            let parts = line.split(separator: "=")
            if parts.count == 2 { counts[String(parts[0])] = Int(parts[1]) }
        }
        return counts
    }

    /// Reminder rows by `step:outcome`.
    static func reminders(_ h: MembershipHarness) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in try await h.psql("SELECT step || ':' || outcome || '=' || count(*) FROM invoice_reminder GROUP BY step, outcome")
            .split(separator: "\n") {
            let parts = line.split(separator: "=")
            if parts.count == 2 { counts[String(parts[0])] = Int(parts[1]) }
        }
        return counts
    }

    /// A network of `count` members joined on `since`: full councils of varied population, town
    /// councils (associate), affiliates and a few supporters (who pay nothing); every tenth is
    /// marked "PO required".
    static func network(_ h: MembershipHarness, count: Int, since: String) async throws -> [MemberWire] {
        var members: [MemberWire] = []
        for index in 0..<count {
            var params: MemberCreate.Params
            switch index % 10 {
            case 0..<6:
                params = MembershipHarness.council("Council \(index)", memberSince: since)
                params.population = 50_000 + index * 7_919
            case 6, 7:
                params = MembershipHarness.council("Town \(index)", kind: "town_council", tier: "associate", memberSince: since)
                params.population = 2_000 + index * 311
            case 8:
                params = MembershipHarness.council("Affiliate \(index)", kind: "association", tier: "affiliate", memberSince: since)
            default:
                params = MembershipHarness.council("Supporter \(index)", kind: "charity", tier: "supporter", memberSince: since)
            }
            params.poRequired = index % 10 == 3
            members.append(try await h.call(MemberCreate.self, params))
        }
        return members
    }

    /// Full councils banded by population, associates banded, affiliates flat; no VAT.
    static func schedule(_ startYear: Int) -> FeesSet.Params {
        FeesSet.Params(startYear: startYear, currency: "GBP", vatBasisPoints: 0, proRata: .monthly, budgetMeasure: .revenue, tiers: [
            TierFeeWire(tier: "full", flatFee: nil, basis: .population, populationBands: [
                FeeBandWire(lowerBound: 0, upperBound: 100_000, fee: 150_000),
                FeeBandWire(lowerBound: 100_000, upperBound: 250_000, fee: 250_000),
                FeeBandWire(lowerBound: 250_000, upperBound: nil, fee: 350_000),
            ], budgetBands: nil),
            TierFeeWire(tier: "associate", flatFee: nil, basis: .population, populationBands: [
                FeeBandWire(lowerBound: 0, upperBound: 10_000, fee: 15_000),
                FeeBandWire(lowerBound: 10_000, upperBound: nil, fee: 30_000),
            ], budgetBands: nil),
            TierFeeWire(tier: "affiliate", flatFee: 75_000, basis: nil, populationBands: nil, budgetBands: nil),
        ])
    }

    /// Pays `invoice` in full by bank transfer today (network clock).
    @discardableResult
    static func pay(_ h: MembershipHarness, _ invoice: Int64) async throws -> PaymentOutcomeWire {
        let wire = try await h.call(InvoiceGet.self, .init(id: invoice))
        return try await h.call(PaymentRecord.self, .init(invoiceId: invoice, amount: wire.outstanding, method: .bankTransfer,
                                                          reference: "BACS \(invoice)"))
    }

    /// Issued invoices still owed, by id.
    static func owed(_ h: MembershipHarness) async throws -> [Int64] {
        try await h.psql("SELECT id FROM invoice WHERE status IN ('issued', 'part_paid') ORDER BY id").split(separator: "\n").compactMap { Int64($0) }
    }
}
