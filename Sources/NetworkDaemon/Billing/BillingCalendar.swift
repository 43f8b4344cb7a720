import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// What every billing handler reads first: the network's settings (short name, currency, the
/// month years start in) and today in the network's time zone.
struct BillingCalendar {
    let profile: NetworkProfile
    let today: CalendarDate

    /// Reads the settings and today on `connection`.
    static func read(on connection: PostgresConnection) throws -> BillingCalendar {
        let profile = try NetworkProfileStore.get(on: connection)
        guard let today = CalendarDate(parsing: try MemberStore.today(on: connection)) else {
            throw NetworkError.unavailable("the database did not say what day it is")
        }
        return BillingCalendar(profile: profile, today: today)
    }

    var startMonth: Int { profile.yearStartMonth }

    /// The network's currency.
    var currency: Currency { (try? Currency(code: profile.currency)) ?? .gbp }

    /// The membership year starting in `startYear`.
    ///
    /// - Throws: `validation` on `field` for a year outside 1900–2998.
    func year(_ startYear: Int, field: String = "startYear") throws -> MembershipYear {
        do {
            return try MembershipYear(startYear: startYear, startMonth: startMonth)
        } catch {
            throw NetworkError.invalid(field, "must be a year from 1900 to 2998, such as 2026 for 2026/27")
        }
    }

    /// The year containing today.
    var currentYear: MembershipYear {
        get throws { try MembershipYear(containing: today, startMonth: startMonth) }
    }

    /// An open year and its stored row.
    ///
    /// - Throws: `validation` for a year out of range; `not_found` when it was never opened.
    func openYear(_ startYear: Int, on connection: PostgresConnection, field: String = "startYear") throws
        -> (year: MembershipYear, record: BillingYearRecord)
    {
        let year = try self.year(startYear, field: field)
        guard let record = try YearStore.get(startYear, on: connection) else {
            throw NetworkError.notFound(entity: "membership year", id: "\(year.label) (open it with \(YearOpen.name))")
        }
        return (year, record)
    }

    /// A date given as YYYY-MM-DD, or today when absent.
    ///
    /// - Throws: `validation` on `field` unless it is a real date written so.
    func date(_ text: String?, field: String) throws -> CalendarDate {
        guard let text else { return today }
        guard let date = CalendarDate(parsing: text) else {
            throw NetworkError.invalid(field, "must be a date as YYYY-MM-DD, such as 2026-09-01")
        }
        return date
    }

    /// The wire form of an invoice, with its credit notes, as of today.
    func wire(_ invoice: InvoiceRecord, on connection: PostgresConnection) throws -> InvoiceWire {
        InvoiceWire(invoice, creditNotes: try CreditNoteStore.list(invoiceId: invoice.id, on: connection), startMonth: startMonth,
                    today: today.description)
    }
}
