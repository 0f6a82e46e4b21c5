/// Writing a §: its heading and the text of what was said and presented.
public enum ParagraphForm {
    public static func render(_ state: FormState, slug: String, paragraphID: String, protocolID: String, number: Int,
                              context: PageContext) -> String {
        let title = Sv.Protocols.editParagraph + " § \(number)"
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: SiteURL.paragraphEdit(slug, paragraphID).path, submit: Sv.save,
                            cancel: SiteURL.protocolPage(slug, protocolID).path, items: [
                .field(FieldSpec("title", Sv.Protocols.paragraphTitle)),
                .field(FieldSpec("narrative", Sv.Protocols.narrative, .textarea, hint: Sv.Protocols.narrativeHint, optional: true)),
            ])
        }
    }
}
