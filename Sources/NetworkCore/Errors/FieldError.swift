/// One invalid field in a request: which field and what is wrong with it.
public struct FieldError: Sendable, Hashable, Codable {
    /// The field's name as it appears on the wire, e.g. `timeZone`.
    public var field: String
    /// A sentence a person can act on, e.g. "must be an IANA time zone such as Europe/London".
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
