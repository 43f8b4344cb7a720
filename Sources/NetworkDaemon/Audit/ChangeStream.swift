import AdminProtocol
import Logging
import NetworkStore
import Postgres

/// Writes one subscription to one watcher: first the trail from the watcher's `after` up to
/// the head its subscription started at, then the live entries — each as one
/// `audit.change` notification line, skipping what the watcher's ``AreaSelection`` leaves out.
///
/// Guarantees: ids are written strictly ascending, none twice, none missing between `after`
/// and the last one written (the feed's head is final, and a lagged subscription is re-read
/// from the trail from exactly where this stream stands — ``ChangeSubscription/position``).
/// Read failures while catching up are retried with backoff until the task is cancelled.
struct ChangeStream: Sendable {
    let feed: ChangeFeed
    let subscription: ChangeSubscription
    let logger: Logger

    /// Streams until the subscription closes or the task is cancelled.
    ///
    /// - Parameter write: writes one whole line (newline included) to the watcher.
    /// - Throws: what `write` throws (the watcher went away).
    func run(write: (ArraySlice<UInt8>) async throws -> Void) async throws {
        guard var head = subscription.head else { return }
        var position = subscription.after ?? head
        subscription.position = position
        while !Task.isCancelled {
            while position < head, !Task.isCancelled {
                guard let page = await readPage(after: position, through: head) else { return }
                for record in page where record.id > position {
                    try await send(record, write)
                    position = record.id
                    subscription.position = position
                }
                if page.count < feed.tuning.entryPage {
                    position = head
                    subscription.position = position
                }
            }
            switch await subscription.next() {
            case .entries(let records):
                for record in records where record.id > position {
                    try await send(record, write)
                    position = record.id
                    subscription.position = position
                }
            case .lagged:
                logger.debug("a watcher catches up from the audit trail", metadata: ["audit.position": "\(position)"])
                guard let restarted = feed.resync(subscription) else { return }
                head = restarted
            case .closed:
                return
            }
        }
    }

    /// One page of the trail after `position`, retrying until it can be read; `nil` when the
    /// task is cancelled first.
    private func readPage(after position: Int64, through head: Int64) async -> [AuditRecord]? {
        var failures = 0
        let limit = feed.tuning.entryPage
        while !Task.isCancelled {
            do {
                return try await feed.pool.withConnection {
                    try AuditStore.entries(after: position, through: head, limit: limit, on: $0)
                }
            } catch {
                failures += 1
                if failures == 1 {
                    logger.warning("a watcher cannot read the audit trail; retrying", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: .milliseconds(Swift.min(100 << Swift.min(failures - 1, 6), 5_000)))
            }
        }
        return nil
    }

    /// Writes `record` as a notification line, if the selection passes it.
    private func send(_ record: AuditRecord, _ write: (ArraySlice<UInt8>) async throws -> Void) async throws {
        guard subscription.selection.passes(method: record.method, target: record.target) else { return }
        var line: [UInt8]
        do {
            line = try JSONCoding.encode(try AuditWatchEvent.change(AuditList.Entry(record)).notification)
        } catch {
            logger.error("cannot encode an audit entry for a watcher; skipped", metadata: [
                "audit.id": "\(record.id)", "error": "\(String(reflecting: error))",
            ])
            return
        }
        line.append(UInt8(ascii: "\n"))
        try await write(line[...])
    }
}
