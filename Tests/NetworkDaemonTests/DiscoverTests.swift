import AdminProtocol
import Foundation
import NetworkCore
import NetworkDaemon
import NetworkTestSupport
import Testing

/// `rpc.discover`: a valid OpenRPC document listing every method by name, matching the golden
/// file, and describing results the daemon really returns.
@Suite("rpc.discover")
struct DiscoverTests {
    /// The OpenRPC meta-schema shipped with the tests (`Tests/Schemas/`, a copy of the public
    /// https://meta.open-rpc.org/ document), found from this file's place in the repository.
    static var metaSchemaPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/openrpc-meta-schema.json").path
    }

    static var goldenPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/rpc-discover.json").path
    }

    /// Validates `instance` against `schema` with Python's `jsonschema` (the validator class the
    /// schema's `$schema` names, Draft 7 when none); returns the errors, empty when valid.
    static func validate(_ instance: JSONValue, against schema: JSONValue) async throws -> [String] {
        let directory = try makeTemporaryDirectory(prefix: "networkd-schema")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let schemaPath = directory + "/schema.json", instancePath = directory + "/instance.json"
        try Data(try JSONCoding.encode(schema)).write(to: URL(fileURLWithPath: schemaPath))
        try Data(try JSONCoding.encode(instance)).write(to: URL(fileURLWithPath: instancePath))
        return try await validate(instanceFile: instancePath, schemaFile: schemaPath)
    }

    static func validate(instanceFile: String, schemaFile: String) async throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            instance = json.load(open(sys.argv[2]))
            cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
            cls.check_schema(schema)
            for error in sorted(cls(schema).iter_errors(instance), key=lambda e: list(e.absolute_path)):
                print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
            """
        let python = try #require(pythonWithJSONSchema, "no python3 with the jsonschema module (apt install python3-jsonschema)")
        let output = try await offPool { try runProcess(python, ["-c", script, schemaFile, instanceFile], timeout: 30) }
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        return output.stdout.split(separator: "\n").map(String.init)
    }

    /// The first `python3` (on `PATH`, then the system's) that can import `jsonschema`.
    static let pythonWithJSONSchema: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if let output = try? runProcess(candidate, ["-c", "import jsonschema"], timeout: 30), output.status == 0 {
                return candidate
            }
        }
        return nil
    }()

    static func discover(_ daemon: InProcessDaemon) async throws -> JSONValue {
        let connection = try await TestConnection.connect(daemon.socketPath)
        return try #require(try await connection.call("rpc.discover").result)
    }

    @Test func documentValidatesAgainstTheOpenRPCMetaSchema() async throws {
        try await withDaemon { daemon in
            let document = try await Self.discover(daemon)
            let directory = try makeTemporaryDirectory(prefix: "networkd-openrpc")
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let documentPath = directory + "/rpc-discover.json"
            try Data(try JSONCoding.encode(document)).write(to: URL(fileURLWithPath: documentPath))
            let errors = try await Self.validate(instanceFile: documentPath, schemaFile: Self.metaSchemaPath)
            #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
            #expect(document["openrpc"]?.stringValue?.hasPrefix("1.") == true)
            #expect(document["info"]?["version"] == .string(NetworkdVersion.current))
        }
    }

    @Test func documentListsEveryCatalogMethodByNameWithItsRoles() async throws {
        try await withDaemon { daemon in
            let document = try await Self.discover(daemon)
            let methods = try #require(document["methods"]?.arrayValue)
            #expect(methods.compactMap { $0["name"]?.stringValue } == MethodCatalog.all.map { $0.name })
            for (method, type) in zip(methods, MethodCatalog.all) {
                #expect(method["paramStructure"] == "by-name", "\(type.name)")
                #expect(method["x-roles"] == .array(type.roles.map { .string($0.rawValue) }), "\(type.name)")
                #expect(method["x-mutating"] == .bool(type.isMutating), "\(type.name)")
                #expect(method["summary"] == .string(type.summary))
                #expect(method["result"]?["schema"] != nil)
                for param in method["params"]?.arrayValue ?? [] {
                    #expect(param["required"]?.boolValue != nil, "\(type.name).\(param["name"]?.stringValue ?? "")")
                    #expect(param["schema"]?.objectValue != nil, "\(type.name).\(param["name"]?.stringValue ?? "")")
                }
            }
            let update = try #require(methods.first { $0["name"] == "network.update" })
            let names = Set((update["params"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
            #expect(names == ["name", "shortName", "timeZone", "currency", "yearStartMonth", "foundingYear", "expectedVersion",
                           "idempotencyKey"])
        }
    }

    @Test func documentMatchesTheGoldenFile() async throws {
        try await withDaemon { daemon in
            let document = try await Self.discover(daemon)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var text = String(decoding: try encoder.encode(document), as: UTF8.self)
            text += "\n"
            if ProcessInfo.processInfo.environment["NETWORKD_RECORD_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(atPath: (Self.goldenPath as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try text.write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
                return
            }
            let golden = try #require(FileManager.default.contents(atPath: Self.goldenPath),
                                      "no golden file; record it with NETWORKD_RECORD_GOLDEN=1")
            let expected = try JSONCoding.readValue(Array(golden))
            #expect(document == expected, "rpc.discover changed; if on purpose, re-record with NETWORKD_RECORD_GOLDEN=1")
        }
    }

    /// Each method's declared result schema accepts what the daemon actually returns.
    @Test(.freshDatabase) func realResultsValidateAgainstTheirDeclaredSchemas() async throws {
        try await withDaemon { daemon in
            let document = try await Self.discover(daemon)
            let methods = try #require(document["methods"]?.arrayValue)
            func schema(_ name: String) throws -> JSONValue {
                try #require(methods.first { $0["name"] == .string(name) }?["result"]?["schema"])
            }
            let connection = try await TestConnection.connect(daemon.socketPath)
            let update = try #require(try await connection.call("network.update", ["name": "Schema check"]).result)
            let samples: [(String, JSONValue)] = [
                ("network.update", update),
                ("network.get", try #require(try await connection.call("network.get").result)),
                ("daemon.status", try #require(try await connection.call("daemon.status").result)),
                ("audit.list", try #require(try await connection.call("audit.list", ["limit": 1]).result)),
            ]
            for (name, result) in samples {
                let errors = try await Self.validate(result, against: try schema(name))
                #expect(errors.isEmpty, "\(name): \(errors.joined(separator: "; "))")
            }
            // And the schemas are not vacuous: a wrong shape is refused.
            let wrong = try await Self.validate(["name": 5], against: try schema("network.get"))
            #expect(!wrong.isEmpty)
        }
    }

    /// Each method's params schema describes exactly the parameter names the daemon accepts.
    @Test func paramsSchemaMatchesWhatTheDaemonAccepts() async throws {
        try await withDaemon { daemon in
            let document = try await Self.discover(daemon)
            let connection = try await TestConnection.connect(daemon.socketPath)
            let served = Set(Daemon.makeRegistry().methodNames)
            for method in try #require(document["methods"]?.arrayValue) {
                let name = try #require(method["name"]?.stringValue)
                // Unknown parameters are refused before anything runs, so mutating methods are safe
                // to probe; methods root may not call answer forbidden first.
                guard served.contains(name), AccessPolicy.allows([.operator, .secretariat], toCall: name) else { continue }
                let response = try await connection.call(name, ["surelyNotAParam": 1])
                #expect(response.error?.code == -32602, "\(name)")
                let declared = (method["params"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }.sorted()
                let accepted = declared.isEmpty ? "none" : declared.joined(separator: ", ")
                #expect(response.error?.message.contains("(accepted: \(accepted))") == true, "\(name): \(response.error?.message ?? "")")
            }
        }
    }

    /// A value at one end of what `schema` allows: the maximum (longest, last) when `high`, else
    /// the minimum (shortest, first). Strings are as long as `maxLength` allows, counted in
    /// Unicode scalars as JSON Schema counts them ("é" is one).
    static func boundaryValue(_ schema: JSONValue, high: Bool) -> JSONValue {
        if let values = schema["enum"]?.arrayValue, let first = values.first, let last = values.last { return high ? last : first }
        switch schema["type"]?.stringValue {
        case "integer":
            // Without a published bound a generator may pick any integer, as the issue's client did.
            return (high ? schema["maximum"] : schema["minimum"]) ?? .double(high ? 2.4e23 : -2.4e23)
        case "number": return high ? .double(1e300) : .double(-1e300)
        case "boolean": return .bool(high)
        case "array": return .array([boundaryValue(schema["items"] ?? [:], high: high)])
        case "object":
            var members: [String: JSONValue] = [:]
            for (name, property) in schema["properties"]?.objectValue ?? [:] { members[name] = boundaryValue(property, high: high) }
            return .object(members)
        case "string":
            switch schema["format"]?.stringValue {
            case "date": return high ? "9999-12-31" : "0001-01-01"
            case "email":
                let domain = String(repeating: "b", count: 63) + "." + String(repeating: "c", count: 63) + "." + String(repeating: "d", count: 57) + ".org"
                return .string(high ? String(repeating: "a", count: 64) + "@" + domain : "a@b.co")
            default:
                let maximum = Int(schema["maxLength"]?.int64Value ?? 1000)
                let minimum = Int(schema["minLength"]?.int64Value ?? 0)
                return .string(high ? String(repeating: "é", count: maximum) : String(repeating: "a", count: minimum))
            }
        default: return .null
        }
    }

    /// Params built from the published schema alone — every param at its largest, then at its
    /// smallest — are never refused as invalid params (`-32602`): the daemon may answer
    /// `not_found` or `validation` for business reasons, never "out of range" for a value the
    /// schema allows. The values themselves are checked against the schema first.
    @Test(.freshDatabase) func boundaryParamsFromTheSchemaAreNeverInvalidParams() async throws {
        try await withDaemon { daemon in
            let document = try await Self.discover(daemon)
            let methods = try #require(document["methods"]?.arrayValue)
            var cases: [(name: String, params: JSONValue)] = []
            var schemas: [String: JSONValue] = [:], instances: [String: JSONValue] = [:]
            for method in methods {
                let name = try #require(method["name"]?.stringValue)
                var properties: [String: JSONValue] = [:], required: [JSONValue] = []
                for param in method["params"]?.arrayValue ?? [] {
                    let paramName = try #require(param["name"]?.stringValue)
                    properties[paramName] = param["schema"]
                    if param["required"] == true { required.append(.string(paramName)) }
                }
                let schema: JSONValue = ["type": "object", "properties": .object(properties), "required": .array(required),
                                         "additionalProperties": false]
                for high in [true, false] {
                    let params = Self.boundaryValue(schema, high: high)
                    let key = "\(name) \(high ? "max" : "min")"
                    schemas[key] = schema
                    instances[key] = params
                    cases.append((name, params))
                }
            }
            let errors = try await Self.validate(.object(instances), against: ["type": "object", "properties": .object(schemas)])
            #expect(errors.isEmpty, "generated params the schema refuses: \(errors)")
            // Authentication and watching last: the calls that could change what this connection is.
            let last = ["audit.watch": 1, "session.authenticate": 2]
            cases.sort { last[$0.name, default: 0] < last[$1.name, default: 0] }
            let connection = try await TestConnection.connect(daemon.socketPath)
            for (name, params) in cases {
                let response = try await connection.call(name, params)
                #expect(response.error?.code != RPCError.Code.invalidParams,
                        "\(name) refused schema-valid params: \(response.error?.message.prefix(300) ?? "")")
                #expect(response.error?.code != RPCError.Code.internalError, "\(name): \(response.error?.message ?? "")")
            }
        }
    }
}
