import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkStore
import NetworkTestSupport
import Postgres
import Testing

/// `daemon.status`'s counters (migration 0012) say exactly what a count(*) made from the Swift
/// definitions says — after inserts, updates and deletes of many rows in one statement, and
/// after many transactions at once on the same counters' shards.
@Suite("Status counters", .freshDatabase)
struct StatusCountTests {
    static let names = ["currentMembers", "openApplications", "auditEntries"]

    /// The counters, and the same counts made directly.
    static func both(_ h: MembershipHarness) async throws -> (kept: [String: Int], counted: [String: Int]) {
        try await h.pool.withConnection { connection in
            let kept = try connection.run(StatusCountStore.counts(names))
            let counted = [
                "currentMembers": try connection.run(MemberStore.currentCount),
                "openApplications": try connection.run(ApplicationStore.openCount),
                "auditEntries": try connection.run(AuditStore.count),
            ]
            return (kept, counted)
        }
    }

    static func insertMembers(_ h: MembershipHarness, from: Int, count: Int, status: String) async throws {
        _ = try await h.psql("""
            INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
            SELECT 'Counted ' || g, 'unitary', 'full', '\(status)', 'england',
                   \(status == "applicant" || status == "rejected" ? "NULL" : "'2024-01-01'"), 1, 1, 1
            FROM generate_series(\(from), \(from + count - 1)) AS g
            """)
    }

    @Test func countersFollowStatementsOfManyRows() async throws {
        try await withMembership { h in
            let start = try await Self.both(h)
            #expect(start.kept == start.counted)
            try await Self.insertMembers(h, from: 1, count: 40, status: "active")
            try await Self.insertMembers(h, from: 41, count: 10, status: "applicant")
            try await Self.insertMembers(h, from: 51, count: 5, status: "resigned")
            var now = try await Self.both(h)
            #expect(now.kept == now.counted)
            #expect(now.kept["currentMembers"] == (start.counted["currentMembers"] ?? 0) + 40)
            // One statement moving rows both ways, one changing nothing counted, one deleting.
            _ = try await h.psql("""
                UPDATE member SET status = CASE WHEN status = 'active' THEN 'suspended' ELSE 'active' END,
                                  member_since = coalesce(member_since, '2024-01-01')
                WHERE name LIKE 'Counted %' AND status IN ('active', 'applicant') AND (substring(name from 9)::int) % 3 = 0
                """)
            _ = try await h.psql("UPDATE member SET region = 'North West' WHERE name LIKE 'Counted %'")
            _ = try await h.psql("DELETE FROM member WHERE name LIKE 'Counted %' AND (substring(name from 9)::int) % 5 = 0")
            now = try await Self.both(h)
            #expect(now.kept == now.counted)
        }
    }

    @Test func manyTransactionsAtOnceLoseNoCount() async throws {
        try await withMembership { h in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for round in 0..<10 {
                            let base = 1000 + writer * 100 + round * 2
                            try await h.pool.withTransaction { connection in
                                try connection.execute("""
                                    INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
                                    VALUES ('Concurrent ' || \(base)::int, 'unitary', 'full', 'active', 'england', '2024-01-01', 1, 1, 1),
                                           ('Concurrent ' || \(base + 1)::int, 'unitary', 'full', 'applicant', 'england', NULL, 1, 1, 1)
                                    """)
                                try connection.execute("""
                                    UPDATE member SET status = 'lapsed' WHERE name = 'Concurrent ' || \(base)::int
                                    """)
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let now = try await Self.both(h)
            #expect(now.kept == now.counted)
            let concurrent = try await h.psql("SELECT count(*) FROM member WHERE name LIKE 'Concurrent %' AND status = 'lapsed'")
            #expect(concurrent == "80")
            // The counters are the database's own: the daemon's role may read them, not write them.
            let refused = try? await h.psql("SET ROLE networkd_daemon; UPDATE status_count SET n = n + 1")
            #expect(refused == nil)
        }
    }
}
