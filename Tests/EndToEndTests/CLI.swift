import Foundation
import Testing

/// The key/value lines of a single record's human output, by key.
func fields(_ stdout: String) -> [String: String] {
    var result: [String: String] = [:]
    for line in stdout.split(separator: "\n") {
        guard let gap = line.range(of: "  ") else { continue }
        let value = line[gap.upperBound...].drop(while: { $0 == " " })
        result[String(line[..<gap.lowerBound])] = String(value)
    }
    return result
}

/// `networkctl` aimed at one daemon.
struct CLI {
    var socket: String

    /// Runs `networkctl` with `NETWORKCTL_SOCKET` set to the daemon's socket.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try runNetworkctl(arguments, environment: environment.merging(["NETWORKCTL_SOCKET": socket]) { given, _ in given })
    }

    /// Runs `networkctl --json …`, expects exit 0, and returns the parsed JSON object.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try run(["--json"] + arguments)
        try #require(result.status == 0, "networkctl \(arguments.joined(separator: " ")): \(result.stderr)",
                     sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }
}
