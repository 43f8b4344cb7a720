import FoundationEssentials

/// One schema migration file, `NNNN_description.sql`.
public struct Migration: Sendable, Hashable {
    public var version: Int
    public var name: String
    public var fileName: String
    public var sql: String

    public init(version: Int, name: String, fileName: String, sql: String) {
        self.version = version
        self.name = name
        self.fileName = fileName
        self.sql = sql
    }

    /// Reads every `NNNN_description.sql` in `directory`, in version order.
    ///
    /// - Throws: `MigrationError.directoryMissing`, `.badFileName` for an `.sql` file that does not
    ///   follow the pattern, `.duplicateVersion` when two files share a number.
    public static func load(from directory: String) throws -> [Migration] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: directory) else {
            throw MigrationError.directoryMissing(directory)
        }
        let names = entries.filter { $0.hasSuffix(".sql") }.sorted()
        var migrations: [Migration] = []
        for fileName in names {
            guard let (version, name) = parse(fileName: fileName) else {
                throw MigrationError.badFileName(fileName)
            }
            if let previous = migrations.first(where: { $0.version == version }) {
                throw MigrationError.duplicateVersion(version, previous.fileName, fileName)
            }
            let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let sql = String(data: data, encoding: .utf8) else {
                throw MigrationError.badFileName("\(fileName) is not UTF-8")
            }
            migrations.append(Migration(version: version, name: name, fileName: fileName, sql: sql))
        }
        return migrations.sorted { $0.version < $1.version }
    }

    /// `0007_add_invoices.sql` → (7, "add_invoices").
    static func parse(fileName: String) -> (Int, String)? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        guard let underscore = stem.firstIndex(of: "_") else { return nil }
        let digits = stem[..<underscore]
        let name = stem[stem.index(after: underscore)...]
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let version = Int(digits), version > 0 else { return nil }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else { return nil }
        return (version, String(name))
    }
}
