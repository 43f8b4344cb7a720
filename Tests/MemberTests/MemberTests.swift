import AdminProtocol
import Foundation
import Logging
import NetworkCore
@testable import NetworkDaemon
import MembershipTestSupport
import NetworkTestSupport
import Postgres
import Testing

/// `member.create`, `member.get`, `member.update`, `member.history`, and the harness the
/// membership suites share (the daemon's real dispatcher on the test's database).
@Suite("Members", .freshDatabase)
struct MemberTests {
    // MARK: - member.create

    @Test func createEntersAnActiveMemberWithHistory() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Kirklees Council", memberSince: "2024-08-01",
                                                                                       region: "Yorkshire and the Humber"))
            #expect(member.status == .active)
            #expect(member.memberSince == "2024-08-01")
            #expect(member.version == 1)
            #expect(member.region == "Yorkshire and the Humber")
            let history = try await h.call(MemberHistory.self, MemberRef(id: member.id))
            #expect(history.entries.map(\.change) == ["status", "tier"])
            #expect(history.entries[0].from == nil && history.entries[0].to == "active" && history.entries[0].reason == "direct entry")
            #expect(history.entries[1].to == "full" && history.entries[1].effectiveOn == "2024-08-01")
            #expect(history.entries[0].actor == MembershipHarness.staff.actor)
            #expect(try await h.psql("SELECT count(*) FROM audit_log WHERE method = 'member.create' AND target = 'member:\(member.id)'") == "1")
        }
    }

    @Test func createDefaultsMemberSinceToTodayInTheNetworksTimeZone() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Leeds City Council"))
            let today = try await h.psql("SELECT (now() AT TIME ZONE (SELECT time_zone FROM network))::date")
            #expect(member.memberSince == today)
        }
    }

    @Test func createRefusesAKindThatDoesNotQualifyListingTheKindsThatDo() async throws {
        try await withMembership { h in
            var params = MembershipHarness.council("Hebden Royd Town Council")
            params.kind = "town_council"
            let error = try await h.expectError(MemberCreate.self, params, kind: "validation")
            let message = try #require(MembershipHarness.fieldMessage(error, "kind"))
            #expect(message.contains("town_council does not qualify for tier full"))
            #expect(message.contains("unitary, county, district, borough, metropolitan_borough, london_borough, combined_authority"))
        }
    }

    @Test(arguments: [
        ("name", #"{"name": "   "}"#),
        ("kind", #"{"kind": "guild"}"#),
        ("tier", #"{"tier": "platinum"}"#),
        ("website", #"{"website": "ftp://example.org"}"#),
        ("region", #"{"region": "\#(String(repeating: "r", count: 101))"}"#),
        ("population", #"{"population": 0}"#),
        ("population", #"{"population": null}"#),
        ("budgetRevenue", #"{"budgetRevenue": -1}"#),
        ("budgetCapital", #"{"budgetCapital": null}"#),
        ("memberSince", #"{"memberSince": "2025-02-30"}"#),
        ("memberSince", #"{"memberSince": "1 Aug 2025"}"#),
    ])
    func createNamesEachInvalidField(field: String, override: String) async throws {
        try await withMembership { h in
            var params = try MembershipHarness.jsonObject(MembershipHarness.council("Bristol City Council"))
            for (key, value) in try MembershipHarness.json(override).objectValue ?? [:] { params[key] = value }
            let response = try await h.raw("member.create", .object(params))
            #expect(response.refusalKind == "validation")
            #expect(response.refusalFields.contains(field), "\(response.refusalFields)")
            #expect(try await h.psql("SELECT count(*) FROM member") == "0")
        }
    }

    @Test func councilFiguresAreOptionalForOtherKinds() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MemberCreate.Params(
                name: "Co-operative Councils Policy Forum", kind: "policy_group", tier: "affiliate", nation: .england))
            #expect(member.population == nil && member.tier == "affiliate")
        }
    }

    @Test func aCurrentMemberNameIsTakenCaseInsensitivelyButAPastMembersIsFree() async throws {
        try await withMembership { h in
            let first = try await h.call(MemberCreate.self, MembershipHarness.council("Oldham Council"))
            let error = try await h.expectError(MemberCreate.self, MembershipHarness.council("OLDHAM council"), kind: "conflict")
            #expect(error.message.contains("member \(first.id) (active) is already called Oldham Council"), "\(error.message)")
            _ = try await h.call(MemberResign.self, MemberTransitionParams(id: first.id))
            let second = try await h.call(MemberCreate.self, MembershipHarness.council("Oldham Council"))
            #expect(second.id != first.id)
        }
    }

    @Test func createIsIdempotentWithAKey() async throws {
        try await withMembership { h in
            var params = MembershipHarness.council("Preston City Council")
            params.idempotencyKey = "create-preston"
            let first = try await h.call(MemberCreate.self, params)
            let again = try await h.call(MemberCreate.self, params)
            #expect(first == again)
            #expect(try await h.psql("SELECT count(*) FROM member") == "1")
            #expect(try await h.psql("SELECT count(*) FROM member_status_change") == "1")
            #expect(try await h.psql("SELECT count(*) FROM audit_log") == "1")
        }
    }

    // MARK: - member.get

    @Test func getReturnsTheMemberOrNotFound() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Salford City Council"))
            #expect(try await h.call(MemberGet.self, MemberRef(id: member.id)) == member)
            let error = try await h.expectError(MemberGet.self, MemberRef(id: member.id + 1000), kind: "not_found")
            #expect(error.message.contains("\(member.id + 1000)"))
        }
    }

    @Test(arguments: ["member.get", "member.history", "member.update", "member.resign"])
    func aMemberCallerIsRefusedAnotherMembersRecordButServedItsOwn(method: String) async throws {
        try await withMembership { h in
            let own = try await h.call(MemberCreate.self, MembershipHarness.council("Sheffield City Council"))
            let other = try await h.call(MemberCreate.self, MembershipHarness.council("Rotherham Council"))
            let caller = try await h.memberCaller(own.id)
            let params: (Int64) -> JSONValue = { id in
                method == "member.update" ? ["id": .integer(id), "website": "https://example.org"] : ["id": .integer(id)]
            }
            let refused = try await h.raw(method, params(other.id), as: caller)
            #expect(refused.refusalKind == "forbidden")
            let missing = try await h.raw(method, params(other.id + 1000), as: caller)
            #expect(missing.refusalKind == "forbidden", "ids of other members cannot be probed")
            let served = try await h.raw(method, params(own.id), as: caller)
            #expect(served.refusalKind == nil, "\(String(describing: served.refusal))")
            #expect(try await h.call(MemberGet.self, MemberRef(id: other.id)).version == 1, "the other member is untouched")
        }
    }

    // MARK: - member.update

    @Test func secretariatUpdatesDetailsBumpingTheVersionAndAuditingBeforeAndAfter() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Camden Council", kind: "london_borough"))
            let updated = try await h.call(MemberUpdate.self, MemberUpdate.Params(
                id: member.id, name: "London Borough of Camden", nation: .england, region: "London", website: "https://camden.gov.uk",
                population: 210_000, poRequired: true, expectedVersion: 1))
            #expect(updated.name == "London Borough of Camden" && updated.region == "London" && updated.poRequired)
            #expect(updated.version == 2)
            let audit = try await h.psql("""
                SELECT before->>'name', after->>'name', after->>'version' FROM audit_log WHERE method = 'member.update'
                """)
            #expect(audit == "Camden Council|London Borough of Camden|2")
            let cleared = try await h.call(MemberUpdate.self, MemberUpdate.Params(id: member.id, region: ""))
            #expect(cleared.region == nil && cleared.version == 3)
        }
    }

    @Test func updateRefusesAStaleVersionNamingTheCurrentOne() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Wigan Council"))
            _ = try await h.call(MemberUpdate.self, MemberUpdate.Params(id: member.id, region: "North West"))
            let error = try await h.expectError(MemberUpdate.self, MemberUpdate.Params(id: member.id, region: "x", expectedVersion: 1),
                                                kind: "conflict")
            #expect(error.data?["currentVersion"]?.int64Value == 2)
            #expect(try await h.call(MemberGet.self, MemberRef(id: member.id)).region == "North West")
        }
    }

    @Test func updateKeepsTheKindQualifyingForTheTier() async throws {
        try await withMembership { h in
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Stockport Council", kind: "metropolitan_borough"))
            let error = try await h.expectError(MemberUpdate.self, MemberUpdate.Params(id: member.id, kind: "parish_council"),
                                                kind: "validation")
            #expect(MembershipHarness.fieldMessage(error, "kind")?.contains("qualifying kinds: unitary") == true)
            let moved = try await h.call(MemberUpdate.self, MemberUpdate.Params(id: member.id, kind: "unitary"))
            #expect(moved.kind == "unitary")
        }
    }

    @Test func updateValidatesFieldsAndNameUniqueness() async throws {
        try await withMembership { h in
            _ = try await h.call(MemberCreate.self, MembershipHarness.council("Newham Council", kind: "london_borough"))
            let member = try await h.call(MemberCreate.self, MembershipHarness.council("Lambeth Council", kind: "london_borough"))
            let invalid = try await h.expectError(MemberUpdate.self, MemberUpdate.Params(id: member.id, website: "not a url", population: -5),
                                                  kind: "validation")
            #expect(Set(MembershipHarness.fields(invalid)) == ["website", "population"])
            let taken = try await h.expectError(MemberUpdate.self, MemberUpdate.Params(id: member.id, name: "newham council"), kind: "conflict")
            #expect(taken.message.contains("already called Newham Council"), "\(taken.message)")
            _ = try await h.expectError(MemberUpdate.self, MemberUpdate.Params(id: 99_999, region: "x"), kind: "not_found")
        }
    }

    @Test(arguments: ["name", "kind", "nation", "poRequired"])
    func aMemberMayNotChangeStaffOnlyFieldsOfItsOwnRecord(field: String) async throws {
        try await withMembership { h in
            let own = try await h.call(MemberCreate.self, MembershipHarness.council("Lewisham Council", kind: "london_borough"))
            let values: [String: JSONValue] = ["name": "Renamed", "kind": "unitary", "nation": "wales", "poRequired": true]
            let caller = try await h.memberCaller(own.id)
            let response = try await h.raw("member.update", ["id": .integer(own.id), .init(field): values[field]!], as: caller)
            #expect(response.refusalKind == "forbidden")
            #expect(response.refusal?.message.contains(field) == true)
            #expect(try await h.call(MemberGet.self, MemberRef(id: own.id)).version == 1)
        }
    }

    @Test func aMemberMayEditItsOwnRegionWebsiteAndFigures() async throws {
        try await withMembership { h in
            let own = try await h.call(MemberCreate.self, MembershipHarness.council("Hackney Council", kind: "london_borough"))
            let caller = try await h.memberCaller(own.id)
            let updated = try await h.call(MemberUpdate.self, MemberUpdate.Params(
                id: own.id, region: "London", website: "https://hackney.gov.uk", population: 260_000, budgetRevenue: 5,
                budgetCapital: 6), as: caller)
            #expect(updated.population == 260_000 && updated.budgetCapital == 6 && updated.website == "https://hackney.gov.uk")
            #expect(try await h.psql("SELECT actor, actor_role FROM audit_log WHERE method = 'member.update'")
                == "\(caller.actor)|member")
        }
    }

    @Test func historyOfAnUnknownMemberIsNotFound() async throws {
        try await withMembership { h in
            _ = try await h.expectError(MemberHistory.self, MemberRef(id: 42), kind: "not_found")
        }
    }

    @Test func methodsAreServedOverTheRealSocket() async throws {
        let daemon = try await InProcessDaemon.start(database: try TestDatabase.require())
        let socket = daemon.socketPath
        let outcome: Result<(MemberWire, TierList.Result), any Error> = await MembershipHarness.offThread {
            let client = try AdminClient(path: socket)
            let member = try client.call(MemberCreate.self, MembershipHarness.council("Plymouth City Council"))
            return (member, try client.call(TierList.self, NoParams()))
        }
        await daemon.stop()
        let (member, tiers) = try outcome.get()
        #expect(member.status == .active)
        #expect(tiers.tiers.map(\.code) == ["full", "associate", "affiliate", "supporter"])
    }
}
