// networkd-fuzz — the request path (framing, JSON, JSON-RPC envelope, params decoding) under
// libFuzzer, or, in a normal build, a replayer of inputs.
//
// Fuzzing build (what `deploy/test --fuzz SECONDS` runs):
//   swift build --scratch-path .build-fuzz --product networkd-fuzz \
//     --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
// Normal build: `networkd-fuzz FILE|DIR…` checks each input (e.g. Tests/FuzzTests/Corpus, or a
// crash file libFuzzer left) and exits 1 if any invariant broke, printing which.
import RequestFuzzing

#if FUZZING
/// libFuzzer's entry point: one input per call. A broken invariant traps, so libFuzzer
/// keeps the input as a crash artifact.
///
/// Always returns 0: libFuzzer reserves other values, and an input that merely fails to parse is
/// an ordinary outcome of the request path, not a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestPath(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = count == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: count))
    let violations = RequestPathFuzzer.check(input)
    if !violations.isEmpty {
        fatalError("invariant broken:\n" + violations.map { "  \($0)" }.joined(separator: "\n"))
    }
    return 0
}
#else
import Foundation

/// The normal build's entry point: replays files and folders of inputs through the checks.
///
/// Runs the same `RequestPathFuzzer.check` as the fuzzing build, so a crash file from libFuzzer
/// can be replayed and debugged without the sanitizers.
@main
enum NetworkdFuzzReplay {
    /// Checks every file named, and every file in the folders named (recursively, in name order,
    /// skipping dot files).
    ///
    /// Prints each input that broke an invariant, with its violations, then a one-line count, on
    /// stdout. Exits 0 when no input broke one, 1 when some did, and 2 (usage, on stderr) when no
    /// path is given or a path does not exist.
    ///
    /// - Throws: the file system's error when a folder cannot be listed or a file cannot be read.
    static func main() throws {
        var paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: networkd-fuzz FILE|DIR…  (build with -DFUZZING for libFuzzer)\n".utf8))
            exit(2)
        }
        var inputs = 0, broken = 0
        while !paths.isEmpty {
            let path = paths.removeFirst()
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("networkd-fuzz: no such file: \(path)\n".utf8))
                exit(2)
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted().filter { !$0.hasPrefix(".") }
                paths.insert(contentsOf: names.map { path + "/" + $0 }, at: 0)
                continue
            }
            inputs += 1
            let violations = RequestPathFuzzer.check([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            if !violations.isEmpty {
                broken += 1
                print("\(path):")
                for violation in violations { print("  \(violation)") }
            }
        }
        print("networkd-fuzz: \(inputs) inputs, \(broken) broke an invariant")
        exit(broken == 0 ? 0 : 1)
    }
}
#endif
