extension NetworkError {
    /// The error in one line for a person: what a job run notes about a member it skipped,
    /// what the log says. The same words the wire's error message uses.
    public var summary: String {
        switch self {
        case .notFound(let entity, let id): "\(entity) \(id) not found"
        case .forbidden(let message), .conflict(let message, _), .unavailable(let message): message
        case .invalidTransition(let entity, let from, let to): "\(entity) cannot go from \(from) to \(to)"
        case .validation(let errors): errors.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        }
    }
}
