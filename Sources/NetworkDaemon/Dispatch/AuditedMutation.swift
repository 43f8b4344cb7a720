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

extension RequestContext {
    /// Runs a mutating call: one transaction that does the work, writes the audit record and, with
    /// an `idempotencyKey`, remembers the response.
    ///
    /// - A retry with the same key and the same params returns the stored response and does not
    ///   run `body` again (nor write a second audit record).
    /// - The same key with a different method or params is a `conflict`.
    /// - Serialization failures and deadlocks are retried by the pool; if `body` throws, nothing
    ///   is written.
    /// - Throws: whatever `body` throws, `NetworkError.conflict` for a reused key,
    ///   `NetworkError.validation` for a malformed key.
    public func mutate<Params: MutationParams, Result: Codable & Sendable>(
        _ params: Params,
        isolation: IsolationLevel = .readCommitted,
        _ body: @escaping @Sendable (PostgresConnection) throws -> MutationOutcome<Result>
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
        return try await pool.withTransaction(isolation: isolation) { connection in
            if let key {
                if let stored = try IdempotencyStore.claim(actor: actor, key: key, requestJSON: requestJSON, on: connection) {
                    guard stored.method == method, stored.sameRequest else {
                        throw NetworkError.conflict("idempotencyKey \"\(key)\" was already used for a different request")
                    }
                    let value = try JSONCoding.readValue(Array(stored.responseJSON.utf8))
                    return try JSONCoding.decode(Result.self, from: value)
                }
            }
            let outcome = try body(connection)
            try AuditStore.append(
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
