#if canImport(Glibc)
import Glibc
#endif

/// One run of an external program with bytes on its standard input, collecting its standard output
/// and error, within a time limit — `posix_spawn`, three pipes, `poll`, `waitpid`, and nothing from
/// Foundation.
///
/// Guarantees:
/// - Input is written and output read in one `poll` loop over non-blocking pipes, so a child that
///   writes megabytes before it has read all its input (WeasyPrint writing a PDF) cannot deadlock
///   against us.
/// - The child runs in a process group of its own, with an empty signal mask and default
///   dispositions for the usual signals, and inherits no descriptor of ours but its three pipes
///   (ours are all close-on-exec).
/// - When the time limit passes or the output grows past `outputLimit`, the whole process group is
///   sent `SIGKILL` and the child is reaped before the error is thrown; no zombie and no
///   grandchild of the group is left running.
/// - A child that stops reading its input early does not kill us with `SIGPIPE`: the signal is
///   blocked on the calling thread while it runs and a pending one is consumed afterwards.
///
/// - Important: `run(input:)` blocks the calling thread until the child has ended, for up to
///   `timeLimit`. Call it from a thread of your own (a `NIOThreadPool`, a detached thread), never
///   from the cooperative pool (two threads on this machine) or an event loop.
public struct ChildProcess: Sendable {
    /// The absolute path of the program to run (no `PATH` search).
    public var executable: String
    /// The arguments after `argv[0]`, which is `executable`.
    public var arguments: [String]
    /// How long the child may run, from spawn to exit, before it is killed.
    public var timeLimit: Duration
    /// How many bytes of standard output are accepted before the child is killed.
    public var outputLimit: Int

    /// How much of the end of standard error is kept (the start of a long error log is dropped).
    public static let standardErrorKept = 64 * 1024

    /// A run of `executable` with `arguments`, to be started by `run(input:)`.
    public init(executable: String, arguments: [String] = [], timeLimit: Duration = .seconds(30),
                outputLimit: Int = 256 * 1024 * 1024) {
        self.executable = executable
        self.arguments = arguments
        self.timeLimit = timeLimit
        self.outputLimit = outputLimit
    }

    /// Starts the child, writes `input` to its standard input (then closes it), and waits until it
    /// has exited and closed its output, collecting what it wrote.
    ///
    /// A non-zero exit status or a signal is not an error here: it comes back in
    /// `Output.termination` for the caller to judge.
    ///
    /// - Throws: `ChildProcessError.executableNotFound` when `executable` cannot be executed;
    ///   `.timedOut` when the child is still running after `timeLimit`; `.outputTooLarge` past
    ///   `outputLimit` bytes of output; `.systemCallFailed` when a pipe, spawn, poll, read, write or
    ///   wait fails. In each case the child has been killed and reaped before the error is thrown.
    public func run(input: [UInt8]) throws(ChildProcessError) -> Output {
        let deadline = ContinuousClock.now + timeLimit
        var brokenPipe = false
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previousMask)
        defer {
            if brokenPipe { Self.consumePendingSignal(pipeSignal) }
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }

        var pipes = try Pipes()
        defer { pipes.closeAll() }
        let pid = try spawn(with: &pipes)
        var streams = Streams()
        do throws(ChildProcessError) {
            try exchange(input, over: &pipes, into: &streams, until: deadline, brokenPipe: &brokenPipe)
            let status = try Self.waitForExit(pid, until: deadline)
            streams.trimStandardError()
            return Output(termination: Termination(waitStatus: status), standardOutput: streams.output,
                          standardError: streams.error)
        } catch {
            Self.killAndReap(pid)
            if case .timedOut = error {
                throw .timedOut(limit: timeLimit, standardErrorTail: Self.lastLines(of: streams.error, count: 10))
            }
            throw error
        }
    }

    // MARK: - The exchange

    /// What has been read so far from the child's standard output and error.
    struct Streams {
        /// Standard output, all of it.
        var output: [UInt8] = []
        /// Standard error, trimmed to its end now and then.
        var error: [UInt8] = []

        /// Keeps only the last `standardErrorKept` bytes of standard error.
        mutating func trimStandardError() {
            if error.count > ChildProcess.standardErrorKept { error.removeFirst(error.count - ChildProcess.standardErrorKept) }
        }
    }

    /// Writes `input` (then closes the child's input) and reads both outputs into `streams` until
    /// the child has closed them, or `deadline`. Sets `brokenPipe` when the child closed its input
    /// before reading it all, which raised a `SIGPIPE` on this thread.
    ///
    /// - Throws: `.timedOut` at the deadline (the caller replaces the limit and kills the child);
    ///   `.outputTooLarge`; `.systemCallFailed` for `poll`, `read` or `write`.
    private func exchange(_ input: [UInt8], over pipes: inout Pipes, into streams: inout Streams,
                          until deadline: ContinuousClock.Instant, brokenPipe: inout Bool) throws(ChildProcessError) {
        var written = 0
        if input.isEmpty { pipes.closeInput() }
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        while pipes.isOpen {
            let wait = try Self.millisecondsLeft(until: deadline)
            var watched = pipes.pollDescriptors()
            let ready = poll(&watched, nfds_t(watched.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                throw .systemCallFailed(call: "poll", errno: errno)
            }
            for descriptor in watched where descriptor.revents != 0 {
                if descriptor.fd == pipes.inputWrite {
                    let count = min(chunk, input.count - written)
                    let sent = input.withUnsafeBytes { raw in write(descriptor.fd, raw.baseAddress! + written, count) }
                    if sent > 0 {
                        written += sent
                        if written == input.count { pipes.closeInput() }
                    } else if sent < 0 && errno == EPIPE {
                        // The child closed its input without reading all of it; its exit status says why.
                        brokenPipe = true
                        pipes.closeInput()
                    } else if sent < 0 && errno != EAGAIN && errno != EINTR {
                        throw .systemCallFailed(call: "write", errno: errno)
                    }
                    continue
                }
                let isOutput = descriptor.fd == pipes.outputRead
                let got = read(descriptor.fd, &buffer, chunk)
                if got > 0 {
                    if isOutput {
                        streams.output.append(contentsOf: buffer[0..<got])
                        guard streams.output.count <= outputLimit else { throw .outputTooLarge(limit: outputLimit) }
                    } else {
                        streams.error.append(contentsOf: buffer[0..<got])
                        if streams.error.count > 2 * Self.standardErrorKept { streams.trimStandardError() }
                    }
                } else if got == 0 {
                    if isOutput { pipes.closeOutput() } else { pipes.closeError() }
                } else if errno != EAGAIN && errno != EINTR {
                    throw .systemCallFailed(call: "read", errno: errno)
                }
            }
        }
    }

    // MARK: - Waiting and killing

    /// Milliseconds until `deadline` for `poll`, at least 1.
    ///
    /// - Throws: `.timedOut` once the deadline has passed.
    static func millisecondsLeft(until deadline: ContinuousClock.Instant) throws(ChildProcessError) -> Int32 {
        let left = deadline - ContinuousClock.now
        guard left > .zero else { throw .timedOut(limit: .zero, standardErrorTail: []) }
        let (seconds, attoseconds) = left.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
        return Int32(clamping: milliseconds)
    }

    /// Reaps `pid` once it has exited, polling with a growing pause (the child has normally closed
    /// its output just before exiting, so this rarely waits at all).
    ///
    /// - Returns: the raw `waitpid` status.
    /// - Throws: `.timedOut` at the deadline; `.systemCallFailed("waitpid")`.
    static func waitForExit(_ pid: pid_t, until deadline: ContinuousClock.Instant) throws(ChildProcessError) -> Int32 {
        var status: Int32 = 0
        var pause: Int32 = 1
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return status }
            if reaped < 0 && errno != EINTR { throw .systemCallFailed(call: "waitpid", errno: errno) }
            let left = try millisecondsLeft(until: deadline)
            _ = poll(nil, 0, min(pause, left))
            pause = min(pause * 2, 50)
        }
    }

    /// Sends `SIGKILL` to the child's process group (and the child itself, in case it left the
    /// group), then reaps it. `SIGKILL` cannot be caught, so the blocking wait ends promptly.
    static func killAndReap(_ pid: pid_t) {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Takes a `SIGPIPE` raised on this thread by a write to a closed pipe off the pending set, so
    /// it is not delivered when the mask is restored.
    static func consumePendingSignal(_ signals: sigset_t) {
        var signals = signals
        var noWait = timespec(tv_sec: 0, tv_nsec: 0)
        while sigtimedwait(&signals, nil, &noWait) > 0 {}
    }
}
