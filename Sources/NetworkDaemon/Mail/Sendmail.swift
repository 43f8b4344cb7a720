import ChildProcess

/// The system MTA, run as configured (`sendmail`: default `/usr/sbin/sendmail -t -oi`, what
/// Debian's exim4, postfix and msmtp-mta all provide): the message on its standard input,
/// recipients from its headers.
struct Sendmail: Sendable {
    /// The program and its arguments.
    var command: [String]
    /// How long one hand-over may take before the MTA is killed.
    var timeLimit: Duration

    /// Hands `message` over.
    ///
    /// - Returns: `nil` when the MTA accepted it (exit status 0), else why not, in one line:
    ///   its exit status and the last thing it wrote on stderr.
    func send(_ message: [UInt8]) -> String? {
        guard let program = command.first else { return "no sendmail command is configured" }
        let child = ChildProcess(executable: program, arguments: Array(command.dropFirst()), timeLimit: timeLimit, outputLimit: 1024 * 1024)
        do {
            let output = try child.run(input: message)
            if output.termination.isSuccess { return nil }
            let said = output.standardErrorTail(lines: 3).joined(separator: " / ")
            return "\(command.joined(separator: " ")) \(output.termination)" + (said.isEmpty ? "" : ": \(said)")
        } catch .timedOut(let limit, let tail) {
            return "\(program) did not finish within \(limit) and was killed" + (tail.isEmpty ? "" : ": \(tail.joined(separator: " / "))")
        } catch .executableNotFound {
            return "cannot run \(program): install an MTA (msmtp-mta, exim4 or postfix) or set sendmail in networkd.conf"
        } catch {
            return "running \(program): \(error)"
        }
    }
}
