import NetworkCore

extension InvoiceDocumentContext {
    /// The network as the document names it: `{{issuer.name}}`, `{{#issuer.addressLines}}`, …
    public struct Issuer: Sendable, Hashable {
        /// The network's name.
        public var name: String
        /// Its postal address, one element a line.
        public var addressLines: [String]
        /// Its email address; `""` when none.
        public var email: String
        /// Whether `email` is set.
        public var hasEmail: Bool
        /// Its VAT registration number; `""` when it is not registered.
        public var vatNumber: String
        /// Whether `vatNumber` is set (a VAT invoice must show it).
        public var hasVATNumber: Bool
        /// How to pay, as the secretariat wrote it (it may span lines); `""` when not given.
        public var paymentDetails: String
        /// `paymentDetails` split into its lines, for a template that shows one per row.
        public var paymentDetailLines: [String]
        /// Whether `paymentDetails` is set.
        public var hasPaymentDetails: Bool

        /// The issuer part of a snapshot.
        init(_ issuer: InvoiceSnapshot.Issuer) {
            name = issuer.name
            addressLines = InvoiceDocumentContext.lines(issuer.address)
            (email, hasEmail) = InvoiceDocumentContext.optional(issuer.email)
            (vatNumber, hasVATNumber) = InvoiceDocumentContext.optional(issuer.vatNumber)
            (paymentDetails, hasPaymentDetails) = InvoiceDocumentContext.optional(issuer.paymentDetails)
            paymentDetailLines = InvoiceDocumentContext.lines(paymentDetails.split(separator: "\n").map(String.init))
        }
    }

    /// The member billed: `{{payer.name}}`, `{{#payer.hasAttention}}`, …
    public struct Payer: Sendable, Hashable {
        /// The member's number in the network, for the payer's own records.
        public var memberId: String
        /// The organisation's name as invoiced.
        public var name: String
        /// The contact it is for the attention of; `""` when none.
        public var attention: String
        /// Whether `attention` is set.
        public var hasAttention: Bool
        /// Where the invoice was sent; `""` when not recorded.
        public var email: String
        /// Whether `email` is set.
        public var hasEmail: Bool
        /// The billing address, one element a line.
        public var addressLines: [String]

        /// The payer part of a snapshot.
        init(_ payer: InvoiceSnapshot.Payer) {
            memberId = String(payer.memberId)
            name = payer.name
            (attention, hasAttention) = InvoiceDocumentContext.optional(payer.attention)
            (email, hasEmail) = InvoiceDocumentContext.optional(payer.email)
            addressLines = InvoiceDocumentContext.lines(payer.address)
        }
    }

    /// One row of the table, inside `{{#lines}}…{{/lines}}`: `{{description}}`, `{{net}}`,
    /// `{{vatRate}}`, `{{vat}}`, `{{gross}}`.
    public struct Line: Sendable, Hashable {
        /// What is charged or credited.
        public var description: String
        /// The net amount: `£1,000.00`.
        public var net: String
        /// The VAT rate: `20%`.
        public var vatRate: String
        /// The VAT amount: `£200.00`.
        public var vat: String
        /// Net plus VAT: `£1,200.00`.
        public var gross: String

        /// `line` with its amounts written by `amount`; `field` names it in an error
        /// (`lines[0]`).
        ///
        /// - Throws: `InvoiceDocumentError.snapshotInvalid` for a VAT rate outside 0–10,000 basis
        ///   points, which `VATRate` refuses and no issued invoice holds.
        init(_ line: InvoiceSnapshot.Line, field: String, amount: (Int64) -> String) throws(InvoiceDocumentError) {
            description = line.description
            net = amount(line.net)
            do {
                vatRate = try VATRate(basisPoints: line.vatBasisPoints).description
            } catch {
                throw .snapshotInvalid(field: "\(field).vatBasisPoints", value: String(line.vatBasisPoints))
            }
            vat = amount(line.vat)
            gross = amount(line.gross)
        }
    }

    /// Address or payment lines without the blank ones and the white space around each.
    static func lines(_ lines: [String]) -> [String] {
        lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
