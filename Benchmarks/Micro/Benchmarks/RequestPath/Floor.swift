import Benchmark

/// What the framework itself costs per measured iteration, to read the other figures against:
/// an empty body at each scaling factor the suite uses.
///
/// With scaling 1,000 the framework's own allocations (its histograms, the sampling thread)
/// divide away; with scaling 1 (`rpc.discover`, `member.list`) they add to each figure as they
/// show here.
enum Floor {
    /// Registers the floor benchmarks.
    static func register() {
        Benchmark("floor: empty body, scaling 1000") { benchmark in
            for index in benchmark.scaledIterations {
                blackHole(index)
            }
        }

        Benchmark("floor: empty body, scaling 1", configuration: .init(scalingFactor: .one)) { benchmark in
            for index in benchmark.scaledIterations {
                blackHole(index)
            }
        }
    }
}
