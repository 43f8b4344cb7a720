import ArgumentParser
import InvoiceDocument

/// Why `networkd-document` could not do what it was asked, as the exit status the daemon reads
/// and the one line it shows on stderr.
///
/// The statuses are `sysexits.h`'s, so that each says what to do about it: 65 fix the template
/// (or the snapshot, or the mail request), 66 look for the attachment the mail request named, 69
/// install WeasyPrint, 75 try again later, 70 read the log.
struct DocumentFailure: Error {
    /// The exit statuses `networkd-document` uses besides 0 and ArgumentParser's 64.
    enum Status: Int32 {
        /// `EX_DATAERR`: a template that cannot be read or parsed, or a snapshot that cannot be shown.
        case dataError = 65
        /// `EX_NOINPUT`: a file a mail request attaches is missing or cannot be read.
        case noInput = 66
        /// `EX_UNAVAILABLE`: WeasyPrint is not there (or not executable).
        case unavailable = 69
        /// `EX_SOFTWARE`: anything else — WeasyPrint failed, wrote no PDF, a system call failed.
        case software = 70
        /// `EX_TEMPFAIL`: WeasyPrint did not finish in time.
        case temporaryFailure = 75
    }

    /// The exit status.
    var status: Status
    /// One line, without the program's name or a newline.
    var message: String

    /// A failure with `status` and `message`.
    init(status: Status, message: String) {
        self.status = status
        self.message = message
    }

    /// A template or snapshot error: exit 65, with the error's own line (which names the file,
    /// line and column, or the snapshot's field).
    init(_ error: InvoiceDocumentError) {
        self.init(status: .dataError, message: error.description)
    }

    /// A mail error: exit 66 for an attachment that cannot be read, 65 for everything else (a
    /// request value, a template, attachments too large), with the error's own line.
    init(_ error: MailMessageError) {
        switch error {
        case .attachmentUnreadable: self.init(status: .noInput, message: error.description)
        default: self.init(status: .dataError, message: error.description)
        }
    }

    /// A WeasyPrint error: 69 when it is missing, 75 when it timed out, 70 otherwise.
    init(_ error: PDFRenderError) {
        switch error {
        case .rendererNotFound: self.init(status: .unavailable, message: error.description)
        case .timedOut: self.init(status: .temporaryFailure, message: error.description)
        default: self.init(status: .software, message: error.description)
        }
    }

    /// A decoding error in a few words: what is missing or wrong, and where.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the top level" : String(keys.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "\(key.stringValue) is missing" + (context.codingPath.isEmpty ? "" : " in \(parent)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context)) has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not valid JSON" : "\(path(context)) holds a value it cannot take"
        @unknown default:
            return "it does not have the expected shape"
        }
    }
}

extension Error {
    /// This error as the command's exit: a `DocumentFailure` is written to stderr and becomes
    /// its status; anything else (which the code above never throws) is exit 70.
    func reportedAsExit() -> ExitCode {
        let failure = self as? DocumentFailure ?? DocumentFailure(status: .software, message: "\(self)")
        StandardStreams.writeError("networkd-document: \(failure.message)\n")
        return ExitCode(failure.status.rawValue)
    }
}
