import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// `tier.list`, `tier.get` and `tier.setKinds`.
@Suite("Tiers", .freshDatabase)
struct TierTests {
    @Test func listShowsTheShippedTiersInOrderWithTheirKinds() async throws {
        try await withMembership { h in
            let result = try await h.call(TierList.self, NoParams())
            #expect(result.tiers.map(\.code) == ["full", "associate", "affiliate", "supporter"])
            let full = try #require(result.tiers.first)
            #expect(full.votes && full.paysFee)
            #expect(full.qualifyingKinds == ["unitary", "county", "district", "borough", "metropolitan_borough", "london_borough", "combined_authority"])
            let supporter = try #require(result.tiers.last)
            #expect(!supporter.votes && !supporter.paysFee && supporter.qualifyingKinds.count == result.kinds.count)
            #expect(result.kinds.count == 21)
            #expect(result.kinds.first { $0.code == "town_council" }?.isCouncil == true)
            #expect(result.kinds.first { $0.code == "political_group" }?.isCouncil == false)
        }
    }

    @Test(arguments: [Role.operator, .secretariat, .member])
    func everyRoleMayListTiers(role: Role) async throws {
        try await withMembership { h in
            var caller = MembershipHarness.caller([role])
            if role == .member {
                let member = try await h.call(MemberCreate.self, MembershipHarness.council("Halton Council"))
                caller = try await h.memberCaller(member.id)
            }
            #expect(try await h.call(TierList.self, NoParams(), as: caller).tiers.count == 4)
        }
    }

    @Test(arguments: [Role.operator, .secretariat, .member])
    func everyRoleMayGetATierByCode(role: Role) async throws {
        try await withMembership { h in
            var caller = MembershipHarness.caller([role])
            if role == .member {
                let member = try await h.call(MemberCreate.self, MembershipHarness.council("Knowsley Council"))
                caller = try await h.memberCaller(member.id)
            }
            let tier = try await h.call(TierGet.self, .init(code: "associate"), as: caller)
            let listed = try await h.call(TierList.self, NoParams()).tiers.first { $0.code == "associate" }
            #expect(tier == listed)
            #expect(!tier.votes && tier.paysFee && tier.qualifyingKinds.contains("town_council"))
        }
    }

    @Test func getOfAnUnknownTierIsNotFoundNamingTheCode() async throws {
        try await withMembership { h in
            let error = try await h.expectError(TierGet.self, .init(code: "platinum"), kind: "not_found")
            #expect(error.message.contains("platinum"))
            let refusal = try await h.raw(TierGet.name, ["code": 5])
            #expect(refusal.refusal?.code == RPCError.Code.invalidParams)
        }
    }

    @Test func setKindsReplacesTheListAndIsAuditedWithBeforeAndAfter() async throws {
        try await withMembership { h in
            let tier = try await h.call(TierSetKinds.self, .init(tier: "associate", kinds: ["political_group", "town_council", "town_council"]))
            #expect(tier.qualifyingKinds == ["town_council", "political_group"], "sorted by the kinds' order, once each")
            let listed = try await h.call(TierList.self, NoParams()).tiers.first { $0.code == "associate" }
            #expect(listed?.qualifyingKinds == tier.qualifyingKinds)
            let audit = try await h.psql("""
                SELECT target, jsonb_array_length(before->'qualifyingKinds'), after->'qualifyingKinds' FROM audit_log WHERE method = 'tier.setKinds'
                """)
            #expect(audit == #"tier:associate|6|["town_council", "political_group"]"#)
        }
    }

    @Test func setKindsChangesWhoMayJoinButExistingMembersKeepTheirTier() async throws {
        try await withMembership { h in
            var params = MembershipHarness.council("Frome Town Council", kind: "town_council", tier: "associate")
            let frome = try await h.call(MemberCreate.self, params)
            _ = try await h.call(TierSetKinds.self, .init(tier: "associate", kinds: ["political_group"]))
            params.name = "Glastonbury Town Council"
            let error = try await h.expectError(MemberCreate.self, params, kind: "validation")
            #expect(MembershipHarness.fieldMessage(error, "kind") == "kind town_council does not qualify for tier associate; qualifying kinds: political_group")
            #expect(try await h.call(MemberGet.self, MemberRef(id: frome.id)).tier == "associate")
            _ = try await h.call(TierSetKinds.self, .init(tier: "full", kinds: ["unitary", "town_council"]))
            params.tier = "full"
            #expect(try await h.call(MemberCreate.self, params).tier == "full")
        }
    }

    @Test func setKindsRefusesAnUnknownTierUnknownKindsAndAnEmptyList() async throws {
        try await withMembership { h in
            _ = try await h.expectError(TierSetKinds.self, .init(tier: "platinum", kinds: ["unitary"]), kind: "not_found")
            let unknown = try await h.expectError(TierSetKinds.self, .init(tier: "full", kinds: ["unitary", "guild", "cabal"]), kind: "validation")
            #expect(MembershipHarness.fieldMessage(unknown, "kinds") == "unknown organisation kinds: guild, cabal")
            let empty = try await h.expectError(TierSetKinds.self, .init(tier: "full", kinds: []), kind: "validation")
            #expect(MembershipHarness.fields(empty) == ["kinds"])
            #expect(try await h.psql("SELECT count(*) FROM tier_kind WHERE tier = 'full'") == "7")
            #expect(try await h.psql("SELECT count(*) FROM audit_log") == "0")
        }
    }

    @Test(arguments: [Role.operator, .member])
    func onlyTheSecretariatSetsKinds(role: Role) async throws {
        try await withMembership { h in
            var caller = MembershipHarness.caller([role])
            if role == .member {
                let member = try await h.call(MemberCreate.self, MembershipHarness.council("Knowsley Council"))
                caller = try await h.memberCaller(member.id)
            }
            let response = try await h.raw("tier.setKinds", ["tier": "full", "kinds": ["unitary"]], as: caller)
            #expect(response.refusalKind == "forbidden")
            #expect(try await h.psql("SELECT count(*) FROM tier_kind WHERE tier = 'full'") == "7")
        }
    }

    @Test func setKindsIsIdempotentWithAKey() async throws {
        try await withMembership { h in
            let params = TierSetKinds.Params(tier: "affiliate", kinds: ["charity"], idempotencyKey: "affiliate-charities")
            let first = try await h.call(TierSetKinds.self, params)
            #expect(try await h.call(TierSetKinds.self, params) == first)
            #expect(try await h.psql("SELECT count(*) FROM audit_log") == "1")
        }
    }
}
