import AdminProtocol
import NetworkStore

/// The wire form of a stored tier, built field by field (the wire struct is the contract).
extension TierWire {
    init(_ record: TierRecord) {
        self.init(code: record.code, name: record.name, votes: record.votes, paysFee: record.paysFee,
                  qualifyingKinds: record.qualifyingKinds)
    }
}

/// The wire form of a stored organisation kind.
extension OrganisationKindWire {
    init(_ record: OrganisationKindRecord) {
        self.init(code: record.code, name: record.name, isCouncil: record.isCouncil)
    }
}
