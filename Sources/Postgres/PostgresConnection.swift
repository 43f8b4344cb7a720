import CLibPQ
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One libpq connection, lent to a closure by ``PostgresPool``.
///
/// Every call blocks the calling thread until the server answers. The pool calls the closures
/// on its own threads, never on the cooperative pool; only a lookup or a pipeline of reads,
/// held to a budget by ``StallGuard``, runs on an event loop (``PostgresPool/withConnectionInline(budget:_:)``,
/// ``PostgresPool/read(_:budget:)``).
///
/// - Important: Not `Sendable` and not thread-safe (neither is a `PGconn`). Use it only inside the
///   closure it was passed to, and don't keep it after the closure returns.
public final class PostgresConnection {
    /// The `PGconn *`, owned by this object and closed in `deinit`.
    let handle: OpaquePointer
    let logger: Logger
    /// Keeps the notice receiver's context alive as long as the `PGconn`.
    private let noticeSink: Unmanaged<NoticeSink>
    /// Set when the connection is in a state this module cannot recover (a COPY in progress).
    var isPoisoned = false
    /// Set by ``close()``; the handle must not be used afterwards.
    private(set) var isClosed = false
    /// The statements prepared on this connection (see ``StatementCache``).
    var statements = StatementCache()
    /// The column layouts of recent results, so a prepared statement's names are copied once.
    var layouts = PostgresColumns.Cache()
    /// A `BEGIN` not sent yet: it goes out with the transaction's first statement.
    private(set) var pendingBegin: String?
    /// Statements of the open transaction not sent yet (``executeDeferred(_:)``).
    private(set) var deferred: [SQL] = []
    /// What `PQcancel` needs to stop this connection's statement from another thread; made on
    /// first use (``cancelHandle``), freed with the connection.
    private var cancel: OpaquePointer?

    init(handle: OpaquePointer, logger: Logger) {
        self.handle = handle
        self.logger = logger
        let sink = Unmanaged.passRetained(NoticeSink(logger: logger))
        self.noticeSink = sink
        PQsetNoticeReceiver(handle, { context, result in
            guard let context, let result else { return }
            Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue().receive(result)
        }, sink.toOpaque())
    }

    deinit {
        close()
        noticeSink.release()
    }

    /// Closes the connection (`PQfinish`) now rather than at deinit; later calls do nothing.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        if let cancel { PQfreeCancel(cancel) }
        PQfinish(handle)
    }

    /// The connection's cancel handle (`PQgetCancel`), for ``StallGuard``; `nil` if libpq has none.
    var cancelHandle: OpaquePointer? {
        if cancel == nil, !isClosed { cancel = PQgetCancel(handle) }
        return cancel
    }

    /// Runs one statement with its bindings (extended protocol, text format) and returns its rows.
    ///
    /// - Throws: ``PostgresError``: ``PostgresError/Kind/server`` with the SQLSTATE when the
    ///   server rejects it; ``PostgresError/Kind/connectionLost`` when the connection broke (the
    ///   statement may or may not have taken effect).
    @discardableResult
    public func query(_ sql: SQL) throws -> PostgresResult {
        let result = try run(sql)
        defer { PQclear(result) }
        return PostgresResult(copying: result, layouts: &layouts)
    }

    /// Runs statements in one round trip and returns their rows, in order (see ``pipeline(_:)``).
    ///
    /// - Throws: As ``query(_:)``, for the first statement that fails.
    func runAll(_ list: [SQL]) throws -> [PostgresResult] {
        let statements = list.map { (text: $0.text, bindings: $0.bindings) }
        for statement in statements { try checkSendable(statement.text, statement.bindings) }
        let results = try sendAll(statements)
        defer { results.forEach { PQclear($0) } }
        return results.map { PostgresResult(copying: $0, layouts: &layouts) }
    }

    /// Runs one statement and returns the number of rows it affected (`PQcmdTuples`, 0 when the
    /// command reports none).
    ///
    /// - Throws: As ``query(_:)``.
    @discardableResult
    public func execute(_ sql: SQL) throws -> Int {
        let result = try run(sql)
        defer { PQclear(result) }
        return PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }

    /// Runs several `;`-separated statements with the simple-query protocol (for migrations).
    ///
    /// Statements run in order; the first failure stops the script. Without explicit
    /// `BEGIN`/`COMMIT` the whole script is one implicit transaction, so a failure undoes it all.
    ///
    /// - Important: No bindings: `text` is sent as written.
    /// - Throws: As ``query(_:)``.
    public func executeScript(_ text: String) throws {
        try checkOpen(query: text)
        guard !text.utf8.contains(0) else { throw PostgresError.nulByte(query: text) }
        // Deferred statements go first; a deferred BEGIN in the same round trip as the script.
        try flushDeferred()
        let begin = takePendingBegin()
        let script = begin.map { "\($0); \(text)" } ?? text
        do {
            PQclear(try check(PQexec(handle, script), query: text))
        } catch let error as PostgresError where begin != nil && error.kind == .connectionLost {
            throw BeginFailed(error: error)
        }
    }

    /// Runs a statement whose result nobody needs later, in the same round trip as the next
    /// statement — usually the transaction's `COMMIT` — instead of a round trip of its own.
    ///
    /// Inside ``PostgresPool/withTransaction(isolation:maxAttempts:_:)`` only; outside a
    /// transaction it runs at once. A failure is thrown by the statement it travels with (and
    /// fails the transaction there, as it would have here); a transaction that rolls back first
    /// never sends it.
    ///
    /// - Throws: ``PostgresError`` for a NUL byte at once; otherwise as ``execute(_:)``, now or later.
    public func executeDeferred(_ sql: SQL) throws {
        try checkSendable(sql.text, sql.bindings)
        if pendingBegin == nil && PQtransactionStatus(handle) == PQTRANS_IDLE {
            try execute(sql)
            return
        }
        deferred.append(sql)
    }

    /// Defers `BEGIN …` to the next statement, which sends both in one round trip (see
    /// ``StatementCache``). Only ``PostgresPool/withTransaction(isolation:maxAttempts:_:)`` calls it.
    func deferBegin(_ begin: String) {
        pendingBegin = begin
    }

    /// Whether the transaction has not begun: `BEGIN` is still deferred and nothing waits to go
    /// with it, so there is nothing to commit.
    var isTransactionUnstarted: Bool {
        pendingBegin != nil && deferred.isEmpty
    }

    /// Drops what was not sent (a deferred `BEGIN`, deferred statements); returns whether the
    /// transaction never began, so that there is nothing to roll back.
    func abandonUnsent() -> Bool {
        defer {
            pendingBegin = nil
            deferred.removeAll()
        }
        return pendingBegin != nil
    }

    /// The deferred `BEGIN`, if any, now being sent.
    func takePendingBegin() -> String? {
        defer { pendingBegin = nil }
        return pendingBegin
    }

    /// Whether deferred statements wait to be sent.
    var hasDeferred: Bool { !deferred.isEmpty }

    /// The deferred statements, now being sent.
    func takeDeferred() -> [SQL] {
        defer { deferred.removeAll() }
        return deferred
    }

    /// Puts a statement back at the end of the deferred ones.
    func deferLater(_ sql: SQL) {
        deferred.append(sql)
    }

    /// The server version as an integer, such as `150004` for 15.4 (`PQserverVersion`).
    public var serverVersion: Int {
        Int(PQserverVersion(handle))
    }

    /// The process id of the server backend serving this connection.
    public var backendPID: Int32 {
        PQbackendPID(handle)
    }

    // MARK: - Internal

    /// Runs a statement and returns its command tag (`PQcmdStatus`), such as `COMMIT` or `ROLLBACK`.
    func commandStatus(_ sql: SQL) throws -> String {
        let result = try run(sql)
        defer { PQclear(result) }
        return PQcmdStatus(result).map { String(cString: $0) } ?? ""
    }

    /// Sends a statement and returns its successful `PGresult`; the caller must `PQclear` it.
    private func run(_ sql: SQL) throws -> OpaquePointer {
        let text = sql.text
        try checkSendable(text, sql.bindings)
        return try send(text, sql.bindings)
    }

    /// Refuses a statement before anything is sent: on a closed handle, or with a NUL byte in its
    /// text or a binding (libpq would cut the string there).
    func checkSendable(_ text: String, _ bindings: [String?]) throws {
        try checkOpen(query: text)
        for binding in bindings where binding.map(Self.containsNUL) == true {
            throw PostgresError.nulByte(query: text)
        }
        guard !Self.containsNUL(text) else { throw PostgresError.nulByte(query: text) }
    }

    /// Whether `string` holds a NUL byte (`memchr` over its UTF-8: a statement's text is long).
    private static func containsNUL(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(start, 0, bytes.count) != nil
        }
    }

    /// Refuses to touch a closed handle (a connection kept after its closure returned).
    private func checkOpen(query: String) throws {
        guard !isClosed else {
            throw PostgresError(kind: .connectionLost, message: "the connection was closed", query: query)
        }
    }

    /// Turns a libpq result into either a successful result or a thrown ``PostgresError``.
    func check(_ result: OpaquePointer?, query: String) throws -> OpaquePointer {
        guard let result else {
            throw PostgresError.fromConnection(handle, query: query)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return result
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            PQclear(result)
            isPoisoned = true
            throw PostgresError(kind: .protocolViolation, message: "COPY is not supported", query: query)
        default:
            let error = PostgresError.fromResult(result, connection: handle, query: query)
            PQclear(result)
            throw error
        }
    }

    /// Whether the pool may lend this connection: open, idle (no transaction) and not closed by
    /// the server while it sat in the pool. A server that shut down or restarted has usually sent
    /// an error and closed the socket; reading that input here notices it without a round trip.
    func isUsable() -> Bool {
        guard !isClosed, !isPoisoned, PQstatus(handle) == CONNECTION_OK else { return false }
        let socket = PQsocket(handle)
        guard socket >= 0 else { return false }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 0) > 0 {
            guard PQconsumeInput(handle) == 1 else { return false }
            var notified = false
            while let notification = PQnotifies(handle) {
                notified = true
                PQfreemem(notification)
            }
            // An idle session hears only notifications, unless the server is ending it: the
            // ErrorResponse of a shutdown or restart ("terminating connection due to
            // administrator command") can arrive a moment before the end of the stream, while
            // libpq still says CONNECTION_OK. Such a connection is never handed out.
            if !notified || descriptor.revents & Int16(POLLHUP | POLLERR) != 0 { return false }
        }
        return PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) == PQTRANS_IDLE
    }

    /// Brings a connection back to "idle, no transaction" after a closure; returns false when the
    /// connection should be discarded instead.
    func resetAfterUse() -> Bool {
        pendingBegin = nil
        deferred.removeAll()
        guard !isClosed, !isPoisoned, PQstatus(handle) == CONNECTION_OK else { return false }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE:
            return true
        case PQTRANS_INTRANS, PQTRANS_INERROR:
            logger.debug("postgres rolling back a transaction left open by a closure")
            return (try? executeScript("ROLLBACK")) != nil && PQtransactionStatus(handle) == PQTRANS_IDLE
        default:
            return false
        }
    }

    /// Whether libpq considers the connection broken.
    var isBad: Bool {
        isClosed || isPoisoned || PQstatus(handle) != CONNECTION_OK
    }
}

@available(*, unavailable)
extension PostgresConnection: Sendable {}

/// Receives server notices (`RAISE NOTICE`, "table does not exist, skipping"…) and logs them at
/// debug level, instead of libpq's default of printing them to stderr.
final class NoticeSink {
    let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func receive(_ result: OpaquePointer) {
        let severity = PQresultErrorField(result, Int32(Character("V").asciiValue!)).map { String(cString: $0) }
        let message = PQresultErrorField(result, Int32(Character("M").asciiValue!)).map { String(cString: $0) }
        logger.debug("postgres notice", metadata: [
            "postgres.severity": .string(severity ?? "NOTICE"),
            "postgres.message": .string(message ?? ""),
        ])
    }
}
