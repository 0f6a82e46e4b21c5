/// One punkt with everything the board reads before the meeting.
public enum AgendaItemShow {
    public struct Model: Sendable {
        public var item: AgendaSection.Item
        public var meetingTitle: String
        public var meetingID: String
        public var background: String?
        public var proposal: String?
        public var recommendation: String
        public var recommendationText: String?
        public var history: [AuditRow]
        /// The ärende the item handles: its id and "Dnr 10-2015 Title".
        public var matter: (id: String, label: String)?

        public init(item: AgendaSection.Item, meetingTitle: String, meetingID: String, background: String?, proposal: String?,
                    recommendation: String, recommendationText: String?, history: [AuditRow]) {
            self.item = item
            self.meetingTitle = meetingTitle
            self.meetingID = meetingID
            self.background = background
            self.proposal = proposal
            self.recommendation = recommendation
            self.recommendationText = recommendationText
            self.history = history
        }
    }

    public static func render(_ model: Model, slug: String, canEdit: Bool, context: PageContext) -> String {
        let item = model.item
        let title = Sv.Agenda.itemHeading(item.number, item.title)
        return Layout.page(title: title, context: context) {
            h1 { title }
            paragraph { link(SiteURL.meeting(slug, model.meetingID).path) { model.meetingTitle } }
            if let ground = item.secrecyGround {
                paragraph(.class("warning")) { Sv.Agenda.secretMarker(ground) }
            }
            summaryList([
                (Sv.Agenda.kind, .text(item.kind)),
                (Sv.Agenda.presenter, .text(item.presenter ?? Sv.none)),
                (Sv.Agenda.background, .text(model.background ?? Sv.none)),
                (Sv.Agenda.proposal, .text(model.proposal ?? Sv.none)),
                (Sv.Agenda.recommendation, .text(model.recommendation)),
                (Sv.Agenda.recommendationText, .text(model.recommendationText ?? Sv.none)),
                (Sv.Diarium.matter, model.matter.map { matter in link(SiteURL.diaryEntry(slug, matter.id).path) { matter.label } } ?? .text(Sv.none)),
            ])
            if canEdit {
                paragraph(.class("actions")) {
                    actionLink(SiteURL.agendaItemEdit(slug, item.id).path, Sv.Agenda.editItem)
                    postButton(SiteURL.agendaItemRemove(slug, item.id).path, Sv.Agenda.remove, csrf: context.csrfToken,
                               label: Sv.Agenda.remove + ": " + item.title)
                }
            }
            AuditHistory.section(model.history)
        }
    }
}
