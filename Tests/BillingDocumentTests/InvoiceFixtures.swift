import ChildProcess
import Foundation
import NetworkCore

/// The snapshots the document tests render: a council's invoice and the credit note against it,
/// as the issuing transaction would have frozen them.
enum InvoiceFixtures {
    /// The network as it signs its documents.
    static let issuer = InvoiceSnapshot.Issuer(
        name: "Co-operative Councils' Innovation Network",
        address: ["c/o Oldham Council", "Civic Centre, West Street", "Oldham OL1 1UT"],
        email: "secretariat@councils.coop",
        vatNumber: "GB 123 4567 89",
        paymentDetails: "Bank: Unity Trust Bank\nSort code: 60-83-01\nAccount: 20123456\nQuote the invoice number as the reference"
    )

    /// Stroud District Council, for the attention of its payer contact.
    static let payer = InvoiceSnapshot.Payer(
        memberId: 42, name: "Stroud District Council", attention: "Ada Lovelace", email: "accounts@stroud.gov.uk",
        address: ["Ebley Mill", "Ebley Wharf", "Stroud GL5 4UB"]
    )

    /// CCIN-2026-0001: two lines at 20 % VAT, £2,000.00 net, £400.00 VAT, £2,400.00 due on
    /// 1 October 2026.
    static func invoice() -> InvoiceSnapshot {
        InvoiceSnapshot(
            kind: .invoice, number: "CCIN-2026-0001", issuedOn: "2026-09-01", dueOn: "2026-10-01",
            purchaseOrder: "PO-77-ALPHA", yearLabel: "2026/27", currency: "GBP", issuer: issuer, payer: payer,
            lines: [
                .init(description: "Full membership 2026/27 (district council)", net: 150_000, vatBasisPoints: 2000,
                      vat: 30_000, gross: 180_000),
                .init(description: "Annual conference places (2)", net: 50_000, vatBasisPoints: 2000, vat: 10_000,
                      gross: 60_000),
            ],
            net: 200_000, vat: 40_000, gross: 240_000
        )
    }

    /// CCIN-CN-2026-0001, crediting the conference places on CCIN-2026-0001.
    static func creditNote() -> InvoiceSnapshot {
        InvoiceSnapshot(
            kind: .creditNote, number: "CCIN-CN-2026-0001", issuedOn: "2026-09-15", dueOn: nil,
            purchaseOrder: "PO-77-ALPHA", yearLabel: "2026/27", currency: "GBP", issuer: issuer, payer: payer,
            lines: [
                .init(description: "Annual conference places (2), cancelled", net: -50_000, vatBasisPoints: 2000,
                      vat: -10_000, gross: -60_000),
            ],
            net: -50_000, vat: -10_000, gross: -60_000,
            credits: "CCIN-2026-0001", reason: "Conference places cancelled before the deadline"
        )
    }
}
