/// Money as people read and write it, in exact minor units (never through floating point).
///
/// Shown, amounts are grouped in thousands with the currency's symbol, `£1,234.00`, `-€12.50`,
/// `¥1,200`, or its ISO code where it has no well-known symbol, `CHF 1,234.00`. Read, they may
/// carry the symbol or the code and thousands commas: `1234`, `1,234.5`, `£1,234.50`,
/// `GBP 1234.50`.
extension Money {
    /// The amount for people: sign, symbol or code, thousands grouped, every decimal place of
    /// the minor unit (`£1,234.00`, `-€12.50`, `¥1,200`, `KWD 1.500`, `CHF 1,234.00`).
    public var formatted: String {
        let divisor = currency.minorUnitsPerMajorUnit.magnitude
        let magnitude = minorUnits.magnitude
        var text = (magnitude / divisor).groupedInThousands
        if currency.minorUnitExponent > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: currency.minorUnitExponent - fraction.count) + fraction
        }
        let sign = minorUnits < 0 ? "-" : ""
        if let symbol = currency.symbol { return sign + symbol + text }
        return sign + currency.code + " " + text
    }

    /// An amount of `currency` as people write it, in major units.
    ///
    /// Accepted: optional surrounding white space; then the currency's symbol (`£1,234.50`) or
    /// its code, optionally followed by spaces (`GBP 1234.50`); then ASCII digits, where commas,
    /// if any, group exactly three digits after a first group of one to three (`1,234`, not
    /// `12,34`); then optionally a point and one to the exponent's number of decimals
    /// (`1,234.5` is £1,234.50; `¥1.5` is refused).
    ///
    /// - Returns: `nil` for anything else: a sign (amounts people enter are never negative),
    ///   too many decimals, a trailing point, stray characters, or more than `Int64` minor units.
    public init?(parsing text: String, currency: Currency) {
        var rest = Substring(text.trimmingWhitespace())
        if let symbol = currency.symbol, rest.hasPrefix(symbol) {
            rest = rest.dropFirst(symbol.count)
        } else if rest.hasPrefix(currency.code) {
            rest = rest.dropFirst(currency.code.count).drop(while: { $0 == " " })
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," }
        let fraction = parts.count > 1 ? parts[1] : ""
        let exponent = currency.minorUnitExponent
        guard !whole.isEmpty, whole.allSatisfy(Self.isASCIIDigit), fraction.allSatisfy(Self.isASCIIDigit),
            fraction.count <= exponent, parts.count == 1 || !fraction.isEmpty, Self.hasValidGrouping(parts[0])
        else { return nil }
        let padded = fraction + String(repeating: "0", count: exponent - fraction.count)
        guard let units = Int64(whole + padded) else { return nil }
        self.init(minorUnits: units, currency: currency)
    }

    /// Commas, if any, separate groups of exactly three digits after a first group of one to three.
    private static func hasValidGrouping(_ whole: Substring) -> Bool {
        guard whole.contains(",") else { return true }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// 0–9 only: `Character.isNumber` also accepts other scripts' digits and fractions (`½`),
    /// and the range alone would accept a digit with a combining mark.
    private static func isASCIIDigit(_ character: Character) -> Bool { character.isASCII && ("0"..."9").contains(character) }
}
