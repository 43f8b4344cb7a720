extension CalendarDate {
    /// The English names of the months, January first.
    public static let englishMonthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The date as it is written on a UK invoice: day without a leading zero, the month's English
    /// name, the year — `1 September 2026` for 2026-09-01.
    ///
    /// Fixed English on purpose (no locale, so no ICU): an invoice reads the same whatever machine
    /// renders it.
    public var ukLongForm: String {
        "\(day) \(Self.englishMonthNames[month - 1]) \(year)"
    }
}
