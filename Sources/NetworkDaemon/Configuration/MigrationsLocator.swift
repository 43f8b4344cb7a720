#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Finds the migration files when the configuration does not name a folder.
///
/// In order: `<dir of the executable>/../share/networkd/migrations` (an install under any
/// prefix), `/usr/share/networkd/migrations`, `/usr/local/share/networkd/migrations`, and last
/// the source tree this binary was built from (`sql/migrations`, for development builds).
public enum MigrationsLocator {
    public static func candidates() -> [String] {
        var paths: [String] = []
        if let executable = executablePath() {
            let binDirectory = SimplePath(executable).deletingLastComponent
            paths.append(binDirectory + "/../share/networkd/migrations")
        }
        paths.append("/usr/share/networkd/migrations")
        paths.append("/usr/local/share/networkd/migrations")
        let sourceFile = #filePath  // …/Sources/NetworkDaemon/Configuration/MigrationsLocator.swift
        var root = SimplePath(sourceFile)
        for _ in 0..<4 { root = SimplePath(root.deletingLastComponent) }
        paths.append(root.value + "/sql/migrations")
        return paths
    }

    /// The first candidate that exists, or `nil`.
    public static func locate() -> String? {
        candidates().first { path in
            (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil
        }
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Just enough path arithmetic, without Foundation's NSString.
struct SimplePath: ExpressibleByStringLiteral {
    var value: String
    init(_ value: String) { self.value = value }
    init(stringLiteral value: String) { self.value = value }

    var deletingLastComponent: String {
        guard let slash = value.lastIndex(of: "/") else { return "." }
        return slash == value.startIndex ? "/" : String(value[..<slash])
    }
}
