import NetworkCore
import Postgres

/// A year's fee schedule as stored, with who changed it last.
public struct FeeScheduleRecord: Sendable, Hashable {
    public var schedule: FeeSchedule
    /// The schedule's tiers in the tiers' sort order (full, associate, affiliate…).
    public var tierOrder: [String]
    public var version: Int
    public var updatedBy: String
    public var updatedAt: String
}

/// Reads and replaces fee schedules. The database backs up the core's band checks: bands of a
/// tier never overlap (exclusion constraint) and cover 0 upwards with no gap (checked at commit).
public enum FeeStore {
    /// The schedule of the year starting in `year.startYear`, or `nil` when none is set.
    ///
    /// - Throws: `PostgresError`; `NetworkError.validation` if stored bands no longer validate
    ///   (they cannot, given the constraints).
    public static func get(_ year: MembershipYear, forUpdate: Bool = false, on connection: PostgresConnection) throws -> FeeScheduleRecord? {
        let lock: SQL = forUpdate ? " FOR UPDATE" : ""
        guard let head = try connection.query("""
            SELECT currency, vat_basis_points, pro_rata, budget_measure, version, updated_by, to_json(updated_at) #>> '{}' AS updated_at
            FROM fee_schedule WHERE start_year = \(year.startYear)\(lock)
            """).first else { return nil }
        let bands = try connection.query("""
            SELECT tier, measure, lower_bound, upper_bound, fee FROM fee_band WHERE start_year = \(year.startYear)
            ORDER BY tier, measure, lower_bound
            """)
        var bandsByKey: [String: [FeeBand]] = [:]
        for row in bands {
            let key = "\(try row.decode("tier", as: String.self))/\(try row.decode("measure", as: String.self))"
            bandsByKey[key, default: []].append(FeeBand(lower: try row.decode("lower_bound"), upper: try row.decode("upper_bound"),
                                                        fee: try row.decode("fee")))
        }
        var tiers: [String: TierFee] = [:]
        var order: [String] = []
        for row in try connection.query("""
            SELECT f.tier, f.flat_fee, f.band_basis FROM fee_tier f JOIN tier t ON t.code = f.tier
            WHERE f.start_year = \(year.startYear) ORDER BY t.sort_order, t.code
            """) {
            let tier: String = try row.decode("tier")
            order.append(tier)
            let basis = try (row.decode("band_basis", as: String?.self)).flatMap(BandBasis.init(rawValue:))
            let population = try bandsByKey["\(tier)/population"].map { try BandTable(measure: .population, bands: $0, field: "bands") }
            let budget = try bandsByKey["\(tier)/budget"].map { try BandTable(measure: .budget, bands: $0, field: "bands") }
            tiers[tier] = try TierFee(tier: tier, flatFee: try row.decode("flat_fee"), basis: basis, populationBands: population,
                                      budgetBands: budget, field: "tiers")
        }
        let currencyCode: String = try head.decode("currency")
        let schedule = FeeSchedule(
            year: year, currency: try Currency(code: currencyCode), vat: try VATRate(basisPoints: try head.decode("vat_basis_points")),
            proRata: ProRataRule(rawValue: try head.decode("pro_rata")) ?? .monthly,
            budgetMeasure: BudgetMeasure(rawValue: try head.decode("budget_measure")) ?? .revenue, tiers: tiers)
        return FeeScheduleRecord(schedule: schedule, tierOrder: order, version: try head.decode("version"), updatedBy: try head.decode("updated_by"),
                                 updatedAt: try head.decode("updated_at"))
    }

    /// Replaces the year's whole schedule with `schedule` (the version goes up).
    ///
    /// - Returns: the schedule as stored.
    public static func replace(_ schedule: FeeSchedule, actor: String, on connection: PostgresConnection) throws -> FeeScheduleRecord {
        let year = schedule.year.startYear
        try connection.execute("""
            INSERT INTO fee_schedule AS s (start_year, currency, vat_basis_points, pro_rata, budget_measure, updated_by)
            VALUES (\(year), \(schedule.currency.code), \(schedule.vat.basisPoints), \(schedule.proRata.rawValue),
                    \(schedule.budgetMeasure.rawValue), \(actor))
            ON CONFLICT (start_year) DO UPDATE SET currency = EXCLUDED.currency, vat_basis_points = EXCLUDED.vat_basis_points,
                pro_rata = EXCLUDED.pro_rata, budget_measure = EXCLUDED.budget_measure, updated_by = EXCLUDED.updated_by,
                updated_at = clock_timestamp(), version = s.version + 1
            """)
        try connection.execute("DELETE FROM fee_tier WHERE start_year = \(year)")
        for fee in schedule.tiers.values.sorted(by: { $0.tier < $1.tier }) {
            try connection.execute("""
                INSERT INTO fee_tier (start_year, tier, flat_fee, band_basis) VALUES (\(year), \(fee.tier), \(fee.flatFee), \(fee.basis?.rawValue))
                """)
            for table in [fee.populationBands, fee.budgetBands].compactMap({ $0 }) {
                for band in table.bands {
                    try connection.execute("""
                        INSERT INTO fee_band (start_year, tier, measure, lower_bound, upper_bound, fee)
                        VALUES (\(year), \(fee.tier), \(table.measure.rawValue), \(band.lower), \(band.upper), \(band.fee))
                        """)
                }
            }
        }
        guard let stored = try get(schedule.year, on: connection) else {
            throw PostgresError(kind: .decoding, message: "fee_schedule vanished", column: nil)
        }
        return stored
    }
}
