import AdminProtocol
import Benchmark
import NetworkCore

/// The policy check the dispatcher makes before every call (`AccessPolicy.allows`), allowed and
/// refused, and the method-table lookups beside it.
///
/// `MethodRegistry.entry(_:)` is internal to NetworkDaemon, so it is measured inside the
/// dispatcher benchmarks (every line looks its method up there); its cost is one `String`-keyed
/// dictionary lookup in a table of the same keys as `AccessPolicy.table`, measured here.
enum Policy {
    /// Registers the policy benchmarks.
    static func register() {
        // A method name built at run time, as the parsed request's is (not a literal the
        // optimiser could hash once).
        let method = String(decoding: Array("member.get".utf8), as: UTF8.self)
        let staffRoles = Fixtures.staff.roles
        Benchmark("policy: allows staff → member.get (AccessPolicy.allows)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(AccessPolicy.allows(staffRoles, toCall: method))
            }
        }

        let noRoles = Fixtures.roleless.roles
        Benchmark("policy: refuses no role → member.get (AccessPolicy.allows)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(AccessPolicy.allows(noRoles, toCall: method))
            }
        }

        Benchmark("policy: method table lookup (AccessPolicy.table[name])") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(AccessPolicy.table[method])
            }
        }
    }
}
