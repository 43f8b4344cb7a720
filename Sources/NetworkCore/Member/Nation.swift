/// Where a member is: the UK's nations, or outside the UK.
public enum Nation: String, Sendable, Hashable, CaseIterable, Codable {
    case england
    case scotland
    case wales
    case northernIreland = "northern_ireland"
    case outsideUK = "outside_uk"
}
