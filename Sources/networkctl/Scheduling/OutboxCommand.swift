import AdminProtocol
import ArgumentParser
import NetworkCore

/// `networkctl outbox …`: the e-mail networkd sends, and its delivery.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List and show e-mail messages; queue a failed one again.",
        subcommands: [List.self, Show.self, Retry.self],
        defaultSubcommand: List.self
    )

    static let header = ["ID", "TEMPLATE", "MEMBER", "INVOICE", "STATUS", "TRIES", "TO", "SUBJECT"]

    /// One message as a table row.
    static func row(_ message: OutboxWire) -> [String] {
        [String(message.id), message.template, message.memberId.map(String.init) ?? "-", message.invoiceId.map(String.init) ?? "-",
         message.status, String(message.attempts), message.recipients?.joined(separator: ", ") ?? "(when sent)", message.subject ?? "-"]
    }

    /// `networkctl outbox list [--status S] [--member ID] [--invoice ID]`: `outbox.list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List e-mail messages, newest first.",
            discussion: "\(OutboxList.callLine).\n\nEXAMPLES:\n  networkctl outbox list\n  networkctl outbox list --status failed")

        @OptionGroup var globals: GlobalOptions
        @Option(help: "Only messages in this state.")
        var status: OutboxStatus?
        @Option(name: .customLong("member"), help: ArgumentHelp("Only messages about this member.", valueName: "id"))
        var memberId: Int64?
        @Option(name: .customLong("invoice"), help: ArgumentHelp("Only messages about this invoice.", valueName: "id"))
        var invoiceId: Int64?
        @Option(help: ArgumentHelp("Messages per page (1-500).", valueName: "n"))
        var limit: Int?
        @Option(help: ArgumentHelp("Messages before this id (the previous page's last).", valueName: "id"))
        var before: Int64?

        func run() throws {
            let style = globals.style
            try globals.perform(OutboxList.self, .init(status: status, memberId: memberId, invoiceId: invoiceId, before: before, limit: limit)) { result in
                guard !result.messages.isEmpty else { return Terminal.out("No messages.") }
                Terminal.out(Table(header: header, rows: result.messages.map(row)).render(style: style))
                if let next = result.next { Terminal.out("More: --before \(next)") }
            }
        }
    }

    /// `networkctl outbox show ID [--message]`: `outbox.get`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one message's delivery; --message prints the whole message as sent.",
            discussion: "\(OutboxGet.callLine).\n\nEXAMPLES:\n  networkctl outbox show 42\n  networkctl outbox show 42 --message")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: "The message's id.")
        var id: Int64
        @Flag(help: "Print the rendered RFC 5322 message.")
        var message = false

        func run() throws {
            let style = globals.style
            let whole = message
            try globals.perform(OutboxGet.self, .init(id: id, withMessage: whole)) { result in
                let m = result.message
                var fields: [(String, String)] = [
                    ("Message", String(m.id)), ("Template", m.template), ("Status", m.status), ("Attempts", String(m.attempts)),
                    ("Message-ID", m.messageId), ("Created", "\(m.createdAt) by \(m.createdBy)"),
                ]
                if let recipients = m.recipients { fields.append(("To", recipients.joined(separator: ", "))) }
                if let subject = m.subject { fields.append(("Subject", subject)) }
                if let sent = m.sentAt { fields.append(("Sent", sent)) }
                if let next = m.nextAttemptAt { fields.append(("Next attempt", next)) }
                if let error = m.lastError { fields.append(("Last error", error)) }
                Terminal.out(Table(header: ["FIELD", "VALUE"], rows: fields.map { [$0.0, $0.1] }).render(style: style))
                if whole {
                    Terminal.out(result.text ?? "(not rendered yet)")
                }
            }
        }
    }

    /// `networkctl outbox retry ID`: `outbox.retry`.
    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry",
            abstract: "Queue a failed message again, now; it keeps its Message-ID.",
            discussion: "\(OutboxRetry.callLine).\n\nEXAMPLES:\n  networkctl outbox retry 42")

        @OptionGroup var globals: GlobalOptions
        @Argument(help: "The message's id.")
        var id: Int64
        @OptionGroup var idempotency: IdempotencyOption

        func run() throws {
            let style = globals.style
            try globals.perform(OutboxRetry.self, .init(id: id, idempotencyKey: idempotency.idempotencyKey)) { message in
                Terminal.out(Table(header: header, rows: [row(message)]).render(style: style))
            }
        }
    }
}
