import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// A whole CCIN membership year for a network of 150 members, with the network's clock moved
/// from date to date: the renewal run on the invoice date, reminders 14, 30 and 60 days after
/// the due date each exactly once, lapses at 90 days, and a payment that reinstates a lapsed
/// member — with one scheduler, and with two daemons' schedulers racing on one database.
@Suite("The scheduler through a membership year", .serialized)
struct SchedulerYearTests {
    /// Every scheduler passes at once; returns the runs they did between them.
    static func passAll(_ schedulers: [Scheduler]) async -> [JobRunRecord] {
        await withTaskGroup(of: [JobRunRecord].self) { group in
            for scheduler in schedulers { group.addTask { await scheduler.pass() } }
            var runs: [JobRunRecord] = []
            for await done in group { runs += done }
            return runs
        }
    }

    @Test(.freshDatabase, arguments: [1, 2])
    func aYearOfRenewalRemindersLapsesAndReinstatement(daemons: Int) async throws {
        let database = try TestDatabase.require()
        let configuration = SchedulerKit.configuration()
        let h = try MembershipHarness(database: database, configuration: configuration)
        var others: [MembershipHarness] = []
        for _ in 1..<daemons { others.append(try MembershipHarness(database: database, configuration: configuration)) }
        defer { Task { [others] in for other in others { await other.close() } } }
        let schedulers = [h.request.services.scheduler] + others.map(\.request.services.scheduler)
        #expect(Set(schedulers.map(\.holder)).count == daemons, "each daemon names itself")

        // 1 August 2027: the network, its year and its fees.
        try await SchedulerKit.setClock(h, to: "2027-08-01 12:00 Europe/London")
        _ = try await SchedulerKit.network(h, count: 150, since: "2027-08-01")
        let year = try await h.call(YearOpen.self, .init(startYear: 2027))
        #expect(year.invoiceDate == "2027-09-01" && year.paymentTermsDays == 30)
        _ = try await h.call(FeesSet.self, SchedulerKit.schedule(2027))
        var runs = await Self.passAll(schedulers)
        #expect(runs.map(\.job).sorted() == [.changes, .reminders, .lapse], "the day's jobs ran once, the renewal is not due yet")
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM member_period") == 0)

        // 1 September, 07:00: the renewal run (due at 06:00) and the day's jobs.
        try await SchedulerKit.setClock(h, to: "2027-09-01 07:00 Europe/London")
        runs = await Self.passAll(schedulers)
        #expect(runs.map(\.job).sorted() == [.changes, .renewal, .reminders, .lapse])
        let renewal = try #require(runs.first { $0.job == .renewal })
        #expect(renewal.outcome == .succeeded && renewal.attempts == 1, "\(renewal.error ?? "") \(runs.map { $0.error ?? "-" })")
        #expect(renewal.counts["periods"] == 150 && renewal.counts["invoices"] == 135, "\(renewal.counts)")
        #expect(renewal.counts["issued"] == 120 && renewal.counts["awaitingPurchaseOrder"] == 15, "\(renewal.counts)")
        #expect(try await SchedulerKit.count(h, "SELECT count(DISTINCT member_id) FROM member_period WHERE start_year = 2027") == 150)
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM invoice WHERE kind = 'subscription'") == 135)
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM invoice WHERE due_on = '2027-10-01'") == 120)
        #expect(try await SchedulerKit.outbox(h) == ["invoice-issued": 120, "po-requested": 15])
        #expect(await Self.passAll(schedulers).isEmpty, "a second look the same day finds nothing due")

        // 20 September: 40 members pay before the due date.
        try await SchedulerKit.setClock(h, to: "2027-09-20 10:00 Europe/London")
        for id in try await SchedulerKit.owed(h).prefix(40) { try await SchedulerKit.pay(h, id) }

        // 15 October (14 days after due): the first reminder to the 80 still owing.
        try await SchedulerKit.setClock(h, to: "2027-10-15 07:00 Europe/London")
        runs = await Self.passAll(schedulers)
        #expect(runs.first { $0.job == .reminders }?.counts == ["sent": 80, "skipped": 0])
        #expect(try await SchedulerKit.reminders(h) == ["1:sent": 80])
        let again = try await h.call(JobRun.self, .init(job: .reminders, startYear: nil, dryRun: nil))
        #expect(again.run.counts == ["sent": 0, "skipped": 0], "run by hand the same day, nothing is sent twice")

        // 20 October: 20 more pay. 31 October (30 days): the second reminder to 60.
        try await SchedulerKit.setClock(h, to: "2027-10-20 10:00 Europe/London")
        for id in try await SchedulerKit.owed(h).prefix(20) { try await SchedulerKit.pay(h, id) }
        try await SchedulerKit.setClock(h, to: "2027-10-31 07:00 Europe/London")
        _ = await Self.passAll(schedulers)
        #expect(try await SchedulerKit.reminders(h) == ["1:sent": 80, "2:sent": 60])

        // 15 November: 10 more pay. 30 November (60 days): the final reminder to 50.
        try await SchedulerKit.setClock(h, to: "2027-11-15 10:00 Europe/London")
        for id in try await SchedulerKit.owed(h).prefix(10) { try await SchedulerKit.pay(h, id) }
        try await SchedulerKit.setClock(h, to: "2027-11-30 07:00 Europe/London")
        _ = await Self.passAll(schedulers)
        #expect(try await SchedulerKit.reminders(h) == ["1:sent": 80, "2:sent": 60, "3:sent": 50])

        // 30 December (90 days): the 50 still owing lapse, each with its stored transition.
        try await SchedulerKit.setClock(h, to: "2027-12-30 07:00 Europe/London")
        runs = await Self.passAll(schedulers)
        #expect(runs.first { $0.job == .lapse }?.counts == ["lapsed": 50])
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM member WHERE status = 'lapsed'") == 50)
        #expect(try await SchedulerKit.count(h, """
            SELECT count(*) FROM member_status_change WHERE to_status = 'lapsed' AND from_status = 'active' AND actor = 'scheduler'
              AND reason LIKE 'invoice CCIN-2027-% unpaid 90 days after its due date (grace period 90 days)'
            """) == 50)
        #expect(try await SchedulerKit.count(h, """
            SELECT count(*) FROM audit_log WHERE actor = 'scheduler' AND target LIKE 'member:%' AND after ->> 'status' = 'lapsed'
            """) == 50)
        // The renewal's audit: one entry per invoice, and one per period of a member who pays nothing.
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM audit_log WHERE actor = 'scheduler' AND target LIKE 'invoice:%' AND after ? 'gross'") == 135)
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM audit_log WHERE actor = 'scheduler' AND after ? 'periodId'") == 15)
        #expect(await Self.passAll(schedulers).isEmpty)

        // A lapsed member pays its arrears: active again in the same transaction.
        let lapsed = try #require(Int64(try await h.psql("SELECT min(id) FROM member WHERE status = 'lapsed'")))
        let invoice = try #require(Int64(try await h.psql("SELECT id FROM invoice WHERE member_id = \(lapsed) AND status = 'issued'")))
        let paid = try await SchedulerKit.pay(h, invoice)
        #expect(paid.memberReinstated)
        #expect(try await h.call(MemberGet.self, .init(id: lapsed)).status == .active)
        #expect(try await SchedulerKit.count(h, """
            SELECT count(*) FROM member_status_change WHERE member_id = \(lapsed) AND from_status = 'lapsed' AND to_status = 'active'
              AND reason LIKE 'arrears cleared by payment % on CCIN-2027-%'
            """) == 1)

        // Every scheduled occurrence ran exactly once, and succeeded at its first attempt.
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM job_run WHERE trigger = 'schedule'") == 19)
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM job_run WHERE trigger = 'schedule' AND outcome = 'succeeded' AND attempts = 1") == 19)
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM job_run WHERE job = 'renewal'") == 1)
        #expect(try await SchedulerKit.reminders(h) == ["1:sent": 80, "2:sent": 60, "3:sent": 50])
        #expect(try await SchedulerKit.outbox(h) == [
            "invoice-issued": 120, "po-requested": 15, "reminder": 190, "lapse-notice": 50, "reinstatement": 1,
        ])
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM outbox o JOIN invoice_reminder r ON r.outbox_id = o.id") == 190)

        // daemon.status's counters, kept by triggers through the whole year, agree with counting.
        let status = try await h.call(DaemonStatus.self, NoParams())
        let counted = try await h.psql("""
            SELECT (SELECT count(*) FROM member WHERE status IN ('active', 'lapsed', 'suspended')) || ',' ||
                   (SELECT count(*) FROM application WHERE status IN ('submitted', 'recommended')) || ',' ||
                   (SELECT count(*) FROM invoice WHERE status IN ('issued', 'part_paid')) || ',' ||
                   (SELECT count(*) FROM invoice WHERE status = 'awaiting_po') || ',' ||
                   (SELECT count(*) FROM job_run WHERE finished_at IS NULL) || ',' ||
                   (SELECT count(*) FROM job_run WHERE outcome = 'failed') || ',' ||
                   (SELECT count(*) FROM outbox WHERE status = 'queued') || ',' ||
                   (SELECT count(*) FROM outbox WHERE status = 'failed') || ',' ||
                   (SELECT count(*) FROM audit_log)
            """)
        let names = ["currentMembers", "openApplications", "unpaidInvoices", "invoicesAwaitingPurchaseOrder", "jobsRunning",
                     "jobRunsFailed", "mailQueued", "mailFailed", "auditEntries"]
        #expect(names.map { String(status.counts[$0] ?? -1) }.joined(separator: ",") == counted)
        #expect(status.counts["unpaidInvoices"] ?? 0 > 0)
        await h.close()
    }
}
