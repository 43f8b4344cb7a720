import InvoiceDocument
import NetworkCore
import Testing

/// The HTML the built-in templates make of a snapshot: what is shown, how it is written, and that
/// nothing the payer typed can become markup.
@Suite("Invoice HTML")
struct InvoiceRenderingTests {
    let templates: InvoiceTemplates

    init() throws {
        templates = try InvoiceTemplates(directory: nil)
    }

    @Test func invoiceShowsWhatAccountsPayableNeeds() throws {
        let html = try templates.render(InvoiceFixtures.invoice())
        for expected in [
            "INVOICE", "CCIN-2026-0001", "1 September 2026", "1 October 2026", "PO-77-ALPHA", "2026/27",
            "Stroud District Council", "FAO Ada Lovelace", "Ebley Mill", "Stroud GL5 4UB",
            "Full membership 2026/27 (district council)", "Annual conference places (2)",
            "£1,500.00", "£300.00", "£1,800.00", "£500.00", "£100.00", "£600.00", "20%",
            "£2,000.00", "£400.00", "£2,400.00", "Total due (GBP)",
            "Sort code: 60-83-01", "Account: 20123456",
            "Co-operative Councils&#39; Innovation Network", "Civic Centre, West Street", "secretariat@councils.coop",
            "VAT registration number GB 123 4567 89",
        ] {
            #expect(html.contains(expected), "missing \(expected)")
        }
        #expect(!html.contains("CREDIT NOTE"))
    }

    @Test func invoiceCarriesA4PrintStyles() throws {
        let html = try templates.render(InvoiceFixtures.invoice())
        #expect(html.contains("@page {"))
        #expect(html.contains("size: A4;"))
        #expect(html.contains("margin: 18mm 16mm 22mm 16mm;"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func creditNoteNamesTheInvoiceItCreditsAndWhy() throws {
        let html = try templates.render(InvoiceFixtures.creditNote())
        for expected in [
            "CREDIT NOTE", "CCIN-CN-2026-0001", "Credits invoice", "CCIN-2026-0001", "15 September 2026",
            "Conference places cancelled before the deadline", "Total credited (GBP)", "-£500.00", "-£100.00", "-£600.00",
        ] {
            #expect(html.contains(expected), "missing \(expected)")
        }
        #expect(!html.contains("How to pay"))
        #expect(!html.contains("Payment due"))
    }

    @Test func hostileStringsComeOutEscaped() throws {
        var snapshot = InvoiceFixtures.invoice()
        snapshot.payer.name = "<script>alert(\"pwned\")</script>"
        snapshot.payer.attention = "Tom & Jerry's <b>team</b>"
        snapshot.purchaseOrder = "PO\"><img src=x onerror=alert(1)>"
        snapshot.lines[0].description = "<a rel=\"attachment\" href=\"file:///etc/passwd\">fee</a>"
        snapshot.issuer.paymentDetails = "Sort code: <i>1</i> & 'quoted'"
        let html = try templates.render(snapshot)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a rel"))
        #expect(!html.contains("<b>team"))
        #expect(!html.contains("<i>1"))
        #expect(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"))
        #expect(html.contains("FAO Tom &amp; Jerry&#39;s &lt;b&gt;team&lt;/b&gt;"))
        #expect(html.contains("PO&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;a rel=&quot;attachment&quot; href=&quot;file:///etc/passwd&quot;&gt;fee&lt;/a&gt;"))
        #expect(html.contains("Sort code: &lt;i&gt;1&lt;/i&gt; &amp; &#39;quoted&#39;"))
    }

    @Test func absentOptionalPartsLeaveNoEmptyLabels() throws {
        var snapshot = InvoiceFixtures.invoice()
        snapshot.purchaseOrder = nil
        snapshot.payer.attention = "  "
        snapshot.issuer.vatNumber = nil
        snapshot.issuer.paymentDetails = nil
        let html = try templates.render(snapshot)
        #expect(!html.contains("PO number"))
        #expect(!html.contains("purchase order"))
        #expect(!html.contains("FAO"))
        #expect(!html.contains("VAT registration number"))
        #expect(!html.contains("class=\"payment-details\""))
        #expect(html.contains("Please ask Co-operative Councils&#39; Innovation Network (secretariat@councils.coop) how to pay."))
    }

    @Test(arguments: [
        (2000, "20%"), (1750, "17.5%"), (500, "5%"), (0, "0%"), (1234, "12.34%"), (1205, "12.05%"), (2010, "20.1%"),
        (5, "0.05%"), (10_000, "100%"),
    ])
    func vatRatesAreWrittenAsPercentages(basisPoints: Int, expected: String) throws {
        #expect(try VATRate(basisPoints: basisPoints).description == expected)
    }

    @Test(arguments: [-2000, 10_001])
    func aVATRateNoInvoiceCanHoldIsATypedError(basisPoints: Int) {
        var snapshot = InvoiceFixtures.invoice()
        snapshot.lines[1].vatBasisPoints = basisPoints
        #expect(throws: InvoiceDocumentError.snapshotInvalid(field: "lines[1].vatBasisPoints", value: String(basisPoints))) {
            try templates.render(snapshot)
        }
    }

    @Test(arguments: [
        ("2026-09-01", "1 September 2026"), ("2027-01-31", "31 January 2027"), ("2024-02-29", "29 February 2024"),
        ("2026-12-25", "25 December 2026"), ("2026-05-09", "9 May 2026"),
    ])
    func datesAreWrittenTheUKWay(iso: String, expected: String) throws {
        let date = try #require(CalendarDate(parsing: iso))
        #expect(date.ukLongForm == expected)
    }

    @Test func contextWritesEveryValueForPeople() throws {
        let context = try InvoiceDocumentContext(InvoiceFixtures.invoice())
        #expect(context.title == "INVOICE")
        #expect(context.dueOn == "1 October 2026")
        #expect(context.lines.map(\.vatRate) == ["20%", "20%"])
        #expect(context.lines.map(\.gross) == ["£1,800.00", "£600.00"])
        #expect((context.net, context.vat, context.gross) == ("£2,000.00", "£400.00", "£2,400.00"))
        #expect(context.issuer.paymentDetailLines.count == 4)
        #expect(context.payer.hasAttention && context.hasPurchaseOrder && context.issuer.hasVATNumber)
        #expect(!context.hasCredits && !context.hasReason)
    }

    @Test(arguments: [("issuedOn", "01/09/2026"), ("dueOn", "2026-02-30"), ("currency", "pounds")])
    func unshowableSnapshotValuesAreTypedErrors(field: String, value: String) {
        var snapshot = InvoiceFixtures.invoice()
        switch field {
        case "issuedOn": snapshot.issuedOn = value
        case "dueOn": snapshot.dueOn = value
        default: snapshot.currency = value
        }
        #expect(throws: InvoiceDocumentError.snapshotInvalid(field: field, value: value)) {
            try templates.render(snapshot)
        }
    }
}
