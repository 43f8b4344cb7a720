import Foundation
import InvoiceDocument
import Testing

/// The composed message, read back by `ParsedMail`'s independent decoders: the headers and how
/// they fold, encoded-words, quoted-printable, base64 attachments, the boundaries, and that nothing
/// in a request or a context can add a header.
@Suite("Mail message")
struct MailMessageTests {
    /// The message for `request` showing `content`, with `attachments` as the attachments' bytes.
    static func compose(_ request: MailRequest = MailFixtures.request(), content: MailContent = MailFixtures.content(),
                        attachments: [[UInt8]] = []) throws -> String {
        try MailMessage(request: request, content: content, attachmentContents: attachments).text
    }

    /// The text part's decoded body of a message without attachments.
    static func decodedText(of message: String) throws -> String {
        let parsed = try ParsedMail(message)
        let boundary = try #require(ParsedMail.parameter("boundary", in: parsed.header("Content-Type") ?? ""))
        let parts = try ParsedMail.parts(of: parsed.body, boundary: boundary)
        let text = try ParsedMail(parts[0])
        #expect(text.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(text.header("Content-Transfer-Encoding") == "quoted-printable")
        return try ParsedMail.decodeQuotedPrintable(text.body)
    }

    /// Every line of `message`: LF only, none longer than `limit`.
    static func expectLines(of message: String, atMost limit: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!message.contains("\r"), sourceLocation: sourceLocation)
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.utf8.count <= limit, "line of \(line.utf8.count): \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func headersComeInTheirOrderWithTheMessageIDInBrackets() throws {
        let parsed = try ParsedMail(try Self.compose())
        #expect(parsed.headers.map(\.name) == [
            "From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted", "Content-Type",
        ])
        #expect(parsed.header("From") == "Common Council Network <accounts@ccin.example>")
        #expect(parsed.header("Reply-To") == "CCIN accounts <accounts@ccin.example>")
        #expect(parsed.header("Subject") == "Invoice CCIN-2027-0001")
        #expect(parsed.header("Date") == "Wed, 01 Sep 2027 09:00:00 +0000")
        #expect(parsed.header("Message-ID") == "<outbox-42.ccin@networkd>")
        #expect(parsed.header("MIME-Version") == "1.0")
        #expect(parsed.header("Auto-Submitted") == "auto-generated")
        #expect(parsed.header("Content-Type")?.hasPrefix("multipart/alternative; boundary=\"=_networkd_") == true)
    }

    @Test func longHeadersFoldUnder78AtSpaces() throws {
        var request = MailFixtures.request()
        request.to = (1...6).map { MailAddress(name: "Finance Officer \($0)", address: "finance.officer.\($0)@council.example") }
        let subject = "Invoice CCIN-2027-0001 for the membership of Stroud District Council in the Common Council Network, 2027/28"
        let message = try Self.compose(request, content: MailFixtures.content(subject: subject))
        Self.expectLines(of: message, atMost: 78)
        let parsed = try ParsedMail(message)
        #expect(parsed.header("Subject") == subject)
        #expect(parsed.headerLines.filter { $0.hasPrefix(" ") }.count >= 3)
        let to = try #require(parsed.header("To"))
        #expect(to == (1...6).map { "Finance Officer \($0) <finance.officer.\($0)@council.example>" }.joined(separator: ", "))
    }

    @Test(arguments: [
        "Ana Pérez", "Σωκράτης Παπαδόπουλος", "Llanfairpwllgwyngyllgogerychwyndrobwllllantysiliogogogoch Cyngor Tref ŵ",
        "会議の請求書について、確認をお願いいたします。会議の請求書について、確認をお願いいたします。", "Team 👩🏽‍💻 Finance 🇬🇧",
        "looks =?UTF-8?B?ZXZpbA==?= encoded",
    ])
    func nonASCIIDisplayNamesAndSubjectsBecomeEncodedWordsThatDecodeBack(text: String) throws {
        var request = MailFixtures.request()
        request.to = [MailAddress(name: text, address: "ana@council.example"), MailAddress(name: text, address: "b@council.example")]
        let message = try Self.compose(request, content: MailFixtures.content(subject: "Re: " + text + " — " + text))
        let parsed = try ParsedMail(message)
        for line in parsed.headerLines where line.contains("=?UTF-8?B?") {
            #expect(line.utf8.count <= 76, "\(line)")
        }
        let words = try NSRegularExpression(pattern: #"=\?UTF-8\?B\?[^?]*\?="#)
        for match in words.matches(in: message, range: NSRange(message.startIndex..., in: message)) {
            #expect(match.range.length <= 75)
        }
        #expect(try ParsedMail.decodeWords(parsed.header("Subject") ?? "") == "Re: " + text + " — " + text)
        #expect(try ParsedMail.decodeWords(parsed.header("To") ?? "")
            == "\(text) <ana@council.example>, \(text) <b@council.example>")
        #expect(parsed.headerLines.allSatisfy { $0.utf8.allSatisfy { $0 < 128 } })
    }

    @Test func plainWordsStayPlainAndEachNonASCIIRunIsOneWholeEncodedWord() throws {
        var request = MailFixtures.request()
        request.to = (1...8).map { MailAddress(name: "Zoë Ng \($0)", address: "zoe.ng.\($0)@council.example") }
        let parsed = try ParsedMail(try Self.compose(request))
        let to = try #require(parsed.header("To"))
        #expect(to.hasPrefix("=?UTF-8?B?Wm/Dqw==?= Ng 1 <zoe.ng.1@council.example>,"))
        let words = try NSRegularExpression(pattern: #"=\?UTF-8\?B\?[^?]*\?="#)
        let matches = words.matches(in: to, range: NSRange(to.startIndex..., in: to))
        #expect(matches.count == 8)
        for match in matches {
            #expect(try ParsedMail.decodeWords(String(to[try #require(Range(match.range, in: to))])) == "Zoë")
        }
        #expect(parsed.headerLines.allSatisfy { $0.utf8.count <= 76 })
    }

    @Test(arguments: [
        ("Smith, J.", #""Smith, J." <j@council.example>"#),
        (#"Tom "T" O\Brien"#, #""Tom \"T\" O\\Brien" <j@council.example>"#),
        ("Accounts (Payable)", #""Accounts (Payable)" <j@council.example>"#),
        ("  Ana\r\nBcc: evil@attacker.example  ", #""Ana Bcc: evil@attacker.example" <j@council.example>"#),
        ("", "j@council.example"),
    ])
    func displayNamesAreQuotedOrCollapsedAsNeeded(name: String, expected: String) throws {
        var request = MailFixtures.request()
        request.to = [MailAddress(name: name, address: "j@council.example")]
        let parsed = try ParsedMail(try Self.compose(request))
        let to = try #require(parsed.header("To"))
        #expect(try ParsedMail.decodeWords(to) == expected)
        #expect(!parsed.headerLines.contains { $0.lowercased().hasPrefix("bcc") })
    }

    @Test(arguments: [
        "Ünïcødé: £1,250.00 due — merci, Zoë!\n",
        String(repeating: "A long line with no break at all, to be soft-broken by the encoder. ", count: 12) + "\n",
        String(repeating: "é", count: 200),
        "trailing spaces   \ntrailing tab\t\nthen text\n",
        "a lone dot follows\n.\nand .. starts this\n",
        "From the secretariat\nFrom here on\n",
        "equals = signs ==, =_networkd_ and =?UTF-8?B?x?= and =3D\n",
        "windows\r\nline\r\nendings\r\nand a lone\rCR\n",
        "",
        "no newline at the end",
        "\n\n\nblank lines\n\n",
        " \n\t\n",
    ])
    func quotedPrintableRoundTrips(text: String) throws {
        let message = try Self.compose(content: MailFixtures.content(text: text))
        Self.expectLines(of: message, atMost: 78)
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        #expect(try Self.decodedText(of: message) == normalised)
        let body = try ParsedMail(message).body
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.utf8.count <= 76)
            #expect(line.last != " " && line.last != "\t", "trailing white space: \(line)")
            #expect(!line.hasPrefix(".") && !line.hasPrefix("From "), "\(line)")
            #expect(line.utf8.allSatisfy { $0 < 128 })
        }
    }

    @Test func attachmentsDecodeToTheirBytesInLinesOf76() throws {
        let sizes = [0, 1, 2, 3, 56, 57, 58, 1000, 100_000]
        let contents = sizes.map { MailFixtures.pdfBytes(count: $0).prefix($0).map { $0 } }
        let attachments = sizes.map { MailAttachment(filename: "file-\($0).pdf", contentType: "application/pdf", path: "/unused/\($0)") }
        let message = try Self.compose(MailFixtures.request(attachments: attachments), attachments: contents)
        Self.expectLines(of: message, atMost: 78)
        let parsed = try ParsedMail(message)
        let mixed = try #require(parsed.header("Content-Type"))
        #expect(mixed.hasPrefix("multipart/mixed;"))
        let parts = try ParsedMail.parts(of: parsed.body, boundary: try #require(ParsedMail.parameter("boundary", in: mixed)))
        #expect(parts.count == 1 + sizes.count)
        #expect(try ParsedMail(parts[0]).header("Content-Type")?.hasPrefix("multipart/alternative;") == true)
        for (index, size) in sizes.enumerated() {
            let part = try ParsedMail(parts[index + 1])
            #expect(part.header("Content-Type") == "application/pdf; name=\"file-\(size).pdf\"")
            #expect(part.header("Content-Disposition") == "attachment; filename=\"file-\(size).pdf\"")
            #expect(part.header("Content-Transfer-Encoding") == "base64")
            let lines = part.body.split(separator: "\n")
            #expect(lines.dropLast().allSatisfy { $0.count == 76 })
            let data = try #require(Data(base64Encoded: part.body, options: .ignoreUnknownCharacters))
            #expect(Array(data) == contents[index])
        }
    }

    @Test(arguments: ["Facture n° 12 — été.pdf", "CCIN \"2027\" \\ 0001.pdf",
                      String(repeating: "Rechnung-über-Mitgliedschaft-", count: 6) + ".pdf", "=?UTF-8?B?eA==?=.pdf"])
    func awkwardFileNamesSurviveAsRFC2231Parameters(filename: String) throws {
        let attachment = MailAttachment(filename: filename, contentType: "application/pdf", path: "/unused")
        let message = try Self.compose(MailFixtures.request(attachments: [attachment]), attachments: [[1, 2, 3]])
        Self.expectLines(of: message, atMost: 78)
        let parsed = try ParsedMail(message)
        let parts = try ParsedMail.parts(of: parsed.body, boundary: try #require(ParsedMail.parameter("boundary", in: parsed.header("Content-Type") ?? "")))
        let part = try ParsedMail(parts[1])
        #expect(ParsedMail.parameter("filename", in: part.header("Content-Disposition") ?? "") == filename)
        #expect(ParsedMail.parameter("name", in: part.header("Content-Type") ?? "") == filename)
        #expect(part.headerLines.allSatisfy { $0.utf8.allSatisfy { $0 < 128 } })
    }

    @Test func boundariesOccurOnlyAsDelimitersEvenWhenTheTextQuotesThem() throws {
        let first = try Self.compose(MailFixtures.request(attachments: [
            MailAttachment(filename: "a.pdf", contentType: "application/pdf", path: "/unused"),
        ]), attachments: [[0]])
        let parsed = try ParsedMail(first)
        let mixed = try #require(ParsedMail.parameter("boundary", in: parsed.header("Content-Type") ?? ""))
        let alternative = try #require(ParsedMail.parameter("boundary", in: try ParsedMail(try ParsedMail.parts(of: parsed.body, boundary: mixed)[0]).header("Content-Type") ?? ""))
        #expect(mixed.hasPrefix("=_networkd_") && alternative.hasPrefix("=_networkd_") && mixed != alternative)
        #expect(!mixed.hasPrefix(alternative) && !alternative.hasPrefix(mixed))
        // A text that holds both boundaries, as delimiter lines and inline.
        let hostile = "--\(mixed)\n--\(alternative)--\n\(alternative) \(mixed)\n"
        let message = try Self.compose(MailFixtures.request(attachments: [
            MailAttachment(filename: "a.pdf", contentType: "application/pdf", path: "/unused"),
        ]), content: MailFixtures.content(text: hostile, html: hostile), attachments: [Array(hostile.utf8)])
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("--" + mixed) }.map(String.init) == ["--\(mixed)", "--\(mixed)", "--\(mixed)--"])
        #expect(lines.filter { $0.hasPrefix("--" + alternative) }.map(String.init)
            == ["--\(alternative)", "--\(alternative)", "--\(alternative)--"])
        let body = try ParsedMail(message).body
        let bodyLines = body.split(separator: "\n").filter { !$0.hasPrefix("--=_networkd_") && !$0.contains("boundary=") }
        #expect(!bodyLines.contains { $0.contains("=_") })
    }

    @Test func theLongestValuesAcceptedStillMakeNoLineOver998() throws {
        let local = String(repeating: "l", count: 64), domain = String(repeating: "d", count: 181) + ".example"
        var request = MailFixtures.request(attachments: [
            MailAttachment(filename: String(repeating: "ü", count: 127) + ".", contentType: "application/" + String(repeating: "x", count: 88),
                           path: "/unused"),
        ])
        request.to = [MailAddress(name: String(repeating: "Ωmega", count: 200), address: local + "@" + domain)]
        request.headers = ["X-" + String(repeating: "N", count: 74): String(repeating: "v", count: 900)]
        request.messageId = String(repeating: "m", count: 120) + "@" + String(repeating: "h", count: 129)
        let subject = String(repeating: "S", count: 5000) + " " + String(repeating: "ß", count: 3000)
        let message = try Self.compose(request, content: MailFixtures.content(subject: subject, text: String(repeating: "t", count: 5000)),
                                       attachments: [[1]])
        Self.expectLines(of: message, atMost: 998)
        let parsed = try ParsedMail(message)
        #expect(try ParsedMail.decodeWords(parsed.header("Subject") ?? "") == subject)
    }

    @Test func theSameRequestComposesTheSameBytesAndAnotherIDOtherBoundaries() throws {
        #expect(try Self.compose() == Self.compose())
        var other = MailFixtures.request()
        other.messageId = "outbox-43.ccin@networkd"
        let first = try ParsedMail(try Self.compose()).header("Content-Type")
        let second = try ParsedMail(try Self.compose(other)).header("Content-Type")
        #expect(first != second)
    }

    @Test(arguments: [
        ("2027-09-01T09:00:00Z", "Wed, 01 Sep 2027 09:00:00 +0000"),
        ("2024-02-29T23:59:59.123456Z", "Thu, 29 Feb 2024 23:59:59 +0000"),
        ("1999-12-31T00:00:00+01:00", "Fri, 31 Dec 1999 00:00:00 +0100"),
        ("2000-01-01t12:30:05-05:30", "Sat, 01 Jan 2000 12:30:05 -0530"),
        ("2026-03-29 01:00:00z", "Sun, 29 Mar 2026 01:00:00 +0000"),
    ])
    func datesAreWrittenTheRFC5322Way(rfc3339: String, expected: String) throws {
        var request = MailFixtures.request()
        request.date = rfc3339
        #expect(try ParsedMail(try Self.compose(request)).header("Date") == expected)
    }

    @Test func aSubjectWithLineBreaksStaysOneHeader() throws {
        let subject = "Invoice\r\nBcc: evil@attacker.example\nX-Injected: yes\r\n\r\n<html>"
        let message = try Self.compose(content: MailFixtures.content(subject: subject))
        let parsed = try ParsedMail(message)
        #expect(parsed.header("Subject") == "Invoice Bcc: evil@attacker.example X-Injected: yes <html>")
        #expect(!parsed.headers.contains { ["bcc", "x-injected"].contains($0.name.lowercased()) })
    }
}
