import AdminProtocol
import NetworkCore

/// The inputs every benchmark works on: one typical request or response of each kind, built
/// once, so that a benchmark measures the daemon's work on them and nothing of their making.
///
/// The values are what the daemon sees and sends in practice: a `member.get` line as
/// `networkctl call member.get` writes it, a member record as `member.get` answers it, the
/// network's profile as `network.get` answers it.
enum Fixtures {
    /// One request line as it arrives from the socket, without its newline.
    static let memberGetLine = Array(#"{"jsonrpc":"2.0","id":7,"method":"member.get","params":{"id":42}}"#.utf8)

    /// `network.get` as `Benchmarks/SocketLoad` sends it: no params.
    static let networkGetLine = Array(#"{"jsonrpc":"2.0","id":7,"method":"network.get"}"#.utf8)

    /// A method no area declares: the dispatcher answers -32601 after one registry lookup.
    static let unknownMethodLine = Array(#"{"jsonrpc":"2.0","id":7,"method":"member.fetch","params":{"id":42}}"#.utf8)

    /// `member.get` whose id is not an integer: refused by the registry entry's params decoding,
    /// before the handler (and its database connection) is reached.
    static let invalidParamsLine = Array(#"{"jsonrpc":"2.0","id":7,"method":"member.get","params":{"id":"forty-two"}}"#.utf8)

    /// `member.get` with a parameter the method does not accept: refused by the dispatcher's
    /// unknown-parameter check, which sorts the names for its message.
    static let unknownParameterLine = Array(#"{"jsonrpc":"2.0","id":7,"method":"member.get","params":{"id":42,"member":42}}"#.utf8)

    /// `rpc.discover`: the one method whose handler needs neither a database nor the daemon's
    /// state, so the whole path up to and through a handler runs without PostgreSQL.
    static let discoverLine = Array(#"{"jsonrpc":"2.0","id":7,"method":"rpc.discover"}"#.utf8)

    /// `member.get`'s params as the dispatcher hands them to the registry entry.
    static let memberGetParams: JSONValue = ["id": 42]

    /// `member.update`'s params with most fields set: a larger params struct, with optionals,
    /// an enum and the idempotency key every mutation carries.
    static let memberUpdateParams: JSONValue = [
        "id": 42, "name": "Borsetshire County Council", "kind": "county", "nation": "england",
        "region": "West Midlands", "website": "https://www.borsetshire.gov.uk", "population": 560_000,
        "budgetRevenue": 61_234_500_000, "budgetCapital": 1_234_500_000, "poRequired": true,
        "expectedVersion": 3, "idempotencyKey": "4c1f0a9e-2b7d-4e55-9a61-0f3c2d8e7b10",
    ]

    /// `member.list`'s params as `networkctl member list --status active --limit 100` sends them.
    static let memberListParams: JSONValue = ["status": ["active"], "limit": 100, "tier": "standard"]

    /// A member as `member.get` answers with it (every optional field present).
    static let member = MemberWire(
        id: 42, name: "Borsetshire County Council", kind: "county", tier: "standard", status: .active,
        nation: .england, region: "West Midlands", website: "https://www.borsetshire.gov.uk", population: 560_000,
        budgetRevenue: 61_234_500_000, budgetCapital: 1_234_500_000, memberSince: "2019-04-01", poRequired: true,
        version: 3, createdAt: "2026-01-05T10:00:00Z", updatedAt: "2026-03-01T09:30:12Z")

    /// The network's profile as `network.get` answers with it.
    static let network = NetworkProfileWire(NetworkProfile(
        name: "Local Government Digital Network", shortName: "LGDN", timeZone: "Europe/London", currency: "GBP",
        yearStartMonth: 4, foundingYear: 2012, version: 5))

    /// The request id of every fixture line.
    static let requestID: JSONValue = 7

    /// Root as `SO_PEERCRED` and the default role mapping see it: operator and secretariat.
    static let staff = Caller(uid: 0, gid: 0, pid: 4242, userName: "root", roles: [.operator, .secretariat])

    /// A peer that holds no role (a local user not in the configured groups).
    static let roleless = Caller(uid: 1000, gid: 1000, pid: 4243, userName: "alice", roles: [])
}
