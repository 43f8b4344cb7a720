import AdminProtocol
import ArgumentParser

/// `networkctl status`: `daemon.status` as an aligned summary.
///
/// Stdout: key/value lines (version, pid, uptime, schema, database, pool, clients, counts), the
/// schema line yellow when it is not the version this daemon expects; with `--json`, the result.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the daemon's version, uptime, schema, database, pool and clients.",
        discussion: """
            \(DaemonStatus.callLine).

            EXAMPLES:
              networkctl status
              networkctl --json status | jq .pool
            """
    )

    @OptionGroup var globals: GlobalOptions

    /// Links, as systemd's `networkctl status eth0` takes: only there to say which tool that is.
    @Argument(help: .hidden) var links: [String] = []

    /// With link arguments (`networkctl status eth0`), refuses before calling the daemon: the hint
    /// names systemd's tool, and the command exits 64.
    func run() throws {
        if !links.isEmpty {
            throw SystemdVerbs.refuse(verb: "status", arguments: links)
        }
        try Self.show(globals: globals)
    }

    /// Calls `daemon.status` and prints it (also ``DirectInvocation``'s path).
    ///
    /// - Throws: an `ExitCode` after saying why on stderr.
    static func show(globals: some GlobalSettings) throws {
        let style = globals.style
        try globals.perform(DaemonStatus.self, NoParams()) { status in
            Terminal.out(summary(status, style: style))
        }
    }

    /// The key/value lines of the human output.
    static func summary(_ status: DaemonStatus.Result, style: Style) -> String {
        var table = Table()
        table.append(["version", status.version])
        table.append(["pid", String(status.pid)])
        table.append(["uptime", "\(HumanFormat.duration(seconds: status.uptimeSeconds)) (since \(HumanFormat.timestamp(status.startedAt)))"])
        var schema = "\(status.schemaVersion) (expected \(status.schemaExpected))"
        if status.schemaVersion != status.schemaExpected { schema = style.yellow(schema + " — run: networkd migrate") }
        table.append(["schema", schema])
        let database = status.database
        var databaseText = database.reachable ? style.green("reachable") : style.red("unreachable")
        if let version = database.serverVersion { databaseText += ", PostgreSQL \(version)" }
        if let name = database.name { databaseText += ", database \(name)" }
        table.append(["database", databaseText])
        let pool = status.pool
        table.append(["pool", "\(pool.open)/\(pool.max) open, \(pool.idle) idle, \(pool.inUse) in use, \(pool.waiting) waiting"])
        let clients = status.clients
        table.append(["clients", "\(clients.connected)/\(clients.max) connected, \(clients.requestsInFlight) in flight, \(clients.requestsServed) served"])
        let counts = status.counts.sorted { $0.key < $1.key }.map { "\(label($0.key)) \($0.value)" }
        table.append(["counts", HumanFormat.list(counts)])
        return table.render(style: style)
    }

    /// A count's key as words: `currentMembers` → "current members".
    static func label(_ key: String) -> String {
        // Counter names are ASCII identifiers: bytes, not Characters, spare a Unicode property
        // lookup per letter; anything beyond ASCII passes through unchanged.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count + 4)
        for byte in key.utf8 {
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                bytes.append(UInt8(ascii: " "))
                bytes.append(byte + 0x20)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
