import Domain

/// Adding or changing a member.
public enum MemberForm {
    static var items: [FormItem] {
        [
            .field(FieldSpec("name", Sv.Members.name, .text(autocomplete: "organization"))),
            .field(FieldSpec("kind", Sv.Members.kind, .select(MemberKind.allCases.map { ($0.rawValue, Sv.memberKind($0)) }, includeEmpty: true))),
            .field(FieldSpec("organisationNumber", Sv.Register.organisationNumber, .text(inputMode: "numeric"),
                             hint: Sv.Register.organisationNumberHint)),
            .field(FieldSpec("joinedOn", Sv.Members.joinedOn, .date)),
            .field(FieldSpec("leftOn", Sv.Members.leftOn, .date, optional: true)),
            .field(FieldSpec("postsNotices", Sv.Members.postsNotices, .checkbox)),
        ]
    }

    /// `memberID` is nil when adding.
    public static func render(_ state: FormState, slug: String, memberID: String?, context: PageContext) -> String {
        let title = memberID == nil ? Sv.Members.new : Sv.Members.editTitle
        let action = memberID.map { SiteURL.memberEdit(slug, $0).path } ?? SiteURL.memberNew(slug).path
        let cancel = memberID.map { SiteURL.member(slug, $0).path } ?? SiteURL.members(slug).path
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: memberID == nil ? Sv.create : Sv.save, cancel: cancel, items: items)
        }
    }
}
