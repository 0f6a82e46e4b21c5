import Domain

/// Adding or changing a mandate; the choices are the association's own people, bodies and members.
public enum MandateForm {
    public struct Choices: Sendable {
        public var people: [(value: String, label: String)]
        public var bodies: [(value: String, label: String)]
        public var members: [(value: String, label: String)]

        public init(people: [(value: String, label: String)], bodies: [(value: String, label: String)],
                    members: [(value: String, label: String)]) {
            self.people = people
            self.bodies = bodies
            self.members = members
        }
    }

    public static func render(_ state: FormState, slug: String, mandateID: String?, choices: Choices,
                              cancel: String, context: PageContext) -> String {
        let title = mandateID == nil ? Sv.Mandates.new : Sv.Mandates.editTitle
        let action = mandateID.map { SiteURL.mandateEdit(slug, $0).path } ?? SiteURL.mandateNew(slug).path
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: mandateID == nil ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("personID", Sv.Mandates.person, .select(choices.people, includeEmpty: true))),
                .field(FieldSpec("bodyID", Sv.Mandates.body, .select(choices.bodies, includeEmpty: true))),
                .field(FieldSpec("role", Sv.Mandates.role, .select(MandateRole.allCases.map { ($0.rawValue, Sv.mandateRole($0)) }, includeEmpty: true))),
                .field(FieldSpec("appointedByMemberID", Sv.Mandates.appointedBy, .select(choices.members, includeEmpty: true),
                                 hint: Sv.Mandates.appointedByHint)),
                .field(FieldSpec("startsOn", Sv.Mandates.startsOn, .date)),
                .field(FieldSpec("endsOn", Sv.Mandates.endsOn, .date, optional: true)),
                .field(FieldSpec("party", Sv.Mandates.party, optional: true)),
                .field(FieldSpec("standsInForPersonID", Sv.Mandates.standsInFor, .select(choices.people, includeEmpty: true),
                                 hint: Sv.Mandates.standsInForHint, optional: true)),
            ])
        }
    }
}
