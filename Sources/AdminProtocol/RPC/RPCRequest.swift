/// One JSON-RPC 2.0 request or notification, after its shape has been checked.
public struct RPCRequest: Sendable, Hashable {
    /// The request id: a string, a number or null. `nil` for a notification (no `id` member),
    /// which gets no response.
    public var id: JSONValue?
    public var method: String
    /// `params`: an object (by name) or absent. Arrays (by position) are refused by the daemon's
    /// methods, which all declare `paramStructure: by-name`.
    public var params: JSONValue?

    public init(id: JSONValue?, method: String, params: JSONValue?) {
        self.id = id
        self.method = method
        self.params = params
    }

    public var isNotification: Bool { id == nil }

    /// The request as a wire object.
    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["jsonrpc": "2.0", "method": .string(method)]
        if let id { members["id"] = id }
        if let params { members["params"] = params }
        return .object(members)
    }
}

/// What one line of input turned out to be.
public enum RPCMessage: Sendable {
    /// A single request (or a single invalid request, whose error must be answered).
    case single(Result<RPCRequest, RPCFailure>)
    /// A batch: each element checked on its own.
    case batch([Result<RPCRequest, RPCFailure>])
    /// The line is not JSON at all: answer with a parse error and id null.
    case unparsable(RPCFailure)
}

/// A request that could not be accepted, with the id to answer to (null when unknown).
public struct RPCFailure: Error, Sendable, Hashable {
    public var id: JSONValue
    public var error: RPCError

    public init(id: JSONValue, error: RPCError) {
        self.id = id
        self.error = error
    }
}

extension RPCMessage {
    /// Reads one line of input (without its `\n`).
    ///
    /// Never throws: every way a line can be wrong becomes the JSON-RPC error the specification
    /// asks for (parse error, invalid request), with the request's id when one could be read.
    public static func parse(_ line: some Collection<UInt8>) -> RPCMessage {
        let parsed: JSONParser.TopLevel
        do {
            parsed = try JSONParser.parseTopLevel(line, maximumDepth: JSONCoding.maximumDepth)
        } catch {
            switch error {
            case .tooDeep(let limit):
                return .unparsable(RPCFailure(id: .null, error: .parseError("JSON nested deeper than \(limit) levels")))
            case .invalidUTF8:
                return .unparsable(RPCFailure(id: .null, error: .parseError("input is not valid UTF-8")))
            case .malformed:
                return .unparsable(RPCFailure(id: .null, error: .parseError("invalid JSON")))
            }
        }
        switch parsed {
        case .members(let members):
            return .single(request(fromMembers: members))
        case .value(.array(let elements)):
            if elements.isEmpty {
                return .single(.failure(RPCFailure(id: .null, error: .invalidRequest("empty batch"))))
            }
            return .batch(elements.map(request(from:)))
        case .value(let value):
            return .single(request(from: value))
        }
    }

    /// Checks the JSON-RPC 2.0 request shape of one value (a batch's element).
    static func request(from value: JSONValue) -> Result<RPCRequest, RPCFailure> {
        guard case .object(let members) = value else {
            return .failure(RPCFailure(id: .null, error: .invalidRequest("a request must be a JSON object, got \(value.typeName)")))
        }
        return request(fromMembers: Array(members))
    }

    /// Checks the JSON-RPC 2.0 request shape of an object's members, in the order written (a
    /// repeated member's last occurrence counts, as in any object).
    static func request(fromMembers members: [(key: String, value: JSONValue)]) -> Result<RPCRequest, RPCFailure> {
        var rawID: JSONValue?
        var version: JSONValue?
        var method: JSONValue?
        var params: JSONValue?
        var unknown: [String] = []
        for (key, value) in members {
            switch key {
            case "id": rawID = value
            case "jsonrpc": version = value
            case "method": method = value
            case "params": params = value
            default: unknown.append(key)
            }
        }
        // The id first, so that later errors can be answered to it.
        var id: JSONValue? = nil
        if let rawID {
            switch rawID {
            case .string, .integer, .double, .null: id = rawID
            default:
                return .failure(RPCFailure(id: .null, error: .invalidRequest("\"id\" must be a string, a number or null")))
            }
        }
        let answerID = id ?? .null
        guard case .string("2.0")? = version else {
            return .failure(RPCFailure(id: answerID, error: .invalidRequest("\"jsonrpc\" must be exactly \"2.0\"")))
        }
        guard case .string(let methodName)? = method else {
            return .failure(RPCFailure(id: answerID, error: .invalidRequest("\"method\" must be a string")))
        }
        if let params {
            switch params {
            case .object, .array: break
            default:
                return .failure(RPCFailure(id: answerID, error: .invalidRequest("\"params\" must be an object or an array")))
            }
        }
        if let extra = unknown.min() {
            return .failure(RPCFailure(id: answerID, error: .invalidRequest("unknown member \"\(RPCError.quoted(extra, limit: 64))\" in request")))
        }
        return .success(RPCRequest(id: id, method: methodName, params: params))
    }
}
