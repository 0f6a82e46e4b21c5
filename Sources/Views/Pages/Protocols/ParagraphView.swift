import Domain

/// One § as the board reads it, in any state: its text and decisions, its rättelser, the
/// protokollsutdrag, and omedelbar justering at the sammanträde.
public enum ParagraphView {
    public struct Model: Sendable {
        public var id: String
        public var protocolID: String
        public var protocolTitle: String
        public var state: String
        public var paragraph: ProtocolSnapshot.Paragraph
        public var decisions: [ParagraphPage.DecisionRow]
        public var corrections: [String]
        /// Omedelbar justering: each signer and where they stand; nil once the protokoll has left draft.
        public var immediateSigners: [(role: String, name: String, status: String)]
        public var canSignImmediately: Bool
        public var canEdit: Bool
        public var canSendExtract: Bool

        public init(id: String, protocolID: String, protocolTitle: String, state: String, paragraph: ProtocolSnapshot.Paragraph,
                    decisions: [ParagraphPage.DecisionRow], corrections: [String], immediateSigners: [(role: String, name: String, status: String)],
                    canSignImmediately: Bool, canEdit: Bool, canSendExtract: Bool) {
            self.id = id
            self.protocolID = protocolID
            self.protocolTitle = protocolTitle
            self.state = state
            self.paragraph = paragraph
            self.decisions = decisions
            self.corrections = corrections
            self.immediateSigners = immediateSigners
            self.canSignImmediately = canSignImmediately
            self.canEdit = canEdit
            self.canSendExtract = canSendExtract
        }
    }

    public static func render(_ model: Model, slug: String, signState: FormState, context: PageContext) -> String {
        let p = model.paragraph
        let title = "§ \(p.number) \(p.title)"
        return Layout.page(title: title, context: context, hasErrors: signState.hasErrors) {
            h1 { title }
            paragraph { link(SiteURL.protocolPage(slug, model.protocolID).path) { model.protocolTitle } }
            summaryList([(Sv.Protocols.state, .text(model.state))]
                + (p.secrecyGround.map { [(Sv.Agenda.secret, .text(Sv.Agenda.secretMarker($0)))] } ?? [])
                + (p.adjustedImmediatelyOn.map { [(Sv.ImmediateAdjustment.title, .text(Sv.ImmediateAdjustment.marker($0)))] } ?? []))
            paragraph(.class("actions")) {
                actionLink(SiteURL.extractPDF(slug, model.id).path, Sv.Extracts.download)
                if model.canEdit { actionLink(SiteURL.paragraphEdit(slug, model.id).path, Sv.Protocols.editParagraph) }
            }
            if let narrative = p.narrative { prose(narrative, class: "narrative") }
            section(.aria("labelledby", "beslut")) {
                h2(.id("beslut")) { Sv.Decisions.title }
                ParagraphPage.decisionsTable(model.decisions)
            }
            if !model.corrections.isEmpty {
                section(.aria("labelledby", "rattelser")) {
                    h2(.id("rattelser")) { Sv.Corrections.title }
                    ul { for line in model.corrections { li { line } } }
                }
            }
            if model.canSendExtract {
                section(.aria("labelledby", "utdrag")) {
                    h2(.id("utdrag")) { Sv.Extracts.title }
                    paragraph(.class("hint")) { Sv.Extracts.sendHint }
                    postButton(SiteURL.extractSend(slug, model.id).path, Sv.Extracts.send, csrf: context.csrfToken, secondary: false)
                }
            }
            if !model.immediateSigners.isEmpty {
                section(.aria("labelledby", "omedelbar")) {
                    h2(.id("omedelbar")) { Sv.ImmediateAdjustment.title }
                    paragraph { Sv.ImmediateAdjustment.intro }
                    dataTable(caption: Sv.Justering.signersCaption, headers: [Sv.Justering.signers, Sv.Protocols.person, Sv.Justering.status],
                              rows: model.immediateSigners.map { [.text($0.role), .text($0.name), .text($0.status)] })
                    if model.canSignImmediately {
                        FormView.render(signState, action: SiteURL.paragraphSign(slug, model.id).path, submit: Sv.ImmediateAdjustment.sign, items: [
                            .field(FieldSpec("password", Sv.Justering.password, .password(autocomplete: "current-password"))),
                        ])
                    }
                }
            }
        }
    }
}
