import ServiceLifecycle

/// Pings systemd's watchdog at half the interval systemd asked for (`$WATCHDOG_USEC`), for as
/// long as the daemon's event loops and task executor are alive to run it.
public struct WatchdogService: Service {
    let notifier: SystemdNotifier
    let interval: Duration

    /// `nil` when systemd did not ask for a watchdog (or asked another process).
    public init?(environment: [String: String], notifier: SystemdNotifier, pid: Int32) {
        guard notifier.isEnabled, let text = environment["WATCHDOG_USEC"], let usec = Int64(text), usec > 0 else { return nil }
        if let owner = environment["WATCHDOG_PID"], Int32(owner) != pid { return nil }
        self.notifier = notifier
        self.interval = .microseconds(usec / 2)
    }

    public func run() async throws {
        notifier.watchdog()
        // Ends quietly on graceful shutdown: a service that throws would fail the whole group.
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                notifier.watchdog()
            }
        }
    }
}
