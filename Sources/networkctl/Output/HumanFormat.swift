/// How values read in human output.
enum HumanFormat {
    /// A duration as its two largest units: "42s", "5m 12s", "2h 3m", "3d 4h".
    static func duration(seconds: Int) -> String {
        let s = max(0, seconds)
        let (days, hours, minutes) = (s / 86_400, s / 3_600 % 24, s / 60 % 60)
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes)m" }
        if minutes > 0 { return "\(minutes)m \(s % 60)s" }
        return "\(s)s"
    }

    /// An ISO 8601 UTC timestamp shortened to minutes: "2026-11-25T11:46:03.52Z" →
    /// "2026-11-25 11:46". Anything not in UTC, or not in that shape, is shown as given.
    static func timestamp(_ iso: String) -> String {
        let utf8 = Array(iso.utf8)
        let isUTC = iso.hasSuffix("Z") || iso.hasSuffix("+00:00") || iso.hasSuffix("+00")
        guard isUTC, utf8.count >= 16, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "),
            utf8[13] == UInt8(ascii: ":")
        else { return iso }
        return String(decoding: utf8[..<10], as: UTF8.self) + " " + String(decoding: utf8[11..<16], as: UTF8.self)
    }

    /// An ISO 8601 UTC timestamp to the second: "2026-11-25T11:46:03.52+00:00" →
    /// "2026-11-25 11:46:03". Anything not in UTC, or not in that shape, is shown as given.
    static func timestampSeconds(_ iso: String) -> String {
        let utf8 = Array(iso.utf8)
        let isUTC = iso.hasSuffix("Z") || iso.hasSuffix("+00:00") || iso.hasSuffix("+00")
        guard isUTC, utf8.count >= 19, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "),
            utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":")
        else { return iso }
        return String(decoding: utf8[..<10], as: UTF8.self) + " " + String(decoding: utf8[11..<19], as: UTF8.self)
    }

    /// "a, b, c", or `none` for an empty list.
    static func list(_ items: [String], none: String = "none") -> String {
        items.isEmpty ? none : items.joined(separator: ", ")
    }

    /// The English name of a month, 1–12, else the number.
    static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : "month \(month)"
    }
}
