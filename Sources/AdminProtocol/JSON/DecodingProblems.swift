/// The failures met while decoding one value with `JSONCoding.decodeReportingAll`.
///
/// Keyed containers record a member that fails here and hand back a placeholder in its place,
/// so one request's params report every bad field at once. It lives for one decode, on one
/// thread.
final class DecodingProblems {
    var errors: [DecodingError] = []

    /// Every failure of one decode, in the order met.
    struct Failure: Error {
        var errors: [DecodingError]
    }

    /// Runs `decode`; on a `DecodingError` records it and returns `fallback()` instead.
    ///
    /// If there is no placeholder for the type (`fallback` throws), the original error is
    /// thrown, so decoding stops there as it would without collecting.
    func recording<T>(_ decode: () throws -> T, fallback: () throws -> T) throws -> T {
        do {
            return try decode()
        } catch let error as DecodingError {
            guard let value = try? fallback() else { throw error }
            errors.append(error)
            return value
        }
    }
}
