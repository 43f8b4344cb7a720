import ChildProcess
import Foundation

/// A directory under the system's temporary folder, removed when the test is done with it.
public final class ScratchDirectory: Sendable {
    /// The directory's absolute path.
    public let path: String

    /// A new, empty directory.
    public init() throws {
        path = NSTemporaryDirectory() + "networkd-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` in the directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Writes an executable shell script `name` holding `body` (after `#!/bin/sh`).
    ///
    /// The executable is made by `install`, in a process of its own, never written by this one:
    /// while this process holds a file open for writing, a child that another test is spawning at
    /// that moment holds a copy of the descriptor until it execs, and running the script then
    /// fails with `ETXTBSY` (Go's os/exec meets the same race).
    public func script(_ name: String, _ body: String) throws -> String {
        let source = try write(name + ".txt", "#!/bin/sh\n" + body + "\n")
        let file = path + "/" + name
        let install = try ChildProcess(executable: "/usr/bin/install", arguments: ["-m", "0755", source, file],
                                       timeLimit: .seconds(60)).run(input: [])
        guard install.termination.isSuccess else {
            throw ScriptNotInstalled(path: file, stderr: install.standardErrorTail(lines: 3))
        }
        return file
    }
}

/// `install` could not make a test's script.
public struct ScriptNotInstalled: Error {
    /// The script's path.
    public var path: String
    /// What `install` said.
    public var stderr: [String]
}
