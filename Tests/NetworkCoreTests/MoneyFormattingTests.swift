import NetworkCore
import Testing

/// Money for people: shown as networkctl shows it (`£1,234.00`, `CHF 1,234.00`), read as people
/// write it, and nothing else read.
@Suite("Money formatting and parsing")
struct MoneyFormattingTests {
    static let chf = try! Currency(code: "CHF")
    static let kwd = try! Currency(code: "KWD")

    @Test(arguments: [
        (123_400 as Int64, Currency.gbp, "£1,234.00"), (-1_250, .eur, "-€12.50"), (1_200, .jpy, "¥1,200"),
        (123_400, chf, "CHF 1,234.00"), (0, .gbp, "£0.00"), (5, .usd, "$0.05"), (-5, .gbp, "-£0.05"),
        (1_500, kwd, "KWD 1.500"), (100_000_000, .gbp, "£1,000,000.00"), (99_999, .jpy, "¥99,999"),
        (Int64.min, .gbp, "-£92,233,720,368,547,758.08"), (Int64.max, .jpy, "¥9,223,372,036,854,775,807"),
    ] as [(Int64, Currency, String)])
    func anAmountIsShownWithSymbolOrCodeGroupedAndEveryDecimal(minorUnits: Int64, currency: Currency, text: String) {
        let money = Money(minorUnits: minorUnits, currency: currency)
        #expect(money.formatted == text)
        #expect(money.description == text)
    }

    @Test(arguments: [
        ("1234", Currency.gbp, 123_400 as Int64), ("1,234.5", .gbp, 123_450), ("£1,234.50", .gbp, 123_450),
        ("GBP 1234.50", .gbp, 123_450), ("GBP1234", .gbp, 123_400), ("  £12.05\n", .gbp, 1_205), ("0.01", .gbp, 1),
        ("¥1,200", .jpy, 1_200), ("JPY 1200", .jpy, 1_200), ("CHF 1,234.00", chf, 123_400), ("KWD 1.5", kwd, 1_500),
        ("1,234,567.89", .gbp, 123_456_789), ("92233720368547758.07", .gbp, Int64.max), ("007", .gbp, 700),
    ] as [(String, Currency, Int64)])
    func anAmountIsReadAsPeopleWriteIt(text: String, currency: Currency, minorUnits: Int64) {
        #expect(Money(parsing: text, currency: currency) == Money(minorUnits: minorUnits, currency: currency))
    }

    @Test(arguments: [
        ("-12", Currency.gbp), ("+12", .gbp), ("", .gbp), ("£", .gbp), ("12.", .gbp), (".5", .gbp), ("1.234", .gbp),
        ("¥1.5", .jpy), ("12,34", .gbp), ("1234,567", .gbp), (",123", .gbp), ("1,,234", .gbp), ("1 234", .gbp),
        ("12a", .gbp), ("€12", .gbp), ("EUR 12", .gbp), ("£ 12", .gbp), ("12 GBP", .gbp), ("١٢", .gbp), ("½", .gbp),
        ("92233720368547758.08", .gbp), ("1e3", .gbp), ("1.2.3", .gbp), ("1\u{301}2", .gbp),
    ] as [(String, Currency)])
    func anythingElseIsNotAnAmount(text: String, currency: Currency) {
        #expect(Money(parsing: text, currency: currency) == nil)
    }

    @Test(arguments: [0, 1, 99, 123_400, 100_000_000, 92_233_720_368_547_758] as [Int64])
    func aShownAmountReadsBackAsTheSameAmount(minorUnits: Int64) {
        for currency in [Currency.gbp, .jpy, Self.chf, Self.kwd] {
            let money = Money(minorUnits: minorUnits, currency: currency)
            #expect(Money(parsing: money.formatted, currency: currency) == money, "\(money)")
        }
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (242_100, "242,100"), (-1_234, "-1,234"),
                      (1_234_567, "1,234,567")] as [(Int, String)])
    func wholeNumbersAreGroupedInThousands(value: Int, text: String) {
        #expect(value.groupedInThousands == text)
    }
}
