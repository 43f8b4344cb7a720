extension ChildProcess {
    /// How a child ended: its exit status, or the signal that killed it.
    public enum Termination: Sendable, Hashable, CustomStringConvertible {
        /// The child called `exit(status)`; 0 is success.
        case exited(Int32)
        /// The child was killed by signal `number` (9 is `SIGKILL`).
        case signalled(Int32)

        /// Decodes a `waitpid` status (`WIFEXITED`/`WEXITSTATUS`/`WTERMSIG`, which Swift does not
        /// import as macros).
        init(waitStatus status: Int32) {
            if status & 0x7f == 0 {
                self = .exited((status >> 8) & 0xff)
            } else {
                self = .signalled(status & 0x7f)
            }
        }

        /// Whether the child exited with status 0.
        public var isSuccess: Bool { self == .exited(0) }

        /// `exited with status 3`, `was killed by signal 9`.
        public var description: String {
            switch self {
            case .exited(let status): "exited with status \(status)"
            case .signalled(let signal): "was killed by signal \(signal)"
            }
        }
    }

    /// What a child that ended by itself left behind: how it ended, everything it wrote to
    /// standard output, and the end of what it wrote to standard error.
    public struct Output: Sendable, Hashable {
        /// How the child ended.
        public var termination: Termination
        /// Everything written to standard output, byte for byte.
        public var standardOutput: [UInt8]
        /// The last `ChildProcess.standardErrorKept` bytes (or fewer) written to standard error.
        public var standardError: [UInt8]

        /// The last `count` non-empty lines of standard error, decoded as UTF-8 (invalid bytes
        /// replaced), without their line ends.
        public func standardErrorTail(lines count: Int) -> [String] {
            ChildProcess.lastLines(of: standardError, count: count)
        }
    }

    /// The last `count` non-empty lines of `bytes`, decoded as UTF-8.
    static func lastLines(of bytes: [UInt8], count: Int) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { String($0) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        return Array(lines.suffix(count))
    }
}
