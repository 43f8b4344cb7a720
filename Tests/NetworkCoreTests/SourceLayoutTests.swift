import AdminProtocol
import Foundation
import Testing

/// The rules that keep adding an area cheap, checked on the source tree itself: each method's
/// name is written in one file only (everything else refers to the method's type), no file grows
/// past what one reader holds, and every module keeps its doc comments.
@Suite("Source layout")
struct SourceLayoutTests {
    /// `Sources/`, found from this file's path.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources").path

    /// Every Swift file under `Sources/`, relative path → lines.
    static let files: [String: [Substring]] = {
        var files: [String: [Substring]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: sources)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"), let text = try? String(contentsOfFile: sources + "/" + path, encoding: .utf8) else {
                continue
            }
            files[path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        return files
    }()

    @Test func theSourceTreeIsFound() {
        #expect(Self.files.count > 100, "found \(Self.files.count) files under \(Self.sources)")
    }

    /// A method's name appears, outside comments, in exactly one file: its declaration.
    @Test(arguments: MethodCatalog.all.map { $0.name })
    func everyMethodNameIsWrittenInExactlyOneFile(name: String) {
        let holders = Self.files.filter { _, lines in
            lines.contains { line in
                let code = line.drop { $0 == " " }
                return !code.hasPrefix("//") && Self.mentions(code, name)
            }
        }.keys.sorted()
        #expect(holders.count == 1, "\(name) is written in \(holders)")
    }

    @Test func noSourceFileIsOver400Lines() {
        let long = Self.files.filter { $0.value.count > 400 }.map { "\($0.key): \($0.value.count)" }.sorted()
        #expect(long.isEmpty, "split these: \(long)")
    }

    /// Doc comments (`///`) are at least a tenth of every module's lines.
    @Test func everyModuleKeepsItsDocComments() {
        var totals: [String: (docs: Int, lines: Int)] = [:]
        for (path, lines) in Self.files {
            let module = String(path.split(separator: "/").first ?? "")
            let docs = lines.filter { $0.drop { $0 == " " }.hasPrefix("///") }.count
            totals[module, default: (0, 0)].docs += docs
            totals[module, default: (0, 0)].lines += lines.count
        }
        let thin = totals.filter { $0.value.docs * 10 < $0.value.lines }
            .map { "\($0.key): \($0.value.docs) of \($0.value.lines)" }.sorted()
        #expect(thin.isEmpty, "doc comments under 10 %: \(thin)")
    }

    /// Whether `line` holds `name` as a whole word (not inside a longer dotted name).
    static func mentions(_ line: Substring, _ name: String) -> Bool {
        var rest = line[...]
        while let range = rest.range(of: name) {
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
            let isWordPart: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false }
            if !isWordPart(before) && !isWordPart(after) { return true }
            rest = line[range.upperBound...]
        }
        return false
    }
}
