#if canImport(Glibc)
import Glibc
#endif

/// The process's stderr, for the few lines `networkd` writes before swift-log is bootstrapped
/// (a configuration it cannot load) or outside it (a failed migration run).
///
/// Written with `write(2)` on descriptor 2, without Foundation's `FileHandle` and without
/// buffering, so the line is out before the command throws its exit code.
enum StandardError {
    /// Writes `text` as given (callers add the newline) in one `write(2)` call; a failed or short
    /// write is ignored, as there is nowhere left to report it.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
