import Postgres

/// The counts `daemon.status` shows, kept by triggers as rows change (migration 0012) rather
/// than counted on every call.
///
/// Writers only insert counter rows (a count is the sum of its rows), so keeping the counts
/// makes no writer wait for another; ``fold(above:)`` keeps the rows few.
public enum StatusCountStore {
    /// The named counters, each the sum of its rows; 0 for one that has never moved.
    public static func counts(_ names: [String]) -> PostgresQuery<[String: Int]> {
        PostgresQuery("""
            SELECT name, sum(n)::bigint AS n FROM status_count WHERE name = ANY(\(names)::text[]) GROUP BY name
            """) { result in
            var counts = Dictionary(names.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
            for row in result {
                counts[try row.decode("name")] = try row.decode("n")
            }
            return counts
        }
    }

    /// Replaces the committed counter rows by one a counter, when there are more than `above`;
    /// answers how many rows it folded (0 when there were not enough to fold).
    ///
    /// Takes only rows no other fold holds: it waits for no writer and no other fold, and the
    /// counts read the same before, during and after it.
    public static func fold(above: Int) -> PostgresQuery<Int> {
        PostgresQuery("SELECT status_count_fold(\(above)::int) AS folded") {
            try $0.first?.decode("folded", as: Int.self) ?? 0
        }
    }
}
