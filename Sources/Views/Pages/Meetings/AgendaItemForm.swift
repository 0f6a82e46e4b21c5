import Domain

/// Adding or changing a punkt on the föredragningslista.
public enum AgendaItemForm {
    public static func render(_ state: FormState, slug: String, meetingTitle: String, action: String, cancel: String,
                              isNew: Bool, people: [(id: String, name: String)], matters: [(id: String, label: String)] = [],
                              context: PageContext) -> String {
        let title = isNew ? Sv.Agenda.newItem : Sv.Agenda.editItem
        return Layout.page(title: title + " – " + meetingTitle, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            paragraph { meetingTitle }
            FormView.render(state, action: action, submit: isNew ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("title", Sv.Agenda.itemTitle)),
                .field(FieldSpec("kind", Sv.Agenda.kind, .select(AgendaItemKind.allCases.map { ($0.rawValue, Sv.Agenda.kind($0)) }, includeEmpty: true))),
                .field(FieldSpec("presenterPersonID", Sv.Agenda.presenter, .select(people.map { ($0.id, $0.name) }, includeEmpty: true), optional: true)),
                .field(FieldSpec("matterID", Sv.Diarium.matter, .select(matters.map { ($0.id, $0.label) }, includeEmpty: true),
                                 hint: Sv.Diarium.matterHint, optional: true)),
                .field(FieldSpec("background", Sv.Agenda.background, .textarea, optional: true)),
                .field(FieldSpec("proposal", Sv.Agenda.proposal, .textarea, optional: true)),
                .field(FieldSpec("recommendation", Sv.Agenda.recommendation,
                                 .select(Recommendation.allCases.map { ($0.rawValue, Sv.Agenda.recommendation($0)) }, includeEmpty: false))),
                .field(FieldSpec("recommendationText", Sv.Agenda.recommendationText, .textarea, hint: Sv.Agenda.recommendationTextHint, optional: true)),
                .group(legend: Sv.Agenda.secret, hint: Sv.Agenda.isSecretHint, [
                    FieldSpec("isSecret", Sv.Agenda.isSecret, .checkbox),
                    FieldSpec("secrecyGround", Sv.Agenda.secrecyGround, hint: Sv.Agenda.secrecyGroundHint, optional: true),
                ]),
            ])
        }
    }
}
