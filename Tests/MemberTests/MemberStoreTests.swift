import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkStore
import NetworkTestSupport
import Postgres
import Testing

/// The member store's units of work, called directly (no dispatcher): what each writes, all in
/// the caller's transaction, and the counts `daemon.status` reports.
@Suite("Member store", .freshDatabase)
struct MemberStoreTests {
    static let details = MemberDetails(name: "Wirral Council", kind: "unitary", nation: .england, region: nil, website: nil,
                                       population: 320_000, budgetRevenue: 400_000_000_00, budgetCapital: 90_000_000_00)

    @Test func enterWritesTheMemberItsFirstStatusAndItsFirstTierInOneCall() async throws {
        try await withMembership { h in
            let member = try await h.pool.withTransaction { connection in
                try MemberStore.enter(Self.details, tier: "full", memberSince: "2025-09-01", poRequired: true, actor: "test",
                                      reason: "direct entry", on: connection)
            }
            #expect(member.status == .active && member.memberSince == "2025-09-01" && member.poRequired)
            #expect(try await h.psql("SELECT to_status FROM member_status_change WHERE member_id = \(member.id)") == "active")
            #expect(try await h.psql("SELECT coalesce(from_tier, '-') || '|' || to_tier || '|' || effective_on FROM member_tier_change WHERE member_id = \(member.id)")
                    == "-|full|2025-09-01")
        }
    }

    @Test func aFailureLaterInTheTransactionLeavesNoHalfEnteredMember() async throws {
        try await withMembership { (h: MembershipHarness) async throws in
            let failed: Bool
            do {
                try await h.pool.withTransaction { connection in
                    _ = try MemberStore.enter(Self.details, tier: "full", memberSince: "2025-09-01", poRequired: false,
                                              actor: "test", reason: "direct entry", on: connection)
                    throw NetworkError.conflict("the caller's next step failed")
                }
                failed = false
            } catch {
                failed = true
            }
            #expect(failed)
            #expect(try await h.psql("SELECT count(*) FROM member") == "0")
            #expect(try await h.psql("SELECT count(*) FROM member_status_change") == "0")
            #expect(try await h.psql("SELECT count(*) FROM member_tier_change") == "0")
        }
    }

    @Test func admitStartsAnApplicantsMembershipAndRefusesAnyoneElse() async throws {
        try await withMembership { (h: MembershipHarness) async throws in
            let (admitted, active) = try await h.pool.withTransaction { connection in
                let applicant = try MemberStore.addApplicant(Self.details, tier: "full", actor: "test", reason: "application submitted",
                                                             on: connection)
                let admitted = try MemberStore.admit(applicant, startsOn: "2026-08-01", actor: "test", reason: "approved", on: connection)
                return (admitted, try MemberStore.require(admitted.id, on: connection))
            }
            #expect(admitted.status == .active && admitted.memberSince == "2026-08-01")
            #expect(try await h.psql("SELECT string_agg(to_status, ',' ORDER BY id) FROM member_status_change WHERE member_id = \(admitted.id)")
                    == "applicant,active")
            do {
                _ = try await h.pool.withTransaction { connection in
                    try MemberStore.admit(active, startsOn: "2026-08-01", actor: "test", reason: "again", on: connection)
                }
                Issue.record("admitting an active member succeeded")
            } catch let error as NetworkError {
                guard case .invalidTransition = error else { Issue.record("\(error)"); return }
            }
        }
    }

    @Test func countCurrentCountsActiveLapsedAndSuspendedOnly() async throws {
        try await withMembership { h in
            let statuses = ["active", "lapsed", "suspended", "applicant", "resigned", "terminated", "rejected"]
            for (index, status) in statuses.enumerated() {
                _ = try await h.psql("""
                    INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
                    VALUES ('Member \(index)', 'unitary', 'full', '\(status)', 'england',
                            \(status == "applicant" || status == "rejected" ? "NULL" : "'2024-01-01'"), 1, 1, 1)
                    """)
            }
            let (current, open) = try await h.pool.withConnection { connection in
                (try connection.run(MemberStore.currentCount), try connection.run(ApplicationStore.openCount))
            }
            #expect(current == 3)
            #expect(open == 0)
        }
    }
}
