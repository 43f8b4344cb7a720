/// An amount of money: a whole number of the currency's minor unit (pence for GBP) and the
/// currency. Never floating point.
///
/// Arithmetic is exact and checked: an operation that would mix currencies or leave `Int64`
/// throws a `MoneyError` instead of trapping, wrapping or converting. Rounding happens only in
/// the apportioning functions (`fraction(numerator:denominator:rounding:)`,
/// `portion(basisPoints:rounding:)`, `allocated(weights:)`), always by a rule the caller names.
public struct Money: Sendable, Hashable {
    /// The amount in the currency's minor unit: `123_400` is £1,234.00.
    public let minorUnits: Int64
    /// The currency `minorUnits` counts.
    public let currency: Currency

    /// `minorUnits` of `currency`'s minor unit.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Nothing, in `currency`: the start of a sum.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Whether the amount is exactly zero.
    public var isZero: Bool { minorUnits == 0 }
    /// Whether the amount is below zero (a credit, a refund).
    public var isNegative: Bool { minorUnits < 0 }

    /// `self + other`.
    ///
    /// - Throws: `MoneyError.currencyMismatch` when the currencies differ;
    ///   `MoneyError.overflow` when the sum leaves `Int64`.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(as: other)
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw MoneyError.overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// `self - other`.
    ///
    /// - Throws: `MoneyError.currencyMismatch` when the currencies differ;
    ///   `MoneyError.overflow` when the difference leaves `Int64`.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        try requireSameCurrency(as: other)
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw MoneyError.overflow }
        return Money(minorUnits: difference, currency: currency)
    }

    /// `self × factor`, such as a fee times a number of members.
    ///
    /// - Throws: `MoneyError.overflow` when the product leaves `Int64`.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw MoneyError.overflow }
        return Money(minorUnits: product, currency: currency)
    }

    /// `-self`: the credit that cancels a charge.
    ///
    /// - Throws: `MoneyError.overflow` for `Int64.min` minor units, which has no negation.
    public func negated() throws(MoneyError) -> Money {
        try Money.zero(currency).subtracting(self)
    }

    /// The total of `amounts`, all in `currency`; zero when there are none.
    ///
    /// `currency` is named rather than taken from the first amount, so an empty list still has
    /// a currency and a list in the wrong one is refused.
    ///
    /// - Throws: `MoneyError.currencyMismatch` at the first amount in another currency
    ///   (`currency` first); `MoneyError.overflow` when a running total leaves `Int64`.
    public static func sum(_ amounts: some Sequence<Money>, in currency: Currency) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// Whether `self` is less than `other`, refusing to compare across currencies.
    ///
    /// Use this, not `<`, wherever both currencies are not already known to be the same.
    ///
    /// - Throws: `MoneyError.currencyMismatch` when the currencies differ.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        try requireSameCurrency(as: other)
        return minorUnits < other.minorUnits
    }

    /// - Throws: `MoneyError.currencyMismatch(self.currency, other.currency)` unless they match.
    func requireSameCurrency(as other: Money) throws(MoneyError) {
        guard currency == other.currency else { throw MoneyError.currencyMismatch(currency, other.currency) }
    }
}

extension Money: Comparable {
    /// Orders amounts of one currency by value.
    ///
    /// - Important: `<` cannot throw, so amounts in different currencies are ordered by currency
    ///   code first (a sorted mixed list comes out grouped by currency). That says nothing about
    ///   their worth; use `isLess(than:)` where the currencies might differ.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        if lhs.currency != rhs.currency { return lhs.currency.code < rhs.currency.code }
        return lhs.minorUnits < rhs.minorUnits
    }
}

extension Money: CustomStringConvertible {
    /// The amount for people, as `formatted`: `£1,234.00`.
    public var description: String { formatted }
}
