import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Applications: submit, the values board's recommendation, approval and rejection.
@Suite("Applications", .freshDatabase)
struct ApplicationTests {
    @Test func submitCreatesAnApplicantAndASubmittedApplication() async throws {
        try await withMembership { h in
            let application = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Bethesda Community Council"))
            #expect(application.status == "submitted" && application.tierSought == "associate")
            #expect(application.memberName == "Bethesda Community Council" && application.submittedBy == MembershipHarness.staff.actor)
            let member = try await h.call(MemberGet.self, MemberRef(id: application.memberId))
            #expect(member.status == .applicant && member.memberSince == nil && member.tier == "associate")
            let history = try await h.call(MemberHistory.self, MemberRef(id: member.id)).entries
            #expect(history.count == 1 && history[0].from == nil && history[0].to == "applicant")
        }
    }

    @Test func submitValidatesLikeMemberCreateAndTheStatement() async throws {
        try await withMembership { h in
            var params = MembershipHarness.application("Tregaron Town Council", tier: "full")
            params.population = nil
            params.statement = "  too short  "
            let error = try await h.expectError(ApplicationSubmit.self, params, kind: "validation")
            #expect(Set(MembershipHarness.fields(error)) == ["kind", "population", "statement"])
            #expect(MembershipHarness.fieldMessage(error, "kind")?.contains("qualifying kinds: unitary, county") == true)
            params = MembershipHarness.application("Tregaron Town Council")
            params.statement = String(repeating: "co-operation ", count: 800)
            #expect(MembershipHarness.fields(try await h.expectError(ApplicationSubmit.self, params, kind: "validation")) == ["statement"])
            #expect(try await h.psql("SELECT count(*) FROM member") == "0")
        }
    }

    @Test func anApplicantHoldsItsNameAgainstOtherApplicantsAndMembers() async throws {
        try await withMembership { h in
            _ = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Bala Town Council"))
            let error = try await h.expectError(ApplicationSubmit.self, MembershipHarness.application("bala town council"), kind: "conflict")
            #expect(error.message.contains("(applicant) is already called Bala Town Council"), "\(error.message)")
        }
    }

    @Test func theFullPathRecommendApproveMakesTheMemberActiveFromTheStartDate() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Machynlleth Town Council"))
            let recommended = try await h.call(ApplicationRecommend.self, .init(
                id: submitted.id, recommendation: "approve", note: "strong record on co-production", expectedVersion: 1))
            #expect(recommended.status == "recommended" && recommended.recommendation == "approve" && recommended.version == 2)
            #expect(recommended.recommendedBy == MembershipHarness.staff.actor && recommended.recommendedAt != nil)
            let approved = try await h.call(ApplicationApprove.self, .init(id: submitted.id, startsOn: "2026-08-01", expectedVersion: 2))
            #expect(approved.status == "approved" && approved.startsOn == "2026-08-01" && approved.decidedAt != nil)
            let member = try await h.call(MemberGet.self, MemberRef(id: submitted.memberId))
            #expect(member.status == .active && member.memberSince == "2026-08-01")
            let history = try await h.call(MemberHistory.self, MemberRef(id: member.id)).entries
            #expect(history.map(\.to) == ["applicant", "active", "associate"])
            #expect(history[1].reason == "application \(submitted.id) approved")
            #expect(try await h.psql("SELECT string_agg(method, ',' ORDER BY id) FROM audit_log")
                == "application.submit,application.recommend,application.approve")
        }
    }

    @Test func theValuesBoardMayReviseItsRecommendationBeforeTheDecision() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Aberaeron Town Council"))
            _ = try await h.call(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "reject"))
            let revised = try await h.call(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "approve", note: "new evidence"))
            #expect(revised.recommendation == "approve" && revised.recommendationNote == "new evidence")
        }
    }

    @Test func approvalNeedsARecommendationFirst() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Tywyn Town Council"))
            let error = try await h.expectError(ApplicationApprove.self, .init(id: submitted.id), kind: "invalid_transition")
            #expect(error.data?["from"]?.stringValue == "submitted")
            #expect(try await h.call(MemberGet.self, MemberRef(id: submitted.memberId)).status == .applicant)
        }
    }

    @Test func approvalDefaultsToTodayAndValidatesTheDate() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Barmouth Town Council"))
            _ = try await h.call(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "approve"))
            let bad = try await h.expectError(ApplicationApprove.self, .init(id: submitted.id, startsOn: "2026-02-29"), kind: "validation")
            #expect(MembershipHarness.fields(bad) == ["startsOn"])
            let approved = try await h.call(ApplicationApprove.self, .init(id: submitted.id))
            #expect(approved.startsOn == (try await h.psql("SELECT (now() AT TIME ZONE (SELECT time_zone FROM network))::date")))
        }
    }

    @Test func rejectionNeedsAReasonAndMakesTheApplicantRejected() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Harlech Community Council"))
            let missing = try await h.expectError(ApplicationReject.self, .init(id: submitted.id, reason: "  "), kind: "validation")
            #expect(MembershipHarness.fields(missing) == ["reason"])
            let rejected = try await h.call(ApplicationReject.self, .init(id: submitted.id, reason: "outside our remit"))
            #expect(rejected.status == "rejected" && rejected.decisionReason == "outside our remit" && rejected.decidedBy != nil)
            #expect(try await h.call(MemberGet.self, MemberRef(id: submitted.memberId)).status == .rejected)
            // The name is free again once rejected.
            _ = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Harlech Community Council"))
        }
    }

    /// Every (application status, step): decided applications are final.
    @Test(arguments: ["submitted", "recommended", "approved", "rejected"], ["recommend", "approve", "reject"])
    func applicationStepsFollowTheirTable(status: String, step: String) async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Pwllheli Town Council"))
            let id = submitted.id
            if status != "submitted" { _ = try await h.call(ApplicationRecommend.self, .init(id: id, recommendation: "approve")) }
            if status == "approved" { _ = try await h.call(ApplicationApprove.self, .init(id: id)) }
            if status == "rejected" { _ = try await h.call(ApplicationReject.self, .init(id: id, reason: "no")) }
            let params: JSONValue = ["id": .integer(id), "recommendation": "approve", "reason": "a reason"]
            let filtered: JSONValue = switch step {
            case "recommend": ["id": params["id"]!, "recommendation": "approve"]
            case "reject": ["id": params["id"]!, "reason": "a reason"]
            default: ["id": params["id"]!]
            }
            let response = try await h.raw("application.\(step)", filtered)
            let allowed: Bool = switch (status, step) {
            case ("submitted", "recommend"), ("recommended", "recommend"), ("recommended", "approve"),
                 ("submitted", "reject"), ("recommended", "reject"): true
            default: false
            }
            if allowed {
                #expect(response.refusal == nil, "\(status) --\(step)-->: \(String(describing: response.refusal))")
            } else {
                #expect(response.refusalKind == "invalid_transition", "\(status) --\(step)--> should be refused")
                #expect(response.refusal?.data?["from"]?.stringValue == status)
            }
        }
    }

    @Test func recommendValidatesTheRecommendationAndStaleVersions() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Nefyn Town Council"))
            let bad = try await h.expectError(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "maybe"), kind: "validation")
            #expect(MembershipHarness.fields(bad) == ["recommendation"])
            let stale = try await h.expectError(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "approve", expectedVersion: 7),
                                                kind: "conflict")
            #expect(stale.data?["currentVersion"]?.int64Value == 1)
            _ = try await h.expectError(ApplicationRecommend.self, .init(id: 999, recommendation: "approve"), kind: "not_found")
            _ = try await h.expectError(ApplicationApprove.self, .init(id: 999), kind: "not_found")
            _ = try await h.expectError(ApplicationReject.self, .init(id: 999, reason: "x"), kind: "not_found")
        }
    }

    @Test func approveIsIdempotentWithAKey() async throws {
        try await withMembership { h in
            let submitted = try await h.call(ApplicationSubmit.self, MembershipHarness.application("Criccieth Town Council"))
            _ = try await h.call(ApplicationRecommend.self, .init(id: submitted.id, recommendation: "approve"))
            let params = ApplicationApprove.Params(id: submitted.id, startsOn: "2026-09-01", idempotencyKey: "approve-criccieth")
            let first = try await h.call(ApplicationApprove.self, params)
            #expect(try await h.call(ApplicationApprove.self, params) == first)
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE method = 'application.approve'") == "1")
            #expect(try await h.psql("SELECT count(*) FROM member_status_change WHERE member_id = \(submitted.memberId)") == "2")
        }
    }

    @Test func listIsNewestFirstFilteredAndPaged() async throws {
        try await withMembership { h in
            var ids: [Int64] = []
            for name in ["Abergele", "Rhyl", "Prestatyn", "Denbigh", "Ruthin"] {
                ids.append(try await h.call(ApplicationSubmit.self, MembershipHarness.application("\(name) Town Council")).id)
            }
            _ = try await h.call(ApplicationRecommend.self, .init(id: ids[1], recommendation: "approve"))
            let first = try await h.call(ApplicationList.self, .init(limit: 2))
            #expect(first.applications.map(\.id) == [ids[4], ids[3]] && first.nextCursor == ids[3])
            let second = try await h.call(ApplicationList.self, .init(limit: 2, after: first.nextCursor))
            #expect(second.applications.map(\.id) == [ids[2], ids[1]])
            let last = try await h.call(ApplicationList.self, .init(limit: 2, after: second.nextCursor))
            #expect(last.applications.map(\.id) == [ids[0]] && last.nextCursor == nil)
            #expect(try await h.call(ApplicationList.self, .init(status: "recommended")).applications.map(\.id) == [ids[1]])
            let bad = try await h.expectError(ApplicationList.self, .init(status: "pending"), kind: "validation")
            #expect(MembershipHarness.fields(bad) == ["status"])
        }
    }

    @Test(arguments: ["application.submit", "application.recommend", "application.approve", "application.reject", "application.list"])
    func aMemberCallerMayNotTouchApplications(method: String) async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Wrexham Council"))
            let response = try await h.raw(method, ["id": 1], as: try await h.memberCaller(member.id))
            #expect(response.refusalKind == "forbidden")
        }
    }
}
