#if canImport(Glibc)
import Glibc
#endif

/// The process's standard streams as bytes: the snapshot in, the document out, one line of
/// diagnosis to stderr — with `read(2)`/`write(2)`, unbuffered, so a PDF's bytes go out exactly as
/// made and nothing is left in a buffer when the command exits with its status.
enum StandardStreams {
    /// Everything on stdin, up to `limit` bytes; `what` names the input in the error past it.
    ///
    /// - Throws: `DocumentFailure` (exit 65) past `limit`; (exit 70) when `read` fails.
    static func readInput(limit: Int, what: String = "the invoice snapshot on standard input") throws(DocumentFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(0, &chunk, chunk.count)
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw DocumentFailure(status: .software, message: "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= limit else {
                throw DocumentFailure(status: .dataError, message: "\(what) is larger than \(limit / 1024 / 1024) MiB")
            }
        }
    }

    /// Writes all of `bytes` to stdout. A write that fails ends the writing: there is no one left
    /// to tell (a reader that went away raises `SIGPIPE`, which ends the process as it should).
    static func writeOutput(_ bytes: [UInt8]) {
        write(bytes, to: 1)
    }

    /// Writes `text` to stderr (callers add the newline).
    static func writeError(_ text: String) {
        write(Array(text.utf8), to: 2)
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and `EINTR`.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let sent = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if sent > 0 {
                    written += sent
                } else if sent < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
