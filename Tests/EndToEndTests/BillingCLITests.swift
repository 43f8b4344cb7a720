import Foundation
import NetworkTestSupport
import Testing

/// The subscription year through the built `networkctl` against the built `networkd`: open the
/// year, set fees, quote a council, issue invoices, a PO arriving from a member token, a
/// payment, the reports as tables and CSV.
@Suite("networkctl billing, end to end", .serialized)
struct BillingCLITests {
    init() throws {
        try #require(BuiltBinaries.areBuilt, "run `swift build` before `swift test`: \(BuiltBinaries.directory)")
    }

    static let schedule = """
        {"currency": "GBP", "vatBasisPoints": 2000, "proRata": "monthly", "budgetMeasure": "revenue", "tiers": [
          {"tier": "full", "basis": "population", "populationBands": [
            {"lowerBound": 0, "upperBound": 100000, "fee": 150000}, {"lowerBound": 100000, "upperBound": 250000, "fee": 250000},
            {"lowerBound": 250000, "upperBound": 500000, "fee": 350000}, {"lowerBound": 500000, "fee": 500000}]},
          {"tier": "affiliate", "flatFee": 75000}]}
        """

    @Test func theSubscriptionYearFromOpeningToTheAgedDebtReport() async throws {
        let daemon = try DaemonProcess.start(database: try await TestDatabase.fresh())
        defer { daemon.stop() }
        let ctl = CLI(socket: daemon.socketPath)

        let opened = try ctl.json(["year", "open"])
        let startYear = try #require(opened["startYear"] as? Int)
        let label = try #require(opened["label"] as? String)
        #expect(try ctl.run(["year", "list"]).stdout.hasPrefix("YEAR     START YEAR  FROM"))

        let directory = try makeTemporaryDirectory(prefix: "fees")
        let file = directory + "/fees.json"
        var broken = Self.schedule.replacingOccurrences(of: "\"lowerBound\": 250000", with: "\"lowerBound\": 260000")
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try ctl.run(["fees", "set", String(startYear), "--file", file])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("leave a gap: 250,000 to 260,000 has no band"), "\(refused.stderr)")
        broken = Self.schedule
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        let set = try ctl.run(["fees", "set", String(startYear), "--file", file])
        #expect(set.status == 0, "stderr: \(set.stderr)")
        #expect(set.stdout.contains("full       councils by population  250,000  500,000    £3,500.00"), "\(set.stdout)")
        #expect(set.stdout.split(separator: "\n")[2].hasPrefix("full "), "tiers in their order: \(set.stdout)")

        let member = try ctl.json(["member", "add", "--name", "Stroud District Council", "--kind", "district", "--tier", "full",
                                   "--nation", "england", "--population", "119964", "--budget-revenue", "25,300,000",
                                   "--budget-capital", "8,000,000", "--member-since", "\(startYear)-08-01", "--po-required"])
        let memberID = try #require(member["id"] as? Int)
        let quote = try ctl.run(["fees", "quote", String(memberID)])
        #expect(quote.status == 0, "stderr: \(quote.stderr)")
        #expect(fields(quote.stdout)["band"] == "2 by population: 100,000 to 250,000, figure 119,964")
        #expect(fields(quote.stdout)["total"] == "£3,000.00")

        let draft = try ctl.json(["invoice", "create", String(memberID), "--subscription"])
        let invoiceID = try #require(draft["id"] as? Int)
        let held = try ctl.run(["invoice", "issue", String(invoiceID)])
        #expect(held.status == 0 && held.stderr.contains("waits for a purchase-order number"))
        #expect(fields(held.stdout)["status"] == "awaiting_po")

        // The council's finance officer supplies the PO number with a member token.
        let contact = try ctl.json(["contact", "add", String(memberID), "--name", "Ada Lovelace", "--email", "ada@stroud.example",
                                    "--primary", "finance"])
        let contactID = try #require(contact["id"] as? Int)
        let issued = try ctl.run(["token", "issue", String(contactID), "--expires-in-days", "30"])
        let tokenFile = try makeTemporaryDirectory(prefix: "token") + "/token"
        try issued.stdout.write(toFile: tokenFile, atomically: true, encoding: .utf8)
        let po = try ctl.run(["--token-file", tokenFile, "invoice", "po", String(invoiceID), "PO-77-ALPHA"])
        #expect(po.status == 0, "stderr: \(po.stderr)")
        #expect(fields(po.stdout)["invoice"] == "CCIN-\(startYear)-0001")
        #expect(fields(po.stdout)["PO number"] == "PO-77-ALPHA")
        #expect(try ctl.run(["--token-file", tokenFile, "payment", "list"]).status == 77)
        // The member downloads its invoice as sent; pdftotext reads it back.
        let pdf = directory + "/invoice.pdf"
        let written = try ctl.run(["--token-file", tokenFile, "invoice", "pdf", "CCIN-\(startYear)-0001", "-o", pdf])
        #expect(written.status == 0, "stderr: \(written.stderr)")
        #expect(written.stderr.contains("wrote CCIN-\(startYear)-0001 (application/pdf"))
        let text = try runProcess("/usr/bin/pdftotext", ["-layout", pdf, "-"])
        #expect(text.status == 0)
        for needle in ["CCIN-\(startYear)-0001", "PO-77-ALPHA", "Stroud District Council", "Ada Lovelace", "£3,000.00"] {
            #expect(text.stdout.contains(needle), "\(needle) in \(text.stdout)")
        }
        let mine = try ctl.run(["--token-file", tokenFile, "invoice", "list"])
        #expect(mine.stdout.contains("CCIN-\(startYear)-0001  Stroud District Council  \(label)"), "\(mine.stdout)")

        let paid = try ctl.run(["payment", "record", "CCIN-\(startYear)-0001", "1,000.00", "--method", "bank_transfer", "--reference", "BACS 88123"])
        #expect(paid.status == 0, "stderr: \(paid.stderr)")
        #expect(paid.stdout.contains("part_paid, outstanding £2,000.00"))
        let badAmount = try ctl.run(["payment", "record", String(invoiceID), "-5", "--method", "card"])
        #expect(badAmount.status == 64)

        let aged = try ctl.run(["report", "aged-debt"])
        #expect(aged.status == 0 && aged.stdout.contains("Stroud District Council  £2,000.00"), "\(aged.stdout)")
        let csv = try ctl.run(["report", "aged-debt", "--csv"])
        #expect(csv.stdout.hasPrefix("member_id,member,not_due,days_0_30,days_31_60,days_61_90,days_over_90,total,currency\r\n"))
        #expect(csv.stdout.contains("\(memberID),Stroud District Council,2000.00,0.00,0.00,0.00,0.00,2000.00,GBP\r\n"))
        let income = try ctl.run(["report", "income", "--csv"])
        #expect(income.stdout.contains("\(label),full,1,3000.00,0.00,3000.00,1000.00,2000.00,GBP\r\n"), "\(income.stdout)")
        #expect(try ctl.run(["report", "arrears"]).stdout.contains("None."))
    }
}
