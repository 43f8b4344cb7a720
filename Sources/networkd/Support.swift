#if canImport(Glibc)
import Glibc
#endif
import Logging
import NetworkDaemon

/// The process environment as a dictionary.
enum ProcessEnvironment {
    static var all: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}

/// Writes diagnostics to stderr without Foundation.
enum FileHandleStandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

extension Logging {
    /// Routes swift-log to journald-style stderr lines; returns the root logger and the level
    /// control a reload changes.
    static func bootstrapJournald(level: Logger.Level) -> (Logger, LogLevelControl) {
        let control = LogLevelControl(level)
        LoggingSystem.bootstrap { label in JournaldLogHandler(label: label, control: control) }
        return (Logger(label: "networkd"), control)
    }
}

/// Namespace for the bootstrap helper (swift-log has no type named Logging).
enum Logging {}
