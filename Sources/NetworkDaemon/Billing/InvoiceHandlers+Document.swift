import AdminProtocol
import FoundationEssentials
import NetworkCore
import NetworkStore
import Postgres

extension InvoiceHandlers {
    /// The document of an issued invoice, or of one of its credit notes, rendered from the
    /// snapshot frozen at issue — so it shows exactly what was sent, whatever has changed since —
    /// with the templates as they are now: HTML, or (the default) a PDF in base64.
    ///
    /// A member token reaches only its own member's invoices (the dispatcher checks the owner
    /// before this runs); another member's invoice is `not_found`, exactly as an absent one.
    ///
    /// - Important: a PDF takes WeasyPrint a second or more, during which this request holds
    ///   its pooled connection and pool thread.
    /// - Throws: `not_found` (the invoice; a credit note that is not this invoice's);
    ///   `validation` for an invoice not issued yet (a draft, one waiting for its PO number, or
    ///   one cancelled unissued); `unavailable` when the document cannot be rendered (a broken
    ///   template, WeasyPrint missing or too slow); what decoding a stored snapshot throws.
    @Sendable
    static func document(_ context: RequestContext, _ params: InvoiceDocument.Params, _ connection: PostgresConnection) throws
        -> InvoiceDocument.Result
    {
        let invoice = try InvoiceStore.require(params.id, on: connection)
        let stored: String
        if let noteId = params.creditNoteId {
            guard let note = try CreditNoteStore.get(id: noteId, number: nil, on: connection), note.invoiceId == invoice.id else {
                throw NetworkError.notFound(entity: "credit note", id: "\(noteId) of invoice \(invoice.id)")
            }
            stored = note.snapshotJSON
        } else {
            guard invoice.number != nil, let snapshotJSON = invoice.snapshotJSON else {
                let why = invoice.status == .cancelled
                    ? "was cancelled before it was issued, so it has no document"
                    : "is \(invoice.status.rawValue): it has no document until it is issued — issue it first with \(InvoiceIssue.name)"
                throw NetworkError.invalid("id", "invoice \(invoice.id) \(why)")
            }
            stored = snapshotJSON
        }
        let snapshot = try JSONCoding.decode(InvoiceSnapshot.self, from: try JSONCoding.readValue(Array(stored.utf8)))
        let documents = context.services.invoiceDocuments
        switch params.format ?? .pdf {
        case .html:
            return InvoiceDocument.Result(number: snapshot.number, format: .html, contentType: "text/html; charset=utf-8",
                                          html: try documents.html(snapshot))
        case .pdf:
            return InvoiceDocument.Result(number: snapshot.number, format: .pdf, contentType: "application/pdf",
                                          pdfBase64: Data(try documents.pdf(snapshot)).base64EncodedString())
        }
    }
}
