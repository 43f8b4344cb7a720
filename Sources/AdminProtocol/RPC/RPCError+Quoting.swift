extension RPCError {
    /// At most `limit` Unicode scalars of `text`, ending in "…" when cut: how much of a
    /// caller's input an error message may quote.
    ///
    /// Counting `Character`s would not bound the size: one character may carry any number of
    /// combining marks, so "a" followed by 3,000 U+0301 is one character of 6 kB.
    public static func quoted(_ text: some StringProtocol, limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return String(text) }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars.prefix(limit))
        return String(shown) + "…"
    }
}
