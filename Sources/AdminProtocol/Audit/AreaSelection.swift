import NetworkCore

/// Which audit entries a watch passes on, by the areas they touch — what `audit.watch`'s
/// `areas` and `networkctl watch --area` mean, defined once.
///
/// An entry touches:
/// - the stem of its method, the part before the dot (`invoice.issue` → `invoice`,
///   `credit.apply` → `credit`);
/// - the kind of its target, the part before the colon (`invoice:42` → `invoice`): a scheduler
///   job that sends a reminder for invoice 42 touches `invoice`, though its method is the job's;
/// - the area that declares its method (`member.setBilling` is declared by `billing`);
/// - the area each of those names belongs to (`credit` → `payment`), and the ``AreaGroup`` of
///   every one of those areas (`invoice` → `billing`).
///
/// A selection of names passes an entry that touches any of them; an empty selection passes
/// every entry. Names are area names (`invoice`), method stems (`credit`, `period`) and group
/// names (`billing`); a group selects everything its areas touch, so `billing` is the whole of
/// billing and not only its settings.
public struct AreaSelection: Sendable, Hashable {
    /// The names selected, sorted; empty for everything.
    public let names: [String]

    /// Every name a selection may use: groups, then areas, then other method stems.
    public static let acceptedNames: [String] = {
        var names = AreaGroup.allCases.map(\.rawValue)
        for name in MethodCatalog.areas.map({ $0.name }) + MethodCatalog.all.map({ stem(of: $0.name) }) where !names.contains(name) {
            names.append(name)
        }
        return names
    }()

    /// A selection of `names` (duplicates ignored).
    ///
    /// - Throws: `NetworkError.validation` on field `areas` for a name that is no area, method
    ///   stem or group, listing the names there are.
    public init(_ names: [String]) throws {
        let accepted = Set(Self.acceptedNames)
        if let unknown = names.first(where: { !accepted.contains($0) }) {
            let groups = AreaGroup.allCases.map { "\($0.rawValue) (\($0.areaNames.joined(separator: ", ")))" }
            throw NetworkError.invalid("areas", """
                "\(RPCError.quoted(unknown, limit: 64))" is not an area or a group; groups are \
                \(groups.joined(separator: "; ")); other names: \
                \(Self.acceptedNames.filter { name in !AreaGroup.allCases.contains { $0.rawValue == name } }.joined(separator: ", "))
                """)
        }
        self.names = Array(Set(names)).sorted()
    }

    /// Whether an entry with `method` and `target` passes.
    public func passes(method: String, target: String?) -> Bool {
        if names.isEmpty { return true }
        let touched = Self.touched(method: method, target: target)
        return names.contains { touched.contains($0) }
    }

    /// Every name an entry with `method` and `target` touches (see the type's description).
    public static func touched(method: String, target: String?) -> Set<String> {
        var touched: Set<String> = [stem(of: method)]
        if let target, !target.isEmpty {
            touched.insert(String(target.prefix { $0 != ":" }))
        }
        var areas: [any AdminArea.Type] = touched.compactMap { areaByName[$0] }
        if let declaring = areaByMethod[method] { areas.append(declaring) }
        for area in areas {
            touched.insert(area.name)
            touched.insert(area.group.rawValue)
        }
        return touched
    }

    /// `member` of `member.setBilling`: the part of a method name before its first dot.
    static func stem(of method: String) -> String {
        String(method.prefix { $0 != "." })
    }

    /// The area of each area name and method stem: an area's own name first, then the first
    /// area (in catalogue order) with a method of that stem.
    private static let areaByName: [String: any AdminArea.Type] = {
        var index: [String: any AdminArea.Type] = [:]
        for area in MethodCatalog.areas { index[area.name] = area }
        for area in MethodCatalog.areas {
            for method in area.methods where index[stem(of: method.name)] == nil {
                index[stem(of: method.name)] = area
            }
        }
        return index
    }()

    /// The area that declares each method.
    private static let areaByMethod: [String: any AdminArea.Type] = {
        var index: [String: any AdminArea.Type] = [:]
        for area in MethodCatalog.areas {
            for method in area.methods { index[method.name] = area }
        }
        return index
    }()
}
