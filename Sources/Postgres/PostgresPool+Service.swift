import ServiceLifecycle

extension PostgresPool: Service {
    /// Keeps the pool open until graceful shutdown or cancellation, then calls ``close()``.
    ///
    /// Put the pool before its users in a `ServiceGroup`: services shut down in reverse order,
    /// so the pool closes after the servers that use it have stopped.
    public func run() async throws {
        try? await gracefulShutdown()
        await close()
    }
}
