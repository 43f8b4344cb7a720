#if canImport(Glibc)
import Glibc
#endif

/// The bytes of the two override templates in a template directory, read with `open`/`read`
/// (no Foundation), for telling whether they changed since the last successful check.
///
/// Equal values mean byte-for-byte the same files (or the same files absent). A file that cannot
/// be read is recorded as such and makes the value not comparable: the renderer must then run
/// and say what is wrong with it.
struct TemplateFiles: Equatable {
    /// What one template file held.
    enum Content: Equatable {
        /// No such file (or no such directory): the built-in template is used.
        case absent
        /// The file's bytes.
        case bytes([UInt8])
        /// The file is there but could not be read (or is too large to be a template).
        case unreadable
    }

    /// `invoice.mustache`.
    var invoice: Content
    /// `credit-note.mustache`.
    var creditNote: Content

    /// The file names, as `InvoiceTemplates` (in `networkd-document`) reads them.
    static let invoiceFileName = "invoice.mustache"
    /// The credit-note template's file name.
    static let creditNoteFileName = "credit-note.mustache"
    /// The renderer refuses a template over 1 MiB; reading stops just past it.
    static let maximumBytes = 1024 * 1024

    /// The two files in `directory` as they are now.
    init(directory: String) {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        invoice = Self.read(base + Self.invoiceFileName)
        creditNote = Self.read(base + Self.creditNoteFileName)
    }

    /// Whether both files were read (or are absent), so that equality means "unchanged".
    var isComparable: Bool { invoice != .unreadable && creditNote != .unreadable }

    /// The file at `path`.
    static func read(_ path: String) -> Content {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return errno == ENOENT || errno == ENOTDIR ? .absent : .unreadable }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count == 0 { return .bytes(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { return .unreadable }
        }
    }
}
