import Postgres

/// The counts `daemon.status` shows, kept by triggers as rows change (migration 0012) rather
/// than counted on every call.
public enum StatusCountStore {
    /// The named counters, each the sum of its shards; 0 for one that has never moved.
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
}
