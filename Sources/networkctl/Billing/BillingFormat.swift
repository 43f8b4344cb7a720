import AdminProtocol
import ArgumentParser
import NetworkCore

/// How billing verbs show money, dates and statuses, and read amounts people type.
enum BillingFormat {
    /// `£1,234.00` for `units` minor units of `code` (the code itself when it is not a currency).
    static func money(_ units: Int64, _ code: String) -> String {
        guard let currency = try? Currency(code: code) else { return "\(units) \(code)" }
        return Money(minorUnits: units, currency: currency).formatted
    }

    /// `1234.00`: major units without symbol or grouping, as spreadsheets import them.
    static func plainMoney(_ units: Int64, _ code: String) -> String {
        let exponent = (try? Currency(code: code))?.minorUnitExponent ?? 2
        guard exponent > 0 else { return String(units) }
        var divisor: Int64 = 1
        for _ in 0..<exponent { divisor *= 10 }
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let fraction = String(magnitude % UInt64(divisor))
        return sign + String(magnitude / UInt64(divisor)) + "." + String(repeating: "0", count: exponent - fraction.count) + fraction
    }

    /// An amount typed in major units (`1234.50`, `£1,234.50`) as minor units of `currency`.
    ///
    /// - Throws: `ValidationError` (exit 64) naming `option`.
    static func amount(_ text: String, option: String, currency: Currency) throws -> Int64 {
        guard let amount = Money(parsing: text, currency: currency) else {
            throw ValidationError("\(option) '\(text)' is not an amount of \(currency): write it like 1234.50, 1,234.50 or \(Money(minorUnits: 123_450, currency: currency).formatted)")
        }
        return amount.minorUnits
    }

    /// An invoice status, coloured by what it means.
    static func status(_ status: InvoiceStatus, overdue: Bool = false, style: Style) -> String {
        switch status {
        case .paid: return style.green(status.rawValue)
        case .issued, .partPaid: return overdue ? style.red(status.rawValue + " (overdue)") : status.rawValue
        case .draft, .awaitingPurchaseOrder: return style.yellow(status.rawValue)
        case .cancelled: return style.red(status.rawValue)
        }
    }

    /// The id of the invoice named `reference`: an id, or a number such as `CCIN-2026-0001`.
    ///
    /// - Throws: exit 1 when no invoice has that number.
    static func invoiceID(_ reference: String, globals: GlobalOptions) throws -> Int64 {
        if let id = Int64(reference), id > 0 { return id }
        let found = try globals.fetch(InvoiceList.self, .init(number: reference)).invoices.first
        guard let found else {
            Terminal.error("no invoice is numbered \(reference)")
            throw ExitCode.failure
        }
        return found.id
    }
}

/// Comma-separated values as RFC 4180 writes them: CRLF line ends, fields holding a comma, a
/// double quote or a line break quoted, quotes doubled.
struct CSV {
    var header: [String]
    var rows: [[String]] = []

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The document, ending with CRLF.
    var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }
}

extension String {
    /// Every `"` doubled.
    fileprivate func replacingQuotes() -> String {
        var text = ""
        for character in self { text.append(character == "\"" ? "\"\"" : String(character)) }
        return text
    }
}
