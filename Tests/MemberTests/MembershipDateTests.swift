import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Membership dates — member since, a tier change's effective date, an approval's start — are
/// real, not before the network's founding year, and (until changes can be scheduled) not in
/// the future, by the database's clock. The database refuses the same dates itself.
@Suite("Membership dates", .freshDatabase)
struct MembershipDateTests {
    /// Today in the network's time zone, by the database, and a day some years after it.
    static func today(_ h: MembershipHarness) async throws -> (today: String, future: String) {
        let row = try await h.psql("""
            SELECT d::text || '|' || (d + interval '8 months')::date::text FROM (SELECT (now() AT TIME ZONE time_zone)::date AS d FROM network) t
            """)
        let parts = row.split(separator: "|").map(String.init)
        try #require(parts.count == 2)
        return (parts[0], parts[1])
    }

    @Test func aFutureTierChangeIsScheduledAndChangesNothingNow() async throws {
        try await withMembership { h in
            let (_, future) = try await Self.today(h)
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Cardiff Council", memberSince: "2020-08-01"))
            let answer = try await h.call(MemberChangeTier.self, .init(id: member.id, tier: "supporter", effectiveOn: future,
                                                                       reason: "from next year"))
            let scheduled = try #require(answer.scheduled)
            #expect(scheduled.change == "tier" && scheduled.toTier == "supporter" && scheduled.effectiveOn == future && scheduled.status == "pending")
            let unchanged = try await h.call(MemberGet.self, MemberRef(id: member.id))
            #expect(unchanged.tier == "full" && unchanged.version == 1, "the tier did not change now")
            #expect(try await h.psql("SELECT count(*) FROM member_tier_change WHERE member_id = \(member.id)") == "1")
            let history = try await h.call(MemberHistory.self, MemberRef(id: member.id)).entries
            #expect(history.last?.pending == true && history.last?.scheduledChangeId == scheduled.id && history.last?.to == "supporter")
        }
    }

    @Test func todayAndAPastDateBackdateATierChange() async throws {
        try await withMembership { h in
            let (today, _) = try await Self.today(h)
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Newport Council", memberSince: "2019-08-01"))
            let now = try await h.call(MemberChangeTier.self, .init(id: member.id, tier: "supporter", effectiveOn: today, reason: "x")).member
            #expect(now.tier == "supporter")
            let back = try await h.call(MemberChangeTier.self, .init(id: member.id, tier: "full", effectiveOn: "2021-04-01", reason: "y")).member
            #expect(back.tier == "full")
            let early = try await h.expectError(MemberChangeTier.self, .init(id: member.id, tier: "supporter", effectiveOn: "2019-07-31",
                                                                             reason: "z"), kind: "validation")
            #expect(MembershipHarness.fieldMessage(early, "effectiveOn") == "effectiveOn 2019-07-31 is before member \(member.id) joined (2019-08-01)")
        }
    }

    @Test(arguments: ["2099-01-01", "future"])
    func aFutureMemberSinceEntersAnApplicantWhoseStartIsScheduled(memberSince: String) async throws {
        try await withMembership { h in
            let day = memberSince == "future" ? try await Self.today(h).future : memberSince
            let entered = try await h.call(MemberCreate.self, MembershipHarness.council("Torfaen Council", memberSince: day))
            #expect(entered.status == .applicant && entered.memberSince == nil, "a member only from \(day)")
            #expect(try await h.psql("SELECT change || ' ' || effective_on || ' ' || status FROM scheduled_change") == "start \(day) pending")
            #expect(try await h.psql("SELECT count(*) FROM member_tier_change") == "0", "its tier history starts on the day")
        }
    }

    @Test(arguments: ["1900-01-01", "2011-12-31"])
    func aMemberSinceBeforeTheFoundingYearIsRefused(memberSince: String) async throws {
        try await withMembership { h in
            let error = try await h.expectError(MemberCreate.self, MembershipHarness.council("Conwy Council", memberSince: memberSince),
                                                kind: "validation")
            #expect(MembershipHarness.fieldMessage(error, "memberSince") == "memberSince \(memberSince) is before 2012, when the network was founded")
            let founded = try await h.call(MemberCreate.self, MembershipHarness.council("Conwy Council", memberSince: "2012-01-01"))
            #expect(founded.memberSince == "2012-01-01", "the founding year itself is fine")
        }
    }

    @Test func anApprovalFromALaterDateIsApprovedNowAndStartsThen() async throws {
        try await withMembership { h in
            let (_, future) = try await Self.today(h)
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Tywyn Town Council"))
            _ = try await h.call(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "approve"))
            let early = try await h.expectError(ApplicationApprove.self, .init(id: submitted.id, startsOn: "2005-04-01"), kind: "validation")
            #expect(MembershipHarness.fields(early) == ["startsOn"])
            let approved = try await h.call(ApplicationApprove.self, .init(id: submitted.id, startsOn: future))
            #expect(approved.status == "approved" && approved.startsOn == future)
            #expect(try await h.call(MemberGet.self, MemberRef(id: submitted.memberId)).status == .applicant)
            #expect(try await h.psql("SELECT change || ' ' || effective_on FROM scheduled_change WHERE member_id = \(submitted.memberId)")
                    == "start \(future)")
        }
    }

    @Test func theFoundingYearIsANetworkSettingThatMovesTheBound() async throws {
        try await withMembership { h in
            #expect(try await h.call(NetworkGet.self, NoParams()).foundingYear == 2012, "CCIN's default")
            let moved = try await h.call(NetworkUpdate.self, .init(foundingYear: 1998))
            #expect(moved.foundingYear == 1998 && moved.version == 2)
            let old = try await h.call(MemberCreate.self, MembershipHarness.council("Kirklees Council", memberSince: "1999-08-01"))
            #expect(old.memberSince == "1999-08-01")
            // Not past a date already on record, nor into the future.
            let past = try await h.expectError(NetworkUpdate.self, .init(foundingYear: 2005), kind: "validation")
            #expect(MembershipHarness.fieldMessage(past, "foundingYear") == "2005 is after 1999-08-01, a membership date already recorded")
            let future = try await h.expectError(NetworkUpdate.self, .init(foundingYear: 2990), kind: "validation")
            #expect(MembershipHarness.fields(future) == ["foundingYear"])
            #expect(try await h.call(NetworkGet.self, NoParams()).foundingYear == 1998)
        }
    }

    @Test(arguments: [
        ("INSERT INTO member (name, kind, tier, status, nation, member_since) VALUES ('X', 'charity', 'affiliate', 'active', 'england', '1990-01-01')",
         "memberSince 1990-01-01 is before 2012, when the network was founded"),
        ("INSERT INTO member (name, kind, tier, status, nation, member_since) VALUES ('X', 'charity', 'affiliate', 'active', 'england', network_today() + 1)",
         "is in the future: a change due later is scheduled for its day, not recorded now"),
        ("INSERT INTO member_tier_change (member_id, to_tier, to_kind, effective_on, actor) SELECT id, 'full', 'county', network_today() + 30, 'sql' FROM member",
         "is in the future: a change due later is scheduled for its day, not recorded now"),
        // Recommended first: the lifecycle trigger (0007) refuses submitted → approved before the date check runs.
        ("UPDATE application SET status = 'recommended', recommendation = 'approve'; UPDATE application SET starts_on = '2001-01-01', status = 'approved', decided_at = now()",
         "startsOn 2001-01-01 is before 2012"),
        ("UPDATE network SET founding_year = 2025", "foundingYear 2025 is after 2018-08-01, a membership date already recorded"),
    ])
    func theDatabaseRefusesTheSameDates(sql: String, message: String) async throws {
        try await withMembership { h in
            _ = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Harlech Town Council"))
            _ = try await h.call(MemberCreate.self, MembershipHarness.council("Wrexham Council", memberSince: "2018-08-01"))
            let database = h.database
            let outcome = await MembershipHarness.offThread { try database.psql(sql) }
            guard case .failure(let error) = outcome else {
                Issue.record("\(sql) succeeded")
                return
            }
            #expect(String(describing: error).contains(message), "\(error)")
        }
    }

    @Test func aTierChangeThatChangesTheKindRecordsBothKindsInTheHistoryAndTheAudit() async throws {
        try await withMembership { h in
            let group = try await h.call(MemberCreate.self, MemberCreate.Params(
                name: "Labour Group, Kent County Council", kind: "political_group", tier: "associate", nation: .england,
                population: 1_500_000, budgetRevenue: 1, budgetCapital: 1, memberSince: "2022-08-01"))
            _ = try await h.call(MemberChangeTier.self, .init(id: group.id, tier: "full", kind: "county", effectiveOn: "2025-05-02",
                                                              reason: "party took control of the council"))
            let entries = try await h.call(MemberHistory.self, MemberRef(id: group.id)).entries.filter { $0.change == "tier" }
            #expect(entries.map(\.fromKind) == [nil, "political_group"])
            #expect(entries.map(\.toKind) == ["political_group", "county"])
            #expect(try await h.psql("""
                SELECT before->>'kind' || '>' || (after->>'kind') FROM audit_log WHERE method = 'member.changeTier'
                """) == "political_group>county")
        }
    }
}
