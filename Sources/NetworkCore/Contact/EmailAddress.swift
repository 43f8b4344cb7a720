/// Checks an e-mail address the way a mail form would: one `@`, a plausible local part and a
/// dotted domain, no spaces or control characters, at most 254 characters.
///
/// Deliverability is not checked; this catches typing mistakes, not bad intent.
public enum EmailAddress {
    public static func isValid(_ address: String) -> Bool {
        guard address.utf8.count <= 254, !address.isEmpty else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.count <= 64, !domain.isEmpty else { return false }
        let allowedLocal = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        guard local.allSatisfy({ allowedLocal.contains($0) }), !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains("..")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.count <= 63, !label.hasPrefix("-"), !label.hasSuffix("-"),
                label.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" })
            else { return false }
        }
        return true
    }
}
