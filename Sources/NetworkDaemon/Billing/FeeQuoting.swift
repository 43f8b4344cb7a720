import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// Works out a member's fee for a year from the stored schedule and figures: the one path
/// `fees.quote`, `invoice.create` and a tier change's re-pricing all take.
enum FeeQuoting {
    /// The fee, the subject it was worked out for, and the schedule used.
    struct Priced {
        var quote: FeeQuote
        var subject: FeeSubject
        var schedule: FeeSchedule
        var member: MemberRecord
        var kind: String
    }

    /// `member`'s fee for `year`, in `tier` and `kind` (default its own), charged from `startsOn`
    /// by the schedule's pro rata rule (or `proRata`, for a tier change's months).
    ///
    /// Figures are the member's for that year (`member.setFigures`), else those on its member
    /// record; the reason says which.
    ///
    /// - Throws: `not_found` when the year has no fee schedule; `validation` when the schedule
    ///   has no fee for the tier, a council lacks the figure its band needs, or `startsOn` is
    ///   outside the year.
    static func price(_ member: MemberRecord, year: MembershipYear, tier: String? = nil, kind: String? = nil, startsOn: CalendarDate,
                      proRata: ProRataRule? = nil, on connection: PostgresConnection) throws -> Priced {
        guard var schedule = try FeeStore.get(year, on: connection)?.schedule else {
            throw NetworkError.notFound(entity: "fee schedule", id: "\(year.label) (set it with \(FeesSet.name))")
        }
        if let proRata { schedule.proRata = proRata }
        let tierCode = tier ?? member.tier
        let kindCode = kind ?? member.kind
        guard let tierRecord = try TierStore.get(tierCode, on: connection) else { throw NetworkError.invalid("tier", "unknown tier \(tierCode)") }
        let isCouncil = try TierStore.kind(kindCode, on: connection)?.isCouncil ?? false
        let figures = try FiguresStore.get(memberId: member.id, startYear: year.startYear, on: connection)
        let subject = FeeSubject(
            memberId: member.id, tier: tierCode, tierPaysFee: tierRecord.paysFee, isCouncil: isCouncil,
            population: figures?.population ?? member.population, budgetRevenue: figures?.budgetRevenue ?? member.budgetRevenue,
            budgetCapital: figures?.budgetCapital ?? member.budgetCapital,
            figuresSource: figures != nil ? "\(year.label) figures" : "figures from the member record (none recorded for \(year.label))",
            startsOn: startsOn)
        return Priced(quote: try schedule.quote(for: subject), subject: subject, schedule: schedule, member: member, kind: kindCode)
    }

    /// The first day a member is charged for in `year` when nobody says: its period's start,
    /// else the later of the year's start and the day it joined.
    static func defaultStart(of member: MemberRecord, in year: MembershipYear, on connection: PostgresConnection) throws -> CalendarDate {
        if let period = try PeriodStore.get(memberId: member.id, startYear: year.startYear, on: connection),
            let start = CalendarDate(parsing: period.startsOn)
        {
            return start
        }
        if let since = member.memberSince.flatMap(CalendarDate.init(parsing:)), since > year.start, year.contains(since) { return since }
        return year.start
    }

    /// The wire form of a priced fee.
    static func wire(_ priced: Priced) -> FeeQuoteWire {
        let quote = priced.quote, subject = priced.subject
        return FeeQuoteWire(
            memberId: priced.member.id, memberName: priced.member.name, startYear: priced.schedule.year.startYear,
            yearLabel: priced.schedule.year.label, tier: subject.tier, kind: priced.kind, isCouncil: subject.isCouncil,
            basis: quote.basis.rawValue,
            band: quote.band.map {
                FeeQuoteWire.Band(measure: $0.measure, position: $0.position, lowerBound: $0.band.lower, upperBound: $0.band.upper,
                                  value: $0.value)
            },
            population: subject.population, budgetRevenue: subject.budgetRevenue, budgetCapital: subject.budgetCapital,
            figuresSource: subject.figuresSource, startsOn: subject.startsOn.description, proRata: quote.proRata, months: quote.months,
            currency: quote.net.currency.code, annualFee: quote.annualFee.minorUnits, net: quote.net.minorUnits,
            vatBasisPoints: quote.vatRate.basisPoints, vat: quote.vat.minorUnits, gross: quote.gross.minorUnits, reason: quote.reason)
    }
}
