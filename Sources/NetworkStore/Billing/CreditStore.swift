import NetworkCore
import Postgres

/// A member's credit: the balance row and its ledger. The ledger's trigger keeps the balance,
/// whose CHECK refuses it below zero; the balance row is locked by whoever changes it.
public enum CreditStore {
    /// How a ledger entry arose.
    public enum EntryKind: String, Sendable {
        /// The part of a payment beyond what its invoice was due.
        case overpayment
        /// A credit note reduced an invoice that had already been paid.
        case creditNote = "credit_note"
        /// Credit spent on an invoice (negative).
        case applied
        /// A voided payment takes back the credit it created (negative).
        case paymentVoided = "payment_voided"
    }

    /// A member's balance in `currency` (0 when it never had credit); `forUpdate` locks the row.
    public static func balance(memberId: Int64, currency: String, forUpdate: Bool = false, on connection: PostgresConnection) throws -> Int64 {
        if forUpdate {
            try connection.execute("INSERT INTO member_credit (member_id, currency) VALUES (\(memberId), \(currency)) ON CONFLICT DO NOTHING")
        }
        let lock: SQL = forUpdate ? " FOR UPDATE" : ""
        return try connection.query("SELECT balance FROM member_credit WHERE member_id = \(memberId) AND currency = \(currency)\(lock)")
            .first?.decode("balance") ?? 0
    }

    /// Appends a ledger entry of `amount` (negative spends credit); the balance follows.
    ///
    /// - Throws: `NetworkError.validation` when it would take the balance below zero.
    public static func add(memberId: Int64, currency: String, amount: Int64, kind: EntryKind, paymentId: Int64? = nil,
                           creditNoteId: Int64? = nil, invoiceId: Int64? = nil, actor: String, on connection: PostgresConnection) throws {
        do {
            try connection.execute("""
                INSERT INTO credit_entry (member_id, currency, amount, kind, payment_id, credit_note_id, invoice_id, actor)
                VALUES (\(memberId), \(currency), \(amount), \(kind.rawValue), \(paymentId), \(creditNoteId), \(invoiceId), \(actor))
                """)
        } catch let error as PostgresError where error.code == .checkViolation && error.constraint == "member_credit_balance_check" {
            throw NetworkError.invalid("amount", "member \(memberId) has less credit than that")
        }
    }
}
