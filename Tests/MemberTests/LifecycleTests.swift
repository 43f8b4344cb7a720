import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// The member lifecycle through the daemon: the whole transition table, the database's
/// agreement with the core state machine, history, optimistic locking, idempotency, and
/// tier changes.
@Suite("Member lifecycle", .freshDatabase)
struct LifecycleTests {
    /// The lifecycle methods and the event each applies.
    static let methods: [(method: String, event: MemberEvent)] = [
        ("member.suspend", .suspend), ("member.reinstate", .reinstate), ("member.resign", .resign), ("member.terminate", .terminate),
    ]

    /// Puts a new member into `status` through the methods (or psql where no method leads there).
    static func member(in status: MemberStatus, named name: String, _ h: MembershipHarness) async throws -> Int64 {
        switch status {
        case .applicant, .rejected:
            let application = try await h.call(ApplicationSubmit.self, MembershipHarness.application(name))
            if status == .rejected {
                _ = try await h.call(ApplicationReject.self, .init(id: application.id, reason: "does not share our values"))
            }
            return application.memberId
        case .active, .lapsed, .suspended, .resigned, .terminated:
            let id = try await h.call(MemberCreate.self, MembershipHarness.council(name)).id
            let reason = TransitionReason.text
            switch status {
            case .lapsed: _ = try await h.psql("UPDATE member SET status = 'lapsed', version = version + 1 WHERE id = \(id)")
            case .suspended: _ = try await h.call(MemberSuspend.self, .init(id: id, reason: reason))
            case .resigned: _ = try await h.call(MemberResign.self, .init(id: id, reason: reason))
            case .terminated: _ = try await h.call(MemberTerminate.self, .init(id: id, reason: reason))
            default: break
            }
            return id
        }
    }

    enum TransitionReason { static let text = "agreed by the executive committee" }

    @Test(arguments: MemberStatus.allCases, methods.map(\.method))
    func everyLifecycleMethodFollowsTheTransitionTable(status: MemberStatus, method: String) async throws {
        let event = try #require(Self.methods.first { $0.method == method }).event
        try await withMembership { h in
            let id = try await Self.member(in: status, named: "Council \(status) \(event)", h)
            #expect(try await h.call(MemberGet.self, MemberRef(id: id)).status == status)
            let historyBefore = try await h.call(MemberHistory.self, MemberRef(id: id)).entries.count
            let response = try await h.raw(method, ["id": .integer(id), "reason": "a reason given"])
            if let next = MemberStatus.transitions[status]?[event] {
                #expect(response.refusal == nil, "\(status) --\(event)--> should be allowed: \(String(describing: response.refusal))")
                let member = try await h.call(MemberGet.self, MemberRef(id: id))
                #expect(member.status == next)
                let history = try await h.call(MemberHistory.self, MemberRef(id: id)).entries
                #expect(history.count == historyBefore + 1)
                let last = try #require(history.last)
                #expect(last.change == "status" && last.from == status.rawValue && last.to == next.rawValue)
                #expect(last.reason == "a reason given" && last.actor == MembershipHarness.staff.actor)
            } else {
                let error = try #require(response.refusal, "\(status) --\(event)--> should be refused")
                #expect(error.kind == "invalid_transition")
                #expect(error.data?["from"]?.stringValue == status.rawValue)
                #expect(error.message.contains(status.rawValue))
                #expect(try await h.call(MemberGet.self, MemberRef(id: id)).status == status, "nothing changed")
                #expect(try await h.call(MemberHistory.self, MemberRef(id: id)).entries.count == historyBefore)
            }
        }
    }

    @Test func theDatabaseTransitionTableEqualsTheCoreStateMachine() async throws {
        try await withMembership { h in
            let rows = try await h.psql("SELECT from_status || '|' || to_status FROM member_status_transition")
            let pairs = Set(rows.split(separator: "\n").map { $0.split(separator: "|").map(String.init) })
            #expect(pairs == MemberStatus.allowedPairs)
        }
    }

    @Test func theTriggerRefusesAnIllegalStatusChangeMadeDirectlyInSQL() async throws {
        try await withMembership { h in
            let id = try await Self.member(in: .resigned, named: "Derby City Council", h)
            await #expect(throws: (any Error).self) {
                _ = try await h.psql("UPDATE member SET status = 'active' WHERE id = \(id)")
            }
            let applicant = try await Self.member(in: .applicant, named: "Llanberis Community Council", h)
            await #expect(throws: (any Error).self) {
                _ = try await h.psql("UPDATE member SET status = 'suspended' WHERE id = \(applicant)")
            }
            #expect(try await h.psql("SELECT status FROM member WHERE id = \(id)") == "resigned")
            let refusal = await MembershipHarness.offThread { try h.database.psql("UPDATE member SET status = 'lapsed' WHERE id = \(id)") }
            #expect("\(refusal)".contains("cannot change from resigned to lapsed"))
        }
    }

    @Test func theTriggerRefusesChangingMemberSince() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Luton Council", memberSince: "2023-04-01"))
            let refusal = await MembershipHarness.offThread {
                try h.database.psql("UPDATE member SET member_since = '2020-01-01' WHERE id = \(member.id)")
            }
            #expect("\(refusal)".contains("never changes"))
            #expect(try await h.psql("SELECT member_since FROM member WHERE id = \(member.id)") == "2023-04-01")
            _ = try await h.call(MemberSuspend.self, .init(id: member.id, reason: "unpaid"))
            _ = try await h.call(MemberReinstate.self, .init(id: member.id, reason: "paid"))
            #expect(try await h.call(MemberGet.self, MemberRef(id: member.id)).memberSince == "2023-04-01")
        }
    }

    @Test(arguments: ["member.suspend", "member.reinstate", "member.terminate"])
    func aReasonIsRequired(method: String) async throws {
        try await withMembership { h in
            let status: MemberStatus = method == "member.reinstate" ? .suspended : .active
            let id = try await Self.member(in: status, named: "Walsall Council", h)
            for params: JSONValue in [["id": .integer(id)], ["id": .integer(id), "reason": "   "]] {
                let response = try await h.raw(method, params)
                #expect(response.refusalKind == "validation")
                #expect(response.refusalFields == ["reason"])
            }
            #expect(try await h.call(MemberGet.self, MemberRef(id: id)).status == status)
        }
    }

    @Test func resignNeedsNoReasonAndAMemberMayResignItself() async throws {
        try await withMembership { h in
            let id = try await Self.member(in: .active, named: "Dudley Council", h)
            let caller = try await h.memberCaller(id)
            let resigned = try await h.call(MemberResign.self, .init(id: id), as: caller)
            #expect(resigned.status == .resigned)
            let entry = try #require(try await h.call(MemberHistory.self, MemberRef(id: id)).entries.last)
            #expect(entry.actor == caller.actor && entry.reason == nil)
        }
    }

    @Test(arguments: ["member.suspend", "member.reinstate", "member.terminate", "member.changeTier"])
    func aMemberCallerMayNotUseStaffLifecycleMethodsEvenOnItself(method: String) async throws {
        try await withMembership { h in
            let id = try await Self.member(in: .active, named: "Bolton Council", h)
            let response = try await h.raw(method, ["id": .integer(id), "reason": "x", "tier": "associate"], as: try await h.memberCaller(id))
            #expect(response.refusalKind == "forbidden")
            #expect(try await h.call(MemberGet.self, MemberRef(id: id)).status == .active)
        }
    }

    @Test func aStaleExpectedVersionIsAConflictAndChangesNothing() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Bury Council"))
            _ = try await h.call(MemberUpdate.self, .init(id: member.id, region: "North West"))
            let error = try await h.expectError(MemberSuspend.self, .init(id: member.id, reason: "unpaid", expectedVersion: 1), kind: "conflict")
            #expect(error.data?["currentVersion"]?.int64Value == 2)
            let suspended = try await h.call(MemberSuspend.self, .init(id: member.id, reason: "unpaid", expectedVersion: 2))
            #expect(suspended.status == .suspended && suspended.version == 3)
        }
    }

    @Test func aRetryWithTheSameIdempotencyKeyChangesNothingMore() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Trafford Council"))
            let params = MemberTransitionParams(id: member.id, reason: "unpaid", expectedVersion: 1, idempotencyKey: "suspend-trafford")
            let first = try await h.call(MemberSuspend.self, params)
            let retry = try await h.call(MemberSuspend.self, params)
            #expect(first == retry)
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE method = 'member.suspend'") == "1")
            #expect(try await h.psql("SELECT count(*) FROM member_status_change WHERE member_id = \(member.id)") == "2")
            let reused = try await h.expectError(MemberSuspend.self, .init(id: member.id, reason: "other", idempotencyKey: "suspend-trafford"),
                                                 kind: "conflict")
            #expect(reused.message.contains("suspend-trafford"))
        }
    }

    @Test func unknownMemberIsNotFound() async throws {
        try await withMembership { h in
            _ = try await h.expectError(MemberTerminate.self, .init(id: 4242, reason: "x"), kind: "not_found")
            _ = try await h.expectError(MemberChangeTier.self, .init(id: 4242, tier: "associate", reason: "x"), kind: "not_found")
        }
    }

    // MARK: - member.changeTier

    @Test func changeTierMovesAPoliticalGroupToFullWithANewKindAndKeepsTheHistory() async throws {
        try await withMembership { h in
            let group = try await h.call(MemberCreate.self, MemberCreate.Params(
                name: "Labour Group, Kent County Council", kind: "political_group", tier: "associate", nation: .england,
                memberSince: "2022-08-01"))
            let error = try await h.expectError(MemberChangeTier.self, .init(id: group.id, tier: "full", reason: "took control"),
                                                kind: "validation")
            #expect(MembershipHarness.fieldMessage(error, "kind")?.contains("political_group does not qualify for tier full; qualifying kinds: unitary") == true)
            let needsFigures = try await h.expectError(MemberChangeTier.self, .init(id: group.id, tier: "full", kind: "county", reason: "took control"),
                                                       kind: "validation")
            #expect(Set(MembershipHarness.fields(needsFigures)) == ["population", "budgetRevenue", "budgetCapital"])
            _ = try await h.call(MemberUpdate.self, .init(id: group.id, population: 1_500_000, budgetRevenue: 1, budgetCapital: 1))
            let moved = try await h.call(MemberChangeTier.self, .init(id: group.id, tier: "full", kind: "county", effectiveOn: "2025-05-02",
                                                                      reason: "party took control of the council", expectedVersion: 2)).member
            #expect(moved.tier == "full" && moved.kind == "county" && moved.version == 3 && moved.memberSince == "2022-08-01")
            let tierChanges = try await h.call(MemberHistory.self, MemberRef(id: group.id)).entries.filter { $0.change == "tier" }
            #expect(tierChanges.map(\.to) == ["associate", "full"])
            #expect(tierChanges.last?.from == "associate" && tierChanges.last?.effectiveOn == "2025-05-02")
            #expect(try await h.psql("SELECT from_kind || '>' || to_kind FROM member_tier_change WHERE from_tier IS NOT NULL")
                == "political_group>county")
        }
    }

    @Test func changeTierRefusesTheSameTierAMissingReasonAndABadDate() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Cardiff Council"))
            let same = try await h.expectError(MemberChangeTier.self, .init(id: member.id, tier: "full", reason: "x"), kind: "validation")
            #expect(MembershipHarness.fields(same) == ["tier"])
            let noReason = try await h.expectError(MemberChangeTier.self, .init(id: member.id, tier: "supporter", reason: " "), kind: "validation")
            #expect(MembershipHarness.fields(noReason) == ["reason"])
            let badDate = try await h.expectError(MemberChangeTier.self, .init(id: member.id, tier: "supporter", effectiveOn: "2025-13-01", reason: "x"),
                                                  kind: "validation")
            #expect(MembershipHarness.fields(badDate) == ["effectiveOn"])
            let unknown = try await h.expectError(MemberChangeTier.self, .init(id: member.id, tier: "gold", reason: "x"), kind: "validation")
            #expect(MembershipHarness.fields(unknown) == ["tier"])
            #expect(try await h.call(MemberGet.self, MemberRef(id: member.id)).version == 1)
        }
    }

    @Test(arguments: [MemberStatus.applicant, .resigned, .terminated, .rejected])
    func onlyCurrentMembersChangeTier(status: MemberStatus) async throws {
        try await withMembership { h in
            let id = try await Self.member(in: status, named: "Conwy Town Council", h)
            let error = try await h.expectError(MemberChangeTier.self, .init(id: id, tier: "supporter", reason: "x"), kind: "invalid_transition")
            #expect(error.data?["from"]?.stringValue == status.rawValue)
        }
    }

    @Test(arguments: [MemberStatus.lapsed, .suspended])
    func lapsedAndSuspendedMembersMayChangeTier(status: MemberStatus) async throws {
        try await withMembership { h in
            let id = try await Self.member(in: status, named: "Swindon Council", h)
            let moved = try await h.call(MemberChangeTier.self, .init(id: id, tier: "supporter", reason: "cannot afford the fee")).member
            #expect(moved.tier == "supporter" && moved.status == status)
        }
    }
}
