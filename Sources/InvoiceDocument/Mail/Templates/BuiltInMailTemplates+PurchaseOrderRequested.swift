extension BuiltInMailTemplates {
    /// `po-requested`: the member's invoice is held until it sends a purchase order number; asks
    /// for one, so that the invoice can be issued quoting it.
    static let purchaseOrderRequested: [MailTemplatePart: String] = [
        .subject: "Purchase order needed for your {{network.name}} membership invoice\n",
        .text: """
            Dear {{recipient.name}},

            We are ready to invoice {{member.name}} for its membership of
            {{network.name}}{{#invoice.gross}}, for {{invoice.gross}}{{/invoice.gross}}. Your organisation has told us that its
            invoices must quote a purchase order number, so we are holding the
            invoice until we have one.

            Could you please raise a purchase order and send us its number? Simply
            reply to this e-mail with it. As soon as it reaches us we will issue the
            invoice, quoting your purchase order, and send it to you.

            If a purchase order is not needed after all, please let us know and we
            will issue the invoice straight away.

            \(signOffText)
            """,
        .html: html(title: "Purchase order needed for your {{network.name}} membership invoice", body: """
            <p>We are ready to invoice {{member.name}} for its membership of {{network.name}}{{#invoice.gross}}, for <strong>{{invoice.gross}}</strong>{{/invoice.gross}}. Your organisation has told us that its invoices must quote a purchase order number, so we are holding the invoice until we have one.</p>
            <p>Could you please raise a purchase order and send us its number? Simply reply to this e-mail with it. As soon as it reaches us we will issue the invoice, quoting your purchase order, and send it to you.</p>
            <p>If a purchase order is not needed after all, please let us know and we will issue the invoice straight away.</p>
            """),
    ]
}
