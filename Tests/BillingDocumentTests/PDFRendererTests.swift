import ChildProcess
import Foundation
import InvoiceDocument
import NetworkCore
import NetworkTestSupport
import Testing

/// The PDF from the real WeasyPrint, read back with `pdftotext`; and what the renderer reports
/// when WeasyPrint is missing, fails, writes no PDF or hangs.
///
/// Real renders get generous limits (WeasyPrint takes 1–3 s a document here, more on a loaded
/// 2-core machine); the failure cases use shell scripts that fail or hang deterministically. All
/// blocking runs go through `offPool`, off the cooperative pool, as the daemon must run them.
@Suite("Invoice PDF")
struct PDFRendererTests {
    /// A renderer for real documents: the installed WeasyPrint, with room for a busy machine.
    let weasyprint = PDFRenderer(timeLimit: .seconds(180))

    /// The text `pdftotext` reads from `pdf`, lines joined by single spaces.
    static func text(of pdf: [UInt8]) throws -> String {
        let output = try ChildProcess(executable: "/usr/bin/pdftotext", arguments: ["-enc", "UTF-8", "-", "-"],
                                      timeLimit: .seconds(120)).run(input: pdf)
        #expect(output.termination.isSuccess, "pdftotext: \(output.standardErrorTail(lines: 5))")
        return String(decoding: output.standardOutput, as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func invoicePDFShowsNumberPOPayerTotalsAndDueDate() async throws {
        let html = try InvoiceTemplates(directory: nil).render(InvoiceFixtures.invoice())
        let renderer = weasyprint
        let pdf = try await offPool { try renderer.render(html: html) }
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let text = try await offPool { try Self.text(of: pdf) }
        for expected in [
            "INVOICE", "CCIN-2026-0001", "PO-77-ALPHA", "Stroud District Council", "FAO Ada Lovelace",
            "£2,000.00", "£400.00", "£2,400.00", "1 October 2026", "1 September 2026", "20%",
            "Sort code: 60-83-01", "VAT registration number GB 123 4567 89", "Page 1 of 1",
        ] {
            #expect(text.contains(expected), "the PDF's text lacks \(expected): \(text)")
        }
    }

    @Test func creditNotePDFShowsWhatItCreditsAndWhy() async throws {
        let html = try InvoiceTemplates(directory: nil).render(InvoiceFixtures.creditNote())
        let renderer = weasyprint
        let pdf = try await offPool { try renderer.render(html: html) }
        let text = try await offPool { try Self.text(of: pdf) }
        for expected in [
            "CREDIT NOTE", "CCIN-CN-2026-0001", "Credits invoice CCIN-2026-0001",
            "Conference places cancelled before the deadline", "-£600.00", "15 September 2026",
        ] {
            #expect(text.contains(expected), "the PDF's text lacks \(expected): \(text)")
        }
    }

    @Test func aMissingWeasyprintIsReportedAsSuch() async throws {
        let renderer = PDFRenderer(executable: "/nonexistent/bin/weasyprint")
        let error = try await #require(throws: PDFRenderError.self) {
            try await offPool { try renderer.render(html: "<p>x</p>") }
        }
        #expect(error == .rendererNotFound(path: "/nonexistent/bin/weasyprint"))
    }

    @Test func aFailingRendererReportsItsStatusAndLastStderrLines() async throws {
        let directory = try ScratchDirectory()
        let fake = try directory.script("weasyprint", """
            echo "WARNING: first complaint" >&2
            echo "ERROR: Failed to load stylesheet" >&2
            exit 3
            """)
        // Far more input than a pipe holds, so writing it meets the script's exit (EPIPE, not SIGPIPE).
        let html = String(repeating: "<p>line</p>\n", count: 200_000)
        let renderer = PDFRenderer(executable: fake, timeLimit: .seconds(120))
        let error = try await #require(throws: PDFRenderError.self) { try await offPool { try renderer.render(html: html) } }
        #expect(error == .rendererFailed(path: fake, termination: .exited(3),
                                         stderrTail: ["WARNING: first complaint", "ERROR: Failed to load stylesheet"]))
        #expect(error.description.hasSuffix("exited with status 3: ERROR: Failed to load stylesheet"))
    }

    @Test func aRendererThatWritesNoPDFIsRefused() async throws {
        let directory = try ScratchDirectory()
        let fake = try directory.script("weasyprint", "cat >/dev/null\necho 'not a pdf'")
        let renderer = PDFRenderer(executable: fake, timeLimit: .seconds(120))
        let error = try await #require(throws: PDFRenderError.self) { try await offPool { try renderer.render(html: "<p>x</p>") } }
        #expect(error == .notAPDF(path: fake, byteCount: 10, stderrTail: []))
    }

    @Test func aHangingRendererIsKilledWithItsChildrenAndReportedAsATimeout() async throws {
        let directory = try ScratchDirectory()
        // Ignores SIGTERM and starts a grandchild: only SIGKILL to the whole group ends both.
        let fake = try directory.script("weasyprint", """
            trap '' TERM
            sleep 600 &
            echo $! > "\(directory.path)/grandchild.pid"
            echo $$ > "\(directory.path)/child.pid"
            wait
            """)
        let renderer = PDFRenderer(executable: fake, timeLimit: .seconds(5))
        let started = ContinuousClock.now
        let error = try await #require(throws: PDFRenderError.self) { try await offPool { try renderer.render(html: "<p>x</p>") } }
        #expect(error == .timedOut(path: fake, limit: .seconds(5)))
        #expect(ContinuousClock.now - started < .seconds(300), "killed at its limit, long before the 600 s sleep ends")
        let child = try #require(pid_t(try String(contentsOfFile: directory.path + "/child.pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let grandchild = try #require(pid_t(try String(contentsOfFile: directory.path + "/grandchild.pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // The child was reaped by the renderer: its pid is gone at once.
        #expect(kill(child, 0) == -1 && errno == ESRCH)
        // The grandchild was killed too; its new parent reaps it in its own time.
        try await waitUntil("the grandchild \(grandchild) is dead") { Self.isDeadOrZombie(grandchild) }
    }

    /// Whether `pid` no longer runs: gone, or a zombie awaiting its parent.
    static func isDeadOrZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        // Field 3, after the parenthesised command name, is the state.
        guard let close = stat.lastIndex(of: ")") else { return true }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state == "Z" || state == "X"
    }
}
