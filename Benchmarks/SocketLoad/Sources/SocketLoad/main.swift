// SocketLoad: drives networkd's admin socket the way `pgbench -S` drives PostgreSQL.
//
//   SocketLoad --socket PATH [--clients 8] [--seconds 10] [--method network.get] [--params JSON]
//              [--random LOW-HIGH]
//
// Each client is an OS thread with its own blocking Unix-socket connection. It writes one
// request line, waits for the answer with poll(2) and reads the one response line, checks it
// carries "result", records the latency, and repeats until the time is up. Output: one
// `key value` pair per line (see `report`).
//
// It waits in poll(2) before each read, as libpq (and so pgbench) does, rather than in a
// blocking read(2): a thread asleep in read(2) on a Unix socket is also woken each time the
// daemon reads the client's own request (the space it frees in the socket's send buffer wakes
// every sleeper on it), and finds nothing to read; poll(2) for POLLIN sleeps through that.
// On this 2-core VM that spurious wake-up cost the load generator about 3 us of kernel time a
// request, and the daemon the wake-up it sent.
//
// In --params, `{client}` is replaced by the client's number (1…C), `{n}` by the request's
// number on that client (1, 2, …: with {client}, unique in the run, as an idempotency key must
// be) and `{random}` by a number drawn uniformly from --random LOW-HIGH for each request — the
// same as pgbench's `:client_id + 1` and `\set id random(LOW, HIGH)`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Options

struct Options {
    var socket = ""
    var clients = 8
    var seconds = 10.0
    var method = "network.get"
    var params: String?
    var randomRange: ClosedRange<UInt64> = 1...1

    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var index = 1
        func value() -> String {
            index += 1
            guard index < arguments.count else { fail("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--socket": options.socket = value()
            case "--clients": options.clients = Int(value()) ?? 0
            case "--seconds": options.seconds = Double(value()) ?? 0
            case "--method": options.method = value()
            case "--params": options.params = value()
            case "--random":
                let bounds = value().split(separator: "-").compactMap { UInt64($0) }
                guard bounds.count == 2, bounds[0] <= bounds[1] else { fail("--random takes LOW-HIGH, such as 1-100000") }
                options.randomRange = bounds[0]...bounds[1]
            case "-h", "--help":
                print("usage: SocketLoad --socket PATH [--clients C] [--seconds T] [--method M] [--params JSON] [--random LOW-HIGH]")
                exit(0)
            default: fail("unknown argument \(arguments[index])")
            }
            index += 1
        }
        if options.socket.isEmpty { fail("--socket is required") }
        if options.clients < 1 { fail("--clients must be at least 1") }
        if options.seconds <= 0 { fail("--seconds must be positive") }
        return options
    }
}

func fail(_ message: String) -> Never {
    var bytes = Array("SocketLoad: \(message)\n".utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

@inline(__always)
func nowNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
}

// MARK: - One client

/// Everything one client thread needs and produces; owned by that thread until it is joined.
final class Client {
    let index: Int
    let socketPath: String
    let method: String
    let params: [ParamsPiece]?
    let randomRange: ClosedRange<UInt64>
    var randomState: UInt64
    let deadline: UInt64
    var requests = 0
    var errors = 0
    var firstError: String?
    var latencies: [UInt64] = []

    init(index: Int, options: Options, deadline: UInt64) {
        self.index = index
        self.socketPath = options.socket
        self.method = options.method
        self.params = options.params.map(ParamsPiece.split)
        self.randomRange = options.randomRange
        self.randomState = 0x9E37_79B9_7F4A_7C15 &* UInt64(index + 1)
        self.deadline = deadline
        latencies.reserveCapacity(Int(options.seconds * 40_000))
    }

    func connectSocket() -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(socketPath.utf8)
        guard pathBytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in pathBytes.enumerated() { raw[offset] = byte }
            raw[pathBytes.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else { close(fd); return nil }
        return fd
    }

    /// The params of one request, placeholders filled in.
    func render(_ pieces: [ParamsPiece], sequence: Int) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let literal): text += literal
            case .client: text += String(index + 1)
            case .sequence: text += String(sequence)
            case .random: text += String(nextRandom())
            }
        }
        return text
    }

    /// xorshift64*, uniform enough over the range for choosing rows.
    func nextRandom() -> UInt64 {
        randomState ^= randomState >> 12
        randomState ^= randomState << 25
        randomState ^= randomState >> 27
        let value = randomState &* 0x2545_F491_4F6C_DD1D
        let width = randomRange.upperBound - randomRange.lowerBound + 1
        return randomRange.lowerBound + value % width
    }

    func noteError(_ text: String) {
        errors += 1
        if firstError == nil { firstError = text }
    }

    func run() {
        guard let fd = connectSocket() else {
            noteError("connect \(socketPath): errno \(errno)")
            return
        }
        defer { close(fd) }
        let needle = Array("\"result\"".utf8)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending = 0  // bytes in `buffer` not yet consumed (after a line end)
        var id = index * 100_000_000
        var sequence = 0
        while true {
            let start = nowNanoseconds()
            if start >= deadline { break }
            id += 1
            sequence += 1
            let paramsPart = params.map { ",\"params\":\(render($0, sequence: sequence))" } ?? ""
            let request = Array("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\"\(paramsPart)}\n".utf8)
            var sent = 0
            while sent < request.count {
                let n = request.withUnsafeBytes { write(fd, $0.baseAddress! + sent, request.count - sent) }
                if n <= 0 { noteError("write: errno \(errno)"); return }
                sent += n
            }
            // Read until a newline; keep anything after it (there should be nothing).
            var line: [UInt8] = []
            var scanFrom = 0
            var lineEnd: Int? = nil
            while true {
                if let end = buffer[scanFrom..<pending].firstIndex(of: UInt8(ascii: "\n")) {
                    lineEnd = end
                    break
                }
                scanFrom = pending
                if pending == buffer.count {  // a long line: move it out and keep reading
                    line.append(contentsOf: buffer[0..<pending])
                    pending = 0
                    scanFrom = 0
                }
                // Wait for the answer as libpq does (see the top of this file).
                var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                while poll(&waiting, 1, -1) < 0 && errno == EINTR {}
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + pending, $0.count - pending) }
                if n <= 0 { noteError(n == 0 ? "daemon closed the connection" : "read: errno \(errno)"); return }
                pending += n
            }
            let end = lineEnd!
            let ok: Bool
            if line.isEmpty {
                ok = contains(buffer, 0, end, needle)
                if !ok { noteError(String(decoding: buffer[0..<end], as: UTF8.self)) }
            } else {
                line.append(contentsOf: buffer[0..<end])
                ok = contains(line, 0, line.count, needle)
                if !ok { noteError(String(decoding: line, as: UTF8.self)) }
            }
            let rest = pending - (end + 1)
            if rest > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + end + 1, rest)
                }
            }
            pending = rest
            if ok {
                requests += 1
                latencies.append(nowNanoseconds() - start)
            }
        }
    }
}

/// A piece of the --params template: literal text or a placeholder.
enum ParamsPiece {
    case text(String)
    case client
    case sequence
    case random

    /// Splits a template at `{client}`, `{n}` and `{random}`.
    static func split(_ template: String) -> [ParamsPiece] {
        var pieces: [ParamsPiece] = []
        var rest = Substring(template)
        let tokens: [(String, ParamsPiece)] = [("{client}", .client), ("{n}", .sequence), ("{random}", .random)]
        while !rest.isEmpty {
            var earliest: (range: Range<Substring.Index>, piece: ParamsPiece)?
            for (token, piece) in tokens {
                if let range = rest.firstRange(of: token), earliest == nil || range.lowerBound < earliest!.range.lowerBound {
                    earliest = (range, piece)
                }
            }
            guard let found = earliest else { pieces.append(.text(String(rest))); break }
            if found.range.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<found.range.lowerBound]))) }
            pieces.append(found.piece)
            rest = rest[found.range.upperBound...]
        }
        return pieces
    }
}

func contains(_ haystack: [UInt8], _ from: Int, _ to: Int, _ needle: [UInt8]) -> Bool {
    guard to - from >= needle.count else { return false }
    var i = from
    let last = to - needle.count
    while i <= last {
        if haystack[i] == needle[0] {
            var j = 1
            while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
            if j == needle.count { return true }
        }
        i += 1
    }
    return false
}

/// A client thread's entry point. A plain function, not a closure written in top-level code:
/// such a closure would be main-actor isolated, and Swift 6 traps when it runs off the main thread.
func clientThread(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let client = Unmanaged<Client>.fromOpaque(raw!).takeRetainedValue()
    client.run()
    return nil
}

// MARK: - Main

signal(SIGPIPE, SIG_IGN)
let options = Options.parse(CommandLine.arguments)
let started = nowNanoseconds()
let deadline = started + UInt64(options.seconds * 1e9)
let clients = (0..<options.clients).map { Client(index: $0, options: options, deadline: deadline) }

var threads: [pthread_t] = []
for client in clients {
    var thread = pthread_t()
    let context = Unmanaged.passRetained(client).toOpaque()
    let status = pthread_create(&thread, nil, clientThread, context)
    if status != 0 { fail("pthread_create failed: \(status)") }
    threads.append(thread)
}
for thread in threads { pthread_join(thread, nil) }
let elapsed = Double(nowNanoseconds() - started) / 1e9

var merged: [UInt64] = []
merged.reserveCapacity(clients.reduce(0) { $0 + $1.latencies.count })
for client in clients { merged.append(contentsOf: client.latencies) }
merged.sort()
let sortedLatencies = merged
func percentile(_ p: Double) -> Double {
    let all = sortedLatencies
    guard !all.isEmpty else { return 0 }
    let rank = min(all.count - 1, Int((p / 100 * Double(all.count)).rounded(.up)) - 1)
    return Double(all[max(0, rank)]) / 1e6
}
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

let total = clients.reduce(0) { $0 + $1.requests }
let errors = clients.reduce(0) { $0 + $1.errors }
print("clients \(options.clients)")
print("seconds \(fixed(elapsed, 3))")
print("requests \(total)")
print("errors \(errors)")
print("rps \(fixed(Double(total) / elapsed, 1))")
print("p50_ms \(fixed(percentile(50), 3))")
print("p99_ms \(fixed(percentile(99), 3))")
if let first = clients.compactMap(\.firstError).first {
    print("first_error \(first.prefix(300))")
}
exit(errors > 0 && total == 0 ? 1 : 0)
