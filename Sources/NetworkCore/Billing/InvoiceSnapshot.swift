/// What an issued invoice or credit note said, frozen at issue: everything its document shows.
///
/// The snapshot is taken in the issuing transaction and stored beside the invoice (as `jsonb`),
/// so that rendering it years later shows exactly what was sent — the payer's name and address,
/// the network's bank details and every line as they were that day — whatever has changed
/// since. Its encoding is therefore a contract with the past: fields may be added (as optionals),
/// never renamed or removed.
///
/// Amounts are minor units of `currency` (pence for GBP); dates are `YYYY-MM-DD`.
public struct InvoiceSnapshot: Codable, Sendable, Hashable {
    /// Which kind of document this is.
    public enum Kind: String, Codable, Sendable, Hashable {
        case invoice
        case creditNote = "credit_note"
    }

    /// Who sends the document: the network.
    public struct Issuer: Codable, Sendable, Hashable {
        public var name: String
        /// Postal address, one line per element.
        public var address: [String]
        public var email: String?
        public var vatNumber: String?
        /// How to pay: bank, sort code, account, the reference to quote — as the secretariat wrote it.
        public var paymentDetails: String?

        public init(name: String, address: [String], email: String? = nil, vatNumber: String? = nil, paymentDetails: String? = nil) {
            self.name = name
            self.address = address
            self.email = email
            self.vatNumber = vatNumber
            self.paymentDetails = paymentDetails
        }
    }

    /// Who is billed: the member organisation (a political group is billed itself, never its
    /// council), for the attention of its payer contact.
    public struct Payer: Codable, Sendable, Hashable {
        public var memberId: Int64
        /// The organisation's name as invoiced.
        public var name: String
        /// The contact the invoice is for the attention of, when the member has one.
        public var attention: String?
        public var email: String?
        /// Billing address, one line per element.
        public var address: [String]
        /// The contact named in `attention`: erasing that person (UK GDPR) replaces `attention`
        /// and `email` with `[erased]` in the stored snapshot, and nothing else.
        public var contactId: Int64?

        public init(memberId: Int64, name: String, attention: String? = nil, email: String? = nil, address: [String],
                    contactId: Int64? = nil) {
            self.memberId = memberId
            self.name = name
            self.attention = attention
            self.email = email
            self.address = address
            self.contactId = contactId
        }
    }

    /// One line: what is charged (or credited), its net amount, VAT rate and VAT.
    public struct Line: Codable, Sendable, Hashable {
        public var description: String
        public var net: Int64
        /// VAT rate in basis points: 2,000 is 20 %.
        public var vatBasisPoints: Int
        public var vat: Int64
        public var gross: Int64

        public init(description: String, net: Int64, vatBasisPoints: Int, vat: Int64, gross: Int64) {
            self.description = description
            self.net = net
            self.vatBasisPoints = vatBasisPoints
            self.vat = vat
            self.gross = gross
        }
    }

    public var kind: Kind
    /// The document's number, e.g. `CCIN-2026-0001` or `CCIN-CN-2026-0001`.
    public var number: String
    public var issuedOn: String
    /// When payment is due; `nil` on a credit note.
    public var dueOn: String?
    /// The member's purchase-order number, when it gave one.
    public var purchaseOrder: String?
    /// The membership year, as people name it: `2026/27`.
    public var yearLabel: String
    /// ISO 4217 code of every amount.
    public var currency: String
    public var issuer: Issuer
    public var payer: Payer
    public var lines: [Line]
    public var net: Int64
    public var vat: Int64
    public var gross: Int64
    /// On a credit note: the number of the invoice it credits.
    public var credits: String?
    /// On a credit note: why it was issued.
    public var reason: String?

    public init(kind: Kind, number: String, issuedOn: String, dueOn: String?, purchaseOrder: String?, yearLabel: String,
                currency: String, issuer: Issuer, payer: Payer, lines: [Line], net: Int64, vat: Int64, gross: Int64,
                credits: String? = nil, reason: String? = nil) {
        self.kind = kind
        self.number = number
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.purchaseOrder = purchaseOrder
        self.yearLabel = yearLabel
        self.currency = currency
        self.issuer = issuer
        self.payer = payer
        self.lines = lines
        self.net = net
        self.vat = vat
        self.gross = gross
        self.credits = credits
        self.reason = reason
    }
}
