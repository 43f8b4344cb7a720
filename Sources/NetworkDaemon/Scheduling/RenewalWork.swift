import AdminProtocol
import Logging
import NetworkCore
import NetworkStore
import Postgres

/// The renewal run: batches of candidates, each priced in Swift and created in one statement,
/// one transaction per batch that also renews the run's lease.
///
/// Guarantees: idempotent — the candidates are whatever the database still lacks, and every
/// insert is conflict-proof (see `RenewalStore`) — so a run stopped anywhere (a crash, a lost
/// lease, a shutdown) is finished by the next with nothing created twice and nobody missed.
/// A member that cannot be priced is skipped with a note, not a failure of the run.
struct RenewalWork {
    let pool: PostgresPool
    let documents: InvoiceDocuments
    let settings: SchedulingConfiguration
    let by: JobActor
    let startYear: Int

    /// What the year's pricing needs, read once per run.
    private func pricing(on connection: PostgresConnection) throws -> (RenewalPricing, BillingCalendar) {
        let calendar = try BillingCalendar.read(on: connection)
        let (year, record) = try calendar.openYear(startYear, on: connection)
        guard let schedule = try FeeStore.get(year, on: connection)?.schedule else {
            throw NetworkError.notFound(entity: "fee schedule", id: "\(year.label) (set it with \(FeesSet.name))")
        }
        return (RenewalPricing(year: year, record: record, schedule: schedule), calendar)
    }

    /// Runs it for `run`, batch by batch, until no candidate is left.
    ///
    /// - Throws: `JobStop` when the lease is lost or the daemon shuts down between batches;
    ///   whatever a batch throws (it is rolled back; the batches before it stay).
    func run(_ run: HeldRun) async throws -> JobTally {
        var tally = JobTally()
        for name in ["members", "periods", "invoices", "unpriced"] + (settings.renewalIssues ? ["issued", "awaitingPurchaseOrder"] : []) {
            tally.add(name, 0)
        }
        var after: Int64 = 0
        let batch = settings.renewalBatch
        let issues = settings.renewalIssues
        while true {
            if Task.isCancelled { throw JobStop.shuttingDown }
            let (last, batchTally) = try await pool.withTransaction { [tally, after] connection in
                let (pricing, calendar) = try pricing(on: connection)
                let scan = try RenewalStore.candidates(pricing.record, after: after, limit: batch, on: connection)
                guard let last = scan.lastMemberId else { return (Int64?.none, JobTally()) }
                var batchTally = JobTally()
                var items: [RenewalItem] = []
                for candidate in scan.candidates {
                    switch pricing.price(candidate) {
                    case .success(let priced): items.append(priced.item)
                    case .failure(let error):
                        batchTally.add("unpriced", 1)
                        batchTally.note(RenewalPricing.note(candidate, error))
                    }
                }
                let created = try RenewalStore.create(items, year: pricing.record, currency: pricing.schedule.currency.code, actor: by.actor,
                                                      actorRole: by.role, requestID: by.requestID, method: by.method, on: connection)
                batchTally.add("members", items.count)
                batchTally.add("periods", created.periods)
                batchTally.add("invoices", created.invoices)
                if issues {
                    let issuing = InvoiceIssuing(calendar: calendar, actor: by.actor, connection: connection, render: documents.check)
                    for id in created.invoiceIds {
                        let after: InvoiceRecord
                        switch try issuing.issue(try InvoiceStore.require(id, forUpdate: true, on: connection)) {
                        case .issued(let invoice):
                            batchTally.add("issued", 1)
                            after = invoice
                        case .heldForPurchaseOrder(let invoice):
                            batchTally.add("awaitingPurchaseOrder", 1)
                            after = invoice
                        }
                        _ = try AuditStore.append(AuditRecord(
                            requestID: by.requestID, actor: by.actor, role: by.role, method: by.method, target: "invoice:\(id)",
                            beforeJSON: #"{"status": "draft"}"#,
                            afterJSON: try JSONCoding.encodeString(["status": after.status.rawValue, "number": after.number ?? "",
                                                                    "dueOn": after.dueOn ?? ""])), on: connection)
                    }
                }
                var total = tally
                for (name, value) in batchTally.counts { total.add(name, value) }
                for note in batchTally.notes { total.note(note) }
                try run.renew(total, on: connection)
                return (Optional(last), batchTally)
            }
            guard let last else { break }
            after = last
            for (name, value) in batchTally.counts { tally.add(name, value) }
            for note in batchTally.notes { tally.note(note) }
        }
        return tally
    }

    /// Exactly what a run would create now, without writing anything: counts, totals by tier,
    /// the first `limit` lines and the members it cannot price.
    ///
    /// Run it in one snapshot (repeatable read) so that its batches agree.
    func preview(limit: Int, on connection: PostgresConnection) throws -> RenewalPreview.Result {
        let batch = settings.renewalBatch
        do {
            let (pricing, _) = try pricing(on: connection)
            var result = RenewalPreview.Result(
                startYear: startYear, yearLabel: pricing.year.label, currency: pricing.schedule.currency.code, members: 0, periods: 0,
                invoices: 0, net: 0, vat: 0, gross: 0, byTier: [], lines: [], unpriced: [], issues: settings.renewalIssues)
            var tiers: [String: RenewalTierTotal] = [:]
            var after: Int64 = 0
            while true {
                let scan = try RenewalStore.candidates(pricing.record, after: after, limit: batch, on: connection)
                guard let last = scan.lastMemberId else { break }
                after = last
                for candidate in scan.candidates {
                    let priced: RenewalPricing.Priced
                    switch pricing.price(candidate) {
                    case .success(let value): priced = value
                    case .failure(let error):
                        result.unpriced.append(RenewalPricing.note(candidate, error))
                        continue
                    }
                    let line = priced.item.line
                    result.members += 1
                    if candidate.periodId == nil { result.periods += 1 }
                    var total = tiers[candidate.tier] ?? RenewalTierTotal(tier: candidate.tier, members: 0, invoices: 0, net: 0, vat: 0, gross: 0)
                    total.members += 1
                    if let line {
                        result.invoices += 1
                        result.net += line.net
                        result.vat += line.vat
                        result.gross += line.net + line.vat
                        total.invoices += 1
                        total.net += line.net
                        total.vat += line.vat
                        total.gross += line.net + line.vat
                    }
                    tiers[candidate.tier] = total
                    if result.lines.count < limit {
                        result.lines.append(RenewalLineWire(
                            memberId: candidate.memberId, memberName: candidate.name, tier: candidate.tier, startsOn: priced.item.startsOn,
                            newPeriod: candidate.periodId == nil, net: line?.net, vat: line?.vat, gross: line.map { $0.net + $0.vat },
                            description: line?.description))
                    }
                }
            }
            let order = try TierStore.list(on: connection).map(\.code)
            result.byTier = tiers.values.sorted { (order.firstIndex(of: $0.tier) ?? .max, $0.tier) < (order.firstIndex(of: $1.tier) ?? .max, $1.tier) }
            return result
        }
    }
}
