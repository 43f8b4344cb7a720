import NetworkCore

/// The member a contact belongs to, as far as contacts and tokens need to know it.
public struct ContactOwner: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var status: MemberStatus

    public init(id: Int64, name: String, status: MemberStatus) {
        self.id = id
        self.name = name
        self.status = status
    }

    /// Whether contacts may still be added: applicants (their application needs people) and
    /// current members; not resigned, terminated or rejected ones, whose contacts stay listed,
    /// editable and removable (and erasable) but do not grow.
    public var acceptsNewContacts: Bool {
        status == .applicant || status.isCurrent
    }
}
