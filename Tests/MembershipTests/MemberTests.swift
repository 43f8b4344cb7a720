import AdminProtocol
import Foundation
import Logging
import NetworkCore
@testable import NetworkDaemon
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

// MARK: - Harness

/// The daemon's real dispatcher and services on the current test's database, so that tests can
/// call as any caller (staff, or a member acting through a token) without a socket.
final class MembershipHarness: Sendable {
    let dispatcher: RequestDispatcher
    let pool: PostgresPool
    let database: TestDatabase

    /// Root on the socket: operator and secretariat.
    static let staff = Caller(uid: 0, gid: 0, pid: 1, userName: "root", roles: [.operator, .secretariat])

    /// A caller acting for member `id` only, as after `session.authenticate`: a contact and a
    /// live token are stored for it (the dispatcher checks the token before every call).
    func memberCaller(_ id: Int64) async throws -> Caller {
        let row = try await psql("""
            WITH c AS (
                INSERT INTO contact (member_id, name, email)
                VALUES (\(id), 'Test Contact', 'contact-' || md5(random()::text) || '@example.org') RETURNING id
            ), t AS (
                INSERT INTO member_token (contact_id, member_id, token_hash, prefix, issued_by, expires_at)
                SELECT c.id, \(id), encode(sha256(random()::text::bytea), 'hex'), 'test', 'test', now() + interval '1 day' FROM c
                RETURNING id, contact_id
            ) SELECT contact_id, id FROM t
            """)
        let ids = row.split(separator: "|").compactMap { Int64($0) }
        try #require(ids.count == 2, "contact and token for member \(id): \(row)")
        return Caller(uid: 1000, gid: 1000, pid: 1, userName: "web", roles: [.member],
                      member: MemberIdentity(memberID: id, contactID: ids[0], tokenID: ids[1]))
    }

    static func caller(_ roles: Set<Role>) -> Caller {
        Caller(uid: 1001, gid: 1001, pid: 1, userName: "staff", roles: roles)
    }

    init(database: TestDatabase) throws {
        let request = try TestDispatcher(database: database, poolSize: 4, label: "membership-test")
        self.database = database
        pool = request.pool
        dispatcher = request.dispatcher
    }

    /// Calls `method` by name as `caller`.
    func raw(_ method: String, _ params: JSONValue, as caller: Caller = staff) async throws -> RPCResponse {
        let request = RPCRequest(id: 1, method: method, params: params)
        let line = try JSONCoding.encode(request.jsonValue)
        let answer = try #require(await dispatcher.respond(to: line, session: ConnectionSession(caller: caller)))
        return try RPCResponse(from: try JSONCoding.readValue(answer))
    }

    /// Calls a typed method as `caller`; an error response is thrown as `RPCError`.
    func call<M: AdminMethod>(_ method: M.Type, _ params: M.Params, as caller: Caller = staff) async throws -> M.Result {
        let response = try await raw(M.name, try JSONCoding.value(of: params), as: caller)
        switch response.outcome {
        case .success(let value): return try JSONCoding.decode(M.Result.self, from: value)
        case .failure(let error): throw error
        }
    }

    /// Calls a typed method expecting an error of `kind`; returns the error.
    func expectError<M: AdminMethod>(
        _ method: M.Type, _ params: M.Params, kind: String, as caller: Caller = staff,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> RPCError {
        let response = try await raw(M.name, try JSONCoding.value(of: params), as: caller)
        let error = try #require(response.refusal, "\(M.name) succeeded", sourceLocation: sourceLocation)
        #expect(error.kind == kind, "\(M.name): \(error.message)", sourceLocation: sourceLocation)
        return error
    }

    /// Runs SQL through psql (outside our code) on a thread of its own.
    func psql(_ sql: String) async throws -> String {
        let database = database
        return try await Self.offThread { try database.psql(sql) }.get().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func close() async { await pool.close() }

    // MARK: Fixtures

    /// A council's direct entry with every figure a council needs.
    static func council(_ name: String, kind: String = "unitary", tier: String = "full", memberSince: String? = nil,
                        region: String? = nil) -> MemberCreate.Params {
        MemberCreate.Params(name: name, kind: kind, tier: tier, nation: .england, region: region, population: 250_000,
                            budgetRevenue: 300_000_000_00, budgetCapital: 80_000_000_00, memberSince: memberSince)
    }

    /// An application by a town council for associate membership.
    static func application(_ name: String, kind: String = "town_council", tier: String = "associate") -> ApplicationSubmit.Params {
        ApplicationSubmit.Params(name: name, kind: kind, tier: tier, nation: .wales, region: "Gwynedd", population: 9_000,
                                 budgetRevenue: 1_200_000_00, budgetCapital: 100_000_00,
                                 statement: "We commit to co-operative values: co-production with residents and shared ownership.")
    }

    // MARK: Utilities

    /// Blocking work on a thread of its own, never on the cooperative pool (the daemon under test
    /// serves from that pool, and the machine may have two cores).
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> Result<T, any Error> {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: Result { try work() }) }
        }
    }

    static func json(_ text: String) throws -> JSONValue { try JSONCoding.readValue(Array(text.utf8)) }

    static func jsonObject<T: Encodable>(_ value: T) throws -> [String: JSONValue] {
        try JSONCoding.value(of: value).objectValue ?? [:]
    }

    static func fields(_ error: RPCError) -> [String] {
        error.data?["fields"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
    }

    static func fieldMessage(_ error: RPCError, _ field: String) -> String? {
        error.data?["fields"]?.arrayValue?.first { $0["field"]?.stringValue == field }?["message"]?.stringValue
    }
}

extension RPCResponse {
    /// The error of an error response (`nil` on success).
    var refusal: RPCError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    /// The `data.kind` of an error response (`nil` on success).
    var refusalKind: String? {
        if case .failure(let error) = outcome { return error.kind }
        return nil
    }

    var refusalFields: [String] {
        if case .failure(let error) = outcome { return MembershipHarness.fields(error) }
        return []
    }
}

/// Runs `body` with a ``MembershipHarness`` on the test's database, closing its pool afterwards.
func withMembership<T: Sendable>(_ body: (MembershipHarness) async throws -> T) async throws -> T {
    let harness = try MembershipHarness(database: try TestDatabase.require())
    do {
        let value = try await body(harness)
        await harness.close()
        return value
    } catch {
        await harness.close()
        throw error
    }
}
