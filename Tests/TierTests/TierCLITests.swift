import Foundation
import NetworkTestSupport
import Testing

/// `networkctl tier show` against the built daemon: what a person sees, and the exit codes.
@Suite("networkctl tier, end to end", .serialized)
struct TierCLITests {
    @Test func showPrintsOneTierAndAnUnknownCodeExits1() async throws {
        try #require(BuiltBinaries.areBuilt, "run `swift build` before `swift test`: \(BuiltBinaries.directory)")
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        var environment = ProcessInfo.processInfo.environment
        environment["NETWORKCTL_TOKEN"] = nil
        environment["NETWORKCTL_SOCKET"] = daemon.socketPath
        let ctl = { (arguments: [String]) in try runProcess(BuiltBinaries.networkctl, arguments, environment: environment) }

        let shown = try ctl(["tier", "show", "associate"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map { line in line.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("tier associate"))
        #expect(lines.contains("votes no"))
        #expect(lines.contains("fee yes"))

        let json = try ctl(["--json", "tier", "show", "full"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "full")
        #expect(object["votes"] as? Bool == true)

        let missing = try ctl(["tier", "show", "platinum"])
        #expect(missing.status == 1, "not_found exits 1, as every show verb")
        #expect(missing.stderr.contains("platinum"), "\(missing.stderr)")
        #expect(missing.stdout.isEmpty)
    }
}
