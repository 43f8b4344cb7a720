/// Why a `ChildProcess` run did not produce a result. Whatever the case, the child has been killed
/// (if it was still running) and reaped before the error is thrown: none is left behind.
public enum ChildProcessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `posix_spawn` could not execute `path` (`ENOENT`, `ENOTDIR`, `EACCES`, `ENOEXEC`).
    case executableNotFound(path: String, errno: Int32)
    /// The child was still running when the time limit passed.
    case timedOut(limit: Duration, standardErrorTail: [String])
    /// The child wrote more than `limit` bytes to standard output.
    case outputTooLarge(limit: Int)
    /// A system call failed with `errno`: `pipe2`, `posix_spawn`, `poll`, `read`, `write`, `waitpid`.
    case systemCallFailed(call: String, errno: Int32)

    /// One line naming the case; no output of the child beyond its last stderr line.
    public var description: String {
        switch self {
        case .executableNotFound(let path, let errno):
            return "cannot execute \(path) (errno \(errno))"
        case .timedOut(let limit, _):
            return "the child did not finish within \(limit) and was killed"
        case .outputTooLarge(let limit):
            return "the child wrote more than \(limit) bytes to standard output and was killed"
        case .systemCallFailed(let call, let errno):
            return "\(call) failed with errno \(errno)"
        }
    }
}
