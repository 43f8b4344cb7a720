/// How a payment arrived.
public enum PaymentMethod: String, Codable, Sendable, Hashable, CaseIterable {
    case bankTransfer = "bank_transfer"
    case card
    case cheque
    case other

    /// How people name it: `bank transfer`.
    public var label: String { rawValue.replacingUnderscores() }
}

extension String {
    /// `bank_transfer` → `bank transfer`.
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
