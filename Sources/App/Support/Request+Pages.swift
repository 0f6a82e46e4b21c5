import Domain
import Vapor
import Views

extension Request {
    var today: CivilDate { application.settings.today.date() }

    /// The context for a page: who is logged in, which association, and any message left by the
    /// previous request (shown once).
    func pageContext() -> PageContext {
        var flash: String?
        if hasSession, let message = session.data[SessionKey.flash] {
            flash = message
            session.data[SessionKey.flash] = nil
        }
        let association = organisationContext.map {
            PageContext.Association(slug: $0.slug, name: $0.name, permissions: $0.permissions)
        }
        return PageContext(userName: currentUser?.displayName, csrfToken: currentUser == nil ? nil : csrfToken(),
                           association: association, flash: flash, path: url.path)
    }

    /// For error pages: no message is consumed and no session is started.
    var basicPageContext: PageContext {
        let token = hasSession ? session.data[SessionKey.csrf] : nil
        return PageContext(userName: currentUser?.displayName, csrfToken: token, path: url.path)
    }

    /// The posted form as text values, the way `FieldValidator` reads them.
    func formValues() throws -> [String: String] {
        var values = (try? content.decode([String: String].self)) ?? [:]
        values[CSRF.fieldName] = nil
        return values
    }

    func formState(_ values: [String: String] = [:], issues: [FieldIssue] = []) -> FormState {
        FormState(values: values, issues: issues, csrfToken: csrfToken())
    }

    /// After a successful change: go to the record's page with a message (post/redirect/get).
    func redirect(to url: SiteURL, flash: String) -> Response {
        redirect(toPath: url.path, flash: flash)
    }

    /// A page's address with a query (a year, a period), and the message to show on it once.
    func redirect(toPath path: String, flash: String) -> Response {
        session.data[SessionKey.flash] = flash
        return redirect(to: path)
    }
}

extension Response {
    static func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: body))
    }
}
