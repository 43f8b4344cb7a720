/// Whether a code is one ISO 4217 assigns, for refusing `XYZ` where people enter a currency.
extension Currency {
    /// Whether ISO 4217 lists `code` as an active currency (the list of 2024, without the
    /// precious metals, testing and fund codes).
    public var isAssigned: Bool { Self.assignedCodes.contains(code) }

    /// The currency with `code`, when ISO 4217 assigns it.
    ///
    /// - Throws: `NetworkError.validation` on `field`: a malformed code, or one ISO does not assign.
    public static func assigned(_ code: String, field: String = "currency") throws(NetworkError) -> Currency {
        guard let currency = try? Currency(code: code), currency.isAssigned else {
            throw NetworkError.invalid(field, "unknown currency \(code): use an ISO 4217 code such as GBP or EUR")
        }
        return currency
    }

    private static let assignedCodes: Set<String> = Set("""
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF
        CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG
        HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
        MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD
        RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
        USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
