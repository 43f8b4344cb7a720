import NetworkCore

/// What an invoice template sees: an `InvoiceSnapshot` with every value already written for
/// people, so that a template needs no logic — only `{{name}}` to show a value, `{{#hasX}}…{{/hasX}}`
/// for an optional part, and `{{#lines}}…{{/lines}}` for the table.
///
/// The property names below *are* the template's variable names (the template library looks them
/// up by reflection); nested values are reached with dots: `{{payer.name}}`, `{{issuer.vatNumber}}`.
/// Every value is plain text, which `{{ }}` HTML-escapes; a template that used `{{{ }}}` or `{{& }}`
/// would put the payer's own words into the HTML unescaped, so the built-in templates never do.
///
/// Guarantees: amounts are `Money.formatted` in the snapshot's currency (`£1,234.00`), VAT rates
/// are `NetworkCore.VATRate` text (`20%`), dates are `CalendarDate.ukLongForm` (`1 September 2026`); a
/// missing optional value is `""` with its `has…` flag false, never a stray `nil`.
public struct InvoiceDocumentContext: Sendable, Hashable {
    /// `INVOICE` or `CREDIT NOTE`, as the document's heading.
    public var title: String
    /// Whether the document is an invoice.
    public var isInvoice: Bool
    /// Whether the document is a credit note.
    public var isCreditNote: Bool
    /// The document's number: `CCIN-2026-0001`.
    public var number: String
    /// The date of issue (the tax point): `1 September 2026`.
    public var issuedOn: String
    /// When payment is due: `1 October 2026`; `""` on a credit note.
    public var dueOn: String
    /// Whether `dueOn` is set.
    public var hasDueDate: Bool
    /// The member's purchase-order number; `""` when it gave none.
    public var purchaseOrder: String
    /// Whether `purchaseOrder` is set.
    public var hasPurchaseOrder: Bool
    /// The membership year as people name it: `2026/27`.
    public var yearLabel: String
    /// The ISO 4217 code of every amount: `GBP`.
    public var currency: String
    /// Who sends the document: the network.
    public var issuer: Issuer
    /// Who is billed.
    public var payer: Payer
    /// The lines of the table, in the snapshot's order.
    public var lines: [Line]
    /// The net total: `£2,000.00`.
    public var net: String
    /// The VAT total: `£400.00`.
    public var vat: String
    /// The gross total, what is to be paid (or credited): `£2,400.00`.
    public var gross: String
    /// On a credit note, the number of the invoice it credits; otherwise `""`.
    public var credits: String
    /// Whether `credits` is set.
    public var hasCredits: Bool
    /// On a credit note, why it was issued; otherwise `""`.
    public var reason: String
    /// Whether `reason` is set.
    public var hasReason: Bool

    /// The context for `snapshot`.
    ///
    /// - Throws: `InvoiceDocumentError.snapshotInvalid` naming the field when the currency is not a
    ///   three-capital-letter code, a date is not a real `YYYY-MM-DD`, or a line's VAT rate is
    ///   outside 0–10,000 basis points.
    public init(_ snapshot: InvoiceSnapshot) throws(InvoiceDocumentError) {
        let currency: Currency
        do {
            currency = try Currency(code: snapshot.currency)
        } catch {
            throw .snapshotInvalid(field: "currency", value: snapshot.currency)
        }
        let amount = { (minorUnits: Int64) in Money(minorUnits: minorUnits, currency: currency).formatted }
        title = snapshot.kind == .invoice ? "INVOICE" : "CREDIT NOTE"
        isInvoice = snapshot.kind == .invoice
        isCreditNote = snapshot.kind == .creditNote
        number = snapshot.number
        issuedOn = try Self.written(snapshot.issuedOn, field: "issuedOn")
        if let due = snapshot.dueOn {
            dueOn = try Self.written(due, field: "dueOn")
        } else {
            dueOn = ""
        }
        hasDueDate = !dueOn.isEmpty
        (purchaseOrder, hasPurchaseOrder) = Self.optional(snapshot.purchaseOrder)
        yearLabel = snapshot.yearLabel
        self.currency = currency.code
        issuer = Issuer(snapshot.issuer)
        payer = Payer(snapshot.payer)
        lines = []
        for (index, line) in snapshot.lines.enumerated() {
            lines.append(try Line(line, field: "lines[\(index)]", amount: amount))
        }
        net = amount(snapshot.net)
        vat = amount(snapshot.vat)
        gross = amount(snapshot.gross)
        (credits, hasCredits) = Self.optional(snapshot.credits)
        (reason, hasReason) = Self.optional(snapshot.reason)
    }

    /// `text` as a UK long-form date.
    ///
    /// - Throws: `InvoiceDocumentError.snapshotInvalid(field:value:)` unless it is `YYYY-MM-DD`.
    static func written(_ text: String, field: String) throws(InvoiceDocumentError) -> String {
        guard let date = CalendarDate(parsing: text) else { throw .snapshotInvalid(field: field, value: text) }
        return date.ukLongForm
    }

    /// An optional text as a value and its `has…` flag: white space alone counts as absent.
    static func optional(_ text: String?) -> (String, Bool) {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return ("", false) }
        return (text, true)
    }
}
