import AdminProtocol
import NetworkCore
import NetworkTestSupport
import Testing

/// `audit.list`: newest first, keyset pagination without gaps or repeats, filters.
@Suite("Audit list", .freshDatabase)
struct AuditListTests {
    static let alice = DispatcherHarness.caller(uid: 3001, name: "alice", roles: [.operator, .secretariat])
    static let bob = DispatcherHarness.caller(uid: 3002, name: "bob", roles: [.secretariat])

    /// Makes `count` changes, alternating callers, and returns the versions written in order.
    static func makeChanges(_ count: Int, _ harness: DispatcherHarness) async throws {
        for index in 1...count {
            let caller = index % 3 == 0 ? bob : alice
            let response = try await harness.call("network.update", ["name": .string("Change \(index)")], as: caller)
            try #require(response.result != nil, "\(String(describing: response.error))")
        }
    }

    /// Pages through `audit.list` with `params` and returns every page.
    static func pages(_ harness: DispatcherHarness, _ params: [String: JSONValue]) async throws -> [[AuditList.Entry]] {
        var pages: [[AuditList.Entry]] = []
        var cursor: Int64?
        repeat {
            var page = params
            if let cursor { page["after"] = .integer(cursor) }
            let response = try await harness.call("audit.list", .object(page), as: alice)
            let result = try JSONCoding.decode(AuditList.Result.self, from: try #require(response.result, "\(String(describing: response.error))"))
            pages.append(result.entries)
            if let next = result.nextCursor {
                #expect(next == result.entries.last?.id, "the cursor is the last entry's id")
            }
            cursor = result.nextCursor
            try #require(pages.count < 100, "pagination does not end")
        } while cursor != nil
        return pages
    }

    @Test(arguments: [(7, 3), (6, 3), (3, 3), (2, 3), (1, 1), (10, 1)])
    func pagingVisitsEveryEntryOnceNewestFirst(changes: Int, limit: Int) async throws {
        try await withDispatcher { harness in
            try await Self.makeChanges(changes, harness)
            let pages = try await Self.pages(harness, ["limit": .integer(Int64(limit))])
            #expect(pages.count == max(1, (changes + limit - 1) / limit), "no empty last page")
            #expect(pages.dropLast().allSatisfy { $0.count == limit })
            let entries = pages.flatMap { $0 }
            #expect(entries.count == changes)
            #expect(Set(entries.map(\.id)).count == changes, "no entry twice")
            #expect(entries.map(\.id) == entries.map(\.id).sorted(by: >), "newest first")
            // Newest first, and nothing skipped: the names run from the last change back to the first.
            #expect(entries.map { $0.after?["name"]?.stringValue } == (1...changes).reversed().map { "Change \($0)" })
            #expect(entries.map { $0.after?["version"] } == (1...changes).reversed().map { .integer(Int64($0 + 1)) })
        }
    }

    @Test func emptyTrailHasNoEntriesAndNoCursor() async throws {
        try await withDispatcher { harness in
            let response = try await harness.call("audit.list", as: Self.alice)
            #expect(response.result == ["entries": []])
        }
    }

    @Test func defaultPageIsFiftyEntries() async throws {
        try await withDispatcher { harness in
            try await Self.makeChanges(51, harness)
            let result = try JSONCoding.decode(AuditList.Result.self, from: try #require(try await harness.call("audit.list", as: Self.alice).result))
            #expect(result.entries.count == 50)
            #expect(result.nextCursor != nil)
        }
    }

    @Test func newEntriesDuringPagingDoNotShiftLaterPages() async throws {
        try await withDispatcher { harness in
            try await Self.makeChanges(4, harness)
            let first = try JSONCoding.decode(AuditList.Result.self, from: try #require(
                try await harness.call("audit.list", ["limit": 2], as: Self.alice).result))
            try await Self.makeChanges(3, harness)  // newer entries arrive meanwhile
            let cursor = try #require(first.nextCursor)
            let second = try JSONCoding.decode(AuditList.Result.self, from: try #require(
                try await harness.call("audit.list", ["limit": 2, "after": .integer(cursor)], as: Self.alice).result))
            #expect(second.entries.map { $0.after?["name"]?.stringValue } == ["Change 2", "Change 1"])
            #expect(second.nextCursor == nil)
        }
    }

    @Test func filtersByMethodActorAndTarget() async throws {
        try await withDispatcher { harness in
            try await Self.makeChanges(6, harness)  // bob makes changes 3 and 6
            let reload = try await harness.call("daemon.reload", as: Self.alice)
            try #require(reload.result != nil, "\(String(describing: reload.error))")

            let all = try await Self.pages(harness, ["limit": 2]).flatMap { $0 }
            #expect(all.count == 7)
            #expect(all.first?.method == "daemon.reload")

            let updates = try await Self.pages(harness, ["method": "network.update", "limit": 4]).flatMap { $0 }
            #expect(updates.count == 6)
            #expect(updates.allSatisfy { $0.method == "network.update" && $0.target == "network" })

            let reloads = try await Self.pages(harness, ["method": "daemon.reload"]).flatMap { $0 }
            #expect(reloads.count == 1)
            #expect(reloads.first?.target == "daemon")
            #expect(reloads.first?.role == "operator")
            #expect(reloads.first?.actor == "uid:3001(alice)")

            let byBob = try await Self.pages(harness, ["actor": "uid:3002(bob)", "limit": 1]).flatMap { $0 }
            #expect(byBob.map { $0.after?["name"]?.stringValue } == ["Change 6", "Change 3"])
            #expect(byBob.allSatisfy { $0.actor == "uid:3002(bob)" && $0.role == "secretariat" })

            let onDaemon = try await Self.pages(harness, ["target": "daemon"]).flatMap { $0 }
            #expect(onDaemon.map(\.method) == ["daemon.reload"])

            let combined = try await Self.pages(harness, ["actor": "uid:3001(alice)", "method": "network.update", "target": "network", "limit": 3])
                .flatMap { $0 }
            #expect(combined.count == 4)

            let nothing = try await Self.pages(harness, ["actor": "uid:9(nobody)' OR '1'='1"]).flatMap { $0 }
            #expect(nothing.isEmpty)
        }
    }

    @Test func entriesCarryTheirTimeAndRequestID() async throws {
        try await withDispatcher { harness in
            try await Self.makeChanges(2, harness)
            let entries = try await Self.pages(harness, [:]).flatMap { $0 }
            #expect(entries.count == 2)
            #expect(Set(entries.map(\.requestId)).count == 2)
            #expect(entries.allSatisfy { $0.requestId.count == 16 && $0.requestId.allSatisfy(\.isHexDigit) })
            #expect(entries.allSatisfy { $0.at.count >= 19 && $0.at.contains("T") })
            #expect(entries[0].at >= entries[1].at)
        }
    }
}
