/// A PostgreSQL SQLSTATE error code, such as `23505` for a unique violation.
///
/// Every code this project reacts to is a named constant, so callers compare against
/// `.uniqueViolation` rather than a string. Codes not listed here still round-trip through
/// ``rawValue``. See <https://www.postgresql.org/docs/current/errcodes-appendix.html>.
public struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The five-character code.
    public var rawValue: String

    /// Wraps a five-character code.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The error class: the first two characters (`"23"` for integrity constraint violations).
    public var classCode: String {
        String(rawValue.prefix(2))
    }

    public var description: String {
        rawValue
    }
}

extension SQLState: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}

extension SQLState {
    // Class 08 — Connection Exception
    public static let connectionException: SQLState = "08000"
    public static let connectionDoesNotExist: SQLState = "08003"
    public static let connectionFailure: SQLState = "08006"
    public static let sqlclientUnableToEstablishSqlconnection: SQLState = "08001"
    public static let sqlserverRejectedEstablishmentOfSqlconnection: SQLState = "08004"
    public static let transactionResolutionUnknown: SQLState = "08007"
    public static let protocolViolation: SQLState = "08P01"

    // Class 0A — Feature Not Supported
    public static let featureNotSupported: SQLState = "0A000"

    // Class 21 — Cardinality Violation
    public static let cardinalityViolation: SQLState = "21000"

    // Class 22 — Data Exception
    public static let dataException: SQLState = "22000"
    public static let stringDataRightTruncation: SQLState = "22001"
    public static let numericValueOutOfRange: SQLState = "22003"
    public static let nullValueNotAllowed: SQLState = "22004"
    public static let invalidDatetimeFormat: SQLState = "22007"
    public static let datetimeFieldOverflow: SQLState = "22008"
    public static let divisionByZero: SQLState = "22012"
    public static let characterNotInRepertoire: SQLState = "22021"
    public static let invalidParameterValue: SQLState = "22023"
    public static let invalidTextRepresentation: SQLState = "22P02"
    public static let untranslatableCharacter: SQLState = "22P05"

    // Class 23 — Integrity Constraint Violation
    public static let integrityConstraintViolation: SQLState = "23000"
    public static let restrictViolation: SQLState = "23001"
    public static let notNullViolation: SQLState = "23502"
    public static let foreignKeyViolation: SQLState = "23503"
    public static let uniqueViolation: SQLState = "23505"
    public static let checkViolation: SQLState = "23514"
    public static let exclusionViolation: SQLState = "23P01"

    // Class 25 — Invalid Transaction State
    public static let activeSQLTransaction: SQLState = "25001"
    public static let readOnlySQLTransaction: SQLState = "25006"
    public static let noActiveSQLTransaction: SQLState = "25P01"
    public static let inFailedSQLTransaction: SQLState = "25P02"

    // Class 28 — Invalid Authorization Specification
    public static let invalidAuthorizationSpecification: SQLState = "28000"
    public static let invalidPassword: SQLState = "28P01"

    // Class 3D — Invalid Catalog Name
    public static let invalidCatalogName: SQLState = "3D000"

    // Class 40 — Transaction Rollback
    public static let transactionRollback: SQLState = "40000"
    public static let serializationFailure: SQLState = "40001"
    public static let deadlockDetected: SQLState = "40P01"

    // Class 42 — Syntax Error or Access Rule Violation
    public static let insufficientPrivilege: SQLState = "42501"
    public static let syntaxError: SQLState = "42601"
    public static let undefinedColumn: SQLState = "42703"
    public static let undefinedFunction: SQLState = "42883"
    public static let undefinedTable: SQLState = "42P01"
    public static let undefinedParameter: SQLState = "42P02"
    public static let undefinedObject: SQLState = "42704"
    public static let duplicateColumn: SQLState = "42701"
    public static let duplicateDatabase: SQLState = "42P04"
    public static let duplicateObject: SQLState = "42710"
    public static let duplicateTable: SQLState = "42P07"
    public static let datatypeMismatch: SQLState = "42804"
    public static let invalidColumnReference: SQLState = "42P10"

    // Class 53 — Insufficient Resources
    public static let insufficientResources: SQLState = "53000"
    public static let diskFull: SQLState = "53100"
    public static let outOfMemory: SQLState = "53200"
    public static let tooManyConnections: SQLState = "53300"

    // Class 55 — Object Not In Prerequisite State
    public static let objectNotInPrerequisiteState: SQLState = "55000"
    public static let objectInUse: SQLState = "55006"
    public static let lockNotAvailable: SQLState = "55P03"

    // Class 57 — Operator Intervention
    public static let queryCanceled: SQLState = "57014"
    public static let adminShutdown: SQLState = "57P01"
    public static let crashShutdown: SQLState = "57P02"
    public static let cannotConnectNow: SQLState = "57P03"
    public static let databaseDropped: SQLState = "57P04"
    public static let idleSessionTimeout: SQLState = "57P05"

    // Class P0 — PL/pgSQL Error
    public static let raiseException: SQLState = "P0001"
    public static let noDataFound: SQLState = "P0002"
    public static let tooManyRows: SQLState = "P0003"

    // Class XX — Internal Error
    public static let internalError: SQLState = "XX000"
}
