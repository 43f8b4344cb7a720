import CLibPQ

/// Building ``PostgresError`` values from libpq results and connection state.
extension PostgresError {
    /// The fields of a failed `PGresult`. The kind is ``Kind/connectionLost`` when libpq reports
    /// the connection as bad afterwards or the error is FATAL (it ends the session), otherwise
    /// ``Kind/server``.
    static func fromResult(_ result: OpaquePointer, connection: OpaquePointer, query: String?) -> PostgresError {
        func field(_ code: Character) -> String? {
            PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
        }
        // FATAL and PANIC end the session, even before libpq has seen the socket close (in
        // pipeline mode it reports the error first).
        let severity = field("V")
        let lost = PQstatus(connection) == CONNECTION_BAD || severity == "FATAL" || severity == "PANIC"
        let fallback = PQresultErrorMessage(result).map { String(cString: $0) } ?? ""
        return PostgresError(
            kind: lost ? .connectionLost : .server,
            code: field("C").map(SQLState.init(rawValue:)),
            message: field("M") ?? trimmed(fallback.isEmpty ? connectionMessage(connection) : fallback),
            detail: field("D"),
            hint: field("H"),
            constraint: field("n"),
            table: field("t"),
            column: field("c"),
            query: query
        )
    }

    /// An error for a call that produced no `PGresult` (out of memory, or the connection is gone).
    static func fromConnection(_ connection: OpaquePointer, query: String?) -> PostgresError {
        let lost = PQstatus(connection) == CONNECTION_BAD
        return PostgresError(
            kind: lost ? .connectionLost : .protocolViolation,
            message: connectionMessage(connection),
            query: query
        )
    }

    /// libpq's current error message for a connection, without the trailing newline.
    static func connectionMessage(_ connection: OpaquePointer?) -> String {
        guard let connection, let message = PQerrorMessage(connection) else { return "unknown libpq error" }
        let text = trimmed(String(cString: message))
        return text.isEmpty ? "unknown libpq error" : text
    }

    /// What the server would say about a NUL byte, raised before anything is sent.
    static func nulByte(query: String) -> PostgresError {
        PostgresError(
            kind: .server,
            code: .characterNotInRepertoire,
            message: "invalid byte sequence for encoding \"UTF8\": 0x00",
            query: query
        )
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
