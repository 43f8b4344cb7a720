import ChildProcess
import Foundation
import NetworkCore
import NetworkTestSupport
import Testing

/// The built `networkd-document`, as the daemon runs it: its output on stdout, one line on
/// stderr when it fails, and the exit status the daemon maps to an error (65 a template or
/// snapshot that cannot be used, 69 WeasyPrint missing, 70 another failure, 75 a timeout; 64 bad
/// arguments).
@Suite("networkd-document")
struct RendererCommandTests {
    /// The binary `swift build` made beside the test bundle.
    static let binary = BuiltBinaries.networkdDocument

    /// Runs the binary with `arguments` and `input` on stdin, off the cooperative pool.
    static func run(_ arguments: [String], input: [UInt8] = []) async throws -> ChildProcess.Output {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "run `swift build` before `swift test`: no \(binary)")
        let child = ChildProcess(executable: binary, arguments: arguments, timeLimit: .seconds(180))
        return try await offPool { try child.run(input: input) }
    }

    /// `snapshot` as the daemon writes it to the renderer: JSON.
    static func json(_ snapshot: InvoiceSnapshot) throws -> [UInt8] {
        Array(try JSONEncoder().encode(snapshot))
    }

    /// The one line the renderer wrote to stderr.
    static func diagnosis(_ output: ChildProcess.Output) -> String {
        let lines = output.standardErrorTail(lines: 10)
        #expect(lines.count == 1, "stderr: \(lines)")
        return lines.last ?? ""
    }

    @Test func checkNamesWhereEachTemplateComesFrom() async throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("credit-note.mustache", "<p>{{number}}</p>\n")
        let output = try await Self.run(["check", "--templates", directory.path])
        #expect(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        // The invoice templates' two lines first; the mail templates' follow (MailCommandTests).
        #expect(String(decoding: output.standardOutput, as: UTF8.self)
            .hasPrefix("invoice.mustache: built-in invoice.mustache\ncredit-note.mustache: \(path)\nmail/"))
    }

    @Test func checkOfABrokenTemplateIsExit65NamingTheFile() async throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("invoice.mustache", "<table>\n{{#lines}}\n<tr><td>{{description}}</td></tr>\n</table>\n")
        let output = try await Self.run(["check", "--templates", directory.path])
        #expect(output.termination == .exited(65))
        #expect(output.standardOutput.isEmpty)
        #expect(Self.diagnosis(output).hasPrefix("networkd-document: invoice template \(path):"))
    }

    @Test func renderHTMLWritesTheDocument() async throws {
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "html"],
                                        input: try Self.json(InvoiceFixtures.invoice()))
        #expect(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        let html = String(decoding: output.standardOutput, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("CCIN-2026-0001") && html.contains("£2,400.00") && html.contains("FAO Ada Lovelace"))
    }

    @Test func renderPDFWritesAPDF() async throws {
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "pdf", "--time-limit", "170"],
                                        input: try Self.json(InvoiceFixtures.creditNote()))
        #expect(output.termination == .exited(0), "stderr: \(output.standardErrorTail(lines: 5))")
        #expect(output.standardOutput.starts(with: Array("%PDF-".utf8)))
        let text = try await offPool { try PDFRendererTests.text(of: output.standardOutput) }
        #expect(text.contains("CCIN-CN-2026-0001"), "\(text)")
    }

    @Test(arguments: [
        ("", "no invoice snapshot on standard input"),
        ("{\"kind\": \"invoice\"", "it is not valid JSON"),
        ("{\"kind\": \"invoice\"}", "number is missing"),
    ])
    func anUnreadableSnapshotIsExit65(input: String, says: String) async throws {
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "html"], input: Array(input.utf8))
        #expect(output.termination == .exited(65))
        #expect(output.standardOutput.isEmpty)
        #expect(Self.diagnosis(output).contains(says))
    }

    @Test func aSnapshotTheDocumentCannotShowIsExit65() async throws {
        var snapshot = InvoiceFixtures.invoice()
        snapshot.dueOn = "2026-02-30"
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "html"], input: try Self.json(snapshot))
        #expect(output.termination == .exited(65))
        #expect(Self.diagnosis(output) == "networkd-document: the invoice snapshot's dueOn \"2026-02-30\" cannot be shown")
    }

    @Test func aMissingWeasyprintIsExit69() async throws {
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "pdf", "--weasyprint", "/nonexistent/weasyprint"],
                                        input: try Self.json(InvoiceFixtures.invoice()))
        #expect(output.termination == .exited(69))
        #expect(output.standardOutput.isEmpty)
        #expect(Self.diagnosis(output).contains("cannot run /nonexistent/weasyprint"))
    }

    @Test func aFailingWeasyprintIsExit70() async throws {
        let directory = try ScratchDirectory()
        let fake = try directory.script("weasyprint", "cat >/dev/null\necho 'ERROR: no fonts' >&2\nexit 2")
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "pdf", "--weasyprint", fake],
                                        input: try Self.json(InvoiceFixtures.invoice()))
        #expect(output.termination == .exited(70))
        #expect(output.standardOutput.isEmpty)
        #expect(Self.diagnosis(output).hasSuffix("exited with status 2: ERROR: no fonts"))
    }

    @Test func aHangingWeasyprintIsExit75() async throws {
        let directory = try ScratchDirectory()
        let fake = try directory.script("weasyprint", "exec sleep 600")
        let started = ContinuousClock.now
        let output = try await Self.run(["render", "--templates", "/nonexistent", "--format", "pdf", "--weasyprint", fake, "--time-limit", "1"],
                                        input: try Self.json(InvoiceFixtures.invoice()))
        #expect(output.termination == .exited(75))
        #expect(Self.diagnosis(output).contains("did not finish within 1"))
        #expect(ContinuousClock.now - started < .seconds(300), "killed at its limit, long before the 600 s sleep ends")
    }

    @Test(arguments: [["render", "--format", "docx"], ["render"], ["render", "--format", "pdf", "--time-limit", "0"], ["frobnicate"]])
    func badArgumentsAreExit64(arguments: [String]) async throws {
        let output = try await Self.run(arguments)
        #expect(output.termination == .exited(64))
    }

    @Test func builtInPrintsATemplateThatChecksAsAnOverride() async throws {
        let output = try await Self.run(["built-in", "invoice"])
        #expect(output.termination == .exited(0))
        let directory = try ScratchDirectory()
        try directory.write("invoice.mustache", String(decoding: output.standardOutput, as: UTF8.self))
        let check = try await Self.run(["check", "--templates", directory.path])
        #expect(check.termination == .exited(0))
        #expect(String(decoding: check.standardOutput, as: UTF8.self).contains("invoice.mustache: \(directory.path)/invoice.mustache"))
    }
}
