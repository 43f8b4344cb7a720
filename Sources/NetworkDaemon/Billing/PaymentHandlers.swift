import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The payment area's handlers: `payment.record`, `payment.list`, `payment.void`,
/// `credit.get`, `credit.apply`.
enum PaymentHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.mutation(PaymentRecord.self, record)
        registry.query(PaymentList.self) { _, params, connection in
            let limit = params.limit ?? 50
            guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be 1 to 500") }
            var payments = try PaymentStore.list(invoiceId: params.invoiceId, memberId: params.memberId, before: params.after,
                                                 limit: limit + 1, on: connection)
            let more = payments.count > limit
            if more { payments.removeLast() }
            return PaymentList.Result(payments: payments.map(PaymentWire.init), next: more ? payments.last?.id : nil)
        }
        registry.mutation(PaymentVoid.self, void)
        registry.query(CreditGet.self) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            let member = try MemberStore.require(params.memberId, on: connection)
            let currency = try Currency.assigned(params.currency ?? calendar.profile.currency)
            return CreditWire(memberId: member.id, currency: currency.code,
                              balance: try CreditStore.balance(memberId: member.id, currency: currency.code, on: connection))
        }
        registry.mutation(CreditApply.self, applyCredit)
    }

    /// Records a payment against an issued invoice. What the invoice is still due is kept on
    /// it — reaching the total marks it paid in the same transaction — and anything beyond
    /// becomes the member's credit.
    ///
    /// - Throws: `not_found`; `validation` (an amount that is not above zero, a date that is
    ///   not a date or is in the future, a reference over 200 characters, an invoice not yet
    ///   issued, cancelled or already paid).
    @Sendable
    static func record(_ context: RequestContext, _ params: PaymentRecord.Params, _ scope: MutationScope) throws
        -> MutationOutcome<PaymentOutcomeWire>
    {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let invoice = try InvoiceStore.require(params.invoiceId, forUpdate: true, on: connection)
        var errors: [FieldError] = []
        if params.amount <= 0 { errors.append(FieldError(field: "amount", message: "must be above zero, in minor units (pence): 12345 is £123.45")) }
        let paidOn = try calendar.date(params.paidOn, field: "paidOn")
        if paidOn > calendar.today { errors.append(FieldError(field: "paidOn", message: "\(paidOn) is in the future")) }
        let reference = try params.reference.flatMap { try BillingText.checked($0, field: "reference", limit: 200) }
        let name = invoice.number ?? "invoice \(invoice.id)"
        switch invoice.status {
        case .draft, .awaitingPurchaseOrder:
            errors.append(FieldError(field: "invoiceId", message: "invoice \(invoice.id) is \(invoice.status.rawValue): issue it before recording payments"))
        case .cancelled:
            errors.append(FieldError(field: "invoiceId", message: "\(name) is cancelled: record the payment against the invoice that replaced it"))
        case .paid:
            errors.append(FieldError(field: "invoiceId", message: "\(name) is paid: nothing is outstanding"))
        case .issued, .partPaid:
            break
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let applied = min(params.amount, invoice.outstanding)
        let payment = try PaymentStore.record(invoiceId: invoice.id, memberId: invoice.memberId, currency: invoice.currency,
                                              amount: params.amount, applied: applied, paidOn: paidOn.description, method: params.method,
                                              reference: reference, actor: context.caller.actor, on: connection)
        let issuing = InvoiceIssuing(calendar: calendar, actor: context.caller.actor, connection: connection, render: nil)
        let after = try issuing.receive(applied, on: invoice)
        let extra = params.amount - applied
        if extra > 0 {
            try CreditStore.add(memberId: invoice.memberId, currency: invoice.currency, amount: extra, kind: .overpayment,
                                paymentId: payment.id, actor: context.caller.actor, on: connection)
        }
        let reinstated = try Reinstatement.ifArrearsCleared(
            memberId: invoice.memberId, actor: context.caller.actor, reason: "arrears cleared by payment \(payment.id) on \(name)", on: connection)
        let wire = PaymentOutcomeWire(payment: PaymentWire(payment), invoice: try calendar.wire(after, on: connection), creditChange: extra,
                                      creditBalance: try CreditStore.balance(memberId: invoice.memberId, currency: invoice.currency, on: connection),
                                      memberReinstated: reinstated)
        return MutationOutcome(result: wire, target: "invoice:\(invoice.id)", before: nil, after: try JSONCoding.value(of: wire.payment))
    }

    /// Voids a payment recorded in error: the invoice owes what it had kept of it again, and
    /// the credit the payment created (or that a cancellation moved it into) is taken back.
    ///
    /// - Throws: `not_found`; `validation` (no reason; a payment already voided; credit from it
    ///   already spent on another invoice — void or cancel that first).
    @Sendable
    static func void(_ context: RequestContext, _ params: PaymentVoid.Params, _ scope: MutationScope) throws
        -> MutationOutcome<PaymentOutcomeWire>
    {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let reason = try BillingText.reason(params.reason)
        guard let payment = try PaymentStore.get(params.id, on: connection) else { throw NetworkError.notFound(entity: "payment", id: String(params.id)) }
        let invoice = try InvoiceStore.require(payment.invoiceId, forUpdate: true, on: connection)
        guard let locked = try PaymentStore.get(payment.id, forUpdate: true, on: connection), locked.voidedAt == nil else {
            throw NetworkError.invalid("id", "payment \(payment.id) is already voided")
        }
        let kept = invoice.received - invoice.released
        let fromInvoice = min(locked.applied, kept)
        let fromCredit = locked.amount - fromInvoice
        if fromCredit > 0 {
            try CreditStore.add(memberId: invoice.memberId, currency: invoice.currency, amount: -fromCredit, kind: .paymentVoided,
                                paymentId: locked.id, actor: context.caller.actor, on: connection)
        }
        let received = invoice.received - locked.applied
        let released = invoice.released - (locked.applied - fromInvoice)
        var status = invoice.status
        if invoice.status != .cancelled {
            status = InvoiceStatus.settled(outstanding: invoice.gross - invoice.credited - (received - released), kept: received - released)
            if status != invoice.status { _ = try invoice.status.applying(status == .issued ? .reopen : .receivePart) }
        }
        try InvoiceStore.setAmounts(invoice.id, credited: invoice.credited, received: received, released: released, status: status, on: connection)
        try PaymentStore.void(locked.id, actor: context.caller.actor, reason: reason, on: connection)
        guard let voided = try PaymentStore.get(locked.id, on: connection) else { throw NetworkError.notFound(entity: "payment", id: String(locked.id)) }
        let after = try InvoiceStore.require(invoice.id, on: connection)
        let wire = PaymentOutcomeWire(payment: PaymentWire(voided), invoice: try calendar.wire(after, on: connection), creditChange: -fromCredit,
                                      creditBalance: try CreditStore.balance(memberId: invoice.memberId, currency: invoice.currency, on: connection))
        return MutationOutcome(result: wire, target: "invoice:\(invoice.id)", before: try JSONCoding.value(of: PaymentWire(locked)),
                               after: try JSONCoding.value(of: wire.payment))
    }

    /// Spends a member's credit on one of its issued invoices.
    ///
    /// - Throws: `not_found`; `validation` (an amount not above zero, an invoice not open —
    ///   unissued, paid or cancelled —, a member with no credit).
    @Sendable
    static func applyCredit(_ context: RequestContext, _ params: CreditApply.Params, _ scope: MutationScope) throws
        -> MutationOutcome<CreditApply.Result>
    {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        if let amount = params.amount, amount <= 0 { throw NetworkError.invalid("amount", "must be above zero, in minor units") }
        let invoice = try InvoiceStore.require(params.invoiceId, forUpdate: true, on: connection)
        guard invoice.status.isOpen else {
            throw NetworkError.invalid("invoiceId", "invoice \(invoice.number ?? String(invoice.id)) is \(invoice.status.rawValue): credit applies to issued, unpaid invoices")
        }
        let issuing = InvoiceIssuing(calendar: calendar, actor: context.caller.actor, connection: connection, render: nil)
        let (after, applied, balance) = try issuing.applyCredit(to: invoice, upTo: params.amount)
        guard applied > 0 else { throw NetworkError.invalid("invoiceId", "member \(invoice.memberId) has no credit to apply") }
        if let amount = params.amount, applied < amount {
            throw NetworkError.invalid("amount", "only \(applied) of \(amount) can be applied: the member's credit or the invoice's outstanding amount is smaller")
        }
        let reinstated = try Reinstatement.ifArrearsCleared(
            memberId: invoice.memberId, actor: context.caller.actor,
            reason: "arrears cleared by member credit applied to \(invoice.number ?? "invoice \(invoice.id)")", on: connection)
        let result = CreditApply.Result(invoice: try calendar.wire(after, on: connection), applied: applied, creditBalance: balance,
                                        memberReinstated: reinstated)
        return MutationOutcome(result: result, target: "invoice:\(invoice.id)", before: ["creditBalance": .integer(balance + applied)],
                               after: ["creditBalance": .integer(balance), "applied": .integer(applied)])
    }
}
