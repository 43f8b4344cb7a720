#if canImport(Glibc)
import Glibc
#endif

/// The process environment, read from `environ` rather than through Foundation's
/// `ProcessInfo`, which the daemon does not link.
enum ProcessEnvironment {
    /// Every variable as `name → value`, split at the first `=` (a value may itself hold `=`).
    ///
    /// Entries without an `=` are skipped; a name given twice keeps the later value. Read afresh on
    /// each access, so it reflects the environment at the time of the call.
    static var all: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
