// swift-tools-version:6.0
// A load generator for networkd's admin socket: C client threads, each on its own connection,
// sending one JSON-RPC request at a time, back to back. Plain Swift on POSIX sockets, no
// dependencies, so that it costs about as much CPU per request as pgbench does.
import PackageDescription

let package = Package(
    name: "SocketLoad",
    targets: [
        .executableTarget(name: "SocketLoad")
    ]
)
