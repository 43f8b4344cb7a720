#if canImport(Glibc)
import Glibc
#endif
import AdminProtocol
import NetworkCore
@testable import NetworkDaemon
import NetworkTestSupport
import Testing

/// The policy table, walked exhaustively through the daemon's real dispatcher, and checked
/// against the method catalogue and the registry; plus real callers that are not root.
@Suite("Role policy")
struct RolePolicyTests {
    static let methods = AccessPolicy.table.keys.sorted()
    /// Every single role, and `nil` for a caller holding none.
    static let roles: [Role?] = Role.allCases.map { $0 } + [nil]

    @Test(arguments: methods, roles)
    func everyMethodIsAllowedExactlyToItsRoles(method: String, role: Role?) async throws {
        let roles: Set<Role> = role.map { [$0] } ?? []
        // A caller of its own, so that "a refused call writes nothing" can be checked on a shared database.
        let methodIndex = try #require(Self.methods.firstIndex(of: method))
        let roleIndex = try #require(Self.roles.firstIndex(of: role))
        let caller = DispatcherHarness.caller(uid: UInt32(100_000 + methodIndex * 10 + roleIndex), name: "policy", roles: roles)
        let allowed = AccessPolicy.table[method].map { $0.isEmpty || !$0.isDisjoint(with: roles) } ?? false
        try await withDispatcher { harness in
            let response = try await harness.call(method, as: caller)
            if allowed {
                // Called without params: it may fail on its params, but never on the role, and
                // never with an internal error.
                #expect(response.error?.code != -32001, "\(method) as \(role?.rawValue ?? "no role"): \(String(describing: response.error))")
                #expect(response.error?.code != -32603, "\(method) as \(role?.rawValue ?? "no role"): \(String(describing: response.error))")
                #expect(response.error?.code != -32601, "\(method) is in the policy table but not served")
            } else {
                let error = try #require(response.error)
                #expect(error.code == -32001)
                #expect(error.kind == "forbidden")
                #expect(error.message.contains(method))
                let trail = try await harness.call("audit.list", ["actor": .string(caller.actor)],
                                                   as: DispatcherHarness.caller(roles: [.operator]))
                #expect(trail.result?["entries"] == [], "a refused call leaves no audit record")
            }
        }
    }

    @Test func callerHoldingSeveralRolesIsAllowedWhatAnyOfThemAllows() async throws {
        try await withDispatcher { harness in
            let caller = DispatcherHarness.caller(roles: [.operator, .member])
            let reload = try await harness.call("daemon.reload", as: caller)
            let get = try await harness.call("network.get", as: caller)
            let update = try await harness.call("network.update", ["name": "x"], as: caller)
            #expect(reload.error == nil)
            #expect(get.error == nil)
            #expect(update.error?.code == -32001)
        }
    }

    @Test func unknownMethodIsNotFoundEvenForACallerWithNoRole() async throws {
        try await withDispatcher { harness in
            let response = try await harness.call("no.such.method", as: DispatcherHarness.caller(roles: []))
            #expect(response.error?.code == -32601)
        }
    }

    @Test func roleIsCheckedBeforeParams() async throws {
        try await withDispatcher { harness in
            let response = try await harness.call("network.update", ["bogus": 1], as: DispatcherHarness.caller(roles: [.member]))
            #expect(response.error?.code == -32001)
        }
    }

    @Test(.freshDatabase) func auditRecordsTheCallerAndTheRoleItActedIn() async throws {
        try await withDispatcher { harness in
            let caller = DispatcherHarness.caller(uid: 4321, name: "alice", roles: [.operator, .secretariat])
            let response = try await harness.call("network.update", ["name": "Alice's network"], as: caller)
            #expect(response.result?["name"] == "Alice's network")
            #expect(try await psql("SELECT actor || '|' || actor_role || '|' || method FROM audit_log")
                == "uid:4321(alice)|secretariat|network.update")
        }
    }

    // MARK: - One list of methods

    @Test func catalogPolicyTableAndRegistryListTheSameMethods() {
        let catalog = Set(MethodCatalog.all.map { $0.name })
        let policy = Set(AccessPolicy.table.keys)
        let registry = Set(Daemon.makeRegistry().methodNames)
        #expect(catalog.count == MethodCatalog.all.count, "no method listed twice")
        #expect(catalog == policy, "catalog vs policy: \(catalog.symmetricDifference(policy).sorted())")
        #expect(catalog == registry, "catalog vs registry: \(catalog.symmetricDifference(registry).sorted())")
    }

    @Test(arguments: MethodCatalog.all.map { $0.name })
    func everyMethodHasANonEmptyPolicyOrIsOpenOnPurpose(method: String) throws {
        let roles = try #require(AccessPolicy.table[method])
        // Only authentication may be open to a caller holding no role.
        #expect(!roles.isEmpty || method == "session.authenticate")
        #expect(AccessPolicy.roles(for: method) == roles.sorted())
    }

    // MARK: - Role mapping

    @Test func roleMapperGivesRootBothStaffRolesAndMapsConfiguredUsersAndGroups() {
        var configuration = DaemonConfiguration()
        configuration.operatorUsers = ["2001"]
        configuration.secretariatGroups = ["3001"]
        configuration.secretariatUsers = ["no-such-user-hopefully"]
        let mapper = RoleMapper(configuration: configuration, ownUID: 999)
        #expect(mapper.roles(uid: 0, groups: [0]) == [.operator, .secretariat])
        #expect(mapper.roles(uid: 999, groups: []) == [.operator, .secretariat])
        #expect(mapper.roles(uid: 2001, groups: [100]) == [.operator])
        #expect(mapper.roles(uid: 5000, groups: [100, 3001]) == [.secretariat])
        #expect(mapper.roles(uid: 2001, groups: [3001]) == [.operator, .secretariat])
        #expect(mapper.roles(uid: 5000, groups: [5000]) == [])
        #expect(mapper.unresolved == ["user no-such-user-hopefully"])
    }

    // MARK: - A real caller that is not root

    /// Runs a Python client as `nobody` that sends each line and prints each reply line.
    static func callAsNobody(_ socketPath: String, _ lines: [String]) async throws -> [JSONValue] {
        let script = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(10)
            s.connect(sys.argv[1])
            f = s.makefile('rb')
            for line in sys.argv[2:]:
                s.sendall(line.encode() + b"\\n")
                sys.stdout.write(f.readline().decode())
            """
        let output = try await offPool {
            try runProcess("/usr/sbin/runuser", ["-u", "nobody", "--", "/usr/bin/python3", "-c", script, socketPath] + lines, timeout: 30)
        }
        #expect(output.status == 0, "\(output.stderr)")
        return try output.stdout.split(separator: "\n").map { try JSONCoding.readValue(Array($0.utf8)) }
    }

    @Test(.freshDatabase) func nobodyWithNoRoleIsForbiddenButStillGetsProtocolErrors() async throws {
        try await withDaemon(configure: { $0.socketMode = 0o666 }) { daemon in
            let replies = try await Self.callAsNobody(daemon.socketPath, [
                #"{"jsonrpc":"2.0","id":1,"method":"daemon.status"}"#,
                #"{"jsonrpc":"2.0","id":2,"method":"network.get"}"#,
                #"{"jsonrpc":"2.0","id":3,"method":"network.update","params":{"name":"pwned"}}"#,
                #"{"jsonrpc":"2.0","id":4,"method":"no.such"}"#,
                #"not json"#,
            ])
            try #require(replies.count == 5)
            for reply in replies[0..<3] {
                #expect(reply.errorCode == -32001)
                #expect(reply.errorKind == "forbidden")
                #expect(reply.errorMessage?.contains("uid:65534") == true)
            }
            #expect(replies[0].responseID == 1)
            #expect(replies[3].errorCode == -32601)
            #expect(replies[4].errorCode == -32700)
            #expect(try await psql("SELECT name FROM network") == "Co-operative Councils' Innovation Network")
        }
    }

    @Test(.freshDatabase) func nobodyInTheSecretariatMayUpdateTheNetworkButNotReload() async throws {
        try await withDaemon(configure: { $0.socketMode = 0o666; $0.secretariatUsers = ["nobody"] }) { daemon in
            let replies = try await Self.callAsNobody(daemon.socketPath, [
                #"{"jsonrpc":"2.0","id":1,"method":"network.update","params":{"name":"Renamed by nobody"}}"#,
                #"{"jsonrpc":"2.0","id":2,"method":"daemon.reload"}"#,
                #"{"jsonrpc":"2.0","id":3,"method":"daemon.status"}"#,
            ])
            try #require(replies.count == 3)
            #expect(replies[0]["result"]?["name"] == "Renamed by nobody")
            #expect(replies[1].errorCode == -32001)
            #expect(replies[1].errorMessage?.contains("operator") == true)
            #expect(replies[2]["result"]?["version"] != nil)
            #expect(try await psql("SELECT actor || '|' || actor_role FROM audit_log") == "uid:65534(nobody)|secretariat")
        }
    }

    @Test func socketFileHasTheConfiguredMode() async throws {
        try await withDaemon { daemon in
            var info = stat()
            #expect(stat(daemon.socketPath, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o660)
        }
    }
}
