#if canImport(Glibc)
import Glibc
#endif

/// The whole of a file, read with `open(2)`/`read(2)` up to a size limit: what the renderer reads
/// its override templates and a message's attachments with, without Foundation.
///
/// Guarantees: the file is opened close-on-exec (a child spawned meanwhile does not inherit it)
/// and closed before `read(_:limit:)` returns or throws; no more than `limit` bytes, plus one
/// chunk, are ever held.
enum FileContents {
    /// Why a file was not read.
    enum Failure: Error, Equatable {
        /// There is no such file, or no such directory on its path (`ENOENT`, `ENOTDIR`).
        case missing
        /// It exists but cannot be read; `reason` is `strerror`'s text ("Permission denied",
        /// "Is a directory").
        case unreadable(reason: String)
        /// It holds more than the limit.
        case tooLarge
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: `Failure.missing`, `.unreadable(reason:)` or `.tooLarge` (past `limit` bytes).
    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT || errno == ENOTDIR { throw .missing }
            throw .unreadable(reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(reason: String(cString: strerror(errno)))
            }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= limit else { throw .tooLarge }
        }
    }
}
