import Foundation
import InvoiceDocument
import Testing

/// What a mail request may not hold: addresses that are not one `local@domain`, a malformed
/// message id or date, extra headers that could inject or override a header, attachments without
/// a usable name or type — each refused with the field named, before anything is composed.
@Suite("Mail request validation")
struct MailRequestValidationTests {
    /// The error composing `request` throws.
    static func refusal(_ request: MailRequest) throws -> MailMessageError {
        try #require(throws: MailMessageError.self) {
            try MailMessage(request: request, content: MailFixtures.content(), attachmentContents: (request.attachments ?? []).map { _ in [] })
        }
    }

    @Test(arguments: [
        "ana council@council.example", "ana@council@example", "ana.council.example", "<ana@council.example>",
        "ana@council.example,eve@attacker.example", "ana@council.example\r\nBcc: eve@attacker.example", "",
        "ana@", "@council.example", "anä@council.example", "ana@council.example;", "\"ana\"@council.example",
        "ana\t@council.example",
    ])
    func anAddressThatIsNotOneMailboxIsRefusedNamingTheField(address: String) throws {
        var request = MailFixtures.request()
        request.to.append(MailAddress(name: "Eve", address: address))
        let error = try Self.refusal(request)
        guard case .requestInvalid(let field, let problem) = error else {
            Issue.record("expected requestInvalid, got \(error)")
            return
        }
        #expect(field == "to[1].address")
        #expect(problem.hasPrefix("is not an e-mail address") || problem.hasPrefix("is longer"))
        #expect(!error.description.contains(address) || address.isEmpty, "the description leaks the address: \(error)")
    }

    @Test func fromAndReplyToAreCheckedToo() throws {
        var request = MailFixtures.request()
        request.from.address = "accounts at ccin"
        #expect(try Self.refusal(request) == .requestInvalid(field: "from.address", problem: "is not an e-mail address: it holds white space"))
        request = MailFixtures.request()
        request.replyTo = MailAddress(address: "a@b>")
        #expect(try Self.refusal(request) == .requestInvalid(field: "replyTo.address", problem: "is not an e-mail address: it holds >"))
        request = MailFixtures.request()
        request.to = []
        #expect(try Self.refusal(request) == .requestInvalid(field: "to", problem: "names no recipient"))
    }

    @Test(arguments: ["<outbox-42@networkd>", "outbox-42", "a@b@c", "a b@c", "a@", ".a@b", "a..b@c", "a@b\r\nX: y"])
    func aMalformedMessageIDIsRefused(id: String) throws {
        var request = MailFixtures.request()
        request.messageId = id
        guard case .requestInvalid(field: "messageId", _) = try Self.refusal(request) else {
            Issue.record("\(id) was not refused as the messageId")
            return
        }
    }

    @Test(arguments: ["2027-02-30T09:00:00Z", "2027-09-01", "yesterday", "2027-09-01T25:00:00Z", "2027-09-01T09:00:00",
                      "2027-09-01T09:00:00+0100", "2027-09-01T09:00:00.Z"])
    func aDateThatIsNotRFC3339IsRefused(date: String) throws {
        var request = MailFixtures.request()
        request.date = date
        guard case .requestInvalid(field: "date", _) = try Self.refusal(request) else {
            Issue.record("\(date) was not refused")
            return
        }
    }

    @Test(arguments: [
        ("X-Note", "first\r\nBcc: eve@attacker.example", "headers.X-Note"),
        ("X-Note", "line\nbreak", "headers.X-Note"),
        ("X-Note", "caf\u{E9}", "headers.X-Note"),
        ("X-Bad Name", "v", "headers.X-Bad?Name"),
        ("X-Bad:Name", "v", "headers.X-Bad:Name"),
        ("X-Evil\r\nBcc", "eve@attacker.example", "headers.X-Evil??Bcc"),
        ("", "v", "headers."),
        ("bcc", "eve@attacker.example", "headers.bcc"),
        ("Content-Type", "text/html", "headers.Content-Type"),
        ("SUBJECT", "Another subject", "headers.SUBJECT"),
        ("X-Long", String(repeating: "x", count: 901), "headers.X-Long"),
        ("X-" + String(repeating: "n", count: 75), "v", "headers.X-" + String(repeating: "n", count: 75)),
    ])
    func anExtraHeaderThatCouldInjectOrOverrideIsRefused(name: String, value: String, field: String) throws {
        var request = MailFixtures.request()
        request.headers = [name: value]
        guard case .requestInvalid(let refused, _) = try Self.refusal(request) else {
            Issue.record("\(name): \(value) was not refused")
            return
        }
        #expect(refused == field)
    }

    @Test func extraHeadersAreWrittenInNameOrderAndFolded() throws {
        var request = MailFixtures.request()
        let long = (1...30).map { "word\($0)" }.joined(separator: " ")
        request.headers = ["X-Outbox-Id": "42", "Auto-Submitted": "auto-generated", "X-Long": long]
        let message = try MailMessage(request: request, content: MailFixtures.content(), attachmentContents: []).text
        let parsed = try ParsedMail(message)
        #expect(Array(parsed.headers.map(\.name)[7...9]) == ["Auto-Submitted", "X-Long", "X-Outbox-Id"])
        #expect(parsed.header("X-Long") == long)
        #expect(parsed.headerLines.allSatisfy { $0.count <= 78 })
    }

    @Test(arguments: [
        (MailAttachment(filename: "", contentType: "application/pdf", path: "/x"), "attachments[0].filename"),
        (MailAttachment(filename: "../etc/passwd", contentType: "application/pdf", path: "/x"), "attachments[0].filename"),
        (MailAttachment(filename: "a\r\nb.pdf", contentType: "application/pdf", path: "/x"), "attachments[0].filename"),
        (MailAttachment(filename: "a.pdf", contentType: "application/pdf; name=x", path: "/x"), "attachments[0].contentType"),
        (MailAttachment(filename: "a.pdf", contentType: "pdf", path: "/x"), "attachments[0].contentType"),
        (MailAttachment(filename: "a.pdf", contentType: "application/pdf\r\nBcc: x", path: "/x"), "attachments[0].contentType"),
        (MailAttachment(filename: "a.pdf", contentType: "application/pdf", path: ""), "attachments[0].path"),
    ])
    func anAttachmentWithoutAUsableNameOrTypeIsRefused(attachment: MailAttachment, field: String) throws {
        guard case .requestInvalid(let refused, _) = try Self.refusal(MailFixtures.request(attachments: [attachment])) else {
            Issue.record("\(attachment) was not refused")
            return
        }
        #expect(refused == field)
    }

    @Test(arguments: ["../invoice", "mail/x", "", "a.b", "-x", String(repeating: "a", count: 65)])
    func aTemplateNameThatCouldNameAnotherFileIsRefused(name: String) throws {
        var request = MailFixtures.request()
        request.template = name
        guard case .requestInvalid(field: "template", _) = try Self.refusal(request) else {
            Issue.record("\(name) was not refused")
            return
        }
    }

    @Test func aContextThatIsNotAnObjectIsRefused() throws {
        var request = MailFixtures.request()
        request.context = .array([.string("x")])
        #expect(try Self.refusal(request) == .requestInvalid(field: "context", problem: "is not a JSON object"))
    }

    @Test func theRequestDecodesFromTheDaemonsJSON() throws {
        let json = """
            {"template": "invoice-issued", "context": {"invoice": {"number": "CCIN-2027-0001", "lines": 2, "rate": 1.5,
             "paid": false, "po": null, "tags": ["a"]}},
             "from": {"name": "Common Council Network", "address": "accounts@ccin.example"},
             "to": [{"name": "Ana Pérez", "address": "ana@council.example"}],
             "messageId": "outbox-42.ccin@networkd", "date": "2027-09-01T09:00:00Z"}
            """
        let request = try JSONDecoder().decode(MailRequest.self, from: Data(json.utf8))
        #expect(request.replyTo == nil && request.headers == nil && request.attachments == nil)
        let invoice = try #require(request.context?["invoice"])
        #expect(invoice["number"] == .string("CCIN-2027-0001"))
        #expect(invoice["lines"] == .integer(2))
        #expect(invoice["rate"] == .number(1.5))
        #expect(invoice["paid"] == .bool(false))
        #expect(invoice["po"] == .null)
        #expect(invoice["tags"] == .array([.string("a")]))
        #expect(try request.validated() == request)
    }
}
