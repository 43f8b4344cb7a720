/// Where an application is: the values board recommends, the executive committee decides.
///
/// `submitted → recommended` (the values board; it may revise its recommendation while the
/// application is undecided, `recommended → recommended`), `recommended → approved`,
/// `submitted | recommended → rejected`. Decided applications are final. The transitions are
/// `ApplicationStatus.transitions`; the database holds the same table
/// (`application_status_transition`) and a trigger refuses any other change, so neither side
/// can drift from the other (a test compares them).
public enum ApplicationStatus: String, Sendable, Hashable, CaseIterable {
    case submitted
    case recommended
    case approved
    case rejected

    /// Whether the executive committee has decided (nothing changes afterwards).
    public var isDecided: Bool { self == .approved || self == .rejected }
}

/// What happens to an application.
public enum ApplicationEvent: String, Sendable, Hashable, CaseIterable {
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
    /// Every allowed (from, event) → to. Approval needs a recommendation first; rejection does
    /// not (the committee may reject outright).
    public static let transitions: [ApplicationStatus: [ApplicationEvent: ApplicationStatus]] = [
        .submitted: [.recommend: .recommended, .reject: .rejected],
        .recommended: [.recommend: .recommended, .approve: .approved, .reject: .rejected],
        .approved: [:],
        .rejected: [:],
    ]

    /// The next status after `event`.
    ///
    /// - Throws: `NetworkError.invalidTransition` (entity `application`) naming the current
    ///   status and the event's target, as `MemberStatus.applying(_:)` does.
    public func applying(_ event: ApplicationEvent) throws -> ApplicationStatus {
        guard let next = Self.transitions[self]?[event] else {
            throw NetworkError.invalidTransition(entity: "application", from: rawValue, to: event.target.rawValue)
        }
        return next
    }

    /// Every allowed (from, to) pair, for comparing with the database; includes
    /// `recommended → recommended`, the revision, which the table lists too.
    public static var allowedPairs: Set<[String]> {
        var pairs: Set<[String]> = []
        for (from, events) in transitions {
            for (_, to) in events { pairs.insert([from.rawValue, to.rawValue]) }
        }
        return pairs
    }
}
