#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file a verb writes (`invoice pdf -o FILE`): written in full to a temporary name beside it
/// and renamed into place, so that a reader never sees half a document; `-` is stdout.
enum OutputFile {
    /// Writes `bytes` to `path` (mode 0644 less the umask).
    ///
    /// - Throws: exit code 1 after naming the file and the system's reason.
    static func save(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            try writeAll(bytes, to: 1, path: "stdout")
            return
        }
        let temporary = path + ".part"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FailureReport.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
        do {
            try writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw FailureReport.failure("cannot write \(path): \(String(cString: strerror(errno)))") }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FailureReport.failure("cannot write \(path): \(reason)")
        }
    }

    /// Every byte, continuing after short writes and `EINTR`.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FailureReport.failure("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            rest = rest.dropFirst(written)
        }
    }
}
