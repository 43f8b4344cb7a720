/// What one `JSONValueEncoder` or one of its nested containers has collected so far.
///
/// A reference, because a nested container keeps filling its node after the node has been
/// placed in its parent; `value` assembles the tree once encoding is done.
final class JSONEncodingNode {
    /// A member or element: finished, or a nested container still being filled.
    enum Element {
        case value(JSONValue)
        case node(JSONEncodingNode)

        var value: JSONValue {
            switch self {
            case .value(let value): value
            case .node(let node): node.value ?? .object([:])
            }
        }
    }

    enum Kind {
        case empty, single, object, array
    }

    private(set) var kind: Kind = .empty
    private(set) var single: JSONValue = .null
    /// In the order set; a key set twice keeps its last value (the dictionary is built once, at
    /// the end, so each key is hashed once and the storage never grows step by step; `JSONWriter`
    /// writes a node without building one at all).
    private(set) var members: [(key: String, element: Element)] = []
    private(set) var elements: [Element] = []

    init() {}

    init(kind: Kind) {
        self.kind = kind
    }

    /// The value encoded here; `nil` if nothing was.
    var value: JSONValue? {
        switch kind {
        case .empty: nil
        case .single: single
        case .object: .object(objectValue)
        case .array: .array(elements.map(\.value))
        }
    }

    private var objectValue: [String: JSONValue] {
        var object = [String: JSONValue](minimumCapacity: members.count)
        for (key, element) in members { object[key] = element.value }
        return object
    }

    var count: Int { kind == .object ? members.count : elements.count }

    func setSingle(_ value: JSONValue) {
        precondition(kind == .empty || kind == .single, "Attempt to encode a single value where a container was already requested.")
        kind = .single
        single = value
    }

    func makeObject() {
        precondition(kind == .empty || kind == .object, "Attempt to request a keyed container where another kind was already requested.")
        kind = .object
    }

    func makeArray() {
        precondition(kind == .empty || kind == .array, "Attempt to request an unkeyed container where another kind was already requested.")
        kind = .array
    }

    func set(_ element: Element, forKey key: String) { members.append((key, element)) }

    func append(_ element: Element) { elements.append(element) }
}
