/// Forms for the association itself: its details, a new name, and a new association.
public enum AssociationForms {
    static var detailFields: [FormItem] {
        [
            .field(FieldSpec("organisationNumber", Sv.Register.organisationNumber, .text(inputMode: "numeric"),
                             hint: Sv.Register.organisationNumberHint)),
            .field(FieldSpec("streetAddress", Sv.Register.streetAddress, .text(autocomplete: "street-address"), optional: true)),
            .field(FieldSpec("postalCode", Sv.Register.postalCode, .text(autocomplete: "postal-code", inputMode: "numeric"), optional: true)),
            .field(FieldSpec("city", Sv.Register.city, .text(autocomplete: "address-level2"), optional: true)),
            .field(FieldSpec("email", Sv.Register.email, .text(type: "email", autocomplete: "email"), optional: true)),
        ]
    }

    public static func details(_ state: FormState, slug: String, name: String, context: PageContext) -> String {
        Layout.page(title: Sv.Register.editTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Register.editTitle }
            paragraph { name }
            FormView.render(state, action: SiteURL.organisationEdit(slug).path, submit: Sv.save,
                            cancel: SiteURL.register(slug).path, items: detailFields)
        }
    }

    public static func newName(_ state: FormState, slug: String, currentName: String, context: PageContext) -> String {
        Layout.page(title: Sv.Register.newNameTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Register.newNameTitle }
            paragraph { Sv.Register.newNameHint }
            paragraph { "\(Sv.Register.name): \(currentName)" }
            FormView.render(state, action: SiteURL.nameNew(slug).path, submit: Sv.save, cancel: SiteURL.register(slug).path, items: [
                .field(FieldSpec("name", Sv.Register.newName)),
                .field(FieldSpec("validFrom", Sv.Register.validFrom, .date)),
            ])
        }
    }

    public static func newAssociation(_ state: FormState, context: PageContext) -> String {
        Layout.page(title: Sv.Register.newAssociationTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Register.newAssociationTitle }
            FormView.render(state, action: SiteURL.organisationNew.path, submit: Sv.create, cancel: SiteURL.home.path, items: [
                .field(FieldSpec("name", Sv.Register.name)),
                .field(FieldSpec("validFrom", Sv.Register.firstNameFrom, .date)),
                .field(FieldSpec("slug", Sv.Register.slug, hint: Sv.Register.slugHint)),
            ] + detailFields)
        }
    }
}
