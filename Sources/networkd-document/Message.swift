import ArgumentParser
import Foundation
import InvoiceDocument

/// `networkd-document message`: one `MailRequest` (JSON) on stdin, the whole RFC 5322 message
/// on stdout, ready for `sendmail -t -oi`.
///
/// Guarantees: stdout holds the whole message or nothing at all (it is composed, attachments
/// read, before the first byte is written); lines end with LF. On failure, one line on stderr and
/// the exit status: 65 a request or template that cannot be used, 66 an attachment that cannot be
/// read, 70 anything else (see `DocumentFailure`).
struct Message: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read one mail request (JSON) on stdin and write the composed e-mail (RFC 5322, MIME) to stdout.",
        discussion: """
            The request names a message kind (its templates mail/<kind>.subject.mustache, \
            .text.mustache and .html.mustache, each an override in the template directory or \
            built in), the context they render, the sender, recipients, Message-ID, date, extra \
            headers and files to attach. The output is what `sendmail -t -oi` reads.

            Exit status: 0 written; 64 bad arguments; 65 a request or template that cannot be \
            used; 66 an attachment that cannot be read; 70 any other failure.

            Example:
              networkd-document message --templates /etc/networkd/templates < request.json | /usr/sbin/sendmail -t -oi
            """)

    @OptionGroup var options: TemplateOptions

    /// The largest request read from stdin: a request carries attachments by path, so this is
    /// only its context, far beyond any real one.
    static let maximumRequestBytes = 4 * 1024 * 1024

    /// Reads the request, composes the message and writes it.
    ///
    /// - Throws: `ExitCode` 65, 66 or 70 after one line on stderr (see `DocumentFailure`).
    func run() throws {
        do {
            let request = try Self.readRequest()
            let message: MailMessage
            do {
                message = try MailMessage.compose(request, templateDirectory: options.templates)
            } catch {
                throw DocumentFailure(error)
            }
            StandardStreams.writeOutput(message.bytes)
        } catch {
            throw error.reportedAsExit()
        }
    }

    /// The request on stdin.
    ///
    /// - Throws: `DocumentFailure` (exit 65) for input that is empty, too large, or not a
    ///   `MailRequest` in JSON; (exit 70) when stdin cannot be read.
    static func readRequest() throws(DocumentFailure) -> MailRequest {
        let what = "the mail request on standard input"
        let bytes = try StandardStreams.readInput(limit: maximumRequestBytes, what: what)
        guard !bytes.isEmpty else { throw DocumentFailure(status: .dataError, message: "no mail request on standard input") }
        do {
            return try JSONDecoder().decode(MailRequest.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw DocumentFailure(status: .dataError, message: "\(what) cannot be read: \(DocumentFailure.describe(error))")
        } catch {
            throw DocumentFailure(status: .dataError, message: "\(what) is not JSON")
        }
    }
}
