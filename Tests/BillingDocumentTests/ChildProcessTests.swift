import ChildProcess
import Foundation
import NetworkTestSupport
import Testing

/// The runner under the PDF renderer: output far larger than a pipe holds, input the child never
/// reads, and the limits.
@Suite("Child process")
struct ChildProcessTests {
    @Test func megabytesEachWayDoNotDeadlock() async throws {
        let input = (0..<(8 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let cat = ChildProcess(executable: "/bin/cat", timeLimit: .seconds(120))
        let output = try await offPool { try cat.run(input: input) }
        #expect(output.termination == .exited(0))
        #expect(output.standardOutput == input)
        #expect(output.standardError.isEmpty)
    }

    @Test func outputPastTheLimitKillsTheChild() async throws {
        let cat = ChildProcess(executable: "/bin/cat", timeLimit: .seconds(120), outputLimit: 1024 * 1024)
        let error = try await #require(throws: ChildProcessError.self) {
            try await offPool { try cat.run(input: [UInt8](repeating: 65, count: 4 * 1024 * 1024)) }
        }
        #expect(error == .outputTooLarge(limit: 1024 * 1024))
    }

    @Test func exitStatusAndStandardErrorComeBack() async throws {
        let shell = ChildProcess(executable: "/bin/sh", arguments: ["-c", "echo out; echo one >&2; echo two >&2; exit 7"],
                                 timeLimit: .seconds(120))
        let output = try await offPool { try shell.run(input: []) }
        #expect(output.termination == .exited(7))
        #expect(output.standardOutput == Array("out\n".utf8))
        #expect(output.standardErrorTail(lines: 1) == ["two"])
        #expect(output.standardErrorTail(lines: 5) == ["one", "two"])
    }

    @Test func aSignalIsReportedAsSuch() async throws {
        let shell = ChildProcess(executable: "/bin/sh", arguments: ["-c", "kill -9 $$"], timeLimit: .seconds(120))
        let output = try await offPool { try shell.run(input: []) }
        #expect(output.termination == .signalled(9))
    }

    @Test func theChildInheritsOnlyItsThreeDescriptors() async throws {
        // An open descriptor of ours without close-on-exec, as a socket-activated listener is.
        let leaky = open("/dev/null", O_RDONLY)
        defer { close(leaky) }
        let shell = ChildProcess(executable: "/bin/sh", arguments: ["-c", "ls /proc/self/fd"], timeLimit: .seconds(120))
        let output = try await offPool { try shell.run(input: []) }
        let descriptors = String(decoding: output.standardOutput, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
        // 0–2, and the one ls itself opens to read the directory (the lowest free: 3).
        #expect(descriptors == [0, 1, 2, 3], "inherited \(descriptors), ours was \(leaky)")
    }

    @Test func aMissingExecutableIsATypedError() async throws {
        let missing = ChildProcess(executable: "/nonexistent/tool")
        let error = try await #require(throws: ChildProcessError.self) { try await offPool { try missing.run(input: []) } }
        #expect(error == .executableNotFound(path: "/nonexistent/tool", errno: ENOENT))
    }
}
