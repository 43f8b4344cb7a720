import Foundation
import Synchronization

/// Starting the server, running its binaries, and cleaning up at exit.
extension TestCluster {
    /// Base directories of clusters still running, stopped by the `atexit` handler.
    static let running = Mutex<[String]>([])
    private static let atExitInstalled = Mutex(false)

    /// The options the server runs with; repeated on restart.
    var serverOptions: String {
        "-k \(socketDirectory) -c listen_addresses='' -p \(port) -c fsync=off -c synchronous_commit=off"
            + " -c full_page_writes=off -c max_connections=300"
    }

    /// initdb + pg_ctl start, off the cooperative pool.
    static func start() async throws -> TestCluster {
        try await runDetached {
            let binDirectory = try findBinDirectory()
            reapOrphans(binDirectory: binDirectory)
            let base = try makeBaseDirectory()
            try? String(getpid()).write(toFile: base + "/owner.pid", atomically: true, encoding: .utf8)
            let cluster = TestCluster(baseDirectory: base, port: Int.random(in: 20000...60000), binDirectory: binDirectory)
            installAtExitHandler()
            running.withLock { $0.append(base) }
            do {
                try run(binDirectory + "/initdb", [
                    "-D", cluster.dataDirectory, "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
                ], asPostgres: true, workingDirectory: base)
                try cluster.pgctl(["start", "-o", cluster.serverOptions])
            } catch {
                cluster.stop()
                throw error
            }
            return cluster
        }
    }

    /// Stops clusters left behind by test processes that died without their `atexit` handler
    /// (a crash, SIGKILL): each cluster directory records its owner's pid.
    static func reapOrphans(binDirectory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/tmp") else { return }
        for name in names where name.hasPrefix("networkd-pg-") {
            let base = "/tmp/" + name
            guard let text = try? String(contentsOfFile: base + "/owner.pid", encoding: .utf8),
                let owner = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            _ = try? run(binDirectory + "/pg_ctl", ["-D", base + "/data", "stop", "-m", "immediate"],
                         asPostgres: true, workingDirectory: "/")
            try? FileManager.default.removeItem(atPath: base)
        }
    }

    /// Runs `pg_ctl -D data -w -l log …` as the server's user.
    @discardableResult
    func pgctl(_ arguments: [String]) throws -> String {
        try Self.run(binDirectory + "/pg_ctl", [
            "-D", dataDirectory, "-w", "-t", "60", "-l", baseDirectory + "/server.log",
        ] + arguments, asPostgres: true, workingDirectory: baseDirectory)
    }

    static func conninfo(socketDirectory: String, port: Int, database: String, user: String) -> String {
        func quote(_ value: String) -> String {
            "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
        return "host=\(quote(socketDirectory)) port=\(port) dbname=\(quote(database)) user=\(quote(user))"
    }

    static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Locating binaries and directories

    static func findBinDirectory() throws -> String {
        let fileManager = FileManager.default
        if let configured = ProcessInfo.processInfo.environment["NETWORKD_PG_BINDIR"], !configured.isEmpty {
            return configured
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? fileManager.contentsOfDirectory(atPath: root)) ?? [])
            .filter { fileManager.isExecutableFile(atPath: "\(root)/\($0)/bin/initdb") }
            .sorted { (Double($0) ?? 0) > (Double($1) ?? 0) }
        if let newest = versions.first {
            return "\(root)/\(newest)/bin"
        }
        if let configured = try? run("/usr/bin/env", ["pg_config", "--bindir"], asPostgres: false)
            .trimmingCharacters(in: .whitespacesAndNewlines),
            fileManager.isExecutableFile(atPath: configured + "/initdb")
        {
            return configured
        }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where fileManager.isExecutableFile(atPath: "\(directory)/initdb") {
            return String(directory)
        }
        throw TestClusterError("no PostgreSQL server binaries (initdb) found; set NETWORKD_PG_BINDIR")
    }

    /// A fresh `/tmp/networkd-pg-XXXXXX`, owned by `postgres` when we are root.
    static func makeBaseDirectory() throws -> String {
        var template = Array("/tmp/networkd-pg-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else {
            throw TestClusterError("mkdtemp failed: errno \(errno)")
        }
        let path = String(cString: created)
        if getuid() == 0 {
            guard let user = getpwnam("postgres") else {
                throw TestClusterError("running as root but there is no postgres user to run the server")
            }
            guard chown(path, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                throw TestClusterError("chown \(path) failed: errno \(errno)")
            }
        }
        chmod(path, 0o755)  // postgres owns it; others (root's clients) may traverse
        return path
    }

    // MARK: - Running binaries

    /// Runs a binary to completion and returns its stdout; as root with `asPostgres`, via
    /// `runuser -u postgres --`.
    ///
    /// - Throws: ``TestClusterError`` with stderr when it exits non-zero.
    @discardableResult
    static func run(
        _ executable: String,
        _ arguments: [String],
        asPostgres: Bool,
        workingDirectory: String? = nil
    ) throws -> String {
        var executable = executable
        var arguments = arguments
        if asPostgres, getuid() == 0 {
            arguments = ["-u", "postgres", "--", executable] + arguments
            executable = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
                .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/runuser"
        }
        // Output goes to files, not pipes: pg_ctl's server could otherwise inherit a pipe and
        // keep it open, and two pipes read one after the other can deadlock.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("networkd-run-\(UUID().uuidString)").path
        let stdoutPath = scratch + ".out"
        let stderrPath = scratch + ".err"
        defer {
            unlink(stdoutPath)
            unlink(stderrPath)
        }
        let status = try spawnAndWait(
            executable, arguments,
            workingDirectory: workingDirectory ?? "/tmp", stdoutPath: stdoutPath, stderrPath: stderrPath
        )
        let output = (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let errors = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            throw TestClusterError("\(executable) \(arguments.joined(separator: " ")) exited \(status): \(errors)\(output)")
        }
        return output
    }

    /// `posix_spawn` + `waitpid`. (Foundation's `Process.waitUntilExit()` was seen to hang here
    /// with the child already a zombie, so we reap our children ourselves.)
    private static func spawnAndWait(
        _ executable: String,
        _ arguments: [String],
        workingDirectory: String,
        stdoutPath: String,
        stderrPath: String
    ) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // posix_spawn_file_actions_addchdir_np is not imported into Swift; `env -C` changes directory.
        let command = ["/usr/bin/env", "-C", workingDirectory, executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw TestClusterError("could not start \(executable): errno \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TestClusterError("waitpid \(executable) failed: errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        if status & 0x7f == 0 {
            return (status >> 8) & 0xff
        }
        return 128 + (status & 0x7f)
    }

    /// Runs blocking work on a thread outside the cooperative pool.
    static func runDetached<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    // MARK: - Cleanup at exit

    private static func installAtExitHandler() {
        let install = atExitInstalled.withLock { installed in
            defer { installed = true }
            return !installed
        }
        guard install else { return }
        atexit {
            TestCluster.stopAllAtExit()
        }
    }

    /// Sends SIGQUIT (immediate shutdown) to each running postmaster, waits briefly, and removes
    /// the directories. No subprocesses: this runs inside `exit()`.
    static func stopAllAtExit() {
        let directories = running.withLock { directories in
            defer { directories.removeAll() }
            return directories
        }
        for base in directories {
            if let pidFile = try? String(contentsOfFile: base + "/data/postmaster.pid", encoding: .utf8),
               let line = pidFile.split(separator: "\n").first,
               let pid = pid_t(line.trimmingCharacters(in: .whitespaces))
            {
                kill(pid, SIGQUIT)
                for _ in 0..<100 where kill(pid, 0) == 0 {
                    usleep(20_000)
                }
            }
            try? FileManager.default.removeItem(atPath: base)
        }
    }
}
