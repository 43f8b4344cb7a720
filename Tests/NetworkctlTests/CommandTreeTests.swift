import ArgumentParser
@testable import networkctl
import Testing

/// Every command names itself, so that start-up never derives a name from a type.
///
/// ArgumentParser names a command without `commandName` by `String(describing:)` of its type,
/// and the first such call in a process scans every protocol conformance in the binary: 67 of
/// the 86 million instructions a `networkctl call` took before the commands named themselves.
@Suite("networkctl command tree")
struct CommandTreeTests {
    /// Every command under `root`, with the words that reach it.
    static func commands(under root: any ParsableCommand.Type, path: [String] = []) -> [(path: [String], command: any ParsableCommand.Type)] {
        root.configuration.subcommands.flatMap { command in
            let words = path + [command.configuration.commandName ?? "?"]
            return [(words, command)] + commands(under: command, path: words)
        }
    }

    @Test func everyCommandNamesItself() {
        let all = Self.commands(under: Networkctl.self)
        #expect(all.count > 90)
        let unnamed = all.filter { $0.command.configuration.commandName == nil }.map { "\($0.command)" }
        #expect(unnamed.isEmpty, "commands without a commandName: \(unnamed)")
    }

    @Test func namesAreUniqueWithinEachGroup() {
        let groups = [Networkctl.self as any ParsableCommand.Type] + Self.commands(under: Networkctl.self).map(\.command)
        for group in groups {
            let names = group.configuration.subcommands.compactMap { $0.configuration.commandName }
            #expect(Set(names).count == names.count, "\(group): \(names)")
        }
    }

    /// Lines `DirectInvocation` reads: ArgumentParser reads each the same way.
    @Test(arguments: [
        ["call", "network.get"],
        ["--json", "call", "network.get"],
        ["call", "network.get", "--json"],
        ["call", "member.get", "{\"id\": 3}"],
        ["call", "member.get", "-"],
        ["call", "", ""],
        ["--socket", "/tmp/a.sock", "call", "daemon.status", "{}"],
        ["--socket=/tmp/a b.sock", "--no-color", "call", "x"],
        ["call", "--token-file", "tok", "network.get", "--socket", "call"],
        ["--token-file=t", "status", "--json"],
        ["status"],
        ["--no-color", "status", "--socket", "status"],
    ])
    func directLinesReadAsArgumentParserReadsThem(arguments: [String]) throws {
        let direct = try #require(DirectInvocation(arguments))
        let parsed = try Networkctl.parseAsRoot(arguments)
        let globals: GlobalOptions
        switch direct.verb {
        case .call(let method, let params):
            let call = try #require(parsed as? CallCommand)
            #expect(call.method == method)
            #expect(call.params == params)
            globals = call.globals
        case .status:
            let status = try #require(parsed as? StatusCommand)
            #expect(status.links.isEmpty)
            globals = status.globals
        }
        let expected = DirectInvocation.Globals(socket: globals.socket, json: globals.json, noColor: globals.noColor, tokenFile: globals.tokenFile)
        #expect(direct.globals == expected)
    }

    /// Everything else is left to ArgumentParser: other verbs, help, unknown, repeated or
    /// incomplete options, extra words.
    @Test(arguments: [
        [], ["--json"], ["member", "list"], ["help"], ["help", "call"], ["call"], ["call", "--help"], ["status", "-h"],
        ["call", "a", "b", "c"], ["status", "eth0"], ["--json", "--json", "status"], ["--socket"], ["status", "--socket"],
        ["--socket", "--json", "status"], ["--json=yes", "status"], ["--verbose", "status"], ["call", "--", "x"],
        ["--generate-completion-script", "bash"], ["Status"], ["methods"],
    ])
    func otherLinesAreLeftToArgumentParser(arguments: [String]) {
        #expect(DirectInvocation(arguments) == nil)
    }
}
