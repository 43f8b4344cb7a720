/// Why the schema cannot be brought up to date, or why the daemon will not serve it.
///
/// Every message names the file involved and says what to do.
public enum MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    case directoryMissing(String)
    case badFileName(String)
    case duplicateVersion(Int, String, String)
    /// An applied migration's file changed since it was applied.
    case modified(fileName: String, appliedChecksum: String, fileChecksum: String)
    /// The database has a migration this daemon does not ship: it is older than the schema.
    case unknownApplied(version: Int, name: String)
    /// The schema is behind and the daemon is not configured to migrate on start.
    case behind(current: Int, latest: Int, pending: [String])
    /// A migration's SQL failed; nothing of it was applied.
    case failed(fileName: String, message: String)

    public var description: String {
        switch self {
        case .directoryMissing(let path):
            return "migrations directory \(path) does not exist (set `migrations` in the configuration or pass --migrations)"
        case .badFileName(let name):
            return "migration file \(name) is not named NNNN_description.sql (four digits, lower-case name)"
        case .duplicateVersion(let version, let first, let second):
            return "migrations \(first) and \(second) share version \(version)"
        case .modified(let fileName, let applied, let file):
            return "migration \(fileName) was edited after it was applied (applied checksum \(applied.prefix(12))…, file now \(file.prefix(12))…); restore the original file and put the change in a new migration"
        case .unknownApplied(let version, let name):
            return "the database has migration \(fourDigits(version))_\(name), which this networkd does not ship: the schema is newer than this daemon; upgrade networkd"
        case .behind(let current, let latest, let pending):
            return "the schema is at version \(current) but this networkd needs \(latest) (pending: \(pending.joined(separator: ", "))); run `networkd migrate` or set migrate_on_start = true"
        case .failed(let fileName, let message):
            return "migration \(fileName) failed and was rolled back: \(message)"
        }
    }
}

/// Zero-padded to four digits, as migration file names are.
func fourDigits(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
