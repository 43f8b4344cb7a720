import NetworkCore
import Synchronization

/// The daemon's shared mutable state: the live configuration and role mapping (replaced on
/// reload), and counters for `daemon.status`.
public final class DaemonState: Sendable {
    public let version: String
    public let startedAt: ContinuousClock.Instant
    public let startedAtText: String
    private let live: Mutex<Live>

    struct Live {
        var configuration: DaemonConfiguration
        var roleMapper: RoleMapper
        var requestsServed = 0
        var requestsInFlight = 0
        var schemaVersion = 0
    }

    public init(version: String, configuration: DaemonConfiguration, startedAtText: String) {
        self.version = version
        self.startedAt = .now
        self.startedAtText = startedAtText
        self.live = Mutex(Live(configuration: configuration, roleMapper: RoleMapper(configuration: configuration)))
    }

    public var configuration: DaemonConfiguration { live.withLock { $0.configuration } }

    /// `max_batch_calls` and `max_response_bytes`, read for every request line: two integers,
    /// not a copy of the whole configuration.
    var answerLimits: (maxBatchCalls: Int, maxResponseBytes: Int) {
        live.withLock { ($0.configuration.maxBatchCalls, $0.configuration.maxResponseBytes) }
    }
    public var roleMapper: RoleMapper { live.withLock { $0.roleMapper } }

    public var schemaVersion: Int {
        get { live.withLock { $0.schemaVersion } }
        set { live.withLock { $0.schemaVersion = newValue } }
    }

    /// Replaces the configuration; returns the role mapper built from it.
    @discardableResult
    func replaceConfiguration(_ configuration: DaemonConfiguration) -> RoleMapper {
        let mapper = RoleMapper(configuration: configuration)
        live.withLock {
            $0.configuration = configuration
            $0.roleMapper = mapper
        }
        return mapper
    }

    func requestStarted() { live.withLock { $0.requestsInFlight += 1 } }

    func requestFinished() {
        live.withLock {
            $0.requestsInFlight -= 1
            $0.requestsServed += 1
        }
    }

    var requestCounts: (served: Int, inFlight: Int) { live.withLock { ($0.requestsServed, $0.requestsInFlight) } }
}
