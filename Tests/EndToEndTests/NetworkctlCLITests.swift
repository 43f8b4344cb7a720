import Foundation
import NetworkTestSupport
import Testing

/// The built `networkctl`, run as a user would run it, for everything that needs no daemon:
/// help and completion scripts against golden files, the exit codes of usage errors, bad JSON,
/// an unreachable daemon, and the verbs that belong to systemd's `networkctl`.
///
/// Golden files live in `Tests/EndToEndTests/Golden/`; re-record them on purpose with
/// `NETWORKD_RECORD_GOLDEN=1 swift test --filter NetworkctlCLITests`, then review the diff.
@Suite("networkctl command line")
struct NetworkctlCLITests {
    @Test func helpMatchesGoldenFile() throws {
        let result = try runNetworkctl(["--help"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        try expectGolden(result.stdout, file: "networkctl-help.txt")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptMatchesGoldenFile(shell: String) throws {
        let result = try runNetworkctl(["--generate-completion-script", shell])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        try expectGolden(result.stdout, file: "networkctl-completion.\(shell)")
    }

    @Test func helpNamesExamplesExitCodesEnvironmentAndSystemd() throws {
        let help = try runNetworkctl(["--help"]).stdout
        for expected in [
            "networkctl --json status | jq .pool", "networkctl call daemon.status '{}'",
            "NETWORKCTL_SOCKET=/tmp/x/admin.sock networkctl status", "NETWORKCTL_SOCKET", "NO_COLOR",
            "69  networkd unreachable", "77  forbidden", "NOT systemd's networkctl", "/usr/bin/networkctl",
        ] {
            #expect(help.contains(expected), "--help lacks \(expected)")
        }
        // systemd's verbs are explained in the discussion, never listed as ours.
        #expect(!help.contains("\n  up "))
    }

    @Test(arguments: [
        ["status", "--help"], ["reload", "--help"], ["audit", "list", "--help"], ["network", "show", "--help"],
        ["network", "edit", "--help"], ["methods", "--help"], ["call", "--help"], ["help", "audit", "list"], ["watch", "--help"],
    ])
    func everyVerbHasHelp(arguments: [String]) throws {
        let result = try runNetworkctl(arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("USAGE: networkctl"))
        #expect(result.stdout.contains("--socket <path>"), "global options are shown on every verb")
    }

    @Test(arguments: [["status"], ["--json", "status"], ["status", "--json"], ["audit", "list"], ["network", "show"],
                      ["methods"], ["reload"], ["call", "daemon.status", "{}"], ["watch"], ["watch", "--area", "billing"]])
    func unreachableDaemonExits69NamingTheSocket(arguments: [String]) throws {
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock"] + arguments)
        #expect(result.status == 69)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("networkctl: "))
        #expect(result.stderr.contains("/nonexistent/x.sock"))
    }

    @Test(arguments: [["audit"], ["network"]])
    func areaWithoutAVerbRunsItsListOrShow(arguments: [String]) throws {
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock"] + arguments)
        #expect(result.status == 69, "it called the daemon rather than printing help")
    }

    @Test func socketComesFromTheEnvironmentUnlessGiven() throws {
        let fromEnvironment = try runNetworkctl(["status"], environment: ["NETWORKCTL_SOCKET": "/nonexistent/env.sock"])
        #expect(fromEnvironment.status == 69)
        #expect(fromEnvironment.stderr.contains("/nonexistent/env.sock"))

        let given = try runNetworkctl(
            ["status", "--socket", "/nonexistent/flag.sock"], environment: ["NETWORKCTL_SOCKET": "/nonexistent/env.sock"])
        #expect(given.status == 69)
        #expect(given.stderr.contains("/nonexistent/flag.sock"))
        #expect(!given.stderr.contains("env.sock"))
    }

    @Test(arguments: ["up", "down", "lldp", "renew", "forcerenew", "reconfigure", "label", "delete", "cat",
                      "persistent-storage", "list"])
    func systemdVerbExits64AndPointsAtSystemdsNetworkctl(verb: String) throws {
        let result = try runNetworkctl([verb, "eth0"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'\(verb)' is a verb of systemd-networkd's networkctl"))
        #expect(result.stderr.contains("/usr/bin/networkctl \(verb) eth0"))
    }

    /// The hint names the binary that is running, wherever it is, not an install path.
    @Test func systemdVerbHintNamesTheRunningBinary() throws {
        let result = try runNetworkctl(["up", "eth0"])
        let binary = try NetworkctlBinary.path()
        let real = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
        #expect(result.stderr.contains("(this networkctl is networkd's admin CLI, \(real);"), "\(result.stderr)")
        #expect(!result.stderr.contains("/usr/lib/networkd/bin/networkctl") || real == "/usr/lib/networkd/bin/networkctl")
    }

    @Test(arguments: [
        (["proposal", "list"], "networkctl: unknown command 'proposal'; commands are: status, reload, audit, watch, network, member, application, contact, token, tier, year, billing, fees, invoice, payment, credit, report, job, renewal, outbox, methods, call\n  See 'networkctl --help' for more information.\n"),
        (["--json", "proposal"], "networkctl: unknown command 'proposal'; commands are: status, reload, audit, watch, network, member, application, contact, token, tier, year, billing, fees, invoice, payment, credit, report, job, renewal, outbox, methods, call\n  See 'networkctl --help' for more information.\n"),
        (["invoice", "delete", "3"], "networkctl: 'delete' is not an invoice command; invoice commands are: list, show, create, issue, po, cancel, pdf\n  See 'networkctl invoice --help' for more information.\n"),
        (["member", "delete", "3"], "networkctl: 'delete' is not a member command; member commands are: list, show, add, edit, history, suspend, reinstate, resign, terminate, change-tier, cancel-change\n  See 'networkctl member --help' for more information.\n"),
        (["--socket", "/x.sock", "audit", "purge"], "networkctl: 'purge' is not an audit command; audit commands are: list, show\n  See 'networkctl audit --help' for more information.\n"),
    ])
    func anUnknownVerbIsReportedAsOneWithTheCommandsThereAre(arguments: [String], stderr: String) throws {
        let result = try runNetworkctl(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == stderr)
        #expect(!result.stderr.contains("unexpected argument"))
    }

    /// A negative number after an option is that option's value, not an unknown option `-5`
    /// (the daemon then refuses it for what it is; here, unreachable proves it was read).
    @Test(arguments: [["audit", "list", "--limit", "-5"], ["member", "list", "--limit", "-1"],
                      ["network", "edit", "--year-start-month", "-3"], ["token", "list", "--member", "-2"]])
    func aNegativeNumberAfterAnOptionIsItsValue(arguments: [String]) throws {
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock"] + arguments)
        #expect(result.status == 69, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Unknown option"))
    }

    @Test func statusOfALinkPointsAtSystemdsNetworkctl() throws {
        let result = try runNetworkctl(["status", "eth0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("/usr/bin/networkctl status eth0"))
    }

    @Test(arguments: ["{not json", "[[[", "", "42", "\"text\""])
    func malformedJSONParamsExit65WithoutCallingTheDaemon(params: String) throws {
        // The socket does not exist: reaching it would exit 69, so 65 proves nothing was sent.
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock", "call", "daemon.status", params])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("networkctl: "))
    }

    @Test func malformedJSONParamsOnStdinExit65() throws {
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock", "call", "daemon.status", "-"], stdin: "{\"limit\":")
        #expect(result.status == 65)
        #expect(result.stderr.contains("stdin"))
    }

    @Test func tooDeeplyNestedParamsExit65() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let result = try runNetworkctl(["--socket", "/nonexistent/x.sock", "call", "daemon.status", deep])
        #expect(result.status == 65)
        #expect(result.stderr.contains("nested deeper"))
    }

    @Test(arguments: [
        ["frobnicate"], ["status", "--frobnicate"], ["call"], ["audit", "frobnicate"], ["audit", "list", "--limit", "many"],
        ["network", "edit"], ["network", "edit", "--year-start-month", "April"],
    ])
    func usageErrorsExit64(arguments: [String]) throws {
        let result = try runNetworkctl(arguments)
        #expect(result.status == 64, "stdout: \(result.stdout) stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }
}

// MARK: - Running the built binary

/// Runs the built `networkctl` with `args` and returns its exit status and output.
///
/// The child inherits this process's environment without `NETWORKCTL_SOCKET`, `NO_COLOR` and
/// `COLUMNS`, with `COLUMNS=80` (help text wraps the same everywhere) and then `environment` on
/// top. `stdin`, when given, is written to the child's standard input and closed.
///
/// - Throws: when the binary is missing or does not finish within a minute.
func runNetworkctl(_ args: [String], environment: [String: String] = [:], stdin: String? = nil) throws
    -> (status: Int32, stdout: String, stderr: String)
{
    var childEnvironment = ProcessInfo.processInfo.environment
    for name in ["NETWORKCTL_SOCKET", "NETWORKCTL_TOKEN", "NO_COLOR", "COLUMNS"] { childEnvironment[name] = nil }
    childEnvironment["COLUMNS"] = "80"
    childEnvironment.merge(environment) { _, given in given }
    let output = try runProcess(try NetworkctlBinary.path(), args, environment: childEnvironment, stdin: stdin)
    return (output.status, output.stdout, output.stderr)
}

/// Where the built `networkctl` is.
enum NetworkctlBinary {
    /// The repository root, from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Beside the test bundle (where `swift test` builds it), else in `swift build --show-bin-path`.
    static func path() throws -> String {
        if FileManager.default.isExecutableFile(atPath: BuiltBinaries.networkctl) {
            return BuiltBinaries.networkctl
        }
        let fallback = try fallbackPath.get()
        guard FileManager.default.isExecutableFile(atPath: fallback) else {
            throw HarnessError("networkctl is not built: looked in \(BuiltBinaries.directory) and \(fallback)")
        }
        return fallback
    }

    private static let fallbackPath: Result<String, any Error> = Result {
        let swift = ["/usr/bin/swift", "/opt/swift/usr/bin/swift"].first(where: FileManager.default.isExecutableFile)
            ?? "/usr/bin/swift"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swift)
        process.arguments = ["build", "--show-bin-path"]
        process.currentDirectoryURL = repository
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let folder = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return folder + "/networkctl"
    }
}

/// Compares `actual` with a golden file, or records it when `NETWORKD_RECORD_GOLDEN=1`.
private func expectGolden(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = NetworkctlBinary.repository.appending(path: "Tests/EndToEndTests/Golden/\(name)")
    if ProcessInfo.processInfo.environment["NETWORKD_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
        actual == expected,
        "\(name) differs from the golden file; if the change is intended, re-record with NETWORKD_RECORD_GOLDEN=1",
        sourceLocation: sourceLocation)
}
