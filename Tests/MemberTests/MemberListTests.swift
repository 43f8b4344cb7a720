import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// `member.list`: order, keyset pages, filters, hostile search text, cursors.
@Suite("Member list", .freshDatabase)
struct MemberListTests {
    /// Inserts members straight into the table (fast, and lets names repeat among past members).
    static func load(_ h: MembershipHarness, _ rows: [(name: String, status: String, tier: String, kind: String, region: String?)]) async throws {
        let values = rows.map { row in
            let region = row.region.map { "'\($0)'" } ?? "NULL"
            let since = ["applicant", "rejected"].contains(row.status) ? "NULL" : "'2024-01-01'"
            return "('\(row.name.replacingOccurrences(of: "'", with: "''"))', '\(row.kind)', '\(row.tier)', '\(row.status)', 'england', \(region), \(since))"
        }
        _ = try await h.psql("""
            INSERT INTO member (name, kind, tier, status, nation, region, member_since) VALUES \(values.joined(separator: ", "))
            """)
    }

    /// Every page of `params`, following the cursors.
    static func allPages(_ h: MembershipHarness, _ params: MemberList.Params) async throws -> [[MemberWire]] {
        var pages: [[MemberWire]] = []
        var params = params
        while true {
            let page = try await h.call(MemberList.self, params)
            pages.append(page.members)
            guard let cursor = page.nextCursor else { return pages }
            #expect(page.members.count == params.limit ?? 50, "only the last page is short")
            params.after = cursor
            try #require(pages.count < 1000)
        }
    }

    @Test func pagesFollowNameThenIdAndNeitherRepeatNorSkipWithTiesInName() async throws {
        try await withMembership { h in
            // Eleven members share one name case-insensitively (past members may reuse a name).
            var rows: [(String, String, String, String, String?)] = []
            for index in 0..<11 { rows.append((index % 2 == 0 ? "Ashford Borough Council" : "ASHFORD borough council", "resigned", "full", "borough", nil)) }
            for index in 0..<30 { rows.append(("Member \(String(format: "%03d", 29 - index))", "active", "full", "unitary", nil)) }
            try await Self.load(h, rows)
            let pages = try await Self.allPages(h, MemberList.Params(status: [.all], limit: 4))
            let members = pages.flatMap { $0 }
            #expect(members.count == 41)
            #expect(Set(members.map(\.id)).count == 41, "no member twice")
            #expect(pages.count == 11 && pages.last?.count == 1)
            let keys = members.map { ($0.name.lowercased(), $0.id) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }, "ordered by lower(name), then id")
            let ties = members.prefix(11).map(\.id)
            #expect(ties == ties.sorted())
        }
    }

    @Test func theLastPageHasNoCursorAndAnEmptyListIsOnePage() async throws {
        try await withMembership { h in
            let empty = try await h.call(MemberList.self, .init())
            #expect(empty.members.isEmpty && empty.nextCursor == nil)
            try await Self.load(h, (0..<3).map { ("Council \($0)", "active", "full", "unitary", nil) })
            let exact = try await h.call(MemberList.self, .init(limit: 3))
            #expect(exact.members.count == 3 && exact.nextCursor == nil, "no cursor when nothing follows")
        }
    }

    @Test func filtersCombine() async throws {
        try await withMembership { h in
            try await Self.load(h, [
                ("Alpha Unitary", "active", "full", "unitary", "North West"),
                ("Beta Unitary", "suspended", "full", "unitary", "North West"),
                ("Gamma Town", "active", "associate", "town_council", "North West"),
                ("Delta Town", "active", "associate", "town_council", "Wales"),
                ("Epsilon Charity", "lapsed", "affiliate", "charity", nil),
            ])
            func names(_ params: MemberList.Params) async throws -> [String] {
                try await h.call(MemberList.self, params).members.map(\.name)
            }
            #expect(try await names(.init(tier: "associate")) == ["Delta Town", "Gamma Town"])
            #expect(try await names(.init(status: [.active])) == ["Alpha Unitary", "Delta Town", "Gamma Town"])
            #expect(try await names(.init(status: [.active], kind: "unitary")) == ["Alpha Unitary"])
            #expect(try await names(.init(status: [.suspended], kind: "unitary")) == ["Beta Unitary"])
            #expect(try await names(.init(region: "North West")) == ["Alpha Unitary", "Beta Unitary", "Gamma Town"])
            #expect(try await names(.init(region: "north west")).isEmpty, "region matches exactly")
            #expect(try await names(.init(tier: "associate", region: "North West", search: "gam")) == ["Gamma Town"])
            #expect(try await names(.init(search: "TOWN")) == ["Delta Town", "Gamma Town"])
            #expect(try await names(.init(tier: "nonesuch")).isEmpty)
        }
    }

    @Test func theDefaultListIsTheCurrentMembersDaemonStatusCountsAndStatusSelectsTheRest() async throws {
        try await withMembership { h in
            try await Self.load(h, [
                ("Active", "active", "full", "unitary", nil), ("Lapsed", "lapsed", "full", "unitary", nil),
                ("Suspended", "suspended", "full", "unitary", nil), ("Applicant", "applicant", "full", "unitary", nil),
                ("Rejected", "rejected", "full", "unitary", nil), ("Resigned", "resigned", "full", "unitary", nil),
                ("Terminated", "terminated", "full", "unitary", nil),
            ])
            func names(_ status: [MemberStatusFilter]?) async throws -> [String] {
                try await h.call(MemberList.self, .init(status: status)).members.map(\.name)
            }
            let current = ["Active", "Lapsed", "Suspended"]
            #expect(try await names(nil) == current, "no applicants, rejected or former members by default")
            #expect(try await names([]) == current)
            #expect(try await names([.current]) == current)
            #expect(try await names([.rejected]) == ["Rejected"])
            #expect(try await names([.applicant, .rejected]) == ["Applicant", "Rejected"])
            #expect(try await names([.former]) == ["Resigned", "Terminated"])
            #expect(try await names([.former, .resigned]) == ["Resigned", "Terminated"], "overlaps are harmless")
            #expect(try await names([.all]).count == 7)
            let status = try await h.call(DaemonStatus.self, NoParams())
            #expect(status.counts["currentMembers"] == current.count, "\(status.counts)")
            #expect(status.counts["members"] == nil, "one name per count")
            let unknown = try await h.raw("member.list", ["status": ["gone"]])
            #expect(unknown.refusal?.code == -32602, "an unknown status is refused: \(unknown)")
        }
    }

    @Test(arguments: [
        ("%", ["100% Renewable Council"]),
        ("_", ["Under_score Council"]),
        ("\\", ["Back\\slash Council"]),
        ("'", ["St. Mary's Parish"]),
        ("\"", ["The \"Quoted\" Group"]),
        ("%' OR '1'='1", []),
        ("ÉCOLE", ["École Council"]),
        ("sørby", ["Sørby Kommune"]),
        ("100%", ["100% Renewable Council"]),
        ("e_s", []),
    ])
    func searchMatchesHostileTextLiterally(search: String, expected: [String]) async throws {
        try await withMembership { h in
            try await Self.load(h, [
                ("100% Renewable Council", "active", "full", "unitary", nil), ("Under_score Council", "active", "full", "unitary", nil),
                ("Back\\slash Council", "active", "full", "unitary", nil), ("St. Mary's Parish", "active", "associate", "parish_council", nil),
                ("The \"Quoted\" Group", "active", "associate", "political_group", nil), ("École Council", "active", "full", "unitary", nil),
                ("Sørby Kommune", "active", "associate", "overseas_government", nil), ("Rivers Council", "active", "full", "unitary", nil),
            ])
            let page = try await h.call(MemberList.self, .init(search: search))
            #expect(page.members.map(\.name) == expected)
        }
    }

    @Test(arguments: ["not a cursor", "eyJuIjoxfQ", "eyJuIjoiYSIsImkiOi0xfQ", "", "%%%", "eyJuIjoiYSIsImkiOjF9!"])
    func aMalformedCursorIsAValidationErrorOnAfter(cursor: String) async throws {
        try await withMembership { h in
            let response = try await h.raw("member.list", ["after": .string(cursor)])
            #expect(response.refusalKind == "validation")
            #expect(response.refusalFields == ["after"])
        }
    }

    @Test(arguments: [0, 501, -1])
    func aLimitOutsideOneToFiveHundredIsRefused(limit: Int) async throws {
        try await withMembership { h in
            let error = try await h.expectError(MemberList.self, .init(limit: limit), kind: "validation")
            #expect(MembershipHarness.fields(error) == ["limit"])
        }
    }

    @Test func theDefaultPageIsFiftyAndAPageMayHoldFiveHundred() async throws {
        try await withMembership { h in
            _ = try await h.psql("""
                INSERT INTO member (name, kind, tier, status, nation, member_since)
                SELECT 'Council ' || g, 'unitary', 'full', 'active', 'england', '2024-01-01' FROM generate_series(1, 600) g
                """)
            let first = try await h.call(MemberList.self, .init())
            #expect(first.members.count == 50 && first.nextCursor != nil)
            let big = try await h.call(MemberList.self, .init(limit: 500, after: first.nextCursor))
            #expect(big.members.count == 500 && Set(big.members.map(\.id)).isDisjoint(with: first.members.map(\.id)))
            let rest = try await h.call(MemberList.self, .init(limit: 500, after: big.nextCursor))
            #expect(rest.members.count == 50 && rest.nextCursor == nil)
        }
    }

    @Test func membersListIsForStaffOnly() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Gateshead Council"))
            let response = try await h.raw("member.list", [:], as: try await h.memberCaller(member.id))
            #expect(response.refusalKind == "forbidden")
            let operatorOnly = try await h.raw("member.list", [:], as: MembershipHarness.caller([.operator]))
            #expect(operatorOnly.refusalKind == nil)
        }
    }

    @Test(arguments: [
        ("", "member_name_order_idx"),
        ("m.status = ANY('{active,lapsed,suspended}'::text[]) AND", "member_current_name_idx"),
    ])
    func theFirstAndLastPagesAreRangeScansOfANameOrderIndex(statusFilter: String, index: String) async throws {
        try await withMembership { h in
            _ = try await h.psql("""
                INSERT INTO member (name, kind, tier, status, nation, member_since)
                SELECT 'Council ' || g, 'unitary', 'full', 'active', 'england', '2024-01-01' FROM generate_series(1, 20000) g;
                ANALYZE member
                """)
            // The queries member.list runs: every status (no status condition), and the default.
            let first = try await h.psql("EXPLAIN SELECT * FROM member m WHERE \(statusFilter) true ORDER BY lower(m.name), m.id LIMIT 51")
            #expect(first.contains("Index Scan using \(index)"), "\(first)")
            // The key the second-to-last page ends on, so this is the real last page's query.
            let key = try await h.psql("SELECT lower(name) || '|' || id FROM member ORDER BY lower(name) DESC, id DESC OFFSET 50 LIMIT 1")
            let parts = key.split(separator: "|")
            let last = try await h.psql("""
                EXPLAIN SELECT * FROM member m WHERE \(statusFilter) (lower(m.name), m.id) > ('\(parts[0])', \(parts[1]))
                ORDER BY lower(m.name), m.id LIMIT 51
                """)
            #expect(!last.contains("Seq Scan"), "\(last)")
            // A few rows left: PostgreSQL may as well probe the (status, name) index per status.
            let indexes = [index, "member_status_idx"]
            #expect(indexes.contains { last.contains("Index Scan on \($0)") || last.contains("Index Scan using \($0)") }, "\(last)")
            #expect(last.contains("ROW(lower(name), id) > ROW("), "the cursor is the index condition: \(last)")
        }
    }
}
