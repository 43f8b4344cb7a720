import ChildProcess
import Foundation
import InvoiceDocument
import NetworkTestSupport
import Testing

/// End to end through a real MTA, as the daemon will send: the built `networkd-document message`
/// composes, msmtp (`sendmail -C rc -t -oi`) relays over SMTP to a local aiosmtpd sink, and
/// Python's `email` package reads what arrived — envelope, headers, bodies and the PDF's bytes.
///
/// Every wait has a deadline of 60 s or more and none is a fixed sleep: the suite runs on a
/// loaded two-core machine.
@Suite("Mail delivery", .serialized)
struct MailDeliveryTests {
    /// The composed message for `request`, from the built binary.
    static func compose(_ request: MailRequest) async throws -> [UInt8] {
        let output = try await RendererCommandTests.run(["message", "--templates", "/nonexistent"], input: try MailFixtures.json(request))
        try #require(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        return output.standardOutput
    }

    /// `text` with SMTP's CRLF line ends as the LF a reader's machine shows.
    static func localNewlines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test func aComposedMessageArrivesWholeThroughMsmtp() async throws {
        let sink = try await SMTPSink()
        defer { sink.stop() }
        let directory = try ScratchDirectory()
        let (base, pdf) = try MailCommandTests.requestWithAttachment(in: directory)
        var request = base
        request.to.append(MailAddress(name: "Smith, J. (Finance)", address: "j.smith@council.example"))
        let message = try await Self.compose(request)
        let configuration = try Msmtp.configuration(in: directory, port: sink.port, from: "bounces@ccin.example")

        let sent = try await Msmtp.send(message, configuration: configuration)
        #expect(sent.termination == .exited(0), "msmtp: \(sent.standardErrorTail(lines: 5))")
        try await waitUntil("the sink has written the message", limit: .seconds(90)) { try !sink.messages().isEmpty }

        let received = try sink.messages()
        try #require(received.count == 1, "received \(received.count) messages")
        let mail = received[0]
        #expect(mail.mailFrom == "bounces@ccin.example")
        #expect(mail.rcptTos == ["ana@council.example", "j.smith@council.example"])
        #expect(mail.defects.isEmpty && mail.parts.allSatisfy(\.defects.isEmpty), "\(mail.defects) \(mail.parts.map(\.defects))")
        #expect(mail.headers["Message-ID"] == "<outbox-42.ccin@networkd>")
        #expect(mail.headers["Subject"] == "Invoice CCIN-2027-0001 from Common Council Network")
        #expect(mail.headers["From"] == "Common Council Network <accounts@ccin.example>")
        #expect(mail.headers["To"] == #"Ana Pérez <ana@council.example>, "Smith, J. (Finance)" <j.smith@council.example>"#)
        #expect(mail.headers["Reply-To"] == "CCIN accounts <accounts@ccin.example>")
        #expect(mail.headers["Date"] == "Wed, 01 Sep 2027 09:00:00 +0000")
        #expect(mail.headers["Auto-Submitted"] == "auto-generated")
        #expect(mail.headers["Bcc"] == nil && mail.headers["Cc"] == nil)

        #expect(mail.parts.map(\.contentType) == ["text/plain", "text/html", "application/pdf"])
        let content = try MailTemplates(kind: "invoice-issued", directory: nil).render(request.context)
        #expect(mail.parts[0].text.map(Self.localNewlines) == content.text)
        #expect(mail.parts[1].text.map(Self.localNewlines) == content.html)
        #expect(mail.parts[2].filename == "CCIN-2027-0001.pdf")
        #expect(mail.parts[2].transferEncoding == "base64")
        let encoded = try #require(mail.parts[2].bytes)
        let attached = try #require(Data(base64Encoded: encoded))
        #expect(Array(attached) == pdf, "the PDF did not arrive byte for byte")

        // What went over the wire is the composed message, with CRLF line ends.
        let raw = try #require(Data(base64Encoded: mail.raw))
        let wire = String(decoding: raw, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(wire.hasSuffix(String(decoding: message, as: UTF8.self)))
    }

    @Test func nonASCIITextAndNamesSurviveTheRelay() async throws {
        let sink = try await SMTPSink()
        defer { sink.stop() }
        let directory = try ScratchDirectory()
        var request = MailFixtures.request(template: "reminder")
        request.to = [MailAddress(name: "Σωκράτης Παπαδόπουλος — Cyngor Sir Ynys Môn", address: "s.p@council.example")]
        guard case .object(var context) = MailFixtures.context(reminderStep: 3) else { return }
        context["member"] = .object(["name": .string("Cyngor Sir Ynys Môn 🏴󠁧󠁢󠁷󠁬󠁳󠁿")])
        context["recipient"] = .object(["name": .string("Σωκράτης\n.\nFrom here")])
        request.context = .object(context)
        let message = try await Self.compose(request)
        let configuration = try Msmtp.configuration(in: directory, port: sink.port, from: "bounces@ccin.example")
        let sent = try await Msmtp.send(message, configuration: configuration)
        #expect(sent.termination == .exited(0), "msmtp: \(sent.standardErrorTail(lines: 5))")
        try await waitUntil("the sink has written the message", limit: .seconds(90)) { try !sink.messages().isEmpty }
        let mail = try #require(try sink.messages().first)
        #expect(mail.headers["To"] == "Σωκράτης Παπαδόπουλος — Cyngor Sir Ynys Môn <s.p@council.example>")
        #expect(mail.headers["Subject"] == "Final reminder: invoice CCIN-2027-0001 from Common Council Network is overdue")
        let content = try MailTemplates(kind: "reminder", directory: nil).render(request.context)
        #expect(mail.parts.first?.text.map(Self.localNewlines) == content.text)
        #expect(content.text.contains("Dear Σωκράτης\n.\nFrom here,"))
        #expect(content.text.contains("Cyngor Sir Ynys Môn 🏴󠁧󠁢󠁷󠁬󠁳󠁿"))
    }

    @Test func aSendmailThatCannotReachItsRelayExitsNonZeroAndNothingArrives() async throws {
        let sink = try await SMTPSink()
        let port = sink.port
        sink.stop()
        let directory = try ScratchDirectory()
        let message = try await Self.compose(MailFixtures.request())
        let configuration = try Msmtp.configuration(in: directory, port: port, from: "bounces@ccin.example")
        let sent = try await Msmtp.send(message, configuration: configuration)
        guard case .exited(let status) = sent.termination else {
            Issue.record("msmtp did not exit: \(sent.termination)")
            return
        }
        #expect(status != 0, "msmtp exited 0 with no relay listening")
        #expect(!sent.standardError.isEmpty)
        #expect(try sink.messages().isEmpty)
    }
}
