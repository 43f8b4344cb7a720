import AdminProtocol
import Benchmark
import NetworkCore

/// Decoding a method's params from the request's `JSONValue` exactly as `MethodRegistry`'s
/// entry does before any handler runs: the reader `JSONCoding.paramsReader(for:)` picks once per
/// method (a direct reading for `MemberRef` and `NoParams`, else `JSONCoding.decodeReportingAll`,
/// which collects every bad field rather than stopping at the first), and that decoder alone.
enum ParamsDecoding {
    /// Registers the params-decoding benchmarks.
    static func register() {
        let readMemberRef = JSONCoding.paramsReader(for: MemberGet.Params.self)
        Benchmark("params: member.get {id} (paramsReader MemberRef, direct)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(readMemberRef(Fixtures.memberGetParams))
            }
        }

        Benchmark("params: member.get {id} (decodeReportingAll MemberRef)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(JSONCoding.decodeReportingAll(MemberGet.Params.self, from: Fixtures.memberGetParams))
            }
        }

        Benchmark("params: member.get, plain decode (JSONCoding.decode MemberRef)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.decode(MemberGet.Params.self, from: Fixtures.memberGetParams))
            }
        }

        Benchmark("params: member.update, 12 fields (decodeReportingAll)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(JSONCoding.decodeReportingAll(MemberUpdate.Params.self, from: Fixtures.memberUpdateParams))
            }
        }

        Benchmark("params: member.list, status array (decodeReportingAll)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(JSONCoding.decodeReportingAll(MemberList.Params.self, from: Fixtures.memberListParams))
            }
        }

        // One field's worth, to tell the cost of a string enum (`Nation`, `MemberStatusFilter`:
        // the decoder checks the value against the type's JSON schema first) from a plain string's.
        let england: JSONValue = "england"
        Benchmark("params: one enum value (Nation), decode") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.decode(Nation.self, from: england))
            }
        }

        Benchmark("params: one string value (String), decode") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? JSONCoding.decode(String.self, from: england))
            }
        }

        let empty: JSONValue = [:]
        let readNoParams = JSONCoding.paramsReader(for: NetworkGet.Params.self)
        Benchmark("params: network.get, none (paramsReader NoParams, direct)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(readNoParams(empty))
            }
        }

        Benchmark("params: network.get, none (decodeReportingAll NoParams)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(JSONCoding.decodeReportingAll(NetworkGet.Params.self, from: empty))
            }
        }
    }
}
