import AdminProtocol
import NetworkCore
import NetworkStore

/// Wire forms of the billing records, built field by field (the wire structs are the contract).
extension YearWire {
    init(_ record: BillingYearRecord, startMonth: Int) {
        let label = (try? MembershipYear(startYear: record.startYear, startMonth: startMonth).label) ?? String(record.startYear)
        self.init(startYear: record.startYear, label: label, startsOn: record.startsOn, endsOn: record.endsOn,
                  invoiceDate: record.invoiceDate, paymentTermsDays: record.paymentTermsDays, openedBy: record.openedBy,
                  openedAt: record.openedAt)
    }
}

extension PeriodWire {
    init(_ record: PeriodRecord, startMonth: Int) {
        let year = try? MembershipYear(startYear: record.startYear, startMonth: startMonth)
        let months = CalendarDate(parsing: record.startsOn).flatMap { try? year?.monthsLeft(from: $0) } ?? 0
        self.init(id: record.id, memberId: record.memberId, startYear: record.startYear, yearLabel: year?.label ?? String(record.startYear),
                  startsOn: record.startsOn, endsOn: record.endsOn, months: months, tier: record.tier, source: record.source,
                  createdBy: record.createdBy, createdAt: record.createdAt)
    }
}

extension BillingSettingsWire {
    init(_ record: BillingSettingsRecord) {
        self.init(address: record.address, email: record.email, vatNumber: record.vatNumber, paymentDetails: record.paymentDetails,
                  invoiceMonth: record.invoiceMonth, paymentTermsDays: record.paymentTermsDays,
                  applyCreditAtIssue: record.applyCreditAtIssue, version: record.version)
    }
}

extension MemberFiguresWire {
    init(_ record: MemberFiguresRecord, startMonth: Int) {
        let label = (try? MembershipYear(startYear: record.startYear, startMonth: startMonth).label) ?? String(record.startYear)
        self.init(memberId: record.memberId, startYear: record.startYear, yearLabel: label, population: record.population,
                  budgetRevenue: record.budgetRevenue, budgetCapital: record.budgetCapital, recordedBy: record.recordedBy,
                  recordedAt: record.recordedAt, version: record.version)
    }
}

extension MemberBillingWire {
    init(_ record: MemberBillingRecord, poRequired: Bool) {
        self.init(memberId: record.memberId, invoicedName: record.invoicedName, billingName: record.billingName,
                  billingAddress: record.billingAddress, payerContactId: record.payerContactId,
                  payer: record.payer.map { Payer(contactId: $0.contactId, name: $0.name, email: $0.email, chosen: $0.chosen) },
                  poRequired: poRequired, version: record.version)
    }
}

extension FeeScheduleWire {
    init(_ record: FeeScheduleRecord) {
        let schedule = record.schedule
        func bands(_ table: BandTable?) -> [FeeBandWire]? {
            table.map { $0.bands.map { FeeBandWire(lowerBound: $0.lower, upperBound: $0.upper, fee: $0.fee) } }
        }
        let tiers = record.tierOrder.compactMap { schedule.tiers[$0] }.map {
            TierFeeWire(tier: $0.tier, flatFee: $0.flatFee, basis: $0.basis, populationBands: bands($0.populationBands),
                        budgetBands: bands($0.budgetBands))
        }
        self.init(startYear: schedule.year.startYear, yearLabel: schedule.year.label, currency: schedule.currency.code,
                  vatBasisPoints: schedule.vat.basisPoints, proRata: schedule.proRata, budgetMeasure: schedule.budgetMeasure,
                  tiers: tiers, version: record.version, updatedBy: record.updatedBy, updatedAt: record.updatedAt)
    }
}

extension CreditNoteWire {
    init(_ record: CreditNoteRecord) {
        self.init(id: record.id, number: record.number, invoiceId: record.invoiceId, issuedOn: record.issuedOn, reason: record.reason,
                  currency: record.currency, net: record.net, vat: record.vat, gross: record.gross)
    }
}

extension InvoiceWire {
    /// - Parameters:
    ///   - today: YYYY-MM-DD in the network's time zone, for `overdue`.
    init(_ record: InvoiceRecord, creditNotes: [CreditNoteRecord], startMonth: Int, today: String) {
        let label = (try? MembershipYear(startYear: record.startYear, startMonth: startMonth).label) ?? String(record.startYear)
        let lines = record.lines.map {
            InvoiceLineWire(kind: $0.kind, description: $0.description, net: $0.net, vatBasisPoints: $0.vatBasisPoints, vat: $0.vat,
                            gross: $0.net + $0.vat)
        }
        // Both are YYYY-MM-DD, so text order is date order.
        let overdue = record.status.isOpen && (record.dueOn.map { $0 < today } ?? false)
        self.init(id: record.id, number: record.number, memberId: record.memberId, memberName: record.memberName,
                  startYear: record.startYear, yearLabel: label, kind: record.kind, tier: record.tier, status: record.status,
                  currency: record.currency, lines: lines, net: record.net, vat: record.vat, gross: record.gross,
                  credited: record.credited, received: record.received - record.released,
                  outstanding: record.status == .cancelled ? 0 : record.outstanding, issuedOn: record.issuedOn, dueOn: record.dueOn,
                  overdue: overdue, purchaseOrder: record.purchaseOrder, creditNotes: creditNotes.map(CreditNoteWire.init),
                  cancelledAt: record.cancelledAt, cancelReason: record.cancelReason, createdBy: record.createdBy,
                  createdAt: record.createdAt, version: record.version)
    }
}

extension PaymentWire {
    init(_ record: RecordedPayment) {
        self.init(id: record.id, invoiceId: record.invoiceId, invoiceNumber: record.invoiceNumber, memberId: record.memberId,
                  currency: record.currency, amount: record.amount, applied: record.applied, paidOn: record.paidOn, method: record.method,
                  reference: record.reference, recordedBy: record.recordedBy, recordedAt: record.recordedAt, voidedAt: record.voidedAt,
                  voidedBy: record.voidedBy, voidReason: record.voidReason)
    }
}
