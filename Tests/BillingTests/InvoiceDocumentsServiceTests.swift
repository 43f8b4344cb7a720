import Foundation
import NetworkCore
import NetworkDaemon
import NetworkTestSupport
import Synchronization
import Testing

/// The daemon's side of the documents, without a database: `InvoiceDocuments` over stand-in
/// renderers that count their runs, and the configuration keys that set it up.
@Suite("Invoice documents service")
struct InvoiceDocumentsServiceTests {
    /// What the issuing code would check: a small invoice snapshot.
    static let snapshot = InvoiceSnapshot(
        kind: .invoice, number: "CCIN-2026-0001", issuedOn: "2026-09-01", dueOn: "2026-10-01", purchaseOrder: nil,
        yearLabel: "2026/27", currency: "GBP", issuer: .init(name: "CCIN", address: ["Oldham"]),
        payer: .init(memberId: 1, name: "Stroud District Council", address: ["Stroud"]),
        lines: [.init(description: "Membership", net: 100, vatBasisPoints: 2000, vat: 20, gross: 120)], net: 100, vat: 20, gross: 120)

    /// A stand-in renderer in `directory` that appends a line to `runs` each time it runs, then
    /// runs `body`.
    static func renderer(in directory: TemplateDirectory, _ body: String) throws -> String {
        let source = try directory.write("renderer.txt", "#!/bin/sh\necho run >> \"\(directory.path)/runs\"\ncat >/dev/null\n\(body)\n")
        let path = directory.path + "/networkd-document"
        // Installed by a process of its own, so no descriptor of ours open for writing can make it ETXTBSY.
        let install = try runProcess("/usr/bin/install", ["-m", "0755", source, path])
        try #require(install.status == 0, "\(install.stderr)")
        return path
    }

    /// How many times the stand-in renderer in `directory` has run.
    static func runs(in directory: TemplateDirectory) -> Int {
        ((try? String(contentsOfFile: directory.path + "/runs", encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Settings for `renderer` over the templates in `templates`.
    static func settings(_ renderer: String, templates: TemplateDirectory) -> InvoiceDocuments.Settings {
        .init(renderer: renderer, templatesDirectory: templates.path, weasyprint: "/usr/bin/weasyprint", pdfTimeLimit: .seconds(30))
    }

    @Test func aCheckRunsTheRendererOnlyWhenTheTemplatesChanged() async throws {
        let scratch = try TemplateDirectory()
        let templates = try TemplateDirectory()
        let documents = InvoiceDocuments(Self.settings(try Self.renderer(in: scratch, "printf '<p>ok</p>'"), templates: templates))
        let check = { @Sendable in try await offPool { try documents.check(Self.snapshot) } }
        try await check()
        try await check()
        #expect(Self.runs(in: scratch) == 1, "unchanged (no override files): checked once")
        try templates.write("invoice.mustache", "<p>{{number}}</p>\n")
        try await check()
        try await check()
        #expect(Self.runs(in: scratch) == 2, "a new override: checked again, once")
        try templates.write("invoice.mustache", "<p>{{number}} {{gross}}</p>\n")
        try await check()
        try templates.write("credit-note.mustache", "<p>{{number}}</p>\n")
        try await check()
        try templates.remove("invoice.mustache")
        try await check()
        #expect(Self.runs(in: scratch) == 5, "every change to either file: checked again")
        // Documents are always rendered.
        #expect(try await offPool { try documents.html(Self.snapshot) } == "<p>ok</p>")
        #expect(Self.runs(in: scratch) == 6)
    }

    @Test func aFailingRendererIsUnavailableWithItsOwnLineAndIsNotRemembered() async throws {
        let scratch = try TemplateDirectory()
        let templates = try TemplateDirectory()
        let line = "invoice template \(templates.path)/invoice.mustache:3:1 cannot be used: a tag is not closed with }}"
        let renderer = try Self.renderer(in: scratch, "echo 'networkd-document: \(line)' >&2\nexit 65")
        let documents = InvoiceDocuments(Self.settings(renderer, templates: templates))
        for _ in 0..<2 {
            #expect(throws: NetworkError.unavailable("the invoice document cannot be rendered: \(line); nothing was issued — fix it and issue again")) {
                try documents.check(Self.snapshot)
            }
        }
        #expect(Self.runs(in: scratch) == 2)
        #expect(throws: NetworkError.unavailable("the document of invoice CCIN-2026-0001 cannot be rendered: \(line)")) {
            try documents.pdf(Self.snapshot)
        }
    }

    @Test func aRendererThatSaysNothingIsNamedWithHowItEnded() async throws {
        let scratch = try TemplateDirectory()
        let templates = try TemplateDirectory()
        let renderer = try Self.renderer(in: scratch, "exit 70")
        let documents = InvoiceDocuments(Self.settings(renderer, templates: templates))
        #expect(throws: NetworkError.unavailable("the document of invoice CCIN-2026-0001 cannot be rendered: \(renderer) exited with status 70")) {
            try documents.html(Self.snapshot)
        }
        let quiet = InvoiceDocuments(Self.settings(try Self.renderer(in: scratch, "printf 'not a pdf'"), templates: templates))
        #expect(throws: NetworkError.unavailable("the document of invoice CCIN-2026-0001 cannot be rendered: the renderer wrote no PDF")) {
            try quiet.pdf(Self.snapshot)
        }
    }

    @Test func aMissingRendererSaysHowToFixIt() throws {
        let templates = try TemplateDirectory()
        let documents = InvoiceDocuments(Self.settings("/nonexistent/networkd-document", templates: templates))
        let error = try #require(throws: NetworkError.self) { try documents.check(Self.snapshot) }
        guard case .unavailable(let message) = error else { Issue.record("\(error)"); return }
        #expect(message.contains("cannot run the document renderer /nonexistent/networkd-document"), "\(message)")
        #expect(message.contains("document_renderer") && message.contains("nothing was issued"), "\(message)")
    }

    @Test func theSettingsAreReadForEveryDocument() async throws {
        let scratch = try TemplateDirectory()
        let templates = try TemplateDirectory()
        let first = try Self.renderer(in: scratch, "printf one")
        let current = Mutex(Self.settings(first, templates: templates))
        let documents = InvoiceDocuments { current.withLock { $0 } }
        #expect(try await offPool { try documents.html(Self.snapshot) } == "one")
        let other = try TemplateDirectory()
        let second = try Self.renderer(in: other, "printf two")
        current.withLock { $0.renderer = second }
        #expect(try await offPool { try documents.html(Self.snapshot) } == "two")
    }

    @Test func theDefaultsFindTheBuiltRendererAndTheConfigurationKeysSetThem() throws {
        let defaults = InvoiceDocuments.Settings(DaemonConfiguration())
        // The test bundle sits beside the built networkd-document, as networkd does.
        #expect(defaults.renderer == BuiltBinaries.networkdDocument)
        #expect(defaults.templatesDirectory == "/etc/networkd/templates" && defaults.weasyprint == "/usr/bin/weasyprint")
        #expect(defaults.pdfTimeLimit == .seconds(30))

        // Installed under a prefix: <prefix>/sbin/networkd finds <prefix>/lib/networkd/networkd-document.
        let prefix = try TemplateDirectory()
        let installed = prefix.path + "/lib/networkd/networkd-document"
        for folder in ["/lib/networkd", "/sbin"] {
            try FileManager.default.createDirectory(atPath: prefix.path + folder, withIntermediateDirectories: true)
        }
        let install = try runProcess("/usr/bin/install", ["-m", "0755", "/bin/true", installed])
        try #require(install.status == 0, "\(install.stderr)")
        #expect(InvoiceDocuments.Settings.locateRenderer(executable: prefix.path + "/sbin/networkd") == prefix.path + "/sbin/../lib/networkd/networkd-document")
        #expect(InvoiceDocuments.Settings.locateRenderer(executable: "/nonexistent/sbin/networkd") == "/usr/lib/networkd/networkd-document")
        #expect(InvoiceDocuments.Settings.locateRenderer(executable: nil) == "/usr/lib/networkd/networkd-document")

        let loaded = try ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: [
            "templates": "/srv/templates", "document_renderer": "/opt/networkd/networkd-document",
            "weasyprint": "/opt/weasyprint/bin/weasyprint", "pdf_timeout": "90",
        ]).load()
        #expect(InvoiceDocuments.Settings(loaded) == .init(renderer: "/opt/networkd/networkd-document", templatesDirectory: "/srv/templates",
                                                           weasyprint: "/opt/weasyprint/bin/weasyprint", pdfTimeLimit: .seconds(90)))
        #expect(!DaemonConfiguration.restartOnlyKeys.contains("templates"), "a reload applies the document keys")
        for (key, value) in [("templates", "templates"), ("document_renderer", "networkd-document"), ("weasyprint", "weasyprint"),
                             ("pdf_timeout", "0"), ("pdf_timeout", "soon")] {
            #expect(throws: (any Error).self, "\(key) = \(value)") {
                try ConfigurationLoader(filePath: nil, fileIsExplicit: false, environment: [:], overrides: [key: value]).load()
            }
        }
    }
}
