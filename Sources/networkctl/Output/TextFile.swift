#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// Small text files named on the command line: a member token, an application's statement.
enum TextFile {
    /// The whole file at `path` as UTF-8 text; `-` reads stdin.
    ///
    /// - Throws: exit code 1 after naming the file and the system's reason, or saying it is not
    ///   UTF-8 text.
    static func contents(of path: String, purpose: String) throws -> String {
        let bytes: [UInt8]
        if path == "-" {
            bytes = try Terminal.readStandardInput()
        } else {
            bytes = try readBytes(path, purpose: purpose)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FailureReport.failure("\(purpose) \(path) is not UTF-8 text")
        }
        return text
    }

    /// `text` without leading and trailing whitespace and newlines.
    static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// The bytes of `path`, refusing a file over 1 MiB: a token or a statement is far smaller, and
    /// a wrong path (a log, a device) should fail rather than fill memory.
    ///
    /// - Throws: exit code 1 after naming the file and the reason.
    private static func readBytes(_ path: String, purpose: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw FailureReport.failure("cannot read \(purpose) \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FailureReport.failure("cannot read \(purpose) \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > 1 << 20 {
                throw FailureReport.failure("\(purpose) \(path) is larger than 1 MiB")
            }
        }
    }
}
