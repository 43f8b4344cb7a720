import Logging
import ServiceLifecycle

/// The scheduler in the daemon's `ServiceGroup`: a pass every `scheduler_interval` seconds
/// while `scheduler = on` (read afresh each time, so a reload turns it on or off).
///
/// Ends on graceful shutdown after the batch in hand: a run left unfinished is released for
/// the next daemon (see ``Scheduler``).
struct SchedulerService: Service {
    let scheduler: Scheduler

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let settings = scheduler.settings
                if settings.enabled { await scheduler.pass() }
                try await Task.sleep(for: .seconds(settings.intervalSeconds))
            }
        }
    }
}
