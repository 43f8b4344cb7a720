import AdminProtocol
import Foundation
import MembershipTestSupport
import NetworkCore
import NetworkTestSupport
import Testing

/// Invoice numbers stay gapless however issuing goes wrong: 8 clients issue 2,000 invoices
/// through the built `networkd` over its admin socket, in four years' series, cancelling some
/// (credit notes, in four more series), while other clients take numbers directly and fail
/// after taking them, and the daemon is killed with SIGKILL a fifth of the way and started again on the
/// same database and socket. Afterwards every series is exactly 1…N.
///
/// Bounded: set-up is a few dozen daemon calls plus bulk SQL; the load waits on facts (jobs
/// settled, a daemon session queued on a lock), never on time, and gives up after
/// ``loadLimit`` by stopping the clients and killing the daemon, which unblocks every socket.
@Suite("Gapless invoice numbering", .freshDatabase, .serialized)
struct GaplessNumberingTests {
    static let invoices = 2_000
    static let issuers = 8
    /// How long each half of the issuing may take before the test gives up (the whole of it
    /// takes about 20 s on a 2-core machine, 40 s with both cores kept busy by `stress-ng`).
    static let loadLimit: Duration = .seconds(75)

    @Test func everySeriesIsOneToNAfterConcurrentIssuesRollbacksAndAKilledDaemon() async throws {
        try #require(BuiltBinaries.areBuilt, "run `swift build` before `swift test`: \(BuiltBinaries.directory)")
        let clock = ContinuousClock()
        let started = clock.now
        let fixture = try await withMembership { h in
            try await GaplessFixture.make(h, years: 4, issue: Self.invoices, cancelEvery: 15, poisoned: 16, spare: 60)
        }
        let setUp = clock.now - started
        let database = try TestDatabase.require()
        let ledger = IssueLedger(jobs: fixture.jobs)
        let takers = NumberTakers(database: database, fixture: fixture, connections: 2)
        let first = try DaemonProcess.start(database: database)
        var daemon = first
        defer { daemon.stop() }

        let socketPath = first.socketPath
        let issuing = Task {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<Self.issuers {
                    group.addTask { _ = try? await offPool { SocketIssuer(socketPath: socketPath, ledger: ledger).run() } }
                }
            }
        }
        let taking = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 { group.addTask { try await takers.run(rounds: 10, pacedBy: ledger) } }
                try await group.waitForAll()
            }
        }

        var settledAtKill = 0
        var closing: Task<Void, any Error>?
        do {
            // Early enough that the locked series still has hundreds of jobs to come, however fast
            // the daemon issues: at half, a fast run could settle the rest before psql held the lock.
            try await waitUntil("a fifth of the invoices are settled", limit: Self.loadLimit) { ledger.settled >= ledger.total / 5 }
            settledAtKill = ledger.settled
            daemon = try await Self.killAndRestart(first, holding: "CCIN-\(fixture.years.last!)", database: database)
            try await Self.waitUntilSettled(ledger)
            await issuing.value
            try await taking.value
            ledger.append(fixture.closing)
            closing = Task { try await offPool { SocketIssuer(socketPath: socketPath, ledger: ledger).run() } }
            try await Self.waitUntilSettled(ledger)
        } catch {
            ledger.stop()
            daemon.signal(SIGKILL)  // unblocks every client waiting for an answer
            await issuing.value
            try? await taking.value
            try? await closing?.value
            await takers.close()
            Issue.record("gave up: \(ledger.snapshot.settled) of \(ledger.total) settled; \(ledger.snapshot.unexpected.prefix(5))")
            throw error
        }
        try await closing?.value
        await takers.close()
        #expect(ledger.settled == ledger.total, "every job settled, the closing ones included")
        let load = clock.now - started - setUp
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 60) == 0, "the restarted daemon drains and exits cleanly")

        let figures = try await Self.checkNumbering(database, fixture: fixture, ledger: ledger, takers: takers)
        let state = ledger.snapshot
        let attempts = Dictionary(grouping: takers.all, by: \.attempt).mapValues(\.count)
        print("""
            gapless: series \(figures.map { "\($0.key) 1…\($0.value)" }.sorted().joined(separator: ", ")); \
            killed at \(settledAtKill)/\(ledger.total) settled, \(state.brokenCalls) calls broken, \(state.abandoned) abandoned, \
            \(state.replays) replays; \
            direct attempts \(attempts.map { "\($0.key.rawValue) \($0.value)" }.sorted().joined(separator: ", ")); \
            set-up \(setUp), load \(load), total \(clock.now - started)
            """)
    }

    /// Waits until every job given to the ledger is settled or unexpected, for ``loadLimit``.
    static func waitUntilSettled(_ ledger: IssueLedger) async throws {
        try await waitUntil("every job is settled", limit: loadLimit) {
            let state = ledger.snapshot
            return state.settled + state.unexpected.count == state.total
        }
    }

    /// Holds `series`' counter from outside until a daemon transaction waits behind it, then
    /// SIGKILLs the daemon with requests in flight (some queued on the lock, some perhaps
    /// committing), lets the counter go and starts a new daemon on the same database and socket.
    static func killAndRestart(_ daemon: DaemonProcess, holding series: String, database: TestDatabase) async throws -> DaemonProcess {
        let lock = try await RowLockHolder.hold("SELECT invoice_series_take('\(series)')", in: database)
        defer { lock.release() }
        try await lock.waitForWaiter()
        daemon.signal(SIGKILL)
        let exited = daemon.waitForExit(timeout: 30)
        #expect(exited != nil && daemon.process.terminationReason == .uncaughtSignal, "networkd was killed by SIGKILL")
        lock.release()
        return try DaemonProcess.start(database: database, directory: daemon.directory)
    }

    /// Asserts the numbering in SQL and returns each series' N.
    ///
    /// - every series (every year's invoices and credit notes) holds exactly the numbers
    ///   1…`last_number` across invoices and credit notes, each once;
    /// - an invoice has a number exactly when it was issued (cancelled ones: when they have a
    ///   credit note); every one of the 2,000 has one; poisoned drafts and spare drafts that no
    ///   direct client committed are drafts without one;
    /// - every number the daemon answered, and every number a direct client committed, is the
    ///   stored one; every number a failed transaction took is ≤ N, so it was given again.
    static func checkNumbering(_ database: TestDatabase, fixture: GaplessFixture, ledger: IssueLedger,
                               takers: NumberTakers) async throws -> [String: Int] {
        let psql: @Sendable (String) async throws -> [[String]] = { sql in
            let output = try await offPool { try database.psql(sql) }
            return output.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        }
        let state = ledger.snapshot
        #expect(state.unexpected.isEmpty, "\(state.unexpected.count) unexpected answers: \(state.unexpected.prefix(10))")
        #expect(takers.problems.isEmpty, "\(takers.problems.prefix(10))")

        var lastNumber: [String: Int] = [:]
        for row in try await psql("""
            SELECT s.series, s.last_number, count(d.number), count(DISTINCT d.number), coalesce(min(d.number), 0), coalesce(max(d.number), 0)
            FROM invoice_series s LEFT JOIN (SELECT series, number FROM invoice WHERE number IS NOT NULL
                                             UNION ALL SELECT series, number FROM credit_note) AS d USING (series)
            GROUP BY s.series, s.last_number ORDER BY s.series
            """) {
            let figures = row.dropFirst().compactMap { Int($0) }
            try #require(figures.count == 5, "\(row)")
            let (last, count, distinct, lowest, highest) = (figures[0], figures[1], figures[2], figures[3], figures[4])
            #expect(count == last && distinct == last && lowest == 1 && highest == last,
                    "\(row[0]): counter at \(last), \(count) documents, \(distinct) distinct numbers from \(lowest) to \(highest)")
            lastNumber[row[0]] = last
        }
        #expect(Set(lastNumber.keys) == Set(fixture.series), "series: \(lastNumber.keys.sorted())")

        let cancelled = (fixture.jobs + fixture.closing).filter { $0.cancel && !$0.poisoned }.map(\.id)
        let counts = try await psql("""
            SELECT (SELECT count(*) FROM invoice WHERE status IN ('issued', 'part_paid', 'paid') AND number IS NULL),
                   (SELECT count(*) FROM invoice WHERE status IN ('draft', 'awaiting_po') AND number IS NOT NULL),
                   (SELECT count(*) FROM invoice i WHERE status = 'cancelled'
                      AND (number IS NOT NULL) <> EXISTS (SELECT 1 FROM credit_note c WHERE c.invoice_id = i.id)),
                   (SELECT count(*) FROM invoice WHERE id = ANY('{\(Self.list(fixture.issued))}') AND number IS NOT NULL),
                   (SELECT count(*) FROM invoice i WHERE id = ANY('{\(Self.list(cancelled))}') AND status = 'cancelled'
                      AND (SELECT count(*) FROM credit_note c WHERE c.invoice_id = i.id) = 1),
                   (SELECT count(*) FROM credit_note),
                   (SELECT count(*) FROM invoice WHERE id = ANY('{\(Self.list(fixture.poisoned))}') AND status = 'draft' AND number IS NULL)
            """).first?.compactMap { Int($0) } ?? []
        #expect(counts == [0, 0, 0, fixture.issued.count, cancelled.count, cancelled.count, fixture.poisoned.count],
                """
                [issued unnumbered, drafts numbered, cancelled mismatched, of \(fixture.issued.count) numbered, \
                of \(cancelled.count) credited, credit notes, of \(fixture.poisoned.count) poisoned untouched]
                """)
        #expect(state.refusedAfterTaking == fixture.poisoned.count, "every poisoned draft was refused after its number was taken")

        var stored: [Int64: String] = [:]
        for row in try await psql("SELECT id, number_text FROM invoice WHERE number IS NOT NULL") where row.count == 2 {
            if let id = Int64(row[0]) { stored[id] = row[1] }
        }
        let wrong = state.answered.filter { stored[$0.key] != $0.value }
        #expect(wrong.isEmpty, "answers that are not the stored numbers: \(wrong.prefix(5))")
        var notes: [Int64: String] = [:]
        for row in try await psql("SELECT invoice_id, number_text FROM credit_note") where row.count == 2 {
            if let id = Int64(row[0]) { notes[id] = row[1] }
        }
        #expect(state.credited.allSatisfy { notes[$0.key] == $0.value }, "credit note answers match what is stored")
        #expect(state.answered.count + state.replays >= fixture.issued.count, "every issue was answered or replayed")

        let outcomes = takers.all
        let committed = Dictionary(outcomes.filter(\.committed).compactMap { outcome in
            outcome.draft.map { ($0.id, InvoiceNumber(series: outcome.series, number: outcome.taken[0]).description) }
        }, uniquingKeysWith: { first, _ in first })
        let spareNumbered = try await psql("SELECT id, number_text FROM invoice WHERE created_by = 'test:spare' AND number IS NOT NULL")
        let spareStored = Dictionary(spareNumbered.compactMap { row in Int64(row[0]).map { ($0, row[1]) } }, uniquingKeysWith: { first, _ in first })
        #expect(spareStored == committed, "spare drafts are numbered exactly as the direct clients committed them")
        let givenBack = outcomes.filter { !$0.committed }.flatMap { outcome in outcome.taken.map { (outcome.series, $0) } }
        let notGivenAgain = givenBack.filter { $0.1 > lastNumber[$0.0] ?? 0 }
        #expect(notGivenAgain.isEmpty, "numbers failed transactions took that no document holds: \(notGivenAgain.prefix(5))")
        #expect(givenBack.count >= NumberTakers.Attempt.allCases.count, "direct clients rolled numbers back: \(givenBack.count)")
        let kinds = Set(outcomes.map(\.attempt))
        #expect(kinds == Set(NumberTakers.Attempt.allCases), "attempted \(kinds.map(\.rawValue).sorted())")
        return lastNumber
    }

    private static func list(_ ids: [Int64]) -> String { ids.map(String.init).joined(separator: ",") }
}
