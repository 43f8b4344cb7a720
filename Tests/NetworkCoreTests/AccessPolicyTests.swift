import AdminProtocol
import NetworkCore
import Testing

@Suite("The role policy table")
struct AccessPolicyTests {
    /// What each role may do, written out by hand: the table must agree with this, entry by entry.
    static let expected: [String: Set<Role>] = [
        "daemon.status": [.operator, .secretariat],
        "daemon.reload": [.operator],
        "rpc.discover": [.operator, .secretariat, .member],
        "audit.list": [.operator, .secretariat],
        "audit.get": [.operator, .secretariat],
        "audit.watch": [.operator, .secretariat],
        "network.get": [.operator, .secretariat, .member],
        "network.update": [.secretariat],
        "tier.list": [.operator, .secretariat, .member],
        "tier.get": [.operator, .secretariat, .member],
        "tier.setKinds": [.secretariat],
        "member.create": [.secretariat],
        "member.get": [.operator, .secretariat, .member],
        "member.list": [.operator, .secretariat],
        "member.update": [.secretariat, .member],
        "member.history": [.operator, .secretariat, .member],
        "member.suspend": [.secretariat],
        "member.reinstate": [.secretariat],
        "member.resign": [.secretariat, .member],
        "member.terminate": [.secretariat],
        "member.changeTier": [.secretariat],
        "application.submit": [.secretariat],
        "application.list": [.operator, .secretariat],
        "application.get": [.operator, .secretariat],
        "application.recommend": [.secretariat],
        "application.approve": [.secretariat],
        "application.reject": [.secretariat],
        "contact.add": [.secretariat, .member],
        "contact.update": [.secretariat, .member],
        "contact.remove": [.secretariat, .member],
        "contact.list": [.operator, .secretariat, .member],
        "contact.get": [.operator, .secretariat, .member],
        "contact.export": [.secretariat],
        "contact.erase": [.secretariat],
        "token.issue": [.secretariat],
        "token.list": [.operator, .secretariat],
        "token.revoke": [.secretariat],
        // Billing: staff run it; a member token lists and reads its own invoices, downloads
        // their documents and supplies PO numbers — nothing else.
        "year.list": [.operator, .secretariat],
        "year.get": [.operator, .secretariat],
        "year.open": [.secretariat],
        "period.list": [.operator, .secretariat],
        "billing.get": [.operator, .secretariat],
        "billing.set": [.secretariat],
        "member.billing": [.operator, .secretariat],
        "member.setBilling": [.secretariat],
        "member.figures": [.operator, .secretariat],
        "member.setFigures": [.secretariat],
        "fees.get": [.operator, .secretariat],
        "fees.set": [.secretariat],
        "fees.quote": [.operator, .secretariat],
        "invoice.create": [.secretariat],
        "invoice.get": [.operator, .secretariat, .member],
        "invoice.list": [.operator, .secretariat, .member],
        "invoice.issue": [.secretariat],
        "invoice.setPurchaseOrder": [.secretariat, .member],
        "invoice.cancel": [.secretariat],
        "invoice.document": [.operator, .secretariat, .member],
        "payment.record": [.secretariat],
        "payment.list": [.operator, .secretariat],
        "payment.void": [.secretariat],
        "credit.get": [.operator, .secretariat],
        "credit.apply": [.secretariat],
        "report.income": [.operator, .secretariat],
        "report.agedDebt": [.operator, .secretariat],
        "report.arrears": [.operator, .secretariat],
        "member.cancelChange": [.secretariat],
        "job.list": [.operator, .secretariat],
        "job.run": [.operator, .secretariat],
        "job.history": [.operator, .secretariat],
        "renewal.preview": [.operator, .secretariat],
        "renewal.run": [.secretariat],
        "outbox.list": [.operator, .secretariat],
        "outbox.get": [.operator, .secretariat],
        "outbox.retry": [.operator, .secretariat],
    ]

    /// Methods any connected caller may use, even one holding no role.
    static let open: Set<String> = ["session.authenticate"]

    /// How far a caller holding only the member role reaches with each method it may call,
    /// written out by hand; every other method is `none` (members are refused).
    static let memberReach: [String: String] = [
        "rpc.discover": "all", "network.get": "all", "tier.list": "all", "tier.get": "all", "session.authenticate": "all",
        "member.get": "own-member", "member.update": "own-member", "member.history": "own-member",
        "member.resign": "own-member", "contact.add": "own-member", "contact.list": "own-member",
        "contact.get": "own-contact", "contact.update": "own-contact", "contact.remove": "own-contact",
        "invoice.list": "own-member", "invoice.get": "own-invoice",
        "invoice.setPurchaseOrder": "own-invoice", "invoice.document": "own-invoice",
    ]

    /// The methods that change stored records (one audited, idempotent transaction each).
    static let mutations: Set<String> = [
        "outbox.retry", "member.cancelChange",
        "network.update", "tier.setKinds", "member.create", "member.update", "member.suspend", "member.reinstate",
        "member.resign", "member.terminate", "member.changeTier", "application.submit", "application.recommend",
        "application.approve", "application.reject", "contact.add", "contact.update", "contact.remove", "contact.erase",
        "token.issue", "token.revoke",
        "year.open", "billing.set", "member.setBilling", "member.setFigures", "fees.set", "invoice.create", "invoice.issue",
        "invoice.setPurchaseOrder", "invoice.cancel", "payment.record", "payment.void", "credit.apply",
    ]

    @Test("each method's member reach matches the specification", arguments: MethodCatalog.all.map { $0.name })
    func reach(method: String) throws {
        let declared = try #require(MethodCatalog.method(named: method))
        #expect(Self.reachName(declared) == (Self.memberReach[method] ?? "none"))
    }

    @Test("each method is a mutation exactly when the specification says so", arguments: MethodCatalog.all.map { $0.name })
    func mutating(method: String) throws {
        let declared = try #require(MethodCatalog.method(named: method))
        #expect(declared.isMutating == Self.mutations.contains(method))
    }

    static func reachName<M: AdminMethod>(_ method: M.Type) -> String { M.access.memberReachName }

    static var pairs: [(String, Role)] {
        AccessPolicy.table.keys.sorted().flatMap { method in Role.allCases.map { (method, $0) } }
    }

    @Test("every method × role decision matches the specification", arguments: pairs)
    func decision(method: String, role: Role) {
        let allowed = Self.open.contains(method) || (Self.expected[method]?.contains(role) ?? false)
        #expect(AccessPolicy.allows([role], toCall: method) == allowed)
    }

    @Test func callerWithoutRolesMayOnlyAuthenticate() {
        for method in AccessPolicy.table.keys {
            #expect(AccessPolicy.allows([], toCall: method) == Self.open.contains(method), "\(method)")
        }
    }

    @Test func unknownMethodsAreNeverAllowed() {
        #expect(!AccessPolicy.allows(Set(Role.allCases), toCall: "member.delete"))
        #expect(!AccessPolicy.allows(Set(Role.allCases), toCall: ""))
    }

    @Test func tableAndCatalogueListTheSameMethods() {
        #expect(Set(AccessPolicy.table.keys) == Set(MethodCatalog.all.map { $0.name }))
        #expect(Set(AccessPolicy.table.keys) == Set(Self.expected.keys).union(Self.open))
    }

    @Test func holdingSeveralRolesAllowsTheUnion() {
        #expect(AccessPolicy.allows([.member, .operator], toCall: "daemon.reload"))
        #expect(!AccessPolicy.allows([.member], toCall: "daemon.reload"))
    }
}

@Suite("Optimistic locking")
struct VersionCheckTests {
    @Test func matchingOrAbsentExpectedVersionPasses() throws {
        try checkExpectedVersion(nil, current: 3, entity: "x")
        try checkExpectedVersion(3, current: 3, entity: "x")
    }

    @Test func staleExpectedVersionIsAConflictNamingTheCurrentVersion() {
        #expect(throws: NetworkError.conflict("x is at version 4, not 3; re-read it and try again", currentVersion: 4)) {
            try checkExpectedVersion(3, current: 4, entity: "x")
        }
    }
}

@Suite("Network settings rules")
struct NetworkProfileTests {
    let valid = NetworkProfile(name: "CCIN", shortName: "CCIN", timeZone: "Europe/London", currency: "GBP", yearStartMonth: 8, version: 1)

    @Test func shippedDefaultsAreValid() {
        #expect(valid.validationErrors().isEmpty)
    }

    @Test func everyBadFieldIsReported() {
        var bad = valid
        bad.name = "   "
        bad.shortName = "ccin"
        bad.currency = "pounds"
        bad.yearStartMonth = 13
        bad.timeZone = ""
        let fields = Set(bad.validationErrors().map(\.field))
        #expect(fields == ["name", "shortName", "currency", "yearStartMonth", "timeZone"])
    }
}
