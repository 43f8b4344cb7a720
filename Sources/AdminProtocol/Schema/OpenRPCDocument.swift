/// Builds the OpenRPC document that `rpc.discover` returns, from the method types themselves.
///
/// Every method is `paramStructure: by-name`; each top-level property of its `Params` struct is
/// one OpenRPC param. The roles allowed to call a method are listed in its description and in the
/// `x-roles` extension.
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
        let rolesText = roles.isEmpty ? "any caller" : roles.joined(separator: ", ")
        var description = "Roles: \(rolesText)."
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
        object["x-mutating"] = .bool(method.isMutating)
        return .object(object)
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
