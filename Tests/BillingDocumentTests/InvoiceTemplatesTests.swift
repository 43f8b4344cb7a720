import Foundation
import InvoiceDocument
import NetworkCore
import NetworkTestSupport
import Testing

/// Where the templates come from: built in, or an override in the template directory — and what
/// a broken or unsafe override does (a typed error naming the file, never a trap).
@Suite("Invoice templates")
struct InvoiceTemplatesTests {
    @Test func builtInTemplatesAreUsedWhenTheDirectoryIsMissing() throws {
        let templates = try InvoiceTemplates(directory: "/nonexistent/networkd/templates")
        #expect(templates.invoiceSource == .builtIn(fileName: "invoice.mustache"))
        #expect(templates.creditNoteSource == .builtIn(fileName: "credit-note.mustache"))
        #expect(try templates.render(InvoiceFixtures.invoice()).contains("CCIN-2026-0001"))
    }

    @Test func builtInTemplatesEscapeEveryValue() {
        for kind in [InvoiceSnapshot.Kind.invoice, .creditNote] {
            let text = InvoiceTemplates.builtInText(for: kind)
            for opening in ["{{{", "{{&", "{{%", "{{="] {
                #expect(!text.contains(opening), "\(kind) uses \(opening)")
            }
        }
    }

    @Test func anOverrideInTheTemplateDirectoryWins() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("invoice.mustache", "<p>Override for {{payer.name}}: {{number}}, {{gross}}</p>\n")
        let templates = try InvoiceTemplates(directory: directory.path)
        #expect(templates.invoiceSource == .file(path: path))
        #expect(templates.creditNoteSource == .builtIn(fileName: "credit-note.mustache"))
        #expect(try templates.render(InvoiceFixtures.invoice())
            == "<p>Override for Stroud District Council: CCIN-2026-0001, £2,400.00</p>\n")
        #expect(try templates.render(InvoiceFixtures.creditNote()).contains("CREDIT NOTE"))
    }

    @Test func aCreditNoteOverrideWinsForCreditNotesOnly() throws {
        let directory = try ScratchDirectory()
        try directory.write("credit-note.mustache", "Credit {{number}} against {{credits}}: {{reason}}")
        let templates = try InvoiceTemplates(directory: directory.path + "/")
        #expect(try templates.render(InvoiceFixtures.creditNote())
            == "Credit CCIN-CN-2026-0001 against CCIN-2026-0001: Conference places cancelled before the deadline")
        #expect(try templates.render(InvoiceFixtures.invoice()).contains("INVOICE"))
    }

    @Test func anUnclosedSectionNamesTheFile() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("invoice.mustache", "<table>\n{{#lines}}\n<tr><td>{{description}}</td></tr>\n</table>\n")
        let error = try #require(throws: InvoiceDocumentError.self) { try InvoiceTemplates(directory: directory.path) }
        guard case .templateInvalid(let source, let line, _, let problem, _) = error else {
            Issue.record("expected templateInvalid, got \(error)")
            return
        }
        #expect(source == path)
        #expect(line != nil)
        #expect(problem.contains("never closed"))
        #expect(error.description.hasPrefix("invoice template \(path):"))
    }

    @Test func aMismatchedSectionCloseNamesTheLine() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("credit-note.mustache", "<p>{{number}}</p>\n{{#lines}}{{description}}{{/line}}\n")
        #expect(throws: InvoiceDocumentError.templateInvalid(
            source: path, line: 2, column: 29,
            problem: "a section is closed with a name other than the one it was opened with",
            excerpt: "{{#lines}}{{description}}{{/line}}"
        )) {
            try InvoiceTemplates(directory: directory.path)
        }
    }

    @Test(arguments: ["{{{payer.name}}}", "{{&payer.name}}", "{{%CONTENT_TYPE: TEXT}}{{payer.name}}", "{{=<% %>=}}<%{payer.name}%>"])
    func anOverrideThatCouldSkipEscapingIsRefused(tag: String) throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("invoice.mustache", "<h1>{{title}}</h1>\n<p>\(tag)</p>\n")
        let error = try #require(throws: InvoiceDocumentError.self) { try InvoiceTemplates(directory: directory.path) }
        guard case .templateInvalid(let source, let line, let column, let problem, _) = error else {
            Issue.record("expected templateInvalid, got \(error)")
            return
        }
        #expect(source == path)
        #expect(line == 2 && column == 4)
        #expect(problem.contains("HTML-escaped"))
    }

    @Test func anUnreadableOverrideIsATypedError() throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/invoice.mustache", withIntermediateDirectories: false)
        #expect(throws: InvoiceDocumentError.templateUnreadable(path: directory.path + "/invoice.mustache", reason: "Is a directory")) {
            try InvoiceTemplates(directory: directory.path)
        }
    }

    @Test func anOverrideThatIsNotUTF8IsATypedError() throws {
        let directory = try ScratchDirectory()
        let path = directory.path + "/credit-note.mustache"
        try Data([0x3C, 0x70, 0x3E, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
        #expect(throws: InvoiceDocumentError.templateUnreadable(path: path, reason: "not UTF-8 text")) {
            try InvoiceTemplates(directory: directory.path)
        }
    }
}
