import CSpawn

#if canImport(Glibc)
import Glibc
#endif

extension ChildProcess {
    /// The three pipes between us and the child: its ends are handed to `posix_spawn`, ours are
    /// non-blocking and closed one by one as each stream finishes.
    ///
    /// Every descriptor is close-on-exec and numbered 3 or above, so `dup2` onto 0–2 in the child
    /// can never overwrite another of them, and no other child spawned meanwhile inherits one.
    struct Pipes {
        /// The child's standard input (read end) and ours (write end); -1 once closed.
        var inputRead: Int32 = -1, inputWrite: Int32 = -1
        /// The child's standard output (write end) and ours (read end); -1 once closed.
        var outputRead: Int32 = -1, outputWrite: Int32 = -1
        /// The child's standard error (write end) and ours (read end); -1 once closed.
        var errorRead: Int32 = -1, errorWrite: Int32 = -1

        /// Three new pipes.
        ///
        /// - Throws: `.systemCallFailed("pipe2")` or `("fcntl")`, having closed what it opened.
        init() throws(ChildProcessError) {
            do throws(ChildProcessError) {
                (inputRead, inputWrite) = try Self.makePipe()
                (outputRead, outputWrite) = try Self.makePipe()
                (errorRead, errorWrite) = try Self.makePipe()
                for ours in [inputWrite, outputRead, errorRead] {
                    let flags = fcntl(ours, F_GETFL)
                    guard flags >= 0, fcntl(ours, F_SETFL, flags | O_NONBLOCK) == 0 else {
                        throw .systemCallFailed(call: "fcntl", errno: errno)
                    }
                }
            } catch {
                closeAll()
                throw error
            }
        }

        /// Whether any of our ends is still open: the exchange goes on until all are closed.
        var isOpen: Bool { inputWrite >= 0 || outputRead >= 0 || errorRead >= 0 }

        /// What `poll` should watch: our write end for room, our read ends for data or hang-up.
        func pollDescriptors() -> [pollfd] {
            var watched: [pollfd] = []
            if inputWrite >= 0 { watched.append(pollfd(fd: inputWrite, events: Int16(POLLOUT), revents: 0)) }
            if outputRead >= 0 { watched.append(pollfd(fd: outputRead, events: Int16(POLLIN), revents: 0)) }
            if errorRead >= 0 { watched.append(pollfd(fd: errorRead, events: Int16(POLLIN), revents: 0)) }
            return watched
        }

        /// Closes our end of the child's standard input: it then reads end-of-file.
        mutating func closeInput() { Self.close(&inputWrite) }
        /// Closes our end of the child's standard output, after end-of-file.
        mutating func closeOutput() { Self.close(&outputRead) }
        /// Closes our end of the child's standard error, after end-of-file.
        mutating func closeError() { Self.close(&errorRead) }

        /// Closes the child's ends, once it has them (it holds its own copies from then on).
        mutating func closeChildEnds() {
            Self.close(&inputRead)
            Self.close(&outputWrite)
            Self.close(&errorWrite)
        }

        /// Closes every descriptor still open; safe to call more than once.
        mutating func closeAll() {
            closeChildEnds()
            closeInput()
            closeOutput()
            closeError()
        }

        /// Closes `descriptor` if open and marks it closed.
        private static func close(_ descriptor: inout Int32) {
            if descriptor >= 0 { _ = Glibc.close(descriptor) }
            descriptor = -1
        }

        /// A close-on-exec pipe whose two descriptors are both 3 or above.
        ///
        /// - Throws: `.systemCallFailed("pipe2")` or `("fcntl")`.
        private static func makePipe() throws(ChildProcessError) -> (read: Int32, write: Int32) {
            var ends: [Int32] = [-1, -1]
            guard networkd_pipe2(&ends, O_CLOEXEC) == 0 else { throw .systemCallFailed(call: "pipe2", errno: errno) }
            for index in ends.indices where ends[index] < 3 {
                // Only when this process was started with 0, 1 or 2 closed.
                let moved = fcntl(ends[index], F_DUPFD_CLOEXEC, 3)
                let failure = errno
                _ = Glibc.close(ends[index])
                ends[index] = moved
                guard moved >= 0 else {
                    for other in ends where other >= 0 { _ = Glibc.close(other) }
                    throw .systemCallFailed(call: "fcntl", errno: failure)
                }
            }
            return (ends[0], ends[1])
        }
    }

    /// Starts the child with the child ends of `pipes` as its descriptors 0, 1 and 2 (and no
    /// other descriptor of ours), in a new process group, with an empty signal mask and default signal dispositions; then closes the
    /// child ends on our side.
    ///
    /// - Returns: the child's process id (also its process group id).
    /// - Throws: `.executableNotFound` when the program cannot be executed;
    ///   `.systemCallFailed("posix_spawn")` for anything else.
    func spawn(with pipes: inout Pipes) throws(ChildProcessError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes.inputRead, 0)
        posix_spawn_file_actions_adddup2(&actions, pipes.outputWrite, 1)
        posix_spawn_file_actions_adddup2(&actions, pipes.errorWrite, 2)
        // Anything not close-on-exec (a socket-activated listener) stays with this process.
        networkd_spawn_addclosefrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGCHLD, SIGALRM] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        pipes.closeChildEnds()
        switch spawned {
        case 0:
            return pid
        case ENOENT, ENOTDIR, EACCES, ENOEXEC, EISDIR:
            throw .executableNotFound(path: executable, errno: spawned)
        default:
            throw .systemCallFailed(call: "posix_spawn", errno: spawned)
        }
    }
}
