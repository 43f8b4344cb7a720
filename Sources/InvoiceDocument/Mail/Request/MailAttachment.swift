/// A file attached to a message: where to read it, what to call it, and its media type.
///
/// The daemon writes the file (an invoice's PDF) before it runs the renderer and removes it once
/// the message is sent; the renderer only reads it, whole, when it composes the message.
public struct MailAttachment: Codable, Sendable, Hashable {
    /// The name the recipient sees: `CCIN-2027-0001.pdf`. Any text without `/` or control
    /// characters, up to 255 UTF-8 bytes; non-ASCII names are written as RFC 2231 parameters.
    public var filename: String
    /// The media type, `type/subtype` without parameters: `application/pdf`.
    public var contentType: String
    /// The file to read, an absolute path on the renderer's machine.
    public var path: String

    /// The file at `path`, attached as `filename` of type `contentType`.
    public init(filename: String, contentType: String, path: String) {
        self.filename = filename
        self.contentType = contentType
        self.path = path
    }
}
