import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// Issuing invoices and credit notes: numbering from the series' locked counter, the snapshot
/// of what is sent, and the amounts an issued invoice has been credited and has received.
///
/// Every function runs inside the caller's mutation transaction, so a failure anywhere —
/// after the number was taken included — rolls the whole issue back and the number is given
/// to the next invoice instead: the series stays gapless.
struct InvoiceIssuing {
    let calendar: BillingCalendar
    let actor: String
    let connection: PostgresConnection
    /// Renders a snapshot to check that the document can be made before the number is kept.
    let render: (@Sendable (InvoiceSnapshot) throws -> Void)?

    /// What issuing did.
    enum Outcome {
        /// Numbered and issued.
        case issued(InvoiceRecord)
        /// Parked: the member needs a purchase-order number first.
        case heldForPurchaseOrder(InvoiceRecord)
    }

    /// Issues a draft or an invoice waiting for its PO number.
    ///
    /// A member marked "PO required" without a PO number on the invoice has its draft parked
    /// in `awaiting_po` instead (not an error: the answer says so); issuing it again while it
    /// still has none is refused. Otherwise the invoice takes the next number of its year's
    /// series, today's date, a due date after the year's payment terms, and a snapshot of
    /// everything its document shows; with `applyCreditAtIssue`, the member's credit is spent on it.
    ///
    /// - Throws: `invalid_transition` for an invoice already issued or cancelled; `validation`
    ///   for an invoice of nothing, or one still waiting for its PO number; whatever rendering
    ///   the document throws (a broken template): the issue is rolled back, number and all.
    func issue(_ invoice: InvoiceRecord) throws -> Outcome {
        _ = try invoice.status.applying(.issue)
        guard invoice.gross > 0 else {
            throw NetworkError.invalid("id", "invoice \(invoice.id) totals \(money(0, invoice.currency)): there is nothing to issue")
        }
        let member = try MemberStore.require(invoice.memberId, on: connection)
        if member.poRequired && invoice.purchaseOrder == nil {
            guard invoice.status == .draft else {
                throw NetworkError.invalid("id", "invoice \(invoice.id) waits for a purchase-order number: supply it with \(InvoiceSetPurchaseOrder.name)")
            }
            try InvoiceStore.setUnissuedStatus(invoice.id, to: try invoice.status.applying(.holdForPurchaseOrder), on: connection)
            try OutboxStore.enqueue(OutboxMessage(template: MailTemplate.purchaseOrderRequested, memberId: member.id, invoiceId: invoice.id,
                                                  factsJSON: "{}", recipients: nil, attachInvoice: false, createdBy: actor), on: connection)
            return .heldForPurchaseOrder(try InvoiceStore.require(invoice.id, on: connection))
        }
        let (year, yearRecord) = try calendar.openYear(invoice.startYear, on: connection)
        let series = InvoiceNumber.invoiceSeries(shortName: calendar.profile.shortName, startYear: year.startYear)
        let number = try InvoiceStore.takeNumber(series: series, on: connection)
        let issuedOn = calendar.today
        let dueOn = (try? issuedOn.adding(days: yearRecord.paymentTermsDays)) ?? issuedOn
        let snapshot = InvoiceSnapshot(
            kind: .invoice, number: InvoiceNumber(series: series, number: number).description, issuedOn: issuedOn.description,
            dueOn: dueOn.description, purchaseOrder: invoice.purchaseOrder, yearLabel: year.label, currency: invoice.currency,
            issuer: try issuer(), payer: try payer(of: member),
            lines: invoice.lines.map {
                InvoiceSnapshot.Line(description: $0.description, net: $0.net, vatBasisPoints: $0.vatBasisPoints, vat: $0.vat, gross: $0.net + $0.vat)
            },
            net: invoice.net, vat: invoice.vat, gross: invoice.gross)
        try render?(snapshot)
        try InvoiceStore.markIssued(invoice.id, series: series, number: number, issuedOn: issuedOn.description, dueOn: dueOn.description,
                                    snapshotJSON: try JSONCoding.encodeString(snapshot), on: connection)
        try OutboxStore.enqueue(OutboxMessage(template: MailTemplate.invoiceIssued, memberId: member.id, invoiceId: invoice.id, factsJSON: "{}",
                                              recipients: nil, attachInvoice: true, createdBy: actor), on: connection)
        var issued = try InvoiceStore.require(invoice.id, forUpdate: true, on: connection)
        if try BillingSettingsStore.get(on: connection).applyCreditAtIssue {
            issued = try applyCredit(to: issued, upTo: nil).invoice
        }
        return .issued(issued)
    }

    /// Issues a credit note against an issued invoice, in the year's credit-note series, and
    /// records it on the invoice: what it credits beyond what is still due comes back out of
    /// the receipts kept on the invoice into the member's credit.
    ///
    /// - Returns: the credit note and the invoice as it is afterwards.
    func creditNote(against invoice: InvoiceRecord, lines: [InvoiceLineRecord], reason: String, cancelling: Bool) throws
        -> (note: CreditNoteRecord, invoice: InvoiceRecord)
    {
        let year = try calendar.year(invoice.startYear)
        let series = InvoiceNumber.creditNoteSeries(shortName: calendar.profile.shortName, startYear: year.startYear)
        let gross = lines.reduce(0) { $0 + $1.net + $1.vat }
        guard gross > 0, gross <= invoice.gross - invoice.credited else {
            throw NetworkError.invalid("amount", "a credit note must credit more than nothing and no more than is left of invoice \(invoice.number ?? String(invoice.id))")
        }
        let number = try InvoiceStore.takeNumber(series: series, on: connection)
        let sent = try invoice.snapshotJSON.map { try JSONCoding.decode(InvoiceSnapshot.self, from: try JSONCoding.readValue(Array($0.utf8))) }
        let member = try MemberStore.require(invoice.memberId, on: connection)
        let snapshot = InvoiceSnapshot(
            kind: .creditNote, number: InvoiceNumber(series: series, number: number).description, issuedOn: calendar.today.description,
            dueOn: nil, purchaseOrder: invoice.purchaseOrder, yearLabel: year.label, currency: invoice.currency,
            issuer: try issuer(), payer: try sent?.payer ?? payer(of: member),
            lines: lines.map {
                InvoiceSnapshot.Line(description: $0.description, net: $0.net, vatBasisPoints: $0.vatBasisPoints, vat: $0.vat, gross: $0.net + $0.vat)
            },
            net: lines.reduce(0) { $0 + $1.net }, vat: lines.reduce(0) { $0 + $1.vat }, gross: gross, credits: invoice.number, reason: reason)
        try render?(snapshot)
        let note = try CreditNoteStore.insert(invoiceId: invoice.id, memberId: invoice.memberId, series: series, number: number,
                                              issuedOn: calendar.today.description, reason: reason, currency: invoice.currency, lines: lines,
                                              snapshotJSON: try JSONCoding.encodeString(snapshot), actor: actor, on: connection)
        let credited = invoice.credited + gross
        let kept = invoice.received - invoice.released
        // Receipts beyond what the invoice is now due go back to the member as credit.
        let excess = cancelling ? kept : max(0, kept - (invoice.gross - credited))
        if excess > 0 {
            try CreditStore.add(memberId: invoice.memberId, currency: invoice.currency, amount: excess, kind: .creditNote,
                                creditNoteId: note.id, actor: actor, on: connection)
        }
        if cancelling {
            try InvoiceStore.cancel(invoice.id, credited: credited, released: invoice.released + excess, actor: actor, reason: reason,
                                    on: connection)
        } else {
            let released = invoice.released + excess
            let status = InvoiceStatus.settled(outstanding: invoice.gross - credited - (invoice.received - released),
                                               kept: invoice.received - released)
            try InvoiceStore.setAmounts(invoice.id, credited: credited, received: invoice.received, released: released,
                                        status: status, on: connection)
        }
        return (note, try InvoiceStore.require(invoice.id, forUpdate: true, on: connection))
    }

    /// Records money kept on an issued invoice (a payment's applied part, or credit spent) and
    /// moves it to `part_paid` or `paid`.
    func receive(_ amount: Int64, on invoice: InvoiceRecord) throws -> InvoiceRecord {
        let received = invoice.received + amount
        let status = InvoiceStatus.settled(outstanding: invoice.gross - invoice.credited - (received - invoice.released),
                                           kept: received - invoice.released)
        if status != invoice.status { _ = try invoice.status.applying(status == .paid ? .settle : .receivePart) }
        try InvoiceStore.setAmounts(invoice.id, credited: invoice.credited, received: received, released: invoice.released,
                                    status: status, on: connection)
        return try InvoiceStore.require(invoice.id, forUpdate: true, on: connection)
    }

    /// Spends the member's credit on an issued invoice: as much as the credit, what is
    /// outstanding and `limit` allow.
    ///
    /// - Returns: the invoice afterwards, what was applied (0 when there was nothing to
    ///   apply) and the credit left.
    func applyCredit(to invoice: InvoiceRecord, upTo limit: Int64?) throws -> (invoice: InvoiceRecord, applied: Int64, balance: Int64) {
        let balance = try CreditStore.balance(memberId: invoice.memberId, currency: invoice.currency, forUpdate: true, on: connection)
        let amount = min(balance, invoice.outstanding, limit ?? .max)
        guard amount > 0, invoice.status.isOpen else { return (invoice, 0, balance) }
        try CreditStore.add(memberId: invoice.memberId, currency: invoice.currency, amount: -amount, kind: .applied, invoiceId: invoice.id,
                            actor: actor, on: connection)
        return (try receive(amount, on: invoice), amount, balance - amount)
    }

    /// The network as invoices name it.
    private func issuer() throws -> InvoiceSnapshot.Issuer {
        let settings = try BillingSettingsStore.get(on: connection)
        return InvoiceSnapshot.Issuer(name: calendar.profile.name, address: Self.lines(settings.address), email: settings.email,
                                      vatNumber: settings.vatNumber, paymentDetails: settings.paymentDetails.isEmpty ? nil : settings.paymentDetails)
    }

    /// The member as its invoices address it today.
    private func payer(of member: MemberRecord) throws -> InvoiceSnapshot.Payer {
        let billing = try MemberBillingStore.get(memberId: member.id, memberName: member.name, on: connection)
        return InvoiceSnapshot.Payer(memberId: member.id, name: billing.invoicedName, attention: billing.payer?.name,
                                     email: billing.payer?.email, address: Self.lines(billing.billingAddress),
                                     contactId: billing.payer?.contactId)
    }

    /// An address's non-empty lines.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private func money(_ units: Int64, _ code: String) -> String {
        Money(minorUnits: units, currency: (try? Currency(code: code)) ?? .gbp).formatted
    }
}
