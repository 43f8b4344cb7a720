import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkDaemon
import NetworkStore
import NetworkTestSupport
import Testing

/// What a scheduler does after no daemon ran for weeks: one run of each daily job for today
/// (not one per missed day), one reminder per invoice (the latest step reached; the earlier
/// ones recorded as skipped), and a renewal whose invoice date passed runs at once.
@Suite("Catching up after downtime", .serialized)
struct SchedulerCatchUpTests {
    @Test(.freshDatabase) func aLongGapGivesOneRunPerJobAndOneReminderPerInvoice() async throws {
        let h = try MembershipHarness(database: try TestDatabase.require(), configuration: SchedulerKit.configuration())
        let scheduler = h.request.services.scheduler
        try await SchedulerKit.setClock(h, to: "2027-08-01 12:00 Europe/London")
        _ = try await SchedulerKit.network(h, count: 10, since: "2027-08-01")
        _ = try await h.call(YearOpen.self, .init(startYear: 2027))
        _ = try await h.call(FeesSet.self, SchedulerKit.schedule(2027))

        // Down from 1 August to 5 November: 35 days after the 1 October due date.
        try await SchedulerKit.setClock(h, to: "2027-11-05 09:00 Europe/London")
        var runs = await scheduler.pass()
        #expect(runs.map(\.job).sorted() == [.changes, .renewal, .reminders, .lapse], "one run each, not one per missed day")
        #expect(runs.allSatisfy { $0.outcome == .succeeded })
        #expect(runs.first { $0.job == .renewal }?.dueAt.hasPrefix("2027-09-01T05:00:00") == true, "due at 06:00 London on the invoice date")
        // Renewal issued today (5 November): due 5 December, nothing overdue yet.
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM invoice WHERE status = 'issued' AND due_on = '2027-12-05'") == 8)

        // Down again until 45 days after that due date: steps 1 (14) and 2 (30) reached at once.
        try await SchedulerKit.setClock(h, to: "2028-01-19 09:00 Europe/London")
        runs = await scheduler.pass()
        #expect(runs.first { $0.job == .reminders }?.counts == ["sent": 8, "skipped": 8])
        #expect(try await SchedulerKit.reminders(h) == ["1:skipped": 8, "2:sent": 8])
        #expect(try await SchedulerKit.outbox(h)["reminder"] == 8, "one reminder per invoice, not two")
        #expect(try await SchedulerKit.count(h, """
            SELECT count(*) FROM outbox o JOIN invoice_reminder r ON r.outbox_id = o.id
            WHERE r.step = 2 AND o.facts @> '{"step": 2, "steps": 3, "daysAfterDue": 30, "daysOverdue": 45}'
            """) == 8)
        #expect(try await SchedulerKit.count(h, "SELECT count(*) FROM invoice_reminder WHERE outcome = 'skipped' AND outbox_id IS NULL") == 8)
        await h.close()
    }
}
