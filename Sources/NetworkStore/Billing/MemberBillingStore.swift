import NetworkCore
import Postgres

/// Who a member's invoices are addressed to, as stored, with the payer contact resolved.
public struct MemberBillingRecord: Sendable, Hashable {
    public var memberId: Int64
    /// The name invoiced; `nil` means the member's own name.
    public var billingName: String?
    public var billingAddress: String
    /// The contact chosen as payer; `nil` means the primary finance contact.
    public var payerContactId: Int64?
    public var version: Int

    /// The contact invoices go to: the chosen payer, else the primary finance contact.
    public var payer: Payer?
    /// The name invoices carry.
    public var invoicedName: String

    /// A contact invoices are for the attention of.
    public struct Payer: Sendable, Hashable {
        public var contactId: Int64
        public var name: String
        public var email: String
        /// Whether it was chosen (`member.setBilling`) rather than the primary finance contact.
        public var chosen: Bool
    }
}

/// Reads and writes `member_billing`; a member without a row has the defaults (its own name,
/// no address, its primary finance contact).
public enum MemberBillingStore {
    /// The member's billing details with the payer resolved; `forUpdate` locks the row if there is one.
    public static func get(memberId: Int64, memberName: String, forUpdate: Bool = false, on connection: PostgresConnection) throws
        -> MemberBillingRecord
    {
        let lock: SQL = forUpdate ? " FOR UPDATE OF b" : ""
        let row = try connection.query("""
            SELECT b.billing_name, b.billing_address, b.payer_contact_id, b.version FROM member_billing b
            WHERE b.member_id = \(memberId)\(lock)
            """).first
        let chosen: Int64? = try row?.decode("payer_contact_id")
        let payerRow = try connection.query("""
            SELECT c.id, c.name, c.email, (c.id = \(chosen)) AS chosen FROM contact c
            WHERE c.member_id = \(memberId)
              AND (c.id = \(chosen) OR (\(chosen)::bigint IS NULL AND EXISTS (
                    SELECT 1 FROM contact_role r WHERE r.contact_id = c.id AND r.role = 'finance' AND r.is_primary)))
            ORDER BY c.id LIMIT 1
            """).first
        let payer = try payerRow.map { row in
            MemberBillingRecord.Payer(contactId: try row.decode("id"), name: try row.decode("name"), email: try row.decode("email"),
                                      chosen: (try row.decode("chosen", as: Bool?.self)) ?? false)
        }
        let billingName: String? = try row?.decode("billing_name")
        return MemberBillingRecord(memberId: memberId, billingName: billingName,
                                   billingAddress: try row?.decode("billing_address") ?? "", payerContactId: chosen,
                                   version: try row?.decode("version") ?? 0, payer: payer, invoicedName: billingName ?? memberName)
    }

    /// Writes a member's billing details (creating the row on first use) and bumps its version.
    ///
    /// - Throws: `PostgresError` (foreign key) when the payer is not one of the member's contacts.
    public static func set(memberId: Int64, billingName: String?, billingAddress: String, payerContactId: Int64?,
                           on connection: PostgresConnection) throws {
        try connection.execute("""
            INSERT INTO member_billing AS b (member_id, billing_name, billing_address, payer_contact_id)
            VALUES (\(memberId), \(billingName), \(billingAddress), \(payerContactId))
            ON CONFLICT (member_id) DO UPDATE SET billing_name = EXCLUDED.billing_name, billing_address = EXCLUDED.billing_address,
                payer_contact_id = EXCLUDED.payer_contact_id, version = b.version + 1, updated_at = clock_timestamp()
            """)
    }
}
