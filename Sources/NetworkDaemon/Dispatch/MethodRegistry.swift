import AdminProtocol
import NetworkCore
import Postgres
import Synchronization

/// The handlers the daemon serves, by method name, with params decoding and the method's
/// ``Access`` declaration built in.
///
/// Handlers are registered by what their method is declared as, and the registration decides
/// how they run — a handler cannot opt out:
/// - ``query(_:snapshot:_:)`` for a ``Query``: one pooled connection (or one read-only snapshot
///   transaction), no audit.
/// - ``mutation(_:isolation:_:)`` for a ``Mutation``: one transaction that claims the
///   idempotency key, writes the audit row and requires the body to have checked
///   `expectedVersion` whenever the caller sent one (see ``MutationScope``).
/// - ``command(_:_:)`` for a ``DaemonCommand``: the handler does its own I/O.
///
/// Before any handler runs, the registry's entry decodes the params (reporting every bad field)
/// and enforces the declaration's ``MemberReach`` for a caller holding only the member role: its
/// own member, or records of its own member (looked up with the area's ``owner(of:_:)``).
public struct MethodRegistry: Sendable {
    /// A handler behind its params decoding: the params as received, the result as compact JSON.
    typealias ErasedHandler = @Sendable (RequestContext, JSONValue) async throws -> [UInt8]
    /// The member that owns record `id` of one kind, or `nil` when there is no such record.
    public typealias OwnerLookup = @Sendable (_ id: Int64, PostgresConnection) throws -> Int64?

    struct Entry: Sendable {
        var handler: ErasedHandler
        /// Parameter names the method accepts; anything else is refused.
        var parameterNames: Set<String>
        /// The kind of record whose owner the entry looks up for member callers, if any.
        var ownedRecord: OwnedRecord?
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var owners: [OwnedRecord: OwnerLookup] = [:]

    public init() {}

    public var methodNames: [String] { entries.keys.sorted() }

    /// Registers a read: `body` runs on one pooled connection, or with `snapshot` in one
    /// read-only repeatable-read transaction (for a result that must be consistent across queries).
    ///
    /// A `lookup` — a record by its key, a few index probes — runs on the request's own event
    /// loop when a connection is idle, without a hop to the pool's threads and back
    /// (``PostgresPool/withConnectionInline(budget:_:)``); one that outlasts its budget there is
    /// cancelled and runs again on the pool's threads. Nothing slow may be a lookup: lists,
    /// reports and rendering keep the event loop free.
    public mutating func query<M: Query>(
        _ method: M.Type, snapshot: Bool = false, lookup: Bool = false,
        _ body: @escaping @Sendable (RequestContext, M.Params, PostgresConnection) throws -> M.Result
    ) {
        precondition(!(snapshot && lookup), "\(M.name): a lookup reads one record and needs no snapshot")
        add(method) { context, params in
            if snapshot {
                return try await context.pool.withTransaction(isolation: .repeatableRead) { try body(context, params, $0) }
            }
            if lookup {
                return try await context.pool.withConnectionInline { try body(context, params, $0) }
            }
            return try await context.pool.withConnection { try body(context, params, $0) }
        }
    }

    /// Registers a read of one statement — a record by its key — that `body` builds from the
    /// params: it goes out in its event loop's next pipeline with the other such reads of the
    /// loop's turn, one round trip for all of them (``PostgresPool/read(_:budget:)``), and runs
    /// on the pool's threads when it cannot (no idle connection, a slow server).
    public mutating func read<M: Query>(
        _ method: M.Type, _ body: @escaping @Sendable (RequestContext, M.Params) throws -> PostgresQuery<M.Result>
    ) {
        add(method) { context, params in try await context.pool.read(try body(context, params)) }
    }

    /// Registers a write: `body` runs inside one audited transaction (see ``MutationScope``) and
    /// returns the result with the audit trail's view of the change.
    public mutating func mutation<M: Mutation>(
        _ method: M.Type, isolation: IsolationLevel = .readCommitted,
        _ body: @escaping @Sendable (RequestContext, M.Params, MutationScope) throws -> MutationOutcome<M.Result>
    ) {
        add(method) { context, params in
            try await context.runMutation(params, isolation: isolation) { scope in try body(context, params, scope) }
        }
    }

    /// Registers a write whose answer is finished after the transaction commits: the idempotency
    /// store remembers `Recorded` only, and `answer` builds the result from it and from what
    /// `body` handed out — `nil` when the call was a replay of a stored response and `body` did
    /// not run. For an answer that carries something that must never be stored (a fresh
    /// secret), or work that must follow the commit (a log line saying it happened).
    public mutating func mutation<M: Mutation, Recorded: Codable & Sendable, Unrecorded: Sendable>(
        _ method: M.Type, recording: Recorded.Type, isolation: IsolationLevel = .readCommitted,
        _ body: @escaping @Sendable (RequestContext, M.Params, MutationScope) throws -> (MutationOutcome<Recorded>, Unrecorded),
        answer: @escaping @Sendable (RequestContext, M.Params, Recorded, Unrecorded?) throws -> M.Result
    ) {
        add(method) { context, params in
            let carried = Mutex<Unrecorded?>(nil)
            let recorded: Recorded = try await context.runMutation(params, isolation: isolation) { scope in
                carried.withLock { $0 = nil }  // the body runs again after a serialization failure
                let (outcome, unrecorded) = try body(context, params, scope)
                carried.withLock { $0 = unrecorded }
                return outcome
            }
            return try answer(context, params, recorded, carried.withLock { $0 })
        }
    }

    /// Registers a handler that acts on the daemon or the connection rather than stored records.
    public mutating func command<M: DaemonCommand>(
        _ method: M.Type, _ handler: @escaping @Sendable (RequestContext, M.Params) async throws -> M.Result
    ) {
        add(method, handler)
    }

    /// Registers how to find the member that owns a record of kind `record`, for methods
    /// declared `.ownRecord(_, record, _)`.
    public mutating func owner(of record: OwnedRecord, _ lookup: @escaping OwnerLookup) {
        precondition(owners[record] == nil, "owner of \(record) registered twice")
        owners[record] = lookup
    }

    /// Traps unless this registry serves exactly the methods of `catalog`, each once, and can
    /// look up the owner of every kind of record a method's access names: a method declared but
    /// not served (or served but not declared) is a programming error found at start-up.
    public func verify(against catalog: [any AdminMethod.Type] = MethodCatalog.all) {
        let declared = Set(catalog.map { $0.name })
        let served = Set(entries.keys)
        precondition(declared == served, """
            the daemon's areas and MethodCatalog disagree: declared but not served \
            \(declared.subtracting(served).sorted()), served but not declared \(served.subtracting(declared).sorted())
            """)
        for (name, entry) in entries {
            if let record = entry.ownedRecord {
                precondition(owners[record] != nil, "\(name) reaches \(record)s by owner, but no area registered owner(of: .\(record))")
            }
        }
    }

    func entry(_ name: String) -> Entry? { entries[name] }

    private mutating func add<M: AdminMethod>(
        _ method: M.Type, _ handler: @escaping @Sendable (RequestContext, M.Params) async throws -> M.Result
    ) {
        precondition(entries[M.name] == nil, "\(M.name) registered twice")
        let schema = JSONSchemaGenerator.schema(for: M.Params.self)
        let names = Set(schema["properties"]?.objectValue?.keys.map { $0 } ?? [])
        let access = M.access
        var ownedRecord: OwnedRecord?
        if case .ownRecord(let record, _)? = access.memberReach { ownedRecord = record }
        let readParams = JSONCoding.paramsReader(for: M.Params.self)
        let writeResult = JSONCoding.resultWriter(for: M.Result.self)
        entries[M.name] = Entry(
            handler: { context, params in
                var typed: M.Params
                switch readParams(params) {
                case .success(let decoded): typed = decoded
                case .failure(let failure): throw RPCError.invalidParams(failure.fields)
                }
                typed = try context.scopedToReach(access, of: typed)
                try await context.checkReach(access, of: typed)
                let result = try await handler(context, typed)
                return try writeResult(result)
            },
            parameterNames: names, ownedRecord: ownedRecord)
    }
}
