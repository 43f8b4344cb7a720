import Foundation

/// The `networkd`, `networkctl` and `networkd-document` binaries built next to the test bundle.
public enum BuiltBinaries {
    /// The build folder: the directory holding the running test executable.
    public static var directory: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().path
    }

    public static var networkd: String { directory + "/networkd" }
    public static var networkctl: String { directory + "/networkctl" }
    /// The invoice document renderer the daemon spawns (`document_renderer`).
    public static var networkdDocument: String { directory + "/networkd-document" }

    /// Whether both binaries exist (`swift build` must run before `swift test`).
    public static var areBuilt: Bool {
        FileManager.default.isExecutableFile(atPath: networkd) && FileManager.default.isExecutableFile(atPath: networkctl)
    }
}

/// What a finished process printed.
public struct ProcessOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a program to completion and captures its output.
public func runProcess(_ path: String, _ arguments: [String], environment: [String: String]? = nil,
                       stdin: String? = nil, timeout: TimeInterval = 60) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    // Read both pipes concurrently so a chatty process cannot block on a full pipe.
    let group = DispatchGroup()
    let outData = DataBox(), errData = DataBox()
    group.enter()
    DispatchQueue.global().async { outData.set(out.fileHandleForReading.readDataToEndOfFile()); group.leave() }
    group.enter()
    DispatchQueue.global().async { errData.set(err.fileHandleForReading.readDataToEndOfFile()); group.leave() }
    if group.wait(timeout: .now() + timeout) == .timedOut {
        process.terminate()
        throw HarnessError("\(path) \(arguments) did not finish in \(timeout) s")
    }
    process.waitUntilExit()
    return ProcessOutput(status: process.terminationStatus, stdout: String(decoding: outData.get(), as: UTF8.self),
                         stderr: String(decoding: errData.get(), as: UTF8.self))
}

/// Data written by one thread and read by another after a `DispatchGroup` wait.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
