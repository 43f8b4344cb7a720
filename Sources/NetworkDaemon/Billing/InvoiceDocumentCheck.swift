import NetworkCore

/// Placeholder until the document renderer lands (replaced in the same series of commits).
enum InvoiceDocumentCheck {
    static let none: (@Sendable (InvoiceSnapshot) throws -> Void)? = nil
}
