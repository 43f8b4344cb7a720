import CCrypto

/// A member token's secret, and the SHA-256 digest that is all the database keeps of it.
///
/// Guarantees:
/// - ``generate()`` draws 32 bytes from OpenSSL's CSPRNG (`RAND_bytes`) and writes them as
///   `nwd_` + 43 characters of unpadded base64url: 47 characters that survive shells, URLs and
///   config files unquoted.
/// - ``hash(_:)`` is the lowercase hex SHA-256 of the secret's UTF-8 bytes, so anyone can check a
///   stored hash with `sha256sum` or PostgreSQL's `sha256()`.
/// - The secret never leaves this type except as the one `token.issue` result.
enum TokenSecret {
    /// Every secret starts with this, so a leaked one is recognisable (and greppable).
    static let scheme = "nwd_"
    /// Length of a secret: the scheme plus 43 base64url characters for 32 bytes.
    static let length = 4 + 43
    /// How many leading characters are kept in clear as the token's `prefix`.
    static let prefixLength = 12

    /// A new random secret.
    ///
    /// - Throws: `TokenSecretError` if OpenSSL cannot produce random bytes (an unseeded
    ///   generator); never returns a weak secret instead.
    static func generate() throws -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        let status = bytes.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32($0.count)) }
        guard status == 1 else { throw TokenSecretError(message: "RAND_bytes failed") }
        return scheme + base64URL(bytes)
    }

    /// The first ``prefixLength`` characters, shown in listings to recognise a token.
    static func prefix(of secret: String) -> String {
        String(secret.prefix(prefixLength))
    }

    /// Whether `text` has the shape of a secret (checked before hashing, so junk costs nothing).
    static func isWellFormed(_ text: String) -> Bool {
        guard text.utf8.count == length, text.hasPrefix(scheme) else { return false }
        return text.utf8.dropFirst(scheme.utf8.count).allSatisfy { byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// Lowercase hex SHA-256 of `secret`'s UTF-8 bytes, via `EVP_Digest`.
    ///
    /// - Throws: `TokenSecretError` if libcrypto fails (it does not for SHA-256 in practice).
    static func hash(_ secret: String) throws -> String {
        let input = Array(secret.utf8)
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = input.withUnsafeBufferPointer { source in
            digest.withUnsafeMutableBufferPointer { target in
                EVP_Digest(source.baseAddress, source.count, target.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        guard status == 1, length == 32 else { throw TokenSecretError(message: "EVP_Digest(SHA-256) failed") }
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest.prefix(32) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Unpadded base64url (RFC 4648 §5).
    private static func base64URL(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let b0 = UInt32(bytes[index])
            let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let triple = (b0 << 16) | (b1 << 8) | b2
            output.append(alphabet[Int((triple >> 18) & 63)])
            output.append(alphabet[Int((triple >> 12) & 63)])
            if index + 1 < bytes.count { output.append(alphabet[Int((triple >> 6) & 63)]) }
            if index + 2 < bytes.count { output.append(alphabet[Int(triple & 63)]) }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// libcrypto could not generate or hash a token; becomes an internal error, details in the log.
struct TokenSecretError: Error, CustomStringConvertible {
    var message: String
    var description: String { "token secret: \(message)" }
}
