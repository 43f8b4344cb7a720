import ArgumentParser
import InvoiceDocument

/// `networkd-document`: turns an issued invoice's or credit note's snapshot into its document,
/// and a mail request into the e-mail the daemon's outbox sends.
///
/// A thin executable over `InvoiceDocument`, run by `networkd` (which never links the template
/// library, nor the full Foundation it brings) once per document, message or template check. Ops
/// may run it too, to check an override template before an invoice run.
@main
struct NetworkdDocument: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "networkd-document",
        abstract: "Render invoice and credit-note documents and compose e-mails from their templates; check the templates.",
        discussion: """
            networkd runs this program for every invoice document and, before an invoice or credit \
            note keeps its number, to check that the templates render it. The templates are \
            invoice.mustache and credit-note.mustache: a file of that name in the template \
            directory replaces the built-in one (print it with `built-in`, edit, then `check`). \
            For every e-mail in its outbox it runs `message`, whose output it pipes to sendmail; \
            each message kind has three templates, mail/<kind>.subject.mustache, \
            .text.mustache and .html.mustache, overridden the same way.

            Exit status: 0 done; 64 bad arguments; 65 a template, snapshot or mail request that \
            cannot be used; 66 a mail attachment that cannot be read; 69 WeasyPrint missing; 70 \
            any other failure; 75 WeasyPrint timed out. On failure one line on stderr says why.

            Examples:
              networkd-document check --templates /etc/networkd/templates
              networkd-document built-in invoice > /etc/networkd/templates/invoice.mustache
              networkd-document render --format pdf < snapshot.json > invoice.pdf
              networkd-document built-in mail reminder text
              networkd-document message < request.json | /usr/sbin/sendmail -t -oi
            """,
        subcommands: [Check.self, Render.self, Message.self, BuiltIn.self]
    )
}

/// The template directory, shared by every subcommand that loads templates.
struct TemplateOptions: ParsableArguments {
    /// The folder that may hold `invoice.mustache`, `credit-note.mustache` and the mail
    /// templates under `mail/`; a missing folder or file means the built-in template.
    @Option(name: .long, help: ArgumentHelp("Folder of override templates.", valueName: "dir"))
    var templates: String = InvoiceTemplates.defaultDirectory

    /// The templates from `templates`, each an override when its file is there.
    ///
    /// - Throws: `DocumentFailure` (exit 65) when a file cannot be read or parsed.
    func load() throws(DocumentFailure) -> InvoiceTemplates {
        do {
            return try InvoiceTemplates(directory: templates)
        } catch {
            throw DocumentFailure(error)
        }
    }
}
