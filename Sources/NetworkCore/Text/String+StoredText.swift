/// Text rules shared by every validator, so that core validation and the schema's CHECK
/// constraints measure text the same way.
extension String {
    /// The length PostgreSQL's `length()` gives: Unicode scalars, not Swift's grapheme clusters.
    ///
    /// A name of 200 decomposed "é" is 200 characters to Swift but 400 to the database; length
    /// rules use this so that such input is refused by validation, naming the field, instead of
    /// by a CHECK constraint.
    public var storedLength: Int { unicodeScalars.count }

    /// The longest prefix whose `storedLength` is at most `limit`, for copying text into a
    /// column with a shorter limit than its source.
    public func prefix(storedLength limit: Int) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.prefix(limit))
        return String(scalars)
    }

    /// Whether the string holds C0/C1 control characters (NUL, escape, …), which no name needs.
    public var containsControlCharacters: Bool {
        unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The string without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
