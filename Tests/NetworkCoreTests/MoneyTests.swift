import NetworkCore
import Testing

/// Money arithmetic is exact: it refuses mixed currencies and overflow with a typed error, and
/// rounds only where asked, by the rule asked for.
@Suite("Money")
struct MoneyTests {
    static func gbp(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .gbp) }

    // MARK: - Currency

    @Test(arguments: [("GBP", 2), ("EUR", 2), ("CHF", 2), ("JPY", 0), ("KRW", 0), ("ISK", 0), ("CLP", 0), ("VND", 0),
                      ("XAF", 0), ("XOF", 0), ("UGX", 0), ("PYG", 0), ("BHD", 3), ("KWD", 3), ("OMR", 3), ("JOD", 3),
                      ("TND", 3), ("LYD", 3), ("IQD", 3)] as [(String, Int)])
    func aCurrencyKnowsItsMinorUnitExponent(code: String, exponent: Int) throws {
        #expect(try Currency(code: code).minorUnitExponent == exponent)
    }

    @Test(arguments: ["", "GB", "GBPX", "gbp", "Gbp", "G1P", "£", "GB ", " GBP", "ÄBC", "ＧＢＰ"])
    func aCurrencyCodeMustBeThreeASCIICapitals(code: String) {
        #expect(throws: MoneyError.invalidCurrencyCode(code)) { try Currency(code: code) }
    }

    @Test func theNamedCurrenciesEqualTheirParsedCodes() throws {
        #expect(try Currency(code: "GBP") == .gbp)
        #expect(try Currency(code: "JPY") == .jpy)
        #expect(Currency.gbp.minorUnitsPerMajorUnit == 100)
        #expect(try Currency(code: "KWD").minorUnitsPerMajorUnit == 1_000)
        #expect(Currency.jpy.minorUnitsPerMajorUnit == 1)
    }

    // MARK: - Arithmetic

    @Test func addingAndSubtractingKeepTheCurrency() throws {
        #expect(try Self.gbp(1_050).adding(Self.gbp(250)) == Self.gbp(1_300))
        #expect(try Self.gbp(1_050).subtracting(Self.gbp(2_000)) == Self.gbp(-950))
        #expect(try Self.gbp(1_050).multiplied(by: 3) == Self.gbp(3_150))
        #expect(try Self.gbp(1_050).negated() == Self.gbp(-1_050))
    }

    @Test func mixingCurrenciesIsRefusedNamingBoth() {
        let euros = Money(minorUnits: 100, currency: .eur)
        #expect(throws: MoneyError.currencyMismatch(.gbp, .eur)) { try Self.gbp(100).adding(euros) }
        #expect(throws: MoneyError.currencyMismatch(.eur, .gbp)) { try euros.subtracting(Self.gbp(100)) }
        #expect(throws: MoneyError.currencyMismatch(.gbp, .eur)) { try Self.gbp(1).isLess(than: euros) }
    }

    @Test func overflowIsRefusedNotWrapped() {
        #expect(throws: MoneyError.overflow) { try Self.gbp(.max).adding(Self.gbp(1)) }
        #expect(throws: MoneyError.overflow) { try Self.gbp(.min).subtracting(Self.gbp(1)) }
        #expect(throws: MoneyError.overflow) { try Self.gbp(.max / 2 + 1).multiplied(by: 2) }
        #expect(throws: MoneyError.overflow) { try Self.gbp(.min).negated() }
        #expect(throws: MoneyError.overflow) { try Money.sum([Self.gbp(.max), Self.gbp(1), Self.gbp(-5)], in: .gbp) }
    }

    @Test func aSumOfNothingIsZeroInTheNamedCurrency() throws {
        #expect(try Money.sum([], in: .eur) == .zero(.eur))
        #expect(try Money.sum([Self.gbp(1), Self.gbp(2), Self.gbp(-4)], in: .gbp) == Self.gbp(-1))
        let mixed = [Self.gbp(1), Money(minorUnits: 2, currency: .usd)]
        #expect(throws: MoneyError.currencyMismatch(.gbp, .usd)) { try Money.sum(mixed, in: .gbp) }
        #expect(throws: MoneyError.currencyMismatch(.eur, .gbp)) { try Money.sum([Self.gbp(1)], in: .eur) }
    }

    @Test func amountsOfOneCurrencyCompareByValueAndMixedListsSortByCurrency() throws {
        #expect(Self.gbp(-5) < Self.gbp(3))
        #expect(try Self.gbp(-5).isLess(than: Self.gbp(3)))
        #expect([Self.gbp(3), Self.gbp(-1), Self.gbp(2)].sorted() == [Self.gbp(-1), Self.gbp(2), Self.gbp(3)])
        let dollars = Money(minorUnits: 1, currency: .usd)
        let euros = Money(minorUnits: 500, currency: .eur)
        #expect([dollars, Self.gbp(9), euros, Self.gbp(1)].sorted() == [euros, Self.gbp(1), Self.gbp(9), dollars])
    }

    // MARK: - Pro rata and rates

    /// £250.00 a year for the whole months left: exact, or rounded by the rule named.
    @Test(arguments: [
        (12, Money.Rounding.towardZero, 25_000), (1, .towardZero, 2_083), (1, .awayFromZero, 2_084),
        (1, .toNearestOrAwayFromZero, 2_083), (5, .towardZero, 10_416), (5, .toNearestOrAwayFromZero, 10_417),
        (6, .toNearestOrEven, 12_500), (11, .toNearestOrAwayFromZero, 22_917),
    ] as [(Int64, Money.Rounding, Int64)])
    func aProRataFeeIsTheFractionOfTheYearRoundedAsAsked(monthsLeft: Int64, rounding: Money.Rounding, expected: Int64) throws {
        #expect(try Self.gbp(25_000).fraction(numerator: monthsLeft, denominator: 12, rounding: rounding) == Self.gbp(expected))
    }

    /// Halves: 2.5 and 3.5 minor units, and their negations (a credit mirrors its charge).
    @Test(arguments: [
        (Money.Rounding.towardZero, [2, 3, -2, -3]), (.awayFromZero, [3, 4, -3, -4]),
        (.toNearestOrAwayFromZero, [3, 4, -3, -4]), (.toNearestOrEven, [2, 4, -2, -4]),
    ] as [(Money.Rounding, [Int64])])
    func halvesRoundByTheRuleSymmetricallyAboutZero(rounding: Money.Rounding, expected: [Int64]) throws {
        let halves: [Int64] = [5, 7, -5, -7]
        let rounded = try halves.map { try Self.gbp($0).fraction(numerator: 1, denominator: 2, rounding: rounding).minorUnits }
        #expect(rounded == expected)
    }

    @Test func aFractionIsComputedWithoutIntermediateOverflow() throws {
        #expect(try Self.gbp(.max).fraction(numerator: 7, denominator: 7, rounding: .towardZero) == Self.gbp(.max))
        #expect(try Self.gbp(.min).fraction(numerator: 3, denominator: 3, rounding: .towardZero) == Self.gbp(.min))
        #expect(try Self.gbp(.max).fraction(numerator: .max, denominator: .max, rounding: .awayFromZero) == Self.gbp(.max))
        #expect(throws: MoneyError.overflow) { try Self.gbp(.max).fraction(numerator: 2, denominator: 1, rounding: .towardZero) }
        #expect(throws: MoneyError.overflow) { try Self.gbp(.max).fraction(numerator: 3, denominator: 2, rounding: .towardZero) }
        #expect(throws: MoneyError.invalidDenominator(0)) { try Self.gbp(1).fraction(numerator: 1, denominator: 0, rounding: .towardZero) }
        #expect(throws: MoneyError.invalidDenominator(-12)) { try Self.gbp(1).fraction(numerator: 1, denominator: -12, rounding: .towardZero) }
        #expect(try Self.gbp(1_000).fraction(numerator: -1, denominator: 4, rounding: .towardZero) == Self.gbp(-250))
    }

    /// VAT in basis points: 20 % is 2,000.
    @Test(arguments: [(12_345 as Int64, 2_000 as Int64, 2_469 as Int64), (999, 2_000, 200), (1, 2_000, 0), (3, 2_000, 1),
                      (10_000, 500, 500), (10_000, 0, 0), (-12_345, 2_000, -2_469)] as [(Int64, Int64, Int64)])
    func aRateInBasisPointsIsTheRoundedPortion(net: Int64, basisPoints: Int64, vat: Int64) throws {
        #expect(try Self.gbp(net).portion(basisPoints: basisPoints, rounding: .toNearestOrAwayFromZero) == Self.gbp(vat))
    }

    // MARK: - Allocation

    @Test(arguments: [
        (1_000 as Int64, [1, 1, 1] as [Int64], [334, 333, 333] as [Int64]),
        (-1_000, [1, 1, 1], [-334, -333, -333]),
        (100, [1, 2], [33, 67]),
        (5, [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0, 0]),
        (25_000, [7, 5], [14_583, 10_417]),
        (10, [0, 3, 0, 1], [0, 8, 0, 2]),
        (0, [1, 1], [0, 0]),
        (Int64.max, [1, 1], [Int64.max / 2 + 1, Int64.max / 2]),
        (Int64.min, [1, 1], [Int64.min / 2, Int64.min / 2]),
    ] as [(Int64, [Int64], [Int64])])
    func anAllocationAddsUpExactlyAndGivesLeftoversToTheLargestRemainders(total: Int64, weights: [Int64], shares: [Int64]) throws {
        let allocated = try Self.gbp(total).allocated(weights: weights)
        #expect(allocated.map(\.minorUnits) == shares)
        #expect(try Money.sum(allocated, in: .gbp) == Self.gbp(total))
    }

    @Test func anEqualSplitGivesTheOddMinorUnitsToTheEarlierShares() throws {
        #expect(try Self.gbp(1_000).allocated(into: 3).map(\.minorUnits) == [334, 333, 333])
        #expect(try Self.gbp(7).allocated(into: 1) == [Self.gbp(7)])
        #expect(throws: MoneyError.invalidWeights([])) { try Self.gbp(7).allocated(into: 0) }
    }

    @Test(arguments: [[], [0, 0], [1, -1], [-3]] as [[Int64]])
    func allocationWeightsMustBeNonNegativeAndNotAllZero(weights: [Int64]) {
        #expect(throws: MoneyError.invalidWeights(weights)) { try Self.gbp(100).allocated(weights: weights) }
    }

    @Test func allocationWeightsWhoseTotalOverflowsAreRefused() {
        #expect(throws: MoneyError.overflow) { try Self.gbp(100).allocated(weights: [.max, 1]) }
    }
}
