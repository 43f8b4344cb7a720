import Foundation
@testable import NetworkDaemon
import NIOCore
import NIOPosix
import Testing

/// Where the admin socket's event loops run (`pin_event_loops`, ``EventLoopPlacement``).
@Suite("Event loop placement")
struct EventLoopPlacementTests {
    /// The kernel's CPU-list format, as `/proc/self/status` and `taskset -c` write it.
    @Test(arguments: [
        ("0", [0]),
        ("0-1", [0, 1]),
        (" 0-3,8,10-11\n", [0, 1, 2, 3, 8, 10, 11]),
        ("3,1,1-2", [1, 2, 3]),
        ("7-7", [7]),
    ])
    func cpuListsAreRead(text: String, cpus: [Int]) {
        #expect(EventLoopPlacement.parseCPUList(Substring(text)) == cpus)
    }

    /// Anything else is not a CPU list: no loop is pinned to a CPU read from it.
    @Test(arguments: ["", "  ", "a", "1-", "-1", "3-1", "1,,2", "1-2-3", "0x1", "1;2", "99999999"])
    func otherTextIsNotACPUList(text: String) {
        #expect(EventLoopPlacement.parseCPUList(Substring(text)) == nil)
    }

    /// The CPUs this process may run on are read, and they exist.
    @Test func allowedCPUsAreThisProcesssAffinity() throws {
        let cpus = try #require(EventLoopPlacement.allowedCPUs())
        #expect(!cpus.isEmpty)
        #expect(cpus == cpus.sorted())
        let configured = sysconf(Int32(_SC_NPROCESSORS_CONF))
        #expect(cpus.allSatisfy { $0 >= 0 && $0 < max(configured, 1) })
    }

    /// Pinned: one loop per allowed CPU, each loop's thread allowed on its own CPU only, the
    /// loops together on every allowed CPU. (Where a CPU quota is smaller than the affinity
    /// mask, the group is NIO's unpinned singleton instead, and says so.)
    @Test func pinnedLoopsRunEachOnItsOwnCPU() async throws {
        let allowed = try #require(EventLoopPlacement.allowedCPUs())
        let (group, cpus) = EventLoopPlacement.group(pinned: true)
        guard allowed.count <= System.coreCount else {
            #expect(cpus == nil)
            #expect(group === MultiThreadedEventLoopGroup.singleton)
            return
        }
        #expect(cpus == allowed)
        var seen: [[Int]] = []
        for loop in group.makeIterator() {
            seen.append(try await loop.submit { EventLoopPlacement.allowedCPUs(status: "/proc/thread-self/status") ?? [] }.get())
        }
        #expect(seen.count == allowed.count)
        #expect(seen.allSatisfy { $0.count == 1 })
        #expect(seen.flatMap { $0 }.sorted() == allowed)
        // The same group every time: the loops are the process's, not made per server.
        #expect(EventLoopPlacement.group(pinned: true).group === group)
    }

    /// Unpinned: NIO's shared loops, which the kernel may move.
    @Test func unpinnedLoopsAreNIOsSharedOnes() {
        let (group, cpus) = EventLoopPlacement.group(pinned: false)
        #expect(group === MultiThreadedEventLoopGroup.singleton)
        #expect(cpus == nil)
    }

    /// The key is a boolean, on by default; a value that is not one is refused by name.
    @Test func pinEventLoopsIsABooleanKeyOnByDefault() throws {
        #expect(DaemonConfiguration().pinEventLoops)
        for (value, expected) in [("off", false), ("false", false), ("0", false), ("on", true), ("YES", true)] {
            let loader = ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: ["pin_event_loops": value])
            #expect(try loader.load().pinEventLoops == expected, "pin_event_loops = \(value)")
        }
        let refused = ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: ["pin_event_loops": "sometimes"])
        let error = #expect(throws: ConfigurationError.self) { try refused.load() }
        #expect("\(error!)".contains("pin_event_loops"))
        #expect(DaemonConfiguration.restartOnlyKeys.contains("pin_event_loops"))
    }
}
