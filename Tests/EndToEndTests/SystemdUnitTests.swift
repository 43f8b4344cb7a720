import Foundation
import NetworkDaemon
import Testing

/// The files ops install — systemd units, sysusers.d, tmpfiles.d, the profile.d alias and the
/// example configuration — checked with the tools that will read them (`systemd-analyze`, bash).
///
/// The units are checked from copies in a temporary folder whose `ExecStart=`/`ExecReload=` point
/// at programs that exist (the built binaries when they sit beside the test bundle, else
/// `/bin/true`), so that `systemd-analyze verify` judges the units, not this machine's install.
@Suite("systemd units and deploy files")
struct SystemdUnitTests {
    /// The exposure `systemd-analyze security --offline=true` may report at most.
    static let maximumExposure = 2.0

    @Test func unitsVerifyWithoutAnyComplaint() throws {
        let units = try UnitCopies()
        defer { units.remove() }
        let result = try run(
            systemdAnalyze(),
            ["verify", "--no-pager", units.service.path, units.socket.path]
        )
        // Lines about other units on this machine are not ours to judge; any line about ours is.
        let complaints = result.output
            .split(separator: "\n")
            .filter { $0.localizedCaseInsensitiveContains("networkd") }
        #expect(
            complaints.isEmpty,
            "systemd-analyze verify complained (exit \(result.status)):\n\(complaints.joined(separator: "\n"))"
        )
    }

    @Test func serviceExposureIsTwoOrLower() throws {
        let units = try UnitCopies()
        defer { units.remove() }
        let result = try run(
            systemdAnalyze(),
            ["security", "--offline=true", "--no-pager", units.service.path]
        )
        let exposure = try #require(
            Self.overallExposure(in: result.output),
            "no overall exposure in systemd-analyze security output (exit \(result.status)):\n\(result.output)"
        )
        #expect(
            exposure <= Self.maximumExposure,
            "exposure \(exposure) > \(Self.maximumExposure); the weak points:\n\(Self.weakPoints(in: result.output))"
        )
    }

    /// The summary line as systemd writes it to a terminal, to `TERM=dumb` or without `TERM`.
    @Test(arguments: [
        "→ Overall exposure level for networkd.service: 1.2 OK 🙂",
        "-> Overall exposure level for networkd.service: 1.2 OK :-)",
        "→ \u{1B}[1mOverall exposure level for networkd.service\u{1B}[0m: \u{1B}[1;32m1.2 OK\u{1B}[0m 🙂",
    ])
    func overallExposureIsReadWhateverTheTerminal(_ line: String) {
        #expect(Self.overallExposure(in: "  ✓ SystemCallArchitectures=  Service may execute: native\n" + line + "\n") == 1.2)
    }

    @Test func socketIsGroupOnlyAndServiceKeepsCallerIdentity() throws {
        let socket = try UnitFile(contentsOf: Self.repository.appending(path: "systemd/networkd.socket"))
        #expect(socket.values("Socket", "ListenStream") == ["/run/networkd/admin.sock"])
        #expect(socket.values("Socket", "SocketMode") == ["0660"])
        #expect(socket.values("Socket", "SocketUser") == ["networkd"])
        #expect(socket.values("Socket", "SocketGroup") == ["networkd"])

        let service = try UnitFile(contentsOf: Self.repository.appending(path: "systemd/networkd.service"))
        // RuntimeDirectory= is removed on every restart, and the socket with it.
        #expect(service.values("Service", "RuntimeDirectory").isEmpty)
        // PrivateUsers= would turn every caller into nobody in SO_PEERCRED.
        for value in service.values("Service", "PrivateUsers") {
            #expect(["no", "false", "0", "off"].contains(value.lowercased()), "PrivateUsers=\(value)")
        }
        #expect(service.values("Service", "Type") == ["notify"])
        #expect(service.values("Service", "NotifyAccess") == ["main"])
        #expect(!service.values("Service", "WatchdogSec").isEmpty)
        #expect(service.values("Service", "ExecReload").allSatisfy { $0.hasSuffix(" reload") })
        #expect(service.values("Service", "ExecReload").first?.contains("/lib/networkd/bin/networkctl") == true)
        #expect(service.values("Service", "User") == ["networkd"])
        #expect(service.values("Service", "ReadWritePaths").contains("/run/networkd"))
        #expect(service.values("Unit", "Requires").joined(separator: " ").contains("networkd.socket"))
    }

    @Test func tmpfilesCreatesTheSocketDirectoryAndSysusersTheGroups() throws {
        let tmpfiles = try Self.fields(of: Self.repository.appending(path: "systemd/networkd.tmpfiles"))
        #expect(
            tmpfiles.contains(["d", "/run/networkd", "0750", "networkd", "networkd", "-"]),
            "no `d /run/networkd 0750 networkd networkd -` in networkd.tmpfiles"
        )

        let sysusers = try Self.fields(of: Self.repository.appending(path: "systemd/networkd.sysusers"))
        let made = Set(sysusers.filter { ["u", "g"].contains($0.first) }.map { $0[1] })
        #expect(made.isSuperset(of: ["networkd", "networkd-ops", "networkd-secretariat"]))
    }

    @Test func profileAliasExistsOnlyInInteractiveShells() throws {
        let script = Self.repository.appending(path: "deploy/profile.d/networkd.sh").path
        let bash = try executable("bash")
        let command = "source '\(script)'; alias networkctl"

        let scripted = try run(bash, ["--norc", "--noprofile", "-c", command])
        #expect(scripted.status != 0)
        #expect(!scripted.output.contains("alias networkctl="), "\(scripted.output)")

        let interactive = try run(bash, ["--norc", "--noprofile", "-i", "-c", command])
        if try Self.inAdminGroup() {
            #expect(interactive.status == 0, "\(interactive.output)")
            #expect(
                interactive.output.contains("alias networkctl='/usr/lib/networkd/bin/networkctl'"),
                "\(interactive.output)"
            )
        } else {
            #expect(!interactive.output.contains("alias networkctl="), "\(interactive.output)")
        }
    }

    @Test func exampleConfigurationDocumentsEveryKey() throws {
        let text = try String(
            contentsOf: Self.repository.appending(path: "deploy/networkd.conf"),
            encoding: .utf8
        )
        // Every key the daemon reads: the configuration's own list of them.
        let keys = DaemonConfiguration().keyValues.keys.sorted()
        #expect(keys.count >= 35 && keys.contains("scheduler") && keys.contains("sendmail"))
        for key in keys {
            #expect(text.contains("\n#\(key) ="), "deploy/networkd.conf does not document `\(key)`")
        }
    }

    @Test(arguments: ["deploy/lib.sh", "deploy/fuzz.sh", "deploy/quickstart", "deploy/test", "deploy/install", ".ci/run"])
    func shellScriptParses(_ path: String) throws {
        let result = try run(executable("bash"), ["-n", Self.repository.appending(path: path).path])
        #expect(result.status == 0, "\(path): \(result.output)")
    }
}

// MARK: - Helpers

extension SystemdUnitTests {
    /// The repository root: this file is `Tests/EndToEndTests/SystemdUnitTests.swift`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// "→ Overall exposure level for networkd.service: 1.2 OK 🙂" → 1.2.
    ///
    /// The number is the one right after "for networkd.service:", not after the line's last
    /// colon: with `TERM` unset or `dumb` systemd ends the line with the ASCII smiley `:-)`.
    /// Colour escapes (on a terminal) are ignored.
    static func overallExposure(in output: String, unit: String = "networkd.service") -> Double? {
        let marker = "for \(unit):"
        for line in withoutEscapes(output).split(separator: "\n") where line.contains("Overall exposure level") {
            guard let found = line.range(of: marker) else { continue }
            let number = line[found.upperBound...].drop(while: { $0 == " " }).prefix(while: { $0.isNumber || $0 == "." })
            return Double(number)
        }
        return nil
    }

    /// `text` without ANSI CSI sequences (`ESC [ … letter`).
    static func withoutEscapes(_ text: String) -> String {
        var result = "", scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}", scalars.first == "[" else { result.unicodeScalars.append(scalar); continue }
            scalars = scalars.drop(while: { !$0.properties.isAlphabetic }).dropFirst()
        }
        return result
    }

    /// The ✗ lines of `systemd-analyze security`, for a failure message that says what to fix.
    static func weakPoints(in output: String) -> String {
        output.split(separator: "\n").filter { $0.contains("✗") }.joined(separator: "\n")
    }

    /// The whitespace-separated fields of each non-comment line (sysusers.d and tmpfiles.d syntax).
    static func fields(of file: URL) throws -> [[String]] {
        try String(contentsOf: file, encoding: .utf8)
            .split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }
    }

    /// Whether this user is one the profile.d script gives the alias to.
    static func inAdminGroup() throws -> Bool {
        if getuid() == 0 { return true }
        let groups = try run(executable("id"), ["-Gn"]).output.split(whereSeparator: \.isWhitespace)
        return groups.contains { ["root", "networkd", "networkd-ops", "networkd-secretariat"].contains($0) }
    }
}

extension SystemdUnitTests {
    /// `systemd-analyze`, or a failure that says how to get it.
    fileprivate func systemdAnalyze() throws -> URL {
        do {
            return try executable("systemd-analyze")
        } catch {
            Issue.record(
                "systemd-analyze not found: install Debian's `systemd` package (deploy/test does) to check the units"
            )
            throw error
        }
    }

    /// Finds a program on PATH (plus the usual system folders).
    fileprivate static func executable(_ name: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
        for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return URL(fileURLWithPath: "\(folder)/\(name)")
        }
        throw MissingProgram(name: name)
    }

    fileprivate func executable(_ name: String) throws -> URL {
        try Self.executable(name)
    }

    /// Runs a program to completion with no input; stdout and stderr together, as a person
    /// would see them.
    fileprivate static func run(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["SYSTEMD_COLORS"] = "0"
        environment["SYSTEMD_PAGER"] = ""
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    fileprivate func run(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try Self.run(program, arguments)
    }

    fileprivate struct MissingProgram: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) not found on PATH" }
    }

    /// A parsed unit file: `[Section]` headers and `Key=Value` lines; comments and blanks dropped.
    fileprivate struct UnitFile {
        private var entries: [(section: String, key: String, value: String)] = []

        init(contentsOf url: URL) throws {
            var section = ""
            for raw in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
                if line.hasPrefix("[") && line.hasSuffix("]") {
                    section = String(line.dropFirst().dropLast())
                } else if let equals = line.firstIndex(of: "=") {
                    let key = line[..<equals].trimmingCharacters(in: .whitespaces)
                    let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                    entries.append((section, key, value))
                }
            }
        }

        /// Every value `key` has in `section`, in order (list settings may repeat).
        func values(_ section: String, _ key: String) -> [String] {
            entries.filter { $0.section == section && $0.key == key }.map(\.value)
        }
    }

    /// networkd.service and networkd.socket copied into a fresh temporary folder, with the
    /// programs they start replaced by ones that exist on this machine.
    fileprivate struct UnitCopies {
        let folder: URL
        var service: URL { folder.appending(path: "networkd.service") }
        var socket: URL { folder.appending(path: "networkd.socket") }

        init() throws {
            folder = FileManager.default.temporaryDirectory
                .appending(path: "networkd-units-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let source = SystemdUnitTests.repository.appending(path: "systemd")
            let service = try String(contentsOf: source.appending(path: "networkd.service"), encoding: .utf8)
            try Self.withExistingPrograms(service).write(to: self.service, atomically: true, encoding: .utf8)
            try FileManager.default.copyItem(at: source.appending(path: "networkd.socket"), to: socket)
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }

        /// Points `ExecStart=`/`ExecReload=` at the built binaries when they sit beside the test
        /// bundle (SwiftPM's bin folder), else at /bin/true; the arguments stay as written.
        private static func withExistingPrograms(_ unit: String) -> String {
            let binFolder = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                .map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            func program(_ name: String) -> String {
                if let path = binFolder?.appending(path: name).path,
                    FileManager.default.isExecutableFile(atPath: path)
                {
                    return path
                }
                return "/bin/true"
            }
            let programs = ["ExecStart=": program("networkd"), "ExecReload=": program("networkctl")]
            return unit.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                for (key, replacement) in programs where line.hasPrefix(key) {
                    var words = line.dropFirst(key.count)
                        .split(separator: " ", omittingEmptySubsequences: false)
                        .map(String.init)
                    words[0] = replacement
                    return key + words.joined(separator: " ")
                }
                return String(line)
            }.joined(separator: "\n")
        }
    }
}
