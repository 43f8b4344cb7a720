#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Calls `body` with a C array of C strings (`nil` elements stay `NULL`), followed by a `NULL`
/// terminator, as libpq's `PQconnectdbParams` and `PQexecParams` expect. The strings are freed
/// when `body` returns.
func withCStringArray<Result>(
    _ strings: [String?],
    _ body: (UnsafePointer<UnsafePointer<CChar>?>) throws -> Result
) rethrows -> Result {
    let copies: [UnsafeMutablePointer<CChar>?] = strings.map { string in
        string.flatMap { strdup($0) }
    }
    defer {
        for copy in copies { free(copy) }
    }
    let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
    return try pointers.withUnsafeBufferPointer { buffer in
        try body(buffer.baseAddress!)
    }
}
