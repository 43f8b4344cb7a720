import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The year area's handlers: `year.list`, `year.get`, `year.open`, `period.list`.
enum YearHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(YearList.self) { _, _, connection in
            let calendar = try BillingCalendar.read(on: connection)
            return YearList.Result(years: try YearStore.list(on: connection).map { YearWire($0, startMonth: calendar.startMonth) })
        }
        registry.query(YearGet.self, lookup: true) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            return YearWire(try calendar.openYear(params.startYear, on: connection).record, startMonth: calendar.startMonth)
        }
        registry.mutation(YearOpen.self, open)
        registry.query(PeriodList.self) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            return PeriodList.Result(periods: try PeriodStore.list(memberId: params.memberId, startYear: params.startYear, on: connection)
                .map { PeriodWire($0, startMonth: calendar.startMonth) })
        }
    }

    /// Opens a membership year: from the 1st of the network's start month, with an invoice
    /// date (default the 1st of the invoice month within the year) and payment terms (default
    /// the billing settings'). Once a year is open the network's start month is fixed.
    ///
    /// - Throws: `validation` (a year out of range, an invoice date outside the year or not a
    ///   date, terms outside 0–365 days); `conflict` when the year is already open.
    @Sendable
    static func open(_ context: RequestContext, _ params: YearOpen.Params, _ scope: MutationScope) throws -> MutationOutcome<YearWire> {
        let connection = scope.connection
        let calendar = try BillingCalendar.read(on: connection)
        let settings = try BillingSettingsStore.get(on: connection)
        let year = try params.startYear.map { try calendar.year($0) } ?? calendar.currentYear
        var errors: [FieldError] = []
        let terms = params.paymentTermsDays ?? settings.paymentTermsDays
        if !(0...365).contains(terms) { errors.append(FieldError(field: "paymentTermsDays", message: "must be 0 to 365 days")) }
        var invoiceDate = year.start
        if let text = params.invoiceDate {
            if let date = CalendarDate(parsing: text) {
                if year.contains(date) {
                    invoiceDate = date
                } else {
                    errors.append(FieldError(field: "invoiceDate", message: "\(text) is not in \(year.label) (\(year.start) to \(year.end))"))
                }
            } else {
                errors.append(FieldError(field: "invoiceDate", message: "must be a date as YYYY-MM-DD, such as 2026-09-01"))
            }
        } else {
            let offset = (settings.invoiceMonth - year.startMonth + 12) % 12
            invoiceDate = (try? year.start.adding(months: offset)) ?? year.start
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let record = try YearStore.open(year, invoiceDate: invoiceDate.description, paymentTermsDays: terms, actor: context.caller.actor,
                                        on: connection)
        let wire = YearWire(record, startMonth: calendar.startMonth)
        return MutationOutcome(result: wire, target: "year:\(record.startYear)", before: nil, after: try JSONCoding.value(of: wire))
    }
}

/// Starting a member's period when its membership starts: on approval or direct entry.
enum MembershipPeriods {
    /// Adds the member's period in the open year containing `startsOn`, from that day; nothing
    /// when no year containing it is open (the renewal run, or `invoice.create` with
    /// `subscription`, adds it when the year is opened).
    ///
    /// - Returns: the period, when one was added.
    @discardableResult
    static func startIfYearOpen(memberId: Int64, startsOn: String, tier: String, actor: String, on connection: PostgresConnection) throws
        -> PeriodRecord?
    {
        guard let year = try YearStore.containing(startsOn, on: connection) else { return nil }
        return try PeriodStore.ensure(memberId: memberId, year: year, startsOn: startsOn, tier: tier, source: "joined", actor: actor,
                                      on: connection).period
    }
}
