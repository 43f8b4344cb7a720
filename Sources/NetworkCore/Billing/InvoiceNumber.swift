/// An invoice's or credit note's number: `{SHORT}-{YEAR}-{NNNN}`, e.g. `CCIN-2026-0001`.
///
/// The series is the network's short name and the calendar year the membership year starts
/// in (`CCIN-2026`); credit notes have their own series (`CCIN-CN-2026`). Numbers within a
/// series run 1, 2, 3… with no gap — the database allocates them at issue from the series'
/// locked counter row — and are written with at least four digits (`0001`, `12345`).
public struct InvoiceNumber: Sendable, Hashable, CustomStringConvertible {
    /// The series, such as `CCIN-2026`.
    public let series: String
    /// The position in the series, from 1.
    public let number: Int

    public init(series: String, number: Int) {
        self.series = series
        self.number = number
    }

    /// The series of invoices dated in the year that starts in `startYear`.
    public static func invoiceSeries(shortName: String, startYear: Int) -> String { "\(shortName)-\(startYear)" }

    /// The series of credit notes of that year.
    public static func creditNoteSeries(shortName: String, startYear: Int) -> String { "\(shortName)-CN-\(startYear)" }

    /// `CCIN-2026-0001`.
    public var description: String {
        let digits = String(number)
        return series + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
