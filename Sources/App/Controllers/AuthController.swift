import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Logging in and out. Failed attempts are counted per account and per address (LoginThrottle);
/// a successful login gets a fresh session id so a planted session cannot be taken over.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.login.route, use: form)
        routes.post(SiteURL.login.route, use: login)
        routes.post(SiteURL.logout.route, use: logout)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        let next: String? = request.query["next"]
        return .html(LoginPage.render(username: "", next: next, message: nil, csrfToken: request.csrfToken(), context: request.pageContext()))
    }

    @Sendable func login(_ request: Request) async throws -> Response {
        let values = try request.formValues()
        let username = (values["username"] ?? "").trimmingWhitespace().lowercased()
        let password = values["password"] ?? ""
        let address = request.remoteAddress?.ipAddress ?? "unknown"
        let settings = request.application.settings
        let throttle = LoginThrottle(maxFailures: settings.loginMaxFailures, windowMinutes: settings.loginWindowMinutes)

        if let minutes = try await throttle.blockedMinutes(username: username, address: address, on: request.db) {
            return .html(LoginPage.render(username: username, next: request.query["next"], message: Sv.Login.throttled(minutes: minutes), csrfToken: request.csrfToken(),
                                          context: request.pageContext()), status: .tooManyRequests)
        }
        let user = username.isEmpty ? nil : try await User.query(on: request.db).filter(\.$username == username).first()
        let verified = try user.map { try request.password.verify(password, created: $0.passwordHash) } ?? false
        try await throttle.record(username: username, address: address, succeeded: verified, on: request.db)
        guard verified, let user else {
            return .html(LoginPage.render(username: username, next: request.query["next"], message: Sv.Login.failed, csrfToken: request.csrfToken(), context: request.pageContext()),
                         status: .unauthorized)
        }

        if let old = request.session.id {
            try await DatabaseSessions().deleteSession(old, for: request)
        }
        request.session.id = nil
        request.session.data = SessionData()
        request.session.data[SessionKey.user] = try user.requireID().uuidString
        request.currentUser = user
        _ = request.csrfToken()
        return request.redirect(to: try await destination(after: request.query["next"],
                                                          user: user, on: request))
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        request.session.destroy()
        return request.redirect(to: SiteURL.home.path)
    }

    /// Back to the page that asked for a login if it is one of ours; else the user's association.
    func destination(after next: String?, user: User, on request: Request) async throws -> String {
        if let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") {
            return next
        }
        let accesses = try await UserAccess.query(on: request.db).filter(\.$user.$id == user.requireID()).with(\.$organisation).all()
        if accesses.count == 1, let only = accesses.first {
            return SiteURL.register(only.organisation.slug).path
        }
        return SiteURL.home.path
    }
}
