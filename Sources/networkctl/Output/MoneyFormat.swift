/// Money in human output and on the command line, in exact minor units (never floating point).
///
/// Amounts on the wire are integers of the currency's minor unit (pence for GBP). Shown, they are
/// grouped in thousands with the currency's symbol: `£1,234.00`, `-€12.50`, `¥1,200`, or the
/// ISO code for a currency without a well-known symbol: `CHF 1,234.00`.
enum MoneyFormat {
    /// The currency when the network's cannot be read.
    static let defaultCurrency = "GBP"

    /// Currencies with no minor unit (ISO 4217 exponent 0); every other is taken as 2.
    private static let wholeUnitCurrencies: Set<String> = ["JPY", "KRW", "ISK", "CLP", "VND", "XAF", "XOF", "UGX", "PYG"]
    /// Currencies with an exponent of 3.
    private static let thousandthCurrencies: Set<String> = ["BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"]
    private static let symbols: [String: String] = ["GBP": "£", "EUR": "€", "USD": "$", "JPY": "¥"]

    /// How many decimal places the currency's minor unit has.
    static func exponent(of currency: String) -> Int {
        if wholeUnitCurrencies.contains(currency) { return 0 }
        if thousandthCurrencies.contains(currency) { return 3 }
        return 2
    }

    /// `minorUnits` of `currency` for people: `£1,234.00`.
    static func format(_ minorUnits: Int64, currency: String) -> String {
        let exponent = exponent(of: currency)
        let magnitude = minorUnits.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<exponent { divisor *= 10 }
        var text = grouped(magnitude / divisor)
        if exponent > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: exponent - fraction.count) + fraction
        }
        let sign = minorUnits < 0 ? "-" : ""
        if let symbol = symbols[currency] { return sign + symbol + text }
        return sign + currency + " " + text
    }

    /// An integer grouped in thousands: `242100` → `242,100`.
    static func grouped<T: BinaryInteger>(_ value: T) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// Parses an amount as people write it, in major units, into minor units: `1234`, `1,234.5`,
    /// `£1,234.50`, `GBP 1234.50`. Commas group thousands; at most the currency's decimal places.
    ///
    /// - Returns: `nil` for anything else (negative, too many decimals, stray characters, too big).
    static func parse(_ text: String, currency: String) -> Int64? {
        var rest = Substring(TextFile.trimmed(text))
        if let symbol = symbols[currency], rest.hasPrefix(symbol) {
            rest = rest.dropFirst(symbol.count)
        } else if rest.hasPrefix(currency) {
            rest = rest.dropFirst(currency.count).drop(while: { $0 == " " })
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," }
        let fraction = parts.count > 1 ? parts[1] : ""
        let exponent = exponent(of: currency)
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            fraction.count <= exponent, parts.count == 1 || !fraction.isEmpty, validGrouping(parts[0])
        else { return nil }
        let padded = fraction + String(repeating: "0", count: exponent - fraction.count)
        guard let units = Int64(whole + padded) else { return nil }
        return units
    }

    /// Commas, if any, separate groups of exactly three digits after the first group.
    private static func validGrouping(_ whole: Substring) -> Bool {
        guard whole.contains(",") else { return true }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension Character {
    /// 0–9 only (not other scripts' digits).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
