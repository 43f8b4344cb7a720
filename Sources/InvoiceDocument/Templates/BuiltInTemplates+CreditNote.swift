extension BuiltInTemplates {
    /// `credit-note.mustache` as built in: which invoice it credits and why, the lines credited
    /// with their VAT, and the totals; no payment section, since nothing is to be paid.
    static let creditNote = """
        \(head)
        <body>
        \(masthead)
        <table class="layout"><tr>
        <td class="bill-to">
        <h2>Credit to</h2>
        \(payer)
        </td>
        <td>
        <table class="facts">
        <tr><th>Credit note number</th><td class="number">{{number}}</td></tr>
        <tr><th>Date of issue</th><td>{{issuedOn}}</td></tr>
        {{#hasCredits}}
        <tr><th>Credits invoice</th><td>{{credits}}</td></tr>
        {{/hasCredits}}
        {{#hasPurchaseOrder}}
        <tr><th>Your PO number</th><td>{{purchaseOrder}}</td></tr>
        {{/hasPurchaseOrder}}
        <tr><th>Membership year</th><td>{{yearLabel}}</td></tr>
        <tr><th>Member number</th><td>{{payer.memberId}}</td></tr>
        </table>
        </td>
        </tr></table>
        {{#hasReason}}
        <section class="reason">
        <h2>Reason for credit</h2>
        <p>{{reason}}</p>
        </section>
        {{/hasReason}}
        \(lines(grossLabel: "Total credited"))
        <section class="settlement">
        <p>{{#hasCredits}}This credit note is set against invoice <strong>{{credits}}</strong>. {{/hasCredits}}No payment is due on it; please quote <strong>{{number}}</strong> in any correspondence about it.</p>
        </section>
        \(footer)
        """
}
