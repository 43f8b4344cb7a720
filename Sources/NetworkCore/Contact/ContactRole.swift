/// What a named person does for a member. Each member has at most one primary contact per role.
public enum ContactRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// The lead member: usually a councillor.
    case leadMember = "lead_member"
    case leadOfficer = "lead_officer"
    /// Invoices go to the primary finance contact.
    case finance
    case events
}
