import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The renewal area's handlers: `renewal.preview`, `renewal.run`.
enum RenewalHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(RenewalPreview.self, snapshot: true) { context, params, connection in
            let limit = params.limit ?? 20
            guard (0...1000).contains(limit) else { throw NetworkError.invalid("limit", "must be 0 to 1000") }
            let calendar = try BillingCalendar.read(on: connection)
            let year = try params.startYear ?? calendar.currentYear.startYear
            let services = context.services
            let work = RenewalWork(pool: services.pool, documents: services.invoiceDocuments, settings: services.state.configuration.scheduling,
                                   by: JobHandlers.actor(context), startYear: year)
            return try work.preview(limit: limit, on: connection)
        }
        registry.command(RenewalRunNow.self) { context, params in
            JobRunWire(try await context.services.scheduler.runByHand(.renewal, startYear: params.startYear, dryRun: false,
                                                                      by: JobHandlers.actor(context)))
        }
    }
}
