import NetworkCore
import Postgres

/// The network's billing details as stored: what its invoices say about it, and the defaults
/// a new membership year takes.
public struct BillingSettingsRecord: Sendable, Hashable {
    public var address: String
    public var email: String?
    public var vatNumber: String?
    public var paymentDetails: String
    /// The month (1–12) the year's invoices are dated.
    public var invoiceMonth: Int
    public var paymentTermsDays: Int
    /// Whether member credit is spent on an invoice when it is issued.
    public var applyCreditAtIssue: Bool
    public var version: Int

    public init(address: String, email: String?, vatNumber: String?, paymentDetails: String, invoiceMonth: Int,
                paymentTermsDays: Int, applyCreditAtIssue: Bool, version: Int) {
        self.address = address
        self.email = email
        self.vatNumber = vatNumber
        self.paymentDetails = paymentDetails
        self.invoiceMonth = invoiceMonth
        self.paymentTermsDays = paymentTermsDays
        self.applyCreditAtIssue = applyCreditAtIssue
        self.version = version
    }
}

/// Reads and writes the one `billing_settings` row.
public enum BillingSettingsStore {
    /// The settings; `forUpdate` locks the row until the transaction ends.
    public static func get(forUpdate: Bool = false, on connection: PostgresConnection) throws -> BillingSettingsRecord {
        let lock: SQL = forUpdate ? " FOR UPDATE" : ""
        guard let row = try connection.query("""
            SELECT address, email, vat_number, payment_details, invoice_month, payment_terms_days, apply_credit_at_issue, version
            FROM billing_settings\(lock)
            """).first else {
            throw PostgresError(kind: .decoding, message: "billing_settings has no row", column: nil)
        }
        return BillingSettingsRecord(
            address: try row.decode("address"), email: try row.decode("email"), vatNumber: try row.decode("vat_number"),
            paymentDetails: try row.decode("payment_details"), invoiceMonth: try row.decode("invoice_month"),
            paymentTermsDays: try row.decode("payment_terms_days"), applyCreditAtIssue: try row.decode("apply_credit_at_issue"),
            version: try row.decode("version"))
    }

    /// Writes every field and bumps the version.
    ///
    /// - Returns: the settings as stored.
    public static func update(_ settings: BillingSettingsRecord, on connection: PostgresConnection) throws -> BillingSettingsRecord {
        try connection.execute("""
            UPDATE billing_settings SET address = \(settings.address), email = \(settings.email), vat_number = \(settings.vatNumber),
                payment_details = \(settings.paymentDetails), invoice_month = \(settings.invoiceMonth),
                payment_terms_days = \(settings.paymentTermsDays), apply_credit_at_issue = \(settings.applyCreditAtIssue),
                version = version + 1, updated_at = clock_timestamp()
            """)
        return try get(on: connection)
    }
}
