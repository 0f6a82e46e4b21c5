/// The skeleton of every printed document (PDF): A4, Swedish, page numbers in the footer, plain
/// serif type, and no site navigation. Kept apart from `Layout` so screen changes cannot break print.
public enum PrintDocument {
    public static func render(title: String, footer: String, @NodeBuilder content: () -> [Node]) -> String {
        let document = tag("html", [Attribute("lang", "sv")]) {
            tag("head", []) {
                Node.void("meta", [Attribute("charset", "utf-8")])
                tag("title", []) { title }
                tag("style", []) { Node.trusted(css) }
            }
            tag("body", []) {
                div(.class("running-footer")) { footer }
                Node.group(content())
            }
        }
        return "<!doctype html>" + document.render()
    }

    static let css: StaticString = """
    @page { size: A4; margin: 22mm 20mm 24mm 22mm;
      @bottom-left { content: element(footer); }
      @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 9pt sans-serif; } }
    .running-footer { position: running(footer); font: 9pt sans-serif; }
    body { font: 11pt/1.45 "DejaVu Serif", serif; color: #000; }
    h1 { font: bold 17pt sans-serif; margin: 0 0 8pt; }
    h2 { font: bold 13pt sans-serif; margin: 14pt 0 6pt; }
    h3 { font: bold 11pt sans-serif; margin: 10pt 0 4pt; }
    .document-org { font: 10pt sans-serif; text-transform: uppercase; letter-spacing: .05em; margin: 0 0 4pt; }
    dl { display: grid; grid-template-columns: 38mm auto; gap: 2pt 8pt; margin: 4pt 0; }
    dt { font-weight: bold; } dd { margin: 0; white-space: pre-line; }
    ol.agenda > li { margin-bottom: 8pt; page-break-inside: avoid; }
    .warning { border-left: 3pt solid #000; padding-left: 6pt; font-style: italic; }
    .tag { font: 8pt sans-serif; border: .5pt solid #000; padding: 0 2pt; margin-left: 4pt; }
    ul.plain { list-style: none; padding: 0; }
    .hint { font-size: 9pt; color: #333; }
    a { color: #000; text-decoration: none; }
    .member-notice { page-break-before: always; }
    .decision { margin: 6pt 0 10pt 12pt; padding-left: 6pt; border-left: 1.5pt solid #000; }
    .decision p { margin: 2pt 0; }
    .joint-session { font-style: italic; }
    .appendix { page-break-before: always; }
    table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9.5pt; }
    caption { text-align: left; font: bold 10pt sans-serif; margin-bottom: 4pt; }
    th, td { text-align: left; padding: 1pt 4pt; vertical-align: top; }
    .num { text-align: right; white-space: nowrap; }
    tr.budget-heading th { padding-top: 6pt; font-style: italic; }
    tr.budget-part th { padding-left: 14pt; font-weight: normal; }
    tr.budget-line th { font-weight: normal; }
    tr.budget-subtotal, tr.budget-total { font-weight: bold; }
    tr.budget-total td, tr.budget-total th { border-top: .5pt solid #000; }
    """
}
