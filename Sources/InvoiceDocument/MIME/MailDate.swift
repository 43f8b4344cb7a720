import NetworkCore

/// A message's date as the request gives it (RFC 3339, `2027-09-01T09:00:00Z`) and as its `Date:`
/// header writes it (RFC 5322 §3.3, `Wed, 01 Sep 2027 09:00:00 +0000`).
///
/// Written by hand, without a calendar library: English day and month names whatever the
/// machine's locale, the offset the request gave (UTC for `Z`), and any fraction of a second
/// dropped, since RFC 5322 has none.
struct MailDate: Sendable, Hashable {
    /// The calendar day, in the offset's time zone.
    let date: CalendarDate
    /// Hours, minutes and seconds (a leap second, 60, is kept).
    let hour: Int, minute: Int, second: Int
    /// Minutes east of UTC: 0 for `Z`, 60 for `+01:00`.
    let offsetMinutes: Int

    /// The English abbreviations RFC 5322 uses, Monday first.
    static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    /// The English month abbreviations RFC 5322 uses, January first.
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The RFC 3339 date-time `text`: `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then `Z` or
    /// `±HH:MM` (`t`, `z` and a space for `T` are accepted, as RFC 3339 allows); `nil` for
    /// anything else, including a date that does not exist.
    init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, "Tt ".utf8.contains(bytes[10]),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let date = CalendarDate(parsing: String(decoding: bytes[0..<10], as: UTF8.self)),
              let hour = Self.number(bytes[11..<13]), let minute = Self.number(bytes[14..<16]),
              let second = Self.number(bytes[17..<19]), hour < 24, minute < 60, second <= 60
        else { return nil }
        var rest = bytes[19...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let digits = rest.prefix { (48...57).contains($0) }
            guard !digits.isEmpty else { return nil }
            rest = rest.dropFirst(digits.count)
        }
        let offset: Int
        if rest.elementsEqual("Z".utf8) || rest.elementsEqual("z".utf8) {
            offset = 0
        } else {
            guard rest.count == 6, let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  rest[rest.startIndex + 3] == UInt8(ascii: ":"),
                  let hours = Self.number(rest.dropFirst().prefix(2)), let minutes = Self.number(rest.suffix(2)),
                  hours < 24, minutes < 60
            else { return nil }
            offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
        }
        self.date = date
        (self.hour, self.minute, self.second, self.offsetMinutes) = (hour, minute, second, offset)
    }

    /// The `Date:` header's value: `Wed, 01 Sep 2027 09:00:00 +0000`.
    var rfc5322: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(Self.dayNames[dayOfWeek]), \(Self.padded(date.day)) \(Self.monthNames[date.month - 1]) \(date.year) "
            + "\(Self.padded(hour)):\(Self.padded(minute)):\(Self.padded(second)) "
            + "\(sign)\(Self.padded(offset / 60))\(Self.padded(offset % 60))"
    }

    /// 0 for Monday … 6 for Sunday: 1 January 1900, the first day `CalendarDate` holds, was a
    /// Monday.
    var dayOfWeek: Int {
        Self.firstMonday.days(until: date) % 7
    }

    /// 1 January 1900.
    static let firstMonday = CalendarDate(parsing: "1900-01-01")!

    /// `value` with at least two digits.
    static func padded(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// The value of a run of ASCII digits, or `nil` when it is empty or holds anything else.
    static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }
}
