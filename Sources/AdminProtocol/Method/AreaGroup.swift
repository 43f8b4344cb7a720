/// A named group of areas: what `networkctl watch --area billing` selects besides single areas.
///
/// Each ``AdminArea`` declares its group, so the groups are derived from the areas and a new
/// area cannot be left out of one. A group's name is never the name of an area outside it
/// (`billing` is both the group and one of its areas, the billing settings).
public enum AreaGroup: String, CaseIterable, Sendable {
    /// The daemon itself, the audit trail and the network's settings.
    case platform
    /// Tiers, members, applications, contacts, member tokens and sessions.
    case membership
    /// Membership years, billing settings, fees, invoices, payments, reports and the renewal run.
    case billing
    /// Scheduled jobs and the e-mail outbox.
    case scheduling

    /// The areas of the group, in `MethodCatalog.areas` order.
    public var areas: [any AdminArea.Type] {
        MethodCatalog.areas.filter { $0.group == self }
    }

    /// The names of the group's areas, in catalogue order.
    public var areaNames: [String] { areas.map { $0.name } }
}
