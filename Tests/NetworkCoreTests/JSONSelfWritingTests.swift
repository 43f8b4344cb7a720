import AdminProtocol
import NetworkCore
import Testing

/// A ``JSONSelfWriting`` record writes its own JSON for speed; its synthesized `Encodable` stays
/// the definition of the wire. Every conformer must write exactly the bytes
/// `JSONCoding.encodedValue(of:)` writes of it, for any value: these tests generate them.
@Suite("JSON coding: records that write themselves")
struct JSONSelfWritingTests {
    /// Random members: hostile and long strings, nil and present optionals, extreme integers.
    struct MemberGenerator {
        var values: JSONCodingTests.ValueGenerator

        init(seed: UInt64) { values = JSONCodingTests.ValueGenerator(seed: seed) }

        mutating func text() -> String { values.string(maximumLength: values.next() % 2 == 0 ? 8 : 40) }

        mutating func optional<T>(_ make: (inout Self) -> T) -> T? {
            values.next() % 3 == 0 ? nil : make(&self)
        }

        mutating func integer() -> Int64 {
            switch values.next() % 4 {
            case 0: return .min
            case 1: return .max
            case 2: return 0
            default: return Int64(bitPattern: values.next()) >> (values.next() % 64)
            }
        }

        mutating func member() -> MemberWire {
            MemberWire(
                id: integer(), name: text(), kind: text(), tier: text(),
                status: MemberStatus.allCases[Int(values.next() % UInt64(MemberStatus.allCases.count))],
                nation: Nation.allCases[Int(values.next() % UInt64(Nation.allCases.count))],
                region: optional { $0.text() }, website: optional { $0.text() }, population: optional { Int($0.integer()) },
                budgetRevenue: optional { $0.integer() }, budgetCapital: optional { $0.integer() },
                memberSince: optional { $0.text() }, poRequired: values.next() % 2 == 0, version: Int(integer()),
                createdAt: text(), updatedAt: text())
        }
    }

    @Test func membersAreWrittenAsTheirEncodableWrites() throws {
        var generator = MemberGenerator(seed: 41)
        for _ in 0..<2_000 {
            let member = generator.member()
            let written = member.jsonBytes
            #expect(written == (try JSONCoding.encodedValue(of: member)), "\(String(decoding: written, as: UTF8.self))")
        }
    }

    @Test func memberPagesAreWrittenAsTheirEncodableWrites() throws {
        var generator = MemberGenerator(seed: 42)
        for size in [0, 1, 2, 7, 50] {
            let members = (0..<size).map { _ in generator.member() }
            for cursor in [nil, generator.text(), "eyJuIjoiYSIsImkiOjF9"] {
                let page = MemberList.Result(members: members, nextCursor: cursor)
                #expect(page.jsonBytes == (try JSONCoding.encodedValue(of: page)))
            }
        }
    }

    @Test func aMemberWithEveryOptionalLeftOutIsWrittenAsItsEncodableWrites() throws {
        let member = MemberWire(
            id: 1, name: "", kind: "", tier: "", status: .applicant, nation: .northernIreland, region: nil, website: nil,
            population: nil, budgetRevenue: nil, budgetCapital: nil, memberSince: nil, poRequired: false, version: 0,
            createdAt: "", updatedAt: "")
        let written = String(decoding: member.jsonBytes, as: UTF8.self)
        #expect(written == #"{"createdAt":"","id":1,"kind":"","name":"","nation":"northern_ireland","poRequired":false,"status":"applicant","tier":"","updatedAt":"","version":0}"#)
        #expect(member.jsonBytes == (try JSONCoding.encodedValue(of: member)))
    }

    @Test func theRegistryWriterPicksTheRecordsOwnWritingAndFallsBackToEncodable() throws {
        var generator = MemberGenerator(seed: 43)
        let member = generator.member()
        #expect(try JSONCoding.resultWriter(for: MemberWire.self)(member) == member.jsonBytes)
        // A type that does not write itself goes through Encodable, with its errors.
        let status = JSONCodingTests.sampleStatus
        #expect(try JSONCoding.resultWriter(for: type(of: status))(status) == JSONCoding.encodedValue(of: status))
        #expect(throws: EncodingError.self) { try JSONCoding.resultWriter(for: Double.self)(.nan) }
    }
}
