import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The fees area's handlers: `fees.get`, `fees.set`, `fees.quote`.
enum FeesHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(FeesGet.self) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            let year = try calendar.year(params.startYear)
            guard let record = try FeeStore.get(year, on: connection) else {
                throw NetworkError.notFound(entity: "fee schedule", id: "\(year.label) (set it with \(FeesSet.name))")
            }
            return FeeScheduleWire(record)
        }
        registry.mutation(FeesSet.self, set)
        registry.query(FeesQuote.self) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            let (year, _) = try calendar.openYear(params.startYear, on: connection)
            let member = try MemberStore.require(params.memberId, on: connection)
            let start: CalendarDate
            if let text = params.startsOn {
                start = try calendar.date(text, field: "startsOn")
                guard year.contains(start) else {
                    throw NetworkError.invalid("startsOn", "\(text) is not in \(year.label) (\(year.start) to \(year.end))")
                }
            } else {
                start = try FeeQuoting.defaultStart(of: member, in: year, on: connection)
            }
            return FeeQuoting.wire(try FeeQuoting.price(member, year: year, startsOn: start, on: connection))
        }
    }

    /// Replaces an open year's fee schedule whole.
    ///
    /// Every tier named must exist, once; a tier that pays no fee (supporter) is free whatever
    /// the schedule says, so naming it is refused; each band table must cover every value from
    /// 0 once (lower bound inclusive, upper exclusive, the last open-ended). Issued invoices
    /// keep the fees they were issued with.
    ///
    /// - Throws: `not_found` for a year not open; `validation` naming each problem (an unknown
    ///   or repeated tier, an unknown currency, VAT outside 0–10,000 basis points, bands that
    ///   overlap or leave a gap, naming the bands, negative fees); `conflict` for a stale
    ///   `expectedVersion` (0 before the first schedule).
    @Sendable
    static func set(_ context: RequestContext, _ params: FeesSet.Params, _ scope: MutationScope) throws -> MutationOutcome<FeeScheduleWire> {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let (year, _) = try calendar.openYear(params.startYear, on: connection)
        let before = try FeeStore.get(year, forUpdate: true, on: connection)
        try scope.expectVersion(before?.version ?? 0, of: "the \(year.label) fee schedule")
        var errors = FieldErrorCollector()
        let currency = try errors.collect { try Currency.assigned(params.currency ?? calendar.profile.currency) }
        let vat = try errors.collect { try VATRate(basisPoints: params.vatBasisPoints ?? before?.schedule.vat.basisPoints ?? 0) }
        var tiers: [String: TierFee] = [:]
        for (index, wire) in params.tiers.enumerated() {
            let field = "tiers[\(index)]"
            guard let tier = try TierStore.get(wire.tier, on: connection) else {
                errors.append(FieldError(field: "\(field).tier", message: "unknown tier \(wire.tier)"))
                continue
            }
            if !tier.paysFee {
                errors.append(FieldError(field: "\(field).tier", message: "tier \(tier.code) pays no fee: leave it out of the schedule"))
                continue
            }
            if tiers[tier.code] != nil {
                errors.append(FieldError(field: "\(field).tier", message: "tier \(tier.code) is listed twice"))
                continue
            }
            let population = try errors.collect {
                try wire.populationBands.map { try BandTable(measure: .population, bands: $0.map(band), field: "\(field).populationBands") }
            } ?? nil
            let budget = try errors.collect {
                try wire.budgetBands.map { try BandTable(measure: .budget, bands: $0.map(band), field: "\(field).budgetBands") }
            } ?? nil
            if let fee = try errors.collect({
                try TierFee(tier: tier.code, flatFee: wire.flatFee, basis: wire.basis, populationBands: population, budgetBands: budget, field: field)
            }) {
                tiers[tier.code] = fee
            }
        }
        try errors.throwIfAny()
        guard let currency, let vat else { throw NetworkError.invalid("request", "is incomplete") }
        let schedule = FeeSchedule(year: year, currency: currency, vat: vat, proRata: params.proRata ?? before?.schedule.proRata ?? .monthly,
                                   budgetMeasure: params.budgetMeasure ?? before?.schedule.budgetMeasure ?? .revenue, tiers: tiers)
        let stored = try FeeStore.replace(schedule, actor: context.caller.actor, on: connection)
        let wire = FeeScheduleWire(stored)
        return MutationOutcome(result: wire, target: "fees:\(year.startYear)",
                               before: try before.map { try JSONCoding.value(of: FeeScheduleWire($0)) }, after: try JSONCoding.value(of: wire))
    }

    private static func band(_ wire: FeeBandWire) -> FeeBand { FeeBand(lower: wire.lowerBound, upper: wire.upperBound, fee: wire.fee) }
}
