#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// The verbs only systemd-networkd's `networkctl` has: each says where that tool is and exits 64.
///
/// They are hidden from `--help` (the root's discussion names them) and accept any arguments, so
/// that `networkctl up eth0` gets the explanation rather than a parse error.
enum SystemdVerbs {
    /// Where Debian's systemd installs its `networkctl`.
    static let systemdNetworkctl = "/usr/bin/networkctl"
    /// The binary running now, as the kernel knows it (`/proc/self/exe`), else as invoked
    /// (`argv[0]`): the hint names this one, wherever it was installed or built.
    static var runningNetworkctl: String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let length = buffer.withUnsafeMutableBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) { readlink("/proc/self/exe", $0, pointer.count) }
        }
        if length > 0 { return String(decoding: buffer[..<length], as: UTF8.self) }
        return CommandLine.arguments.first ?? "networkctl"
    }

    /// Every such verb, for the root command's subcommand list.
    static let all: [any ParsableCommand.Type] = [
        List.self, LLDP.self, Up.self, Down.self, Renew.self, ForceRenew.self, Reconfigure.self, Label.self,
        Delete.self, Cat.self, PersistentStorage.self,
    ]

    /// Prints the explanation for `verb` and returns exit code 64, for `throw`.
    static func refuse(verb: String, arguments: [String]) -> ExitCode {
        let command = ([systemdNetworkctl, verb] + arguments.map(shellQuoted)).joined(separator: " ")
        Terminal.error("'\(verb)' is a verb of systemd-networkd's networkctl, not of networkd's.")
        Terminal.note("Run: \(command)")
        Terminal.note("(this networkctl is networkd's admin CLI, \(runningNetworkctl); see 'networkctl --help')")
        return .usage
    }

    /// `argument` quoted for a POSIX shell when it needs to be.
    static func shellQuoted(_ argument: String) -> String {
        let safe = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@%+,".contains($0) }
        if safe && !argument.isEmpty { return argument }
        return "'" + argument.replacing("'", with: #"'\''"#) + "'"
    }
}

/// One hidden verb of systemd's networkctl; `run()` explains and exits 64.
protocol SystemdVerb: ParsableCommand {
    /// Everything after the verb, unparsed, repeated in the suggested systemd command line.
    var arguments: [String] { get }
}

extension SystemdVerb {
    /// Never contacts the daemon: prints where systemd's tool is and exits 64.
    func run() throws {
        throw SystemdVerbs.refuse(verb: Self._commandName, arguments: arguments)
    }

    /// The configuration every such verb shares: its name, hidden from help.
    static func hidden(_ name: String) -> CommandConfiguration {
        CommandConfiguration(
            commandName: name, abstract: "A verb of systemd-networkd's networkctl (\(SystemdVerbs.systemdNetworkctl)).",
            shouldDisplay: false)
    }
}

/// One type per verb, because ArgumentParser names a subcommand by its type's configuration;
/// they differ only in the name.
extension SystemdVerbs {
    struct List: SystemdVerb {
        static let configuration = hidden("list")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct LLDP: SystemdVerb {
        static let configuration = hidden("lldp")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Up: SystemdVerb {
        static let configuration = hidden("up")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Down: SystemdVerb {
        static let configuration = hidden("down")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Renew: SystemdVerb {
        static let configuration = hidden("renew")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct ForceRenew: SystemdVerb {
        static let configuration = hidden("forcerenew")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Reconfigure: SystemdVerb {
        static let configuration = hidden("reconfigure")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Label: SystemdVerb {
        static let configuration = hidden("label")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Delete: SystemdVerb {
        static let configuration = hidden("delete")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct Cat: SystemdVerb {
        static let configuration = hidden("cat")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }

    struct PersistentStorage: SystemdVerb {
        static let configuration = hidden("persistent-storage")
        @Argument(parsing: .allUnrecognized) var arguments: [String] = []
    }
}
