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
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch every committed change live, one line per change.",
        discussion: """
            \(AuditWatch.callLine). Prints each change as it commits, in id order, with no \
            gap and nothing twice — also when several clients write at once, or PostgreSQL \
            restarts underneath. With --after, the changes already in the trail after that id \
            come first. Stops on Ctrl-C (exit 0); when networkd shuts down it says which \
            --after resumes exactly where the watch ended.

            --area takes an area (the part of a method name before the dot, e.g. invoice, \
            credit, member), which also matches changes whose target is of that kind \
            (invoice:42), or a group of areas:
            \(Self.groupsHelp)
            Several --area options show what any of them shows.

            EXAMPLES:
              networkctl watch
              networkctl watch --area billing
              networkctl watch --area invoice --area payment --after 4711
              networkctl --json watch | jq -c 'select(.method == "\(InvoiceIssue.name)")'
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

    func run() throws {
        let session = try globals.session()
        let client = session.client
        let started: AuditWatch.Result
        do {
            started = try client.call(AuditWatch.self, AuditWatch.Params(after: after, areas: areas.isEmpty ? nil : areas))
        } catch let error as RPCError {
            throw FailureReport.report(error)
        } catch let error as AdminClient.ClientError {
            throw FailureReport.report(error)
        }
        Self.stopOnSignals()
        if Terminal.stderrIsTerminal {
            let selected = started.areas.isEmpty ? "" : " in \(started.areas.joined(separator: ", "))"
            Terminal.note("watching changes\(selected) after \(started.after); Ctrl-C stops")
        }
        var position = started.after
        while true {
            let line: [UInt8]
            do {
                line = try client.readLine()
            } catch {
                Terminal.error("lost the connection to networkd at \(client.path); the watch ended")
                Terminal.note("  resume with: networkctl watch --after \(position)")
                throw ExitCode.unreachable
            }
            switch try? AuditWatchEvent(line: line) {
            case .change(let entry)?:
                position = entry.id
                print(entry)
            case .ended(let ended)?:
                Terminal.error("networkd ended the watch (\(ended.reason)) after entry \(ended.position)")
                Terminal.note("  resume with: networkctl watch --after \(ended.position)")
                return
            case .other?, nil:
                continue
            }
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
