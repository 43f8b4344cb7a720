import AdminProtocol
import Foundation
import NetworkCore
import NetworkTestSupport
import Testing

/// Shared by the contact, token, session and erasure suites: an in-process daemon, socket
/// connections whose blocking calls run off the cooperative pool, and SQL outside our code.
public enum ContactKit {
    /// Starts a daemon on the test's database, runs `body`, and always stops it.
    public static func withDaemon<T: Sendable>(_ body: (InProcessDaemon) async throws -> T) async throws -> T {
        let daemon = try await InProcessDaemon.start(database: try TestDatabase.require())
        do {
            let value = try await body(daemon)
            await daemon.stop()
            return value
        } catch {
            await daemon.stop()
            throw error
        }
    }

    /// psql's output, trimmed (rows on lines, columns separated by `|`).
    @discardableResult
    public static func psql(_ sql: String) async throws -> String {
        let database = try TestDatabase.require()
        return try await offPool { try database.psql(sql) }.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A member inserted directly (the member methods are another area's): a county council.
    public static func insertMember(_ name: String, status: String = "active") async throws -> Int64 {
        let since = status == "applicant" || status == "rejected" ? "NULL" : "current_date"
        let id = try await psql("""
            INSERT INTO member (name, kind, tier, status, nation, member_since, population, budget_revenue, budget_capital)
            VALUES ('\(name)', 'county', 'full', '\(status)', 'england', \(since), 500000, 100, 100) RETURNING id
            """)
        return try #require(Int64(id.split(separator: "\n").first.map(String.init) ?? ""))
    }

    /// A live member identity for dispatcher-level tests of member callers: a contact and an
    /// unexpired token row for member `memberID`, inserted by SQL — what `session.authenticate`
    /// leaves on a connection. (The dispatcher checks a member session's token before every
    /// call, so a made-up identity is refused.)
    public static func memberIdentity(_ memberID: Int64) async throws -> MemberIdentity {
        let row = try await psql("""
            WITH c AS (
                INSERT INTO contact (member_id, name, email)
                VALUES (\(memberID), 'Session Holder', 'holder-' || md5(random()::text) || '@example.org') RETURNING id)
            INSERT INTO member_token (contact_id, member_id, token_hash, prefix, issued_by, expires_at)
            SELECT c.id, \(memberID), encode(sha256(random()::text::bytea), 'hex'), 'nwd_test', 'test', now() + interval '1 day'
            FROM c RETURNING contact_id, id
            """)
        let parts = (row.split(separator: "\n").first ?? "").split(separator: "|").compactMap { Int64($0) }
        try #require(parts.count == 2)
        return MemberIdentity(memberID: memberID, contactID: parts[0], tokenID: parts[1])
    }

    /// The number of rows of `table`.
    public static func count(_ table: String, _ condition: String = "true") async throws -> Int {
        Int(try await psql("SELECT count(*) FROM \(table) WHERE \(condition)")) ?? -1
    }

    /// Every `table.column` (text-like or JSON, in schema public) whose text contains `value`,
    /// case-insensitively: the whole database searched, as an auditor would.
    public static func placesHolding(_ value: String) async throws -> [String] {
        let columns = try await psql("""
            SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
              AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
            ORDER BY 1
            """).split(separator: "\n").map(String.init)
        #expect(columns.contains("audit_log.after"), "the search covers the audit trail")
        #expect(columns.contains("idempotency_keys.response"), "the search covers stored responses")
        let literal = "'%" + value.replacingOccurrences(of: "'", with: "''")
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%'"
        let probes = columns.map { qualified -> String in
            let parts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
            return "SELECT '\(qualified)' AS place FROM \"\(parts[0])\" WHERE \"\(parts[1])\"::text ILIKE \(literal)"
        }
        let hits = try await psql("SELECT DISTINCT place FROM (" + probes.joined(separator: " UNION ALL ") + ") AS hits ORDER BY 1")
        return hits.isEmpty ? [] : hits.split(separator: "\n").map(String.init)
    }
}

/// One admin-socket connection; every call runs off the cooperative pool. Not for concurrent use.
public final class ContactSocket: @unchecked Sendable {
    public let client: AdminClient

    public init(_ daemon: InProcessDaemon) throws {
        client = try daemon.client()
    }

    /// A typed call that must succeed.
    public func call<M: AdminMethod>(_ method: M.Type, _ params: M.Params) async throws -> M.Result {
        try await offPool { try self.client.call(method, params) }
    }

    /// A typed call that must fail: its error.
    public func failure<M: AdminMethod>(_ method: M.Type, _ params: M.Params,
                                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> RPCError {
        do {
            let result = try await call(method, params)
            Issue.record("\(M.name) succeeded: \(result)", sourceLocation: sourceLocation)
            throw CancellationError()
        } catch let error as RPCError {
            return error
        }
    }

    /// A raw call by name.
    public func raw(_ method: String, _ params: JSONValue? = nil) async throws -> RPCResponse {
        try await offPool { try self.client.call(method, params: params) }
    }

    /// Issues a token as this (staff) connection, then opens a new connection authenticated with it.
    public func memberSession(for contactID: Int64, daemon: InProcessDaemon) async throws -> (socket: ContactSocket, issued: TokenIssue.Result) {
        let issued = try await call(TokenIssue.self, .init(contactId: contactID))
        let member = try ContactSocket(daemon)
        _ = try await member.call(SessionAuthenticate.self, .init(token: issued.secret))
        return (member, issued)
    }
}

extension RPCError {
    /// The field names of a validation error.
    public var fields: [String] {
        data?["fields"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
    }
}
