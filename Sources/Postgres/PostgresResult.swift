import CLibPQ

/// The rows and command outcome of one statement, copied out of libpq.
///
/// A result owns plain Swift strings (the `PGresult` is freed before it is returned), so it is
/// `Sendable` and may outlive the connection and the closure that produced it.
public struct PostgresResult: Sequence, Sendable {
    /// Shared, immutable storage for the rows; rows point into it by index.
    final class Storage: Sendable {
        let columns: [String]
        let columnIndex: [String: Int]
        let rows: [[String?]]

        init(columns: [String], rows: [[String?]]) {
            self.columns = columns
            self.rows = rows
            var index: [String: Int] = [:]
            for (position, name) in columns.enumerated() where index[name] == nil {
                index[name] = position  // the first of duplicate names wins, as in libpq
            }
            self.columnIndex = index
        }
    }

    let storage: Storage

    /// The column names in result order.
    public var columns: [String] { storage.columns }

    /// The number of rows returned.
    public var count: Int { storage.rows.count }

    /// The number of rows inserted, updated, deleted, selected… (`PQcmdTuples`), 0 when not reported.
    public var rowsAffected: Int

    /// The first row, if any.
    public var first: PostgresRow? {
        count > 0 ? PostgresRow(storage: storage, index: 0) : nil
    }

    /// The row at `index` (0-based).
    ///
    /// - Precondition: `0 <= index < count`.
    public subscript(index: Int) -> PostgresRow {
        precondition(index >= 0 && index < count, "row index out of range")
        return PostgresRow(storage: storage, index: index)
    }

    init(columns: [String], rows: [[String?]], rowsAffected: Int) {
        self.storage = Storage(columns: columns, rows: rows)
        self.rowsAffected = rowsAffected
    }

    /// Copies a `PGresult` with status `PGRES_TUPLES_OK` or `PGRES_COMMAND_OK`; does not free it.
    init(copying result: OpaquePointer) {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        var columns: [String] = []
        columns.reserveCapacity(columnCount)
        for column in 0..<columnCount {
            columns.append(PQfname(result, Int32(column)).map { String(cString: $0) } ?? "?column?")
        }
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var values: [String?] = []
            values.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                if PQgetisnull(result, Int32(row), Int32(column)) == 1 {
                    values.append(nil)
                } else {
                    values.append(String(cString: PQgetvalue(result, Int32(row), Int32(column))))
                }
            }
            rows.append(values)
        }
        let affected = PQcmdTuples(result).map { String(cString: $0) } ?? ""
        self.init(columns: columns, rows: rows, rowsAffected: Int(affected) ?? 0)
    }

    /// Iterates the rows in order.
    public struct Iterator: IteratorProtocol {
        let storage: Storage
        var index = 0

        public mutating func next() -> PostgresRow? {
            guard index < storage.rows.count else { return nil }
            defer { index += 1 }
            return PostgresRow(storage: storage, index: index)
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(storage: storage)
    }

    public var underestimatedCount: Int { count }
}
