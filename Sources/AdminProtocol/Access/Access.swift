import NetworkCore

/// Who may call one method, and what a member caller may reach with it — declared on the method
/// (``AdminMethod/access``) and enforced by the daemon's dispatcher before any handler runs.
///
/// Staff roles (`operator`, `secretariat`) reach every record a method offers. A caller that
/// holds only the member role (a member token's session) is allowed only where the declaration
/// says so, and then only as far as its ``MemberReach`` goes:
///
/// ```swift
/// static let access: Access<Params> = .staff([.secretariat])                 // members refused
/// static let access: Access<Params> = .ownMember([.secretariat], \.id)       // a member: its own member
/// static let access: Access<Params> = .ownRecord([.operator, .secretariat], .contact, \.id)
/// ```
///
/// - Important: `roles` is the whole policy for the method: the daemon's policy table
///   (``AccessPolicy``), `rpc.discover`'s `x-roles`, `networkctl` help and the README are all
///   derived from it. A member may call a method only when `roles` contains `.member`, which
///   the factories below add exactly when they give members a reach.
public struct Access<Params: Sendable>: Sendable {
    /// The roles allowed to call the method; empty means any connected peer, even one with no role.
    public let roles: Set<Role>
    /// What a caller holding only the member role reaches; `nil` when members may not call.
    public let memberReach: MemberReach<Params>?

    private init(roles: Set<Role>, memberReach: MemberReach<Params>?) {
        self.roles = roles
        self.memberReach = memberReach
    }

    /// Staff only: callers holding one of `roles` (which must not include `member`).
    public static func staff(_ roles: Set<Role>) -> Access {
        precondition(!roles.contains(.member) && !roles.isEmpty, "staff access names staff roles only")
        return Access(roles: roles, memberReach: nil)
    }

    /// Staff holding one of `staff`, and member callers for their own member only: the member
    /// whose id `member` reads from the params. Another member's id is `forbidden`.
    public static func ownMember(_ staff: Set<Role>, _ member: @escaping @Sendable (Params) -> Int64) -> Access {
        precondition(!staff.contains(.member), "ownMember adds the member role itself")
        return Access(roles: staff.union([.member]), memberReach: .ownMember(member))
    }

    /// Staff holding one of `staff`, and member callers for records of their own member only:
    /// the `record` whose id `id` reads from the params. A record of another member is
    /// `not_found` exactly as an absent one, so a member token cannot probe which ids exist.
    /// Staff, plus a member token for a list filtered to its own member: `filter` names the
    /// optional member-id param, which the dispatcher sets to the token's member when it is
    /// absent and refuses when it names another member.
    public static func ownMemberFilter(_ staff: Set<Role>, _ filter: WritableKeyPath<Params, Int64?> & Sendable) -> Access {
        precondition(!staff.contains(.member), "ownMemberFilter adds the member role itself")
        return Access(roles: staff.union([.member]), memberReach: .ownMemberFilter(filter))
    }

    public static func ownRecord(_ staff: Set<Role>, _ record: OwnedRecord, _ id: @escaping @Sendable (Params) -> Int64) -> Access {
        precondition(!staff.contains(.member), "ownRecord adds the member role itself")
        return Access(roles: staff.union([.member]), memberReach: .ownRecord(record, id))
    }

    /// Staff holding one of `staff`, and every member caller, reaching all the method offers:
    /// for what the network shows all its members (its settings, the tiers, the method list).
    public static func members(_ staff: Set<Role>) -> Access {
        precondition(!staff.contains(.member), "members adds the member role itself")
        return Access(roles: staff.union([.member]), memberReach: .everything)
    }

    /// Any connected peer, even one that holds no role (only authentication belongs here).
    public static var anyone: Access { Access(roles: [], memberReach: .everything) }
}

/// How far a caller holding only the member role reaches with one method.
public enum MemberReach<Params: Sendable>: Sendable {
    /// All the method offers.
    case everything
    /// Only the member whose id the closure reads from the params.
    case ownMember(@Sendable (Params) -> Int64)
    /// A list filter on the member id: absent means the caller's own member.
    case ownMemberFilter(WritableKeyPath<Params, Int64?> & Sendable)
    /// Only records of its own member: the record of this kind whose id the closure reads.
    case ownRecord(OwnedRecord, @Sendable (Params) -> Int64)
}

/// A kind of record that belongs to one member (a contact, later an invoice or a registration),
/// named so that the daemon can look up its owner for ``Access/ownRecord(_:_:_:)``.
///
/// Areas declare their own kinds as static constants (`OwnedRecord.contact` is in the contact
/// area), so adding one edits no shared list; the daemon refuses to start when a method names a
/// kind whose owner lookup no area registered.
public struct OwnedRecord: Hashable, Sendable, CustomStringConvertible {
    /// The entity name used in `not_found` errors, e.g. `contact`.
    public let entity: String

    public init(entity: String) {
        self.entity = entity
    }

    public var description: String { entity }
}

extension Access {
    /// Who may call, for people: `secretariat`, `operator, secretariat; a member token: only its
    /// own member`, `any caller`. Feeds `rpc.discover`'s descriptions and `networkctl` help.
    public var summary: String {
        guard !roles.isEmpty else { return "any caller" }
        let staff = roles.subtracting([.member]).sorted().map(\.rawValue).joined(separator: ", ")
        switch memberReach {
        case nil: return staff
        case .everything?: return staff.isEmpty ? "member" : staff + ", member"
        case .ownMember?, .ownMemberFilter?: return staff + "; a member token: only its own member"
        case .ownRecord(let record, _)?: return staff + "; a member token: only its own member's \(record.entity)s"
        }
    }

    /// `rpc.discover`'s `x-member-reach`: `none`, `all`, `own-member` or `own-<entity>`.
    public var memberReachName: String {
        switch memberReach {
        case nil: "none"
        case .everything?: "all"
        case .ownMember?, .ownMemberFilter?: "own-member"
        case .ownRecord(let record, _)?: "own-\(record.entity)"
        }
    }
}
