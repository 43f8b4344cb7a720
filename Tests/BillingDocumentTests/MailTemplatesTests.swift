import Foundation
import InvoiceDocument
import NetworkTestSupport
import Testing

/// The mail templates: every built-in kind renders a sensible message, the text parts are not
/// HTML-escaped while the HTML part is, the reminder escalates by step, and overrides and broken
/// templates behave as the invoice templates do.
@Suite("Mail templates")
struct MailTemplatesTests {
    @Test(arguments: MailTemplates.builtInKinds)
    func everyBuiltInKindRendersItsThreeParts(kind: String) throws {
        let templates = try MailTemplates(kind: kind, directory: "/nonexistent/networkd/templates")
        for part in MailTemplatePart.allCases {
            #expect(templates.sources[part] == .builtIn(fileName: "mail/\(kind).\(part.rawValue).mustache"))
        }
        let content = templates.render(MailFixtures.context())
        #expect(!content.subject.isEmpty && !content.subject.contains("\n"))
        #expect(content.subject.contains("Common Council Network"))
        #expect(!content.subject.contains("{{") && !content.text.contains("{{") && !content.html.contains("{{"))
        #expect(content.text.hasPrefix("Dear Ana Pérez,\n\n"))
        #expect(content.text.contains("Stroud District Council"))
        #expect(content.text.hasSuffix("With kind regards,\nCommon Council Network\naccounts@ccin.example\n"))
        #expect(content.html.hasPrefix("<!DOCTYPE html>"))
        #expect(content.html.contains("<p>Dear Ana Pérez,</p>"))
        #expect(!content.text.contains("&#39;") && !content.text.contains("&amp;"))
    }

    @Test(arguments: MailTemplates.builtInKinds)
    func builtInHTMLTemplatesEscapeEveryValue(kind: String) throws {
        let html = try #require(MailTemplates.builtInText(kind: kind, part: .html))
        for opening in ["{{{", "{{&", "{{%", "{{="] {
            #expect(!html.contains(opening), "\(kind) uses \(opening)")
        }
    }

    @Test func theInvoiceMessageSaysWhatIsDueAndHowToPay() throws {
        let content = try MailTemplates(kind: "invoice-issued", directory: nil).render(MailFixtures.context())
        #expect(content.subject == "Invoice CCIN-2027-0001 from Common Council Network")
        for expected in ["Please find attached invoice CCIN-2027-0001", "Amount due: £1,250.00", "Payment due by: 1 October 2027",
                         "How to pay:\nBank: Unity Trust Bank\nSort code: 60-83-01\nAccount: 20123456\n"] {
            #expect(content.text.contains(expected), "missing \(expected)")
        }
        #expect(content.html.contains("white-space: pre-line"))
    }

    @Test func textPartsAreNotHTMLEscapedButTheHTMLPartIs() throws {
        guard case .object(var context) = MailFixtures.context() else { return }
        context["member"] = .object(["name": .string("Tom & Jerry's <Council>")])
        context["recipient"] = .object(["name": .string("<script>alert(1)</script>")])
        let content = try MailTemplates(kind: "lapse-notice", directory: nil).render(.object(context))
        #expect(content.text.contains("Tom & Jerry's <Council>"))
        #expect(content.text.contains("Dear <script>alert(1)</script>,"))
        #expect(content.html.contains("Tom &amp; Jerry&#39;s &lt;Council&gt;"))
        #expect(!content.html.contains("<script>"))
    }

    @Test(arguments: [(Int64(1), "Reminder: ", "friendly reminder"), (2, "Second reminder: ", "We wrote recently"),
                      (3, "Final reminder: ", "Despite our earlier reminders"), (4, "Final reminder: ", "Despite our earlier reminders")])
    func remindersEscalateByStep(step: Int64, subject: String, wording: String) throws {
        let content = try MailTemplates(kind: "reminder", directory: nil).render(MailFixtures.context(reminderStep: step))
        #expect(content.subject == subject + "invoice CCIN-2027-0001 from Common Council Network is overdue")
        #expect(content.text.contains(wording))
        #expect(content.html.contains(wording))
        for other in ["friendly reminder", "We wrote recently", "Despite our earlier reminders"] where other != wording {
            #expect(!content.text.contains(other), "step \(step) also says \(other)")
        }
        #expect(content.text.contains("(14 days ago)"))
    }

    @Test func missingAndNullValuesShowAsNothingAndHideTheirSections() throws {
        let context = MailContextValue.object([
            "network": .object(["name": .string("CCIN"), "email": .null]),
            "invoice": .object(["number": .string("CCIN-2027-0002")]),
        ])
        let content = try MailTemplates(kind: "invoice-issued", directory: nil).render(context)
        #expect(content.text.hasPrefix("Dear ,\n"))
        #expect(!content.text.contains("Payment due by"))
        #expect(!content.text.contains("How to pay"))
        #expect(content.text.hasSuffix("With kind regards,\nCCIN\n"))
        #expect(!content.html.contains("mailto:"))
    }

    @Test func anOverridePartWinsAndTheOthersStayBuiltIn() throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        let path = try directory.write("mail/reminder.subject.mustache", "{{network.name}} & co: pay {{invoice.number}}\nnow\n")
        let templates = try MailTemplates(kind: "reminder", directory: directory.path)
        #expect(templates.sources[.subject] == .file(path: path))
        #expect(templates.sources[.text] == .builtIn(fileName: "mail/reminder.text.mustache"))
        #expect(templates.render(MailFixtures.context()).subject == "Common Council Network & co: pay CCIN-2027-0001 now")
    }

    @Test func aKindOnlyTheDirectoryProvidesNeedsAllThreeParts() throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        try directory.write("mail/agm-invite.subject.mustache", "AGM: {{when}}")
        try directory.write("mail/agm-invite.text.mustache", "Come on {{when}} & {{{when}}}.\n")
        #expect(MailTemplates.extraKinds(in: directory.path) == ["agm-invite"])
        #expect(throws: MailMessageError.templateNotFound(kind: "agm-invite", part: .html,
                                                          path: directory.path + "/mail/agm-invite.html.mustache")) {
            try MailTemplates(kind: "agm-invite", directory: directory.path)
        }
        try directory.write("mail/agm-invite.html.mustache", "<p>Come on {{when}}.</p>")
        let content = try MailTemplates(kind: "agm-invite", directory: directory.path)
            .render(.object(["when": .string("1 <May>")]))
        #expect(content == MailContent(subject: "AGM: 1 <May>", text: "Come on 1 <May> & 1 <May>.\n", html: "<p>Come on 1 &lt;May&gt;.</p>"))
        #expect(throws: MailMessageError.templateNotFound(kind: "agm-invite", part: .subject, path: nil)) {
            try MailTemplates(kind: "agm-invite", directory: nil)
        }
    }

    @Test(arguments: ["{{{member.name}}}", "{{&member.name}}", "{{%CONTENT_TYPE: TEXT}}", "{{=<% %>=}}"])
    func anHTMLOverrideThatCouldSkipEscapingIsRefused(tag: String) throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        let path = try directory.write("mail/reinstatement.html.mustache", "<p>Hello</p>\n<p>\(tag)</p>\n")
        let error = try #require(throws: MailMessageError.self) { try MailTemplates(kind: "reinstatement", directory: directory.path) }
        guard case .templateInvalid(let source, let line, let column, let problem, _) = error else {
            Issue.record("expected templateInvalid, got \(error)")
            return
        }
        #expect((source, line, column) == (path, 2, 4))
        #expect(problem.contains("HTML-escaped"))
    }

    @Test func aBrokenTextTemplateNamesItsFileLineAndColumn() throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        let path = try directory.write("mail/po-requested.text.mustache", "Dear {{recipient.name}},\n{{#invoice}}{{gross}}{{/invoices}}\n")
        #expect(throws: MailMessageError.templateInvalid(
            source: path, line: 2, column: 25,
            problem: "a section is closed with a name other than the one it was opened with",
            excerpt: "{{#invoice}}{{gross}}{{/invoices}}"
        )) {
            try MailTemplates(kind: "po-requested", directory: directory.path)
        }
    }

    @Test func anUnreadableOverrideIsATypedError() throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail/invoice-issued.text.mustache", withIntermediateDirectories: true)
        #expect(throws: MailMessageError.templateUnreadable(path: directory.path + "/mail/invoice-issued.text.mustache",
                                                            reason: "Is a directory")) {
            try MailTemplates(kind: "invoice-issued", directory: directory.path)
        }
    }
}
