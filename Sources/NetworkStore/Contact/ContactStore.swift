import NetworkCore
import Postgres

/// Reads and writes contacts and their roles.
///
/// Callers run these inside one transaction; the mutating ones expect the member row locked
/// with ``owner(memberID:lock:on:)`` first, which serialises every contact change of one member
/// so that primary demotion and the duplicate-email check cannot race.
public enum ContactStore {
    /// The member `memberID`, or `nil` if there is none. `lock` takes `FOR NO KEY UPDATE` on the
    /// member row for the rest of the transaction (it does not block foreign-key checks).
    public static func owner(memberID: Int64, lock: Bool = false, on connection: PostgresConnection) throws -> ContactOwner? {
        let suffix: SQL = lock ? " FOR NO KEY UPDATE" : ""
        let rows = try connection.query("SELECT id, name, status FROM member WHERE id = \(memberID)" + suffix)
        guard let row = rows.first else { return nil }
        let status: String = try row.decode("status")
        // The CHECK constraint admits only MemberStatus's values.
        guard let parsed = MemberStatus(rawValue: status) else { throw NetworkError.unavailable("member \(memberID) has an unknown status") }
        return ContactOwner(id: try row.decode("id"), name: try row.decode("name"), status: parsed)
    }

    /// The contact `id` with its roles, or `nil`. `lock` takes `FOR UPDATE` on the contact row.
    public static func get(id: Int64, lock: Bool = false, on connection: PostgresConnection) throws -> ContactRecord? {
        try connection.run(contact(id: id, lock: lock))
    }

    /// One contact, as a query: ``get(id:lock:on:)`` runs it, `contact.get` sends it in its
    /// event loop's pipeline (`PostgresPool.read`).
    public static func contact(id: Int64, lock: Bool = false) -> PostgresQuery<ContactRecord?> {
        let suffix: SQL = lock ? " FOR UPDATE OF c" : ""
        return PostgresQuery(selectContacts + " WHERE c.id = \(id)" + suffix) { rows in try rows.first.map(record) }
    }

    /// A member's contacts, ordered by name (case-insensitively), then id.
    public static func list(memberID: Int64, on connection: PostgresConnection) throws -> [ContactRecord] {
        try connection.query(selectContacts + " WHERE c.member_id = \(memberID) ORDER BY lower(c.name), c.name, c.id").map(record)
    }

    /// The id of another contact of `memberID` with `email` (compared case-insensitively, as the
    /// unique index does), if there is one.
    public static func contactHolding(email: String, memberID: Int64, excluding contactID: Int64?,
                                      on connection: PostgresConnection) throws -> Int64? {
        try connection.query("""
            SELECT id FROM contact
            WHERE member_id = \(memberID) AND lower(email) = lower(\(email)) AND id IS DISTINCT FROM \(contactID)
            """).first?.decode("id", as: Int64.self)
    }

    /// Inserts `contact` (its id and version are ignored) with its roles.
    ///
    /// - Returns: the new contact's id, and the contacts demoted from primary (see ``setRoles``).
    public static func insert(_ contact: ContactRecord, on connection: PostgresConnection) throws -> (id: Int64, demoted: [Int64]) {
        let id = try connection.query("""
            INSERT INTO contact (member_id, name, email, phone, job_title)
            VALUES (\(contact.memberID), \(contact.name), \(contact.email), \(contact.phone), \(contact.jobTitle))
            RETURNING id
            """).first?.decode("id", as: Int64.self) ?? 0
        let demoted = try setRoles(contactID: id, memberID: contact.memberID, roles: contact.roles,
                                   primaryRoles: contact.primaryRoles, on: connection)
        return (id, demoted)
    }

    /// Writes `contact`'s fields and roles and bumps its version.
    ///
    /// - Returns: the contacts demoted from primary (see ``setRoles``).
    public static func update(_ contact: ContactRecord, on connection: PostgresConnection) throws -> [Int64] {
        try connection.execute("""
            UPDATE contact SET name = \(contact.name), email = \(contact.email), phone = \(contact.phone),
                job_title = \(contact.jobTitle), version = version + 1, updated_at = clock_timestamp()
            WHERE id = \(contact.id)
            """)
        return try setRoles(contactID: contact.id, memberID: contact.memberID, roles: contact.roles,
                            primaryRoles: contact.primaryRoles, on: connection)
    }

    /// Replaces a contact's roles. For each role in `primaryRoles`, the member's previous primary
    /// contact for that role is demoted first (it keeps the role), so the one-primary-per-role
    /// index is never violated. A demoted contact's version goes up once, in this transaction
    /// (the `contact_role_demotion_bumps_version` trigger), so its `expectedVersion` misses.
    ///
    /// - Returns: the ids of the contacts demoted, ascending.
    @discardableResult
    public static func setRoles(contactID: Int64, memberID: Int64, roles: [ContactRole], primaryRoles: [ContactRole],
                                on connection: PostgresConnection) throws -> [Int64] {
        let primaries = primaryRoles.map(\.rawValue)
        let demoted = try connection.query("""
            UPDATE contact_role SET is_primary = false
            WHERE member_id = \(memberID) AND role = ANY(\(primaries)::text[]) AND is_primary AND contact_id <> \(contactID)
            RETURNING contact_id
            """).map { try $0.decode("contact_id", as: Int64.self) }
        try connection.execute("DELETE FROM contact_role WHERE contact_id = \(contactID)")
        for role in roles {
            try connection.execute("""
                INSERT INTO contact_role (contact_id, member_id, role, is_primary)
                VALUES (\(contactID), \(memberID), \(role.rawValue), \(primaryRoles.contains(role)))
                """)
        }
        return Array(Set(demoted)).sorted()
    }

    /// Deletes a contact, its roles and its member tokens.
    ///
    /// - Returns: how many tokens were deleted.
    @discardableResult
    public static func delete(id: Int64, on connection: PostgresConnection) throws -> Int {
        let tokens = try connection.execute("DELETE FROM member_token WHERE contact_id = \(id)")
        try connection.execute("DELETE FROM contact_role WHERE contact_id = \(id)")
        try connection.execute("DELETE FROM contact WHERE id = \(id)")
        return tokens
    }

    private static let selectContacts: SQL = """
        SELECT c.id, c.member_id, c.name, c.email, c.phone, c.job_title, c.version,
               ARRAY(SELECT r.role FROM contact_role r WHERE r.contact_id = c.id ORDER BY r.role) AS roles,
               ARRAY(SELECT r.role FROM contact_role r WHERE r.contact_id = c.id AND r.is_primary ORDER BY r.role) AS primary_roles
        FROM contact c
        """

    private static func record(_ row: PostgresRow) throws -> ContactRecord {
        func roles(_ column: String) throws -> [ContactRole] {
            let names: [String] = try row.decode(column)
            return ContactRecord.canonical(names.compactMap(ContactRole.init(rawValue:)))
        }
        return ContactRecord(
            id: try row.decode("id"), memberID: try row.decode("member_id"), name: try row.decode("name"),
            email: try row.decode("email"), phone: try row.decode("phone", as: String?.self),
            jobTitle: try row.decode("job_title", as: String?.self), roles: try roles("roles"),
            primaryRoles: try roles("primary_roles"), version: try row.decode("version"))
    }
}
