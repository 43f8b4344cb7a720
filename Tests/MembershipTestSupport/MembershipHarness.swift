import AdminProtocol
import Foundation
import Logging
import NetworkCore
import NetworkDaemon
import NetworkTestSupport
import Postgres
import Testing

/// The daemon's real dispatcher and services on the current test's database, so that tests can
/// call as any caller (staff, or a member acting through a token) without a socket.
public final class MembershipHarness: Sendable {
    /// The daemon's own request path on the test's database.
    public let request: TestDispatcher
    public var pool: PostgresPool { request.pool }
    public var database: TestDatabase { request.database }

    /// Root on the socket: operator and secretariat.
    public static let staff = Caller(uid: 0, gid: 0, pid: 1, userName: "root", roles: [.operator, .secretariat])

    /// A caller acting for member `id` only, as after `session.authenticate`: a contact and a
    /// live token are stored for it (the dispatcher checks the token before every call).
    public func memberCaller(_ id: Int64) async throws -> Caller {
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

    public static func caller(_ roles: Set<Role>) -> Caller {
        Caller(uid: 1001, gid: 1001, pid: 1, userName: "staff", roles: roles)
    }

    /// The request path on `database`, configured by `configuration` (its `database` is the
    /// test's).
    public init(database: TestDatabase, configuration: DaemonConfiguration = DaemonConfiguration()) throws {
        request = try TestDispatcher(database: database, configuration: configuration, poolSize: 4, label: "membership-test")
    }

    /// Calls `method` by name as `caller`.
    public func raw(_ method: String, _ params: JSONValue, as caller: Caller = staff) async throws -> RPCResponse {
        try await request.call(method, params, as: caller)
    }

    /// Calls a typed method as `caller`; an error response is thrown as `RPCError`.
    public func call<M: AdminMethod>(_ method: M.Type, _ params: M.Params, as caller: Caller = staff) async throws -> M.Result {
        let response = try await raw(M.name, try JSONCoding.value(of: params), as: caller)
        switch response.outcome {
        case .success(let value): return try JSONCoding.decode(M.Result.self, from: value)
        case .failure(let error): throw error
        }
    }

    /// Calls a typed method expecting an error of `kind`; returns the error.
    public func expectError<M: AdminMethod>(
        _ method: M.Type, _ params: M.Params, kind: String, as caller: Caller = staff,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> RPCError {
        let response = try await raw(M.name, try JSONCoding.value(of: params), as: caller)
        let error = try #require(response.refusal, "\(M.name) succeeded", sourceLocation: sourceLocation)
        #expect(error.kind == kind, "\(M.name): \(error.message)", sourceLocation: sourceLocation)
        return error
    }

    /// Runs SQL through psql (outside our code) on a thread of its own.
    public func psql(_ sql: String) async throws -> String {
        let database = database
        return try await Self.offThread { try database.psql(sql) }.get().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func close() async { await request.close() }

    // MARK: Fixtures

    /// A council's direct entry with every figure a council needs.
    public static func council(_ name: String, kind: String = "unitary", tier: String = "full", memberSince: String? = nil,
                        region: String? = nil) -> MemberCreate.Params {
        MemberCreate.Params(name: name, kind: kind, tier: tier, nation: .england, region: region, population: 250_000,
                            budgetRevenue: 300_000_000_00, budgetCapital: 80_000_000_00, memberSince: memberSince)
    }

    /// An application by a town council for associate membership.
    public static func application(_ name: String, kind: String = "town_council", tier: String = "associate") -> ApplicationSubmit.Params {
        ApplicationSubmit.Params(name: name, kind: kind, tier: tier, nation: .wales, region: "Gwynedd", population: 9_000,
                                 budgetRevenue: 1_200_000_00, budgetCapital: 100_000_00,
                                 statement: "We commit to co-operative values: co-production with residents and shared ownership.")
    }

    // MARK: Utilities

    /// Blocking work off the cooperative pool (``offPool(_:)``, the one helper every suite uses),
    /// its outcome as a `Result` so that a test can inspect a refusal.
    public static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> Result<T, any Error> {
        do {
            return .success(try await offPool(work))
        } catch {
            return .failure(error)
        }
    }

    public static func json(_ text: String) throws -> JSONValue { try JSONCoding.readValue(Array(text.utf8)) }

    public static func jsonObject<T: Encodable>(_ value: T) throws -> [String: JSONValue] {
        try JSONCoding.value(of: value).objectValue ?? [:]
    }

    public static func fields(_ error: RPCError) -> [String] {
        error.data?["fields"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
    }

    public static func fieldMessage(_ error: RPCError, _ field: String) -> String? {
        error.data?["fields"]?.arrayValue?.first { $0["field"]?.stringValue == field }?["message"]?.stringValue
    }
}

extension RPCResponse {
    /// The error of an error response (`nil` on success).
    public var refusal: RPCError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    /// The `data.kind` of an error response (`nil` on success).
    public var refusalKind: String? {
        if case .failure(let error) = outcome { return error.kind }
        return nil
    }

    public var refusalFields: [String] {
        if case .failure(let error) = outcome { return MembershipHarness.fields(error) }
        return []
    }
}

/// Runs `body` with a ``MembershipHarness`` on the test's database, configured by
/// `configuration`, closing its pool afterwards.
public func withMembership<T: Sendable>(configuration: DaemonConfiguration = DaemonConfiguration(),
                                        _ body: (MembershipHarness) async throws -> T) async throws -> T {
    let harness = try MembershipHarness(database: try TestDatabase.require(), configuration: configuration)
    do {
        let value = try await body(harness)
        await harness.close()
        return value
    } catch {
        await harness.close()
        throw error
    }
}
