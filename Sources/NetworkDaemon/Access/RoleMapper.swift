#if canImport(Glibc)
import Glibc
#endif
import NetworkCore

/// Turns a peer's uid and groups into roles, from the configured users and groups.
///
/// root and the daemon's own user always hold `operator` and `secretariat`: they can read the
/// daemon's configuration and database credentials anyway. Names are resolved once, when the
/// configuration is loaded or reloaded; numeric ids are taken as they are.
public struct RoleMapper: Sendable {
    public private(set) var operatorUIDs: Set<UInt32>
    public private(set) var operatorGIDs: Set<UInt32>
    public private(set) var secretariatUIDs: Set<UInt32>
    public private(set) var secretariatGIDs: Set<UInt32>
    /// Names that did not resolve, to warn about in the log.
    public private(set) var unresolved: [String] = []

    public init(configuration: DaemonConfiguration, ownUID: UInt32 = getuid()) {
        let always: Set<UInt32> = [0, ownUID]
        var unresolved: [String] = []
        func users(_ names: [String]) -> Set<UInt32> {
            Set(names.compactMap { name in
                let id = Self.resolveUser(name)
                if id == nil { unresolved.append("user \(name)") }
                return id
            })
        }
        func groups(_ names: [String]) -> Set<UInt32> {
            Set(names.compactMap { name in
                let id = Self.resolveGroup(name)
                if id == nil { unresolved.append("group \(name)") }
                return id
            })
        }
        operatorUIDs = always.union(users(configuration.operatorUsers))
        operatorGIDs = groups(configuration.operatorGroups)
        secretariatUIDs = always.union(users(configuration.secretariatUsers))
        secretariatGIDs = groups(configuration.secretariatGroups)
        self.unresolved = unresolved
    }

    /// The roles a peer holds.
    public func roles(uid: UInt32, groups: Set<UInt32>) -> Set<Role> {
        var roles: Set<Role> = []
        if operatorUIDs.contains(uid) || !operatorGIDs.isDisjoint(with: groups) { roles.insert(.operator) }
        if secretariatUIDs.contains(uid) || !secretariatGIDs.isDisjoint(with: groups) { roles.insert(.secretariat) }
        return roles
    }

    /// The caller on a new connection.
    public func caller(for peer: PeerCredentials) -> Caller {
        Caller(uid: peer.uid, gid: peer.gid, pid: peer.pid, userName: Self.userName(peer.uid),
               roles: roles(uid: peer.uid, groups: peer.groups))
    }

    static func resolveUser(_ name: String) -> UInt32? {
        if let id = UInt32(name) { return id }
        guard let entry = getpwnam(name) else { return nil }
        return entry.pointee.pw_uid
    }

    static func resolveGroup(_ name: String) -> UInt32? {
        if let id = UInt32(name) { return id }
        guard let entry = getgrnam(name) else { return nil }
        return entry.pointee.gr_gid
    }

    static func userName(_ uid: UInt32) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, let result, let name = result.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
