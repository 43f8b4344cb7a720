#if canImport(Glibc)
import Glibc
#endif
import NIOCore

/// The identity the kernel vouches for on a Unix socket: `SO_PEERCRED` (pid, uid, primary gid)
/// and `SO_PEERGROUPS` (every group of the peer process).
public struct PeerCredentials: Sendable, Hashable {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32
    /// All the peer's groups, including the primary one.
    public var groups: Set<UInt32>

    public init(pid: Int32, uid: UInt32, gid: UInt32, groups: Set<UInt32>) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.groups = groups
    }

    /// Reads the credentials of the peer connected to `channel`.
    ///
    /// - Throws: when the channel is not a Unix socket or the kernel refuses.
    static func read(from channel: any Channel) async throws -> PeerCredentials {
        guard let provider = channel as? any SocketOptionProvider else {
            throw ChannelError.operationUnsupported
        }
        let credentials: KernelUcred = try await provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED)
        ).get()
        var groups: Set<UInt32> = [credentials.gid]
        // SO_PEERGROUPS (Linux 4.13+): the kernel fills as many gid_t as the peer has, sorted;
        // unused slots stay zero. Up to 256 groups; more is ERANGE, and we keep the primary only.
        let peerGroups = 59  // SO_PEERGROUPS
        if let list: GroupList = try? await provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(peerGroups)
        ).get() {
            groups.formUnion(list.groups)
        }
        return PeerCredentials(pid: credentials.pid, uid: credentials.uid, gid: credentials.gid, groups: groups)
    }
}

/// `struct ucred` from <sys/socket.h> (glibc hides it behind _GNU_SOURCE): same layout.
struct KernelUcred: Sendable {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32
}

/// A fixed buffer for `SO_PEERGROUPS`.
struct GroupList: Sendable {
    var storage: InlineArray<256, UInt32>

    var groups: [UInt32] {
        var result: [UInt32] = []
        // Sorted ascending by the kernel: a 0 can only be first; trailing zeros are unused slots.
        var lastNonZero = -1
        for index in storage.indices where storage[index] != 0 { lastNonZero = index }
        if lastNonZero < 0 { return [] }
        for index in 0...lastNonZero { result.append(storage[index]) }
        return result
    }
}
