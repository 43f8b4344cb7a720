import FoundationEssentials
import Logging
import NetworkCore

/// Reads `networkd.conf` and merges it with the environment and the command-line flags.
///
/// The file format is `key = value` lines; `#` starts a comment line; values may be wrapped in
/// double quotes (needed only to keep leading or trailing spaces, or a `#`).
public struct ConfigurationLoader: Sendable {
    /// The default configuration file.
    public static let defaultPath = "/etc/networkd/networkd.conf"

    /// Environment variables and the keys they set.
    public static let environmentKeys: [String: String] = [
        "NETWORKD_DATABASE": "database",
        "NETWORKD_SOCKET": "socket",
        "NETWORKD_MIGRATIONS": "migrations",
        "NETWORKD_LOG_LEVEL": "log_level",
    ]

    /// The file to read; `nil` for none.
    public var filePath: String?
    /// Whether the file was named explicitly (a missing explicit file is an error; a missing
    /// default file is not).
    public var fileIsExplicit: Bool
    public var environment: [String: String]
    /// Values from flags, by key.
    public var overrides: [String: String]

    public init(filePath: String?, fileIsExplicit: Bool, environment: [String: String], overrides: [String: String]) {
        self.filePath = filePath
        self.fileIsExplicit = fileIsExplicit
        self.environment = environment
        self.overrides = overrides
    }

    /// Reads and merges everything.
    ///
    /// - Throws: `ConfigurationError` naming the file and line, or the key and the bad value.
    public func load() throws -> DaemonConfiguration {
        var configuration = DaemonConfiguration()
        if let filePath {
            if let values = try Self.readFile(filePath, required: fileIsExplicit) {
                for (key, value) in values {
                    try configuration.set(key, value, source: filePath)
                }
            }
        }
        for (variable, key) in Self.environmentKeys.sorted(by: { $0.key < $1.key }) {
            if let value = environment[variable] {
                try configuration.set(key, value, source: "environment variable \(variable)")
            }
        }
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
            try configuration.set(key, value, source: "command line")
        }
        return configuration
    }

    /// Parses one file into ordered (key, value) pairs; `nil` when it is absent and not required.
    static func readFile(_ path: String, required: Bool) throws -> [(String, String)]? {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw ConfigurationError.unreadable(path: path, reason: "no such file") }
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError.unreadable(path: path, reason: "permission denied or not a file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError.unreadable(path: path, reason: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> [(String, String)] {
        var pairs: [(String, String)] = []
        var seen: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigurationError.syntax(path: path, line: lineNumber, message: "expected key = value")
            }
            let key = String(line[..<equals]).trimmingWhitespace()
            var value = String(line[line.index(after: equals)...]).trimmingWhitespace()
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "_") }) else {
                throw ConfigurationError.syntax(path: path, line: lineNumber, message: "invalid key \"\(key)\"")
            }
            if value.hasPrefix("\"") {
                guard value.count >= 2, value.hasSuffix("\"") else {
                    throw ConfigurationError.syntax(path: path, line: lineNumber, message: "unterminated quoted value")
                }
                value = String(value.dropFirst().dropLast())
            }
            if let previous = seen[key] {
                throw ConfigurationError.syntax(path: path, line: lineNumber, message: "\(key) already set on line \(previous)")
            }
            seen[key] = lineNumber
            pairs.append((key, value))
        }
        return pairs
    }
}

extension DaemonConfiguration {
    /// Sets one key from its text form.
    ///
    /// - Throws: `ConfigurationError.unknownKey` or `.invalidValue` naming `source`.
    mutating func set(_ key: String, _ value: String, source: String) throws {
        func integer(_ range: ClosedRange<Int>) throws -> Int {
            guard let number = Int(value), range.contains(number) else {
                throw ConfigurationError.invalidValue(source: source, key: key, value: value,
                                                      expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        func absolutePath() throws -> String {
            guard value.hasPrefix("/") else {
                throw ConfigurationError.invalidValue(source: source, key: key, value: value, expected: "an absolute path")
            }
            return value
        }
        func boolean() throws -> Bool {
            guard let flag = Self.boolean(value) else {
                throw ConfigurationError.invalidValue(source: source, key: key, value: value, expected: "true or false")
            }
            return flag
        }
        func list() -> [String] {
            value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        switch key {
        case "database":
            database = value
        case "socket":
            guard value.hasPrefix("/"), value.utf8.count < 108 else {
                throw ConfigurationError.invalidValue(source: source, key: key, value: value,
                                                      expected: "an absolute path shorter than 108 bytes")
            }
            socketPath = value
        case "socket_mode":
            guard let mode = UInt32(value, radix: 8), mode <= 0o777 else {
                throw ConfigurationError.invalidValue(source: source, key: key, value: value, expected: "an octal mode such as 0660")
            }
            socketMode = mode
        case "migrations":
            migrationsDirectory = value.isEmpty ? nil : value
        case "migrate_on_start":
            migrateOnStart = try boolean()
        case "pin_event_loops":
            pinEventLoops = try boolean()
        case "pool_size":
            poolSize = try integer(1...200)
        case "max_connections":
            maxConnections = try integer(1...10_000)
        case "operator_reserved_connections":
            operatorReservedConnections = try integer(0...1_000)
        case "max_connections_per_uid":
            maxConnectionsPerUID = try integer(1...10_000)
        case "max_requests_in_flight":
            maxRequestsInFlight = try integer(1...1_024)
        case "max_batch_calls":
            maxBatchCalls = try integer(1...10_000)
        case "max_response_bytes":
            maxResponseBytes = try integer(65_536...1_073_741_824)
        case "idle_timeout":
            idleTimeoutSeconds = try integer(1...86_400)
        case "max_line_bytes":
            maxLineBytes = try integer(1024...67_108_864)
        case "operator_users":
            operatorUsers = list()
        case "operator_groups":
            operatorGroups = list()
        case "secretariat_users":
            secretariatUsers = list()
        case "secretariat_groups":
            secretariatGroups = list()
        case "log_level":
            guard let level = Logger.Level(rawValue: value.lowercased()) else {
                throw ConfigurationError.invalidValue(source: source, key: key, value: value,
                                                      expected: "one of trace, debug, info, notice, warning, error, critical")
            }
            logLevel = level
        case "templates":
            templatesDirectory = try absolutePath()
        case "document_renderer":
            documentRenderer = value.isEmpty ? nil : try absolutePath()
        case "weasyprint":
            weasyprint = try absolutePath()
        case "pdf_timeout":
            pdfTimeoutSeconds = try integer(1...3_600)
        default:
            guard try scheduling.set(key, value, source: source) else { throw ConfigurationError.unknownKey(source: source, key: key) }
        }
    }
}
