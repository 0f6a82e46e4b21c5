import Domain

/// Protokollsutdrag: one § with the protokoll's header, its justering status, and the
/// "Rätt utdraget intygar" block, for print and PDF.
public enum ExtractDocument {
    public struct Model: Sendable {
        public var snapshot: ProtocolSnapshot
        public var paragraph: ProtocolSnapshot.Paragraph
        public var adjustment: String
        public var corrections: [String]
        public var certifiedBy: String?

        public init(snapshot: ProtocolSnapshot, paragraph: ProtocolSnapshot.Paragraph, adjustment: String, corrections: [String],
                    certifiedBy: String?) {
            self.snapshot = snapshot
            self.paragraph = paragraph
            self.adjustment = adjustment
            self.corrections = corrections
            self.certifiedBy = certifiedBy
        }
    }

    public static func title(_ model: Model) -> String {
        Sv.Extracts.title + ", § \(model.paragraph.number)"
    }

    public static func render(_ model: Model) -> String {
        let s = model.snapshot
        let p = model.paragraph
        return PrintDocument.render(title: title(model), footer: s.associationName + " – " + Sv.Protocols.heading(s.bodyName, s.date)) {
            tag("article", [.class("document")]) {
                paragraph(.class("document-org")) { s.associationName }
                h1 { Sv.Extracts.title }
                summaryList([
                    (Sv.Anslag.body, .text(s.bodyName)),
                    (Sv.Anslag.placeAndTime, .text("\(s.date), \(s.time), \(s.place)")),
                    (Sv.Anslag.decisionMakers, .text(s.decisionMakers.joined(separator: "\n"))),
                    (Sv.Anslag.signers, .text(s.signers.joined(separator: "\n"))),
                    (Sv.Justering.title, .text(model.adjustment)),
                ])
                section(.class("paragraph")) {
                    h2 { "§ \(p.number) \(p.title)" }
                    if let ground = p.secrecyGround { paragraph(.class("warning")) { Sv.Agenda.secretMarker(ground) } }
                    ParagraphBody.render(p)
                }
                if !model.corrections.isEmpty {
                    h2 { Sv.Corrections.title }
                    ul(.class("plain")) { for line in model.corrections { li { line } } }
                }
                tag("aside", [.class("bevis"), .aria("label", Sv.Extracts.certify)]) {
                    h2 { Sv.Extracts.certify }
                    paragraph { "\n\n......................................................" }
                    paragraph { model.certifiedBy ?? Sv.none }
                    paragraph(.class("hint")) { Sv.Extracts.certifiedBy }
                }
            }
        }
    }
}
