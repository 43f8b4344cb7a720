/// The messages networkd sends, by template name: `mail/<name>.subject|text|html.mustache`.
///
/// Later areas queue their own (an event registration, a proposal's decision) with
/// `OutboxStore.enqueue` in the transaction of the change that causes them, naming a
/// template of their own.
enum MailTemplate {
    /// An invoice was issued: to its payer, with the PDF attached.
    static let invoiceIssued = "invoice-issued"
    /// An invoice waits for the member's purchase-order number.
    static let purchaseOrderRequested = "po-requested"
    /// An invoice is overdue: step 1, 2, 3… of the configured reminders.
    static let reminder = "reminder"
    /// The member lapsed: its subscription is unpaid past the grace period.
    static let lapseNotice = "lapse-notice"
    /// The member's arrears were paid and it is active again.
    static let reinstatement = "reinstatement"
}
