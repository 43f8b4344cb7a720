extension BuiltInMailTemplates {
    /// `reminder`: an invoice is overdue. The wording follows `reminder.step` — a polite first
    /// reminder, a firmer second, and a final one that says membership lapses if it stays unpaid
    /// (`reminder.isSecond` and `isFinal`, which the renderer derives from the step; with neither,
    /// the first reminder's wording).
    static let reminder: [MailTemplatePart: String] = [
        .subject: """
            {{#reminder.isFinal}}Final reminder{{/reminder.isFinal}}{{#reminder.isSecond}}Second reminder{{/reminder.isSecond}}{{^reminder.isFinal}}{{^reminder.isSecond}}Reminder{{/reminder.isSecond}}{{/reminder.isFinal}}: invoice {{invoice.number}} from {{network.name}} is overdue

            """,
        .text: """
            Dear {{recipient.name}},

            {{^reminder.isSecond}}
            {{^reminder.isFinal}}
            This is a friendly reminder that invoice {{invoice.number}} for the
            membership of {{member.name}} in {{network.name}} is now overdue. It may
            simply have been missed, or your payment may already be on its way.
            {{/reminder.isFinal}}
            {{/reminder.isSecond}}
            {{#reminder.isSecond}}
            We wrote recently about invoice {{invoice.number}} for the membership of
            {{member.name}} in {{network.name}}, and our records show that it is still
            unpaid.
            {{/reminder.isSecond}}
            {{#reminder.isFinal}}
            Despite our earlier reminders, invoice {{invoice.number}} for the membership
            of {{member.name}} in {{network.name}} remains unpaid. This is our final
            reminder: if the invoice is not paid, the membership will lapse at the end
            of its grace period.
            {{/reminder.isFinal}}

            Invoice: {{invoice.number}}
            Amount outstanding: {{#invoice.outstanding}}{{invoice.outstanding}}{{/invoice.outstanding}}{{^invoice.outstanding}}{{invoice.gross}}{{/invoice.outstanding}}
            {{#invoice.dueOn}}
            Payment was due by: {{invoice.dueOn}}{{#reminder.daysOverdue}} ({{reminder.daysOverdue}} days ago){{/reminder.daysOverdue}}
            {{/invoice.dueOn}}

            \(paymentInstructionsText)
            {{#invoice.purchaseOrderNeeded}}
            If payment is waiting on a purchase order, please let us know its number
            and we will make sure the invoice quotes it.

            {{/invoice.purchaseOrderNeeded}}
            Please quote {{invoice.number}} with your payment. If you have already paid,
            thank you, and please accept our apologies for this reminder; if anything
            about the invoice is unclear, just reply to this e-mail.

            \(signOffText)
            """,
        .html: html(title: "Invoice {{invoice.number}} from {{network.name}} is overdue", body: """
            {{^reminder.isSecond}}
            {{^reminder.isFinal}}
            <p>This is a friendly reminder that invoice <strong>{{invoice.number}}</strong> for the membership of {{member.name}} in {{network.name}} is now overdue. It may simply have been missed, or your payment may already be on its way.</p>
            {{/reminder.isFinal}}
            {{/reminder.isSecond}}
            {{#reminder.isSecond}}
            <p>We wrote recently about invoice <strong>{{invoice.number}}</strong> for the membership of {{member.name}} in {{network.name}}, and our records show that it is still unpaid.</p>
            {{/reminder.isSecond}}
            {{#reminder.isFinal}}
            <p>Despite our earlier reminders, invoice <strong>{{invoice.number}}</strong> for the membership of {{member.name}} in {{network.name}} remains unpaid. <strong>This is our final reminder:</strong> if the invoice is not paid, the membership will lapse at the end of its grace period.</p>
            {{/reminder.isFinal}}
            <table style="border-collapse: collapse; margin: 12px 0;">
            <tr><td style="padding: 2px 16px 2px 0; color: #444444;">Invoice</td><td style="padding: 2px 0; font-weight: bold;">{{invoice.number}}</td></tr>
            <tr><td style="padding: 2px 16px 2px 0; color: #444444;">Amount outstanding</td><td style="padding: 2px 0; font-weight: bold;">{{#invoice.outstanding}}{{invoice.outstanding}}{{/invoice.outstanding}}{{^invoice.outstanding}}{{invoice.gross}}{{/invoice.outstanding}}</td></tr>
            {{#invoice.dueOn}}
            <tr><td style="padding: 2px 16px 2px 0; color: #444444;">Payment was due by</td><td style="padding: 2px 0; font-weight: bold;">{{invoice.dueOn}}{{#reminder.daysOverdue}} ({{reminder.daysOverdue}} days ago){{/reminder.daysOverdue}}</td></tr>
            {{/invoice.dueOn}}
            </table>
            \(paymentInstructionsHTML)
            {{#invoice.purchaseOrderNeeded}}
            <p>If payment is waiting on a purchase order, please let us know its number and we will make sure the invoice quotes it.</p>
            {{/invoice.purchaseOrderNeeded}}
            <p>Please quote <strong>{{invoice.number}}</strong> with your payment. If you have already paid, thank you, and please accept our apologies for this reminder; if anything about the invoice is unclear, just reply to this e-mail.</p>
            """),
    ]
}
