import Logging
import NetworkDaemon

/// Sets up swift-log for a `networkd` process: every logger writes journald-style lines to
/// stderr through `JournaldLogHandler`.
///
/// Named apart from swift-log's `Logging` module so that `Logging.…` always means the module.
enum JournaldLogging {
    /// Bootstraps `LoggingSystem` with `JournaldLogHandler`, every handler sharing one
    /// `LogLevelControl` set to `level`.
    ///
    /// Returns the root logger (label `networkd`) and that control, which a configuration reload
    /// changes to move every logger's level at once.
    ///
    /// - Important: swift-log allows one bootstrap per process; call this once, from the
    ///   subcommand's `run()`.
    static func bootstrap(level: Logger.Level) -> (Logger, LogLevelControl) {
        let control = LogLevelControl(level)
        LoggingSystem.bootstrap { label in JournaldLogHandler(label: label, control: control) }
        return (Logger(label: "networkd"), control)
    }
}
