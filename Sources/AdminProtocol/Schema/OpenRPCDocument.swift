/// Builds the OpenRPC document that `rpc.discover` returns, from the method types themselves.
///
/// Every method is `paramStructure: by-name`; each top-level property of its `Params` struct is
/// one OpenRPC param. Who may call a method — derived from its ``Access`` declaration — is in its
/// description and in the extensions `x-roles` (the roles) and `x-member-reach` (what a member
/// token reaches: `none`, `all`, `own-member` or `own-<record>`); `x-mutating` says whether it
/// runs as one audited, idempotent transaction, `x-kind` how the daemon runs it (`query`,
/// `mutation`, `command`) and `x-area` the area that declares it.
public enum OpenRPCDocument {
    public static let openRPCVersion = "1.3.2"

    public static func make(version: String, methods: [any AdminMethod.Type] = MethodCatalog.all) -> JSONValue {
        let list: [JSONValue] = methods.map(describe)
        return [
            "openrpc": .string(openRPCVersion),
            "info": [
                "title": "networkd admin socket",
                "description": "JSON-RPC 2.0 over a Unix stream socket, one compact JSON object per line.",
                "version": .string(version),
            ],
            "methods": .array(list),
        ]
    }

    static func describe(_ method: any AdminMethod.Type) -> JSONValue {
        describeMethod(method)
    }

    static func describeMethod<M: AdminMethod>(_ method: M.Type) -> JSONValue {
        let roles = method.roles.map(\.rawValue)
        var description = "Roles: \(method.access.summary)."
        if method.isMutating {
            description += " Mutating: runs in one transaction with its audit record."
        }
        var object: [String: JSONValue] = [:]
        object["name"] = .string(method.name)
        object["summary"] = .string(method.summary)
        object["description"] = .string(description)
        object["paramStructure"] = .string("by-name")
        object["params"] = .array(params(of: M.Params.self))
        let resultSchema = JSONSchemaGenerator.schema(for: M.Result.self)
        object["result"] = .object(["name": .string("result"), "schema": resultSchema])
        object["x-roles"] = .array(roles.map { JSONValue.string($0) })
        object["x-member-reach"] = .string(method.access.memberReachName)
        object["x-mutating"] = .bool(method.isMutating)
        object["x-kind"] = .string(kind(of: method))
        if let area = MethodCatalog.areas.first(where: { area in area.methods.contains { $0 == method } }) {
            object["x-area"] = .string(area.name)
        }
        return .object(object)
    }

    /// `query`, `mutation` or `command`: how the daemon runs the method (see ``AdminMethod``).
    static func kind<M: AdminMethod>(of method: M.Type) -> String {
        if method is any Mutation.Type { return "mutation" }
        if method is any Query.Type { return "query" }
        return "command"
    }

    static func params(of type: any Decodable.Type) -> [JSONValue] {
        let schema = JSONSchemaGenerator.paramsSchema(for: type)
        guard let properties = schema["properties"]?.objectValue else { return [] }
        let required = Set((schema["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        return properties.keys.sorted().map { name in
            ["name": .string(name), "required": .bool(required.contains(name)), "schema": properties[name]!]
        }
    }
}
