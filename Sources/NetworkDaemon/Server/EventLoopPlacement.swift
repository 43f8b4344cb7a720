import NetworkCore
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which event loops serve the admin socket: one per CPU the daemon may run on, each pinned to
/// its CPU (`pin_event_loops = on`, the default), or NIO's shared loops, which the kernel moves
/// between CPUs as it sees fit.
///
/// A loop serves many clients and hands each read to PostgreSQL, so every answer wakes a
/// client and every pipeline wakes a server process. A pinned loop stays on its CPU, and the
/// kernel places the processes it wakes beside it, so the wake-ups it sends stay on one core
/// instead of interrupting the other; on a virtual machine such an interrupt is a VM exit.
/// A/B on the benchmark's 2-core VM, same server, same minutes (`Benchmarks/README.md`):
/// `member.get` +15, +17 and +22 % requests a second, and 3–5 µs less of the daemon's kernel
/// time a request.
///
/// Pinning needs the daemon to own its CPUs: with a CPU quota smaller than the set of CPUs it
/// may run on (a container's `cpu.max`), one loop per CPU would be more loops than the quota
/// runs at once, so the loops are left unpinned, as many as NIO's `System.coreCount` says.
enum EventLoopPlacement {
    /// The loops the admin socket uses, and the CPUs they are pinned to (`nil`: not pinned).
    static func group(pinned: Bool) -> (group: MultiThreadedEventLoopGroup, cpus: [Int]?) {
        if pinned, let (group, cpus) = pinnedGroup { return (group, cpus) }
        return (MultiThreadedEventLoopGroup.singleton, nil)
    }

    /// One loop per allowed CPU, pinned to it; made the first time it is asked for, and shared
    /// by every server in the process for its lifetime, as NIO's own singleton group is.
    /// `nil` when the CPUs cannot be read or a quota allows fewer at once.
    private static let pinnedGroup: (MultiThreadedEventLoopGroup, [Int])? = {
        guard let cpus = allowedCPUs(), !cpus.isEmpty, cpus.count <= System.coreCount else { return nil }
        return (MultiThreadedEventLoopGroup(pinnedCPUIDs: cpus), cpus)
    }()

    /// The CPUs this process may run on (its affinity mask, `Cpus_allowed_list` in
    /// `/proc/self/status`, the main thread's), ascending; `nil` when it cannot be read.
    /// `status` names another thread's file: `/proc/thread-self/status` is the caller's own.
    static func allowedCPUs(status: String = "/proc/self/status") -> [Int]? {
        guard let file = fopen(status, "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 4096)
        let prefix = "Cpus_allowed_list:"
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix(prefix) {
                return parseCPUList(text.dropFirst(prefix.count))
            }
        }
        return nil
    }

    /// The CPUs of a kernel CPU list such as `0-3,8,10-11` (surrounding blanks allowed),
    /// ascending and without repeats; `nil` when it is not such a list.
    static func parseCPUList(_ text: Substring) -> [Int]? {
        let list = String(text).trimmingWhitespace()
        guard !list.isEmpty else { return nil }
        var cpus = Set<Int>()
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count),
                  let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
                  low >= 0, low <= high, high < 65_536
            else { return nil }
            cpus.formUnion(low...high)
        }
        return cpus.sorted()
    }
}
