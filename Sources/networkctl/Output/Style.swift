/// ANSI styling for human output, or none.
///
/// Only ever applied to text on stdout, and only when `GlobalOptions.style` decided colour is
/// wanted; the plain text is always the same, so alignment never depends on colour.
struct Style: Sendable {
    /// Whether to emit escape sequences at all.
    var colour: Bool

    /// No styling at all.
    static let plain = Style(colour: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
