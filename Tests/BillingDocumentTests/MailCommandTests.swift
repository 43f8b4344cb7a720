import ChildProcess
import Foundation
import InvoiceDocument
import NetworkTestSupport
import Testing

/// The built `networkd-document message`, as the daemon runs it: the request on stdin, the whole
/// message on stdout, and on failure one line on stderr with the status (64 bad arguments, 65 a
/// request or template that cannot be used, 66 an attachment that cannot be read); and the mail
/// templates in `check` and `built-in`.
@Suite("networkd-document message")
struct MailCommandTests {
    /// Runs the built binary with `arguments` and `input` on stdin.
    static func run(_ arguments: [String], input: [UInt8] = []) async throws -> ChildProcess.Output {
        try await RendererCommandTests.run(arguments, input: input)
    }

    /// A request for a file of PDF bytes written to `directory`, and those bytes.
    static func requestWithAttachment(in directory: ScratchDirectory) throws -> (MailRequest, [UInt8]) {
        let bytes = MailFixtures.pdfBytes()
        let path = directory.path + "/CCIN-2027-0001.pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let request = MailFixtures.request(attachments: [
            MailAttachment(filename: "CCIN-2027-0001.pdf", contentType: "application/pdf", path: path),
        ])
        return (request, bytes)
    }

    @Test func messageWritesTheWholeComposedMessage() async throws {
        let directory = try ScratchDirectory()
        let (request, bytes) = try Self.requestWithAttachment(in: directory)
        let output = try await Self.run(["message", "--templates", "/nonexistent"], input: try MailFixtures.json(request))
        #expect(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        #expect(output.standardError.isEmpty)
        let text = String(decoding: output.standardOutput, as: UTF8.self)
        let content = try MailTemplates(kind: "invoice-issued", directory: nil).render(request.context)
        #expect(text == (try MailMessage(request: request, content: content, attachmentContents: [bytes]).text))
        #expect(text.hasPrefix("From: Common Council Network <accounts@ccin.example>\n"))
        #expect(text.contains("\nSubject: Invoice CCIN-2027-0001 from Common Council Network\n"))
        #expect(text.hasSuffix("_mixed--\n"))
    }

    @Test func anOverrideTemplateInTheDirectoryIsUsed() async throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        try directory.write("mail/invoice-issued.subject.mustache", "Your {{network.name}} invoice {{invoice.number}} (override)\n")
        let check = try await Self.run(["check", "--templates", directory.path])
        #expect(String(decoding: check.standardOutput, as: UTF8.self)
            .contains("\nmail/invoice-issued.subject.mustache: \(directory.path)/mail/invoice-issued.subject.mustache\n"))
        let output = try await Self.run(["message", "--templates", directory.path], input: try MailFixtures.json(MailFixtures.request()))
        #expect(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        let parsed = try ParsedMail(String(decoding: output.standardOutput, as: UTF8.self))
        #expect(parsed.header("Subject") == "Your Common Council Network invoice CCIN-2027-0001 (override)")
    }

    @Test func aBrokenTemplateIsExit65NamingTheFile() async throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        let path = try directory.write("mail/invoice-issued.html.mustache", "<p>\n{{#invoice}}{{number}}\n</p>\n")
        let output = try await Self.run(["message", "--templates", directory.path], input: try MailFixtures.json(MailFixtures.request()))
        #expect(output.termination == .exited(65))
        #expect(output.standardOutput.isEmpty)
        #expect(RendererCommandTests.diagnosis(output).hasPrefix("networkd-document: mail template \(path):"))
        let check = try await Self.run(["check", "--templates", directory.path])
        #expect(check.termination == .exited(65))
        #expect(check.standardOutput.isEmpty)
        #expect(RendererCommandTests.diagnosis(check).hasPrefix("networkd-document: mail template \(path):"))
    }

    @Test(arguments: [
        ("", "networkd-document: no mail request on standard input"),
        ("{\"template\": ", "networkd-document: the mail request on standard input cannot be read: it is not valid JSON"),
        ("{\"template\": \"reminder\"}", "networkd-document: the mail request on standard input cannot be read: from is missing"),
        ("[1]", "networkd-document: the mail request on standard input cannot be read: the top level has the wrong type"),
    ])
    func anUnreadableRequestIsExit65(input: String, says: String) async throws {
        let output = try await Self.run(["message", "--templates", "/nonexistent"], input: Array(input.utf8))
        #expect(output.termination == .exited(65))
        #expect(output.standardOutput.isEmpty)
        #expect(RendererCommandTests.diagnosis(output) == says)
    }

    @Test func anInvalidAddressIsExit65NamingTheField() async throws {
        var request = MailFixtures.request()
        request.to.append(MailAddress(name: "Eve", address: "eve@attacker.example\r\nBcc: x@y"))
        let output = try await Self.run(["message", "--templates", "/nonexistent"], input: try MailFixtures.json(request))
        #expect(output.termination == .exited(65))
        #expect(output.standardOutput.isEmpty)
        #expect(RendererCommandTests.diagnosis(output)
            == "networkd-document: the mail request's to[1].address is not an e-mail address: it holds a line break")
    }

    @Test func anUnknownKindIsExit65() async throws {
        let output = try await Self.run(["message", "--templates", "/nonexistent"],
                                        input: try MailFixtures.json(MailFixtures.request(template: "agm-invite")))
        #expect(output.termination == .exited(65))
        #expect(RendererCommandTests.diagnosis(output) == "networkd-document: no mail template \"agm-invite\" for its subject: "
            + "it is not built in, and there is no /nonexistent/mail/agm-invite.subject.mustache")
    }

    @Test func anUnreadableAttachmentIsExit66() async throws {
        let request = MailFixtures.request(attachments: [
            MailAttachment(filename: "CCIN-2027-0001.pdf", contentType: "application/pdf", path: "/nonexistent/CCIN-2027-0001.pdf"),
        ])
        let output = try await Self.run(["message", "--templates", "/nonexistent"], input: try MailFixtures.json(request))
        #expect(output.termination == .exited(66))
        #expect(output.standardOutput.isEmpty)
        #expect(RendererCommandTests.diagnosis(output)
            == "networkd-document: cannot read attachments[0] /nonexistent/CCIN-2027-0001.pdf: No such file or directory")
    }

    @Test func checkListsEveryMailTemplateAfterTheInvoiceOnes() async throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        for part in MailTemplatePart.allCases {
            try directory.write("mail/agm-invite.\(part.rawValue).mustache", "AGM {{when}}\n")
        }
        let output = try await Self.run(["check", "--templates", directory.path])
        #expect(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        let lines = String(decoding: output.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init)
        let builtIn = MailTemplates.builtInKinds.flatMap { kind in
            MailTemplatePart.allCases.map { "mail/\(kind).\($0.rawValue).mustache: built-in" }
        }
        let extra = MailTemplatePart.allCases.map { "mail/agm-invite.\($0.rawValue).mustache: \(directory.path)/mail/agm-invite.\($0.rawValue).mustache" }
        #expect(lines == ["invoice.mustache: built-in invoice.mustache", "credit-note.mustache: built-in credit-note.mustache"]
            + builtIn + extra)
    }

    @Test(arguments: MailTemplates.builtInKinds)
    func builtInMailPrintsATemplateThatChecksAsAnOverride(kind: String) async throws {
        let directory = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: directory.path + "/mail", withIntermediateDirectories: false)
        for part in MailTemplatePart.allCases {
            let output = try await Self.run(["built-in", "mail", kind, part.rawValue])
            #expect(output.termination == .exited(0))
            #expect(String(decoding: output.standardOutput, as: UTF8.self) == MailTemplates.builtInText(kind: kind, part: part))
            try directory.write("mail/\(kind).\(part.rawValue).mustache", String(decoding: output.standardOutput, as: UTF8.self))
        }
        let check = try await Self.run(["check", "--templates", directory.path])
        #expect(check.termination == .exited(0), "stderr: \(check.standardErrorTail(lines: 5))")
        #expect(String(decoding: check.standardOutput, as: UTF8.self).contains("mail/\(kind).html.mustache: \(directory.path)/mail/\(kind).html.mustache"))
    }

    @Test(arguments: [["built-in", "mail"], ["built-in", "mail", "reminder"], ["built-in", "mail", "nope", "text"],
                      ["built-in", "mail", "reminder", "body"], ["built-in", "invoice", "text"], ["message", "--frobnicate"]])
    func badArgumentsAreExit64(arguments: [String]) async throws {
        let output = try await Self.run(arguments)
        #expect(output.termination == .exited(64))
    }
}
