/// Adding or changing a person.
public enum PersonForm {
    public static func render(_ state: FormState, slug: String, personID: String?, context: PageContext) -> String {
        let title = personID == nil ? Sv.People.new : Sv.People.editTitle
        let action = personID.map { SiteURL.personEdit(slug, $0).path } ?? SiteURL.personNew(slug).path
        let cancel = personID.map { SiteURL.person(slug, $0).path } ?? SiteURL.people(slug).path
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: personID == nil ? Sv.create : Sv.save, cancel: cancel, items: [
                .field(FieldSpec("name", Sv.People.name, .text(autocomplete: "name"))),
                .field(FieldSpec("title", Sv.People.personTitle, optional: true)),
                .field(FieldSpec("email", Sv.People.email, .text(type: "email", autocomplete: "email"), optional: true)),
                .field(FieldSpec("phone", Sv.People.phone, .text(type: "tel", autocomplete: "tel"), optional: true)),
            ])
        }
    }
}
