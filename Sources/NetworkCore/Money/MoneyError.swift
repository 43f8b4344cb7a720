/// Why a `Money` value or operation was refused.
///
/// Money never silently wraps, rounds without being asked, or mixes currencies: each of those
/// is one of these cases instead, so a caller can tell a bug (mixed currencies) from input it
/// should report (a bad currency code).
public enum MoneyError: Error, Sendable, Hashable {
    /// Two amounts in different currencies met in one operation (left operand first).
    case currencyMismatch(Currency, Currency)
    /// The result does not fit in `Int64` minor units.
    case overflow
    /// A currency code that is not three ASCII capital letters.
    case invalidCurrencyCode(String)
    /// A fraction or rate with a denominator that is not positive.
    case invalidDenominator(Int64)
    /// Allocation weights that are empty, negative, or all zero.
    case invalidWeights([Int64])
}
