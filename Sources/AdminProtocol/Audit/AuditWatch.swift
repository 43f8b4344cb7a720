import NetworkCore

/// `audit.watch`: turns this connection into a live feed of the audit trail.
///
/// The answer confirms the subscription. From then on the daemon writes JSON-RPC notifications
/// on the connection, one line each:
///
/// ```
/// {"jsonrpc":"2.0","method":"audit.change","params":{"id":4712,"at":"…","method":"invoice.issue",…}}
/// ```
///
/// What a watcher may rely on:
/// - **Exactly the trail, in id order.** Every committed audit entry with an id above `after`
///   (or above `newestId` without `after`) arrives once, in ascending id order, with no gap —
///   also across concurrent writers whose ids commit out of order, PostgreSQL restarts and a
///   watcher too slow to keep up (see ``AuditSequencer`` and the daemon's change feed). The
///   entries up to the last id received are therefore a cursor: a new watch with that `after`
///   resumes without loss or repeats.
/// - **Catch-up, then live.** With `after`, the entries already in the trail above it come first.
/// - **Filtering** by ``AreaSelection``: entries outside `areas` are skipped, not sent.
/// - **Latency**: an entry arrives soon after its commit — unless a write transaction that
///   took a lower id is still running; ordering waits for it.
///
/// The connection is the watch's: a further request on it is answered with an invalid-request
/// error and does not run; closing (or half-closing) the connection ends the watch. The idle
/// timeout does not apply while it watches. When the daemon shuts down it sends
/// ``endNotification`` with an ``Ended`` and closes the connection.
public enum AuditWatch: DaemonCommand {
    public static let name = "audit.watch"
    public static let summary = """
        Watch every committed change live on this connection: after the result, one notification \
        per audit entry, in id order, with no gap; catches up from after first; filter by areas.
        """
    public static let access: Access<Params> = .staff([.operator, .secretariat])

    /// The notification that carries one change; its `params` is an ``AuditList/Entry``.
    public static let changeNotification = "audit.change"
    /// The notification that ends a watch the daemon closes (shutdown); its `params` is an ``Ended``.
    public static let endNotification = "audit.watchEnded"

    public struct Params: Codable, Sendable, Hashable {
        /// Catch up from here: every entry with a higher id is sent, the ones already in the
        /// trail first. 0 replays the whole trail. Absent: only changes after the answer's
        /// `newestId`.
        public var after: Int64?
        /// Only entries that touch one of these areas or groups (`invoice`, `credit`,
        /// `billing`); absent or empty: every entry.
        public var areas: [String]?

        public init(after: Int64? = nil, areas: [String]? = nil) {
            self.after = after
            self.areas = areas
        }
    }

    public struct Result: Codable, Sendable, Hashable {
        /// The newest id the watch found final when it began: every entry up to it is in the
        /// trail for good (`audit.list` shows the same).
        public var newestId: Int64
        /// Where the stream starts: entries with a higher id follow.
        public var after: Int64
        /// The areas and groups selected, sorted; empty for every change.
        public var areas: [String]

        public init(newestId: Int64, after: Int64, areas: [String]) {
            self.newestId = newestId
            self.after = after
            self.areas = areas
        }
    }

    /// Why and where the daemon ended a watch.
    public struct Ended: Codable, Sendable, Hashable {
        /// `shutdown`: the daemon is stopping.
        public var reason: String
        /// Every entry up to this id has been sent (or skipped by `areas`): pass it as `after`
        /// to resume.
        public var position: Int64

        public init(reason: String, position: Int64) {
            self.reason = reason
            self.position = position
        }
    }
}

extension AuditWatch.Params: SchemaRefined {
    /// `after` may be 0 (the whole trail); each area name is a short word.
    public static var schemaRefinements: [String: JSONValue] {
        [
            "after": ParamConstraints.range(0...Int64.max),
            "areas": ["type": "array", "items": ParamConstraints.text(1...64), "maxItems": 64],
        ]
    }
}
