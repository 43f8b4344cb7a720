import AdminProtocol
import FoundationEssentials
import NetworkCore
import NetworkStore

// Wire values built from stored records. The wire structs are the contract; building them here,
// field by field, keeps a change to a record from silently changing what clients see.

extension MemberWire {
    init(_ record: MemberRecord) {
        self.init(
            id: record.id, name: record.name, kind: record.kind, tier: record.tier, status: record.status,
            nation: record.nation, region: record.region, website: record.website, population: record.population,
            budgetRevenue: record.budgetRevenue, budgetCapital: record.budgetCapital, memberSince: record.memberSince,
            poRequired: record.poRequired, version: record.version, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }
}

extension MemberHistoryEntry {
    init(_ record: MemberHistoryRecord) {
        self.init(change: record.change, from: record.from, to: record.to, at: record.at, effectiveOn: record.effectiveOn,
                  fromKind: record.fromKind, toKind: record.toKind, actor: record.actor, reason: record.reason)
    }
}

/// `member.list`'s opaque cursor: base64url (no padding) of `{"i": id, "n": lower(name)}`.
///
/// Clients must treat it as opaque; it is validated on the way back in, so a tampered cursor is
/// a validation error on `after`, never a malformed query.
extension MemberListPosition {
    private struct Payload: Codable {
        var n: String
        var i: Int64
    }

    var cursor: String {
        let bytes = (try? JSONCoding.encode(Payload(n: nameKey, i: id))) ?? []
        return Data(bytes).base64EncodedString()
            .replacing("+", with: "-")
            .replacing("/", with: "_")
            .replacing("=", with: "")
    }

    /// - Throws: `NetworkError.validation` on field `after` for anything that is not a cursor
    ///   this daemon made.
    init(cursor: String) throws {
        let invalid = NetworkError.invalid("after", "must be the nextCursor of a previous page")
        guard cursor.count <= 2000, cursor.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw invalid }
        var base64 = cursor.replacing("-", with: "+").replacing("_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let value = try? JSONCoding.readValue(Array(data)),
            let payload = try? JSONCoding.decode(Payload.self, from: value),
            payload.i > 0, payload.n.count <= 1000
        else { throw invalid }
        self.init(nameKey: payload.n, id: payload.i)
    }
}
