import Domain

/// The association's user accounts, managed by its administrators.
public enum UserPages {
    public struct Row: Sendable {
        public var id: String
        public var username: String
        public var displayName: String
        public var roles: [AccessRole]
        public var person: String?

        public init(id: String, username: String, displayName: String, roles: [AccessRole], person: String?) {
            self.id = id
            self.username = username
            self.displayName = displayName
            self.roles = roles
            self.person = person
        }
    }

    public static func list(_ rows: [Row], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Users.title, context: context) {
            h1 { Sv.Users.title }
            paragraph { actionLink(SiteURL.userNew(slug).path, Sv.Users.new) }
            dataTable(caption: Sv.Users.caption,
                      headers: [Sv.Users.username, Sv.Users.displayName, Sv.Users.roles, Sv.Users.person],
                      rows: rows.map { row in
                          [link(SiteURL.userEdit(slug, row.id).path) { row.username }, .text(row.displayName),
                           .text(row.roles.map(Sv.accessRole).joined(separator: ", ")), .text(row.person ?? Sv.none)]
                      }, emptyText: Sv.Users.none)
        }
    }

    /// `userID` nil: a new user, whose password is required.
    public static func form(_ state: FormState, slug: String, userID: String?, people: [(value: String, label: String)],
                            context: PageContext) -> String {
        let title = userID == nil ? Sv.Users.new : Sv.Users.editTitle
        let action = userID.map { SiteURL.userEdit(slug, $0).path } ?? SiteURL.userNew(slug).path
        var items: [FormItem] = []
        if userID == nil {
            items.append(.field(FieldSpec("username", Sv.Users.username, .text(autocomplete: "off"), hint: Sv.Users.usernameHint)))
        }
        items += [
            .field(FieldSpec("displayName", Sv.Users.displayName, .text(autocomplete: "off"))),
            userID == nil
                ? .field(FieldSpec("password", Sv.Users.password, .password(autocomplete: "new-password"), hint: Sv.Users.passwordHint))
                : .field(FieldSpec("password", Sv.Users.newPassword, .password(autocomplete: "new-password"),
                                   hint: Sv.Users.newPasswordHint, optional: true)),
            .group(legend: Sv.Users.roles, hint: Sv.Users.rolesHint,
                   AccessRole.allCases.map { FieldSpec("role_\($0.rawValue)", Sv.accessRole($0), .checkbox) }, name: "roles"),
            .field(FieldSpec("personID", Sv.Users.person, .select(people, includeEmpty: true), optional: true)),
        ]
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: action, submit: userID == nil ? Sv.create : Sv.save,
                            cancel: SiteURL.users(slug).path, items: items)
        }
    }
}
