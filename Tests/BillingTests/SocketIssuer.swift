import AdminProtocol
import Foundation
import NetworkTestSupport

/// One client of the running `networkd`, as a secretariat script would be: it takes drafts from
/// the ``IssueLedger``, issues each with `invoice.issue` over the admin socket (and cancels the
/// ones marked so with `invoice.cancel`), and carries on across a daemon that dies under it.
///
/// Guarantees, for a job it finishes:
/// - a call whose connection broke is sent again on a new connection once the socket answers;
///   its first attempt may have committed, so `invalid_transition` from `issued` (or from
///   `cancelled` for a cancel) counts as done — a *replay* — and so does the stored answer an
///   idempotency key gets back (odd invoice ids send one, even ones do not);
/// - `unavailable` is retried; any other refusal is recorded as unexpected, except the
///   `validation` refusal a poisoned draft must get.
///
/// One invoice in 49 (odd and even ids alike) is first sent on a connection closed without
/// reading the answer — an answer lost for sure, whether or not the daemon dies — and then
/// issued as usual.
///
/// Runs on a thread of its own (blocking socket calls); not thread-safe.
final class SocketIssuer {
    private let socketPath: String
    private let ledger: IssueLedger
    private var client: AdminClient?

    init(socketPath: String, ledger: IssueLedger) {
        self.socketPath = socketPath
        self.ledger = ledger
    }

    /// Works through jobs until none is left or the ledger is stopped.
    func run() {
        while let job = ledger.next() {
            do {
                try perform(job)
                ledger.record { $0.settled += 1 }
            } catch {
                ledger.record { $0.unexpected.append("invoice \(job.id): \(error)") }
            }
        }
        client?.close()
    }

    /// Issues a job's draft, then cancels it when the job says so.
    private func perform(_ job: GaplessFixture.Job) throws {
        let key: (String) -> String? = { verb in job.id % 2 == 1 ? "gapless-\(verb)-\(job.id)" : nil }
        let params = InvoiceIssue.Params(id: job.id, idempotencyKey: key("issue"))
        if job.id % 49 == 0 { try abandon(InvoiceIssue.name, params) }
        let issue = try call(InvoiceIssue.name, params)
        switch issue {
        case .success(let value):
            guard !job.poisoned else { throw Unexpected("a poisoned draft was issued: \(value)") }
            let wire = try JSONCoding.decode(InvoiceWire.self, from: value)
            guard wire.status == .issued, let number = wire.number else { throw Unexpected("issue answered \(wire.status)") }
            ledger.record { $0.answered[job.id] = number }
        case .failure(let error) where job.poisoned && error.kind == "validation":
            ledger.record { $0.refusedAfterTaking += 1 }
            return
        case .failure(let error) where Self.isReplay(error, from: "issued"):
            ledger.record { $0.replays += 1 }
        case .failure(let error):
            throw Unexpected("invoice.issue: \(error.kind ?? "?") \(error.message)")
        }
        guard job.cancel else { return }
        let cancel = try call(InvoiceCancel.name, InvoiceCancel.Params(id: job.id, reason: "Gapless test: cancelled after issue",
                                                                      idempotencyKey: key("cancel")))
        switch cancel {
        case .success(let value):
            let wire = try JSONCoding.decode(InvoiceWire.self, from: value)
            guard wire.status == .cancelled, wire.creditNotes.count == 1 else { throw Unexpected("cancel answered \(wire.status)") }
            ledger.record { $0.credited[job.id] = wire.creditNotes[0].number }
        case .failure(let error) where Self.isReplay(error, from: "cancelled"):
            ledger.record { $0.replays += 1 }
        case .failure(let error):
            throw Unexpected("invoice.cancel: \(error.kind ?? "?") \(error.message)")
        }
    }

    /// One call, sent again until it gets an answer other than `unavailable`.
    ///
    /// - Throws: ``Stopped`` once the ledger is stopped.
    private func call<P: Encodable>(_ method: String, _ params: P) throws -> Result<JSONValue, RPCError> {
        let value = try JSONCoding.value(of: params)
        while !ledger.isStopped {
            do {
                let connected = try client ?? AdminClient(path: socketPath)
                client = connected
                let response = try connected.call(method, params: value)
                if case .failure(let error) = response.outcome, error.kind == "unavailable" {
                    usleep(10_000)  // the database was busy or lost: the daemon says to retry
                    continue
                }
                return response.outcome
            } catch let error as AdminClient.ClientError {
                if case .protocolError = error { ledger.record { $0.brokenCalls += 1 } }
                client?.close()
                client = nil
                usleep(10_000)  // the daemon is down: poll its socket again shortly
            }
        }
        throw Stopped()
    }

    /// Sends a call on a connection of its own and closes it without waiting for the answer.
    private func abandon<P: Encodable>(_ method: String, _ params: P) throws {
        guard let connection = try? AdminClient(path: socketPath) else { return }
        let request = RPCRequest(id: .integer(1), method: method, params: try JSONCoding.value(of: params))
        if (try? connection.sendLine(try JSONCoding.encode(request.jsonValue))) != nil { ledger.record { $0.abandoned += 1 } }
        connection.close()
    }

    /// Whether `error` says the call had already been done: the invoice is past `status`.
    private static func isReplay(_ error: RPCError, from status: String) -> Bool {
        error.kind == "invalid_transition" && error.data?["from"]?.stringValue == status
    }

    /// The ledger was stopped while the call was being retried.
    struct Stopped: Error, CustomStringConvertible {
        var description: String { "stopped before an answer" }
    }

    /// An answer the test did not expect.
    struct Unexpected: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
