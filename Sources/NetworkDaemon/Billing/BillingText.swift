import NetworkCore

/// Checks of free text the billing methods accept: trimmed, bounded, no control characters
/// except newlines where a field holds lines (addresses, payment details).
enum BillingText {
    /// `text` trimmed; `nil` when nothing is left.
    ///
    /// - Throws: `validation` on `field` when longer than `limit` Unicode scalars, or holding
    ///   control characters (newlines and tabs allowed only when `multiline`).
    static func checked(_ text: String, field: String, limit: Int, multiline: Bool = false) throws -> String? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.storedLength > limit { throw NetworkError.invalid(field, "must be at most \(limit) characters") }
        let allowed: Set<Unicode.Scalar> = multiline ? ["\n", "\t"] : []
        if trimmed.unicodeScalars.contains(where: { ($0.properties.generalCategory == .control) && !allowed.contains($0) }) {
            throw NetworkError.invalid(field, multiline ? "must not contain control characters other than newlines" : "must not contain control characters")
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A required reason: trimmed, 1–2,000 characters.
    ///
    /// - Throws: `validation` on `reason` when blank or too long.
    static func reason(_ text: String, field: String = "reason") throws -> String {
        guard let reason = try checked(text, field: field, limit: 2000) else { throw NetworkError.invalid(field, "is required: say why") }
        return reason
    }
}
