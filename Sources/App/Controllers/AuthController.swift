import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Logging in and out. Failed attempts are counted per account and per address (LoginThrottle);
/// a successful login gets a fresh session id so a planted session cannot be taken over. The
/// login page itself starts no session: its form is protected by the anonymous CSRF cookie.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.login.route, use: form)
        routes.post(SiteURL.login.route, use: login)
        routes.post(SiteURL.logout.route, use: logout)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        .html(LoginPage.render(username: "", next: safeNext(request), message: nil, csrfToken: request.csrfToken(),
                               context: request.pageContext()))
    }

    @Sendable func login(_ request: Request) async throws -> Response {
        let values = try request.formValues()
        let username = (values["username"] ?? "").trimmingWhitespace().lowercased()
        let password = values["password"] ?? ""
        let throttle = LoginThrottle(request.application.settings)
        let user = username.isEmpty ? nil : try await User.query(on: request.db).filter(\.$username == username).first()
        let next = safeNext(request)
        switch try await throttle.verify(password, of: user, username: username, on: request) {
        case .blocked(let minutes):
            return .html(LoginPage.render(username: username, next: next, message: Sv.Login.throttled(minutes: minutes),
                                          csrfToken: request.csrfToken(), context: request.pageContext()), status: .tooManyRequests)
        case .wrong:
            return .html(LoginPage.render(username: username, next: next, message: Sv.Login.failed, csrfToken: request.csrfToken(),
                                          context: request.pageContext()), status: .unauthorized)
        case .verified:
            break
        }
        guard let user else { throw Abort(.unauthorized) }
        if let old = request.session.id {
            try await DatabaseSessions().deleteSession(old, for: request)
        }
        request.session.id = nil
        request.session.data = SessionData()
        request.session.data[SessionKey.user] = try user.requireID().uuidString
        request.currentUser = user
        _ = request.csrfToken()
        return request.redirect(to: try await destination(after: next, user: user, on: request))
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        request.session.destroy()
        return request.redirect(to: SiteURL.home.path)
    }

    /// `?next=` when it names a page of Samordna's own (rebuilt, see `LocalRedirect`); else nil.
    func safeNext(_ request: Request) -> String? {
        guard let raw: String = request.query["next"] else { return nil }
        return request.application.localPages.redirectPath(from: raw)
    }

    /// Back to the page that asked for a login; else the user's association, or the start page.
    func destination(after next: String?, user: User, on request: Request) async throws -> String {
        if let next { return next }
        let accesses = try await UserAccess.query(on: request.db).filter(\.$user.$id == user.requireID()).with(\.$organisation).all()
        if accesses.count == 1, let only = accesses.first {
            return SiteURL.register(only.organisation.slug).path
        }
        return SiteURL.home.path
    }
}
