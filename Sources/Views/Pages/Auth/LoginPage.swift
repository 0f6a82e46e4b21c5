import Foundation

/// The login form. A failed login shows one message for the whole form: saying which of the two
/// fields was wrong would tell an attacker which usernames exist.
public enum LoginPage {
    /// `next` is the page to return to after logging in; it travels in the form's address.
    public static func render(username: String, next: String?, message: String?, csrfToken: String, context: PageContext) -> String {
        var action = SiteURL.login.path
        if let next, let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
            action += "?next=" + encoded
        }
        let state = FormState(values: ["username": username], csrfToken: csrfToken)
        return Layout.page(title: Sv.Login.title, context: context, hasErrors: message != nil) {
            h1 { Sv.Login.title }
            if let message {
                div(.class("error-summary"), Attribute("role", "alert"), Attribute("tabindex", "-1"), .flag("autofocus")) {
                    paragraph { message }
                }
            }
            FormView.render(state, action: action, submit: Sv.Login.submit, items: [
                .field(FieldSpec("username", Sv.Login.username, .text(autocomplete: "username"))),
                .field(FieldSpec("password", Sv.Login.password, .password(autocomplete: "current-password"))),
            ])
        }
    }
}
