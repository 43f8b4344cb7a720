#if canImport(Glibc)
import Glibc
#endif
import NetworkCore

/// A private folder (mode 0700) for the files one message attaches, removed when done.
struct ScratchFolder {
    let path: String

    /// Makes one under `$TMPDIR` (else `/tmp`; a private one under systemd's `PrivateTmp=`).
    ///
    /// - Throws: `NetworkError.unavailable` when it cannot.
    init() throws(NetworkError) {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/networkd-mail-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw NetworkError.unavailable("cannot make a scratch folder under \(base): \(String(cString: strerror(errno)))")
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes `bytes` to `name` in the folder; returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws(NetworkError) -> String {
        let file = path + "/" + name.replacing("/", with: "_")
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw NetworkError.unavailable("cannot write \(file): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw NetworkError.unavailable("cannot write \(file): \(String(cString: strerror(errno)))")
            }
            written += count
        }
        return file
    }

    /// Removes the folder and what is in it (best effort).
    func remove() {
        if let directory = opendir(path) {
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(path + "/" + name) }
            }
            closedir(directory)
        }
        rmdir(path)
    }
}
