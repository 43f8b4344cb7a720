/// Checks an `expectedVersion` against the current one (optimistic locking).
///
/// `nil` means the caller did not ask for the check.
/// - Throws: `NetworkError.conflict` naming the current version when they differ.
public func checkExpectedVersion(_ expected: Int?, current: Int, entity: String) throws {
    guard let expected, expected != current else { return }
    throw NetworkError.conflict("\(entity) is at version \(current), not \(expected); re-read it and try again", currentVersion: current)
}
