import ChildProcess
import Foundation
import Testing

/// A real SMTP server for the delivery tests: `SMTPSink/smtp_sink.py` (aiosmtpd) on 127.0.0.1,
/// on a port the kernel picks, writing each message it accepts to its directory as JSON (the
/// envelope, the raw bytes, and Python's `email` reading of the headers and parts).
///
/// The sink ends when `stop()` closes its standard input (or the test process dies, which closes
/// it too), and at the latest after 15 minutes by itself: it never outlives the test run.
public final class SMTPSink: @unchecked Sendable {
    /// Where the sink writes `port` and `message-N.json`.
    public let directory: ScratchDirectory
    /// The port it listens on.
    public let port: Int
    /// The running `python3 smtp_sink.py`.
    private let process: Process
    /// The write end of its standard input, closed to stop it.
    private let input: Pipe

    /// The script, found beside this file.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SMTPSink/smtp_sink.py").path

    /// The first `python3` (on `PATH`, then the system's) that can import `aiosmtpd`.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if let output = try? runProcess(candidate, ["-c", "import aiosmtpd"], timeout: 60), output.status == 0 {
                return candidate
            }
        }
        return nil
    }()

    /// A sink that is listening: started, and its port written.
    ///
    /// - Throws: when no python3 has aiosmtpd (`deploy/test` installs it), or the sink exits or
    ///   does not listen within 90 s.
    public init() async throws {
        let python = try #require(Self.python, "no python3 with the aiosmtpd module (deploy/test installs it: apt install python3-aiosmtpd, or pip install aiosmtpd)")
        directory = try ScratchDirectory()
        process = Process()
        input = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.script, directory.path]
        process.standardInput = input
        let log = directory.path + "/sink.log"
        try Data().write(to: URL(fileURLWithPath: log))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try? handle.close()
        // Our end of the sink's input must not leak into processes started later (the shared
        // PostgreSQL cluster, a daemon): holding it open, they would keep the sink from ever
        // seeing the end of its input.
        _ = fcntl(input.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        let portFile = directory.path + "/port"
        let process = process
        do {
            try await waitUntil("the SMTP sink listens (see \(log))") {
                guard process.isRunning else { throw SinkExited(log: (try? String(contentsOfFile: log, encoding: .utf8)) ?? "") }
                return FileManager.default.fileExists(atPath: portFile)
            }
            port = try #require(Int(try String(contentsOfFile: portFile, encoding: .utf8)))
        } catch {
            Self.stop(process, input: input)
            throw error
        }
    }

    deinit { Self.stop(process, input: input) }

    /// Stops the sink and waits until it has exited.
    public func stop() {
        Self.stop(process, input: input)
    }

    /// Closes `process`'s standard input, which ends it; `SIGKILL` if it is still running after
    /// 60 s (not `SIGTERM`: the sink inherits the test process's signal mask, in which the
    /// in-process daemons' signal handling blocks it); then waits for it.
    private static func stop(_ process: Process, input: Pipe) {
        try? input.fileHandleForWriting.close()
        guard process.isRunning else { return }
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The messages received so far, in arrival order.
    public func messages() throws -> [ReceivedMail] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("message-") && $0.hasSuffix(".json") }
            .sorted { Int($0.dropFirst(8).dropLast(5)) ?? 0 < Int($1.dropFirst(8).dropLast(5)) ?? 0 }
        return try names.map { name in
            try JSONDecoder().decode(ReceivedMail.self, from: Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + name)))
        }
    }

    /// The sink exited before it listened.
    struct SinkExited: Error, CustomStringConvertible {
        var log: String
        var description: String { "the SMTP sink exited before it listened: \(log)" }
    }
}

/// One message as the sink received it and Python's `email` package read it.
public struct ReceivedMail: Decodable {
    /// The envelope sender (`MAIL FROM`).
    public var mailFrom: String
    /// The envelope recipients (`RCPT TO`).
    public var rcptTos: [String]
    /// The message as received, base64.
    public var raw: String
    /// What `email` found wrong with the message's structure; empty for a well-formed one.
    public var defects: [String]
    /// The headers, decoded (encoded-words read).
    public var headers: [String: String]
    /// The leaf parts, in order.
    public var parts: [Part]

    /// A leaf part, its payload decoded.
    public struct Part: Decodable {
        public var contentType: String
        public var filename: String?
        public var transferEncoding: String?
        public var defects: [String]
        /// A text part's text.
        public var text: String?
        /// Any other part's bytes, base64.
        public var bytes: String?
    }
}

/// The sendmail the daemon's configuration names, when it is msmtp: `/usr/sbin/sendmail` when
/// that resolves to msmtp (Debian's `msmtp-mta`), else `/usr/bin/msmtp` itself (Debian's `msmtp`,
/// installed beside another MTA's sendmail) — both read `-C rc -t -oi` alike.
public enum Msmtp {
    /// The executable to run.
    public static let executable: String? = {
        let sendmail = URL(fileURLWithPath: "/usr/sbin/sendmail").resolvingSymlinksInPath().path
        if sendmail.hasSuffix("/msmtp") && FileManager.default.isExecutableFile(atPath: "/usr/sbin/sendmail") {
            return "/usr/sbin/sendmail"
        }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/msmtp") ? "/usr/bin/msmtp" : nil
    }()

    /// A configuration (mode 0600, as msmtp wants) in `directory` relaying to 127.0.0.1:`port`
    /// without TLS or authentication, with envelope sender `from`.
    public static func configuration(in directory: ScratchDirectory, port: Int, from: String) throws -> String {
        let path = try directory.write("msmtprc", """
            defaults
            syslog off
            account default
            host 127.0.0.1
            port \(port)
            auth off
            tls off
            from \(from)
            timeout 60

            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    /// Runs `executable -C configuration -t -oi` with `message` on stdin, as the daemon runs its
    /// sendmail command.
    public static func send(_ message: [UInt8], configuration: String) async throws -> ChildProcess.Output {
        let executable = try #require(executable, "no msmtp (deploy/test installs msmtp-mta, or msmtp beside another MTA)")
        let child = ChildProcess(executable: executable, arguments: ["-C", configuration, "-t", "-oi"], timeLimit: .seconds(180))
        return try await offPool { try child.run(input: message) }
    }
}
