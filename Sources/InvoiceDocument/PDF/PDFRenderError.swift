import ChildProcess

/// Why HTML could not be turned into a PDF by WeasyPrint.
///
/// Each case names the executable it ran, so a log line says which WeasyPrint failed; the
/// document itself never appears here.
public enum PDFRenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing executable at `path` (missing, or not executable by this process): install the
    /// `weasyprint` package or point the renderer at the right path.
    case rendererNotFound(path: String)
    /// WeasyPrint ran but did not finish cleanly: it exited non-zero or was killed by a signal.
    /// `stderrTail` holds the last lines it wrote to standard error, for the log.
    case rendererFailed(path: String, termination: ChildProcess.Termination, stderrTail: [String])
    /// WeasyPrint exited 0 but what it wrote is not a PDF (empty, or no `%PDF-` header).
    case notAPDF(path: String, byteCount: Int, stderrTail: [String])
    /// WeasyPrint was still running after `limit`; it (and its process group) was killed and reaped.
    case timedOut(path: String, limit: Duration)
    /// WeasyPrint wrote more than `limit` bytes; it was killed and reaped.
    case outputTooLarge(path: String, limit: Int)
    /// A system call around the child failed (`pipe`, `posix_spawn`, `poll`, …) with `errno`.
    case systemCallFailed(path: String, call: String, errno: Int32)

    /// One line for the log: what failed, and the last line WeasyPrint wrote to stderr.
    public var description: String {
        switch self {
        case .rendererNotFound(let path):
            return "cannot run \(path): no such executable (install the weasyprint package)"
        case .rendererFailed(let path, let termination, let stderrTail):
            let last = stderrTail.last.map { ": \($0)" } ?? ""
            return "\(path) \(termination)\(last)"
        case .notAPDF(let path, let byteCount, let stderrTail):
            let last = stderrTail.last.map { ": \($0)" } ?? ""
            return "\(path) exited 0 but wrote \(byteCount) bytes that are not a PDF\(last)"
        case .timedOut(let path, let limit):
            return "\(path) did not finish within \(limit) and was killed"
        case .outputTooLarge(let path, let limit):
            return "\(path) wrote more than \(limit) bytes and was killed"
        case .systemCallFailed(let path, let call, let errno):
            return "running \(path): \(call) failed with errno \(errno)"
        }
    }
}
