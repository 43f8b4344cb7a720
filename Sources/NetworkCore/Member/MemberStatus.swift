/// Where a member is in its lifecycle.
///
/// The transitions are `MemberStatus.transition(from:on:)`; the database holds the same table
/// (`member_status_transition`) and a trigger refuses any other change, so neither side can
/// drift from the other (a test compares them).
public enum MemberStatus: String, StatusMachine, CaseIterable, Codable {
    case applicant
    case active
    case lapsed
    case suspended
    case resigned
    case terminated
    case rejected

    /// Whether the member belongs to the network now (counts for ballots, may authenticate).
    public var isCurrent: Bool {
        switch self {
        case .active, .lapsed, .suspended: true
        case .applicant, .resigned, .terminated, .rejected: false
        }
    }
}

/// What happens to a member.
public enum MemberEvent: String, StatusEvent, CaseIterable, Codable {
    /// The executive committee approved the application.
    case approve
    /// The application was rejected.
    case reject
    /// Unpaid past the grace period (the scheduler).
    case lapse
    /// Paid after lapsing.
    case renew
    case suspend
    case reinstate
    /// The member leaves.
    case resign
    /// The secretariat ends the membership.
    case terminate

    /// The status this event leads to, whatever the status it starts from.
    public var target: MemberStatus {
        switch self {
        case .approve, .renew, .reinstate: .active
        case .reject: .rejected
        case .lapse: .lapsed
        case .suspend: .suspended
        case .resign: .resigned
        case .terminate: .terminated
        }
    }
}

extension MemberStatus {
    /// Named in `invalid_transition` errors.
    public static let entity = "member"

    /// Every allowed (from, event) → to, as the product specifies.
    public static let transitions: [MemberStatus: [MemberEvent: MemberStatus]] = [
        .applicant: [.approve: .active, .reject: .rejected],
        .active: [.lapse: .lapsed, .suspend: .suspended, .resign: .resigned, .terminate: .terminated],
        .lapsed: [.renew: .active, .resign: .resigned, .terminate: .terminated],
        .suspended: [.reinstate: .active, .resign: .resigned, .terminate: .terminated],
        .resigned: [:],
        .terminated: [:],
        .rejected: [:],
    ]
}
