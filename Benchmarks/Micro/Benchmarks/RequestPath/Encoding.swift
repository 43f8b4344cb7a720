import AdminProtocol
import Benchmark

/// Writing one answer as the daemon does: the registry entry writes the handler's typed result
/// with the writer `JSONCoding.resultWriter(for:)` picks once per method (a member and a
/// member page write themselves, `JSONSelfWriting`; the network profile goes through
/// `JSONCoding.encodedValue(of:)`), and the dispatcher writes the response envelope around
/// those bytes. `encodedValue(of:)` alone, and the two-step path it replaced (the result as a
/// `JSONValue`, then the whole response written), are measured beside it.
enum Encoding {
    /// Registers the encoding benchmarks.
    static func register() {
        Benchmark("encode: member record → bytes (JSONCoding.encodedValue(of:))") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.encodedValue(of: Fixtures.member))
            }
        }

        let writeMember = JSONCoding.resultWriter(for: MemberWire.self)
        Benchmark("encode: member.get answer, record → line (as the daemon writes it)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? answerLine(writeMember(Fixtures.member)))
            }
        }

        let page = MemberList.Result(members: Array(repeating: Fixtures.member, count: 50), nextCursor: "eyJpIjo0MiwibiI6ImJvcnNldHNoaXJlIn0")
        let writePage = JSONCoding.resultWriter(for: MemberList.Result.self)
        Benchmark("encode: member.list answer, 50 members → line (as the daemon writes it)",
                  configuration: .init(scalingFactor: .one)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? answerLine(writePage(page)))
            }
        }

        let writeNetwork = JSONCoding.resultWriter(for: type(of: Fixtures.network))
        Benchmark("encode: network.get answer, profile → line (as the daemon writes it)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? answerLine(writeNetwork(Fixtures.network)))
            }
        }

        Benchmark("encode (old path): member record → JSONValue (JSONCoding.value(of:))") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.value(of: Fixtures.member))
            }
        }

        let memberResult = (try? JSONCoding.value(of: Fixtures.member)) ?? .null
        Benchmark("encode (old path): member.get response JSONValue → bytes (JSONCoding.encode)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? responseLine(memberResult))
            }
        }

        Benchmark("encode (old path): member.get answer, record → line (both steps)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? responseLine(JSONCoding.value(of: Fixtures.member)))
            }
        }
    }

    /// What `RequestDispatcher` writes for a successful call: the envelope around `result`'s
    /// bytes (`RPCResponse.encoded(id:result:)`), with the newline that ends the line.
    static func answerLine(_ result: [UInt8]) throws -> [UInt8] {
        var bytes = try RPCResponse.encoded(id: Fixtures.requestID, result: result)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// What `RequestDispatcher` wrote before: the whole response as one value, compact, with
    /// the newline that ends the line.
    ///
    /// - Throws: whatever `JSONCoding.encode` throws (nothing, for these fixtures).
    static func responseLine(_ result: JSONValue) throws -> [UInt8] {
        var bytes = try JSONCoding.encode(RPCResponse(id: Fixtures.requestID, result: result).jsonValue)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
