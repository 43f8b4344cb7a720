import AdminProtocol
import NetworkCore
import Testing

/// A ``JSONDirectDecodable`` params type reads its usual shape without the `Decoder`; its
/// `Decodable` stays the definition. The reader the registry picks must answer exactly what
/// `JSONCoding.decodeReportingAll` answers, value or field errors, for any params value.
@Suite("JSON coding: params read directly")
struct JSONDirectDecodingTests {
    /// Params values near and far from the plain shapes: every JSON type for `id`, extreme and
    /// integral-double numbers, extra and missing members, and random values of any shape.
    struct ParamsGenerator {
        var values: JSONCodingTests.ValueGenerator

        init(seed: UInt64) { values = JSONCodingTests.ValueGenerator(seed: seed) }

        mutating func idValue() -> JSONValue {
            switch values.next() % 9 {
            case 0: return .integer(.min)
            case 1: return .integer(.max)
            case 2: return .integer(Int64(bitPattern: values.next()) >> (values.next() % 64))
            case 3: return .double(42.5)
            case 4: return .double(9.3e18)  // whole, beyond Int64: out of range
            case 5: return .string(String(values.next() % 1_000))
            case 6: return .null
            case 7: return .bool(true)
            default: return values.value(depth: 2)
            }
        }

        mutating func params() -> JSONValue {
            switch values.next() % 6 {
            case 0: return ["id": idValue()]
            case 1: return ["id": idValue(), values.string(): values.value(depth: 1)]
            case 2: return [:]
            case 3: return [values.string(): idValue()]
            case 4: return values.value(depth: 2)
            default: return ["id": .integer(Int64(values.next() % 100_000))]
            }
        }
    }

    @Test func memberRefsAreReadAsDecodableReadsThem() {
        var generator = ParamsGenerator(seed: 51)
        let read = JSONCoding.paramsReader(for: MemberRef.self)
        var direct = 0
        for _ in 0..<3_000 {
            let params = generator.params()
            if MemberRef.directlyDecoded(from: params) != nil { direct += 1 }
            #expect(read(params) == JSONCoding.decodeReportingAll(MemberRef.self, from: params), "\(params)")
        }
        // Both ways were exercised: the plain shape directly, the rest through Decodable.
        #expect(direct > 500 && direct < 2_500, "\(direct) of 3000 read directly")
    }

    @Test func noParamsAreReadAsDecodableReadsThem() {
        var generator = ParamsGenerator(seed: 52)
        let read = JSONCoding.paramsReader(for: NoParams.self)
        for _ in 0..<1_000 {
            let params = generator.params()
            #expect(read(params) == JSONCoding.decodeReportingAll(NoParams.self, from: params), "\(params)")
        }
        #expect(NoParams.directlyDecoded(from: [:]) == NoParams())
        #expect(read([:]) == .success(NoParams()))
    }

    @Test func onlyThePlainShapeIsTakenDirectly() {
        #expect(MemberRef.directlyDecoded(from: ["id": 7]) == MemberRef(id: 7))
        #expect(MemberRef.directlyDecoded(from: ["id": .integer(.min)]) == MemberRef(id: .min))
        let left: [JSONValue] = [["id": .double(7.5)], ["id": "7"], ["id": .null], [:], ["id": 7, "x": 1], [7], "7", .null]
        for left in left {
            #expect(MemberRef.directlyDecoded(from: left) == nil, "\(left)")
        }
        #expect(NoParams.directlyDecoded(from: ["x": 1]) == nil)
        #expect(NoParams.directlyDecoded(from: []) == nil)
    }

    @Test func anIntegralDoubleStillReadsThroughDecodable() {
        // `1.0` reads as the integer it is only after the parser: a `.double` here is whole
        // only when it is out of Int64's range, and Decodable says so.
        let read = JSONCoding.paramsReader(for: MemberRef.self)
        guard case .failure(let errors) = read(["id": .double(9.3e18)]) else {
            Issue.record("an out-of-range id was read")
            return
        }
        #expect(errors.fields.map(\.field) == ["id"])
        #expect(errors.fields.first?.message.contains("out of range") == true)
        guard case .failure(let mismatch) = read(["id": "x"]) else {
            Issue.record("a string id was read")
            return
        }
        #expect(mismatch.fields == [FieldError(field: "id", message: "expected an integer")])
    }

    @Test func aTypeWithoutADirectReadingGoesThroughDecodable() {
        var generator = ParamsGenerator(seed: 53)
        let read = JSONCoding.paramsReader(for: MemberList.Params.self)
        for _ in 0..<500 {
            let params = generator.params()
            #expect(read(params) == JSONCoding.decodeReportingAll(MemberList.Params.self, from: params))
        }
        #expect(read(["limit": 5]) == .success(MemberList.Params(limit: 5)))
    }
}
