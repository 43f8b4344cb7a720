import AdminProtocol
import Foundation
import NetworkTestSupport
import Testing

/// A running networkd folds `daemon.status`'s counter rows by itself: after a hundred writing
/// statements (a hundred rows) the table is soon back to one row a counter, and status says
/// what count(*) says throughout.
@Suite("networkd folds the status counters")
struct StatusFoldingTests {
    @Test func theDaemonFoldsCounterRowsByItself() async throws {
        try #require(BuiltBinaries.areBuilt)
        let database = try await TestDatabase.fresh()
        let daemon = try DaemonProcess.start(database: database, arguments: ["--log-level", "warning"])
        defer { daemon.stop() }
        let client = try daemon.client()
        let statements = (1...100).map { i in
            """
            INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
            VALUES ('Folded by the daemon \(i)', 'unitary', 'full', 'active', 'england', '2024-01-01', 1, 1, 1);
            """
        }
        _ = try database.psql(statements.joined(separator: "\n"))
        let rows = { @Sendable in Int(try database.psql("SELECT count(*) FROM status_count").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        let counted = try database.psql("SELECT count(*) FROM member WHERE status IN ('active', 'lapsed', 'suspended')")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(String(try client.call(DaemonStatus.self, NoParams()).counts["currentMembers"] ?? -1) == counted)

        // Nothing but a fold removes counter rows, and the statements above added a hundred.
        try await waitFor("the daemon folds the counter rows") { try rows() <= 16 }
        #expect(String(try client.call(DaemonStatus.self, NoParams()).counts["currentMembers"] ?? -1) == counted)
    }
}
