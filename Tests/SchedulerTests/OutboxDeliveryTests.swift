import AdminProtocol
import Foundation
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// The outbox delivered through a real MTA: Debian's msmtp as sendmail, relaying to an aiosmtpd
/// sink on 127.0.0.1 that the test starts. An MTA that fails or hangs leaves the message queued
/// and retried with the same Message-ID, and the daemon keeps serving meanwhile.
@Suite("E-mail through the system MTA", .serialized)
struct OutboxDeliveryTests {
    /// A configuration whose sendmail is `command`, with short retries.
    static func configuration(_ command: [String], attempts: Int = 8, timeout: Int = 60) -> DaemonConfiguration {
        var configuration = DaemonConfiguration()
        configuration.scheduling.sendmail = command
        configuration.scheduling.mailRetrySeconds = 1
        configuration.scheduling.mailAttempts = attempts
        configuration.scheduling.mailTimeoutSeconds = timeout
        return configuration
    }

    /// A council with a primary finance contact, and its subscription issued: one message queued.
    static func issuedInvoice(_ h: MembershipHarness) async throws -> InvoiceWire {
        _ = try await h.call(BillingSet.self, .init(email: "accounts@ccin.example", paymentDetails: "Sort code 12-34-56, account 12345678"))
        let year = try await h.call(YearOpen.self, .init())
        _ = try await h.call(FeesSet.self, SchedulerKit.schedule(year.startYear))
        let member = try await h.call(MemberCreate.self, MembershipHarness.council("Ceredigion County Council", memberSince: year.startsOn))
        _ = try await h.call(ContactAdd.self, .init(memberId: member.id, name: "Siân Prydderch", email: "sian.prydderch@ceredigion.example",
                                                    roles: [.finance], primaryRoles: [.finance]))
        let draft = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear, subscription: true))
        return try await h.call(InvoiceIssue.self, .init(id: draft.id))
    }

    @Test(.freshDatabase) func theInvoiceEmailReachesTheSinkWithItsPDF() async throws {
        let executable = try #require(Msmtp.executable, "no msmtp (deploy/test installs msmtp-mta)")
        let sink = try await SMTPSink()
        defer { sink.stop() }
        let rc = try Msmtp.configuration(in: sink.directory, port: sink.port, from: "accounts@ccin.example")
        let h = try MembershipHarness(database: try TestDatabase.require(),
                                      configuration: Self.configuration([executable, "-C", rc, "-t", "-oi"]))
        let invoice = try await Self.issuedInvoice(h)
        let number = try #require(invoice.number)
        let queued = try await h.call(OutboxList.self, .init(invoiceId: invoice.id))
        #expect(queued.messages.map(\.template) == ["invoice-issued"] && queued.messages.first?.status == "queued")

        let pass = await h.request.services.mail.pass()
        #expect(pass.sent == 1 && pass.retried == 0, "\(pass)")
        let received = try sink.messages()
        try #require(received.count == 1)
        let mail = received[0]
        #expect(mail.rcptTos == ["sian.prydderch@ceredigion.example"])
        #expect(mail.defects.isEmpty, "\(mail.defects)")
        let sent = try await h.call(OutboxGet.self, .init(id: queued.messages[0].id, withMessage: true))
        #expect(sent.message.status == "sent" && sent.message.attempts == 1)
        #expect(mail.headers["Message-ID"] == sent.message.messageId)
        #expect(sent.message.messageId == "<networkd-outbox-\(sent.message.id).ccin@ccin.example>")
        #expect(mail.headers["Subject"]?.contains(number) == true, "\(mail.headers)")
        #expect(sent.message.subject == mail.headers["Subject"])
        #expect(mail.headers["From"]?.contains("accounts@ccin.example") == true)
        #expect(mail.headers["To"]?.contains("Siân Prydderch") == true, "\(mail.headers["To"] ?? "")")
        #expect(mail.headers["Auto-Submitted"] == "auto-generated")
        let pdf = try #require(mail.parts.first { $0.contentType == "application/pdf" })
        #expect(pdf.filename == number + ".pdf")
        let bytes = try #require(pdf.bytes.flatMap { Data(base64Encoded: $0) })
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        let text = try #require(mail.parts.first { $0.contentType == "text/plain" }?.text)
        #expect(text.contains(number) && text.contains("Siân Prydderch"), "\(text)")
        #expect(sent.text?.contains("Message-ID: \(sent.message.messageId)") == true, "the kept message is what was sent")
        #expect(await h.request.services.mail.pass() == OutboxSender.Pass(), "sent once")
        #expect(try sink.messages().count == 1)
        await h.close()
    }

    @Test(.freshDatabase) func aFailingOrHangingMTALeavesTheMessageQueuedAndTheDaemonServing() async throws {
        let executable = try #require(Msmtp.executable, "no msmtp (deploy/test installs msmtp-mta)")
        let scripts = try ScratchDirectory()
        let failing = try scripts.script("failing-sendmail", "cat > /dev/null; echo 'sendmail: cannot connect to relay' >&2; exit 75")
        let hanging = try scripts.script("hanging-sendmail", "exec sleep 600")
        let database = try TestDatabase.require()

        // An MTA that refuses: queued, attempt 1, its words kept.
        let refusing = try MembershipHarness(database: database, configuration: Self.configuration([failing, "-t", "-oi"], attempts: 3))
        let invoice = try await Self.issuedInvoice(refusing)
        var pass = await refusing.request.services.mail.pass()
        #expect(pass.retried == 1 && pass.sent == 0)
        var message = try #require(try await refusing.call(OutboxList.self, .init(invoiceId: invoice.id)).messages.first)
        #expect(message.status == "queued" && message.attempts == 1)
        #expect(message.lastError?.contains("exited with status 75") == true && message.lastError?.contains("cannot connect to relay") == true,
                "\(message.lastError ?? "")")
        let rendered = try #require(try await refusing.call(OutboxGet.self, .init(id: message.id, withMessage: true)).text)
        await refusing.close()

        // An MTA that hangs: killed after mail_timeout; requests are served meanwhile.
        let stuck = try MembershipHarness(database: database, configuration: Self.configuration([hanging], attempts: 3, timeout: 3))
        try await waitUntil("the retry is due") {
            try await stuck.psql("SELECT next_attempt_at <= clock_timestamp() FROM outbox WHERE id = \(message.id)") == "t"
        }
        let sending = Task { await stuck.request.services.mail.pass() }
        try await waitUntil("the hanging MTA is running") {
            try await stuck.psql("SELECT holder IS NOT NULL FROM outbox WHERE id = \(message.id)") == "t"
        }
        let served = try await stuck.call(NetworkGet.self, NoParams())
        #expect(!served.name.isEmpty, "served while the MTA hangs")
        pass = await sending.value
        #expect(pass.retried == 1)
        message = try #require(try await stuck.call(OutboxGet.self, .init(id: message.id, withMessage: nil)).message)
        #expect(message.status == "queued" && message.attempts == 2)
        #expect(message.lastError?.contains("did not finish within") == true, "\(message.lastError ?? "")")
        await stuck.close()

        // Third failure: failed for good; outbox.retry queues it again; a working MTA sends it,
        // the very message rendered the first time.
        let last = try MembershipHarness(database: database, configuration: Self.configuration([failing], attempts: 3))
        try await waitUntil("the retry is due") {
            try await last.psql("SELECT next_attempt_at <= clock_timestamp() FROM outbox WHERE id = \(message.id)") == "t"
        }
        pass = await last.request.services.mail.pass()
        #expect(pass.failed == 1)
        #expect(try await last.call(OutboxGet.self, .init(id: message.id, withMessage: nil)).message.status == "failed")
        let requeued = try await last.call(OutboxRetry.self, .init(id: message.id))
        #expect(requeued.status == "queued" && requeued.attempts == 0)
        _ = try await last.expectError(OutboxRetry.self, .init(id: message.id), kind: "invalid_transition")
        await last.close()

        let sink = try await SMTPSink()
        defer { sink.stop() }
        let rc = try Msmtp.configuration(in: sink.directory, port: sink.port, from: "accounts@ccin.example")
        let working = try MembershipHarness(database: database, configuration: Self.configuration([executable, "-C", rc, "-t", "-oi"]))
        pass = await working.request.services.mail.pass()
        #expect(pass.sent == 1)
        let mail = try #require(try sink.messages().first)
        #expect(mail.headers["Message-ID"] == "<networkd-outbox-\(message.id).ccin@ccin.example>")
        #expect(try await working.call(OutboxGet.self, .init(id: message.id, withMessage: true)).text == rendered,
                "every attempt handed over the same bytes")
        await working.close()
    }
}
