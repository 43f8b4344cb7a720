/// One row of a ``PostgresResult``; values are read by column name.
public struct PostgresRow: Sendable {
    @usableFromInline let storage: PostgresResult.Storage
    @usableFromInline let index: Int

    init(storage: PostgresResult.Storage, index: Int) {
        self.storage = storage
        self.index = index
    }

    /// The column names, in result order.
    public var columns: [String] { storage.layout.names }

    /// The raw text of a column: `nil` for SQL `NULL` and for a column the result does not have.
    public subscript(column: String) -> String? {
        guard let position = storage.layout.position(of: column) else { return nil }
        return text(at: position)
    }

    /// Whether the result has a column with this name.
    public func contains(_ column: String) -> Bool {
        storage.layout.position(of: column) != nil
    }

    /// Decodes a column into a Swift type.
    ///
    /// SQL `NULL` is accepted only when `T` is optional: `row.decode("email", as: String?.self)`.
    /// Inlinable, so that each caller gets a copy specialised for its `T` (no generic metadata
    /// looked up per column at run time).
    ///
    /// - Throws: ``PostgresError`` of kind ``PostgresError/Kind/decoding`` with
    ///   ``PostgresError/column`` set, when the column is missing, is `NULL` for a non-optional
    ///   type, or its text is not a valid `T`.
    @inlinable
    public func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let position = storage.layout.position(of: column) else { throw Self.missing(column) }
        guard let text = text(at: position) else {
            guard let null = T.postgresNullValue else { throw Self.null(column, as: T.self) }
            return null
        }
        do {
            return try T.decode(postgresText: text)
        } catch let error as PostgresError {
            throw Self.invalid(error, column, as: T.self)
        }
    }

    /// The text of this row's value in column `position`; `nil` for SQL `NULL`.
    @inlinable
    func text(at position: Int) -> String? {
        storage.values[index * storage.layout.count + position]
    }

    /// The error for a column the result does not have.
    @usableFromInline
    static func missing(_ column: String) -> PostgresError {
        PostgresError.decoding("no column named \"\(column)\" in the result", column: column)
    }

    /// The error for SQL `NULL` read as a type that cannot hold it.
    @usableFromInline
    static func null(_ column: String, as type: Any.Type) -> PostgresError {
        PostgresError.decoding("column \"\(column)\" is NULL; decode as \(type)? to accept NULL", column: column)
    }

    /// `error`, naming the column and the type it was read as.
    @usableFromInline
    static func invalid(_ error: PostgresError, _ column: String, as type: Any.Type) -> PostgresError {
        var error = error
        error.message = "column \"\(column)\" as \(type): \(error.message)"
        error.column = column
        return error
    }
}
