import AdminProtocol
import Benchmark
import Logging
import NetworkCore
import NetworkDaemon
import Postgres

/// The daemon's whole request path — `Daemon.requestPath`, the wiring `networkd` serves with —
/// for lines whose answer needs no database: from the raw line to the answer line, through
/// parsing, the registry lookup, the policy, the params checks and, for `rpc.discover`, the
/// handler and the result's encoding.
///
/// The pool is built on a conninfo that names no server; none of these lines asks it for a
/// connection (a benchmark that did would fail with -32603 in its output, not hang). The logger
/// is the daemon's own handler at `warning`, the level `Benchmarks/run` serves at, so the
/// per-request metadata is built as in production but no line is written.
enum Dispatcher {
    /// The dispatcher and the pool it holds (kept alive for the whole run).
    struct Path: Sendable {
        let dispatcher: RequestDispatcher
        let pool: PostgresPool
    }

    /// Built once for the whole process: the registry is built as at start-up.
    static let path: Path = {
        let logger = Logger(label: "micro") { label in
            JournaldLogHandler(label: label, control: LogLevelControl(.warning), output: .standardError)
        }
        let pool = PostgresPool(configuration: PostgresConfiguration(conninfo: "host=/nonexistent dbname=none", poolSize: 1),
                                logger: logger)
        var configuration = DaemonConfiguration()
        configuration.logLevel = .warning
        let (_, dispatcher) = Daemon.requestPath(
            pool: pool, configuration: configuration,
            loader: ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: [:]),
            notifier: SystemdNotifier(environment: [:]), logLevel: LogLevelControl(.warning), logger: logger,
            startedAtText: "2026-01-01T00:00:00Z", schemaVersion: 1, schemaExpected: 1)
        return Path(dispatcher: dispatcher, pool: pool)
    }()

    /// Registers the dispatcher benchmarks.
    static func register() {
        let staff = ConnectionSession(caller: Fixtures.staff)
        let roleless = ConnectionSession(caller: Fixtures.roleless)
        line("dispatch: unknown method → -32601", Fixtures.unknownMethodLine, staff)
        line("dispatch: member.get, no role → forbidden", Fixtures.memberGetLine, roleless)
        line("dispatch: member.get, unknown parameter → -32602", Fixtures.unknownParameterLine, staff)
        line("dispatch: member.get, id not an integer → -32602", Fixtures.invalidParamsLine, staff)
        line("dispatch: rpc.discover → whole document", Fixtures.discoverLine, staff, scaling: .one)
    }

    /// One benchmark answering `input` as `session`'s caller, the answer streamed to a writer
    /// that only counts bytes, as the server's would hand them to the channel.
    ///
    /// Each iteration checks that an answer was written, so a benchmark whose line stopped
    /// being answered fails instead of measuring nothing.
    private static func line(_ name: String, _ input: [UInt8], _ session: ConnectionSession,
                             scaling: BenchmarkScalingFactor = .kilo) {
        let dispatcher = path.dispatcher
        Benchmark(name, configuration: .init(scalingFactor: scaling)) { benchmark in
            for _ in benchmark.scaledIterations {
                var written = 0
                await dispatcher.respond(to: input, session: session) { piece in written += piece.count }
                if written == 0 { benchmark.error("\(name): no answer written") }
                blackHole(written)
            }
        }
    }
}
