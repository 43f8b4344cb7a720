/// One mailbox of a message: a display name, which may be any text, and an address.
///
/// Written in a header as `Ana Pérez <ana@council.example>`: the name plain when it is simple
/// ASCII, quoted when it holds punctuation (`"Smith, J." <j@x.example>`), and as RFC 2047
/// encoded-words otherwise; line breaks and other control characters in the name become spaces.
/// The address is only checked, never rewritten (see `MailRequest.validated()`).
public struct MailAddress: Codable, Sendable, Hashable {
    /// The display name; `nil` or blank writes the bare address.
    public var name: String?
    /// The address: `ana@council.example`.
    public var address: String

    /// The mailbox `address`, shown as `name`.
    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }
}
