import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// One applicant or current member per name, compared as people read names: case-folded, runs
/// of white space as one space, trimmed — enforced by a unique index on `member_name_key(name)`.
@Suite("Member names", .freshDatabase)
struct MemberNameTests {
    @Test(arguments: ["stroud  district council ", "STROUD DISTRICT COUNCIL", " Stroud\u{00A0}District\u{3000}Council", "Stroud District   council"])
    func aNameDifferingOnlyInCaseOrSpacingIsAConflictNamingTheHolder(name: String) async throws {
        try await withMembership { h in
            let stroud = try await h.call(MemberCreate.self, MembershipHarness.council("Stroud District Council", kind: "district"))
            var params = MembershipHarness.council(name, kind: "district")
            params.idempotencyKey = nil
            let error = try await h.expectError(MemberCreate.self, params, kind: "conflict")
            #expect(error.message == "member \(stroud.id) (active) is already called Stroud District Council; names are compared ignoring case and spacing")
            #expect(try await h.psql("SELECT count(*) FROM member") == "1")
            // Applications and renames meet the same rule.
            let applied = try await h.expectError(ApplicationSubmit.self, MembershipHarness.application(name, kind: "district", tier: "full"),
                                                  kind: "conflict")
            #expect(applied.message.contains("member \(stroud.id) (active)"))
            let other = try await h.call(MemberCreate.self, MembershipHarness.council("Cotswold District Council", kind: "district"))
            let renamed = try await h.expectError(MemberUpdate.self, .init(id: other.id, name: name), kind: "conflict")
            #expect(renamed.message.contains("member \(stroud.id) (active)"))
        }
    }

    @Test func theDatabaseComparesNormalisedNamesWhoeverWrites() async throws {
        try await withMembership { h in
            #expect(try await h.psql("SELECT member_name_key(E'  Stroud \\t District\\u00a0COUNCIL  ')") == "stroud district council")
            _ = try await h.psql("""
                INSERT INTO member (name, kind, tier, status, nation) VALUES ('Stroud District Council', 'charity', 'affiliate', 'applicant', 'england')
                """)
            let database = h.database
            let second = await MembershipHarness.offThread {
                try database.psql("""
                    INSERT INTO member (name, kind, tier, status, nation) VALUES ('stroud  district council ', 'charity', 'affiliate', 'applicant', 'england')
                    """)
            }
            guard case .failure(let error) = second else {
                Issue.record("a second normalised name was stored")
                return
            }
            #expect(String(describing: error).contains("member_name_current_key"), "\(error)")
            // A past member's name is free again.
            _ = try await h.psql("UPDATE member SET status = 'rejected'")
            _ = try await h.psql("""
                INSERT INTO member (name, kind, tier, status, nation) VALUES ('stroud  district council ', 'charity', 'affiliate', 'applicant', 'england')
                """)
        }
    }

    @Test func twoConcurrentCreatesOfNamesDifferingInCaseLeaveExactlyOneWinner() async throws {
        try await withMembership { h in
            for round in 0..<5 {
                let names = ["Round \(round) Borough Council", "ROUND \(round)  borough council"]
                let outcomes = try await withThrowingTaskGroup(of: RPCResponse.self) { group in
                    for name in names {
                        group.addTask {
                            try await h.raw("member.create", try JSONCoding.value(of: MembershipHarness.council(name, kind: "borough")))
                        }
                    }
                    return try await group.reduce(into: [RPCResponse]()) { $0.append($1) }
                }
                let winners = outcomes.filter { $0.refusal == nil }
                let losers = outcomes.compactMap(\.refusal)
                #expect(winners.count == 1 && losers.count == 1, "round \(round): \(outcomes)")
                #expect(losers.first?.kind == "conflict")
                #expect(losers.first?.message.contains("is already called") == true, "\(losers.first?.message ?? "")")
                #expect(try await h.psql("SELECT count(*) FROM member WHERE member_name_key(name) = 'round \(round) borough council'") == "1")
            }
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE method = 'member.create'") == "5", "the loser wrote nothing")
        }
    }
}
