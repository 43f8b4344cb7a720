/// What validation accepts for each params field beyond its JSON type — ranges, lengths,
/// formats — published in `rpc.discover` so that params valid by the schema are never refused
/// as invalid params (and the limits a client sees are the ones validation applies).
///
/// Fields are named alike across methods (`id`, `memberId`, `limit`, `reason`, …), so the
/// constraints are kept by field name in `byName`; a params type whose field differs from the
/// shared meaning states its own with `SchemaRefined`. `DiscoverTests` sends boundary values of
/// every published schema to the daemon, which keeps this table and validation in step.
///
/// - Important: lengths count Unicode scalars (`String.storedLength`), as JSON Schema's
///   `maxLength` does.
public enum ParamConstraints {
    /// 1…`Int64.max`: every row id the daemon hands out, and the cursors made of them.
    public static let id: JSONValue = range(1...Int64.max)

    /// An integer range.
    public static func range(_ range: ClosedRange<Int64>) -> JSONValue {
        ["type": "integer", "minimum": .integer(range.lowerBound), "maximum": .integer(range.upperBound)]
    }

    /// A string of `minLength`…`maxLength` Unicode scalars.
    public static func text(_ lengths: ClosedRange<Int>) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "string", "maxLength": .integer(Int64(lengths.upperBound))]
        if lengths.lowerBound > 0 { schema["minLength"] = .integer(Int64(lengths.lowerBound)) }
        return .object(schema)
    }

    /// A calendar date, `YYYY-MM-DD` (JSON Schema's `date` format, RFC 3339 full-date).
    public static let date: JSONValue = ["type": "string", "format": "date", "minLength": 10, "maxLength": 10]

    /// An e-mail address as `EmailAddress.isValid` accepts it: at most 254 characters.
    public static let email: JSONValue = ["type": "string", "format": "email", "maxLength": 254]

    /// The shared meaning of each params field name, from the validation rules that apply to it.
    public static let byName: [String: JSONValue] = [
        "id": id, "memberId": id, "contactId": id, "after": id,
        "expectedVersion": id,
        "limit": range(1...500),
        "expiresInDays": range(1...365),
        "yearStartMonth": range(1...12),
        "population": range(1...100_000_000),
        "budgetRevenue": range(0...Int64.max), "budgetCapital": range(0...Int64.max),
        "idempotencyKey": text(1...200),
        "name": text(1...200),
        "region": text(0...100),
        "website": text(0...300),
        "email": email,
        "phone": text(0...40),
        "jobTitle": text(0...200),
        "statement": text(20...10_000),
        "note": text(0...5000),
        "reason": text(0...2000),
        "memberSince": date, "effectiveOn": date, "startsOn": date, "until": date,
        "changeId": id,
        "shortName": text(1...16),
        "currency": text(3...3),
        "timeZone": text(1...64),
        "startYear": range(1900...2998),
        "invoiceMonth": range(1...12),
        "paymentTermsDays": range(0...365),
        "vatBasisPoints": range(0...10_000),
        "invoiceDate": date, "paidOn": date, "asOf": date,
        "invoiceId": id, "payerContactId": range(0...Int64.max), "creditNoteId": id,
        // Money in minor units: the daemon refuses what is out of place (negative fees, a
        // payment of nothing) with a validation error naming the field.
        "amount": range(Int64.min...Int64.max), "fee": range(Int64.min...Int64.max), "flatFee": range(Int64.min...Int64.max),
        "lowerBound": range(Int64.min...Int64.max), "upperBound": range(Int64.min...Int64.max),
        "purchaseOrder": text(1...64),
        "billingName": text(0...200), "billingAddress": text(0...1000), "address": text(0...1000),
        "paymentDetails": text(0...2000), "vatNumber": text(0...40), "reference": text(0...200),
        "description": text(1...500),
    ]

    /// `schema` with the properties of any objects inside it (array items included) narrowed by
    /// `byName`, as top-level params are: nested fields such as a band's `fee` publish their
    /// bounds too.
    static func refineNested(_ schema: JSONValue) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        if let items = members["items"] { members["items"] = refineNested(items) }
        if let properties = members["properties"]?.objectValue {
            var refined: [String: JSONValue] = [:]
            for (name, property) in properties { refined[name] = refine(refineNested(property), with: byName[name]) }
            members["properties"] = .object(refined)
        }
        return .object(members)
    }

    /// `schema` (a property's generated schema) narrowed by `constraint` when both describe the
    /// same JSON type; arrays and enums are left as generated.
    static func refine(_ schema: JSONValue, with constraint: JSONValue?) -> JSONValue {
        guard let constraint, case .object(var members) = schema, members["enum"] == nil,
            let type = members["type"], type == constraint["type"], let extra = constraint.objectValue
        else { return schema }
        for (key, value) in extra { members[key] = value }
        return .object(members)
    }
}

/// A params type whose fields differ from `ParamConstraints.byName`: its own constraints, by
/// field name, take precedence.
public protocol SchemaRefined {
    static var schemaRefinements: [String: JSONValue] { get }
}
