import AdminProtocol

/// Params decoding, for every method in `MethodCatalog`, with the reader the daemon uses
/// (`JSONCoding.paramsReader(for:)`, as `MethodRegistry` does), which answers exactly as
/// `JSONCoding.decodeReportingAll` does, also where it reads the params directly: it either succeeds or reports
/// one or more fields, each with a short message naming it; what it decodes encodes
/// again, only under names the method publishes (so the daemon's unknown-parameter check
/// accepts a client's own encoding), and decodes again to the same value.
enum ParamsCheck {
    /// The parameter names each method accepts, as the daemon derives them.
    static let parameterNames: [String: Set<String>] = Dictionary(uniqueKeysWithValues: MethodCatalog.all.map { method in
        (method.name, Set(JSONSchemaGenerator.schema(for: method.paramsType)["properties"]?.objectValue?.keys.map { $0 } ?? []))
    })

    /// The params object the dispatcher hands a method for `params` (absent or `[]` mean `{}`);
    /// `nil` when the dispatcher refuses the params before decoding.
    static func dispatchedParams(_ params: JSONValue?) -> JSONValue? {
        switch params {
        case nil: [:]
        case .array(let elements) where elements.isEmpty: [:]
        case .object: params
        default: nil
        }
    }

    /// Decodes `params` as every method's `Params`.
    static func check(_ params: JSONValue, into log: inout ViolationLog) {
        for method in MethodCatalog.all {
            check(method, params, into: &log)
        }
    }

    private static func check<M: AdminMethod>(_ method: M.Type, _ params: JSONValue, into log: inout ViolationLog) {
        let typed: M.Params
        let read = JSONCoding.paramsReader(for: M.Params.self)(params)
        let agrees: Bool
        switch (read, JSONCoding.decodeReportingAll(M.Params.self, from: params)) {
        case (.success(let direct), .success(let decoded)): agrees = (try? JSONCoding.value(of: direct)) == (try? JSONCoding.value(of: decoded))
        case (.failure(let direct), .failure(let decoded)): agrees = direct == decoded
        default: agrees = false
        }
        log.expect(agrees, "params.directReadAgrees",
                   "\(M.name): \(shortened(params)) read directly as something Decodable does not decode it to")
        switch read {
        case .success(let decoded):
            typed = decoded
        case .failure(let failure):
            log.expect(!failure.fields.isEmpty, "params.reportsAField", "\(M.name): a failure with no field")
            for field in failure.fields {
                log.expect(!field.message.isEmpty && field.message != "invalid JSON" && field.message.unicodeScalars.count <= 1_000,
                           "params.describedError", "\(M.name): \(field.field) described as \"\(shortened(field.message))\"")
            }
            return
        }
        do {
            let encoded = try JSONCoding.value(of: typed)
            if case .object(let members) = encoded {
                let unknown = Set(members.keys).subtracting(parameterNames[M.name] ?? [])
                log.expect(unknown.isEmpty, "params.encodesPublishedNames", "\(M.name) encodes unpublished \(unknown.sorted())")
            }
            let again = try JSONCoding.decode(M.Params.self, from: encoded)
            let reencoded = try JSONCoding.value(of: again)
            log.expect(reencoded == encoded, "params.roundTrip",
                       "\(M.name): \(shortened(encoded)) decoded and encoded as \(shortened(reencoded))")
        } catch {
            log.record("params.reencodable", "\(M.name): decoded params do not survive encode → decode: \(shortened(error))")
        }
    }
}

extension AdminMethod {
    /// `Params` as a metatype, for code that holds the method as an existential.
    fileprivate static var paramsType: any Decodable.Type { Params.self }
}
