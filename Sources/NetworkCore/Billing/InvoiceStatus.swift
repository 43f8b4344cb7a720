/// Where an invoice is: `draft → (awaiting_po) → issued → part_paid → paid`, and `cancelled`.
///
/// A draft is numbered only when it is issued; a member marked "PO required" has its draft
/// parked in `awaiting_po` until a purchase-order number arrives. An issued invoice moves
/// between `issued`, `part_paid` and `paid` as money is received (and back when a payment is
/// voided), and ends `cancelled` only by a credit note. Unissued invoices can be cancelled
/// without one: nothing was sent. The database holds the same table
/// (`invoice_status_transition`) and its trigger refuses any other change; a test compares them.
public enum InvoiceStatus: String, StatusMachine, CaseIterable, Codable {
    case draft
    case awaitingPurchaseOrder = "awaiting_po"
    case issued
    case partPaid = "part_paid"
    case paid
    case cancelled

    /// Whether the invoice carries a number (it was issued, whatever happened since).
    public var isNumbered: Bool { self != .draft && self != .awaitingPurchaseOrder }

    /// Whether money is still expected: issued or part paid.
    public var isOpen: Bool { self == .issued || self == .partPaid }
}

/// What happens to an invoice.
public enum InvoiceEvent: String, StatusEvent, CaseIterable {
    /// Issuing found no purchase-order number for a member that needs one.
    case holdForPurchaseOrder
    /// Numbered and sent.
    case issue
    /// Money arrived, but less than is due.
    case receivePart
    /// Everything due has arrived (or been credited).
    case settle
    /// A voided payment leaves nothing received.
    case reopen
    /// Cancelled: by a credit note once issued.
    case cancel

    /// The status this event leads to, whatever the status it starts from.
    public var target: InvoiceStatus {
        switch self {
        case .holdForPurchaseOrder: .awaitingPurchaseOrder
        case .issue: .issued
        case .receivePart: .partPaid
        case .settle: .paid
        case .reopen: .issued
        case .cancel: .cancelled
        }
    }
}

extension InvoiceStatus {
    /// Named in `invalid_transition` errors.
    public static let entity = "invoice"

    /// Every allowed (from, event) → to.
    public static let transitions: [InvoiceStatus: [InvoiceEvent: InvoiceStatus]] = [
        .draft: [.holdForPurchaseOrder: .awaitingPurchaseOrder, .issue: .issued, .cancel: .cancelled],
        .awaitingPurchaseOrder: [.issue: .issued, .cancel: .cancelled],
        .issued: [.receivePart: .partPaid, .settle: .paid, .cancel: .cancelled],
        .partPaid: [.settle: .paid, .reopen: .issued, .cancel: .cancelled],
        .paid: [.receivePart: .partPaid, .reopen: .issued, .cancel: .cancelled],
        .cancelled: [:],
    ]

    /// The status an issued invoice has for what it is due and has received: `paid` when
    /// nothing is outstanding, `part_paid` when something was received, else `issued`.
    ///
    /// - Parameters:
    ///   - outstanding: gross − credited − kept receipts, in minor units (never negative).
    ///   - kept: receipts kept on the invoice (received − released to member credit).
    public static func settled(outstanding: Int64, kept: Int64) -> InvoiceStatus {
        if outstanding == 0 { return .paid }
        return kept > 0 ? .partPaid : .issued
    }
}
