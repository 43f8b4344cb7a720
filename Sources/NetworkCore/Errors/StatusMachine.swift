/// A status that moves only along a table of allowed steps: the shape of `MemberStatus`,
/// `ApplicationStatus` and, later, invoices and proposals.
///
/// Conforming types list their steps once (``transitions``); ``applying(_:)`` and
/// ``allowedPairs`` come from the table, and the database keeps the same pairs in a transition
/// table guarded by a trigger, which a test compares with ``allowedPairs``.
public protocol StatusMachine: RawRepresentable, Hashable, Sendable where RawValue == String {
    associatedtype Event: StatusEvent where Event.Status == Self
    /// The entity named in `invalid_transition` errors: `member`, `application`.
    static var entity: String { get }
    /// Every allowed (from, event) → to.
    static var transitions: [Self: [Event: Self]] { get }
}

/// What happens to a ``StatusMachine``'s entity; names the status it leads to.
public protocol StatusEvent: Hashable, Sendable {
    associatedtype Status
    /// The status this event leads to, whatever the status it starts from.
    var target: Status { get }
}

extension StatusMachine {
    /// The next status after `event`.
    ///
    /// - Throws: `NetworkError.invalidTransition` naming the entity, the current status and the
    ///   event's target.
    public func applying(_ event: Event) throws -> Self {
        guard let next = Self.transitions[self]?[event] else {
            throw NetworkError.invalidTransition(entity: Self.entity, from: rawValue, to: event.target.rawValue)
        }
        return next
    }

    /// Every allowed (from, to) pair, for comparing with the database's transition table.
    public static var allowedPairs: Set<[String]> {
        var pairs: Set<[String]> = []
        for (from, events) in transitions {
            for (_, to) in events { pairs.insert([from.rawValue, to.rawValue]) }
        }
        return pairs
    }
}
