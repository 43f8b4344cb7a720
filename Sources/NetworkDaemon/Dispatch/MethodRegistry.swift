import AdminProtocol
import NetworkCore

/// The handlers the daemon serves, by method name, with their params decoding built in.
///
/// Registering a method that has no entry in `AccessPolicy.table` is a programming error and
/// traps at start-up, so no method can be served without a policy.
public struct MethodRegistry: Sendable {
    typealias ErasedHandler = @Sendable (RequestContext, JSONValue) async throws -> JSONValue

    struct Entry: Sendable {
        var handler: ErasedHandler
        /// Parameter names the method accepts; anything else is refused.
        var parameterNames: Set<String>
    }

    private(set) var entries: [String: Entry] = [:]

    public init() {}

    public var methodNames: [String] { entries.keys.sorted() }

    /// Registers the handler of `method`.
    public mutating func register<M: AdminMethod>(
        _ method: M.Type,
        _ handler: @escaping @Sendable (RequestContext, M.Params) async throws -> M.Result
    ) {
        precondition(AccessPolicy.table[M.name] != nil, "\(M.name) has no entry in AccessPolicy.table")
        let schema = JSONSchemaGenerator.schema(for: M.Params.self)
        let names = Set(schema["properties"]?.objectValue?.keys.map { $0 } ?? [])
        entries[M.name] = Entry(
            handler: { context, params in
                let typed: M.Params
                switch JSONCoding.decodeReportingAll(M.Params.self, from: params) {
                case .success(let decoded): typed = decoded
                case .failure(let failure): throw RPCError.invalidParams(failure.fields)
                }
                let result = try await handler(context, typed)
                return try JSONCoding.value(of: result)
            },
            parameterNames: names)
    }

    func entry(_ name: String) -> Entry? { entries[name] }
}
