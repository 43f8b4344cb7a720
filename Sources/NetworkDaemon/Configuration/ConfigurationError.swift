/// Why the configuration could not be read. Messages name the file, line and key.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(path: String, line: Int, message: String)
    case unknownKey(source: String, key: String)
    case invalidValue(source: String, key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "cannot read configuration file \(path): \(reason)"
        case .syntax(let path, let line, let message):
            "\(path):\(line): \(message)"
        case .unknownKey(let source, let key):
            "\(source): unknown key \"\(key)\""
        case .invalidValue(let source, let key, let value, let expected):
            "\(source): \(key) = \"\(value)\" is invalid: expected \(expected)"
        }
    }
}
