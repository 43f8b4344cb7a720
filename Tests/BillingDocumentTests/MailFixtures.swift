import Foundation
import InvoiceDocument

/// The requests the mail tests compose: a council's invoice e-mail, and its context, as the
/// daemon's outbox would write them.
enum MailFixtures {
    /// What every built-in template reads, for Stroud's invoice CCIN-2027-0001.
    static func context(reminderStep: Int64 = 1) -> MailContextValue {
        .object([
            "network": .object([
                "name": .string("Common Council Network"),
                "email": .string("accounts@ccin.example"),
                "paymentInstructions": .string("Bank: Unity Trust Bank\nSort code: 60-83-01\nAccount: 20123456"),
            ]),
            "member": .object(["name": .string("Stroud District Council")]),
            "recipient": .object(["name": .string("Ana Pérez")]),
            "invoice": .object([
                "number": .string("CCIN-2027-0001"), "gross": .string("£1,250.00"), "dueOn": .string("1 October 2027"),
                "outstanding": .string("£1,250.00"), "purchaseOrderNeeded": .bool(false),
            ]),
            "reminder": .object(["step": .integer(reminderStep), "daysOverdue": .integer(14)]),
            "lapse": .object(["on": .string("1 March 2028")]),
            "reinstatement": .object(["on": .string("3 March 2028")]),
        ])
    }

    /// An `invoice-issued` request to Ana Pérez, with `attachments`.
    static func request(template: String = "invoice-issued", attachments: [MailAttachment]? = nil) -> MailRequest {
        MailRequest(
            template: template, context: context(),
            from: MailAddress(name: "Common Council Network", address: "accounts@ccin.example"),
            to: [MailAddress(name: "Ana Pérez", address: "ana@council.example")],
            replyTo: MailAddress(name: "CCIN accounts", address: "accounts@ccin.example"),
            messageId: "outbox-42.ccin@networkd", date: "2027-09-01T09:00:00Z",
            headers: ["Auto-Submitted": "auto-generated"], attachments: attachments
        )
    }

    /// Content with the given parts, for composer tests that need no template.
    static func content(subject: String = "Invoice CCIN-2027-0001", text: String = "Dear Ana,\n\nHello.\n",
                        html: String = "<p>Dear Ana,</p>\n") -> MailContent {
        MailContent(subject: subject, text: text, html: html)
    }

    /// Bytes that stand for a PDF: its header, then every byte value, then pseudo-random bytes.
    static func pdfBytes(count: Int = 100_000) -> [UInt8] {
        var bytes = Array("%PDF-1.7\n".utf8) + (0...255).map { UInt8($0) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        while bytes.count < count {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            bytes.append(UInt8(truncatingIfNeeded: state))
        }
        return bytes
    }

    /// `request` as the daemon writes it to the renderer: JSON.
    static func json(_ request: MailRequest) throws -> [UInt8] {
        Array(try JSONEncoder().encode(request))
    }
}
