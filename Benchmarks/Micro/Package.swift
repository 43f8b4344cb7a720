// swift-tools-version:6.1
import PackageDescription

/// Micro-benchmarks of the admin socket's request path: the daemon's own parsing, policy,
/// params decoding and encoding, timed and counted (mallocs per request) by ordo-one/benchmark.
///
/// A package of its own so that the root package, which CI builds on every run, never depends
/// on the benchmark framework. It drives the real code through the root's library products.
let package = Package(
    name: "networkd-micro",
    platforms: [.macOS(.v14)],
    dependencies: [
        // The root package, by the name its products are looked up under (a path dependency's
        // identity would otherwise be its folder's name, which differs between checkouts).
        .package(name: "networkd", path: "../.."),
        // The MallocInterposer trait alone: malloc counts without jemalloc, and without the
        // Swift 6.3 runtime interposer (not mirrored here) that the default traits add.
        // The daemon's logger type, for the dispatcher it builds.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/ordo-one/benchmark.git", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RequestPath",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "AdminProtocol", package: "networkd"),
                .product(name: "NetworkCore", package: "networkd"),
                .product(name: "NetworkDaemon", package: "networkd"),
                .product(name: "Postgres", package: "networkd"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/RequestPath",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
