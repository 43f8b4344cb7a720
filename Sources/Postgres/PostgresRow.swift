/// One row of a ``PostgresResult``; values are read by column name.
public struct PostgresRow: Sendable {
    let storage: PostgresResult.Storage
    let index: Int

    /// The column names, in result order.
    public var columns: [String] { storage.columns }

    /// The raw text of a column: `nil` for SQL `NULL` and for a column the result does not have.
    public subscript(column: String) -> String? {
        guard let position = storage.columnIndex[column] else { return nil }
        return storage.rows[index][position]
    }

    /// Whether the result has a column with this name.
    public func contains(_ column: String) -> Bool {
        storage.columnIndex[column] != nil
    }

    /// Decodes a column into a Swift type.
    ///
    /// SQL `NULL` is accepted only when `T` is optional: `row.decode("email", as: String?.self)`.
    ///
    /// - Throws: ``PostgresError`` of kind ``PostgresError/Kind/decoding`` with
    ///   ``PostgresError/column`` set, when the column is missing, is `NULL` for a non-optional
    ///   type, or its text is not a valid `T`.
    public func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let position = storage.columnIndex[column] else {
            throw PostgresError.decoding("no column named \"\(column)\" in the result", column: column)
        }
        guard let text = storage.rows[index][position] else {
            guard let null = T.postgresNullValue else {
                throw PostgresError.decoding("column \"\(column)\" is NULL; decode as \(T.self)? to accept NULL", column: column)
            }
            return null
        }
        do {
            return try T.decode(postgresText: text)
        } catch var error as PostgresError {
            error.message = "column \"\(column)\" as \(T.self): \(error.message)"
            error.column = column
            throw error
        }
    }
}
