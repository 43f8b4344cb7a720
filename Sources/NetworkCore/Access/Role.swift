/// A role a caller of the admin socket can hold.
///
/// Operators run the daemon; the secretariat administers the network; a member acts through a
/// member token issued to one of its contacts. A caller may hold several roles at once (by default
/// root and the daemon's own user hold `operator` and `secretariat`).
public enum Role: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case `operator`
    case secretariat
    case member

    public static func < (lhs: Role, rhs: Role) -> Bool {
        lhs.sortIndex < rhs.sortIndex
    }

    private var sortIndex: Int {
        switch self {
        case .operator: 0
        case .secretariat: 1
        case .member: 2
        }
    }
}
