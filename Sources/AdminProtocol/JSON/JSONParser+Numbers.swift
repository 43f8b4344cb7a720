/// JSON numbers, read by ``JSONParser`` by the rules its documentation gives: whole numbers within
/// `Int64` become `.integer` however they are written, anything else `Double(String)`'s value.
extension JSONParser {
    /// Reads a number by RFC 8259's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws(JSONCoding.ReadError) -> JSONValue {
        let start = index
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        guard let first = peek(), isDigit(first) else { throw .malformed("invalid number") }
        index += 1
        if first == UInt8(ascii: "0") {
            if let next = peek(), isDigit(next) { throw .malformed("leading zero in a number") }
        } else {
            skipDigits()
        }
        let integerEnd = index
        var fractionEnd = index
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let next = peek(), isDigit(next) else { throw .malformed("invalid number") }
            skipDigits()
            fractionEnd = index
        }
        var exponent = 0
        if let marker = peek(), marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponentNegative = sign == UInt8(ascii: "-")
                index += 1
            }
            guard let next = peek(), isDigit(next) else { throw .malformed("invalid number") }
            while let digit = peek(), isDigit(digit) {
                // Saturates: anything this large is out of every range anyway.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(digit - UInt8(ascii: "0")) }
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        let isPlainInteger = fractionEnd == integerEnd && index == integerEnd
        if isPlainInteger, integerEnd - integerStart <= 18 {
            // Up to 18 digits always fit in Int64.
            var value: Int64 = 0
            for position in integerStart..<integerEnd { value = value * 10 + Int64(bytes[position] - UInt8(ascii: "0")) }
            return .integer(negative ? -value : value)
        }
        let fractionDigits = fractionEnd > integerEnd ? (integerEnd + 1)..<fractionEnd : fractionEnd..<fractionEnd
        if let integer = wholeNumber(negative: negative, integerDigits: integerStart..<integerEnd,
                                     fractionDigits: fractionDigits, exponent: exponent)
        {
            return .integer(integer)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let double = Double(text), double.isFinite else { throw .malformed("number out of range") }
        // A number that is not whole may still round to a whole Double (111111111111111111.1 →
        // 111111111111111104). Kept as `.double`, it would be written "1.111111111111111e+17",
        // which reads back as the whole number 111111111111111100: a different value.
        if let integer = Int64(exactly: double) { return .integer(integer) }
        return .double(double)
    }

    /// The number's value if it is a whole number within `Int64`, computed exactly from its digits.
    private func wholeNumber(negative: Bool, integerDigits: Range<Int>, fractionDigits: Range<Int>, exponent: Int) -> Int64? {
        // The significant digits, without leading or trailing zeros, and their power of ten.
        let fraction = fractionDigits
        func digit(_ position: Int) -> UInt8 {
            // Positions run over the integer digits, then the fraction digits.
            position < integerDigits.count
                ? bytes[integerDigits.lowerBound + position] : bytes[fraction.lowerBound + position - integerDigits.count]
        }
        let total = integerDigits.count + fraction.count
        var first = 0
        while first < total, digit(first) == UInt8(ascii: "0") { first += 1 }
        if first == total { return 0 }
        var last = total
        while digit(last - 1) == UInt8(ascii: "0") { last -= 1 }
        let power = exponent - fraction.count + (total - last)
        guard power >= 0, (last - first) + power <= 19 else { return nil }
        var value: Int64 = 0
        for position in first..<last {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            let digitValue = Int64(digit(position) - UInt8(ascii: "0"))
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digitValue) : shifted.addingReportingOverflow(digitValue)
            guard !overflow2 else { return nil }
            value = next
        }
        for _ in 0..<power {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = shifted
        }
        return value
    }
}
