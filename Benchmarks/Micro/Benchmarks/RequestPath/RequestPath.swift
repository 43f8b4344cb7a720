import Benchmark

#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif

/// The suite: every benchmark measures one request's worth of work on the admin socket's
/// request path, with the daemon's own code, so its figures read "per request".
///
/// Each benchmark runs its body `scalingFactor` times per measured iteration (1,000 unless it
/// says otherwise) and the framework divides by it: a `Malloc (total)` of 7 means seven
/// `malloc` calls per request. The thresholds are what `baseline check` (`run --check`) holds a
/// run to against a saved baseline:
/// - mallocs per request: no increase at all, at the median or the 90th percentile — the counts
///   are exact and repeat from run to run, so one more is a real change;
/// - bytes malloc'd: 5 % at the median (a string a little longer is not a regression);
/// - wall-clock time: 25 % at the median, and not checked at all when the environment has
///   `NETWORKD_MICRO_CHECK=allocations` (`run --check-allocations`), for a machine too busy for
///   times to compare.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .mallocBytesCount],
        timeUnits: .nanoseconds,
        units: [.mallocCountTotal: .count, .mallocBytesCount: .count],
        warmupIterations: 3,
        scalingFactor: .kilo,
        maxDuration: .seconds(2),
        maxIterations: 1_000,
        thresholds: [
            .mallocCountTotal: .init(absolute: [.p50: 0, .p90: 0]),
            .mallocBytesCount: .init(relative: [.p50: 5.0]),
            .wallClock: checksTime() ? .init(relative: [.p50: 25.0]) : .none,
        ])

    Floor.register()
    Parsing.register()
    ParamsDecoding.register()
    Policy.register()
    Encoding.register()
    Dispatcher.register()
}

/// Whether `baseline check` should hold times to their threshold: not when the environment
/// says `NETWORKD_MICRO_CHECK=allocations`.
func checksTime() -> Bool {
    guard let value = getenv("NETWORKD_MICRO_CHECK") else { return true }
    return String(cString: value) != "allocations"
}
