import AdminProtocol
import Benchmark

/// Reading one request line: the JSON reader alone, then the whole envelope check that the
/// dispatcher runs on every line (`RPCMessage.parse`: JSON, then the JSON-RPC 2.0 shape).
enum Parsing {
    /// Registers the parsing benchmarks.
    static func register() {
        Benchmark("parse: member.get line, JSON only (JSONCoding.readValue)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.readValue(Fixtures.memberGetLine))
            }
        }

        Benchmark("parse: member.get line (RPCMessage.parse)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(RPCMessage.parse(Fixtures.memberGetLine))
            }
        }

        Benchmark("parse: network.get line (RPCMessage.parse)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(RPCMessage.parse(Fixtures.networkGetLine))
            }
        }
    }
}
