import ArgumentParser
import Foundation
import InvoiceDocument
import NetworkCore

/// `networkd-document render`: one `InvoiceSnapshot` (JSON) on stdin, its document on stdout.
///
/// Guarantees: stdout holds the whole HTML document or the whole PDF, or nothing at all (the
/// document is made before the first byte is written); on failure, one line on stderr and the
/// exit status says which kind of failure (see `DocumentFailure`).
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read one invoice snapshot (JSON) on stdin and write its HTML or PDF to stdout.",
        discussion: """
            Example:
              networkd-document render --format pdf --weasyprint /usr/bin/weasyprint < snapshot.json > invoice.pdf
            """)

    /// The two documents the renderer makes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html
        case pdf
    }

    @OptionGroup var options: TemplateOptions

    @Option(name: .long, help: "html or pdf.")
    var format: Format

    @Option(name: .long, help: ArgumentHelp("The WeasyPrint executable (for --format pdf).", valueName: "path"))
    var weasyprint: String = PDFRenderer.defaultExecutable

    @Option(name: .long, help: ArgumentHelp("Seconds WeasyPrint may take before it is killed.", valueName: "seconds"))
    var timeLimit: Int = 30

    /// The largest snapshot read from stdin: far beyond any invoice's, small enough to refuse a
    /// stray file piped in by mistake.
    static let maximumSnapshotBytes = 16 * 1024 * 1024

    /// Checks `--time-limit`.
    ///
    /// - Throws: `ValidationError` (exit 64) unless it is 1 to 3,600 seconds.
    func validate() throws {
        guard (1...3600).contains(timeLimit) else { throw ValidationError("--time-limit must be 1 to 3600 seconds") }
    }

    /// Reads the snapshot, renders it and writes the document.
    ///
    /// - Throws: `ExitCode` 65, 69, 70 or 75 after one line on stderr (see `DocumentFailure`).
    func run() throws {
        do {
            let templates = try options.load()
            let snapshot = try Self.readSnapshot()
            let html: String
            do {
                html = try templates.render(snapshot)
            } catch {
                throw DocumentFailure(error)
            }
            switch format {
            case .html:
                StandardStreams.writeOutput(Array(html.utf8))
            case .pdf:
                let renderer = PDFRenderer(executable: weasyprint, timeLimit: .seconds(timeLimit))
                do {
                    StandardStreams.writeOutput(try renderer.render(html: html))
                } catch {
                    throw DocumentFailure(error)
                }
            }
        } catch {
            throw error.reportedAsExit()
        }
    }

    /// The snapshot on stdin.
    ///
    /// - Throws: `DocumentFailure` (exit 65) for input that is empty, too large, or not an
    ///   `InvoiceSnapshot` in JSON; (exit 70) when stdin cannot be read.
    static func readSnapshot() throws(DocumentFailure) -> InvoiceSnapshot {
        let bytes = try StandardStreams.readInput(limit: maximumSnapshotBytes)
        guard !bytes.isEmpty else { throw DocumentFailure(status: .dataError, message: "no invoice snapshot on standard input") }
        do {
            return try JSONDecoder().decode(InvoiceSnapshot.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw DocumentFailure(status: .dataError, message: "the invoice snapshot on standard input cannot be read: \(DocumentFailure.describe(error))")
        } catch {
            throw DocumentFailure(status: .dataError, message: "the invoice snapshot on standard input is not JSON")
        }
    }
}
