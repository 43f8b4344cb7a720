extension BuiltInMailTemplates {
    /// `lapse-notice`: the membership has lapsed because an invoice stayed unpaid after its grace
    /// period; what that means and how to be reinstated.
    static let lapseNotice: [MailTemplatePart: String] = [
        .subject: "Your {{network.name}} membership has lapsed\n",
        .text: """
            Dear {{recipient.name}},

            We are sorry to tell you that the membership of {{member.name}} in
            {{network.name}} lapsed{{#lapse.on}} on {{lapse.on}}{{/lapse.on}}, because invoice {{invoice.number}}
            remained unpaid after the grace period had ended.

            While the membership is lapsed, {{member.name}} does not receive members'
            benefits, and its contacts are no longer invited to members' events.

            To reinstate the membership, please pay the amount outstanding{{#invoice.outstanding}},
            {{invoice.outstanding}}{{/invoice.outstanding}}, quoting {{invoice.number}}. As soon as we receive it, the
            membership will be active again and we will write to confirm.

            \(paymentInstructionsText)
            If you believe this is a mistake, or would like to talk about it, please
            reply to this e-mail: we would be glad to hear from you.

            \(signOffText)
            """,
        .html: html(title: "Your {{network.name}} membership has lapsed", body: """
            <p>We are sorry to tell you that the membership of {{member.name}} in {{network.name}} lapsed{{#lapse.on}} on <strong>{{lapse.on}}</strong>{{/lapse.on}}, because invoice <strong>{{invoice.number}}</strong> remained unpaid after the grace period had ended.</p>
            <p>While the membership is lapsed, {{member.name}} does not receive members' benefits, and its contacts are no longer invited to members' events.</p>
            <p>To reinstate the membership, please pay the amount outstanding{{#invoice.outstanding}}, <strong>{{invoice.outstanding}}</strong>{{/invoice.outstanding}}, quoting <strong>{{invoice.number}}</strong>. As soon as we receive it, the membership will be active again and we will write to confirm.</p>
            \(paymentInstructionsHTML)
            <p>If you believe this is a mistake, or would like to talk about it, please reply to this e-mail: we would be glad to hear from you.</p>
            """),
    ]
}
