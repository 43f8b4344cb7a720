/// RFC 2045 §6.8 base64: the transfer encoding of every attachment, written here so that the
/// message is made without Foundation's `Data`.
///
/// Guarantees: the output uses only `A–Z a–z 0–9 + /` and `=` (padding, at the very end), in lines
/// of at most `lineLength` characters joined by LF with no newline after the last; it decodes with
/// any RFC 4648 decoder to exactly the input bytes. Since `_` is not in the alphabet and `=` only
/// pads the end, the output can never hold `=_`, which every `MIMEBoundary` starts with.
enum Base64 {
    /// The alphabet of RFC 4648 §4, indexed by six-bit value.
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The longest encoded line RFC 2045 allows, and the one mail agents write.
    static let mimeLineLength = 76

    /// `bytes` encoded, in lines of `lineLength` characters (`nil`: one line, as an encoded-word
    /// needs).
    ///
    /// - Precondition: `lineLength`, when given, is a positive multiple of 4.
    static func encode(_ bytes: some Collection<UInt8>, lineLength: Int? = mimeLineLength) -> String {
        precondition(lineLength.map { $0 > 0 && $0 % 4 == 0 } ?? true, "base64 lines hold whole quads")
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4 + bytes.count / 48 + 1)
        var column = 0
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            if let lineLength, column == lineLength {
                output.append(UInt8(ascii: "\n"))
                column = 0
            }
            let value = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(value >> 18 & 0x3F)])
            output.append(alphabet[Int(value >> 12 & 0x3F)])
            output.append(second == nil ? UInt8(ascii: "=") : alphabet[Int(value >> 6 & 0x3F)])
            output.append(third == nil ? UInt8(ascii: "=") : alphabet[Int(value & 0x3F)])
            column += 4
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// How many characters `byteCount` bytes take, padding included, on one line.
    static func encodedLength(ofByteCount byteCount: Int) -> Int {
        (byteCount + 2) / 3 * 4
    }
}
