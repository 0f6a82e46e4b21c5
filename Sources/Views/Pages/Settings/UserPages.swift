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

    /// What the administrator may change of an existing account (see `AccountPolicy`).
    public struct Scope: Sendable {
        /// The name can be changed here (the account belongs to this association only).
        public var canEditAccount: Bool
        /// Shown above the form: why name and password cannot be changed here.
        public var notice: String?
        /// Where to ask for a link for a new password; nil when none may be made here.
        public var passwordLinkAction: String?

        public init(canEditAccount: Bool, notice: String?, passwordLinkAction: String?) {
            self.canEditAccount = canEditAccount
            self.notice = notice
            self.passwordLinkAction = passwordLinkAction
        }
    }

    /// `scope` nil: a new user, who is invited to choose a password.
    public static func form(_ state: FormState, slug: String, userID: String?, scope: Scope?, people: [(value: String, label: String)],
                            context: PageContext) -> String {
        let title = userID == nil ? Sv.Users.new : Sv.Users.editTitle
        let action = userID.map { SiteURL.userEdit(slug, $0).path } ?? SiteURL.userNew(slug).path
        var items: [FormItem] = []
        if userID == nil {
            items.append(.field(FieldSpec("username", Sv.Users.username, .text(autocomplete: "off"), hint: Sv.Users.usernameHint)))
        }
        if scope?.canEditAccount ?? true {
            items.append(.field(FieldSpec("displayName", Sv.Users.displayName, .text(autocomplete: "off"))))
        }
        items += [
            .group(legend: Sv.Users.roles, hint: Sv.Users.rolesHint,
                   AccessRole.allCases.map { FieldSpec("role_\($0.rawValue)", Sv.accessRole($0), .checkbox) }, name: "roles"),
            .field(FieldSpec("personID", Sv.Users.person, .select(people, includeEmpty: true), optional: true)),
        ]
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            if scope == nil { paragraph { Sv.Users.inviteIntro } }
            if let notice = scope?.notice { paragraph(.class("notice")) { notice } }
            FormView.render(state, action: action, submit: userID == nil ? Sv.create : Sv.save,
                            cancel: SiteURL.users(slug).path, items: items)
            if let linkAction = scope?.passwordLinkAction {
                h2 { Sv.Users.password }
                paragraph { Sv.Users.passwordLinkIntro }
                postButton(linkAction, Sv.Users.createPasswordLink, csrf: state.csrfToken, secondary: false)
            }
        }
    }

    /// The one moment a link for setting a password is shown: to the administrator who made it.
    public static func passwordLink(title: String, text: String, url: String, slug: String, context: PageContext) -> String {
        Layout.page(title: title, context: context) {
            h1 { title }
            paragraph { text }
            tag("p", []) {
                tag("label", [Attribute("for", "password-link")]) { Sv.Users.linkLabel }
                input(.id("password-link"), .type("text"), .value(url), .flag("readonly"), .class("wide"))
            }
            paragraph { link(SiteURL.users(slug).path) { Sv.Users.backToUsers } }
        }
    }
}
