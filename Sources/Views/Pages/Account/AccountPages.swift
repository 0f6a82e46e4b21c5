/// A user's own account: name and password (Mitt konto), and the page a link for setting a
/// password leads to.
public enum AccountPages {
    public static func account(_ state: FormState, username: String, message: String? = nil, context: PageContext) -> String {
        Layout.page(title: Sv.Account.title, context: context, hasErrors: state.hasErrors || message != nil) {
            h1 { Sv.Account.title }
            paragraph { Sv.Account.intro }
            if let message {
                div(.class("error-summary"), Attribute("role", "alert"), Attribute("tabindex", "-1"), .flag("autofocus")) {
                    paragraph { message }
                }
            }
            paragraph { Sv.Account.username + ": " + username }
            FormView.render(state, action: SiteURL.account.path, submit: Sv.save, items: [
                .field(FieldSpec("displayName", Sv.Account.displayName, .text(autocomplete: "name"))),
                .field(FieldSpec("currentPassword", Sv.Account.currentPassword, .password(autocomplete: "current-password"),
                                 hint: Sv.Account.currentPasswordHint, optional: true)),
                .field(FieldSpec("newPassword", Sv.Account.newPassword, .password(autocomplete: "new-password"),
                                 hint: Sv.Account.newPasswordHint, optional: true)),
                .field(FieldSpec("repeatPassword", Sv.Account.repeatPassword, .password(autocomplete: "new-password"), optional: true)),
            ])
        }
    }

    public static func setPassword(_ state: FormState, token: String, username: String, context: PageContext) -> String {
        Layout.page(title: Sv.Account.setTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Account.setTitle }
            paragraph { Sv.Account.setIntro(username) }
            FormView.render(state, action: SiteURL.passwordLink(token).path, submit: Sv.Account.setSubmit, items: [
                .field(FieldSpec("newPassword", Sv.Account.newPassword, .password(autocomplete: "new-password"))),
                .field(FieldSpec("repeatPassword", Sv.Account.repeatPassword, .password(autocomplete: "new-password"))),
            ])
        }
    }

    public static func passwordSet(context: PageContext) -> String {
        Layout.page(title: Sv.Account.setDoneTitle, context: context) {
            h1 { Sv.Account.setDoneTitle }
            paragraph { Sv.Account.setDoneText }
            paragraph { link(SiteURL.login.path) { Sv.logIn } }
        }
    }
}
