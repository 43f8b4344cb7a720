import NetworkCore

/// The audit area. The audit trail: who changed what, when, with before and after.
public enum AuditAPI: AdminArea {
    public static let name = "audit"
    public static let group = AreaGroup.platform
    public static let methods: [any AdminMethod.Type] = [AuditList.self, AuditGet.self, AuditWatch.self]
}

/// `audit.list`: the audit trail, newest first, with keyset pagination.
public enum AuditList: Query {
    public static let name = "audit.list"
    public static let summary = "The audit trail of every change, newest first; filter by method, actor or target."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        /// At most this many entries (1–500, default 50).
        public var limit: Int?
        /// Continue after this cursor (the `nextCursor` of the previous page).
        public var after: Int64?
        /// Only entries of this method, e.g. `network.update`.
        public var method: String?
        /// Only entries by this actor, e.g. `uid:0(root)`.
        public var actor: String?
        /// Only entries about this target, e.g. `network`.
        public var target: String?

        public init(limit: Int? = nil, after: Int64? = nil, method: String? = nil, actor: String? = nil, target: String? = nil) {
            self.limit = limit
            self.after = after
            self.method = method
            self.actor = actor
            self.target = target
        }
    }

    public struct Entry: Codable, Sendable, Hashable {
        public var id: Int64
        public var at: String
        public var requestId: String
        public var actor: String
        public var role: String
        public var method: String
        public var target: String?
        public var before: JSONValue?
        public var after: JSONValue?

        public init(id: Int64, at: String, requestId: String, actor: String, role: String, method: String, target: String?,
                    before: JSONValue?, after: JSONValue?) {
            self.id = id
            self.at = at
            self.requestId = requestId
            self.actor = actor
            self.role = role
            self.method = method
            self.target = target
            self.before = before
            self.after = after
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        public var entries: [Entry]
        /// Pass as `after` for the next page; absent on the last page.
        public var nextCursor: Int64?
        public init(entries: [Entry], nextCursor: Int64?) {
            self.entries = entries
            self.nextCursor = nextCursor
        }
    }
}

/// `audit.get`: one entry of the audit trail, by the id `audit.list` shows.
public enum AuditGet: Query {
    public static let name = "audit.get"
    public static let summary = "One entry of the audit trail, with its before and after."
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    public struct Params: Codable, Sendable, Hashable {
        public var id: Int64
        public init(id: Int64) { self.id = id }
    }

    public typealias Result = AuditList.Entry
}
