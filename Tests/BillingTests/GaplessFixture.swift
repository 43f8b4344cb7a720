import AdminProtocol
import MembershipTestSupport
import NetworkCore
import NetworkTestSupport
import Testing

/// The database the gapless-numbering test starts from: membership years open with fee
/// schedules, councils that have been members since the earliest, and the drafts to issue.
///
/// The years, fees, members and one subscription draft per member and year go through the
/// daemon's own request path (in process); the bulk of the drafts, each of one manual line, is
/// inserted by one `INSERT … SELECT generate_series` as the schema owner — 2,000 `invoice.create`
/// calls would cost most of the test's time budget on a loaded 2-core machine, and creating
/// drafts is not what the test is about.
struct GaplessFixture: Sendable {
    /// One draft the socket clients issue, and whether they then cancel it (a credit note).
    struct Job: Sendable, Hashable {
        var id: Int64
        var cancel: Bool
        /// A draft whose issue must fail after the number was taken (see ``poisoned``).
        var poisoned: Bool
    }

    /// One draft the direct number takers may number, in the year it bills.
    struct Spare: Sendable, Hashable {
        var id: Int64
        var startYear: Int
    }

    /// The open membership years' start years, the current one last.
    let years: [Int]
    /// What the socket clients do: ``issued`` drafts (some then cancelled) and ``poisoned`` ones.
    let jobs: [Job]
    /// Two more drafts per year, issued and cancelled once every direct taker has finished: each
    /// series then gives two numbers after the last one a failed transaction took (a failed
    /// transaction takes at most two), which therefore must all have been given again.
    let closing: [Job]
    /// Drafts for the direct number takers.
    let spare: [Spare]

    /// The drafts that must end up numbered, cancelled or not.
    var issued: [Int64] { (jobs + closing).filter { !$0.poisoned }.map(\.id) }
    /// Drafts marked as fully credited before they were ever issued: `invoice.issue` takes their
    /// number, then the `UPDATE` that issues them fails a CHECK (an issued invoice must still be
    /// owed something), so the daemon's transaction rolls back after taking the number.
    var poisoned: [Int64] { jobs.filter(\.poisoned).map(\.id) }
    /// The invoice series (`CCIN-2026`) and credit-note series (`CCIN-CN-2026`) of every year.
    var series: [String] { years.flatMap { ["CCIN-\($0)", "CCIN-CN-\($0)"] } }

    /// Sets everything up: `years` membership years open up to the current one, `issue` drafts
    /// for the socket clients (a subscription per member for the last two years, the rest manual
    /// lines spread over every year; every `cancelEvery`-th cancelled after issue), `poisoned`
    /// drafts that cannot be issued, `spare` drafts for the direct takers; `members` councils.
    ///
    /// Each year is a series of its own, locked by its issuers: more years, more issues at once.
    static func make(_ h: MembershipHarness, years count: Int, issue: Int, cancelEvery: Int, poisoned: Int, spare: Int,
                     members: Int = 8) async throws -> GaplessFixture {
        let current = try await BillingKit.currentYear(h)
        let years = try (0..<count).map { try MembershipYear(startYear: current.startYear - count + 1 + $0, startMonth: current.startMonth) }
        for year in years {
            _ = try await h.call(YearOpen.self, .init(startYear: year.startYear))
            _ = try await h.call(FeesSet.self, BillingKit.schedule(year.startYear))
        }
        var subscriptions: [Int64] = []
        for index in 1...members {
            let council = try await BillingKit.council(h, "Gapless Council \(index)", population: 40_000 * index, since: years[0].start)
            for year in years.suffix(2) {
                let draft = try await h.call(InvoiceCreate.self, .init(memberId: council.id, startYear: year.startYear, subscription: true))
                subscriptions.append(draft.id)
            }
        }
        let closingCount = 2 * count
        let manual = issue - subscriptions.count - closingCount
        try #require(manual >= 0)
        _ = try await h.psql("""
            INSERT INTO invoice (member_id, start_year, kind, tier, currency, created_by)
            SELECT m.ids[1 + g % cardinality(m.ids)], \(years[0].startYear) + g % \(count), 'manual', 'full', 'GBP',
                   CASE WHEN g <= \(manual) THEN 'test:issue' WHEN g <= \(manual + poisoned) THEN 'test:poisoned'
                        WHEN g <= \(manual + poisoned + spare) THEN 'test:spare' ELSE 'test:closing' END
            FROM (SELECT array_agg(id ORDER BY id) AS ids FROM member WHERE name LIKE 'Gapless Council %') AS m,
                 generate_series(1, \(manual + poisoned + spare + closingCount)) AS g;
            INSERT INTO invoice_line (invoice_id, position, kind, description, net, vat_basis_points, vat)
            SELECT id, 1, 'manual', 'Gapless workshop ' || id, 10000, 2000, 2000 FROM invoice WHERE created_by LIKE 'test:%';
            UPDATE invoice SET credited = gross WHERE created_by = 'test:poisoned';
            """)
        let rows = try await h.psql("SELECT created_by, id, start_year FROM invoice WHERE created_by LIKE 'test:%' ORDER BY id")
        var bulk: [String: [(id: Int64, year: Int)]] = [:]
        for row in rows.split(separator: "\n") {
            let fields = row.split(separator: "|")
            guard fields.count == 3, let id = Int64(fields[1]), let year = Int(fields[2]) else { continue }
            bulk[String(fields[0]), default: []].append((id, year))
        }
        let toIssue = subscriptions + (bulk["test:issue"] ?? []).map(\.id)
        var jobs = toIssue.enumerated().map { Job(id: $1, cancel: $0 % cancelEvery == cancelEvery - 1, poisoned: false) }
        jobs += (bulk["test:poisoned"] ?? []).map { Job(id: $0.id, cancel: false, poisoned: true) }
        let closing = (bulk["test:closing"] ?? []).map { Job(id: $0.id, cancel: true, poisoned: false) }
        let fixture = GaplessFixture(years: years.map(\.startYear), jobs: jobs.shuffled(), closing: closing,
                                     spare: (bulk["test:spare"] ?? []).map { Spare(id: $0.id, startYear: $0.year) })
        try #require(fixture.issued.count == issue && fixture.poisoned.count == poisoned && fixture.spare.count == spare)
        let closingYears = Dictionary(grouping: bulk["test:closing"] ?? [], by: \.year).mapValues(\.count)
        try #require(closingYears.count == count && closingYears.values.allSatisfy { $0 == 2 }, "two closing drafts per year: \(closingYears)")
        return fixture
    }
}
