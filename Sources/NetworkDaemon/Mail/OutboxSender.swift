#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import Logging
import NIOPosix
import NetworkCore
import NetworkStore
import Postgres

/// Delivers the outbox: renders each due message once, hands it to the system MTA, and
/// records the outcome.
///
/// Guarantees:
/// - A message is rendered once, before its first hand-over, and kept: every retry hands the
///   MTA the same bytes, with the same `Message-ID` (`networkd-outbox-<id>.<network>@<domain>`).
/// - A failed hand-over (the MTA exits non-zero, hangs past `mail_timeout`, or is missing)
///   leaves the message queued, retried after `mail_retry` seconds doubling each time, and
///   `failed` after `mail_attempts`; a message with nobody to send to fails at once.
/// - Rendering and the MTA run on a thread of their own, holding no database connection, so
///   a slow MTA never holds up requests.
///
/// - Important: one window cannot be closed: a crash after the MTA accepted a message and
///   before it is marked sent. The message is then handed over again after its lease expires —
///   with the same Message-ID, so mail software that deduplicates on it shows it once.
public final class OutboxSender: Sendable {
    let pool: PostgresPool
    let state: DaemonState
    let documents: InvoiceDocuments
    let holder: String
    let logger: Logger

    init(pool: PostgresPool, state: DaemonState, documents: InvoiceDocuments, holder: String, logger: Logger) {
        self.pool = pool
        self.state = state
        self.documents = documents
        self.holder = holder
        self.logger = logger
    }

    var settings: SchedulingConfiguration { state.configuration.scheduling }

    /// What one pass did.
    public struct Pass: Sendable, Hashable {
        public var sent = 0
        public var retried = 0
        public var failed = 0
        public init() {}
    }

    /// Claims the messages due and delivers each.
    @discardableResult
    public func pass(limit: Int = 20) async -> Pass {
        let settings = self.settings
        let lease = settings.mailTimeoutSeconds * 2 + 120
        let due: [OutboxRecord]
        do {
            due = try await pool.withConnection { [holder] connection in
                try OutboxStore.claimDue(holder: holder, lease: lease, limit: limit, on: connection)
            }
        } catch {
            logger.warning("mail: cannot read the outbox", metadata: ["error": "\(error)"])
            return Pass()
        }
        var pass = Pass()
        for record in due {
            if Task.isCancelled { break }
            switch await deliver(record, settings: settings) {
            case .sent: pass.sent += 1
            case .retried: pass.retried += 1
            case .failed: pass.failed += 1
            }
        }
        return pass
    }

    private enum Delivery { case sent, retried, failed }

    /// Renders `record` if it was not yet, hands it to the MTA, and records what happened.
    private func deliver(_ record: OutboxRecord, settings: SchedulingConfiguration) async -> Delivery {
        let metadata: Logger.Metadata = ["outbox": "\(record.id)", "template": "\(record.template)"]
        do {
            let message = try await rendered(record, settings: settings)
            let sendmail = Sendmail(command: settings.sendmail, timeLimit: .seconds(settings.mailTimeoutSeconds))
            let refusal = try await NIOThreadPool.singleton.runIfActive { sendmail.send(message) }
            if let refusal {
                return try await attemptFailed(record, refusal, settings: settings, metadata: metadata)
            }
            try await pool.withConnection { connection in try OutboxStore.markSent(record.id, on: connection) }
            logger.info("mail: message \(record.id) handed to the MTA", metadata: metadata)
            return .sent
        } catch let undeliverable as MailContext.Undeliverable {
            return (try? await attemptFailed(record, undeliverable.reason, settings: settings, metadata: metadata, final: true)) ?? .failed
        } catch {
            let reason = (error as? NetworkError)?.summary ?? "\(error)"
            return (try? await attemptFailed(record, reason, settings: settings, metadata: metadata)) ?? .retried
        }
    }

    /// Records a failed attempt (`final`: no retry) and says which it was.
    private func attemptFailed(_ record: OutboxRecord, _ reason: String, settings: SchedulingConfiguration, metadata: Logger.Metadata,
                               final: Bool = false) async throws -> Delivery {
        let attempts = record.attempts + 1
        let maxAttempts = final ? attempts : settings.mailAttempts
        let delay = settings.mailRetryDelay(afterAttempt: attempts)
        try await pool.withConnection { connection in
            try OutboxStore.markAttemptFailed(record.id, error: reason, retryAfter: delay, maxAttempts: maxAttempts, on: connection)
        }
        if attempts >= maxAttempts {
            logger.error("mail: message \(record.id) failed for good after \(attempts) attempt(s): \(reason)", metadata: metadata)
            return .failed
        }
        logger.warning("mail: message \(record.id) not sent (attempt \(attempts)); retrying in \(delay) s: \(reason)", metadata: metadata)
        return .retried
    }

    /// The message's bytes: as kept, or rendered now (and kept before the first hand-over).
    private func rendered(_ record: OutboxRecord, settings: SchedulingConfiguration) async throws -> [UInt8] {
        if record.hasMessage, let kept = try await pool.withConnection({ connection in try OutboxStore.message(record.id, on: connection) }) {
            return Array(kept.utf8)
        }
        let context = try await pool.withConnection { connection in
            try MailContext.read(record, mailFrom: settings.mailFrom, on: connection)
        }
        let documents = self.documents
        let bytes = try await NIOThreadPool.singleton.runIfActive { () throws -> [UInt8] in
            var request = context.request
            guard let snapshot = context.attachment else { return try documents.message(request) }
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let path = try folder.write(snapshot.number + ".pdf", try documents.pdf(snapshot))
            request.attachments = [.init(filename: snapshot.number + ".pdf", contentType: "application/pdf", path: path)]
            return try documents.message(request)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw NetworkError.unavailable("the renderer wrote message \(record.id) in something other than UTF-8")
        }
        let subject = MailHeaders.subject(of: text) ?? ""
        try await pool.withConnection { connection in
            try OutboxStore.storeRendered(record.id, subject: subject, recipients: context.recipients, message: text, on: connection)
        }
        return bytes
    }
}
