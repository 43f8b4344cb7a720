import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkStore
import NetworkTestSupport
import Postgres
import Testing

/// `daemon.status`'s counters (migration 0012) say exactly what a count(*) made from the Swift
/// definitions says — after inserts, updates and deletes of many rows in one statement, after
/// many transactions at once, and with folds among them; and keeping them makes no writer wait.
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

    /// A member row, for one writer's statement.
    static func insertOne(_ name: String) -> SQL {
        """
        INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
        VALUES (\(name), 'unitary', 'full', 'active', 'england', '2024-01-01', 1, 1, 1)
        """
    }

    /// The same, as text for psql (`name` a plain literal).
    static func insertOneText(_ name: String) -> String {
        """
        INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
        VALUES ('\(name)', 'unitary', 'full', 'active', 'england', '2024-01-01', 1, 1, 1)
        """
    }

    /// Folds every committed row, as the daemon does past its threshold; fails rather than waits on a lock.
    static func fold(_ h: MembershipHarness) async throws -> Int {
        try await h.pool.withTransaction { connection in
            try connection.execute("SET LOCAL lock_timeout = '3s'")
            return try connection.run(StatusCountStore.fold(above: 0))
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

    /// What sank the first design (a counter row that each writer updated): a transaction held
    /// open after adding an audit row and a member — a long renewal batch, or a session left
    /// idle in transaction — makes no other writer, fold or status read wait. Every one of them
    /// runs under a 3 s lock_timeout, so a wait is an error here, not a hang.
    @Test func anOpenWritingTransactionMakesNobodyWait() async throws {
        try await withMembership { h in
            let before = try await Self.both(h)
            let holder = try await RowLockHolder.hold("""
                INSERT INTO audit_log (request_id, actor, actor_role, method) VALUES ('held-open', 'test', 'system', 'test.heldOpen');
                \(Self.insertOneText("Held open"))
                """, in: h.database)
            defer { holder.release() }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        try await h.pool.withTransaction { connection in
                            try connection.execute("SET LOCAL lock_timeout = '3s'")
                            try connection.execute(Self.insertOne("Beside the open one \(writer)"))
                            try connection.execute("""
                                INSERT INTO audit_log (request_id, actor, actor_role, method)
                                VALUES ('beside', 'test', 'system', 'test.beside')
                                """)
                        }
                    }
                }
                group.addTask { _ = try await Self.fold(h) }
                try await group.waitForAll()
            }
            _ = try await Self.fold(h)
            let during = try await Self.both(h)
            #expect(during.kept == during.counted)
            #expect(during.kept["currentMembers"] == (before.kept["currentMembers"] ?? 0) + 8)
            #expect(during.kept["auditEntries"] == (before.kept["auditEntries"] ?? 0) + 8)

            holder.release(committing: true)
            let committed = try await Self.both(h)
            #expect(committed.kept == committed.counted)
            #expect(committed.kept["currentMembers"] == (before.kept["currentMembers"] ?? 0) + 9)
            _ = try await Self.fold(h)
            let folded = try await Self.both(h)
            #expect(folded.kept == committed.kept)
        }
    }

    /// Writers and folds at once (two folds racing each other too): no count is lost or counted
    /// twice, and a last fold leaves at most one row a counter.
    @Test func foldsAmongWritersLoseNoCount() async throws {
        try await withMembership { h in
            let folds = try await withThrowingTaskGroup(of: Int.self) { group in
                for writer in 0..<6 {
                    group.addTask {
                        for round in 0..<15 {
                            try await h.pool.withTransaction { connection in
                                try connection.execute(Self.insertOne("Folded \(writer)-\(round)"))
                                try connection.execute("UPDATE member SET status = 'lapsed' WHERE name = \("Folded \(writer)-\(round)")")
                            }
                        }
                        return 0
                    }
                }
                for _ in 0..<2 {
                    group.addTask {
                        var folded = 0
                        for _ in 0..<20 { folded += try await Self.fold(h) }
                        return folded
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(folds > 0)
            let now = try await Self.both(h)
            #expect(now.kept == now.counted)
            let lapsed = try await h.psql("SELECT count(*) FROM member WHERE name LIKE 'Folded %' AND status = 'lapsed'")
            #expect(lapsed == "90")
            _ = try await Self.fold(h)
            let rows = try await h.psql("SELECT count(*) = count(DISTINCT name) FROM status_count")
            #expect(rows == "t")
            let after = try await Self.both(h)
            #expect(after.kept == now.kept)
        }
    }

    /// A fold with no more rows than its threshold changes nothing, byte for byte; the daemon's
    /// role may fold but not write a counter row itself.
    @Test func aFoldBelowItsThresholdChangesNothing() async throws {
        try await withMembership { h in
            try await Self.insertMembers(h, from: 1, count: 3, status: "active")
            try await Self.insertMembers(h, from: 4, count: 3, status: "active")
            let table = "SELECT count(*) || '|' || string_agg(id || ':' || name || ':' || n, ',' ORDER BY id) FROM status_count"
            let before = try await h.psql(table)
            let rows = Int(before.prefix { $0 != "|" }) ?? 0
            #expect(rows > 2)
            let none = try await h.pool.withConnection { try $0.run(StatusCountStore.fold(above: rows)) }
            #expect(none == 0)
            #expect(try await h.psql(table) == before)
            let kept = try await Self.both(h).kept

            let folded = try await h.psql("SET ROLE networkd_daemon; SELECT status_count_fold(\(rows - 1))")
            #expect(folded.split(separator: "\n").last.map(String.init) == String(rows))
            #expect(try await h.psql(table) != before)
            #expect(try await Self.both(h).kept == kept)
            let inserted = try? await h.psql("SET ROLE networkd_daemon; INSERT INTO status_count (name, n) VALUES ('currentMembers', 1)")
            #expect(inserted == nil)
            let deleted = try? await h.psql("SET ROLE networkd_daemon; DELETE FROM status_count")
            #expect(deleted == nil)
        }
    }
}
