/// The bytes `JSONWriter` has written: a buffer it alone owns, so an append is a capacity check
/// and a copy.
///
/// An `[UInt8]` checks uniqueness and goes through `Sequence` on every `append(contentsOf:)`,
/// which cost about ninety instructions a call when a member's fifty keys, values and commas
/// were appended one by one; here it is a compare and a `memcpy`. Noncopyable, so the memory has
/// one owner and is freed once; ``bytes()`` hands the result over as an array.
struct JSONByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    /// An empty sink holding `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    /// Appends `bytes` as they are.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let length = bytes.count
        guard length > 0, let source = bytes.baseAddress else { return }
        if capacity - count < length { grow(toHold: length) }
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: length)
        count += length
    }

    /// Appends `bytes` as they are.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(bytes))
    }

    /// Room for `length` more bytes: at least double the capacity, so appends stay amortised O(1).
    private mutating func grow(toHold length: Int) {
        let grown = max(capacity * 2, count + length)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    /// The bytes written, as an array; the sink is gone afterwards.
    consuming func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
