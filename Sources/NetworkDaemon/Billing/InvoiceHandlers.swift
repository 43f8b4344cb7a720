import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The invoice area's handlers: `invoice.create`, `invoice.get`, `invoice.list`,
/// `invoice.issue`, `invoice.setPurchaseOrder`, `invoice.cancel`, `invoice.document`.
enum InvoiceHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.mutation(InvoiceCreate.self, create)
        registry.query(InvoiceGet.self, lookup: true) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            return try calendar.wire(try InvoiceStore.require(params.id, on: connection), on: connection)
        }
        registry.query(InvoiceList.self, list)
        registry.mutation(InvoiceIssue.self, issue)
        registry.mutation(InvoiceSetPurchaseOrder.self, setPurchaseOrder)
        registry.mutation(InvoiceCancel.self, cancel)
        registry.query(InvoiceDocument.self, document)
        registry.owner(of: .invoice) { id, connection in try InvoiceStore.memberId(of: id, on: connection) }
    }

    static let statusCounters = ["unpaidInvoices", "invoicesAwaitingPurchaseOrder"]

    /// Creates a draft: the member's subscription for the year (its period is added if it has
    /// none: from the year's start, or from the day it joined within the year) and/or manual lines.
    ///
    /// A subscription is priced by the tier the member had when its period started — a later
    /// tier change re-prices the year itself (`member.changeTier`) — and its line says how:
    /// the band, the months charged.
    ///
    /// - Throws: `not_found` (member, a year not open, a year without fee schedule for a
    ///   subscription); `validation` (nothing to invoice, a free tier's subscription alone, a
    ///   member that is not current, a line's description blank or over 500 characters, a
    ///   negative amount, VAT outside 0–10,000 basis points, more than 200 lines);
    ///   `conflict` when the period already has a live subscription invoice.
    @Sendable
    static func create(_ context: RequestContext, _ params: InvoiceCreate.Params, _ scope: MutationScope) throws -> MutationOutcome<InvoiceWire> {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let (year, yearRecord) = try calendar.openYear(params.startYear, on: connection)
        let member = try MemberStore.require(params.memberId, forUpdate: true, on: connection)
        let subscription = params.subscription ?? false
        let manual = params.lines ?? []
        if !subscription && manual.isEmpty {
            throw NetworkError.invalid("lines", "give lines, or subscription: true to bill the member's subscription for \(year.label)")
        }
        if manual.count > 199 { throw NetworkError.invalid("lines", "must be at most 199 lines") }
        let schedule = try FeeStore.get(year, on: connection)?.schedule
        let currency = schedule?.currency ?? calendar.currency
        var lines: [InvoiceLineRecord] = []
        var period: PeriodRecord?
        var tier = member.tier
        if subscription {
            guard member.status.isCurrent else {
                throw NetworkError.invalid("memberId", "member \(member.id) is \(member.status.rawValue): only current members have subscriptions")
            }
            let start = try FeeQuoting.defaultStart(of: member, in: year, on: connection)
            let joined = member.memberSince.flatMap(CalendarDate.init(parsing:)).map { $0 == start } ?? false
            let ensured = try PeriodStore.ensure(memberId: member.id, year: yearRecord, startsOn: start.description, tier: member.tier,
                                                 source: joined ? "joined" : "renewal", actor: context.caller.actor, on: connection)
            period = ensured.period
            tier = ensured.period.tier
            let priced = try FeeQuoting.price(member, year: year, tier: ensured.period.tier,
                                              startsOn: CalendarDate(parsing: ensured.period.startsOn) ?? start, on: connection)
            if priced.quote.basis == .free {
                if manual.isEmpty { throw NetworkError.invalid("subscription", "member \(member.id)'s tier \(tier) pays no fee: there is nothing to invoice") }
            } else {
                lines.append(InvoiceLineRecord(kind: "subscription", description: subscriptionLine(priced, year: year), net: priced.quote.net.minorUnits,
                                               vatBasisPoints: priced.quote.vatRate.basisPoints, vat: priced.quote.vat.minorUnits,
                                               months: priced.quote.months))
            }
        }
        for (index, line) in manual.enumerated() {
            let field = "lines[\(index)]"
            guard let description = try BillingText.checked(line.description, field: "\(field).description", limit: 500) else {
                throw NetworkError.invalid("\(field).description", "is required: say what is charged")
            }
            guard line.amount >= 0 else {
                throw NetworkError.invalid("\(field).amount", "must not be negative: credit an issued invoice with \(InvoiceCancel.name) or a tier change")
            }
            let rate = try VATRate(basisPoints: line.vatBasisPoints ?? schedule?.vat.basisPoints ?? 0, field: "\(field).vatBasisPoints")
            let vat: Money
            do { vat = try rate.vat(on: Money(minorUnits: line.amount, currency: currency)) } catch {
                throw NetworkError.invalid("\(field).amount", "is too large")
            }
            lines.append(InvoiceLineRecord(kind: "manual", description: description, net: line.amount, vatBasisPoints: rate.basisPoints,
                                           vat: vat.minorUnits))
        }
        let invoice = try InvoiceStore.createDraft(memberId: member.id, startYear: year.startYear, periodId: period?.id,
                                                   kind: subscription ? "subscription" : "manual", tier: tier, currency: currency.code,
                                                   lines: lines, actor: context.caller.actor, on: connection)
        let wire = try calendar.wire(invoice, on: connection)
        return MutationOutcome(result: wire, target: "invoice:\(invoice.id)", before: nil, after: try JSONCoding.value(of: wire))
    }

    /// `Membership subscription 2026/27: full tier, band 3 by population; 9 of 12 months from 2026-11-05`.
    static func subscriptionLine(_ priced: FeeQuoting.Priced, year: MembershipYear) -> String {
        subscriptionLine(priced.quote, subject: priced.subject, year: year)
    }

    /// The subscription line's description for `quote` (what the renewal run writes too).
    static func subscriptionLine(_ quote: FeeQuote, subject: FeeSubject, year: MembershipYear) -> String {
        var text = "Membership subscription \(year.label): \(subject.tier) tier"
        if let band = quote.band { text += ", band \(band.position) by \(band.measure.rawValue)" }
        text += quote.months == 12 ? "; whole year" : "; \(quote.months) of 12 months from \(subject.startsOn)"
        return text
    }

    /// A page of invoices, newest first.
    ///
    /// - Throws: `validation` for a limit outside 1–500 or a malformed number.
    @Sendable
    static func list(_ context: RequestContext, _ params: InvoiceList.Params, _ connection: PostgresConnection) throws -> InvoiceList.Result {
        let calendar = try BillingCalendar.read(on: connection)
        let limit = params.limit ?? 50
        guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be 1 to 500") }
        if let number = params.number {
            guard let id = try InvoiceStore.id(ofNumber: number, on: connection), let invoice = try InvoiceStore.get(id, on: connection),
                params.memberId.map({ $0 == invoice.memberId }) ?? true
            else { return InvoiceList.Result(invoices: [], next: nil) }
            return InvoiceList.Result(invoices: [try calendar.wire(invoice, on: connection)], next: nil)
        }
        let filter = InvoiceFilter(status: params.status, startYear: params.startYear, memberId: params.memberId,
                                   overdueOn: (params.overdue ?? false) ? calendar.today.description : nil, before: params.after,
                                   limit: limit + 1)
        var invoices = try InvoiceStore.list(filter, on: connection)
        let more = invoices.count > limit
        if more { invoices.removeLast() }
        return InvoiceList.Result(invoices: try invoices.map { try calendar.wire($0, on: connection) }, next: more ? invoices.last?.id : nil)
    }

    /// Issues a draft (see ``InvoiceIssuing/issue(_:)``), after checking that its document
    /// renders (``InvoiceDocuments/check(_:)``).
    ///
    /// - Throws: `not_found`; `conflict` for a stale `expectedVersion`; `invalid_transition`
    ///   for an invoice already issued or cancelled; `validation` (an invoice of nothing, one
    ///   still waiting for its PO number); `unavailable` when its document cannot be rendered
    ///   (a broken override template, named in the message): nothing is issued or numbered.
    @Sendable
    static func issue(_ context: RequestContext, _ params: InvoiceChangeParams, _ scope: MutationScope) throws -> MutationOutcome<InvoiceWire> {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let before = try InvoiceStore.require(params.id, forUpdate: true, on: connection)
        try scope.expectVersion(before.version, of: "invoice \(before.id)")
        let beforeWire = try calendar.wire(before, on: connection)
        let issuing = InvoiceIssuing(calendar: calendar, actor: context.caller.actor, connection: connection,
                                     render: context.services.invoiceDocuments.check)
        let after: InvoiceRecord
        switch try issuing.issue(before) {
        case .issued(let invoice), .heldForPurchaseOrder(let invoice): after = invoice
        }
        return try outcome(before: beforeWire, after: after, calendar: calendar, on: connection)
    }

    /// Records the purchase-order number a member's unissued invoice needs; an invoice parked
    /// in `awaiting_po` is then numbered and issued in the same transaction. A member token
    /// may do this for its own member's invoices.
    ///
    /// - Throws: `not_found` (also for another member's invoice); `validation` (a blank PO
    ///   number or one over 64 characters, an invoice already issued or cancelled, a member
    ///   not marked PO required: its invoices need none); `conflict` for a stale `expectedVersion`;
    ///   `unavailable` when the document of an invoice it would issue cannot be rendered (the PO
    ///   number is not kept either).
    @Sendable
    static func setPurchaseOrder(_ context: RequestContext, _ params: InvoiceSetPurchaseOrder.Params, _ scope: MutationScope) throws
        -> MutationOutcome<InvoiceWire>
    {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let before = try InvoiceStore.require(params.id, forUpdate: true, on: connection)
        try scope.expectVersion(before.version, of: "invoice \(before.id)")
        let beforeWire = try calendar.wire(before, on: connection)
        guard let number = try BillingText.checked(params.purchaseOrder, field: "purchaseOrder", limit: 64) else {
            throw NetworkError.invalid("purchaseOrder", "is required: the member's purchase-order number")
        }
        guard !before.status.isNumbered else {
            throw NetworkError.invalid("id", "invoice \(before.number ?? String(before.id)) is \(before.status.rawValue): an issued invoice never changes")
        }
        let member = try MemberStore.require(before.memberId, on: connection)
        guard member.poRequired else {
            throw NetworkError.invalid("purchaseOrder", "invoice \(before.id) needs no purchase-order number: member \(member.id) is not marked PO required")
        }
        try InvoiceStore.setPurchaseOrder(before.id, number, suppliedBy: context.caller.actor, on: connection)
        var after = try InvoiceStore.require(before.id, forUpdate: true, on: connection)
        if after.status == .awaitingPurchaseOrder {
            let issuing = InvoiceIssuing(calendar: calendar, actor: context.caller.actor, connection: connection,
                                         render: context.services.invoiceDocuments.check)
            if case .issued(let issued) = try issuing.issue(after) { after = issued }
        }
        return try outcome(before: beforeWire, after: after, calendar: calendar, on: connection)
    }

    /// Cancels an invoice. One never issued is simply cancelled (nothing was sent); an issued
    /// one gets a credit note, in the year's credit-note series, for all that is left of it,
    /// and what it had received becomes the member's credit.
    ///
    /// - Throws: `not_found`; `validation` (no reason); `invalid_transition` for an invoice
    ///   already cancelled; `conflict` for a stale `expectedVersion`; `unavailable` when the
    ///   credit note's document cannot be rendered (nothing is cancelled).
    @Sendable
    static func cancel(_ context: RequestContext, _ params: InvoiceCancel.Params, _ scope: MutationScope) throws -> MutationOutcome<InvoiceWire> {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let reason = try BillingText.reason(params.reason)
        let before = try InvoiceStore.require(params.id, forUpdate: true, on: connection)
        try scope.expectVersion(before.version, of: "invoice \(before.id)")
        let beforeWire = try calendar.wire(before, on: connection)
        _ = try before.status.applying(.cancel)
        let after: InvoiceRecord
        if before.status.isNumbered {
            let notes = try CreditNoteStore.list(invoiceId: before.id, on: connection)
            let net = before.net - notes.reduce(0) { $0 + $1.net }
            let vat = before.vat - notes.reduce(0) { $0 + $1.vat }
            let rate = before.lines.first?.vatBasisPoints ?? 0
            let lines = notes.isEmpty
                ? before.lines.map {
                    InvoiceLineRecord(kind: $0.kind, description: "Cancels: \($0.description)", net: $0.net, vatBasisPoints: $0.vatBasisPoints, vat: $0.vat)
                }
                : [InvoiceLineRecord(kind: "manual", description: "Cancels the rest of invoice \(before.number ?? "")", net: net,
                                     vatBasisPoints: rate, vat: vat)]
            let issuing = InvoiceIssuing(calendar: calendar, actor: context.caller.actor, connection: connection,
                                         render: context.services.invoiceDocuments.check)
            after = try issuing.creditNote(against: before, lines: lines, reason: reason, cancelling: true).invoice
        } else {
            try InvoiceStore.cancel(before.id, credited: 0, released: 0, actor: context.caller.actor, reason: reason, on: connection)
            after = try InvoiceStore.require(before.id, on: connection)
        }
        return try outcome(before: beforeWire, after: after, calendar: calendar, on: connection)
    }

    /// The answer and audit entry of a change to one invoice.
    static func outcome(before: InvoiceWire, after: InvoiceRecord, calendar: BillingCalendar, on connection: PostgresConnection) throws
        -> MutationOutcome<InvoiceWire>
    {
        let wire = try calendar.wire(after, on: connection)
        return MutationOutcome(result: wire, target: "invoice:\(after.id)", before: try JSONCoding.value(of: before),
                               after: try JSONCoding.value(of: wire))
    }
}
