extension BuiltInMailTemplates {
    /// `reinstatement`: payment has arrived and the lapsed membership is active again.
    static let reinstatement: [MailTemplatePart: String] = [
        .subject: "Your {{network.name}} membership is active again\n",
        .text: """
            Dear {{recipient.name}},

            Thank you: we have received payment{{#invoice.number}} of invoice {{invoice.number}}{{/invoice.number}}, and the
            membership of {{member.name}} in {{network.name}} is active again{{#reinstatement.on}}
            from {{reinstatement.on}}{{/reinstatement.on}}.

            All members' benefits are restored, and your contacts will once more be
            invited to members' events. There is nothing more you need to do.

            We are delighted to have {{member.name}} back with us. If you have any
            questions, please reply to this e-mail.

            \(signOffText)
            """,
        .html: html(title: "Your {{network.name}} membership is active again", body: """
            <p>Thank you: we have received payment{{#invoice.number}} of invoice <strong>{{invoice.number}}</strong>{{/invoice.number}}, and the membership of {{member.name}} in {{network.name}} is active again{{#reinstatement.on}} from <strong>{{reinstatement.on}}</strong>{{/reinstatement.on}}.</p>
            <p>All members' benefits are restored, and your contacts will once more be invited to members' events. There is nothing more you need to do.</p>
            <p>We are delighted to have {{member.name}} back with us. If you have any questions, please reply to this e-mail.</p>
            """),
    ]
}
