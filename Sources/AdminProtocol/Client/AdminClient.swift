#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A small blocking client for the admin socket, for `networkctl` and tests.
///
/// One connection, one request at a time, in order. No NIO, so the CLI starts fast.
public final class AdminClient {
    /// Why a call did not produce a JSON-RPC response.
    public enum ClientError: Error, Sendable, CustomStringConvertible {
        /// The socket could not be reached: no such file, refused, permission denied.
        case unreachable(path: String, reason: String)
        /// The connection broke or the daemon answered something that is not JSON-RPC.
        case protocolError(String)

        public var description: String {
            switch self {
            case .unreachable(let path, let reason): "cannot reach networkd at \(path): \(reason)"
            case .protocolError(let message): "networkd protocol error: \(message)"
            }
        }
    }

    public let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var nextID: Int64 = 1

    /// Connects to the Unix socket at `path`.
    ///
    /// - Throws: `ClientError.unreachable` naming the path and the system's reason.
    public init(path: String) throws {
        self.path = path
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.utf8.count < capacity else {
            throw ClientError.unreachable(path: path, reason: "socket path is longer than \(capacity - 1) bytes")
        }
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ClientError.unreachable(path: path, reason: Self.errnoText()) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: path.utf8)
            raw[path.utf8.count] = 0
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let reason = Self.errnoText()
            Self.closeDescriptor(fd)
            throw ClientError.unreachable(path: path, reason: reason)
        }
        self.fd = fd
    }

    deinit {
        if fd >= 0 { Self.closeDescriptor(fd) }
    }

    /// Sends one request and waits for its response.
    ///
    /// - Returns: the response; a JSON-RPC error is a response, not a thrown error.
    /// - Throws: `ClientError` when the connection fails.
    public func call(_ method: String, params: JSONValue? = nil) throws -> RPCResponse {
        let id = nextID
        nextID += 1
        let request = RPCRequest(id: .integer(id), method: method, params: params)
        try sendLine(try JSONCoding.encode(request.jsonValue))
        let line = try readLine()
        let value: JSONValue
        do {
            value = try JSONCoding.readValue(line)
        } catch {
            throw ClientError.protocolError("invalid JSON in response")
        }
        do {
            return try RPCResponse(from: value)
        } catch {
            throw ClientError.protocolError("response is not JSON-RPC 2.0")
        }
    }

    /// Calls a typed method and decodes its result.
    ///
    /// - Throws: `RPCError` for an error response, `ClientError` for a broken connection.
    public func call<M: AdminMethod>(_ method: M.Type, _ params: M.Params) throws -> M.Result {
        let response = try call(M.name, params: try JSONCoding.value(of: params))
        switch response.outcome {
        case .success(let result):
            do {
                return try JSONCoding.decode(M.Result.self, from: result)
            } catch {
                throw ClientError.protocolError("unexpected result for \(M.name): \(JSONCoding.describe(error))")
            }
        case .failure(let error):
            throw error
        }
    }

    /// Writes raw bytes (a line, several lines, or garbage — for tests of the daemon).
    public func sendRaw(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { raw in
                send(fd, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw ClientError.protocolError("write failed: \(Self.errnoText())")
            }
            offset += written
        }
    }

    /// Sends one line: `bytes` and a newline.
    public func sendLine(_ bytes: [UInt8]) throws {
        try sendRaw(bytes + [UInt8(ascii: "\n")])
    }

    /// Reads the next line (without its newline).
    ///
    /// - Throws: `ClientError.protocolError` when the daemon closes the connection first.
    public func readLine() throws -> [UInt8] {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ClientError.protocolError("read failed: \(Self.errnoText())")
            }
            if count == 0 {
                throw ClientError.protocolError("networkd closed the connection")
            }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    /// Closes the connection now.
    public func close() {
        if fd >= 0 {
            Self.closeDescriptor(fd)
            fd = -1
        }
    }

    private static func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #elseif canImport(Darwin)
        _ = Darwin.close(descriptor)
        #endif
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
