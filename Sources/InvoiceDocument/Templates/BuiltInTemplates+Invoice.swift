extension BuiltInTemplates {
    /// `invoice.mustache` as built in: what a council's accounts-payable team needs to match and
    /// pay it — number, dates, their PO number, who it is for, the lines with VAT, the totals, and
    /// how to pay.
    static let invoice = """
        \(head)
        <body>
        \(masthead)
        <table class="layout"><tr>
        <td class="bill-to">
        <h2>Bill to</h2>
        \(payer)
        </td>
        <td>
        <table class="facts">
        <tr><th>Invoice number</th><td class="number">{{number}}</td></tr>
        <tr><th>Invoice date</th><td>{{issuedOn}}</td></tr>
        {{#hasDueDate}}
        <tr><th>Payment due</th><td>{{dueOn}}</td></tr>
        {{/hasDueDate}}
        {{#hasPurchaseOrder}}
        <tr><th>Your PO number</th><td>{{purchaseOrder}}</td></tr>
        {{/hasPurchaseOrder}}
        <tr><th>Membership year</th><td>{{yearLabel}}</td></tr>
        <tr><th>Member number</th><td>{{payer.memberId}}</td></tr>
        </table>
        </td>
        </tr></table>
        \(lines(grossLabel: "Total due"))
        <section class="payment">
        <h2>How to pay</h2>
        {{#issuer.hasPaymentDetails}}
        <p class="payment-details">{{#issuer.paymentDetailLines}}{{.}}<br>{{/issuer.paymentDetailLines}}</p>
        {{/issuer.hasPaymentDetails}}
        {{^issuer.hasPaymentDetails}}
        <p>Please ask {{issuer.name}}{{#issuer.hasEmail}} ({{issuer.email}}){{/issuer.hasEmail}} how to pay.</p>
        {{/issuer.hasPaymentDetails}}
        <p>Please quote <strong>{{number}}</strong>{{#hasPurchaseOrder}} and your purchase order <strong>{{purchaseOrder}}</strong>{{/hasPurchaseOrder}} with your payment{{#hasDueDate}}, to reach us by {{dueOn}}{{/hasDueDate}}.</p>
        </section>
        \(footer)
        """
}
