// swift-tools-version:6.0
import PackageDescription

/// What every area's test target links: the shared harness and the layers it drives.
let membershipTestDependencies: [Target.Dependency] = [
    "MembershipTestSupport", "NetworkTestSupport", "NetworkDaemon", "NetworkStore", "NetworkCore", "AdminProtocol", "Postgres",
]

let package = Package(
    name: "networkd",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "networkd", targets: ["networkd"]),
        .executable(name: "networkctl", targets: ["networkctl"]),
        .executable(name: "networkd-document", targets: ["networkd-document"]),
        // For packages outside the root that drive the real code, such as Benchmarks/Micro.
        .library(name: "NetworkCore", targets: ["NetworkCore"]),
        .library(name: "AdminProtocol", targets: ["AdminProtocol"]),
        .library(name: "NetworkDaemon", targets: ["NetworkDaemon"]),
        .library(name: "Postgres", targets: ["Postgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.0"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // glibc's pipe2 and posix_spawn_file_actions_addclosefrom_np, which Glibc does not import.
        .systemLibrary(name: "CSpawn"),

        // Libraries: arrows point down.
        .target(name: "NetworkCore", swiftSettings: crossModule),
        .target(
            name: "Postgres",
            dependencies: [
                "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: crossModule + nonsending
        ),
        .target(
            name: "NetworkStore",
            dependencies: [
                "NetworkCore",
                "Postgres",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: crossModule + nonsending
        ),
        // Its Codable types are decoded once per networkctl process: with metadata accessors in
        // place of mangled names, a generic such as KeyedDecodingContainer<CodingKeys> is built
        // without the runtime's conformance search (a scan of every conformance record).
        .target(name: "AdminProtocol", dependencies: ["NetworkCore"], swiftSettings: directMetadata + crossModule + nonsending),
        // One run of an external program over posix_spawn: the daemon's and the renderer's.
        .target(name: "ChildProcess", dependencies: ["CSpawn"]),
        // The invoice document: Mustache templates, HTML and the PDF from WeasyPrint. The only
        // module that links Mustache, and with it full Foundation: never a dependency of the daemon.
        .target(
            name: "InvoiceDocument",
            dependencies: [
                "NetworkCore",
                "ChildProcess",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "NetworkDaemon",
            dependencies: [
                "AdminProtocol",
                "NetworkStore",
                "NetworkCore",
                "Postgres",
                "CCrypto",
                "ChildProcess",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: nonsending
        ),

        // Executables: thin.
        .executableTarget(
            name: "networkd",
            dependencies: [
                "NetworkDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release networkd carries the Swift runtime in its binary: only the parts it runs
            // are mapped, where the shared runtime libraries cost their whole relocated data.
            // Idle resident memory drops by about 2 MiB, to 28.3 MiB (Benchmarks/README.md).
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // The daemon's document renderer, a process of its own so that networkd stays Foundation-free.
        .executableTarget(
            name: "networkd-document",
            dependencies: [
                "InvoiceDocument",
                "NetworkCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "networkctl",
            dependencies: [
                "AdminProtocol",
                "NetworkCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata,
            // A release networkctl is one static executable, the Swift runtime and libc linked
            // in: no dynamic loader, no symbol lookups, no relocations at start-up. A call then
            // costs 0.8 million instructions, against 3.7 million linked dynamically against
            // libc and libstdc++ (Benchmarks/README.md). It needs nothing from glibc's NSS or dlopen.
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),

        // Test support: a real PostgreSQL cluster and the built binaries.
        .target(
            name: "NetworkTestSupport",
            dependencies: [
                "ChildProcess",
                "Postgres",
                "NetworkStore",
                "NetworkDaemon",
                "AdminProtocol",
                .product(name: "Logging", package: "swift-log"),
            ],
            // The SMTP sink's Python script, which SMTPSink runs from the source tree.
            exclude: ["SMTPSink"]
        ),

        .testTarget(name: "NetworkCoreTests", dependencies: ["NetworkCore", "AdminProtocol"]),
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Postgres", "NetworkTestSupport", .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio")]
        ),
        .testTarget(name: "NetworkStoreTests", dependencies: ["NetworkStore", "NetworkTestSupport"]),
        .testTarget(
            name: "NetworkDaemonTests",
            dependencies: ["NetworkDaemon", "AdminProtocol", "NetworkTestSupport",
                           .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio")],
            exclude: ["Golden"]
        ),
        // The membership areas' tests, one target per area, over one shared harness.
        .target(
            name: "MembershipTestSupport",
            dependencies: ["NetworkDaemon", "NetworkStore", "NetworkCore", "AdminProtocol", "NetworkTestSupport", "Postgres",
                           .product(name: "Logging", package: "swift-log")],
            path: "Tests/MembershipTestSupport"
        ),
        .testTarget(name: "MemberTests", dependencies: membershipTestDependencies),
        .testTarget(name: "ApplicationTests", dependencies: membershipTestDependencies),
        .testTarget(name: "ContactTests", dependencies: membershipTestDependencies),
        .testTarget(name: "TokenTests", dependencies: membershipTestDependencies),
        .testTarget(name: "SessionTests", dependencies: membershipTestDependencies),
        .testTarget(name: "TierTests", dependencies: membershipTestDependencies),
        // Billing: years, fees, invoices, payments, reports.
        .testTarget(name: "BillingTests", dependencies: membershipTestDependencies),
        .testTarget(name: "SchedulerTests", dependencies: membershipTestDependencies),
        .testTarget(name: "NetworkctlTests", dependencies: ["networkctl"]),
        // The invoice document: templates, HTML and the PDF from the real WeasyPrint …
        // … and the e-mails, composed and delivered by a real msmtp to a local SMTP sink (NetworkTestSupport's SMTPSink).
        .testTarget(
            name: "BillingDocumentTests",
            dependencies: ["InvoiceDocument", "ChildProcess", "NetworkCore", "NetworkTestSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["AdminProtocol", "NetworkDaemon", "NetworkTestSupport"],
            exclude: ["Golden"]
        ),

        // Fuzzing the request path that needs no database: invariants, a libFuzzer entry point
        // (built with -DFUZZING, see deploy/test --fuzz) that replays inputs otherwise, and the
        // seed corpus replayed by the tests.
        .target(
            name: "RequestFuzzing",
            dependencies: [
                "AdminProtocol",
                "NetworkDaemon",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "networkd-fuzz", dependencies: ["RequestFuzzing"]),
        .testTarget(name: "FuzzTests", dependencies: ["RequestFuzzing", "AdminProtocol"], exclude: ["Corpus", "request-path.dict"]),
    ]
)

/// Concrete generic types reached through metadata accessors instead of mangled names (a
/// compile-time switch of the Swift frontend), for the modules networkctl runs once per process.
var directMetadata: [SwiftSetting] {
    [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))]
}

/// The bodies of a library's generic functions made available to the modules that call them, so
/// the daemon's calls (a request's JSON decoding, a row's columns) are specialised for their
/// concrete types instead of run through the runtime's generic metadata and witness tables.
var crossModule: [SwiftSetting] {
    [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
}

/// A nonisolated async function runs on its caller's executor (SE-0461) instead of hopping to the
/// generic one at every call: a request's dozen async calls each cost a `swift_task_switch` and a
/// look at the task's executor preference under its status lock otherwise. The daemon has no
/// actors, so the code runs where it ran before; nothing needed `@concurrent` to leave its caller.
var nonsending: [SwiftSetting] {
    [.enableUpcomingFeature("NonisolatedNonsendingByDefault")]
}
