import CLibPQ

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a connection sends a statement: as a prepared statement when it has seen the text before,
/// with a deferred `BEGIN` and deferred statements in the same round trip.
///
/// - Every distinct statement text is prepared on this connection the first time it runs (up to
///   ``StatementCache/limit`` texts; later ones run unnamed) and executed by name afterwards, so
///   PostgreSQL parses and plans it once per connection, not once per call. A new connection
///   (after a reconnect) starts with none: each is prepared again on its first use.
/// - The first use of a text, and a statement that follows a deferred `BEGIN`, go as one libpq
///   pipeline (`BEGIN`, `Parse`, `Bind`/`Execute`, `Sync`): one round trip, not two or three.
///   Independent queries run together the same way (``PostgresConnection/pipeline(_:)``).
/// - Statements whose results nobody reads (the audit row, the stored idempotent response) can be
///   deferred inside a transaction: they go out in the pipeline of the next statement, usually
///   the `COMMIT`, and a failure among them fails that statement.
/// - A prepared statement whose result columns changed under it (DDL: "cached plan must not
///   change result type"), or one that is gone (`DEALLOCATE ALL`), makes the cache start over;
///   outside a transaction the statement runs again at once.
struct StatementCache {
    /// The most texts prepared on one connection; each costs the server a cached plan.
    static let limit = 512

    /// Statement names by SQL text.
    private(set) var names: [StatementText: String] = [:]
    /// The number in the next name: names are never reused, even after ``forgetAll()``.
    private var nextNumber = 1

    /// The name for a text seen before, or `nil`.
    func name(for text: String) -> String? { names[StatementText(text)] }

    /// A fresh name to prepare a text under — the `offset`-th of those being prepared in one
    /// pipeline — or `nil` once the cache would be full.
    func nameToPrepare(offset: Int = 0) -> String? {
        names.count + offset < Self.limit ? "networkd_\(nextNumber + offset)" : nil
    }

    /// Records that `text` is now prepared as `name` (one ``nameToPrepare(offset:)`` gave).
    mutating func remember(_ text: String, as name: String) {
        names[StatementText(text)] = name
        nextNumber = max(nextNumber, (Int(name.dropFirst("networkd_".count)) ?? 0) + 1)
    }

    /// Forgets every statement: one of them is stale or gone, and which others are is unknown
    /// (a `DEALLOCATE ALL` takes them all). Names are never reused, so a forgotten statement
    /// still on the server cannot be mistaken for a new one.
    mutating func forgetAll() { names.removeAll() }
}

extension PostgresConnection {
    /// One statement as libpq will send it.
    private enum Plan {
        case prepared(String)
        case prepareAs(String)
        case unnamed
    }

    /// One command of a pipeline: its text, its bindings and how it is sent.
    private struct Command {
        var text: String
        var bindings: [String?]
        var plan: Plan
    }

    /// How `text` goes out: by its prepared name, prepared now, or unnamed once the cache is full.
    private func plan(for text: String, reserving reserved: inout Set<String>) -> Plan {
        if let name = statements.name(for: text) { return .prepared(name) }
        if reserved.contains(text) { return .unnamed }
        guard let name = statements.nameToPrepare(offset: reserved.count) else { return .unnamed }
        reserved.insert(text)
        return .prepareAs(name)
    }

    /// Sends one statement — after a deferred `BEGIN` and any deferred statements, in the same
    /// round trip — and returns its successful `PGresult`; the caller must `PQclear` it.
    func send(_ text: String, _ bindings: [String?]) throws -> OpaquePointer {
        try sendAll([(text, bindings)])[0]
    }

    /// Sends statements in one round trip — after a deferred `BEGIN` and any deferred
    /// statements — and returns their successful `PGresult`s in order; the caller must `PQclear`
    /// each. One statement prepared before, with nothing deferred, goes as a plain `PQexecPrepared`.
    func sendAll(_ list: [(text: String, bindings: [String?])]) throws -> [OpaquePointer] {
        let begin = takePendingBegin()
        let earlier = takeDeferred()
        let idleBefore = begin == nil && earlier.isEmpty && PQtransactionStatus(handle) == PQTRANS_IDLE
        do {
            if list.count == 1, begin == nil, earlier.isEmpty, let name = statements.name(for: list[0].text) {
                let (text, bindings) = list[0]
                let result = withCStringArray(bindings) { values in
                    PQexecPrepared(handle, name, Int32(bindings.count), values, nil, nil, 0)
                }
                return [try check(result, query: text)]
            }
            var reserved = Set<String>()
            var commands: [Command] = []
            if let begin { commands.append(Command(text: begin, bindings: [], plan: .unnamed)) }
            for sql in earlier {
                commands.append(Command(text: sql.text, bindings: sql.bindings, plan: plan(for: sql.text, reserving: &reserved)))
            }
            for (text, bindings) in list {
                commands.append(Command(text: text, bindings: bindings, plan: plan(for: text, reserving: &reserved)))
            }
            return try sendPipeline(commands, keeping: list.count)
        } catch let error as PostgresError where error.isStalePlan {
            statements.forgetAll()
            guard idleBefore else { throw error }
            logger.debug("postgres re-preparing a statement whose result type changed or that is gone")
            return try sendAll(list)
        } catch let error as PostgresError where begin != nil && error.kind == .connectionLost {
            // The transaction's first statement: nothing was committed, so it may run again.
            throw BeginFailed(error: error)
        }
    }

    /// Sends the deferred statements now (with a deferred `BEGIN` first), in one round trip.
    func flushDeferred() throws {
        guard hasDeferred else { return }
        // The last deferred statement takes the place of "the statement"; its result is dropped.
        var earlier = takeDeferred()
        let last = earlier.removeLast()
        for sql in earlier { deferLater(sql) }
        PQclear(try send(last.text, last.bindings))
    }

    /// Sends the commands and a `Sync` as one pipeline, then reads every result in order; returns
    /// the results of the last `kept` commands, or throws the first failure (later commands were
    /// skipped).
    private func sendPipeline(_ commands: [Command], keeping kept: Int) throws -> [OpaquePointer] {
        let firstKept = commands.count - kept
        let exchanged = try exchange(commands) { $0 >= firstKept }
        let failure = exchanged.lazy.compactMap(\.error).first
        let results = exchanged.compactMap(\.result)
        if failure?.kind == .connectionLost { isPoisoned = true }
        if failure != nil || results.count != kept {
            for result in results { PQclear(result) }
            throw failure ?? PostgresError.fromConnection(handle, query: commands.last!.text)
        }
        return results
    }

    /// Sends independent reads on an idle connection as one pipeline with a single `Sync` (one
    /// write, one round trip), and returns what became of each, in order.
    ///
    /// The reads share the pipeline's implicit transaction, so a failure makes the server skip
    /// every later one (``ReadOutcome/skipped``): the caller runs those again elsewhere. A
    /// statement that cannot be sent (a NUL byte) fails alone and is not sent. A stale prepared
    /// statement empties the cache and counts as skipped.
    func runEach(_ list: [SQL]) -> [ReadOutcome] {
        precondition(pendingBegin == nil && deferred.isEmpty, "runEach needs an idle connection")
        var outcomes = [ReadOutcome](repeating: .skipped, count: list.count)
        var reserved = Set<String>()
        var commands: [(index: Int, command: Command)] = []
        commands.reserveCapacity(list.count)
        for (index, sql) in list.enumerated() {
            let text = sql.text
            do {
                try checkSendable(text, sql.bindings)
                commands.append((index, Command(text: text, bindings: sql.bindings, plan: plan(for: text, reserving: &reserved))))
            } catch {
                outcomes[index] = .failed(error as? PostgresError ?? PostgresError(kind: .protocolViolation, message: "\(error)", query: text))
            }
        }
        guard !commands.isEmpty else { return outcomes }
        let exchanged: [(result: OpaquePointer?, error: PostgresError?)]
        do {
            exchanged = try exchange(commands.map(\.command), spinning: Self.readSpin) { _ in true }
        } catch {
            for (index, _) in commands { outcomes[index] = .failed(error) }
            return outcomes
        }
        var stale = false
        for ((index, _), (result, error)) in zip(commands, exchanged) {
            if let result {
                outcomes[index] = .rows(PostgresResult(copying: result, layouts: &layouts))
                PQclear(result)
            } else if let error {
                if error.kind == .connectionLost { isPoisoned = true }
                if error.isStalePlan {
                    stale = true
                } else {
                    outcomes[index] = .failed(error)
                }
            }
        }
        if stale { statements.forgetAll() }
        return outcomes
    }

    /// Sends the commands and a `Sync` as one pipeline and reads every result up to the `Sync`,
    /// even after a failure, so that the connection is left clean; it first waits up to `spin`
    /// for the answer without sleeping (``awaitAnswer(spinning:)``). For each command: its
    /// `PGresult` when it succeeded and `keep` says so for its index (the caller must `PQclear`
    /// it), or its error (its `Parse`'s first); neither when the server skipped it.
    ///
    /// - Throws: When the pipeline could not be sent (a send failure also poisons the connection).
    private func exchange(
        _ commands: [Command], spinning spin: Duration = .zero, keep: (Int) -> Bool
    ) throws(PostgresError) -> [(result: OpaquePointer?, error: PostgresError?)] {
        let query = commands.last!.text
        guard PQenterPipelineMode(handle) == 1 else { throw PostgresError.fromConnection(handle, query: query) }
        var sent = true
        for command in commands where sent {
            sent = send(command)
        }
        sent = sent && PQpipelineSync(handle) == 1
        guard sent else {
            isPoisoned = true
            throw PostgresError.fromConnection(handle, query: query)
        }
        if spin > .zero { awaitAnswer(spinning: spin) }
        var exchanged: [(result: OpaquePointer?, error: PostgresError?)] = []
        exchanged.reserveCapacity(commands.count)
        for (index, command) in commands.enumerated() {
            var failure: PostgresError?
            if case .prepareAs(let name) = command.plan {
                failure = takeCommandResult(query: command.text, keep: false).error
                if failure == nil { statements.remember(command.text, as: name) }
            }
            let executed = takeCommandResult(query: command.text, keep: keep(index))
            exchanged.append((executed.result, failure ?? executed.error))
        }
        finishPipeline(query: query)
        return exchanged
    }

    /// Queues one command of a pipeline; false when libpq could not.
    private func send(_ command: Command) -> Bool {
        let count = Int32(command.bindings.count)
        switch command.plan {
        case .prepareAs(let name):
            return PQsendPrepare(handle, name, command.text, count, nil) == 1
                && withCStringArray(command.bindings) { PQsendQueryPrepared(handle, name, count, $0, nil, nil, 0) } == 1
        case .prepared(let name):
            return withCStringArray(command.bindings) { PQsendQueryPrepared(handle, name, count, $0, nil, nil, 0) } == 1
        case .unnamed:
            return withCStringArray(command.bindings) { PQsendQueryParams(handle, command.text, count, nil, $0, nil, nil, 0) } == 1
        }
    }

    /// The result of the next command in the pipeline and the `NULL` that ends it: the result
    /// itself when `keep` and it succeeded, or the error it carries (an aborted pipeline's
    /// skipped command carries none).
    private func takeCommandResult(query: String, keep: Bool) -> (result: OpaquePointer?, error: PostgresError?) {
        guard let result = PQgetResult(handle) else {
            return (nil, PostgresError.fromConnection(handle, query: query))
        }
        while let extra = PQgetResult(handle) { PQclear(extra) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            if keep { return (result, nil) }
            PQclear(result)
            return (nil, nil)
        case PGRES_PIPELINE_ABORTED:
            PQclear(result)
            return (nil, nil)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            PQclear(result)
            isPoisoned = true
            return (nil, PostgresError(kind: .protocolViolation, message: "COPY is not supported", query: query))
        default:
            let error = PostgresError.fromResult(result, connection: handle, query: query)
            PQclear(result)
            return (nil, error)
        }
    }

    /// Reads the pipeline's `Sync` result and leaves pipeline mode; a connection that cannot is
    /// not used again.
    private func finishPipeline(query: String) {
        while let result = PQgetResult(handle) {
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_PIPELINE_SYNC { break }
        }
        if PQexitPipelineMode(handle) != 1 {
            logger.debug("postgres could not leave pipeline mode; discarding the connection")
            isPoisoned = true
        }
    }
}

/// What became of one read of ``PostgresConnection/runEach(_:)``.
enum ReadOutcome {
    /// It ran; its rows.
    case rows(PostgresResult)
    /// It failed, or could not be sent.
    case failed(PostgresError)
    /// It did not run (an earlier read of the pipeline failed, or its prepared statement was stale).
    case skipped
}

extension PostgresError {
    /// "cached plan must not change result type" (0A000): a prepared statement outlived a
    /// change to what it reads; or 26000: it is gone (a `DEALLOCATE ALL` or `DISCARD ALL`).
    var isStalePlan: Bool {
        guard kind == .server else { return false }
        return (code == .featureNotSupported && message.contains("cached plan must not change result type"))
            || code == SQLState(rawValue: "26000")
    }
}

/// A statement's text as the key of ``StatementCache``: equal when its UTF-8 bytes are (the
/// bytes are what the server parses), hashed by one pass over those bytes eight at a time.
///
/// A text runs to a kilobyte and one is looked up for every statement sent; `String`'s own hash
/// (SipHash over each byte, after checking for normalisation) cost about a tenth of a read's
/// work in the daemon.
struct StatementText: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (left: Self, right: Self) -> Bool {
        let equal = left.text.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.text.utf8.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
        return (equal ?? nil) ?? left.text.utf8.elementsEqual(right.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// The bytes folded into 64 bits: each word mixed in by multiply and rotate, then the length.
    var digest: UInt64 {
        text.utf8.withContiguousStorageIfAvailable { Self.digest(UnsafeRawBufferPointer($0)) }
            ?? Array(text.utf8).withUnsafeBytes(Self.digest)
    }

    private static func digest(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var state: UInt64 = 0x243F_6A88_85A3_08D3
        var offset = 0
        while offset + 8 <= raw.count {
            state = mix(state, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for position in offset..<raw.count {
            tail |= UInt64(raw[position]) << UInt64(8 * (position - offset))
        }
        return mix(mix(state, tail), UInt64(raw.count))
    }

    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        return (product << 29) | (product >> 35)
    }
}
