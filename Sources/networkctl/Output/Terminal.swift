#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// The process's standard streams, written without buffering.
///
/// Results go to stdout, diagnostics to stderr — so `networkctl --json … | jq` never sees a
/// warning. Writes go straight to the file descriptors: nothing is lost when ArgumentParser
/// exits the process right after `run()` throws an exit code.
enum Terminal {
    /// Writes `text` and a newline to stdout.
    static func out(_ text: String) {
        emit(text + "\n", to: 1)
    }

    /// Writes `text` to stdout as it is, with no newline added (CSV, documents).
    static func outExactly(_ text: String) {
        emit(text, to: 1)
    }

    /// Writes `networkctl: text` and a newline to stderr.
    static func error(_ text: String) {
        emit("networkctl: " + text + "\n", to: 2)
    }

    /// Writes `text` and a newline to stderr, without the program name (for continuation lines).
    static func note(_ text: String) {
        emit(text + "\n", to: 2)
    }

    /// Whether stdout is a terminal (and so may get colour).
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Whether stderr is a terminal (and so may get hints meant for a person).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// An environment variable, or `nil` when unset or empty.
    static func environment(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let value = String(cString: raw)
        return value.isEmpty ? nil : value
    }

    /// Reads all of stdin.
    ///
    /// - Throws: exit code 1, after saying why, when the read fails.
    static func readStandardInput() throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FailureReport.failure("cannot read stdin: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Writes all of `text` to `descriptor`, continuing after a short write or `EINTR`.
    private static func emit(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { raw in write(descriptor, raw.baseAddress, raw.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // Nowhere left to report a failed write to.
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

