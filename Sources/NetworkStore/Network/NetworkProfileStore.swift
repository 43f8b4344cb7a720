import NetworkCore
import Postgres

/// Reads and writes the network's settings row.
public enum NetworkProfileStore {
    /// The settings. `forUpdate` locks the row for the rest of the transaction.
    ///
    /// - Throws: `NetworkError.notFound` if the row is missing (a broken schema), `PostgresError`.
    public static func get(on connection: PostgresConnection, forUpdate: Bool = false) throws -> NetworkProfile {
        try connection.run(profile(forUpdate: forUpdate))
    }

    /// The settings, as a query: ``get(on:forUpdate:)`` runs it, `network.get` sends it in its
    /// event loop's pipeline (`PostgresPool.read`).
    public static func profile(forUpdate: Bool = false) -> PostgresQuery<NetworkProfile> {
        let lock: SQL = forUpdate ? " FOR UPDATE" : ""
        return PostgresQuery("""
            SELECT name, short_name, time_zone, currency, year_start_month, founding_year, version FROM network
            """ + lock) { rows in
            guard let row = rows.first else { throw NetworkError.notFound(entity: "network settings", id: "1") }
            return NetworkProfile(
                name: try row.decode("name"), shortName: try row.decode("short_name"), timeZone: try row.decode("time_zone"),
                currency: try row.decode("currency"), yearStartMonth: try row.decode("year_start_month"),
                foundingYear: try row.decode("founding_year"), version: try row.decode("version"))
        }
    }

    /// Whether PostgreSQL knows `name` as a time zone.
    public static func isKnownTimeZone(_ name: String, on connection: PostgresConnection) throws -> Bool {
        try connection.query("SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = \(name)) AS known")
            .first?.decode("known", as: Bool.self) ?? false
    }

    /// Today (YYYY-MM-DD) in the network's time zone, by the network's clock (`network_today()`), and the
    /// network's founding year: the bounds of every membership date.
    public static func membershipCalendar(on connection: PostgresConnection) throws -> (today: String, foundingYear: Int) {
        let rows = try connection.query("""
            SELECT network_today()::text AS today, founding_year FROM network
            """)
        guard let row = rows.first else { throw NetworkError.notFound(entity: "network settings", id: "1") }
        return (try row.decode("today"), try row.decode("founding_year"))
    }

    /// The earliest membership date recorded (member since, a tier change's effective date, an
    /// approval's start), YYYY-MM-DD; `nil` when there is none. The founding year may not move
    /// past it (a trigger holds that too).
    public static func earliestMembershipDate(on connection: PostgresConnection) throws -> String? {
        try connection.query("""
            SELECT least((SELECT min(member_since) FROM member), (SELECT min(effective_on) FROM member_tier_change),
                         (SELECT min(starts_on) FROM application))::text AS earliest
            """).first?.decode("earliest", as: String?.self)
    }

    /// Writes `profile` and bumps the version.
    ///
    /// - Returns: the stored settings with the new version.
    public static func update(_ profile: NetworkProfile, on connection: PostgresConnection) throws -> NetworkProfile {
        try connection.execute("""
            UPDATE network SET name = \(profile.name), short_name = \(profile.shortName), time_zone = \(profile.timeZone),
                currency = \(profile.currency), year_start_month = \(profile.yearStartMonth),
                founding_year = \(profile.foundingYear),
                version = version + 1, updated_at = clock_timestamp()
            """)
        return try get(on: connection)
    }
}
