import AdminProtocol
import NetworkCore
import Testing

@Suite("Reading JSON-RPC lines")
struct RPCParsingTests {
    func parse(_ text: String) -> RPCMessage { RPCMessage.parse(Array(text.utf8)) }

    @Test func aWellFormedRequestKeepsItsIdAndParams() throws {
        guard case .single(.success(let request)) = parse(#"{"jsonrpc":"2.0","id":"a-1","method":"daemon.status","params":{"x":1}}"#) else {
            Issue.record("not parsed as a single request")
            return
        }
        #expect(request.id == .string("a-1"))
        #expect(request.method == "daemon.status")
        #expect(request.params == ["x": 1])
    }

    @Test func aRequestWithoutIdIsANotification() throws {
        guard case .single(.success(let request)) = parse(#"{"jsonrpc":"2.0","method":"daemon.status"}"#) else {
            Issue.record("not parsed")
            return
        }
        #expect(request.isNotification)
    }

    @Test func largeIntegerIdsRoundTripExactly() throws {
        guard case .single(.success(let request)) = parse(#"{"jsonrpc":"2.0","id":9007199254740993,"method":"m"}"#) else {
            Issue.record("not parsed")
            return
        }
        #expect(request.id == .integer(9_007_199_254_740_993))
    }

    @Test(arguments: [
        "{", "nul", "[1,", "{\"a\":}", "\"unterminated", "{} {}",
    ])
    func malformedJSONIsAParseError(text: String) {
        guard case .unparsable(let failure) = parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(failure.error.code == RPCError.Code.parseError)
        #expect(failure.id == .null)
    }

    @Test func deepNestingIsRefusedWithoutRecursion() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        guard case .unparsable(let failure) = parse(deep) else {
            Issue.record("deep JSON accepted")
            return
        }
        #expect(failure.error.message.contains("nested"))
    }

    @Test func bracketsInsideStringsDoNotCountAsNesting() {
        let text = #"{"jsonrpc":"2.0","id":1,"method":"m","params":{"s":""# + String(repeating: "[", count: 500) + #"\""}}"#
        guard case .single(.success) = parse(text) else {
            Issue.record("string content counted as nesting")
            return
        }
    }

    @Test(arguments: [
        (#"{"jsonrpc":"1.0","id":1,"method":"m"}"#, JSONValue.integer(1)),
        (#"{"id":2,"method":"m"}"#, .integer(2)),
        (#"{"jsonrpc":"2.0","id":3,"method":5}"#, .integer(3)),
        (#"{"jsonrpc":"2.0","id":4,"method":"m","params":"x"}"#, .integer(4)),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"m"}"#, .null),
        (#"{"jsonrpc":"2.0","id":5,"method":"m","extra":true}"#, .integer(5)),
        ("42", .null),
    ])
    func wrongShapesAreInvalidRequests(text: String, id: JSONValue) {
        guard case .single(.failure(let failure)) = parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(failure.error.code == RPCError.Code.invalidRequest)
        #expect(failure.id == id)
    }

    @Test func anEmptyBatchIsOneInvalidRequest() {
        guard case .single(.failure(let failure)) = parse("[]") else {
            Issue.record("empty batch accepted")
            return
        }
        #expect(failure.error.code == RPCError.Code.invalidRequest)
    }

    @Test func aBatchChecksEachElement() {
        guard case .batch(let items) = parse(#"[1,{"jsonrpc":"2.0","id":1,"method":"m"}]"#) else {
            Issue.record("not a batch")
            return
        }
        #expect(items.count == 2)
        if case .failure = items[0] {} else { Issue.record("1 accepted as a request") }
        if case .success = items[1] {} else { Issue.record("valid element refused") }
    }

    /// Found by the request-path fuzz target's short-message invariant: the quotes were cut at
    /// 100 and 64 `Character`s, and one character can hold any number of combining marks.
    static let oneCharacterOf6kB = "a" + String(repeating: "\u{301}", count: 3000)

    @Test func anUnknownMemberIsQuotedAtMost64ScalarsHoweverItsCharactersAreBuilt() throws {
        let line = #"{"jsonrpc":"2.0","id":1,"method":"daemon.status",""# + Self.oneCharacterOf6kB + #"":1}"#
        guard case .single(.failure(let failure)) = parse(line) else {
            Issue.record("an unknown member was accepted")
            return
        }
        #expect(failure.error.code == RPCError.Code.invalidRequest)
        #expect(failure.error.message.unicodeScalars.count < 120, "\(failure.error.message.utf8.count) bytes")
        #expect(failure.error.message.hasSuffix("…\" in request"))
    }

    @Test func anUnknownMethodIsQuotedAtMost100ScalarsInTheMessageAndTheData() {
        let error = RPCError.methodNotFound(Self.oneCharacterOf6kB)
        #expect(error.message.unicodeScalars.count <= "Method not found: ".count + 101)
        #expect(error.data?["method"]?.stringValue.map { $0.unicodeScalars.count } == 101)
        #expect(RPCError.methodNotFound("member.delete").message == "Method not found: member.delete")
    }
}

@Suite("JSON Schema from Swift types")
struct SchemaGeneratorTests {
    @Test func paramsBecomeAClosedObjectWithRequiredAndOptionalFields() {
        let schema = JSONSchemaGenerator.schema(for: AuditList.Params.self)
        #expect(schema["type"] == "object")
        #expect(schema["additionalProperties"] == false)
        #expect(schema["properties"]?["limit"] == ["type": "integer", "minimum": .integer(.min), "maximum": .integer(.max)])
        #expect(schema["required"] == nil)
    }

    /// Params publish what validation accepts: ids from 1, `limit` 1–500, lengths, formats.
    @Test func paramsCarryTheRangesLengthsAndFormatsValidationAccepts() {
        let audit = JSONSchemaGenerator.paramsSchema(for: AuditList.Params.self)
        #expect(audit["properties"]?["limit"] == ["type": "integer", "minimum": 1, "maximum": 500])
        #expect(audit["properties"]?["after"] == ["type": "integer", "minimum": 1, "maximum": .integer(.max)])
        let contact = JSONSchemaGenerator.paramsSchema(for: ContactAdd.Params.self)
        #expect(contact["properties"]?["email"] == ["type": "string", "format": "email", "maxLength": 254])
        #expect(contact["properties"]?["memberId"]?["minimum"] == 1)
        #expect(contact["properties"]?["name"] == ["type": "string", "minLength": 1, "maxLength": 200])
        let member = JSONSchemaGenerator.paramsSchema(for: MemberCreate.Params.self)
        #expect(member["properties"]?["memberSince"]?["format"] == "date")
        #expect(member["properties"]?["nation"]?["enum"]?.arrayValue?.count == Nation.allCases.count)
        let reject = JSONSchemaGenerator.paramsSchema(for: ApplicationReject.Params.self)
        #expect(reject["properties"]?["reason"]?["maxLength"] == 5000)
    }

    /// Every integer anywhere in `rpc.discover` carries its range: a client generating values
    /// from the schema never produces one the decoder refuses.
    @Test func everyPublishedIntegerHasARange() {
        func walk(_ value: JSONValue, _ path: String, _ missing: inout [String]) {
            switch value {
            case .object(let members):
                if members["type"] == "integer", members["minimum"] == nil || members["maximum"] == nil { missing.append(path) }
                for (key, member) in members { walk(member, path + "/" + key, &missing) }
            case .array(let elements):
                for (index, element) in elements.enumerated() { walk(element, path + "/\(index)", &missing) }
            default: break
            }
        }
        var missing: [String] = []
        walk(OpenRPCDocument.make(version: "test"), "", &missing)
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func nestedResultsDescribeTheirFields() {
        let schema = JSONSchemaGenerator.schema(for: DaemonStatus.Result.self)
        let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        #expect(required.isSuperset(of: ["version", "pool", "schemaVersion"]))
        let integer: JSONValue = ["type": "integer", "minimum": .integer(.min), "maximum": .integer(.max)]
        #expect(schema["properties"]?["pool"]?["properties"]?["max"] == integer)
        #expect(schema["properties"]?["counts"]?["additionalProperties"] == integer)
    }

    @Test func everyMethodIsByNameInTheOpenRPCDocument() {
        let document = OpenRPCDocument.make(version: "test")
        let methods = document["methods"]?.arrayValue ?? []
        #expect(methods.count == MethodCatalog.all.count)
        for method in methods {
            #expect(method["paramStructure"] == "by-name")
        }
    }
}

/// A line's envelope is checked from its members as written, a batch's element from its parsed
/// object: the two must agree on every object, whatever its members, their order or repeats.
@Suite("Reading JSON-RPC lines: a line and a batch's element agree")
struct RPCEnvelopeTests {
    /// One random member: the four the envelope knows (often repeated), near misses, and
    /// random names, each with a random value, some of them valid.
    static func member(_ values: inout JSONCodingTests.ValueGenerator) -> (String, JSONValue) {
        let names = ["jsonrpc", "id", "method", "params", "Id", "jsonrpc ", "x", "aa", "zz"]
        let index = Int(values.next() % UInt64(names.count + 1))
        let name = index < names.count ? names[index] : values.string()
        let value: JSONValue
        switch (name, values.next() % 3) {
        case ("jsonrpc", 0), ("jsonrpc", 1): value = "2.0"
        case ("id", 0): value = .integer(Int64(bitPattern: values.next()))
        case ("method", 0), ("method", 1): value = .string(values.string())
        case ("params", 0): value = ["id": 1]
        case ("params", 1): value = []
        default: value = values.value(depth: 2)
        }
        return (name, value)
    }

    @Test func aLineIsCheckedAsTheSameObjectInABatchIs() throws {
        var values = JSONCodingTests.ValueGenerator(seed: 61)
        var accepted = 0
        for _ in 0..<3_000 {
            // Often a valid envelope to start from, then random members, in a random order.
            var members: [(String, JSONValue)] = []
            if values.next() % 4 != 0 { members.append(("jsonrpc", "2.0")) }
            if values.next() % 4 != 0 { members.append(("method", .string(values.string()))) }
            members += (0..<(values.next() % 4)).map { _ in Self.member(&values) }
            for index in members.indices.reversed() where index > 0 {
                members.swapAt(index, Int(values.next() % UInt64(index + 1)))
            }
            var text = "{"
            for (offset, (name, value)) in members.enumerated() {
                text += (offset == 0 ? "" : ",") + (try JSONCoding.encodeString(JSONValue.string(name))) + ":"
                text += try JSONCoding.encodeString(value)
            }
            text += "}"
            guard case .single(let line) = RPCMessage.parse(Array(text.utf8)),
                case .batch(let batch) = RPCMessage.parse(Array("[\(text)]".utf8)), batch.count == 1
            else {
                Issue.record("\(text) did not parse as one request and as a batch of one")
                continue
            }
            #expect(line == batch[0], "\(text)")
            if case .success = line { accepted += 1 }
        }
        #expect(accepted > 50, "only \(accepted) of 3000 generated requests were well formed")
    }

    @Test func aRepeatedMemberCountsByItsLastOccurrence() {
        let text = #"{"jsonrpc":"2.0","method":"a","id":1,"method":"b","id":"two"}"#
        guard case .single(.success(let request)) = RPCMessage.parse(Array(text.utf8)) else {
            Issue.record("not parsed")
            return
        }
        #expect(request.method == "b")
        #expect(request.id == "two")
    }

    @Test func theFirstUnknownMemberByNameIsTheOneNamed() {
        let text = #"{"zeta":1,"jsonrpc":"2.0","id":3,"beta":2,"method":"m","alpha":0}"#
        guard case .single(.failure(let failure)) = RPCMessage.parse(Array(text.utf8)) else {
            Issue.record("unknown members accepted")
            return
        }
        #expect(failure.id == 3)
        #expect(failure.error.message.hasSuffix(#"unknown member "alpha" in request"#))
    }
}
