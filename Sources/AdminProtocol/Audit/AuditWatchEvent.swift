/// One line a watching connection carries after `audit.watch`'s answer: the daemon writes it
/// with ``notification``, a client reads it with ``init(line:)``.
public enum AuditWatchEvent: Sendable, Hashable {
    /// One change: ``AuditWatch/changeNotification``.
    case change(AuditList.Entry)
    /// The daemon ended the watch: ``AuditWatch/endNotification``.
    case ended(AuditWatch.Ended)
    /// Anything else (a notification of a later version, the error answer to a stray request):
    /// a client skips it.
    case other(JSONValue)

    /// The JSON-RPC notification that carries the event (``other`` is sent as it is).
    public var notification: JSONValue {
        get throws {
            switch self {
            case .change(let entry):
                RPCRequest(id: nil, method: AuditWatch.changeNotification, params: try JSONCoding.value(of: entry)).jsonValue
            case .ended(let ended):
                RPCRequest(id: nil, method: AuditWatch.endNotification, params: try JSONCoding.value(of: ended)).jsonValue
            case .other(let value):
                value
            }
        }
    }

    /// Reads one line (without its newline).
    ///
    /// - Throws: `JSONCoding`'s errors for a line that is not JSON, and decoding errors for a
    ///   change or an end whose params do not have their shape.
    public init(line: some Collection<UInt8>) throws {
        let value = try JSONCoding.readValue(line)
        let params = value["params"] ?? [:]
        switch value["method"]?.stringValue {
        case AuditWatch.changeNotification? where value["id"] == nil:
            self = .change(try JSONCoding.decode(AuditList.Entry.self, from: params))
        case AuditWatch.endNotification? where value["id"] == nil:
            self = .ended(try JSONCoding.decode(AuditWatch.Ended.self, from: params))
        default:
            self = .other(value)
        }
    }
}
