/// ANSI styling for human output, or none.
///
/// Only ever applied to text on stdout, and only when `GlobalOptions.style` decided colour is
/// wanted; the plain text is always the same, so alignment never depends on colour.
struct Style: Sendable {
    /// Whether to emit escape sequences at all.
    var colour: Bool

    /// No styling at all.
    static let plain = Style(colour: false)

    /// Table headers, and the name in a member, contact or application summary.
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// Faint text; no verb uses it yet.
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// A state that is as it should be: an active member, a valid token, a reachable database.
    func green(_ text: String) -> String { wrap(text, "32") }
    /// A state that is over or broken: a terminated member, a revoked token, no database.
    func red(_ text: String) -> String { wrap(text, "31") }
    /// A state that needs attention: a suspended member, a pending migration or restart.
    func yellow(_ text: String) -> String { wrap(text, "33") }

    /// `text` between an SGR `code` and a reset; empty text stays empty, so an empty cell never
    /// carries escape codes.
    private func wrap(_ text: String, _ code: String) -> String {
        colour && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
