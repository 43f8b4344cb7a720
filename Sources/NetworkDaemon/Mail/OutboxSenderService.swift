import ServiceLifecycle

/// The e-mail sender in the daemon's `ServiceGroup`: a pass every few seconds (the
/// scheduler's interval, at most 5 s) while `scheduler = on`.
struct OutboxSenderService: Service {
    let sender: OutboxSender

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let settings = sender.settings
                if settings.enabled { await sender.pass() }
                try await Task.sleep(for: .seconds(min(settings.intervalSeconds, 5)))
            }
        }
    }
}
