import NetworkCore
import Postgres

/// UK GDPR for contacts: finding everything held about one person (subject access) and erasing
/// it (right to erasure) while the audit trail stays complete but anonymised.
public enum ErasureStore {
    /// What an erasure did.
    public struct Outcome: Sendable, Hashable {
        /// Member tokens deleted with the contact.
        public var tokensDeleted: Int
        /// Audit entries whose before/after held the contact's data, now anonymised.
        public var auditEntriesAnonymised: Int
        /// Stored idempotent responses about the contact, now redacted (kept, so a retry still
        /// gets its first answer, redacted).
        public var idempotencyEntriesRedacted: Int
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

    /// Erases `contact` in the caller's transaction: deletes its tokens, roles and row, then
    /// redacts its data by identity (`erase_contact_records`, migration 0004): in audit rows and
    /// stored idempotent responses whose target is `contact:<id>`, the values of its personal
    /// fields (`name`, `email`, `phone`, `jobTitle` — current and earlier ones alike, since
    /// every image of the contact is redacted) become `"[erased]"`; in rows about its member,
    /// only the contact's entry of a `contacts` array is.
    ///
    /// Guarantees: no audit row or stored response is added or removed; no other row, and no
    /// other field or column of the redacted rows, changes by one byte — a value the contact
    /// shares with someone else (a job title, a surname, a digit) stays in their records; member
    /// history (status and tier changes) is not touched. The caller writes the erasure's own
    /// audit row, which must not repeat the values.
    public static func erase(_ contact: ContactRecord, on connection: PostgresConnection) throws -> Outcome {
        let tokens = try ContactStore.delete(id: contact.id, on: connection)
        let row = try connection.query("""
            SELECT audit_rows, idempotency_rows FROM erase_contact_records(\(contact.id), \(contact.memberID))
            """).first
        // Issued invoices and credit notes addressed for its attention lose the person only
        // (migration 0008); they stay what was sent in every other respect.
        _ = try connection.query("SELECT erase_contact_documents(\(contact.id))")
        // E-mail to it forgets its name and address and the rendered copy; one queued for it
        // alone is cancelled (migration 0010).
        _ = try connection.query("SELECT erase_contact_outbox(\(contact.id))")
        return Outcome(tokensDeleted: tokens, auditEntriesAnonymised: try row?.decode("audit_rows", as: Int.self) ?? 0,
                       idempotencyEntriesRedacted: try row?.decode("idempotency_rows", as: Int.self) ?? 0)
    }
}

extension ErasureStore {
    /// The server's clock now, ISO 8601, for stamping an export.
    public static func now(on connection: PostgresConnection) throws -> String {
        try connection.query("SELECT to_json(clock_timestamp()) #>> '{}' AS now").first?.decode("now", as: String.self) ?? ""
    }
}
