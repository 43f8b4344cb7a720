import NetworkCore

/// A JSON-RPC error object: the standard codes, and the application codes -32000…-32099 whose
/// `data.kind` says what went wrong.
public struct RPCError: Error, Sendable, Hashable {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// The `data.kind` of an application error (`not_found`, `forbidden`, …), if any.
    public var kind: String? { data?["kind"]?.stringValue }

    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["code": .integer(Int64(code)), "message": .string(message)]
        if let data { members["data"] = data }
        return .object(members)
    }
}

extension RPCError {
    /// The numeric codes; the application ones each belong to one `data.kind`.
    public enum Code {
        public static let parseError = -32700
        public static let invalidRequest = -32600
        public static let methodNotFound = -32601
        public static let invalidParams = -32602
        public static let internalError = -32603
        public static let unavailable = -32000
        public static let forbidden = -32001
        public static let notFound = -32002
        public static let conflict = -32003
        public static let invalidTransition = -32004
        public static let validation = -32005
        public static let tooLarge = -32006
    }

    public static func parseError(_ message: String) -> RPCError {
        RPCError(code: Code.parseError, message: "Parse error: \(message)")
    }

    public static func invalidRequest(_ message: String) -> RPCError {
        RPCError(code: Code.invalidRequest, message: "Invalid Request: \(message)")
    }

    public static func methodNotFound(_ method: String) -> RPCError {
        let shown = quoted(method, limit: 100)
        return RPCError(code: Code.methodNotFound, message: "Method not found: \(shown)",
                        data: ["kind": "method_not_found", "method": .string(shown)])
    }

    public static func invalidParams(_ message: String) -> RPCError {
        RPCError(code: Code.invalidParams, message: "Invalid params: \(message)")
    }

    /// Params that do not decode, with every bad field: the message joins them, `data.fields`
    /// lists them as `{field, message}` (as a `validation` error does) under `kind`
    /// `invalid_params`.
    public static func invalidParams(_ fields: [FieldError]) -> RPCError {
        let text = fields.map { $0.field.isEmpty ? $0.message : "\($0.field): \($0.message)" }.joined(separator: "; ")
        let list: [JSONValue] = fields.map { ["field": .string($0.field), "message": .string($0.message)] }
        return RPCError(code: Code.invalidParams, message: "Invalid params: \(text)",
                        data: ["kind": "invalid_params", "fields": .array(list)])
    }

    /// An unexpected failure. The message is deliberately generic; the details are in the
    /// daemon's log under the request id.
    public static func internalError(requestID: String) -> RPCError {
        RPCError(code: Code.internalError, message: "Internal error (request \(requestID); details are in the daemon's log)",
                 data: ["kind": "internal", "requestId": .string(requestID)])
    }

    /// An answer over the daemon's `max_response_bytes`: the call ran, but its result is not sent.
    public static func responseTooLarge(bytes: Int, limit: Int) -> RPCError {
        RPCError(code: Code.tooLarge,
                 message: "The response would be \(bytes) bytes, over the daemon's limit of \(limit) (max_response_bytes); ask for less, e.g. a smaller limit",
                 data: ["kind": "too_large", "limit": .integer(Int64(limit)), "bytes": .integer(Int64(bytes))])
    }

    public static func lineTooLong(limit: Int) -> RPCError {
        RPCError(code: Code.tooLarge, message: "Request line exceeds \(limit) bytes; closing the connection",
                 data: ["kind": "too_large", "limit": .integer(Int64(limit))])
    }

    /// The wire form of a domain error.
    public init(_ error: NetworkError) {
        switch error {
        case .notFound(let entity, let id):
            self.init(code: Code.notFound, message: "No \(entity) \(id)",
                      data: ["kind": "not_found", "entity": .string(entity), "id": .string(id)])
        case .forbidden(let message):
            self.init(code: Code.forbidden, message: message, data: ["kind": "forbidden"])
        case .conflict(let message, let currentVersion):
            var data: [String: JSONValue] = ["kind": "conflict"]
            if let currentVersion { data["currentVersion"] = .integer(Int64(currentVersion)) }
            self.init(code: Code.conflict, message: message, data: .object(data))
        case .invalidTransition(let entity, let from, let to):
            self.init(code: Code.invalidTransition, message: "Cannot change \(entity) from \(from) to \(to)",
                      data: ["kind": "invalid_transition", "entity": .string(entity), "from": .string(from), "to": .string(to)])
        case .validation(let fields):
            let text = fields.map { "\($0.field) \($0.message)" }.joined(separator: "; ")
            let list: [JSONValue] = fields.map { ["field": .string($0.field), "message": .string($0.message)] }
            self.init(code: Code.validation, message: "Invalid: \(text)", data: ["kind": "validation", "fields": .array(list)])
        case .unavailable(let message):
            self.init(code: Code.unavailable, message: message, data: ["kind": "unavailable"])
        }
    }
}
