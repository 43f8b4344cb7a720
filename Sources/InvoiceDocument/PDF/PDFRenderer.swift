import ChildProcess

/// Turns an invoice's HTML into PDF bytes by running WeasyPrint (`weasyprint - -`: HTML on its
/// standard input, the PDF on its standard output), within a time limit.
///
/// WeasyPrint is a separate program (Debian's `weasyprint` package, which `deploy/install`
/// installs) so that neither the daemon nor `networkd-document` carries a layout engine, fonts
/// or Python of its own; each document costs one short-lived process (about 1–3 s of CPU on
/// this machine).
///
/// Guarantees: the bytes returned start with `%PDF-`; when anything goes wrong the WeasyPrint
/// process has been killed (if still running) and reaped before the error is thrown, and the error
/// carries the last lines WeasyPrint wrote to standard error.
///
/// - Important: `render(html:)` blocks the calling thread for as long as WeasyPrint runs, up to
///   `timeLimit`. Call it from a thread of your own (a `NIOThreadPool`, as the store runs libpq),
///   never from the cooperative pool or an event loop.
public struct PDFRenderer: Sendable {
    /// Where Debian installs WeasyPrint.
    public static let defaultExecutable = "/usr/bin/weasyprint"

    /// The WeasyPrint executable to run.
    public var executable: String
    /// How long one document may take before WeasyPrint is killed.
    public var timeLimit: Duration
    /// The largest PDF accepted, in bytes; WeasyPrint is killed past it.
    public var sizeLimit: Int
    /// How many of WeasyPrint's last standard-error lines an error carries.
    public static let stderrLinesKept = 10

    /// A renderer running `executable`, allowing each document `timeLimit`.
    public init(executable: String = PDFRenderer.defaultExecutable, timeLimit: Duration = .seconds(30),
                sizeLimit: Int = 64 * 1024 * 1024) {
        self.executable = executable
        self.timeLimit = timeLimit
        self.sizeLimit = sizeLimit
    }

    /// The PDF WeasyPrint makes of `html` (a whole document, UTF-8).
    ///
    /// The HTML is read with the calling process's working directory as its base URL; the built-in
    /// templates refer to nothing outside the document, so none is fetched.
    ///
    /// - Returns: the PDF file's bytes.
    /// - Throws: `PDFRenderError.rendererNotFound` when `executable` cannot be run;
    ///   `.rendererFailed` when it exits non-zero or dies of a signal (with its last stderr lines);
    ///   `.notAPDF` when it exits 0 without writing a PDF; `.timedOut` after `timeLimit`;
    ///   `.outputTooLarge` past `sizeLimit`; `.systemCallFailed` when a pipe, spawn or wait fails.
    public func render(html: String) throws(PDFRenderError) -> [UInt8] {
        // `--quiet` would hide the warnings that `.rendererFailed` reports; WeasyPrint writes
        // nothing to stderr for a clean document.
        let child = ChildProcess(executable: executable, arguments: ["--encoding", "utf-8", "-", "-"],
                                 timeLimit: timeLimit, outputLimit: sizeLimit)
        let output: ChildProcess.Output
        do {
            output = try child.run(input: Array(html.utf8))
        } catch {
            throw Self.renderError(error, executable: executable)
        }
        let tail = output.standardErrorTail(lines: Self.stderrLinesKept)
        guard output.termination.isSuccess else {
            throw .rendererFailed(path: executable, termination: output.termination, stderrTail: tail)
        }
        guard output.standardOutput.starts(with: Array("%PDF-".utf8)) else {
            throw .notAPDF(path: executable, byteCount: output.standardOutput.count, stderrTail: tail)
        }
        return output.standardOutput
    }

    /// The renderer's error for a failed child run of `executable`.
    static func renderError(_ error: ChildProcessError, executable: String) -> PDFRenderError {
        switch error {
        case .executableNotFound:
            .rendererNotFound(path: executable)
        case .timedOut(let limit, _):
            .timedOut(path: executable, limit: limit)
        case .outputTooLarge(let limit):
            .outputTooLarge(path: executable, limit: limit)
        case .systemCallFailed(let call, let errno):
            .systemCallFailed(path: executable, call: call, errno: errno)
        }
    }
}
