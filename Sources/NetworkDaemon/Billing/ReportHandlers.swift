import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The report area's handlers: `report.income`, `report.agedDebt`, `report.arrears`. Each is
/// one set-based query in one read-only snapshot, so its figures agree with each other.
enum ReportHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(ReportIncome.self, snapshot: true) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            if let year = params.startYear { _ = try calendar.year(year) }
            return ReportIncome.Result(rows: try ReportStore.income(startYear: params.startYear, on: connection).map { row in
                ReportIncome.Row(startYear: row.startYear, yearLabel: (try? calendar.year(row.startYear).label) ?? String(row.startYear),
                                 tier: row.tier, currency: row.currency, invoices: row.invoices, invoiced: row.invoiced,
                                 credited: row.credited, net: row.invoiced - row.credited, received: row.received,
                                 outstanding: row.outstanding)
            })
        }
        registry.query(ReportAgedDebt.self, snapshot: true) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            let asOf = try calendar.date(params.asOf, field: "asOf")
            let rows = try ReportStore.agedDebt(asOf: asOf.description, on: connection).map(agedRow)
            var totals: [String: ReportAgedDebt.Row] = [:]
            for row in rows {
                var total = totals[row.currency] ?? ReportAgedDebt.Row(memberId: 0, memberName: "Total", currency: row.currency, notDue: 0,
                                                                        days0To30: 0, days31To60: 0, days61To90: 0, over90: 0, total: 0)
                total.notDue += row.notDue
                total.days0To30 += row.days0To30
                total.days31To60 += row.days31To60
                total.days61To90 += row.days61To90
                total.over90 += row.over90
                total.total += row.total
                totals[row.currency] = total
            }
            return ReportAgedDebt.Result(asOf: asOf.description, rows: rows, totals: totals.values.sorted { $0.currency < $1.currency })
        }
        registry.query(ReportArrears.self, snapshot: true) { _, params, connection in
            let calendar = try BillingCalendar.read(on: connection)
            let asOf = try calendar.date(params.asOf, field: "asOf")
            let rows = try ReportStore.agedDebt(asOf: asOf.description, on: connection).compactMap { row -> ReportArrears.Row? in
                guard row.overdue > 0, let oldest = row.oldestOverdueDueOn, let due = CalendarDate(parsing: oldest) else { return nil }
                return ReportArrears.Row(memberId: row.memberId, memberName: row.memberName, tier: row.tier, status: row.status,
                                         currency: row.currency, invoices: row.overdueInvoices, overdue: row.overdue, oldestDueOn: oldest,
                                         daysOverdue: due.days(until: asOf))
            }
            return ReportArrears.Result(asOf: asOf.description, rows: rows.sorted { ($0.daysOverdue, $0.overdue) > ($1.daysOverdue, $1.overdue) })
        }
    }

    private static func agedRow(_ row: ReportStore.AgedRow) -> ReportAgedDebt.Row {
        ReportAgedDebt.Row(memberId: row.memberId, memberName: row.memberName, currency: row.currency, notDue: row.notDue,
                           days0To30: row.days0To30, days31To60: row.days31To60, days61To90: row.days61To90, over90: row.over90,
                           total: row.total)
    }
}
