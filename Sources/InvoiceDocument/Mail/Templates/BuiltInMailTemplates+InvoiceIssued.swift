extension BuiltInMailTemplates {
    /// `invoice-issued`: to the payer, with the invoice's PDF attached — what it is for, how much,
    /// by when, and how to pay.
    static let invoiceIssued: [MailTemplatePart: String] = [
        .subject: "Invoice {{invoice.number}} from {{network.name}}\n",
        .text: """
            Dear {{recipient.name}},

            Please find attached invoice {{invoice.number}} for the membership of
            {{member.name}} in {{network.name}}.

            Amount due: {{invoice.gross}}
            {{#invoice.dueOn}}
            Payment due by: {{invoice.dueOn}}
            {{/invoice.dueOn}}

            \(paymentInstructionsText)
            Please quote the invoice number, {{invoice.number}}, with your payment so
            that we can match it to your account.

            If you have any questions about this invoice, please reply to this e-mail
            and we will be glad to help.

            Thank you for your continued membership.

            \(signOffText)
            """,
        .html: html(title: "Invoice {{invoice.number}} from {{network.name}}", body: """
            <p>Please find attached invoice <strong>{{invoice.number}}</strong> for the membership of {{member.name}} in {{network.name}}.</p>
            <table style="border-collapse: collapse; margin: 12px 0;">
            <tr><td style="padding: 2px 16px 2px 0; color: #444444;">Amount due</td><td style="padding: 2px 0; font-weight: bold;">{{invoice.gross}}</td></tr>
            {{#invoice.dueOn}}
            <tr><td style="padding: 2px 16px 2px 0; color: #444444;">Payment due by</td><td style="padding: 2px 0; font-weight: bold;">{{invoice.dueOn}}</td></tr>
            {{/invoice.dueOn}}
            </table>
            \(paymentInstructionsHTML)
            <p>Please quote the invoice number, <strong>{{invoice.number}}</strong>, with your payment so that we can match it to your account.</p>
            <p>If you have any questions about this invoice, please reply to this e-mail and we will be glad to help.</p>
            <p>Thank you for your continued membership.</p>
            """),
    ]
}
