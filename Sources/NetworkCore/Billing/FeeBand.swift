/// What a council's band is looked up by.
public enum BandMeasure: String, Codable, Sendable, Hashable, CaseIterable {
    /// Residents.
    case population
    /// Controllable budget in minor units (what it sums is the schedule's `BudgetMeasure`).
    case budget
}

/// One row of a band table: members whose figure is at least `lower` and below `upper` pay `fee`.
///
/// The lower bound is **inclusive** and the upper bound **exclusive** — a council of exactly
/// 250,000 people is in the band `250,000 – 500,000`, not `100,000 – 250,000` — and the last
/// band has no upper bound.
public struct FeeBand: Sendable, Hashable {
    public var lower: Int64
    /// Exclusive; `nil` for the open-ended last band.
    public var upper: Int64?
    /// The year's fee for this band, in minor units.
    public var fee: Int64

    public init(lower: Int64, upper: Int64?, fee: Int64) {
        self.lower = lower
        self.upper = upper
        self.fee = fee
    }

    /// Whether `value` falls in this band: `lower ≤ value < upper`.
    public func contains(_ value: Int64) -> Bool { value >= lower && (upper.map { value < $0 } ?? true) }

    /// `250,000–500,000` or `500,000+`, as people read bounds.
    public var rangeText: String {
        let low = lower.groupedInThousands
        guard let upper else { return "\(low)+" }
        return "\(low)–\(upper.groupedInThousands)"
    }
}

/// A tier's bands by one measure: validated to cover every value from 0 upwards exactly once.
public struct BandTable: Sendable, Hashable {
    public let measure: BandMeasure
    /// In ascending order of `lower`; contiguous, the first from 0, the last open-ended.
    public let bands: [FeeBand]

    /// The bands, checked.
    ///
    /// Bands may arrive in any order; they are sorted by lower bound and must then start at 0,
    /// each begin where the previous one ends, and end with one that has no upper bound.
    ///
    /// - Parameter field: the wire field the errors name, e.g. `tiers[0].populationBands`.
    /// - Throws: `NetworkError.validation` naming each offending band by its position (1-based,
    ///   as sent) and range: overlaps, gaps, a first band above 0, a bounded last band, an upper
    ///   bound not above the lower, a negative bound or fee, no bands at all.
    public init(measure: BandMeasure, bands: [FeeBand], field: String) throws(NetworkError) {
        var errors: [FieldError] = []
        if bands.isEmpty { errors.append(FieldError(field: field, message: "must list at least one band")) }
        for (index, band) in bands.enumerated() {
            let name = "band \(index + 1) (\(band.rangeText))"
            if band.lower < 0 { errors.append(FieldError(field: field, message: "\(name): the lower bound must not be negative")) }
            if let upper = band.upper, upper <= band.lower {
                errors.append(FieldError(field: field, message: "\(name): the upper bound must be above the lower bound"))
            }
            if band.fee < 0 { errors.append(FieldError(field: field, message: "\(name): the fee must not be negative")) }
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        let order = bands.indices.sorted { bands[$0].lower < bands[$1].lower }
        let first = bands[order[0]]
        if first.lower != 0 {
            errors.append(FieldError(field: field, message: "band \(order[0] + 1) (\(first.rangeText)) must start at 0: values below \(first.lower.groupedInThousands) have no band"))
        }
        for (previousIndex, index) in zip(order, order.dropFirst()) {
            let previous = bands[previousIndex], band = bands[index]
            let names = "bands \(previousIndex + 1) (\(previous.rangeText)) and \(index + 1) (\(band.rangeText))"
            guard let end = previous.upper else {
                errors.append(FieldError(field: field, message: "\(names) overlap: band \(previousIndex + 1) has no upper bound"))
                continue
            }
            if band.lower < end {
                errors.append(FieldError(field: field, message: "\(names) overlap from \(band.lower.groupedInThousands) to \(min(end, band.upper ?? end).groupedInThousands)"))
            } else if band.lower > end {
                errors.append(FieldError(field: field, message: "\(names) leave a gap: \(end.groupedInThousands) to \(band.lower.groupedInThousands) has no band"))
            }
        }
        let last = bands[order[order.count - 1]]
        if let upper = last.upper {
            errors.append(FieldError(field: field, message: "band \(order[order.count - 1] + 1) (\(last.rangeText)) is the last and must have no upper bound: \(upper.groupedInThousands) and above have no band"))
        }
        if !errors.isEmpty { throw NetworkError.validation(errors) }
        self.measure = measure
        self.bands = order.map { bands[$0] }
    }

    /// The band `value` falls in, with its position (1-based, in ascending order).
    ///
    /// A validated table covers every value ≥ 0 once, so this is `nil` only for a negative value.
    public func band(for value: Int64) -> (position: Int, band: FeeBand)? {
        for (index, band) in bands.enumerated() where band.contains(value) { return (index + 1, band) }
        return nil
    }
}
