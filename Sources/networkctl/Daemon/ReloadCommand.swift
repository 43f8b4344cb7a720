import AdminProtocol
import ArgumentParser

/// `networkctl reload`: `daemon.reload`, then what took effect and what needs a restart.
///
/// Stdout: "configuration re-read; nothing changed", or an "applied" / "needs restart" pair of
/// lines (the latter yellow on a terminal when not empty); with `--json`, the method's result.
struct ReloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Re-read networkd's configuration and apply what can change without a restart.",
        discussion: """
            \(DaemonReload.callLine) and returns when the reload is done, like \
            `systemctl reload networkd`. Prints the settings that took effect and those that \
            changed but only take effect after a restart.

            Not systemd's `networkctl reload`: that is /usr/bin/networkctl reload.
            """
    )

    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let style = globals.style
        try globals.perform(DaemonReload.self, NoParams()) { result in
            if result.applied.isEmpty && result.needsRestart.isEmpty {
                Terminal.out("configuration re-read; nothing changed")
                return
            }
            var table = Table()
            table.append(["applied", HumanFormat.list(result.applied)])
            let restart = HumanFormat.list(result.needsRestart)
            table.append(["needs restart", result.needsRestart.isEmpty ? restart : style.yellow(restart)])
            Terminal.out(table.render(style: style))
        }
    }
}
