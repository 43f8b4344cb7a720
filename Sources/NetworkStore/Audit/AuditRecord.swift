/// One entry of the audit trail, as stored.
///
/// `before` and `after` are JSON texts (`jsonb` in the database); the store does not interpret them.
public struct AuditRecord: Sendable, Hashable {
    public var id: Int64
    public var at: String
    public var requestID: String
    public var actor: String
    public var role: String
    public var method: String
    public var target: String?
    public var beforeJSON: String?
    public var afterJSON: String?

    public init(id: Int64 = 0, at: String = "", requestID: String, actor: String, role: String, method: String,
                target: String?, beforeJSON: String?, afterJSON: String?) {
        self.id = id
        self.at = at
        self.requestID = requestID
        self.actor = actor
        self.role = role
        self.method = method
        self.target = target
        self.beforeJSON = beforeJSON
        self.afterJSON = afterJSON
    }
}

/// Which audit entries to list.
public struct AuditFilter: Sendable, Hashable {
    public var limit: Int
    /// Entries with an id below this one (the previous page's last id).
    public var before: Int64?
    public var method: String?
    public var actor: String?
    public var target: String?

    public init(limit: Int = 50, before: Int64? = nil, method: String? = nil, actor: String? = nil, target: String? = nil) {
        self.limit = limit
        self.before = before
        self.method = method
        self.actor = actor
        self.target = target
    }
}
