import AdminProtocol
import NetworkCore
import NetworkStore

/// Prices renewal candidates with a year's fee schedule, as `fees.quote` and `invoice.create`
/// would: the same subject, figures, start and line description. Pure: no I/O.
struct RenewalPricing {
    let year: MembershipYear
    let record: BillingYearRecord
    let schedule: FeeSchedule

    /// One candidate, priced.
    struct Priced {
        var item: RenewalItem
        var quote: FeeQuote
        var candidate: RenewalCandidate
    }

    /// `candidate`'s period and invoice, or why it cannot be priced (a council without the
    /// figure its band needs, a tier without a fee in the schedule…).
    func price(_ candidate: RenewalCandidate) -> Result<Priced, NetworkError> {
        let since = candidate.memberSince.flatMap(CalendarDate.init(parsing:))
        let start: CalendarDate
        if let text = candidate.periodStartsOn, let date = CalendarDate(parsing: text) {
            start = date
        } else if let since, since > year.start, year.contains(since) {
            start = since
        } else {
            start = year.start
        }
        let subject = FeeSubject(
            memberId: candidate.memberId, tier: candidate.tier, tierPaysFee: candidate.tierPaysFee, isCouncil: candidate.isCouncil,
            population: candidate.population, budgetRevenue: candidate.budgetRevenue, budgetCapital: candidate.budgetCapital,
            figuresSource: candidate.hasYearFigures ? "\(year.label) figures" : "figures from the member record (none recorded for \(year.label))",
            startsOn: start)
        let quote: FeeQuote
        do {
            quote = try schedule.quote(for: subject)
        } catch {
            return .failure(error)
        }
        let line = quote.basis == .free ? nil : RenewalItem.Line(
            description: InvoiceHandlers.subscriptionLine(quote, subject: subject, year: year), net: quote.net.minorUnits,
            vatBasisPoints: quote.vatRate.basisPoints, vat: quote.vat.minorUnits, months: quote.months)
        let item = RenewalItem(memberId: candidate.memberId, tier: candidate.tier, startsOn: start.description,
                               source: since == start ? "joined" : "renewal", line: line)
        return .success(Priced(item: item, quote: quote, candidate: candidate))
    }

    /// The note a run keeps for a member it could not price.
    static func note(_ candidate: RenewalCandidate, _ error: NetworkError) -> String {
        "member \(candidate.memberId) (\(candidate.name)): \(error.summary)"
    }
}
