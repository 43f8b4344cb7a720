import AdminProtocol
import ChildProcess
import NetworkCore

extension InvoiceDocuments {
    /// The two documents `networkd-document render` makes.
    enum Format: String {
        /// The HTML document.
        case html
        /// The PDF WeasyPrint makes of it.
        case pdf
    }

    /// Why a document is being made, which decides what a failure says.
    enum Purpose {
        /// The check before issuing: a failure says nothing was issued.
        case check
        /// A document asked for.
        case document
    }

    /// What the renderer may take besides WeasyPrint's own time: its start and the HTML.
    static let rendererAllowance = Duration.seconds(30)
    /// The largest document accepted from the renderer.
    static let outputLimit = 64 * 1024 * 1024

    /// Runs `networkd-document render` on `snapshot` (as JSON on its standard input) and returns
    /// what it wrote: the HTML or the PDF.
    ///
    /// - Throws: `NetworkError.unavailable` with the renderer's own line of diagnosis (which
    ///   names the template file, line and column for a template that cannot be used), or why
    ///   it could not run, worded for `purpose`.
    func render(_ snapshot: InvoiceSnapshot, format: Format, settings: Settings, purpose: Purpose) throws(NetworkError) -> [UInt8] {
        let input: [UInt8]
        do {
            input = try JSONCoding.encode(snapshot)
        } catch {
            throw Self.failure("its snapshot cannot be written as JSON", snapshot: snapshot, purpose: purpose)
        }
        let seconds = settings.pdfTimeLimit.components.seconds
        let child = ChildProcess(
            executable: settings.renderer,
            arguments: ["render", "--templates", settings.templatesDirectory, "--format", format.rawValue,
                        "--weasyprint", settings.weasyprint, "--time-limit", String(max(1, seconds))],
            timeLimit: settings.pdfTimeLimit + Self.rendererAllowance, outputLimit: Self.outputLimit)
        let output: ChildProcess.Output
        do {
            output = try child.run(input: input)
        } catch {
            throw Self.failure(Self.reason(error, renderer: settings.renderer), snapshot: snapshot, purpose: purpose)
        }
        guard output.termination.isSuccess else {
            throw Self.failure(Self.reason(output, renderer: settings.renderer), snapshot: snapshot, purpose: purpose)
        }
        return output.standardOutput
    }

    /// The error for a document that could not be made because of `reason`.
    static func failure(_ reason: String, snapshot: InvoiceSnapshot, purpose: Purpose) -> NetworkError {
        switch purpose {
        case .check:
            let kind = snapshot.kind == .invoice ? "invoice" : "credit note"
            return .unavailable("the \(kind) document cannot be rendered: \(reason); nothing was issued — fix it and issue again")
        case .document:
            return .unavailable("the document of \(describe(snapshot)) cannot be rendered: \(reason)")
        }
    }

    /// What the renderer said when it exited non-zero: its last line on stderr without its
    /// name (`invoice template /etc/networkd/templates/invoice.mustache:3:1 cannot be used: …`),
    /// or how it ended when it said nothing.
    static func reason(_ output: ChildProcess.Output, renderer: String) -> String {
        let prefix = "networkd-document: "
        guard var line = output.standardErrorTail(lines: 1).last else { return "\(renderer) \(output.termination)" }
        if line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
        return line
    }

    /// Why the renderer could not be run, or was stopped.
    static func reason(_ error: ChildProcessError, renderer: String) -> String {
        switch error {
        case .executableNotFound:
            "cannot run the document renderer \(renderer) (install networkd-document there, or set document_renderer)"
        case .timedOut(let limit, _):
            "the document renderer \(renderer) did not finish within \(limit) and was stopped"
        case .outputTooLarge(let limit):
            "the document renderer \(renderer) wrote more than \(limit / 1024 / 1024) MiB and was stopped"
        case .systemCallFailed(let call, let errno):
            "running the document renderer \(renderer): \(call) failed with errno \(errno)"
        }
    }
}
