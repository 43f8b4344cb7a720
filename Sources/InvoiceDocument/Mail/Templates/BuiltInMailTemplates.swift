/// The mail templates compiled into `networkd-document`, used for each part unless the template
/// directory holds `mail/<kind>.<part>.mustache` (see `MailTemplates`).
///
/// Every kind's HTML part is assembled here from one shared frame — a small document with inline
/// styles only, since mail clients drop `<style>` sheets and never fetch what a message links — so
/// the messages look alike; an override file is a whole template on its own (start from
/// `networkd-document built-in mail <kind> <part>`).
///
/// What the templates read from the context, which the daemon provides:
/// - every kind: `network.name`, `network.email`, `network.paymentInstructions` (may span lines),
///   `member.name` (the member organisation) and `recipient.name` (the person written to);
/// - `invoice-issued`, `reminder`, `lapse-notice`, `reinstatement`: `invoice.number`,
///   `invoice.gross` and `invoice.outstanding` (formatted money, `£1,250.00`), `invoice.dueOn`
///   (a formatted date), `invoice.purchaseOrderNeeded` (a boolean);
/// - `po-requested`: `invoice.gross` (the invoice has no number until it is issued);
/// - `reminder`: `reminder.step` (1, 2, 3) and `reminder.daysOverdue`; the renderer adds
///   `reminder.isFirst`, `isSecond` and `isFinal` from the step;
/// - `lapse-notice`: `lapse.on`; `reinstatement`: `reinstatement.on` (formatted dates).
///
/// A key left out shows as nothing and hides the sections that test it, so each template still
/// reads well without the optional ones (`network.email`, `network.paymentInstructions`,
/// `invoice.dueOn`, `invoice.outstanding`).
enum BuiltInMailTemplates {
    /// The built-in text of `kind`'s `part`, or `nil` when `kind` is not built in.
    static func text(kind: String, part: MailTemplatePart) -> String? {
        let parts: [MailTemplatePart: String]
        switch kind {
        case "invoice-issued": parts = invoiceIssued
        case "po-requested": parts = purchaseOrderRequested
        case "reminder": parts = reminder
        case "lapse-notice": parts = lapseNotice
        case "reinstatement": parts = reinstatement
        default: return nil
        }
        return parts[part]
    }

    /// The HTML frame around `body` (paragraphs), titled `title`: a heading with the network's
    /// name, and the sign-off and contact line every message ends with.
    static func html(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        </head>
        <body style="margin: 0; padding: 0; background: #f4f4f4;">
        <div style="max-width: 640px; margin: 0 auto; padding: 24px; background: #ffffff; font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #111111;">
        <p style="margin: 0 0 20px 0; font-size: 18px; font-weight: bold;">{{network.name}}</p>
        <p>Dear {{recipient.name}},</p>
        \(body)
        <p>With kind regards,<br>
        {{network.name}}</p>
        <p style="margin-top: 24px; padding-top: 12px; border-top: 1px solid #cccccc; font-size: 12px; color: #555555;">{{network.name}}{{#network.email}} · <a href="mailto:{{network.email}}" style="color: #555555;">{{network.email}}</a>{{/network.email}}</p>
        </div>
        </body>
        </html>

        """
    }

    /// How to pay, as a block the HTML parts share: the network's own instructions with their line
    /// breaks kept, or where to ask.
    static let paymentInstructionsHTML = """
        {{#network.paymentInstructions}}
        <p style="margin: 16px 0 4px 0; font-weight: bold;">How to pay</p>
        <p style="white-space: pre-line; padding: 8px 12px; border-left: 3px solid #111111; background: #f3f3f3;">{{network.paymentInstructions}}</p>
        {{/network.paymentInstructions}}
        """

    /// How to pay, as a block the text parts share.
    static let paymentInstructionsText = """
        {{#network.paymentInstructions}}
        How to pay:
        {{network.paymentInstructions}}

        {{/network.paymentInstructions}}
        """

    /// The sign-off every text part ends with.
    static let signOffText = """
        With kind regards,
        {{network.name}}
        {{#network.email}}
        {{network.email}}
        {{/network.email}}

        """
}
