import CLibPQ
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows and command outcome of one statement, copied out of libpq.
///
/// A result owns plain Swift strings (the `PGresult` is freed before it is returned), so it is
/// `Sendable` and may outlive the connection and the closure that produced it.
public struct PostgresResult: Sequence, Sendable {
    /// Shared, immutable storage for the rows; rows point into it by index.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let layout: PostgresColumns
        /// Row after row, `layout.count` values each; `nil` is SQL `NULL`.
        @usableFromInline let values: [String?]
        let rowCount: Int

        init(layout: PostgresColumns, values: [String?], rowCount: Int) {
            self.layout = layout
            self.values = values
            self.rowCount = rowCount
        }
    }

    @usableFromInline let storage: Storage

    /// The column names in result order.
    public var columns: [String] { storage.layout.names }

    /// The number of rows returned.
    public var count: Int { storage.rowCount }

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

    /// Copies a `PGresult` with status `PGRES_TUPLES_OK` or `PGRES_COMMAND_OK`; does not free it.
    ///
    /// The column names come from `layouts` when an earlier result had the same ones (a prepared
    /// statement's every result does), so only the values are copied.
    init(copying result: OpaquePointer, layouts: inout PostgresColumns.Cache) {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        let layout = layouts.layout(of: result, columnCount: columnCount)
        var values: [String?] = []
        values.reserveCapacity(rowCount * columnCount)
        for row in 0..<Int32(rowCount) {
            for column in 0..<Int32(columnCount) {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    let length = Int(PQgetlength(result, row, column))
                    let bytes = UnsafeRawPointer(PQgetvalue(result, row, column)!).assumingMemoryBound(to: UInt8.self)
                    values.append(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
                }
            }
        }
        let affected = PQcmdTuples(result).map { String(cString: $0) } ?? ""
        self.storage = Storage(layout: layout, values: values, rowCount: rowCount)
        self.rowsAffected = Int(affected) ?? 0
    }

    /// Iterates the rows in order.
    public struct Iterator: IteratorProtocol {
        let storage: Storage
        var index = 0

        public mutating func next() -> PostgresRow? {
            guard index < storage.rowCount else { return nil }
            defer { index += 1 }
            return PostgresRow(storage: storage, index: index)
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(storage: storage)
    }

    public var underestimatedCount: Int { count }
}

/// The column names of a result and where each one is, shared by every result with the same
/// names: each execution of a prepared statement returns the same columns, so they are copied
/// out of libpq and indexed once per connection, not once per result.
@usableFromInline
final class PostgresColumns: Sendable {
    /// The names, in result order.
    @usableFromInline let names: [String]
    /// Each name's position; the first of duplicate names wins, as in libpq.
    @usableFromInline let positions: [String: Int]
    /// The names where each is first, `nil` where a name repeats an earlier one: what a guess
    /// may match without breaking "the first wins".
    @usableFromInline let firstNames: [String?]
    /// Where the next lookup looks first: after the column found last. Rows are mostly read in
    /// the columns' order, so most lookups compare one name instead of hashing it. Only a hint:
    /// concurrent readers of one layout may move it under each other, which costs a lookup.
    @usableFromInline let hint = Atomic<Int>(0)
    /// The names as NUL-terminated bytes, one after another, to compare with a `PGresult`'s.
    private let cNames: [CChar]

    init(names: [String]) {
        self.names = names
        var positions = [String: Int](minimumCapacity: names.count)
        var firstNames: [String?] = []
        firstNames.reserveCapacity(names.count)
        for (position, name) in names.enumerated() {
            let isFirst = positions[name] == nil
            if isFirst { positions[name] = position }
            firstNames.append(isFirst ? name : nil)
        }
        self.positions = positions
        self.firstNames = firstNames
        var cNames: [CChar] = []
        for name in names {
            cNames.append(contentsOf: name.utf8.map { CChar(bitPattern: $0) })
            cNames.append(0)
        }
        self.cNames = cNames
    }

    /// The number of columns.
    @usableFromInline var count: Int { names.count }

    /// The position of the first column named `name`, or `nil`.
    ///
    /// Compares the column after the one found last before it looks `name` up: a decoder that
    /// reads a row in its columns' order never hashes a name.
    @inlinable
    func position(of name: String) -> Int? {
        let guess = hint.load(ordering: .relaxed)
        let position: Int
        if guess < firstNames.count, firstNames[guess] == name {
            position = guess
        } else {
            guard let found = positions[name] else { return nil }
            position = found
        }
        hint.store(position + 1 == firstNames.count ? 0 : position + 1, ordering: .relaxed)
        return position
    }

    /// Whether `result` has exactly these columns, in this order.
    func matches(_ result: OpaquePointer, columnCount: Int) -> Bool {
        guard columnCount == names.count else { return false }
        return cNames.withUnsafeBufferPointer { all in
            var offset = 0
            for column in 0..<Int32(columnCount) {
                guard let name = PQfname(result, column), strcmp(name, all.baseAddress! + offset) == 0 else { return false }
                offset += strlen(name) + 1
            }
            return true
        }
    }

    /// The layouts one connection has seen lately, most recent first.
    struct Cache {
        /// How many layouts are kept; a connection runs a handful of statements over and over.
        static let capacity = 16
        private var recent: [PostgresColumns] = []

        /// The layout of `result`: a kept one when one matches, else a new one, kept from now on.
        mutating func layout(of result: OpaquePointer, columnCount: Int) -> PostgresColumns {
            for (position, layout) in recent.enumerated() where layout.matches(result, columnCount: columnCount) {
                if position > 0 { recent.swapAt(position, position - 1) }  // the busiest drift to the front
                return layout
            }
            var names: [String] = []
            names.reserveCapacity(columnCount)
            for column in 0..<Int32(columnCount) {
                names.append(PQfname(result, column).map { String(cString: $0) } ?? "?column?")
            }
            let layout = PostgresColumns(names: names)
            if recent.count == Self.capacity { recent.removeLast() }
            recent.insert(layout, at: 0)
            return layout
        }
    }
}
