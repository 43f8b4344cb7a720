/// Which members `member.list` shows, by status: one status by name, or a group of them.
///
/// The default (no filter) is ``current``: the members the network has now, which is also what
/// `daemon.status` counts as `currentMembers`. Applicants, rejected applicants and former
/// members are listed only when asked for.
public enum MemberStatusFilter: String, Sendable, Hashable, CaseIterable, Codable {
    case applicant
    case active
    case lapsed
    case suspended
    case resigned
    case terminated
    case rejected
    /// Active, lapsed and suspended members (``MemberStatus/isCurrent``): the default.
    case current
    /// Members who left: resigned or terminated.
    case former
    /// Every member, whatever its status.
    case all

    /// The statuses this filter selects.
    public var statuses: Set<MemberStatus> {
        switch self {
        case .current: Set(MemberStatus.allCases.filter(\.isCurrent))
        case .former: [.resigned, .terminated]
        case .all: Set(MemberStatus.allCases)
        default: MemberStatus(rawValue: rawValue).map { [$0] } ?? []
        }
    }

    /// The statuses any of `filters` selects; no filter at all means ``current``.
    public static func statuses(_ filters: [MemberStatusFilter]) -> Set<MemberStatus> {
        filters.isEmpty ? current.statuses : filters.reduce(into: []) { $0.formUnion($1.statuses) }
    }
}
