/// One broken invariant of the request path: which one, and what was seen instead.
///
/// The fuzz entry point traps on the first one (so libFuzzer keeps the input); the corpus
/// replay and the tests report them all.
public struct InvariantViolation: Sendable, Hashable, CustomStringConvertible {
    /// A short stable name, e.g. `json.roundTrip`.
    public var invariant: String
    /// What differed, with the values involved (shortened).
    public var detail: String

    public init(_ invariant: String, _ detail: String) {
        self.invariant = invariant
        self.detail = detail
    }

    public var description: String { "\(invariant): \(detail)" }
}

/// Collects violations while the checks run.
struct ViolationLog {
    private(set) var violations: [InvariantViolation] = []

    mutating func expect(_ condition: Bool, _ invariant: String, _ detail: @autoclosure () -> String) {
        if !condition { violations.append(InvariantViolation(invariant, detail())) }
    }

    mutating func record(_ invariant: String, _ detail: String) {
        violations.append(InvariantViolation(invariant, detail))
    }
}

/// At most `limit` characters of `value`'s description, for violation details.
func shortened(_ value: Any, limit: Int = 200) -> String {
    let text = String(describing: value)
    return text.unicodeScalars.count <= limit ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
}
