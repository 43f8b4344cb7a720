/// Where an application is: the values board recommends, the executive committee decides.
///
/// `submitted → recommended` (the values board; it may revise its recommendation while the
/// application is undecided, `recommended → recommended`), `recommended → approved`,
/// `submitted | recommended → rejected`. Decided applications are final. The transitions are
/// `ApplicationStatus.transitions`; the database holds the same table
/// (`application_status_transition`) and a trigger refuses any other change, so neither side
/// can drift from the other (a test compares them).
public enum ApplicationStatus: String, StatusMachine, CaseIterable {
    case submitted
    case recommended
    case approved
    case rejected

    /// Whether the executive committee has decided (nothing changes afterwards).
    public var isDecided: Bool { self == .approved || self == .rejected }
}

/// What happens to an application.
public enum ApplicationEvent: String, StatusEvent, CaseIterable {
    /// The values board recommends approval or rejection, or revises its recommendation.
    case recommend
    /// The executive committee approves a recommended application.
    case approve
    /// The executive committee rejects an undecided application.
    case reject

    /// The status this event leads to, whatever the status it starts from.
    public var target: ApplicationStatus {
        switch self {
        case .recommend: .recommended
        case .approve: .approved
        case .reject: .rejected
        }
    }
}

extension ApplicationStatus {
    /// Named in `invalid_transition` errors.
    public static let entity = "application"

    /// Every allowed (from, event) → to. Approval needs a recommendation first; rejection does
    /// not (the committee may reject outright).
    public static let transitions: [ApplicationStatus: [ApplicationEvent: ApplicationStatus]] = [
        .submitted: [.recommend: .recommended, .reject: .rejected],
        .recommended: [.recommend: .recommended, .approve: .approved, .reject: .rejected],
        .approved: [:],
        .rejected: [:],
    ]
}
