import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// What a mutation's body returns: the result for the caller and the audit trail's view of the
/// change.
public struct MutationOutcome<Result: Codable & Sendable>: Sendable {
    public var result: Result
    public var target: String?
    public var before: JSONValue?
    public var after: JSONValue?

    public init(result: Result, target: String?, before: JSONValue?, after: JSONValue?) {
        self.result = result
        self.target = target
        self.before = before
        self.after = after
    }
}

/// The transaction a mutation's body runs in, and the one check every mutation of a versioned
/// record makes: `expectedVersion`. Used only by the body it is handed to, on the thread that
/// runs the transaction.
///
/// - Important: when the caller sent `expectedVersion`, the body must call
///   ``expectVersion(_:of:)`` with the current version of the record it changes (after locking
///   it); a body that returns without doing so fails the call with an internal error and rolls
///   back, so a method can never silently ignore the caller's version.
public final class MutationScope {
    /// The open transaction; every statement of the mutation goes through it.
    public let connection: PostgresConnection
    /// The version the caller last read, when it sent one.
    public let expectedVersion: Int?
    /// Whether the body called ``expectVersion(_:of:)``.
    private(set) var hasCheckedVersion = false

    init(connection: PostgresConnection, expectedVersion: Int?) {
        self.connection = connection
        self.expectedVersion = expectedVersion
    }

    /// Checks the caller's `expectedVersion` against `current`, the locked record's version.
    ///
    /// - Throws: `conflict` naming `entity` and its current version when they differ.
    public func expectVersion(_ current: Int, of entity: String) throws {
        hasCheckedVersion = true
        try checkExpectedVersion(expectedVersion, current: current, entity: entity)
    }
}

extension RequestContext {
    /// Runs a mutation's body: one transaction that does the work, writes the audit record and,
    /// with an `idempotencyKey`, remembers the response. Only ``MethodRegistry`` calls this.
    ///
    /// - A retry with the same key and the same params returns the stored response and does not
    ///   run `body` again (nor write a second audit record).
    /// - The same key with a different method or params is a `conflict`.
    /// - Serialization failures and deadlocks are retried by the pool; if `body` throws, nothing
    ///   is written.
    /// - Throws: whatever `body` throws, `NetworkError.conflict` for a reused key,
    ///   `NetworkError.validation` for a malformed key.
    func runMutation<Params: MutationParams, Result: Codable & Sendable>(
        _ params: Params,
        isolation: IsolationLevel,
        _ body: @escaping @Sendable (MutationScope) throws -> MutationOutcome<Result>
    ) async throws -> Result {
        let key = params.idempotencyKey
        if let key, key.isEmpty || key.count > 200 {
            throw NetworkError.invalid("idempotencyKey", "must be 1 to 200 characters")
        }
        var requestValue = try JSONCoding.value(of: params)
        if case .object(var members) = requestValue {
            members.removeValue(forKey: "idempotencyKey")
            requestValue = .object(members)
        }
        let requestJSON = try JSONCoding.encodeString(requestValue)
        let actor = caller.actor
        let role = actingRole.rawValue
        let method = self.method
        let requestID = self.requestID
        let expectedVersion = params.expectedVersion
        let dryRun = params.dryRun
        do {
            return try await runTransaction(key: dryRun ? nil : key, requestJSON: requestJSON, actor: actor, role: role,
                                            method: method, requestID: requestID, expectedVersion: expectedVersion,
                                            dryRun: dryRun, isolation: isolation, body)
        } catch let preview as DryRunFinished<Result> {
            return preview.result
        }
    }

    /// The transaction of ``runMutation(_:isolation:_:)``; a dry run ends it by throwing
    /// `DryRunFinished` with the answer, which rolls everything back.
    private func runTransaction<Result: Codable & Sendable>(
        key: String?, requestJSON: String, actor: String, role: String, method: String, requestID: String,
        expectedVersion: Int?, dryRun: Bool, isolation: IsolationLevel,
        _ body: @escaping @Sendable (MutationScope) throws -> MutationOutcome<Result>
    ) async throws -> Result {
        try await pool.withTransaction(isolation: isolation) { connection in
            if let key {
                if let stored = try IdempotencyStore.claim(actor: actor, key: key, requestJSON: requestJSON, on: connection) {
                    guard stored.method == method, stored.sameRequest else {
                        throw NetworkError.conflict("idempotencyKey \"\(key)\" was already used for a different request")
                    }
                    let value = try JSONCoding.readValue(Array(stored.responseJSON.utf8))
                    return try JSONCoding.decode(Result.self, from: value)
                }
            }
            let scope = MutationScope(connection: connection, expectedVersion: expectedVersion)
            let outcome = try body(scope)
            if expectedVersion != nil && !scope.hasCheckedVersion {
                throw UncheckedVersion(method: method)
            }
            if dryRun { throw DryRunFinished(result: outcome.result) }
            // The audit row and the stored response go out with the COMMIT: one round trip.
            try AuditStore.appendDeferred(
                AuditRecord(
                    requestID: requestID, actor: actor, role: role, method: method, target: outcome.target,
                    beforeJSON: try outcome.before.map { try JSONCoding.encodeString($0) },
                    afterJSON: try outcome.after.map { try JSONCoding.encodeString($0) }),
                on: connection)
            if let key {
                try IdempotencyStore.save(
                    actor: actor, key: key, method: method, target: outcome.target, requestJSON: requestJSON,
                    responseJSON: try JSONCoding.encodeString(outcome.result), on: connection)
            }
            return outcome.result
        }
    }
}

/// The answer of a dry run, thrown out of its transaction so that the transaction rolls back.
struct DryRunFinished<Result: Sendable>: Error {
    var result: Result
}

/// A mutation body returned without checking the `expectedVersion` its caller sent: a
/// programming error, answered as an internal error (and rolled back).
struct UncheckedVersion: Error, CustomStringConvertible {
    var method: String
    var description: String { "\(method) did not check expectedVersion (MutationScope.expectVersion)" }
}
