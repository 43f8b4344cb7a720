import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// Re-pricing a membership year when a member changes tier: the unused whole months of the
/// old tier's fee are credited (a credit note against the invoice that billed it) and the new
/// tier's months are invoiced (an `adjustment` invoice, issued at once — or parked for its PO
/// number). The month of the change counts whole, and goes to the new tier, as a joining
/// month does; both sides are monthly whatever the schedule's pro rata rule.
struct TierRepricing {
    let calendar: BillingCalendar
    let actor: String
    let connection: PostgresConnection
    /// Checks that a credit note's or invoice's document renders before it keeps its number
    /// (``InvoiceDocuments/check(_:)``); `nil` checks nothing.
    let render: (@Sendable (InvoiceSnapshot) throws -> Void)?

    /// Re-prices `member`'s year for a move to `tier` (and `kind`) from `effectiveOn`.
    ///
    /// - Returns: `nil` when no open year contains the change; otherwise what was credited and
    ///   invoiced (either may be absent: a free tier is not invoiced, an unbilled one not credited).
    /// - Throws: `conflict` when the old tier's fee for the year is not issued yet (a draft, an
    ///   invoice waiting for its PO number, or no invoice at all): issue or cancel it first, so
    ///   that nothing is billed twice or not at all; what issuing throws (`unavailable` when a
    ///   document cannot be rendered).
    func reprice(_ member: MemberRecord, to tier: String, kind: String, effectiveOn: CalendarDate) throws -> TierRepricingWire? {
        guard let yearRecord = try YearStore.containing(effectiveOn.description, on: connection) else { return nil }
        let year = try calendar.year(yearRecord.startYear)
        let months = try year.monthsLeft(from: effectiveOn)
        guard let period = try PeriodStore.get(memberId: member.id, startYear: year.startYear, on: connection) else {
            return TierRepricingWire(startYear: year.startYear, yearLabel: year.label, months: months, creditNote: nil, invoice: nil,
                                     note: "member \(member.id) has no period in \(year.label): nothing to re-price")
        }
        let oldTier = try TierStore.get(member.tier, on: connection)
        let billed = try InvoiceStore.latestBilling(tier: member.tier, ofPeriod: period.id, on: connection)
        let issuing = InvoiceIssuing(calendar: calendar, actor: actor, connection: connection, render: render)
        var notes: [String] = []
        var creditNote: CreditNoteRecord?
        if let billed, !billed.status.isNumbered {
            throw NetworkError.conflict("member \(member.id)'s \(year.label) invoice \(billed.id) for tier \(member.tier) is \(billed.status.rawValue): issue or cancel it before changing the tier")
        }
        if let billed, let line = billed.lines.first(where: { $0.months != nil }), let charged = line.months {
            let creditMonths = min(months, charged)
            let currency = try Currency(code: billed.currency)
            let net = try Money(minorUnits: line.net, currency: currency)
                .fraction(numerator: Int64(creditMonths), denominator: Int64(charged), rounding: .toNearestOrAwayFromZero)
            let vat = try VATRate(basisPoints: line.vatBasisPoints).vat(on: net)
            if net.minorUnits > 0 {
                let credit = InvoiceLineRecord(
                    kind: "pro_rata_adjustment",
                    description: "Unused months of \(member.tier) tier membership \(year.label): \(creditMonths) of 12 months from \(effectiveOn)",
                    net: net.minorUnits, vatBasisPoints: line.vatBasisPoints, vat: vat.minorUnits, months: creditMonths)
                creditNote = try issuing.creditNote(against: billed, lines: [credit], reason: "tier change from \(member.tier) to \(tier)",
                                                    cancelling: false).note
                notes.append("credited \(creditMonths) months of \(member.tier) (\(Money(minorUnits: net.minorUnits + vat.minorUnits, currency: currency).formatted))")
            }
        } else if billed == nil, oldTier?.paysFee ?? false {
            throw NetworkError.conflict("member \(member.id)'s \(year.label) subscription for tier \(member.tier) is not invoiced yet: invoice and issue it (\(InvoiceCreate.name) with subscription) before changing the tier")
        }
        let priced = try FeeQuoting.price(member, year: year, tier: tier, kind: kind, startsOn: effectiveOn, proRata: .monthly, on: connection)
        var invoice: InvoiceRecord?
        if priced.quote.basis != .free && priced.quote.net.minorUnits > 0 {
            var description = "\(tier) tier membership \(year.label) after a tier change"
            if let band = priced.quote.band { description += ", band \(band.position) by \(band.measure.rawValue)" }
            description += ": \(priced.quote.months) of 12 months from \(effectiveOn)"
            let line = InvoiceLineRecord(kind: "pro_rata_adjustment", description: description, net: priced.quote.net.minorUnits,
                                         vatBasisPoints: priced.quote.vatRate.basisPoints, vat: priced.quote.vat.minorUnits,
                                         months: priced.quote.months)
            let draft = try InvoiceStore.createDraft(memberId: member.id, startYear: year.startYear, periodId: period.id, kind: "adjustment",
                                                     tier: tier, currency: priced.quote.net.currency.code, lines: [line], actor: actor,
                                                     on: connection)
            switch try issuing.issue(draft) {
            case .issued(let issued):
                invoice = issued
                notes.append("invoiced \(priced.quote.months) months of \(tier) as \(issued.number ?? "") (\(priced.quote.gross.formatted))")
            case .heldForPurchaseOrder(let held):
                invoice = held
                notes.append("invoiced \(priced.quote.months) months of \(tier) (\(priced.quote.gross.formatted)), waiting for a PO number")
            }
        } else {
            notes.append("\(tier) tier pays no fee")
        }
        return TierRepricingWire(startYear: year.startYear, yearLabel: year.label, months: months, creditNote: creditNote.map(CreditNoteWire.init),
                                 invoice: try invoice.map { try calendar.wire($0, on: connection) },
                                 note: notes.joined(separator: "; "))
    }
}
