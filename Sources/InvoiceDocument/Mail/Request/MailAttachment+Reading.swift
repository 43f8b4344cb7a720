extension MailAttachment {
    /// The bytes of the file at `path`, which the message carries; `index` names the attachment
    /// in an error.
    ///
    /// - Throws: `MailMessageError.attachmentUnreadable(index:path:reason:)` when there is no such
    ///   file or it cannot be read ("No such file or directory", "Permission denied", "Is a
    ///   directory"); `.attachmentsTooLarge(limit: MailMessage.maximumAttachmentBytes)` when it
    ///   holds more than `limit` bytes (what is left of that limit for this attachment).
    func contents(index: Int, limit: Int) throws(MailMessageError) -> [UInt8] {
        do {
            return try FileContents.read(path, limit: limit)
        } catch {
            switch error {
            case .missing:
                throw .attachmentUnreadable(index: index, path: path, reason: "No such file or directory")
            case .unreadable(let reason):
                throw .attachmentUnreadable(index: index, path: path, reason: reason)
            case .tooLarge:
                throw .attachmentsTooLarge(limit: MailMessage.maximumAttachmentBytes)
            }
        }
    }
}
