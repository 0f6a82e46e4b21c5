import Domain

/// Adding or changing an organ.
public enum BodyForm {
    public static func render(_ state: FormState, slug: String, bodyID: String?, context: PageContext) -> String {
        let title = bodyID == nil ? Sv.Bodies.new : Sv.Bodies.editTitle
        let action = bodyID.map { SiteURL.bodyEdit(slug, $0).path } ?? SiteURL.bodyNew(slug).path
        let cancel = bodyID.map { SiteURL.body(slug, $0).path } ?? SiteURL.bodies(slug).path
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: bodyID == nil ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("kind", Sv.Bodies.kind, .select(BodyKind.allCases.map { ($0.rawValue, Sv.bodyKind($0)) }, includeEmpty: true))),
                .field(FieldSpec("name", Sv.Bodies.name, hint: Sv.Bodies.nameHint)),
                .field(FieldSpec("description", Sv.Bodies.description, .textarea, optional: true)),
                .field(FieldSpec("establishedOn", Sv.Bodies.establishedOn, .date, optional: true)),
                .field(FieldSpec("dissolvedOn", Sv.Bodies.dissolvedOn, .date, optional: true)),
            ])
        }
    }
}
