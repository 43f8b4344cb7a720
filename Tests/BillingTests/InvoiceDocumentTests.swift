import AdminProtocol
import Foundation
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkTestSupport
import Testing

/// The invoice document through the daemon's own request path: the built `networkd-document`
/// spawned by the daemon, the real WeasyPrint, and the PDF read back with `pdftotext`; and the
/// check before issuing that keeps a broken template from costing an invoice number.
@Suite("Invoice documents", .freshDatabase)
struct InvoiceDocumentTests {
    /// A configuration whose renderer is the built `networkd-document` and whose override
    /// templates are in `templates`, with room for WeasyPrint on a busy 2-core machine.
    static func configuration(templates: String) -> DaemonConfiguration {
        var configuration = DaemonConfiguration()
        configuration.documentRenderer = BuiltBinaries.networkdDocument
        configuration.templatesDirectory = templates
        configuration.pdfTimeoutSeconds = 170
        return configuration
    }

    /// Stroud, PO required, billed for the attention of its finance contact, with the network's
    /// billing details set: the issued invoice's PO number supplied by Stroud's own token.
    static func issuedWithPurchaseOrder(_ h: MembershipHarness) async throws -> (invoice: InvoiceWire, member: Caller) {
        _ = try await BillingKit.openYear(h)
        _ = try await h.call(BillingSet.self, .init(address: "c/o Oldham Council\nCivic Centre, West Street\nOldham OL1 1UT",
                                                    email: "secretariat@councils.coop", vatNumber: "GB 123 4567 89",
                                                    paymentDetails: "Sort code: 60-83-01\nAccount: 20123456"))
        let stroud = try await BillingKit.council(h, "Stroud District Council", poRequired: true)
        let finance = try await h.call(ContactAdd.self, .init(memberId: stroud.id, name: "Ada Lovelace", email: "ada@stroud.gov.uk",
                                                              roles: [.finance]))
        _ = try await h.call(MemberSetBilling.self, .init(id: stroud.id, billingAddress: "Ebley Mill\nStroud GL5 4UB",
                                                          payerContactId: finance.id))
        let draft = try await BillingKit.subscription(h, stroud)
        let held = try await h.call(InvoiceIssue.self, .init(id: draft.id))
        #expect(held.status == .awaitingPurchaseOrder)
        let member = try await h.memberCaller(stroud.id)
        let issued = try await h.call(InvoiceSetPurchaseOrder.self, .init(id: draft.id, purchaseOrder: "PO-77-ALPHA"), as: member)
        #expect(issued.status == .issued && issued.number != nil)
        return (issued, member)
    }

    @Test func aMemberFetchesItsInvoiceAsAPDFShowingWhatAccountsPayableNeeds() async throws {
        let templates = try TemplateDirectory()
        try await withMembership(configuration: Self.configuration(templates: templates.path)) { h in
            let (invoice, member) = try await Self.issuedWithPurchaseOrder(h)
            let document = try await h.call(InvoiceDocument.self, .init(id: invoice.id), as: member)
            #expect(document.number == invoice.number && document.format == .pdf && document.contentType == "application/pdf")
            #expect(document.html == nil)
            let base64 = try #require(document.pdfBase64)
            let pdf = try #require(Data(base64Encoded: base64))
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
            let text = try await Self.text(ofPDF: pdf)
            let due = try #require(invoice.dueOn.flatMap(CalendarDate.init(parsing:)))
            for expected in [
                try #require(invoice.number), "PO-77-ALPHA", "Stroud District Council", "FAO Ada Lovelace", "Ebley Mill",
                "£3,500.00", "£700.00", "£4,200.00", Self.ukLongForm(due), "VAT registration number GB 123 4567 89",
                "Sort code: 60-83-01",
            ] {
                #expect(text.contains(expected), "the PDF's text lacks \(expected): \(text)")
            }
        }
    }

    @Test func theHTMLDocumentAndACreditNotesDocument() async throws {
        let templates = try TemplateDirectory()
        try await withMembership(configuration: Self.configuration(templates: templates.path)) { h in
            let (invoice, _) = try await Self.issuedWithPurchaseOrder(h)
            let number = try #require(invoice.number)
            let html = try await h.call(InvoiceDocument.self, .init(id: invoice.id, format: .html))
            #expect(html.format == .html && html.contentType == "text/html; charset=utf-8" && html.pdfBase64 == nil)
            let page = try #require(html.html)
            for expected in [number, "PO-77-ALPHA", "FAO Ada Lovelace", "£4,200.00", "Total due (GBP)"] {
                #expect(page.contains(expected), "the HTML lacks \(expected)")
            }

            let cancelled = try await h.call(InvoiceCancel.self, .init(id: invoice.id, reason: "Joined by mistake"))
            let note = try #require(cancelled.creditNotes.first)
            let document = try await h.call(InvoiceDocument.self, .init(id: invoice.id, format: .pdf, creditNoteId: note.id))
            #expect(document.number == note.number)
            let base64 = try #require(document.pdfBase64)
            let text = try await Self.text(ofPDF: try #require(Data(base64Encoded: base64)))
            for expected in ["CREDIT NOTE", note.number, "Credits invoice \(number)", "Joined by mistake", "Total credited (GBP)", "£4,200.00",
                             "PO-77-ALPHA"] {
                #expect(text.contains(expected), "the credit note's text lacks \(expected): \(text)")
            }
            // The cancelled invoice's own document is still what was sent.
            let original = try await h.call(InvoiceDocument.self, .init(id: invoice.id, format: .html))
            #expect(original.html?.contains("Total due (GBP)") == true)

            // Another invoice's credit note is not this invoice's.
            let oldham = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Oldham Council"))
            _ = try await h.expectError(InvoiceDocument.self, .init(id: oldham.id, format: .html, creditNoteId: note.id), kind: "not_found")
            _ = try await h.expectError(InvoiceDocument.self, .init(id: invoice.id, format: .html, creditNoteId: note.id + 1000),
                                        kind: "not_found")
        }
    }

    @Test func anotherMembersTokenGetsNotFoundAndADraftHasNoDocument() async throws {
        let templates = try TemplateDirectory()
        try await withMembership(configuration: Self.configuration(templates: templates.path)) { h in
            let (invoice, stroud) = try await Self.issuedWithPurchaseOrder(h)
            let oldham = try await BillingKit.council(h, "Oldham Council")
            let stranger = try await h.memberCaller(oldham.id)
            _ = try await h.expectError(InvoiceDocument.self, .init(id: invoice.id, format: .html), kind: "not_found", as: stranger)
            _ = try await h.expectError(InvoiceDocument.self, .init(id: invoice.id + 1000, format: .html), kind: "not_found")

            let draft = try await BillingKit.subscription(h, oldham)
            let error = try await h.expectError(InvoiceDocument.self, .init(id: draft.id, format: .html), kind: "validation")
            #expect(MembershipHarness.fieldMessage(error, "id")?.contains("issue it first") == true, "\(error.message)")
            _ = try await h.expectError(InvoiceDocument.self, .init(id: draft.id, format: .html), kind: "not_found", as: stroud)
        }
    }

    @Test func aBrokenOverrideTemplateStopsTheIssueAndCostsNoNumber() async throws {
        let templates = try TemplateDirectory()
        try await withMembership(configuration: Self.configuration(templates: templates.path)) { h in
            let year = try await BillingKit.openYear(h)
            let stroud = try await BillingKit.council(h, "Stroud District Council")
            let draft = try await BillingKit.subscription(h, stroud)
            let counter = "SELECT coalesce(max(last_number), 0) FROM invoice_series"
            let before = try await h.psql(counter)
            let path = try templates.write("invoice.mustache", "<h1>{{number}}</h1>\n{{#lines}}<p>{{description}}</p>\n")

            let error = try await h.expectError(InvoiceIssue.self, .init(id: draft.id), kind: "unavailable")
            #expect(error.message.contains("invoice template \(path):"), "\(error.message)")
            #expect(error.message.contains("never closed") && error.message.contains("nothing was issued"), "\(error.message)")
            let still = try await h.call(InvoiceGet.self, .init(id: draft.id))
            #expect(still.status == .draft && still.number == nil)
            #expect(try await h.psql(counter) == before)

            try templates.write("invoice.mustache", "<h1>{{number}}</h1>\n{{#lines}}<p>{{description}}</p>{{/lines}}\n")
            let issued = try await h.call(InvoiceIssue.self, .init(id: draft.id))
            #expect(issued.number == "CCIN-\(year.startYear)-0001")
            let html = try await h.call(InvoiceDocument.self, .init(id: issued.id, format: .html))
            #expect(html.html?.hasPrefix("<h1>CCIN-\(year.startYear)-0001</h1>\n<p>Membership subscription") == true, "\(html.html ?? "")")

            // Broken again after a success: the check sees the file changed and runs again.
            try templates.write("invoice.mustache", "<h1>{{number}</h1>\n")
            let second = try await BillingKit.subscription(h, try await BillingKit.council(h, "Oldham Council"))
            _ = try await h.expectError(InvoiceIssue.self, .init(id: second.id), kind: "unavailable")
            // A broken credit-note template stops a cancellation the same way.
            try templates.remove("invoice.mustache")
            let creditPath = try templates.write("credit-note.mustache", "{{^reason}}\n")
            let refused = try await h.expectError(InvoiceCancel.self, .init(id: issued.id, reason: "Joined by mistake"), kind: "unavailable")
            #expect(refused.message.contains("credit note document") && refused.message.contains(creditPath), "\(refused.message)")
            #expect(try await h.call(InvoiceGet.self, .init(id: issued.id)).status == .issued)
            try templates.remove("credit-note.mustache")
            #expect(try await h.call(InvoiceIssue.self, .init(id: second.id)).number == "CCIN-\(year.startYear)-0002")
            #expect(try await BillingKit.series(h, "CCIN-\(year.startYear)") == [1, 2])
        }
    }

    /// The text `pdftotext` reads from `pdf`, white space runs as single spaces.
    static func text(ofPDF pdf: Data) async throws -> String {
        let templates = try TemplateDirectory()
        let file = templates.path + "/document.pdf"
        try pdf.write(to: URL(fileURLWithPath: file))
        let output = try await offPool { try runProcess("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"], timeout: 120) }
        #expect(output.status == 0, "pdftotext: \(output.stderr)")
        return output.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `1 October 2026`, as the built-in templates write dates.
    static func ukLongForm(_ date: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}

/// A temporary folder for override templates, removed when the test is done with it.
final class TemplateDirectory: Sendable {
    /// The folder's absolute path.
    let path: String

    /// A new, empty folder.
    init() throws {
        path = NSTemporaryDirectory() + "invoice-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` to `name` in the folder (atomically, as an editor saves) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Removes `name` from the folder: the built-in template is used again.
    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + name)
    }
}
