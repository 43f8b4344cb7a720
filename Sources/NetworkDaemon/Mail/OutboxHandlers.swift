import AdminProtocol
import NetworkCore
import NetworkStore
import Postgres

/// The outbox area's handlers: `outbox.list`, `outbox.get`, `outbox.retry`.
enum OutboxHandlers: AreaHandlers {
    static func register(into registry: inout MethodRegistry) {
        registry.query(OutboxList.self) { context, params, connection in
            let limit = params.limit ?? 50
            guard (1...500).contains(limit) else { throw NetworkError.invalid("limit", "must be 1 to 500") }
            let rows = try OutboxStore.list(status: params.status?.rawValue, memberId: params.memberId, invoiceId: params.invoiceId, before: params.before,
                                            limit: limit + 1, on: connection)
            let page = Array(rows.prefix(limit))
            let identify = try identifier(context, on: connection)
            return OutboxList.Result(messages: page.map { OutboxWire($0, messageId: identify($0.id)) },
                                     next: rows.count > limit ? page.last?.id : nil)
        }
        registry.query(OutboxGet.self) { context, params, connection in
            guard let record = try OutboxStore.get(params.id, on: connection) else {
                throw NetworkError.notFound(entity: "message", id: String(params.id))
            }
            let text = params.withMessage == true ? try OutboxStore.message(params.id, on: connection) : nil
            return OutboxGet.Result(message: OutboxWire(record, messageId: try identifier(context, on: connection)(record.id)), text: text)
        }
        registry.mutation(OutboxRetry.self) { context, params, scope in
            let connection = scope.connection
            guard let before = try OutboxStore.get(params.id, forUpdate: true, on: connection) else {
                throw NetworkError.notFound(entity: "message", id: String(params.id))
            }
            guard try OutboxStore.retry(params.id, on: connection) else {
                throw NetworkError.invalidTransition(entity: "message \(params.id)", from: before.status, to: "queued")
            }
            let wire = OutboxWire(try OutboxStore.get(params.id, on: connection) ?? before,
                                  messageId: try identifier(context, on: connection)(params.id))
            return MutationOutcome(result: wire, target: "outbox:\(params.id)", before: ["status": .string(before.status)],
                                   after: ["status": .string(wire.status)])
        }
    }

    /// The Message-ID of each outbox id, as the sender writes it.
    static func identifier(_ context: RequestContext, on connection: PostgresConnection) throws -> (Int64) -> String {
        let network = try NetworkProfileStore.get(on: connection).shortName
        let from = try MailContext.fromAddress(mailFrom: context.services.state.configuration.scheduling.mailFrom, on: connection)
        return { "<" + MailContext.messageId($0, network: network, from: from) + ">" }
    }

    static let statusCounters = ["mailQueued", "mailFailed"]
}

extension OutboxWire {
    /// The wire form of a stored message sent with `messageId`.
    init(_ record: OutboxRecord, messageId: String) {
        self.init(id: record.id, template: record.template, memberId: record.memberId, invoiceId: record.invoiceId, status: record.status,
                  attempts: record.attempts, nextAttemptAt: record.status == "queued" ? record.nextAttemptAt : nil, lastError: record.lastError,
                  recipients: record.recipients?.map { "\($0.name) <\($0.address)>" }, subject: record.subject,
                  messageId: messageId, attachInvoice: record.attachInvoice,
                  createdBy: record.createdBy, createdAt: record.createdAt, sentAt: record.sentAt)
    }
}
