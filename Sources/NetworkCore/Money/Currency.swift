/// An ISO 4217 currency: its three-letter code and how many decimal places its minor unit has.
///
/// A `Currency` always holds a well-formed code (three ASCII capital letters); whether the code
/// is one ISO actually assigned is not checked, so a network can use a currency this list does
/// not know. The exponent comes from a short table: 0 for currencies without a minor unit (JPY,
/// KRW, …), 3 for those in thousandths (BHD, KWD, …), 2 for every other code.
public struct Currency: Sendable, Hashable {
    /// The ISO 4217 code, such as `GBP`.
    public let code: String
    /// Decimal places of the minor unit: 2 for GBP (pence), 0 for JPY, 3 for KWD.
    public let minorUnitExponent: Int

    /// The currency with `code`.
    ///
    /// - Throws: `MoneyError.invalidCurrencyCode` unless `code` is exactly three ASCII capital
    ///   letters (`gbp`, `GB`, `£` are refused; nothing is trimmed or case-folded).
    public init(code: String) throws(MoneyError) {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            throw MoneyError.invalidCurrencyCode(code)
        }
        self.init(validCode: code)
    }

    /// A code already known to be three ASCII capitals (the constants below).
    private init(validCode code: String) {
        self.code = code
        if Self.wholeUnitCodes.contains(code) {
            minorUnitExponent = 0
        } else if Self.thousandthCodes.contains(code) {
            minorUnitExponent = 3
        } else {
            minorUnitExponent = 2
        }
    }

    /// Pound sterling, the default currency of a network.
    public static let gbp = Currency(validCode: "GBP")
    /// Euro.
    public static let eur = Currency(validCode: "EUR")
    /// US dollar.
    public static let usd = Currency(validCode: "USD")
    /// Japanese yen (no minor unit).
    public static let jpy = Currency(validCode: "JPY")

    /// The symbol people write before an amount (`£`), or `nil` where the code is written instead.
    public var symbol: String? { Self.symbols[code] }

    /// How many minor units make one major unit: 100 for GBP, 1 for JPY, 1,000 for KWD.
    public var minorUnitsPerMajorUnit: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorUnitExponent { factor *= 10 }
        return factor
    }

    /// Currencies with no minor unit (ISO 4217 exponent 0).
    private static let wholeUnitCodes: Set<String> = ["JPY", "KRW", "ISK", "CLP", "VND", "XAF", "XOF", "UGX", "PYG"]
    /// Currencies whose minor unit is a thousandth (exponent 3).
    private static let thousandthCodes: Set<String> = ["BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"]
    /// The few symbols shown instead of the code; any other currency is written `CHF 1,234.00`.
    private static let symbols: [String: String] = ["GBP": "£", "EUR": "€", "USD": "$", "JPY": "¥"]
}

extension Currency: CustomStringConvertible {
    /// The ISO code, such as `GBP`.
    public var description: String { code }
}
