#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Foundation
import NetworkCore
import NetworkTestSupport
import Testing

/// The renewal run survives `kill -9`: a daemon killed half way through a run over 20,000
/// members, restarted and run again, leaves every member exactly one period and one invoice,
/// numbered without a gap.
@Suite("A renewal run killed half way", .serialized)
struct RenewalCrashTests {
    static let members = 20_000

    @Test(.freshDatabase) func killNineDuringARenewalRestartAndRunAgain() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try TestDatabase.require()
        let directory = try ScratchDirectory()
        let templates = directory.path + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        let config = try directory.write("networkd.conf", """
            scheduler = off
            renewal_invoices = issue
            renewal_batch = 500
            templates = \(templates)

            """)
        _ = try Self.sql(database, "UPDATE network_clock SET offset_by = '2027-08-01 12:00 Europe/London'::timestamptz - now()")
        _ = try Self.sql(database, """
            INSERT INTO member (name, kind, tier, status, nation, population, member_since)
            SELECT 'Council ' || g, 'unitary', 'full', 'active', 'england', 20000 + g * 37, '2027-08-01'
            FROM generate_series(1, \(Self.members)) AS g
            """)
        var daemon = try DaemonProcess.start(database: database, arguments: ["--config", config])
        let client = try daemon.client()
        _ = try client.call(YearOpen.self, .init(startYear: 2027))
        _ = try client.call(FeesSet.self, FeesSet.Params(startYear: 2027, currency: "GBP", vatBasisPoints: 2000, proRata: .monthly,
                                                          budgetMeasure: .revenue, tiers: [
            TierFeeWire(tier: "full", flatFee: 150_000, basis: nil, populationBands: nil, budgetBands: nil),
        ]))
        _ = try Self.sql(database, "UPDATE network_clock SET offset_by = '2027-09-01 07:00 Europe/London'::timestamptz - now()")

        // Start the run and kill the daemon once a few batches have committed.
        nonisolated(unsafe) let runner = try daemon.client()
        let interrupted = Task { try await offPool { try runner.call(RenewalRunNow.name, params: ["startYear": 2027]) } }
        try await waitUntil("the renewal run has committed some batches", limit: .seconds(300)) {
            (Int(try Self.sql(database, "SELECT count(*) FROM invoice WHERE number IS NOT NULL")) ?? 0) >= 1_500
        }
        daemon.signal(SIGKILL)
        _ = daemon.waitForExit(timeout: 60)
        _ = try? await interrupted.value
        let periodsAtKill = Int(try Self.sql(database, "SELECT count(*) FROM member_period")) ?? 0
        #expect(periodsAtKill >= 1_500 && periodsAtKill < Self.members, "killed half way: \(periodsAtKill) periods")
        #expect(try Self.sql(database, "SELECT count(*) FROM job_run WHERE finished_at IS NULL") == "1", "the killed run never finished")
        try Self.expectConsistent(database, periods: periodsAtKill)

        // Restart and run again: the rest, and nothing twice.
        daemon = try DaemonProcess.start(database: database, arguments: ["--config", config], directory: daemon.directory)
        defer { daemon.stop() }
        let again = try daemon.client().call(RenewalRunNow.self, .init(startYear: 2027))
        #expect(again.outcome == "succeeded", "\(again.error ?? "")")
        #expect(again.counts["periods"] == Self.members - periodsAtKill && again.counts["invoices"] == Self.members - periodsAtKill,
                "\(again.counts)")
        try Self.expectConsistent(database, periods: Self.members)
        let third = try daemon.client().call(RenewalRunNow.self, .init(startYear: 2027))
        #expect(third.counts["periods"] == 0 && third.counts["invoices"] == 0, "\(third.counts)")
        try Self.expectConsistent(database, periods: Self.members)
    }

    /// What psql prints for `sql`, without the newline.
    static func sql(_ database: TestDatabase, _ sql: String) throws -> String {
        try database.psql(sql).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `periods` members have exactly one period and one issued invoice each, and the series is
    /// exactly 1…`periods`.
    static func expectConsistent(_ database: TestDatabase, periods: Int) throws {
        #expect(try Self.sql(database, "SELECT count(*) FROM member_period") == String(periods))
        #expect(try Self.sql(database, "SELECT count(*) FROM (SELECT member_id FROM member_period GROUP BY member_id HAVING count(*) > 1) d") == "0")
        #expect(try Self.sql(database, "SELECT count(*) FROM invoice") == String(periods))
        #expect(try Self.sql(database, "SELECT count(*) FROM invoice WHERE status = 'issued' AND number IS NOT NULL") == String(periods))
        #expect(try Self.sql(database, "SELECT count(*) FROM (SELECT period_id FROM invoice GROUP BY period_id HAVING count(*) > 1) d") == "0")
        #expect(try Self.sql(database, """
            SELECT count(*) = max(number) AND min(number) = 1 AND count(DISTINCT number) = count(*) FROM invoice WHERE series = 'CCIN-2027'
            """) == (periods == 0 ? "" : "t"), "gapless CCIN-2027-0001…\(periods)")
        #expect(try Self.sql(database, "SELECT count(*) FROM outbox WHERE template = 'invoice-issued'") == String(periods))
    }
}
