/// The invoice and credit-note templates compiled into `networkd-document`, used unless ops put a
/// file of the same name in the template directory (see `InvoiceTemplates`).
///
/// They are assembled here from shared parts — one stylesheet, one masthead, one table — so the
/// two documents look alike; an override file is a whole template on its own (start from
/// `InvoiceTemplates.builtInText(for:)`). Every data tag is `{{ }}`, HTML-escaped; none uses
/// `{{{ }}}`, `{{& }}` or a pragma (`InvoiceTemplates` refuses a template that does).
///
/// The stylesheet is for print: A4 pages with margins that WeasyPrint honours, a running footer
/// with the document's number and page count, a table header that repeats on every page, and
/// fonts Debian ships with WeasyPrint (DejaVu), so `£` and accented names always have a glyph.
/// Nothing is loaded from outside the document.
enum BuiltInTemplates {
    /// The stylesheet both documents share.
    static let style = """
        @page {
          size: A4;
          margin: 18mm 16mm 22mm 16mm;
          @bottom-left {
            content: string(document-title) " " string(document-number);
            font-size: 7.5pt;
            color: #555;
          }
          @bottom-right {
            content: "Page " counter(page) " of " counter(pages);
            font-size: 7.5pt;
            color: #555;
          }
        }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; line-height: 1.35; }
        body { margin: 0; }
        p { margin: 0 0 1mm 0; }
        h1 { font-size: 22pt; letter-spacing: 0.06em; margin: 0; text-align: right; string-set: document-title content(); }
        h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.05em; color: #444; margin: 0 0 1.5mm 0; }
        table { border-collapse: collapse; }
        table.layout { width: 100%; margin-bottom: 8mm; }
        table.layout > tbody > tr > td { vertical-align: top; padding: 0; }
        td.heading { width: 45%; }
        .issuer-name { font-size: 12pt; font-weight: bold; }
        .payer-name { font-weight: bold; }
        td.bill-to { width: 55%; padding-right: 8mm; }
        table.facts { margin-left: auto; }
        table.facts th { text-align: left; font-weight: normal; color: #444; padding: 0.6mm 4mm 0.6mm 0; }
        table.facts td { text-align: right; font-weight: bold; padding: 0.6mm 0; }
        td.number { string-set: document-number content(); }
        table.lines { width: 100%; margin-bottom: 4mm; }
        table.lines thead { display: table-header-group; }
        table.lines th { text-align: left; border-bottom: 1.2pt solid #111; padding: 1.5mm; font-size: 8.5pt; }
        table.lines td { border-bottom: 0.4pt solid #bbb; padding: 2mm 1.5mm; vertical-align: top; }
        table.lines tr { page-break-inside: avoid; }
        .amount { text-align: right !important; white-space: nowrap; }
        strong { white-space: nowrap; }
        table.totals { margin-left: auto; margin-bottom: 8mm; page-break-inside: avoid; }
        table.totals th { text-align: left; font-weight: normal; padding: 1mm 8mm 1mm 0; }
        table.totals td { padding: 1mm 1.5mm; }
        table.totals tr.gross th, table.totals tr.gross td { font-weight: bold; font-size: 11pt; border-top: 1.2pt solid #111; padding-top: 2mm; }
        section { margin-bottom: 6mm; page-break-inside: avoid; }
        .payment-details { padding: 2mm 3mm; border-left: 2pt solid #111; background: #f3f3f3; }
        .reason p { padding: 2mm 3mm; border-left: 2pt solid #111; background: #f3f3f3; }
        footer { margin-top: 10mm; padding-top: 2mm; border-top: 0.4pt solid #bbb; font-size: 7.5pt; color: #555; }
        """

    /// The document's `<head>`: title and stylesheet.
    static let head = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>{{title}} {{number}} from {{issuer.name}}</title>
        <style>
        \(style)
        </style>
        </head>
        """

    /// The network's name, address, email and VAT number, with the document's heading beside them.
    static let masthead = """
        <header>
        <table class="layout"><tr>
        <td class="issuer">
        <p class="issuer-name">{{issuer.name}}</p>
        <p class="address">{{#issuer.addressLines}}{{.}}<br>{{/issuer.addressLines}}</p>
        {{#issuer.hasEmail}}<p>{{issuer.email}}</p>{{/issuer.hasEmail}}
        {{#issuer.hasVATNumber}}<p>VAT registration number {{issuer.vatNumber}}</p>{{/issuer.hasVATNumber}}
        </td>
        <td class="heading"><h1>{{title}}</h1></td>
        </tr></table>
        </header>
        """

    /// Who is billed: the organisation, for the attention of its payer contact, at its address.
    static let payer = """
        <p class="payer-name">{{payer.name}}</p>
        {{#payer.hasAttention}}<p>FAO {{payer.attention}}</p>{{/payer.hasAttention}}
        <p class="address">{{#payer.addressLines}}{{.}}<br>{{/payer.addressLines}}</p>
        {{#payer.hasEmail}}<p>{{payer.email}}</p>{{/payer.hasEmail}}
        """

    /// The lines (description, net, VAT rate, VAT, gross) and the totals, the last labelled
    /// `grossLabel` ("Total due", "Total credited").
    static func lines(grossLabel: String) -> String {
        """
        <table class="lines">
        <thead>
        <tr><th>Description</th><th class="amount">Net</th><th class="amount">VAT rate</th><th class="amount">VAT</th><th class="amount">Gross</th></tr>
        </thead>
        <tbody>
        {{#lines}}
        <tr><td>{{description}}</td><td class="amount">{{net}}</td><td class="amount">{{vatRate}}</td><td class="amount">{{vat}}</td><td class="amount">{{gross}}</td></tr>
        {{/lines}}
        </tbody>
        </table>
        <table class="totals">
        <tr><th>Net total</th><td class="amount">{{net}}</td></tr>
        <tr><th>VAT</th><td class="amount">{{vat}}</td></tr>
        <tr class="gross"><th>\(grossLabel) ({{currency}})</th><td class="amount">{{gross}}</td></tr>
        </table>
        """
    }

    /// The network's details again at the end, for whoever files the page on its own.
    static let footer = """
        <footer>
        <p>{{issuer.name}}{{#issuer.addressLines}}, {{.}}{{/issuer.addressLines}}</p>
        <p>{{#issuer.hasEmail}}{{issuer.email}}{{/issuer.hasEmail}}{{#issuer.hasVATNumber}} · VAT registration number {{issuer.vatNumber}}{{/issuer.hasVATNumber}}</p>
        </footer>
        </body>
        </html>

        """
}
