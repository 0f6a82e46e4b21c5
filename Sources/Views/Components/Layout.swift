/// The document skeleton every page shares. Accessibility is enforced here once: language,
/// skip link, landmarks, a single main region, a labelled navigation.
public enum Layout {
    public static func page(title: String, context: PageContext, hasErrors: Bool = false,
                            @NodeBuilder content: () -> [Node]) -> String {
        let documentTitle = (hasErrors ? Sv.errorPrefix + " " : "") + title + " – " + Sv.appName
        let document = Node.build {
            Node.trusted("<!doctype html>")
            tag("html", [Attribute("lang", "sv")]) {
                tag("head", []) {
                    Node.void("meta", [Attribute("charset", "utf-8")])
                    Node.void("meta", [.name("viewport"), Attribute("content", "width=device-width, initial-scale=1")])
                    tag("title", []) { documentTitle }
                    Node.void("link", [Attribute("rel", "stylesheet"), .href(SiteURL.stylesheet.path)])
                }
                tag("body", []) {
                    link("#innehall", .class("skip-link")) { Sv.skipLink }
                    header(context)
                    if let association = context.association {
                        SectionNavigation.render(association, current: context.path)
                    }
                    tag("main", [.id("innehall"), Attribute("tabindex", "-1")]) {
                        if let flash = context.flash {
                            div(.class("flash"), Attribute("role", "status")) { flash }
                        }
                        content()
                    }
                    tag("footer", [.class("site-footer")]) {
                        paragraph { Sv.footer }
                    }
                }
            }
        }
        return document.render()
    }

    static func header(_ context: PageContext) -> Node {
        tag("header", [.class("site-header")]) {
            div(.class("wrap")) {
                link(SiteURL.home.path, .class("brand")) { Sv.appName }
                if let association = context.association {
                    span(.class("association-name")) { association.name }
                }
                div(.class("account")) {
                    if let user = context.userName {
                        span { Sv.loggedInAs + " " }
                        link(SiteURL.account.path) { user }
                        tag("form", [.method("post"), .action(SiteURL.logout.path), .class("inline")]) {
                            CSRF.field(context.csrfToken)
                            button(.type("submit"), .class("link-button")) { Sv.logOut }
                        }
                    } else {
                        link(SiteURL.login.path) { Sv.logIn }
                    }
                }
            }
        }
    }
}

public enum CSRF {
    public static let fieldName = "_csrf"

    static func field(_ token: String?) -> Node {
        guard let token else { return .empty }
        return input(.type("hidden"), .name(fieldName), .value(token))
    }
}
