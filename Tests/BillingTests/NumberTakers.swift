import Foundation
import NetworkTestSupport
import Postgres
import Synchronization

/// Clients that take invoice numbers directly, over libpq as the schema owner, while the socket
/// clients issue: each attempt is one transaction that calls `invoice_series_take` and then
/// fails at a chosen point — by an error, by a refusal at `COMMIT`, or by its backend dying —
/// so the number it took must be given to someone else. One attempt in seven commits properly
/// (a spare draft numbered by hand), so the counter also moves under the daemon from outside.
///
/// Rollbacks come from real failures only: nothing is mocked, no `ROLLBACK` is sent by choice.
final class NumberTakers: Sendable {
    /// Where an attempt stops.
    enum Attempt: String, CaseIterable, Sendable {
        /// `SELECT 1 / 0` after the take.
        case failsAfterTake
        /// The draft numbered, then changed: `invoice_guard` refuses (an issued invoice is immutable).
        case failsAfterNumbering
        /// The take alone, committed: the deferred `invoice_series_used` refuses.
        case refusedUnusedAtCommit
        /// Two takes, the second number used: the first is unused, so the commit is refused.
        case refusedSkippedAtCommit
        /// The draft numbered, then the backend terminates itself mid-transaction.
        case backendDiesAfterNumbering
        /// Then the counter written directly, two on: refused at once (`invoice_series_step`).
        case refusedJumpingTheCounter
        /// The draft numbered and committed.
        case commits

        /// Whether the attempt numbers a spare draft.
        var needsDraft: Bool { ![.failsAfterTake, .refusedUnusedAtCommit, .refusedJumpingTheCounter].contains(self) }
    }

    /// What one attempt did.
    struct Outcome: Sendable {
        var attempt: Attempt
        var series: String
        var taken: [Int] = []
        var draft: GaplessFixture.Spare?
        var committed = false
        var error: PostgresError?
    }

    private let pool: PostgresPool
    private let series: [String]
    private let spares: Mutex<[GaplessFixture.Spare]>
    private let outcomes = Mutex<[Outcome]>([])

    init(database: TestDatabase, fixture: GaplessFixture, connections: Int) {
        pool = database.makePool(size: connections)
        series = fixture.series
        spares = Mutex(fixture.spare)
    }

    /// Everything attempted so far.
    var all: [Outcome] { outcomes.withLock { $0 } }

    /// Runs `rounds` rounds of every ``Attempt``, spread over the socket clients' progress (the
    /// `k`-th attempt waits until about `k / total` of their jobs are settled, or they are done),
    /// so attempts land before, around and after the daemon's kill.
    func run(rounds: Int, pacedBy ledger: IssueLedger) async throws {
        let plan = (0..<rounds).flatMap { _ in Attempt.allCases.shuffled() }
        for (index, attempt) in plan.enumerated() {
            let due = index * ledger.total / plan.count
            while ledger.settled < due && ledger.snapshot.pending.count > 0 && !ledger.isStopped {
                try await Task.sleep(for: .milliseconds(5))
            }
            if ledger.isStopped { return }
            let draft = attempt.needsDraft ? takeSpare() : nil
            let chosen = attempt.needsDraft && draft == nil ? .failsAfterTake : attempt
            let target = draft.map { "CCIN-\($0.startYear)" } ?? series.randomElement()!
            let outcome = try await pool.withConnection { connection in
                Self.attempt(chosen, series: target, draft: draft, on: connection)
            }
            if let draft, !outcome.committed { spares.withLock { $0.append(draft) } }
            outcomes.withLock { $0.append(outcome) }
        }
    }

    /// Closes the connections.
    func close() async { await pool.close() }

    /// Each attempt that did not end as its kind must: a commit that failed, or a failure of the
    /// wrong kind (a deadlock, a lock timeout, a refusal that never came).
    var problems: [String] {
        all.compactMap { outcome in
            let code = outcome.error?.code?.rawValue
            let constraint = outcome.error?.constraint
            let expected: Bool = switch outcome.attempt {
            case .failsAfterTake: code == "22012"
            case .failsAfterNumbering: code == "23514" && constraint == "invoice_issued_immutable"
            case .refusedUnusedAtCommit, .refusedSkippedAtCommit: code == "23514" && constraint == "invoice_series_gapless"
            case .refusedJumpingTheCounter: code == "23514" && constraint == "invoice_series_step"
            case .backendDiesAfterNumbering: outcome.error?.kind == .connectionLost || code == "57P01"
            case .commits: outcome.committed && outcome.error == nil
            }
            if expected && outcome.committed == (outcome.attempt == .commits) { return nil }
            return "\(outcome.attempt) on \(outcome.series) took \(outcome.taken): committed \(outcome.committed), "
                + (outcome.error.map { String(reflecting: $0) } ?? "no error")
        }
    }

    private func takeSpare() -> GaplessFixture.Spare? {
        spares.withLock { $0.isEmpty ? nil : $0.remove(at: Int.random(in: 0..<$0.count)) }
    }

    /// One transaction, on the pool's thread.
    private static func attempt(_ attempt: Attempt, series: String, draft: GaplessFixture.Spare?,
                                on connection: PostgresConnection) -> Outcome {
        var outcome = Outcome(attempt: attempt, series: series, draft: draft)
        do {
            // Named so that the test can tell these sessions from the daemon's in pg_stat_activity.
            try connection.executeScript("SET application_name = 'gapless-taker'; BEGIN; SET LOCAL lock_timeout = '60s'")
            outcome.taken.append(try take(series, on: connection))
            // Keep the counter locked a moment, so issuers queue behind a number that goes back.
            _ = try connection.query("SELECT pg_sleep(0.002)")
            switch attempt {
            case .failsAfterTake:
                _ = try connection.query("SELECT 1 / 0 AS never")
            case .failsAfterNumbering:
                try number(draft!, series: series, outcome.taken[0], on: connection)
                try connection.execute("UPDATE invoice SET po_number = 'CHANGED AFTER ISSUE' WHERE id = \(draft!.id)")
            case .refusedUnusedAtCommit:
                try connection.executeScript("COMMIT")
                outcome.committed = true
            case .refusedSkippedAtCommit:
                outcome.taken.append(try take(series, on: connection))
                try number(draft!, series: series, outcome.taken[1], on: connection)
                try connection.executeScript("COMMIT")
                outcome.committed = true
            case .refusedJumpingTheCounter:
                try connection.execute("UPDATE invoice_series SET last_number = last_number + 2 WHERE series = \(series)")
                try connection.executeScript("COMMIT")
                outcome.committed = true
            case .backendDiesAfterNumbering:
                try number(draft!, series: series, outcome.taken[0], on: connection)
                _ = try connection.query("SELECT pg_terminate_backend(pg_backend_pid())")
            case .commits:
                try number(draft!, series: series, outcome.taken[0], on: connection)
                try connection.executeScript("COMMIT")
                outcome.committed = true
            }
        } catch let error as PostgresError {
            outcome.error = error
        } catch {
            outcome.error = PostgresError(kind: .decoding, message: "\(error)")
        }
        // Ends whatever failed (after a failed COMMIT there is nothing left to end; on a dead
        // connection this fails and the pool discards the connection).
        if !outcome.committed { try? connection.executeScript("ROLLBACK") }
        return outcome
    }

    private static func take(_ series: String, on connection: PostgresConnection) throws -> Int {
        guard let number: Int = try connection.query("SELECT invoice_series_take(\(series)) AS n").first?.decode("n") else {
            throw PostgresError(kind: .decoding, message: "invoice_series_take returned nothing")
        }
        return number
    }

    /// Issues a spare draft by hand with `number`, as the daemon's `markIssued` does.
    private static func number(_ draft: GaplessFixture.Spare, series: String, _ number: Int, on connection: PostgresConnection) throws {
        let updated = try connection.execute("""
            UPDATE invoice SET status = 'issued', series = \(series), number = \(number), issued_on = current_date,
                due_on = current_date + 30, snapshot = '{"issuedBy": "gapless test"}', version = version + 1
            WHERE id = \(draft.id) AND status = 'draft'
            """)
        guard updated == 1 else { throw PostgresError(kind: .decoding, message: "spare draft \(draft.id) was not a draft") }
    }
}
