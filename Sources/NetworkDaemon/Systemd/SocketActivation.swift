#if canImport(Glibc)
import Glibc
#endif

/// Sockets passed in by systemd (`sd_listen_fds(3)`): `$LISTEN_PID` must be this process and
/// `$LISTEN_FDS` says how many descriptors follow fd 3.
public enum SocketActivation {
    /// The first descriptor systemd passes.
    public static let firstDescriptor: Int32 = 3

    /// The passed descriptors, or an empty list when none were passed to *this* process.
    ///
    /// Marks them close-on-exec and unsets the variables, as `sd_listen_fds(1)` does, so a child
    /// process does not think they are its own.
    public static func listenDescriptors(environment: [String: String], unsetEnvironment: Bool = true) -> [Int32] {
        defer {
            if unsetEnvironment {
                unsetenv("LISTEN_PID")
                unsetenv("LISTEN_FDS")
                unsetenv("LISTEN_FDNAMES")
            }
        }
        guard let pidText = environment["LISTEN_PID"], let pid = Int32(pidText), pid == getpid(),
            let countText = environment["LISTEN_FDS"], let count = Int32(countText), count > 0
        else { return [] }
        return (0..<count).map { offset in
            let fd = firstDescriptor + offset
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
            return fd
        }
    }
}
