/// One JSON-RPC 2.0 response: a result or an error, never both.
public struct RPCResponse: Sendable, Hashable {
    public var id: JSONValue
    public var outcome: Result<JSONValue, RPCError>

    public init(id: JSONValue, result: JSONValue) {
        self.id = id
        self.outcome = .success(result)
    }

    public init(id: JSONValue, error: RPCError) {
        self.id = id
        self.outcome = .failure(error)
    }

    /// The response as a wire object.
    public var jsonValue: JSONValue {
        switch outcome {
        case .success(let result):
            return ["jsonrpc": "2.0", "id": id, "result": result]
        case .failure(let error):
            return ["jsonrpc": "2.0", "id": id, "error": error.jsonValue]
        }
    }

    /// The compact bytes of a successful response whose result is already written (`result`, as
    /// ``JSONCoding/encodedValue(of:)`` writes it): the envelope's keys in the wire's sorted
    /// order (`id`, `jsonrpc`, `result`), byte for byte what ``JSONCoding/encode(_:)`` writes of
    /// the response as one value.
    ///
    /// - Throws: What ``JSONCoding/encode(_:)`` throws for `id` (nothing, for an id as parsed).
    public static func encoded(id: JSONValue, result: [UInt8]) throws -> [UInt8] {
        var writer = JSONWriter(capacity: result.count + 64)
        writer.appendRaw(#"{"id":"#)
        try writer.append(id, codingPath: [])
        writer.appendRaw(#","jsonrpc":"2.0","result":"#)
        writer.appendJSON(result)
        writer.appendRaw("}")
        return writer.bytes()
    }

    /// Reads a response object received by a client.
    ///
    /// - Throws: `RPCError.parseError` when the object is not a JSON-RPC response.
    public init(from value: JSONValue) throws {
        guard case .object(let members) = value, members["jsonrpc"] == "2.0" else {
            throw RPCError.parseError("not a JSON-RPC 2.0 response")
        }
        let id = members["id"] ?? .null
        if let result = members["result"] {
            self.init(id: id, result: result)
        } else if let error = members["error"], let code = error["code"]?.int64Value,
            let message = error["message"]?.stringValue
        {
            self.init(id: id, error: RPCError(code: Int(code), message: message, data: error["data"]))
        } else {
            throw RPCError.parseError("response has neither result nor error")
        }
    }
}
