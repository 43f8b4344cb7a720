#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AdminProtocol
import ArgumentParser

/// `networkctl watch`: every committed change, live, one line each (`audit.watch`).
///
/// Stdout: one line per audit entry, as it commits — id, time (UTC), method, target, role
/// and actor; with `--json`, the entry as one JSON object per line (JSON lines). Exits 0 on
/// SIGINT or SIGTERM and when networkd ends the watch because it shuts down (stderr says
/// which `--after` resumes); 69, with a message, when the connection to networkd breaks.
/// With `--reconnect` it does neither: it connects again and resumes from where it stopped,
/// so the output stays exactly the trail across daemon restarts.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch every committed change live, one line per change.",
        discussion: """
            \(AuditWatch.callLine). Prints each change as it commits, in id order, with no \
            gap and nothing twice — also when several clients write at once, or PostgreSQL \
            restarts underneath. With --after, the changes already in the trail after that id \
            come first. Stops on Ctrl-C (exit 0); when networkd shuts down \
            it says which --after resumes exactly where the watch ended — or, with \
            --reconnect, connects again and resumes there by itself.

            --area takes an area (the part of a method name before the dot, e.g. invoice, \
            credit, member), which also matches changes whose target is of that kind \
            (invoice:42), or a group of areas:
            \(Self.groupsHelp)
            Several --area options show what any of them shows.

            EXAMPLES:
              networkctl watch
              networkctl watch --area billing
              networkctl watch --area invoice --area payment --after 4711
              networkctl --json watch --reconnect | jq -c '{id, method, target}'
            """
    )

    /// One line per group for the help: `  billing     year, billing, fees, …`.
    static var groupsHelp: String {
        AreaGroup.allCases.map { group in
            "  " + group.rawValue.padding(to: 12) + group.areaNames.joined(separator: ", ")
        }.joined(separator: "\n")
    }

    @OptionGroup var globals: GlobalOptions

    @Option(name: .customLong("area"),
            help: ArgumentHelp("Only changes in this area or group (repeatable).", valueName: "area"),
            completion: .list(AreaSelection.acceptedNames))
    var areas: [String] = []

    @Option(parsing: .unconditional,
            help: ArgumentHelp("First the changes already in the trail after this audit id (0: all of them).", valueName: "id"))
    var after: Int64?

    @Flag(help: "When networkd shuts down or goes away, reconnect every second and resume where the watch stopped.")
    var reconnect = false

    func run() throws {
        var client = try globals.session().client
        var position = after
        while true {
            let started = try subscribe(&client, after: position)
            Self.stopOnSignals()
            if Terminal.stderrIsTerminal {
                let selected = started.areas.isEmpty ? "" : " in \(started.areas.joined(separator: ", "))"
                Terminal.note("watching changes\(selected) after \(started.after); Ctrl-C stops")
            }
            var reached = started.after
            let end = stream(client, position: &reached)
            position = reached
            guard reconnect else {
                switch end {
                case .ended(let reason):
                    Terminal.error("networkd ended the watch (\(reason)) after entry \(reached)")
                    Terminal.note("  resume with: \(resumeCommand(after: reached))")
                    return
                case .lost:
                    Terminal.error("lost the connection to networkd at \(client.path); the watch ended")
                    Terminal.note("  resume with: \(resumeCommand(after: reached))")
                    throw ExitCode.unreachable
                }
            }
            let why = if case .ended(let reason) = end { "networkd ended the watch (\(reason))" } else { "lost the connection to networkd" }
            Terminal.error("\(why) after entry \(reached); reconnecting to \(client.path)")
            client = Self.connectAgain(client.path)
        }
    }

    /// How a stream ended.
    enum StreamEnd {
        /// networkd ended it (`audit.watchEnded`), for this reason.
        case ended(String)
        /// The connection broke.
        case lost
    }

    /// Calls `audit.watch` on `client`. With `--reconnect`, a daemon that is not serving yet
    /// (`unavailable`, or the connection closed by a daemon still shutting down) is asked
    /// again every second, on a new connection.
    ///
    /// - Throws: an `ExitCode` after printing why.
    private func subscribe(_ client: inout AdminClient, after: Int64?) throws -> AuditWatch.Result {
        while true {
            do {
                return try client.call(AuditWatch.self, AuditWatch.Params(after: after, areas: areas.isEmpty ? nil : areas))
            } catch let error as RPCError {
                guard reconnect, error.kind == "unavailable" else { throw FailureReport.report(error) }
            } catch let error as AdminClient.ClientError {
                guard reconnect else { throw FailureReport.report(error) }
            }
            sleep(1)
            client = Self.connectAgain(client.path)
        }
    }

    /// Prints changes until the stream ends; `position` follows every entry up to which the
    /// watch has been delivered.
    private func stream(_ client: AdminClient, position: inout Int64) -> StreamEnd {
        while true {
            guard let line = try? client.readLine() else { return .lost }
            switch try? AuditWatchEvent(line: line) {
            case .change(let entry)?:
                position = entry.id
                print(entry)
            case .ended(let ended)?:
                position = Swift.max(position, ended.position)
                return .ended(ended.reason)
            case .other?, nil:
                continue
            }
        }
    }

    /// The command that resumes exactly where this watch stopped.
    private func resumeCommand(after position: Int64) -> String {
        (["networkctl"] + (globals.json ? ["--json"] : []) + ["watch"] + areas.flatMap { ["--area", $0] }
            + ["--after", String(position)]).joined(separator: " ")
    }

    /// A new connection to `path`, trying every second until networkd answers (SIGINT stops).
    private static func connectAgain(_ path: String) -> AdminClient {
        while true {
            if let client = try? AdminClient(path: path) { return client }
            sleep(1)
        }
    }

    /// Prints one change: a JSON line with `--json`, else the readable line.
    private func print(_ entry: AuditList.Entry) {
        if globals.json {
            if let bytes = try? JSONCoding.encode(try JSONCoding.value(of: entry)) {
                Terminal.out(String(decoding: bytes, as: UTF8.self))
            }
            return
        }
        Terminal.out(Self.line(entry))
    }

    /// `4712  2027-09-01 07:00:01  invoice.issue  invoice:42  secretariat  uid:1000(jo)`, the
    /// method, target and role padded so that a stream of lines stays in columns.
    static func line(_ entry: AuditList.Entry) -> String {
        [String(entry.id), HumanFormat.timestampSeconds(entry.at), entry.method.padding(to: methodWidth),
         (entry.target ?? "-").padding(to: 16), entry.role.padding(to: 11), entry.actor].joined(separator: "  ")
    }

    /// The longest method name there is.
    static let methodWidth = MethodCatalog.all.map { $0.name.count }.max() ?? 24

    /// SIGINT and SIGTERM end the watch with exit 0. Output is written unbuffered, so
    /// nothing is lost by leaving at once. Both are unblocked too: a parent may have started
    /// this process with them blocked (signal masks are inherited).
    private static func stopOnSignals() {
        signal(SIGINT) { _ in _exit(0) }
        signal(SIGTERM) { _ in _exit(0) }
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }
}
