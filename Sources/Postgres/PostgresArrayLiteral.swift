/// Encoding and parsing of one-dimensional PostgreSQL array literals in text format.
///
/// Encoding quotes every non-NULL element and escapes `"` and `\`, so commas, braces, blanks
/// and the word `NULL` inside values stay data. Parsing follows `array_in`: optional dimension
/// decoration (`[1:3]=`), quoted elements with backslash escapes, unquoted elements trimmed of
/// blanks, and unquoted `NULL` (any case) as SQL `NULL`.
enum PostgresArrayLiteral {
    /// Builds `{"a","b",NULL}` from element texts; `nil` is `NULL`.
    static func encode(_ elements: [String?]) -> String {
        var result = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { result += "," }
            guard let element else {
                result += "NULL"
                continue
            }
            result += "\""
            for character in element.unicodeScalars {
                if character == "\"" || character == "\\" { result += "\\" }
                result.unicodeScalars.append(character)
            }
            result += "\""
        }
        return result + "}"
    }

    /// Parses a one-dimensional array literal into element texts; `nil` is `NULL`.
    ///
    /// - Throws: A decoding ``PostgresError`` for malformed or nested literals.
    static func parse(_ text: String) throws -> [String?] {
        var scalars = Substring(text).unicodeScalars[...]
        // Skip dimension decoration such as "[1:3]=".
        if scalars.first == "[" {
            guard let equals = scalars.firstIndex(of: "=") else { throw malformed(text) }
            scalars = scalars[scalars.index(after: equals)...]
        }
        guard scalars.first == "{", scalars.last == "}" else { throw malformed(text) }
        scalars = scalars.dropFirst().dropLast()

        var elements: [String?] = []
        var index = scalars.startIndex
        if scalars.allSatisfy(isBlank) { return [] }
        while true {
            while index < scalars.endIndex, isBlank(scalars[index]) { index = scalars.index(after: index) }
            guard index < scalars.endIndex else { throw malformed(text) }
            var element = String.UnicodeScalarView()
            var quoted = false
            if scalars[index] == "{" {
                throw PostgresError.decoding("multi-dimensional arrays are not supported", value: text)
            } else if scalars[index] == "\"" {
                quoted = true
                index = scalars.index(after: index)
                while true {
                    guard index < scalars.endIndex else { throw malformed(text) }
                    let scalar = scalars[index]
                    index = scalars.index(after: index)
                    if scalar == "\"" { break }
                    if scalar == "\\" {
                        guard index < scalars.endIndex else { throw malformed(text) }
                        element.append(scalars[index])
                        index = scalars.index(after: index)
                    } else {
                        element.append(scalar)
                    }
                }
                while index < scalars.endIndex, isBlank(scalars[index]) { index = scalars.index(after: index) }
            } else {
                while index < scalars.endIndex, scalars[index] != "," {
                    let scalar = scalars[index]
                    if scalar == "\"" || scalar == "{" || scalar == "}" { throw malformed(text) }
                    if scalar == "\\" {
                        quoted = true  // an escaped unquoted NULL is the text "NULL"
                        index = scalars.index(after: index)
                        guard index < scalars.endIndex else { throw malformed(text) }
                    }
                    element.append(scalars[index])
                    index = scalars.index(after: index)
                }
                while let last = element.last, isBlank(last) { element.removeLast() }
            }
            let value = String(element)
            elements.append(!quoted && value.uppercased() == "NULL" ? nil : value)
            if index == scalars.endIndex { return elements }
            guard scalars[index] == "," else { throw malformed(text) }
            index = scalars.index(after: index)
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }

    private static func malformed(_ text: String) -> PostgresError {
        PostgresError.decoding("malformed array literal", value: text)
    }
}
