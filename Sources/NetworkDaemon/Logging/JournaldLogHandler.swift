#if canImport(Glibc)
import Glibc
#endif
import Logging
import Synchronization

/// A swift-log handler that writes one line per event to stderr, prefixed with the syslog
/// priority the way journald reads it from a service's stderr (`<3>` = error … `<7>` = debug).
///
/// Metadata follows the message as `key=value`, sorted, so that `request.id=…` lines can be
/// found with `journalctl -u networkd | grep request.id=…`. Values with spaces are quoted.
public struct JournaldLogHandler: LogHandler {
    public var logLevel: Logger.Level {
        get { control.level }
        set { control.level = newValue }
    }
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let output: LogOutput
    private let control: LogLevelControl

    /// - Parameter control: shared by every handler, so that a reload changes the level everywhere.
    public init(label: String, control: LogLevelControl, output: LogOutput = .standardError) {
        self.label = label
        self.control = control
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = "<\(Self.priority(event.level))>\(Self.sanitize(event.message.description))"
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(Self.quote(value.description))"
        }
        line += "\n"
        output.write(line)
    }

    /// syslog priorities, as `sd-daemon.h` defines them.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// One event is one line: newlines and control characters are escaped.
    static func sanitize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    static func quote(_ value: String) -> String {
        let clean = sanitize(value)
        if clean.isEmpty || clean.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) {
            return "\"" + clean.replacing("\"", with: "\\\"") + "\""
        }
        return clean
    }
}

/// Where log lines go: stderr, or a buffer (tests).
public final class LogOutput: Sendable {
    private let isCapturing: Bool
    private let lines = Mutex<[String]>([])

    private init(capturing: Bool) {
        self.isCapturing = capturing
    }

    /// Each line written with one `write(2)`, so concurrent lines never interleave.
    public static let standardError = LogOutput(capturing: false)

    /// Keeps lines in memory for tests.
    public static func capturing() -> LogOutput { LogOutput(capturing: true) }

    public var captured: [String] { lines.withLock { $0 } }

    func write(_ line: String) {
        if isCapturing {
            lines.withLock { $0.append(line) }
            return
        }
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

/// The log level every handler reads, changed by a configuration reload.
public final class LogLevelControl: Sendable {
    private let value: Mutex<Logger.Level>

    public init(_ level: Logger.Level) {
        self.value = Mutex(level)
    }

    public var level: Logger.Level {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
