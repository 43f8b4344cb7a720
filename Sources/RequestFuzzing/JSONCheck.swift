import AdminProtocol

/// The JSON reader and writer: reading never fails other than with `JSONCoding.ReadError`
/// (typed throws guarantee that much; the fuzzer checks it never traps), and whatever it reads
/// writes to a canonical text that reads back to the same value and writes to the same bytes.
enum JSONCheck {
    /// Reads `line`; on success checks parse → write → parse, and returns the value.
    static func check(_ line: [UInt8], into log: inout ViolationLog) -> JSONValue? {
        let value: JSONValue
        do {
            value = try JSONCoding.readValue(line)
        } catch {
            if case .malformed(let message) = error {
                log.expect(message.utf8.count <= 100, "json.errorIsShort", "message of \(message.utf8.count) bytes")
            }
            return nil
        }
        let written: [UInt8]
        do {
            written = try JSONCoding.encode(value)
        } catch {
            log.record("json.writable", "a value the parser produced does not write: \(shortened(error))")
            return value
        }
        do {
            let reread = try JSONCoding.readValue(written)
            log.expect(reread == value, "json.roundTrip", "read \(shortened(value)), wrote and reread \(shortened(reread))")
            let rewritten = try JSONCoding.encode(reread)
            log.expect(rewritten == written, "json.canonical",
                       "wrote \(shortened(String(decoding: written, as: UTF8.self))), then \(shortened(String(decoding: rewritten, as: UTF8.self)))")
        } catch {
            log.record("json.rereadable", "written text \(shortened(String(decoding: written, as: UTF8.self))) does not read: \(error)")
        }
        return value
    }
}
