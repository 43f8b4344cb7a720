import AdminProtocol
import Benchmark

/// Writing one answer, in the two steps the daemon takes: the registry entry turns the handler's
/// typed result into a `JSONValue` (`JSONCoding.value(of:)`), and the dispatcher wraps it in the
/// response envelope and writes compact sorted-key bytes (`JSONCoding.encode`, then the newline).
enum Encoding {
    /// Registers the encoding benchmarks.
    static func register() {
        Benchmark("encode: member record → JSONValue (JSONCoding.value(of:))") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.value(of: Fixtures.member))
            }
        }

        let memberResult = (try? JSONCoding.value(of: Fixtures.member)) ?? .null
        Benchmark("encode: member.get response JSONValue → bytes (JSONCoding.encode)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? responseLine(memberResult))
            }
        }

        Benchmark("encode: member.get answer, record → line (both steps)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? responseLine(JSONCoding.value(of: Fixtures.member)))
            }
        }

        let page = MemberList.Result(members: Array(repeating: Fixtures.member, count: 50), nextCursor: "eyJpIjo0MiwibiI6ImJvcnNldHNoaXJlIn0")
        Benchmark("encode: member.list answer, 50 members → line (both steps)",
                  configuration: .init(scalingFactor: .one)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? responseLine(JSONCoding.value(of: page)))
            }
        }

        Benchmark("encode: network.get answer, profile → line (both steps)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? responseLine(JSONCoding.value(of: Fixtures.network)))
            }
        }
    }

    /// What `RequestDispatcher` writes for a successful call: the envelope around `result`,
    /// compact, with the newline that ends the line.
    ///
    /// - Throws: whatever `JSONCoding.encode` throws (nothing, for these fixtures).
    static func responseLine(_ result: JSONValue) throws -> [UInt8] {
        var bytes = try JSONCoding.encode(RPCResponse(id: Fixtures.requestID, result: result).jsonValue)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
