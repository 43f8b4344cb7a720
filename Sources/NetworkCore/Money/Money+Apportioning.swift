/// Shares of an amount, in integer arithmetic only: pro rata fees, rates such as VAT, and
/// splitting a total into parts that add up to it exactly.
extension Money {
    /// How a share that falls between two minor units is rounded.
    ///
    /// Every rule is symmetric about zero (it acts on the magnitude and keeps the sign), so the
    /// share of a credit is exactly the negation of the share of the matching charge.
    public enum Rounding: Sendable, Hashable, CaseIterable {
        /// Drop the remainder: 1.9p → 1p, -1.9p → -1p.
        case towardZero
        /// Any remainder adds a minor unit: 1.1p → 2p, -1.1p → -2p.
        case awayFromZero
        /// To the nearest minor unit, halves away from zero: 1.5p → 2p, 2.5p → 3p (commercial rounding).
        case toNearestOrAwayFromZero
        /// To the nearest minor unit, halves to the even one: 1.5p → 2p, 2.5p → 2p (banker's rounding).
        case toNearestOrEven
    }

    /// `self × numerator ÷ denominator`, rounded by `rounding`: the pro rata share.
    ///
    /// A year's fee for the whole months left is `fee.fraction(numerator: monthsLeft,
    /// denominator: 12, rounding: …)`. The product is computed in 128 bits, so only a result
    /// that itself leaves `Int64` overflows. A negative `numerator` gives a negative share.
    ///
    /// - Throws: `MoneyError.invalidDenominator` unless `denominator > 0`;
    ///   `MoneyError.overflow` when the rounded result leaves `Int64`.
    public func fraction(numerator: Int64, denominator: Int64, rounding: Rounding) throws(MoneyError) -> Money {
        guard denominator > 0 else { throw MoneyError.invalidDenominator(denominator) }
        let negative = (minorUnits < 0) != (numerator < 0)
        let product = minorUnits.magnitude.multipliedFullWidth(by: numerator.magnitude)
        let divisor = denominator.magnitude
        // The quotient fits in 64 bits exactly when the high half is below the divisor.
        guard product.high < divisor else { throw MoneyError.overflow }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        var magnitude = quotient
        if Self.roundsAway(quotient: quotient, remainder: remainder, divisor: divisor, rounding: rounding) {
            guard magnitude < UInt64.max else { throw MoneyError.overflow }
            magnitude += 1
        }
        return Money(minorUnits: try Self.signed(magnitude, negative: negative), currency: currency)
    }

    /// `self × basisPoints ÷ 10,000`, rounded by `rounding`: a rate such as VAT.
    ///
    /// 20 % VAT is 2,000 basis points: `£123.45.portion(basisPoints: 2_000, rounding:
    /// .toNearestOrAwayFromZero)` is £24.69.
    ///
    /// - Throws: `MoneyError.overflow` when the result leaves `Int64`.
    public func portion(basisPoints: Int64, rounding: Rounding) throws(MoneyError) -> Money {
        try fraction(numerator: basisPoints, denominator: 10_000, rounding: rounding)
    }

    /// `self` split in proportion to `weights`, with shares that add up to `self` exactly.
    ///
    /// Each share is first rounded toward zero; the minor units left over (fewer than the
    /// number of weights) go one each to the shares with the largest remainders, the earlier
    /// share first on a tie (the largest-remainder method). A zero weight gets nothing. Every
    /// share has the sign of `self`.
    ///
    /// - Throws: `MoneyError.invalidWeights` when `weights` is empty, has a negative weight or
    ///   adds up to zero; `MoneyError.overflow` when the weights' total leaves `Int64`.
    public func allocated(weights: [Int64]) throws(MoneyError) -> [Money] {
        guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }) else { throw MoneyError.invalidWeights(weights) }
        var total: Int64 = 0
        for weight in weights {
            let (sum, overflow) = total.addingReportingOverflow(weight)
            guard !overflow else { throw MoneyError.overflow }
            total = sum
        }
        guard total > 0 else { throw MoneyError.invalidWeights(weights) }
        let divisor = total.magnitude
        var shares: [UInt64] = []
        var remainders: [UInt64] = []
        for weight in weights {
            // share ≤ |self| because weight ≤ total, so the quotient always fits.
            let (share, remainder) = divisor.dividingFullWidth(minorUnits.magnitude.multipliedFullWidth(by: weight.magnitude))
            shares.append(share)
            remainders.append(remainder)
        }
        var leftover = minorUnits.magnitude - shares.reduce(0, +)
        let byRemainder = remainders.indices.sorted { remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1) }
        for index in byRemainder where leftover > 0 {
            shares[index] += 1
            leftover -= 1
        }
        var result: [Money] = []
        for share in shares {
            result.append(Money(minorUnits: try Self.signed(share, negative: minorUnits < 0), currency: currency))
        }
        return result
    }

    /// `self` split into `parts` shares as equal as minor units allow, adding up to `self`;
    /// the earlier shares take the odd minor units (£10.00 in 3 is £3.34, £3.33, £3.33).
    ///
    /// - Throws: `MoneyError.invalidWeights` unless `parts ≥ 1`.
    public func allocated(into parts: Int) throws(MoneyError) -> [Money] {
        guard parts >= 1 else { throw MoneyError.invalidWeights([]) }
        return try allocated(weights: Array(repeating: 1, count: parts))
    }

    /// Whether `rounding` turns `quotient` (with `remainder` of `divisor` left) into `quotient + 1`.
    private static func roundsAway(quotient: UInt64, remainder: UInt64, divisor: UInt64, rounding: Rounding) -> Bool {
        guard remainder != 0 else { return false }
        // remainder < divisor ≤ 2^63, so twice the remainder cannot overflow.
        let twice = remainder * 2
        switch rounding {
        case .towardZero: return false
        case .awayFromZero: return true
        case .toNearestOrAwayFromZero: return twice >= divisor
        case .toNearestOrEven: return twice > divisor || (twice == divisor && quotient % 2 == 1)
        }
    }

    /// `magnitude` with a sign, as `Int64`.
    ///
    /// - Throws: `MoneyError.overflow` when it does not fit (`Int64.min` is the one value
    ///   whose magnitude exceeds `Int64.max`).
    private static func signed(_ magnitude: UInt64, negative: Bool) throws(MoneyError) -> Int64 {
        let limit = Int64.max.magnitude
        if negative {
            guard magnitude <= limit + 1 else { throw MoneyError.overflow }
            return magnitude == limit + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= limit else { throw MoneyError.overflow }
        return Int64(magnitude)
    }
}
