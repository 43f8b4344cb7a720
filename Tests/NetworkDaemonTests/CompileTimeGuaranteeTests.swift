import Foundation
import NetworkTestSupport
import Testing

/// What the type system guarantees about declaring and registering methods, proven by handing
/// the compiler small programs against the modules this test run was built from: the correct
/// one type-checks, each wrong one is refused with the error that says why.
///
/// - A method without an `access` declaration is not an `AdminMethod`.
/// - A `Mutation`'s params are `MutationParams` (an idempotency key and an expected version).
/// - A mutation cannot be registered as a query or a command, so it cannot skip the audited,
///   idempotent transaction; and its body must return a `MutationOutcome` (the audit's view).
@Suite("Compile-time guarantees")
struct CompileTimeGuaranteeTests {
    static let preamble = """
        import AdminProtocol
        import NetworkCore
        import NetworkDaemon
        import Postgres
        var registry = MethodRegistry()

        """

    @Test func theCorrectRegistrationsTypeCheck() async throws {
        let errors = try await Self.typecheck("""
            registry.query(MemberGet.self) { _, params, connection in fatalError("\\(params.id)") }
            registry.mutation(MemberCreate.self) { _, params, scope -> MutationOutcome<MemberWire> in
                fatalError("\\(params.name) \\(scope.expectedVersion ?? 0)")
            }
            registry.command(DaemonStatus.self) { _, _ in fatalError() }
            """)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test(arguments: [
        Refusal(name: "a mutation registered as a query",
                source: "registry.query(MemberCreate.self) { _, _, _ in fatalError() }",
                error: "requires that 'MemberCreate' conform to 'Query'"),
        Refusal(name: "a mutation registered as a command",
                source: "registry.command(MemberUpdate.self) { _, _ in fatalError() }",
                error: "requires that 'MemberUpdate' conform to 'DaemonCommand'"),
        Refusal(name: "a query registered as a mutation",
                source: "registry.mutation(MemberGet.self) { _, _, _ in fatalError() }",
                error: "requires that 'MemberGet' conform to 'Mutation'"),
        Refusal(name: "a mutation body that returns no audit view",
                source: "registry.mutation(MemberCreate.self) { _, _, _ -> MemberWire in fatalError() }",
                error: "MutationOutcome"),
        Refusal(name: "a method without an access declaration",
                source: """
                    enum Undeclared: Query {
                        static let name = "member.count"
                        static let summary = "How many members."
                        typealias Params = NoParams
                        typealias Result = NoParams
                    }
                    """,
                error: "does not conform to protocol"),
        Refusal(name: "a mutation whose params carry no idempotency key",
                source: """
                    enum Unkeyed: Mutation {
                        static let name = "member.touch"
                        static let summary = "Touch a member."
                        static let access: Access<Params> = .staff([.secretariat])
                        typealias Params = MemberRef
                        typealias Result = MemberWire
                    }
                    """,
                error: "MutationParams"),
    ])
    func theCompilerRefuses(_ refusal: Refusal) async throws {
        let errors = try await Self.typecheck(refusal.source)
        #expect(errors.contains { $0.contains(refusal.error) }, "\(refusal.name): \(errors)")
    }

    /// One program the compiler must refuse, and the text its error must contain.
    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        var error: String
        var testDescription: String { name }
    }

    /// The `error:` lines `swiftc -typecheck` prints for `source` after the preamble.
    static func typecheck(_ source: String) async throws -> [String] {
        var arguments = try compilerArguments.get()
        let directory = try makeTemporaryDirectory(prefix: "networkd-typecheck")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/main.swift"
        try (preamble + source + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        arguments.append(file)
        let command = arguments
        let output = try await offPool { () -> String in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = command
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let errors = output.split(separator: "\n").map(String.init).filter { $0.contains("error:") }
        if errors.contains(where: { $0.contains("no such module") || $0.contains("could not build") || $0.contains("missing required module") }) {
            throw HarnessError("swiftc cannot load the built modules:\n" + output)
        }
        return errors
    }

    /// How to point `swiftc` at this build's modules, worked out once per test run (walking the
    /// checkouts for module maps is the slow part).
    static let compilerArguments = Result<[String], any Error> {
        let build = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .deletingLastPathComponent()
        let scratch = build.deletingLastPathComponent().deletingLastPathComponent()
        let root = TestDatabase.repositoryRoot
        var arguments = ["swiftc", "-typecheck", "-I", build.appendingPathComponent("Modules").path,
                         "-I", root + "/Sources/CLibPQ", "-I", root + "/Sources/CCrypto", "-I", root + "/Sources/CSpawn",
                         "-Xcc", "-I/usr/include/postgresql"]
        for map in moduleMaps(in: build, scratch: scratch) { arguments += ["-Xcc", "-fmodule-map-file=" + map] }
        return arguments
    }

    /// The module maps of the C targets this build compiled (its own and its dependencies').
    static func moduleMaps(in build: URL, scratch: URL) -> [String] {
        let manager = FileManager.default
        var maps: [String] = []
        for entry in (try? manager.contentsOfDirectory(atPath: build.path)) ?? [] where entry.hasSuffix(".build") {
            let map = build.path + "/" + entry + "/module.modulemap"
            if manager.fileExists(atPath: map) { maps.append(map) }
        }
        let checkouts = scratch.appendingPathComponent("checkouts").path
        let walker = manager.enumerator(atPath: checkouts)
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix("/module.modulemap"), path.contains("/Sources/") { maps.append(checkouts + "/" + path) }
        }
        return maps.sorted()
    }
}
