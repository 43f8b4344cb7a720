#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import AdminProtocol
import ArgumentParser

/// The sysexits codes `networkctl` uses, and how every failure maps to one.
///
/// The rule behind the mapping: **75** means the same command may succeed if simply run again
/// later; **65** means it will keep failing until its input changes (including a conflict: the
/// input no longer fits what is stored — re-read, then retry with the new version); **64** means
/// the command line itself is wrong.
extension ExitCode {
    /// 64 `EX_USAGE`: the command line is wrong. ArgumentParser's own errors use it too.
    static let usage = ExitCode(64)
    /// 65 `EX_DATAERR`: the daemon refused the data (validation, conflict, invalid transition).
    static let invalidData = ExitCode(65)
    /// 69 `EX_UNAVAILABLE`: the daemon could not be reached or broke the connection.
    static let unreachable = ExitCode(69)
    /// 75 `EX_TEMPFAIL`: the daemon is temporarily unable to serve; retry later.
    static let tryAgain = ExitCode(75)
    /// 77 `EX_NOPERM`: the caller's role may not call this method.
    static let forbidden = ExitCode(77)

    /// The exit code for an error response, by `data.kind`, else by the numeric code.
    init(_ error: RPCError) {
        switch error.kind {
        case "validation", "invalid_transition", "conflict", "too_large": self = .invalidData
        case "forbidden": self = .forbidden
        case "unavailable": self = .tryAgain
        case "method_not_found": self = .usage
        case "not_found", "internal": self = .failure
        default:
            switch error.code {
            case RPCError.Code.invalidParams, RPCError.Code.validation, RPCError.Code.conflict,
                RPCError.Code.invalidTransition, RPCError.Code.tooLarge:
                self = .invalidData
            case RPCError.Code.methodNotFound: self = .usage
            case RPCError.Code.forbidden: self = .forbidden
            case RPCError.Code.unavailable: self = .tryAgain
            default: self = .failure
            }
        }
    }

    /// The exit code for a call that got no response: always 69.
    init(_ error: AdminClient.ClientError) {
        self = .unreachable
    }

    /// The "EXIT STATUS" part of `networkctl --help`; keep it in step with the mapping above.
    static let helpText = """
        EXIT STATUS (sysexits):
          0   success
          1   failure: not found, internal error in the daemon (the message names the
              request id to look up in the daemon's log), unexpected response
          64  usage: unknown verb or option, missing argument, unknown method,
              a verb that only systemd's networkctl has
          65  invalid data: malformed JSON argument, rejected params (validation,
              invalid params), invalid state transition, conflict (re-read the current
              version, then retry with --expected-version)
          69  networkd unreachable: no socket, connection refused or closed
          75  try again later: the daemon is temporarily unavailable
          77  forbidden: your role may not call this method
        """
}

/// Turns a failed call into lines on stderr and the exit code to leave with.
enum FailureReport {
    /// Prints `networkctl: message` on stderr and returns exit code 1.
    static func failure(_ message: String) -> ExitCode {
        Terminal.error(message)
        return .failure
    }

    /// Prints `error` on stderr (with the fields of a validation error, and the current version of
    /// a conflict) and returns its exit code.
    static func report(_ error: RPCError) -> ExitCode {
        if error.kind == "validation" || error.kind == "invalid_params", let fields = error.data?["fields"]?.arrayValue, !fields.isEmpty {
            Terminal.error("invalid data:")
            for field in fields {
                let name = field["field"]?.stringValue ?? "?"
                let message = field["message"]?.stringValue ?? "is invalid"
                Terminal.note("  \(name): \(message)")
            }
        } else {
            Terminal.error(error.message)
        }
        if error.kind == "conflict", let current = error.data?["currentVersion"]?.int64Value {
            Terminal.note("  the current version is \(current); re-read it and retry with --expected-version \(current)")
        }
        return ExitCode(error)
    }

    /// Prints why the daemon could not be reached, with a hint, and returns 69.
    static func report(_ error: AdminClient.ClientError) -> ExitCode {
        Terminal.error(error.description)
        if case .unreachable(_, let reason) = error {
            if reason == String(cString: strerror(EACCES)) {
                Terminal.note("  the socket is mode 0660: are you in a group that networkd maps to a role?")
            } else {
                Terminal.note("  is networkd running? Try: systemctl status networkd (or give --socket PATH)")
            }
        }
        return ExitCode(error)
    }
}
