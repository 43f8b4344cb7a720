/// A VAT rate in basis points (2,000 is 20 %), and the VAT on a line.
///
/// VAT is worked out **per line**, on the line's net amount, rounded to the nearest minor unit
/// with halves rounded up (away from zero: 0.5p → 1p), and the invoice's VAT is the sum of its
/// lines' VAT. That is HMRC's "round per line" method, and it makes every line on the
/// document add up on its own.
public struct VATRate: Sendable, Hashable, CustomStringConvertible {
    /// The rate in hundredths of a per cent: 2,000 is 20 %, 1,750 is 17.5 %, 0 is none.
    public let basisPoints: Int

    /// - Throws: `NetworkError.validation` on `field` unless 0 ≤ `basisPoints` ≤ 10,000.
    public init(basisPoints: Int, field: String = "vatBasisPoints") throws(NetworkError) {
        guard (0...10_000).contains(basisPoints) else {
            throw NetworkError.invalid(field, "must be 0 to 10000 basis points (2000 is 20%)")
        }
        self.basisPoints = basisPoints
    }

    /// No VAT.
    public static let none = VATRate(validBasisPoints: 0)

    private init(validBasisPoints: Int) { basisPoints = validBasisPoints }

    /// The VAT on `net`, half up per line.
    ///
    /// - Throws: `MoneyError.overflow` when the result leaves `Int64`.
    public func vat(on net: Money) throws(MoneyError) -> Money {
        try net.portion(basisPoints: Int64(basisPoints), rounding: .toNearestOrAwayFromZero)
    }

    /// `20%`, `17.5%`, `0%`.
    public var description: String {
        let whole = basisPoints / 100
        var fraction = String(basisPoints % 100)
        if basisPoints % 100 == 0 { return "\(whole)%" }
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)%"
    }
}
