import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The billing area's handlers: the network's billing details (`billing.get`, `billing.set`)
/// and each member's invoice addressee (`member.billing`, `member.setBilling`) and per-year
/// figures (`member.figures`, `member.setFigures`).
enum BillingHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(BillingGet.self, lookup: true) { _, _, connection in BillingSettingsWire(try BillingSettingsStore.get(on: connection)) }
        registry.mutation(BillingSet.self, set)
        registry.query(MemberBilling.self) { _, params, connection in
            let member = try MemberStore.require(params.id, on: connection)
            return MemberBillingWire(try MemberBillingStore.get(memberId: member.id, memberName: member.name, on: connection),
                                     poRequired: member.poRequired)
        }
        registry.mutation(MemberSetBilling.self, setBilling)
        registry.query(MemberFigures.self) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            let member = try MemberStore.require(params.id, on: connection)
            return MemberFigures.Result(figures: try FiguresStore.list(memberId: member.id, on: connection)
                .map { MemberFiguresWire($0, startMonth: calendar.startMonth) })
        }
        registry.mutation(MemberSetFigures.self, setFigures)
    }

    /// Changes the billing details; fields left out keep their value, an empty `email` or
    /// `vatNumber` clears it.
    ///
    /// - Throws: `validation` (an address or payment details over 1,000/2,000 characters, an
    ///   invalid e-mail, a VAT number over 40 characters, a month outside 1–12, terms outside
    ///   0–365 days); `conflict` for a stale `expectedVersion`.
    @Sendable
    static func set(_ context: RequestContext, _ params: BillingSet.Params, _ scope: MutationScope) throws
        -> MutationOutcome<BillingSettingsWire>
    {
        let connection = scope.connection
        let before = try BillingSettingsStore.get(forUpdate: true, on: connection)
        try scope.expectVersion(before.version, of: "billing settings")
        var next = before
        var errors = FieldErrorCollector()
        try errors.collect { if let text = params.address { next.address = try BillingText.checked(text, field: "address", limit: 1000, multiline: true) ?? "" } }
        try errors.collect {
            if let text = params.paymentDetails {
                next.paymentDetails = try BillingText.checked(text, field: "paymentDetails", limit: 2000, multiline: true) ?? ""
            }
        }
        try errors.collect { if let text = params.vatNumber { next.vatNumber = try BillingText.checked(text, field: "vatNumber", limit: 40) } }
        if let text = params.email {
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty {
                next.email = nil
            } else if EmailAddress.isValid(trimmed) {
                next.email = trimmed
            } else {
                errors.append(FieldError(field: "email", message: "must be an e-mail address such as accounts@example.org"))
            }
        }
        if let month = params.invoiceMonth {
            if (1...12).contains(month) { next.invoiceMonth = month } else { errors.append(FieldError(field: "invoiceMonth", message: "must be 1 to 12")) }
        }
        if let days = params.paymentTermsDays {
            if (0...365).contains(days) { next.paymentTermsDays = days } else { errors.append(FieldError(field: "paymentTermsDays", message: "must be 0 to 365 days")) }
        }
        if let apply = params.applyCreditAtIssue { next.applyCreditAtIssue = apply }
        try errors.throwIfAny()
        let stored = try BillingSettingsStore.update(next, on: connection)
        return MutationOutcome(result: BillingSettingsWire(stored), target: "billing",
                               before: try JSONCoding.value(of: BillingSettingsWire(before)),
                               after: try JSONCoding.value(of: BillingSettingsWire(stored)))
    }

    /// Sets who a member's invoices go to. The payer must be one of the member's own contacts
    /// (a political group's invoices go to the group, never to its council); 0 returns to the
    /// primary finance contact. Invoices already issued keep the addressee they were issued to.
    ///
    /// - Throws: `not_found` for an unknown member; `validation` (a name over 200 characters,
    ///   an address over 1,000, a payer that is not the member's contact); `conflict` for a
    ///   stale `expectedVersion` (the billing details' version, 0 before the first change).
    @Sendable
    static func setBilling(_ context: RequestContext, _ params: MemberSetBilling.Params, _ scope: MutationScope) throws
        -> MutationOutcome<MemberBillingWire>
    {
        let connection = scope.connection
        let member = try MemberStore.require(params.id, forUpdate: true, on: connection)
        let before = try MemberBillingStore.get(memberId: member.id, memberName: member.name, forUpdate: true, on: connection)
        try scope.expectVersion(before.version, of: "member \(member.id)'s billing details")
        var name = before.billingName
        var address = before.billingAddress
        var payer = before.payerContactId
        if let text = params.billingName { name = try BillingText.checked(text, field: "billingName", limit: 200) }
        if let text = params.billingAddress { address = try BillingText.checked(text, field: "billingAddress", limit: 1000, multiline: true) ?? "" }
        if let contact = params.payerContactId {
            if contact == 0 {
                payer = nil
            } else {
                guard try ContactStore.get(id: contact, on: connection)?.memberID == member.id else {
                    throw NetworkError.invalid("payerContactId", "contact \(contact) is not one of member \(member.id)'s contacts")
                }
                payer = contact
            }
        }
        try MemberBillingStore.set(memberId: member.id, billingName: name, billingAddress: address, payerContactId: payer, on: connection)
        let stored = try MemberBillingStore.get(memberId: member.id, memberName: member.name, on: connection)
        let wire = MemberBillingWire(stored, poRequired: member.poRequired)
        return MutationOutcome(result: wire, target: "member:\(member.id)",
                               before: try JSONCoding.value(of: MemberBillingWire(before, poRequired: member.poRequired)),
                               after: try JSONCoding.value(of: wire))
    }

    /// Records a member's figures for an open year, replacing that year's. A council needs a
    /// population and a revenue budget; the figures set its band from the next quote or invoice
    /// on (issued invoices keep theirs).
    ///
    /// - Throws: `not_found` (member, or a year not open); `validation` (population outside
    ///   1–100,000,000, a negative budget, a council without population or revenue budget);
    ///   `conflict` for a stale `expectedVersion` (the year's figures' version, 0 before any).
    @Sendable
    static func setFigures(_ context: RequestContext, _ params: MemberSetFigures.Params, _ scope: MutationScope) throws
        -> MutationOutcome<MemberFiguresWire>
    {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let member = try MemberStore.require(params.id, forUpdate: true, on: connection)
        _ = try calendar.openYear(params.startYear, on: connection)
        let before = try FiguresStore.get(memberId: member.id, startYear: params.startYear, forUpdate: true, on: connection)
        try scope.expectVersion(before?.version ?? 0, of: "member \(member.id)'s \(params.startYear) figures")
        var details = member.details
        details.population = params.population
        details.budgetRevenue = params.budgetRevenue
        details.budgetCapital = params.budgetCapital
        let isCouncil = try TierStore.kind(member.kind, on: connection)?.isCouncil ?? false
        let errors = details.validationErrors(isCouncil: isCouncil).filter { ["population", "budgetRevenue", "budgetCapital"].contains($0.field) }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let stored = try FiguresStore.set(memberId: member.id, startYear: params.startYear, population: params.population,
                                          budgetRevenue: params.budgetRevenue, budgetCapital: params.budgetCapital,
                                          actor: context.caller.actor, on: connection)
        let wire = MemberFiguresWire(stored, startMonth: calendar.startMonth)
        return MutationOutcome(result: wire, target: "member:\(member.id)",
                               before: try before.map { try JSONCoding.value(of: MemberFiguresWire($0, startMonth: calendar.startMonth)) },
                               after: try JSONCoding.value(of: wire))
    }
}
