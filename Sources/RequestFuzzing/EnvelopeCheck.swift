import AdminProtocol

/// JSON-RPC envelope and batch parsing: `RPCMessage.parse` classifies every line consistently
/// with the JSON reader, answers a batch element by element as it answers each element alone,
/// re-reads every accepted request from its own wire form, and never echoes the input in an
/// error message beyond a short bound.
enum EnvelopeCheck {
    /// Longest error message, in UTF-8 bytes, that the envelope layer may produce.
    static let maximumMessageBytes = 512

    /// Parses `line` (already read as `value` by the JSON reader, or `nil` if it did not read)
    /// and returns the requests it accepted.
    static func check(_ line: [UInt8], value: JSONValue?, into log: inout ViolationLog) -> [RPCRequest] {
        let message = RPCMessage.parse(line)
        switch (message, value) {
        case (.unparsable(let failure), nil):
            checkFailure(failure, answering: nil, into: &log)
            log.expect(failure.error.code == RPCError.Code.parseError, "rpc.parseErrorCode", "code \(failure.error.code)")
            return []
        case (.unparsable, .some):
            log.record("rpc.unparsableIffJSONFails", "the JSON reader accepted a line RPCMessage calls unparsable")
            return []
        case (_, nil):
            log.record("rpc.unparsableIffJSONFails", "RPCMessage accepted a line the JSON reader refuses")
            return []
        case (.single(let result), .some(let value)):
            if case .array(let elements) = value {
                log.expect(elements.isEmpty, "rpc.batchIsBatch", "a non-empty array parsed as a single request")
                if case .success = result { log.record("rpc.emptyBatchRefused", "an empty batch was accepted") }
            }
            return checkElement(result, element: value, into: &log)
        case (.batch(let results), .some(let value)):
            guard case .array(let elements) = value, elements.count == results.count else {
                log.record("rpc.batchCount", "a batch of \(results.count) results for \(value.typeName)")
                return []
            }
            var accepted: [RPCRequest] = []
            for (result, element) in zip(results, elements) {
                // Each element is answered exactly as the same request on its own line (an
                // array alone on a line is a batch, so arrays are only checked below).
                if case .array = element {
                    log.expect(result.isInvalidRequest, "rpc.nestedBatchRefused", "a batch inside a batch gave \(shortened(result))")
                } else if let text = try? JSONCoding.encode(element), case .single(let alone) = RPCMessage.parse(text) {
                    log.expect(alone == result, "rpc.batchElementAsAlone",
                               "in a batch \(shortened(result)), alone \(shortened(alone))")
                }
                accepted += checkElement(result, element: element, into: &log)
            }
            return accepted
        }
    }

    private static func checkElement(_ result: Result<RPCRequest, RPCFailure>, element: JSONValue,
                                     into log: inout ViolationLog) -> [RPCRequest] {
        switch result {
        case .failure(let failure):
            checkFailure(failure, answering: element, into: &log)
            log.expect(failure.error.code == RPCError.Code.invalidRequest, "rpc.invalidRequestCode", "code \(failure.error.code)")
            return []
        case .success(let request):
            log.expect(element["jsonrpc"] == "2.0" && element["method"] == .string(request.method),
                       "rpc.acceptedShape", "accepted \(shortened(element))")
            // The request's own wire form reads back as the same request.
            do {
                let text = try JSONCoding.encode(request.jsonValue)
                if case .single(.success(let reread)) = RPCMessage.parse(text) {
                    log.expect(reread == request, "rpc.roundTrip", "\(shortened(request)) reread as \(shortened(reread))")
                } else {
                    log.record("rpc.roundTrip", "the wire form of \(shortened(request)) is refused")
                }
            } catch {
                log.record("rpc.writable", "\(shortened(request)) does not write: \(shortened(error))")
            }
            // What the dispatcher answers for a method it does not know.
            if MethodCatalog.method(named: request.method) == nil {
                checkMessage(RPCError.methodNotFound(request.method), into: &log)
            }
            return [request]
        }
    }

    /// A refusal answers to the request's id when it had a valid one, else null, and is short.
    private static func checkFailure(_ failure: RPCFailure, answering element: JSONValue?, into log: inout ViolationLog) {
        let validID: JSONValue
        switch element?["id"] {
        case .some(let id) where [.string, .integer, .double, .null].contains(id.kind): validID = id
        default: validID = .null
        }
        log.expect(failure.id == .null || failure.id == validID, "rpc.failureID",
                   "answered to \(shortened(failure.id)), request id \(shortened(validID))")
        checkMessage(failure.error, into: &log)
    }

    private static func checkMessage(_ error: RPCError, into log: inout ViolationLog) {
        log.expect(error.message.utf8.count <= maximumMessageBytes, "rpc.errorIsShort",
                   "code \(error.code) message of \(error.message.utf8.count) bytes: \(shortened(error.message, limit: 80))")
        log.expect((try? JSONCoding.encode(error.jsonValue)) != nil, "rpc.errorWritable", "\(shortened(error))")
    }
}

extension Result<RPCRequest, RPCFailure> {
    fileprivate var isInvalidRequest: Bool {
        if case .failure(let failure) = self { return failure.error.code == RPCError.Code.invalidRequest }
        return false
    }
}

extension JSONValue {
    /// The value's case, ignoring its payload.
    fileprivate enum Kind { case null, bool, integer, double, string, array, object }

    fileprivate var kind: Kind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .integer: .integer
        case .double: .double
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}
