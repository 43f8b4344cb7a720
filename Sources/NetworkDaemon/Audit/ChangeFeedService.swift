import Postgres
import ServiceLifecycle

/// The change feed in the daemon's `ServiceGroup`: forwards every notification of the
/// daemon's one ``PostgresListener`` (on the audit trail's channel) to ``ChangeFeed/kick()``
/// and runs the feed, until graceful shutdown reaches it.
///
/// It comes before the admin server in the group, so on shutdown the server has already ended
/// every watch (with its end notification) when the feed stops.
struct ChangeFeedService: Service {
    let feed: ChangeFeed
    let listener: PostgresListener

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    for await _ in listener.notifications { feed.kick() }
                }
                group.addTask { await feed.run() }
            }
        }
    }
}
