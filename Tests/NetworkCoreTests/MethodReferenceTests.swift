import AdminProtocol
import Foundation
import Testing

/// The README's method reference is generated from `rpc.discover`'s document: this test renders
/// it and fails when the README's copy differs. Re-record on purpose with
/// `NETWORKD_RECORD_GOLDEN=1 swift test --filter MethodReferenceTests`, then review the diff.
@Suite("README method reference")
struct MethodReferenceTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md").path
    static let begin = "<!-- method reference: generated from rpc.discover by Tests/NetworkCoreTests/MethodReferenceTests.swift -->"
    static let end = "<!-- end of method reference -->"

    @Test func readmeMethodReferenceIsGeneratedFromDiscover() throws {
        let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
        let generated = Self.render(OpenRPCDocument.make(version: "reference"))
        let start = try #require(text.range(of: Self.begin), "README has no \(Self.begin) marker")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex), "README has no end marker")
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["NETWORKD_RECORD_GOLDEN"] == "1", current != generated {
            try (text[..<start.upperBound] + generated + text[stop.lowerBound...]).write(toFile: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == generated, "README's method reference is stale; re-record with NETWORKD_RECORD_GOLDEN=1")
    }

    @Test func everyMethodHasARow() {
        let rendered = Self.render(OpenRPCDocument.make(version: "reference"))
        for method in MethodCatalog.all {
            #expect(rendered.contains("| `\(method.name)` |"), "\(method.name)")
        }
    }

    /// The reference as Markdown: one table per area, in `rpc.discover` order.
    static func render(_ document: JSONValue) -> String {
        var text = "\n"
        var area = ""
        for method in document["methods"]?.arrayValue ?? [] {
            let name = method["name"]?.stringValue ?? ""
            let stem = method["x-area"]?.stringValue ?? ""
            if stem != area {
                area = stem
                text += "\n**\(stem)**\n\n| method | who may call | kind | what it does |\n|---|---|---|---|\n"
            }
            let kind = method["x-kind"]?.stringValue ?? ""
            text += "| `\(name)` | \(callers(method)) | \(kind) | \(method["summary"]?.stringValue ?? "") |\n"
        }
        return text + "\n"
    }

    /// `x-roles` and `x-member-reach` in words.
    static func callers(_ method: JSONValue) -> String {
        let roles = (method["x-roles"]?.arrayValue ?? []).compactMap(\.stringValue)
        guard !roles.isEmpty else { return "any caller" }
        let staff = roles.filter { $0 != "member" }.joined(separator: ", ")
        switch method["x-member-reach"]?.stringValue ?? "none" {
        case "none": return staff
        case "all": return staff + ", member"
        case "own-member": return staff + "; a member: its own"
        case let reach: return staff + "; a member: its own \(reach.dropFirst("own-".count))s"
        }
    }
}
