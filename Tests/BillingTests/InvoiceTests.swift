import AdminProtocol
import NetworkCore
import MembershipTestSupport
import NetworkTestSupport
import Testing

/// Invoices: drafts, issue and numbering, PO numbers, immutability and bad input.
@Suite("Invoices", .freshDatabase)
struct InvoiceTests {
    @Test func issuingNumbersFromTheYearsSeriesDatesItAndFreezesItsContent() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let today = try await BillingKit.today(h)
            let stroud = try await BillingKit.council(h, "Stroud District Council")
            let draft = try await BillingKit.subscription(h, stroud)
            #expect(draft.status == .draft && draft.number == nil && draft.gross == 420_000 && draft.lines.count == 1)
            #expect(draft.lines[0].description == "Membership subscription \(year.label): full tier, band 3 by population; whole year")
            let issued = try await h.call(InvoiceIssue.self, .init(id: draft.id, expectedVersion: draft.version))
            #expect(issued.status == .issued && issued.number == "CCIN-\(year.startYear)-0001")
            let due = try today.adding(days: 30)
            #expect(issued.issuedOn == today.description && issued.dueOn == due.description)
            let again = try await h.expectError(InvoiceIssue.self, .init(id: draft.id), kind: "invalid_transition")
            #expect(again.message.contains("issued"))
            let second = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Oldham Council"))
            #expect(second.number == "CCIN-\(year.startYear)-0002")
            // One live subscription invoice per period.
            _ = try await h.expectError(InvoiceCreate.self, .init(memberId: stroud.id, startYear: year.startYear, subscription: true),
                                        kind: "conflict")
            // The snapshot carries what was sent; later edits do not reach it.
            _ = try await h.call(MemberSetBilling.self, .init(id: stroud.id, billingName: "Renamed Council", billingAddress: "1 New Street"))
            let payer = try await h.psql("SELECT snapshot->'payer'->>'name' FROM invoice WHERE id = \(draft.id)")
            #expect(payer == "Stroud District Council")
        }
    }

    @Test func anIssuedInvoiceCannotBeChangedOrDeletedEvenByADirectUpdateAsTheDaemonsRole() async throws {
        try await withMembership { h in
            _ = try await BillingKit.openYear(h)
            let issued = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Stroud District Council"))
            for sql in [
                "UPDATE invoice SET gross = 1, net = 1, vat = 0 WHERE id = \(issued.id)",
                "UPDATE invoice SET po_number = 'X' WHERE id = \(issued.id)",
                "UPDATE invoice SET snapshot = '{}' WHERE id = \(issued.id)",
                "UPDATE invoice_line SET net = 1 WHERE invoice_id = \(issued.id)",
                "DELETE FROM invoice WHERE id = \(issued.id)",
                "UPDATE invoice SET number = 7 WHERE id = \(issued.id)",
                "UPDATE invoice_series SET last_number = 5",
            ] {
                let attempt = await MembershipHarness.offThread { [h] in try h.database.psql("SET ROLE networkd_daemon; \(sql)") }
                #expect(throws: (any Error).self, "\(sql)") { try attempt.get() }
            }
            #expect(try await h.psql("SELECT gross || ' ' || number_text FROM invoice WHERE id = \(issued.id)") == "420000 \(issued.number!)")
        }
    }

    /// A counter counts on only by one from zero, even written directly as the daemon's role: a
    /// jump (a gap), a series born ahead (a gap from 1) and a step back (after which every issue
    /// would collide with a number already given) are refused, and issuing goes on unharmed.
    @Test func aSeriesCounterOnlyCountsOnByOneFromZeroEvenWrittenDirectly() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let series = "CCIN-\(year.startYear)"
            let first = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Stroud District Council"))
            #expect(first.number == "\(series)-0001")
            let draft = try await BillingKit.subscription(h, try await BillingKit.council(h, "Oldham Council"))
            let numbering = { (series: String, number: Int) in
                """
                UPDATE invoice SET status = 'issued', series = '\(series)', number = \(number), issued_on = current_date,
                    due_on = current_date, snapshot = '{}' WHERE id = \(draft.id)
                """
            }
            for sql in [
                "UPDATE invoice_series SET last_number = last_number + 2 WHERE series = '\(series)'; \(numbering(series, 3))",
                "INSERT INTO invoice_series VALUES ('CCIN-2099', 2); SELECT invoice_series_take('CCIN-2099'); \(numbering("CCIN-2099", 3))",
                "UPDATE invoice_series SET last_number = 0 WHERE series = '\(series)'",
            ] {
                let attempt = await MembershipHarness.offThread { [h] in try h.database.psql("SET ROLE networkd_daemon; \(sql)") }
                #expect(throws: (any Error).self, "\(sql)") { try attempt.get() }
                if case .failure(let error) = attempt {
                    let text = String(describing: error)
                    #expect(text.contains("can only count on") || text.contains("must start at 0"), "\(text)")
                }
            }
            let issued = try await h.call(InvoiceIssue.self, .init(id: draft.id))
            #expect(issued.number == "\(series)-0002")
            #expect(try await BillingKit.series(h, series) == [1, 2])
            #expect(try await h.psql("SELECT count(*) FROM invoice_series WHERE series = 'CCIN-2099'") == "0")
        }
    }

    /// PO hold: issue parks the invoice; a member token supplies the PO; it is then issued
    /// with the next number.
    @Test func aMemberThatNeedsAPurchaseOrderWaitsForOneSuppliedByItsOwnToken() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let wigan = try await BillingKit.council(h, "Wigan Council", poRequired: true)
            let other = try await BillingKit.council(h, "Bolton Council")
            let draft = try await BillingKit.subscription(h, wigan)
            let held = try await h.call(InvoiceIssue.self, .init(id: draft.id))
            #expect(held.status == .awaitingPurchaseOrder && held.number == nil)
            let refused = try await h.expectError(InvoiceIssue.self, .init(id: draft.id), kind: "validation")
            #expect(refused.message.contains("purchase-order") || MembershipHarness.fieldMessage(refused, "id")?.contains("purchase-order") == true)
            // Meanwhile another invoice takes number 1.
            let first = try await BillingKit.issuedSubscription(h, other)
            #expect(first.number == "CCIN-\(year.startYear)-0001")
            let stranger = try await h.memberCaller(other.id)
            _ = try await h.expectError(InvoiceSetPurchaseOrder.self, .init(id: draft.id, purchaseOrder: "PO-1"), kind: "not_found", as: stranger)
            let own = try await h.memberCaller(wigan.id)
            _ = try await h.expectError(InvoiceSetPurchaseOrder.self, .init(id: draft.id, purchaseOrder: "  "), kind: "validation", as: own)
            let issued = try await h.call(InvoiceSetPurchaseOrder.self, .init(id: draft.id, purchaseOrder: "PO-77-ALPHA"), as: own)
            #expect(issued.status == .issued && issued.number == "CCIN-\(year.startYear)-0002" && issued.purchaseOrder == "PO-77-ALPHA")
            #expect(try await h.psql("SELECT po_supplied_by FROM invoice WHERE id = \(draft.id)").hasPrefix("member:"))
            // An issued invoice's PO never changes; a member that needs none is told so.
            _ = try await h.expectError(InvoiceSetPurchaseOrder.self, .init(id: draft.id, purchaseOrder: "PO-2"), kind: "validation")
            let plain = try await BillingKit.subscription(h, try await BillingKit.council(h, "Bury Council"))
            let needless = try await h.expectError(InvoiceSetPurchaseOrder.self, .init(id: plain.id, purchaseOrder: "PO-3"), kind: "validation")
            #expect(MembershipHarness.fieldMessage(needless, "purchaseOrder")?.contains("not marked PO required") == true)
        }
    }

    @Test func aMemberTokenSeesOnlyItsOwnInvoicesAndNothingElseOfBilling() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let mine = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Stroud District Council"))
            let theirs = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Oldham Council"))
            let caller = try await h.memberCaller(mine.memberId)
            let listed = try await h.call(InvoiceList.self, .init(memberId: mine.memberId), as: caller)
            #expect(listed.invoices.map(\.id) == [mine.id])
            #expect(try await h.call(InvoiceList.self, .init(), as: caller).invoices.map(\.id) == [mine.id])
            _ = try await h.expectError(InvoiceList.self, .init(memberId: theirs.memberId), kind: "forbidden", as: caller)
            #expect(try await h.call(InvoiceGet.self, .init(id: mine.id), as: caller).number == mine.number)
            _ = try await h.expectError(InvoiceGet.self, .init(id: theirs.id), kind: "not_found", as: caller)
            _ = try await h.expectError(FeesGet.self, .init(startYear: year.startYear), kind: "forbidden", as: caller)
            _ = try await h.expectError(PaymentList.self, .init(invoiceId: mine.id), kind: "forbidden", as: caller)
            _ = try await h.expectError(ReportArrears.self, .init(), kind: "forbidden", as: caller)
        }
    }

    @Test func listingFiltersByStatusYearMemberNumberAndOverdue() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let a = try await BillingKit.issuedSubscription(h, try await BillingKit.council(h, "Stroud District Council"))
            let b = try await BillingKit.subscription(h, try await BillingKit.council(h, "Oldham Council"))
            #expect(try await h.call(InvoiceList.self, .init(status: .draft)).invoices.map(\.id) == [b.id])
            #expect(try await h.call(InvoiceList.self, .init(startYear: year.startYear)).invoices.map(\.id) == [b.id, a.id])
            #expect(try await h.call(InvoiceList.self, .init(number: a.number)).invoices.map(\.id) == [a.id])
            #expect(try await h.call(InvoiceList.self, .init(overdue: true)).invoices.isEmpty)
            // Overdue is a query over the due date, never a stored flag.
            _ = try await h.psql("""
                ALTER TABLE invoice DISABLE TRIGGER invoice_guard;
                UPDATE invoice SET issued_on = issued_on - 60, due_on = due_on - 60 WHERE id = \(a.id);
                ALTER TABLE invoice ENABLE TRIGGER invoice_guard;
                """)
            let overdue = try await h.call(InvoiceList.self, .init(overdue: true))
            #expect(overdue.invoices.map(\.id) == [a.id] && overdue.invoices[0].overdue)
            let page = try await h.call(InvoiceList.self, .init(limit: 1))
            #expect(page.invoices.map(\.id) == [b.id] && page.next == b.id)
            #expect(try await h.call(InvoiceList.self, .init(after: page.next, limit: 1)).invoices.map(\.id) == [a.id])
        }
    }

    @Test func badInputGetsASpecificErrorAndWritesNothing() async throws {
        try await withMembership { h in
            let year = try await BillingKit.openYear(h)
            let member = try await BillingKit.council(h, "Stroud District Council")
            let before = try await h.psql("SELECT (SELECT count(*) FROM invoice) || '/' || (SELECT count(*) FROM audit_log)")
            let negative = try await h.expectError(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                             lines: [.init(description: "Workshop", amount: -100)]), kind: "validation")
            #expect(MembershipHarness.fields(negative) == ["lines[0].amount"])
            let fractional = try await h.raw(InvoiceCreate.name, try MembershipHarness.json("""
                {"memberId": \(member.id), "startYear": \(year.startYear), "lines": [{"description": "Workshop", "amount": 12.5}]}
                """))
            #expect(fractional.refusal?.code == -32602 && fractional.refusal?.message.contains("amount") == true)
            _ = try await h.expectError(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear + 3, subscription: true),
                                        kind: "not_found")
            _ = try await h.expectError(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear), kind: "validation")
            _ = try await h.expectError(InvoiceCreate.self, .init(memberId: 987_654, startYear: year.startYear, subscription: true), kind: "not_found")
            let hostile = "<script>alert('x')</script> & \"quotes\""
            let manual = try await h.call(InvoiceCreate.self, .init(memberId: member.id, startYear: year.startYear,
                                                                    lines: [.init(description: hostile, amount: 1_000, vatBasisPoints: 0)]))
            #expect(manual.lines[0].description == hostile && manual.gross == 1_000)
            _ = try await h.expectError(InvoiceCancel.self, .init(id: manual.id, reason: " "), kind: "validation")
            let after = try await h.psql("SELECT (SELECT count(*) FROM invoice) || '/' || (SELECT count(*) FROM audit_log)")
            #expect(before.split(separator: "/").map { Int($0)! } == after.split(separator: "/").map { Int($0)! - 1 })
        }
    }

    @Test func theDatabasesInvoiceLifecycleIsTheCoresStateMachine() async throws {
        try await withMembership { h in
            let rows = try await h.psql("SELECT from_status || '>' || to_status FROM invoice_status_transition")
            let stored = Set(rows.split(separator: "\n").map { $0.split(separator: ">").map(String.init) })
            #expect(stored == InvoiceStatus.allowedPairs)
        }
    }
}
