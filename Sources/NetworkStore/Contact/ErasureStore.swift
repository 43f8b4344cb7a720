import NetworkCore
import Postgres

/// UK GDPR for contacts: finding everything held about one person (subject access) and erasing
/// it (right to erasure) while the audit trail stays complete but anonymised.
public enum ErasureStore {
    /// What an erasure did.
    public struct Outcome: Sendable, Hashable {
        /// Member tokens deleted with the contact.
        public var tokensDeleted: Int
        /// Audit entries whose before/after held one of the erased values, now anonymised.
        public var auditEntriesAnonymised: Int
        /// Stored idempotent responses dropped because they held an erased value.
        public var idempotencyEntriesDropped: Int
    }

    /// Audit entries about contact `contactID` of member `memberID`, oldest first: those whose
    /// target is the contact, those whose before or after names it as `contactId` (its tokens),
    /// and those the person made themselves through a member token (actor
    /// `member:<memberID>/contact:<contactID>`).
    ///
    /// - Important: the `contactId` match reads every audit row's JSON (no index); acceptable for
    ///   a rare, staff-only request.
    public static func auditEntries(contactID: Int64, memberID: Int64, on connection: PostgresConnection) throws -> [AuditRecord] {
        let target = "contact:\(contactID)"
        let actor = "member:\(memberID)/contact:\(contactID)"
        let id = String(contactID)
        return try connection.query("""
            SELECT id, to_json(at) #>> '{}' AS at, request_id, actor, actor_role, method, target,
                   before::text AS before, after::text AS after
            FROM audit_log
            WHERE target = \(target) OR actor = \(actor)
               OR before->>'contactId' = \(id) OR after->>'contactId' = \(id)
            ORDER BY id
            """).map { row in
            AuditRecord(
                id: try row.decode("id"), at: try row.decode("at"), requestID: try row.decode("request_id"),
                actor: try row.decode("actor"), role: try row.decode("actor_role"), method: try row.decode("method"),
                target: try row.decode("target", as: String?.self), beforeJSON: try row.decode("before", as: String?.self),
                afterJSON: try row.decode("after", as: String?.self))
        }
    }

    /// Erases `contact` in the caller's transaction: deletes its tokens, roles and row, replaces
    /// every copy of its name, e-mail address, phone number and job title — current ones and
    /// earlier ones recorded by the audit entries targeting it — inside the audit
    /// trail's before/after with `[erased]` (through `audit_redact`, the one path the append-only
    /// trigger lets through), and drops stored idempotent requests/responses that hold them.
    ///
    /// Guarantees: no audit row is added or removed here, and every column other than before/after
    /// is unchanged; member history (status and tier changes) is not touched. The caller writes
    /// the erasure's own audit row, which must not repeat the values.
    ///
    /// - Important: values are replaced wherever they occur as text inside the JSON, also inside
    ///   longer strings; a value that is also a JSON token (a lone digit, `true`) would corrupt the
    ///   JSON, which PostgreSQL refuses, so the whole erasure rolls back rather than half-happen.
    public static func erase(_ contact: ContactRecord, on connection: PostgresConnection) throws -> Outcome {
        let current = [contact.name, contact.email, contact.phone, contact.jobTitle].compactMap { $0 }
        let values = Array(Set(current + (try earlierValues(of: contact.id, on: connection)))).filter { !$0.isEmpty }.sorted()
        // Counted before redaction, one per row however many values it held (audit_redact's own
        // return value is only the last value's row count).
        let anonymised = try connection.query("""
            SELECT count(*) AS n FROM audit_log a
            WHERE EXISTS (
                SELECT 1 FROM unnest(\(values)::text[]) AS v(value)
                WHERE strpos(a.before::text, substr(to_json(v.value)::text, 2, length(to_json(v.value)::text) - 2)) > 0
                   OR strpos(a.after::text, substr(to_json(v.value)::text, 2, length(to_json(v.value)::text) - 2)) > 0)
            """).first?.decode("n", as: Int.self) ?? 0
        let tokens = try ContactStore.delete(id: contact.id, on: connection)
        try connection.execute("SELECT audit_redact(\(values)::text[])")
        // Retry caches only: losing one means a retry with that key does the work again.
        let dropped = try connection.execute("""
            DELETE FROM idempotency_keys k
            WHERE EXISTS (
                SELECT 1 FROM unnest(\(values)::text[]) AS v(value)
                WHERE strpos(k.request::text, substr(to_json(v.value)::text, 2, length(to_json(v.value)::text) - 2)) > 0
                   OR strpos(k.response::text, substr(to_json(v.value)::text, 2, length(to_json(v.value)::text) - 2)) > 0)
            """)
        return Outcome(tokensDeleted: tokens, auditEntriesAnonymised: anonymised, idempotencyEntriesDropped: dropped)
    }
}

extension ErasureStore {
    /// The personal values the contact held before its latest change (an earlier name or
    /// address), from the before/after images of the audit entries that target it: erasure must
    /// find those copies too.
    static func earlierValues(of contactID: Int64, on connection: PostgresConnection) throws -> [String] {
        try connection.query("""
            SELECT DISTINCT image ->> field AS value
            FROM audit_log,
                 LATERAL (VALUES (before), (after)) AS images(image),
                 LATERAL (VALUES ('name'), ('email'), ('phone'), ('jobTitle')) AS fields(field)
            WHERE target = \("contact:\(contactID)") AND jsonb_typeof(image) = 'object' AND image ->> field IS NOT NULL
            """).map { try $0.decode("value", as: String.self) }
    }

    /// The server's clock now, ISO 8601, for stamping an export.
    public static func now(on connection: PostgresConnection) throws -> String {
        try connection.query("SELECT to_json(clock_timestamp()) #>> '{}' AS now").first?.decode("now", as: String.self) ?? ""
    }
}
