import Logging
import NetworkStore
import Postgres
import ServiceLifecycle

/// Keeps `daemon.status`'s counter rows few: every few seconds, folds them into one a counter
/// once there are more than ``threshold`` (``StatusCountStore/fold(above:)``).
///
/// Writers add a counter row per statement that moves a count, and status sums the rows, so the
/// counts are right whether or not this runs; it only keeps the sum short. A fold takes no row a
/// writer or another daemon's fold holds, so it never waits and nobody waits for it. A failed
/// fold (PostgreSQL down) is tried again on the next round.
struct StatusCountFoldingService: Service {
    /// How long between folds.
    static let interval: Duration = .seconds(5)
    /// How many rows are left alone: a fold of fewer would only churn the table.
    static let threshold = 64

    let pool: PostgresPool
    let logger: Logger

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: Self.interval)
                do {
                    let folded = try await pool.withConnection { try $0.run(StatusCountStore.fold(above: Self.threshold)) }
                    if folded > 0 { logger.debug("status counters folded", metadata: ["rows": "\(folded)"]) }
                } catch {
                    logger.debug("status counters not folded", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
