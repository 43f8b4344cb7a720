import AdminProtocol
import Logging
import NetworkCore
import NetworkStore
import Postgres
import Synchronization

/// Turns one line of input into the line to answer with: parses it, checks the JSON-RPC shape,
/// the method, the caller's role and the params, runs the handler, and maps every failure to
/// the right JSON-RPC error.
///
/// Never throws and never crashes on input: whatever the line holds, the answer is a JSON-RPC
/// response (or nothing, for notifications), and unexpected errors become -32603 with the
/// request id, their details only in the log.
public struct RequestDispatcher: Sendable {
    let registry: MethodRegistry
    let services: DaemonServices
    let logger: Logger

    public init(registry: MethodRegistry, services: DaemonServices, logger: Logger) {
        self.registry = registry
        self.services = services
        self.logger = logger
    }

    /// Answers one line; `nil` when nothing is to be sent (notifications only). The whole answer
    /// in memory, without its newline: for tests and tools; the server streams with
    /// ``respond(to:session:notStarted:write:)``.
    public func respond(to line: some Collection<UInt8>, session: ConnectionSession) async -> [UInt8]? {
        let collected = Collected()
        await respond(to: line, session: session) { collected.bytes += $0 }
        guard collected.bytes.last == UInt8(ascii: "\n") else { return nil }
        return Array(collected.bytes.dropLast())
    }

    /// Answers one line by handing its answer line to `write` in pieces, the last one ending in
    /// the newline; `write` is not called for a line that needs no answer (notifications only).
    ///
    /// - A batch of more than `max_batch_calls` calls is refused whole (-32600 naming the cap);
    ///   none of it runs.
    /// - A batch's answers are written as they are ready (`[`, each answer, `,`…, `]`), so a
    ///   batch never builds its whole reply in memory.
    /// - An answer larger than `max_response_bytes` (each of a batch's, for a batch) is replaced
    ///   by a `too_large` error (-32006) with the same id.
    /// - With `notStarted`, nothing runs: every call that would have is answered with that error
    ///   instead (notifications still get no answer) — how a draining server answers lines it had
    ///   already read.
    /// - If `write` throws (the client went away), the rest of a batch is not run.
    public func respond(to line: some Collection<UInt8>, session: ConnectionSession, notStarted: RPCError? = nil,
                        write: (ArraySlice<UInt8>) async throws -> Void) async {
        let (maxBatchCalls, maxBytes) = services.state.answerLimits
        do {
            switch RPCMessage.parse(line) {
            case .unparsable(let failure):
                try await write(encodeLine(RPCResponse(id: failure.id, error: failure.error), maxBytes: maxBytes)[...])
            case .single(let item):
                if var answer = await answer(to: item, session: session, notStarted: notStarted, maxBytes: maxBytes) {
                    answer.append(UInt8(ascii: "\n"))
                    try await write(answer[...])
                }
            case .batch(let items) where items.count > maxBatchCalls:
                let error = RPCError.invalidRequest(
                    "a batch may hold at most \(maxBatchCalls) calls (max_batch_calls); this one has \(items.count)")
                try await write(encodeLine(RPCResponse(id: .null, error: error), maxBytes: maxBytes)[...])
            case .batch(let items):
                var opened = false
                for item in items {
                    guard let answer = await answer(to: item, session: session, notStarted: notStarted, maxBytes: maxBytes) else { continue }
                    var piece: [UInt8] = [opened ? UInt8(ascii: ",") : UInt8(ascii: "[")]
                    piece += answer
                    opened = true
                    try await write(piece[...])
                }
                if opened { try await write([UInt8(ascii: "]"), UInt8(ascii: "\n")][...]) }
            }
        } catch {
            logger.debug("answer not delivered", metadata: ["error": "\(error)"])
        }
    }

    /// ``encode(_:maxBytes:)`` followed by the newline that ends an answer line.
    private func encodeLine(_ response: RPCResponse, maxBytes: Int) -> [UInt8] {
        var bytes = encode(response, maxBytes: maxBytes)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// One error response as JSON, or — when it is over `maxBytes` — a `too_large` error in its place.
    private func encode(_ response: RPCResponse, maxBytes: Int) -> [UInt8] {
        do {
            return checked(try JSONCoding.encode(response.jsonValue), id: response.id, maxBytes: maxBytes)
        } catch {
            logger.error("cannot encode a response", metadata: ["error": "\(error)"])
            return Array(Self.internalErrorLine.utf8)
        }
    }

    /// What is sent when even an error cannot be encoded.
    private static let internalErrorLine = #"{"error":{"code":-32603,"message":"Internal error"},"id":null,"jsonrpc":"2.0"}"#

    /// `bytes`, or the `too_large` error with the same id when they are over `maxBytes`.
    private func checked(_ bytes: [UInt8], id: JSONValue, maxBytes: Int) -> [UInt8] {
        if bytes.count <= maxBytes { return bytes }
        logger.warning("response over max_response_bytes replaced by an error", metadata: ["bytes": "\(bytes.count)"])
        let error = RPCResponse(id: id, error: .responseTooLarge(bytes: bytes.count, limit: maxBytes))
        return (try? JSONCoding.encode(error.jsonValue)) ?? Array(Self.internalErrorLine.utf8)
    }

    /// The answer to one call of a line, without its newline; `nil` for a notification.
    ///
    /// A result is already JSON (the handler wrote it); the response is written around it
    /// (``RPCResponse/encoded(id:result:)``).
    func answer(to item: Result<RPCRequest, RPCFailure>, session: ConnectionSession,
                notStarted: RPCError? = nil, maxBytes: Int) async -> [UInt8]? {
        switch item {
        case .failure(let failure):
            return encode(RPCResponse(id: failure.id, error: failure.error), maxBytes: maxBytes)
        case .success(let request):
            let outcome: Result<[UInt8], RPCError>
            if let notStarted {
                outcome = .failure(notStarted)
            } else {
                outcome = await execute(request, session: session)
            }
            if request.isNotification { return nil }
            let id = request.id ?? .null
            switch outcome {
            case .success(let result):
                // An id is a string, an integer or null as parsed: it always encodes.
                guard let bytes = try? RPCResponse.encoded(id: id, result: result) else { return Array(Self.internalErrorLine.utf8) }
                return checked(bytes, id: id, maxBytes: maxBytes)
            case .failure(let error):
                return encode(RPCResponse(id: id, error: error), maxBytes: maxBytes)
            }
        }
    }

    /// Runs one well-formed request.
    func execute(_ request: RPCRequest, session: ConnectionSession) async -> Result<[UInt8], RPCError> {
        let requestID = Self.makeRequestID()
        let caller = session.caller
        var log = logger
        // Set at once: one copy of the handler's metadata, not one per key.
        var metadata = log.handler.metadata
        metadata.reserveCapacity(metadata.count + 3)
        metadata["request.id"] = .string(requestID)
        metadata["rpc.method"] = .string(request.method.utf8.count <= 100 ? request.method : String(request.method.prefix(100)))
        metadata["peer.uid"] = .stringConvertible(caller.uid)
        log.handler.metadata = metadata
        let started = ContinuousClock.now
        services.state.requestStarted()
        defer { services.state.requestFinished() }

        let outcome = await run(request, requestID: requestID, session: session, logger: log)
        let elapsed = ContinuousClock.now - started
        let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        switch outcome {
        case .success:
            log.debug("request served", metadata: ["duration.us": "\(micros)"])
        case .failure(let error):
            let level: Logger.Level = error.code == RPCError.Code.internalError ? .error : .info
            log.log(level: level, "request failed", metadata: ["duration.us": "\(micros)", "rpc.error": "\(error.code)", "error.kind": "\(error.kind ?? "")"])
        }
        return outcome
    }

    private func run(_ request: RPCRequest, requestID: String, session: ConnectionSession, logger: Logger) async -> Result<[UInt8], RPCError> {
        guard let entry = registry.entry(request.method) else {
            return .failure(.methodNotFound(request.method))
        }
        // A member session ends as soon as its token is revoked or expires, its contact is
        // removed or its member leaves: checked before every call (one indexed query), except a
        // fresh `session.authenticate`, which replaces the identity anyway.
        if let identity = session.caller.member, request.method != SessionAuthenticate.name {
            do {
                if try await !SessionHandlers.sessionIsCurrent(identity, pool: services.pool) {
                    var reset = session.caller
                    reset.roles = []
                    reset.member = nil
                    session.caller = reset
                    logger.info("member session ended", metadata: ["member.id": "\(identity.memberID)", "token.id": "\(identity.tokenID)"])
                    return .failure(RPCError(.forbidden("member token revoked or expired; authenticate again")))
                }
            } catch {
                return .failure(Self.rpcError(for: error, requestID: requestID, logger: logger))
            }
        }
        let caller = session.caller
        guard AccessPolicy.allows(caller.roles, toCall: request.method) else {
            let needed = AccessPolicy.roles(for: request.method).map(\.rawValue).joined(separator: " or ")
            let held = caller.roles.isEmpty ? "none" : caller.roles.sorted().map(\.rawValue).joined(separator: ", ")
            return .failure(RPCError(.forbidden("\(request.method) requires the \(needed) role; \(caller.actor) holds \(held)")))
        }
        let params: JSONValue
        switch request.params {
        case nil:
            params = [:]
        case .array(let elements) where elements.isEmpty:
            params = [:]
        case .array:
            return .failure(.invalidParams("\(request.method) takes its params by name, as an object"))
        case .object(let members):
            // Sorting is only for a stable message, so only when some key is unknown.
            if members.keys.contains(where: { !entry.parameterNames.contains($0) }),
                let unknown = members.keys.sorted().first(where: { !entry.parameterNames.contains($0) })
            {
                let accepted = entry.parameterNames.sorted().joined(separator: ", ")
                return .failure(.invalidParams("unknown parameter \"\(RPCError.quoted(unknown, limit: 64))\" (accepted: \(accepted.isEmpty ? "none" : accepted))"))
            }
            params = .object(members)
        default:
            params = [:]
        }
        let context = RequestContext(requestID: requestID, method: request.method, session: session, logger: logger,
                                     services: services, owners: registry.owners)
        do {
            return .success(try await entry.handler(context, params))
        } catch {
            return .failure(Self.rpcError(for: error, requestID: requestID, logger: logger))
        }
    }

    /// Maps any error to the one the caller sees; the unexpected ones are logged in full.
    static func rpcError(for error: any Error, requestID: String, logger: Logger) -> RPCError {
        switch error {
        case let error as RPCError:
            return error
        case let error as NetworkError:
            return RPCError(error)
        case let error as PostgresError:
            if let mapped = error.networkError {
                logger.info("database refused the request", metadata: ["error": "\(String(reflecting: error))"])
                return RPCError(mapped)
            }
            logger.error("database error", metadata: ["error": "\(String(reflecting: error))"])
            return .internalError(requestID: requestID)
        default:
            logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            return .internalError(requestID: requestID)
        }
    }

    /// Collects a streamed answer (only ever used from one task at a time).
    private final class Collected: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    /// 16 hex digits, unique enough to find a request's lines in the journal.
    ///
    /// A counter from a random start, scrambled by SplitMix64's finaliser (a bijection, so no two
    /// requests of one process share an id): random-looking, without a `getrandom` system call
    /// per request.
    static func makeRequestID() -> String {
        var value = requestCounter.wrappingAdd(0x9E37_79B9_7F4A_7C15, ordering: .relaxed).newValue
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        // Sixteen lower-case hex digits, most significant first, written into the string at once.
        return String(unsafeUninitializedCapacity: 16) { digits in
            let hex: StaticString = "0123456789abcdef"
            for position in 0..<16 {
                digits[position] = hex.utf8Start[Int((value >> UInt64(60 - 4 * position)) & 0xF)]
            }
            return 16
        }
    }

    /// Where ``makeRequestID()`` counts from: random per process.
    private static let requestCounter = Atomic<UInt64>(UInt64.random(in: 0...UInt64.max))
}
