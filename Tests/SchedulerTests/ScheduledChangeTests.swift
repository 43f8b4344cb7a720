import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// Changes that take effect later: a tier change with a future `effectiveOn` and a suspension
/// `until` a date are stored as scheduled changes, listed as pending in `member.history`,
/// cancellable, and applied by the scheduler's `changes` job on their day — exactly once,
/// even with two daemons' schedulers racing.
@Suite("Changes that take effect later", .serialized)
struct ScheduledChangeTests {
    @Test(.freshDatabase) func scheduledChangesApplyOnTheirDayOnceAndCancelledOnesNever() async throws {
        let database = try TestDatabase.require()
        let h = try MembershipHarness(database: database, configuration: SchedulerKit.configuration(issue: false))
        let other = try MembershipHarness(database: database, configuration: SchedulerKit.configuration(issue: false))
        let schedulers = [h.request.services.scheduler, other.request.services.scheduler]
        try await SchedulerKit.setClock(h, to: "2027-08-01 12:00 Europe/London")
        let members = try await SchedulerKit.network(h, count: 10, since: "2027-08-01")
        let cardiff = members[0], swansea = members[1], wrexham = members[2], powys = members[4]

        // A tier change from 1 October, another from 1 November (cancelled), a suspension until
        // 15 September, and a suspension until 1 December ended early by hand.
        let toAssociate = try await h.call(MemberChangeTier.self, .init(id: cardiff.id, tier: "supporter", effectiveOn: "2027-10-01",
                                                                        reason: "Council decision of 12 July"))
        let scheduled = try #require(toAssociate.scheduled)
        #expect(toAssociate.member.tier == "full" && scheduled.status == "pending")
        let cancelled = try #require(try await h.call(MemberChangeTier.self, .init(id: swansea.id, tier: "supporter",
                                                                                   effectiveOn: "2027-11-01", reason: "maybe")).scheduled)
        let again = try await h.expectError(MemberChangeTier.self, .init(id: swansea.id, tier: "supporter", effectiveOn: "2027-12-01",
                                                                         reason: "twice"), kind: "conflict")
        #expect(again.message.contains("already has a tier change scheduled for 2027-11-01 (change \(cancelled.id))"), "\(again.message)")
        _ = try await h.call(MemberSuspend.self, .init(id: wrexham.id, reason: "Invoices disputed", until: "2027-09-15"))
        _ = try await h.call(MemberSuspend.self, .init(id: powys.id, reason: "Governance review", until: "2027-12-01"))
        let past = try await h.expectError(MemberSuspend.self, .init(id: members[5].id, reason: "x", until: "2027-08-01"), kind: "validation")
        #expect(MembershipHarness.fields(past) == ["until"])
        _ = try await h.expectError(MemberResign.self, .init(id: members[5].id, until: "2027-12-01"), kind: "validation")

        let history = try await h.call(MemberHistory.self, MemberRef(id: wrexham.id)).entries
        let pending = try #require(history.last)
        #expect(pending.pending == true && pending.from == "suspended" && pending.to == "active" && pending.effectiveOn == "2027-09-15")
        _ = try await h.call(MemberCancelChange.self, .init(changeId: cancelled.id, reason: "stays a full member"))
        _ = try await h.expectError(MemberCancelChange.self, .init(changeId: cancelled.id), kind: "invalid_transition")
        _ = try await h.call(MemberReinstate.self, .init(id: powys.id, reason: "Review concluded early"))
        #expect(try await h.psql("SELECT status || ':' || note FROM scheduled_change WHERE member_id = \(powys.id)") == "cancelled:reinstated by hand")

        // 15 September: the suspension ends, once, whichever daemon gets there first.
        try await SchedulerKit.setClock(h, to: "2027-09-15 07:00 Europe/London")
        _ = await SchedulerYearTests.passAll(schedulers)
        #expect(try await h.call(MemberGet.self, MemberRef(id: wrexham.id)).status == .active)
        #expect(try await h.call(MemberGet.self, MemberRef(id: cardiff.id)).tier == "full", "not yet")
        // 2 October: the tier change applies (dated 1 October); the cancelled one never does.
        try await SchedulerKit.setClock(h, to: "2027-10-02 07:00 Europe/London")
        let runs = await SchedulerYearTests.passAll(schedulers)
        #expect(runs.first { $0.job == .changes }?.counts == ["applied": 1, "failed": 0])
        let changed = try await h.call(MemberGet.self, MemberRef(id: cardiff.id))
        #expect(changed.tier == "supporter")
        #expect(try await h.psql("""
            SELECT effective_on || ' ' || actor FROM member_tier_change WHERE member_id = \(cardiff.id) AND to_tier = 'supporter'
            """) == "2027-10-01 scheduler")
        try await SchedulerKit.setClock(h, to: "2027-11-02 07:00 Europe/London")
        _ = await SchedulerYearTests.passAll(schedulers)
        #expect(try await h.call(MemberGet.self, MemberRef(id: swansea.id)).tier == "full")

        #expect(try await h.psql("SELECT string_agg(status, ',' ORDER BY id) FROM scheduled_change") == "applied,cancelled,applied,cancelled")
        #expect(try await h.psql("SELECT count(*) FROM member_status_change WHERE member_id = \(wrexham.id) AND to_status = 'active' AND actor = 'scheduler'") == "1")
        #expect(try await h.psql("SELECT count(*) FROM member_tier_change WHERE actor = 'scheduler'") == "1")
        #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE actor = 'scheduler' AND after ? 'scheduledChangeId'") == "2")
        let cardiffHistory = try await h.call(MemberHistory.self, MemberRef(id: cardiff.id)).entries
        #expect(cardiffHistory.allSatisfy { $0.pending == nil } && cardiffHistory.last?.to == "supporter", "applied: history, not pending")
        let settled = try await h.expectError(MemberCancelChange.self, .init(changeId: scheduled.id), kind: "invalid_transition")
        #expect(settled.message.contains("applied"))
        await other.close()
        await h.close()
    }

    @Test(.freshDatabase) func aChangeThatCanNoLongerApplyFailsWithItsReasonAndTheOthersStillApply() async throws {
        let h = try MembershipHarness(database: try TestDatabase.require(), configuration: SchedulerKit.configuration(issue: false))
        try await SchedulerKit.setClock(h, to: "2027-08-01 12:00 Europe/London")
        let members = try await SchedulerKit.network(h, count: 3, since: "2027-08-01")
        let blocked = try #require(try await h.call(MemberChangeTier.self, .init(id: members[0].id, tier: "supporter", effectiveOn: "2027-09-01",
                                                                                 reason: "a")).scheduled)
        _ = try await h.call(MemberChangeTier.self, .init(id: members[1].id, tier: "associate", kind: "town_council", effectiveOn: "2027-09-01",
                                                          reason: "b"))
        // Meanwhile councils stop qualifying for the supporter tier.
        let kinds = try await h.psql("SELECT string_agg(kind, ',') FROM tier_kind WHERE tier = 'supporter' AND kind <> 'unitary'")
        _ = try await h.call(TierSetKinds.self, .init(tier: "supporter", kinds: kinds.split(separator: ",").map(String.init)))
        try await SchedulerKit.setClock(h, to: "2027-09-01 07:00 Europe/London")
        let runs = await h.request.services.scheduler.pass()
        let changes = try #require(runs.first { $0.job == .changes })
        #expect(changes.outcome == .succeeded && changes.counts == ["applied": 1, "failed": 1], "\(changes.counts) \(changes.notes)")
        #expect(changes.notes.first?.hasPrefix("change \(blocked.id) (member \(members[0].id)) could not apply on 2027-09-01") == true,
                "\(changes.notes)")
        #expect(try await h.psql("SELECT status FROM scheduled_change WHERE id = \(blocked.id)") == "failed")
        #expect(try await h.call(MemberGet.self, MemberRef(id: members[0].id)).tier == "full")
        #expect(try await h.call(MemberGet.self, MemberRef(id: members[1].id)).tier == "associate")
        await h.close()
    }

    @Test(.freshDatabase) func aMemberEnteredOrApprovedFromALaterDateStartsOnThatDay() async throws {
        let h = try MembershipHarness(database: try TestDatabase.require(), configuration: SchedulerKit.configuration(issue: false))
        try await SchedulerKit.setClock(h, to: "2027-07-10 12:00 Europe/London")
        _ = try await h.call(YearOpen.self, .init(startYear: 2027))
        // Entered now, a member from 1 August; approved now, a member from 1 September.
        let entered = try await h.call(MemberCreate.self, MembershipHarness.council("Anglesey Council", memberSince: "2027-08-01"))
        #expect(entered.status == .applicant && entered.memberSince == nil)
        let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Machynlleth Town Council"))
        _ = try await h.call(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "approve"))
        let approved = try await h.call(ApplicationApprove.self, .init(id: submitted.id, startsOn: "2027-09-01"))
        #expect(approved.status == "approved" && approved.startsOn == "2027-09-01")
        #expect(try await h.call(MemberGet.self, MemberRef(id: submitted.memberId)).status == .applicant, "not a member yet")
        let waiting = try await h.call(MemberHistory.self, MemberRef(id: submitted.memberId)).entries.last
        #expect(waiting?.pending == true && waiting?.from == "applicant" && waiting?.to == "active" && waiting?.effectiveOn == "2027-09-01")
        // A third, entered from 1 October, is called off: the applicant is rejected.
        _ = try await h.call(MemberCreate.self, MembershipHarness.council("Gwynedd Council", memberSince: "2027-10-01"))
        let start = try #require(Int64(try await h.psql("SELECT id FROM scheduled_change WHERE change = 'start' AND effective_on = '2027-10-01'")))
        _ = try await h.call(MemberCancelChange.self, .init(changeId: start, reason: "joins next year instead"))
        #expect(try await h.psql("SELECT status FROM member WHERE name = 'Gwynedd Council'") == "rejected")

        try await SchedulerKit.setClock(h, to: "2027-08-01 07:00 Europe/London")
        _ = await h.request.services.scheduler.pass()
        let member = try await h.call(MemberGet.self, MemberRef(id: entered.id))
        #expect(member.status == .active && member.memberSince == "2027-08-01")
        #expect(try await h.psql("SELECT starts_on || ' ' || source FROM member_period WHERE member_id = \(entered.id)") == "2027-08-01 joined")
        #expect(try await h.call(MemberGet.self, MemberRef(id: submitted.memberId)).status == .applicant, "still a month to wait")
        try await SchedulerKit.setClock(h, to: "2027-09-01 07:00 Europe/London")
        _ = await h.request.services.scheduler.pass()
        let joined = try await h.call(MemberGet.self, MemberRef(id: submitted.memberId))
        #expect(joined.status == .active && joined.memberSince == "2027-09-01")
        #expect(try await h.psql("SELECT string_agg(status, ',' ORDER BY id) FROM scheduled_change") == "applied,applied,cancelled")
        #expect(try await h.call(MemberHistory.self, MemberRef(id: joined.id)).entries.map(\.to) == ["applicant", "active", "associate"])
        await h.close()
    }
}
