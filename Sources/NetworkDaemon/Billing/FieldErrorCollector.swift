import NetworkCore

/// Gathers the validation errors of several checks, so that one answer names every bad field
/// (the billing handlers check each field and report them all at once).
struct FieldErrorCollector {
    private(set) var errors: [FieldError] = []

    /// Runs `check`; a validation error is kept and `nil` returned, anything else is rethrown
    /// (a database error is never passed off as a bad field).
    @discardableResult
    mutating func collect<T>(_ check: () throws -> T) rethrows -> T? {
        do {
            return try check()
        } catch NetworkError.validation(let found) {
            errors += found
            return nil
        }
    }

    /// Keeps one more error.
    mutating func append(_ error: FieldError) { errors.append(error) }

    /// - Throws: `validation` with every error kept, when there is one.
    func throwIfAny() throws {
        if !errors.isEmpty { throw NetworkError.validation(errors) }
    }
}
