import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Mitt konto: every logged-in user changes their own name and password here. A new password
/// needs the current one (throttled like the login) and ends the user's other sessions.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.account.route, use: form)
        routes.post(SiteURL.account.route, use: save)
    }

    private func loginFirst(_ request: Request) -> Response {
        request.redirect(to: SiteURL.login.path + "?next=" + SiteURL.account.path)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        guard let user = request.currentUser else { return loginFirst(request) }
        return .html(AccountPages.account(request.formState(["displayName": user.displayName]), username: user.username,
                                          context: request.pageContext()))
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        guard let user = request.currentUser else { return loginFirst(request) }
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let displayName = validator.text("displayName", maxLength: 120)
        let password = NewPassword.read(values, &validator, field: "newPassword", repeat: "repeatPassword", required: false)
        var kept = values
        for field in ["currentPassword", "newPassword", "repeatPassword"] { kept[field] = nil }
        func page(_ issues: [FieldIssue], message: String? = nil, status: HTTPStatus) -> Response {
            .html(AccountPages.account(request.formState(kept, issues: issues), username: user.username, message: message,
                                       context: request.pageContext()), status: status)
        }
        if password != nil {
            switch try await LoginThrottle(request.application.settings)
                .verify(values["currentPassword"] ?? "", of: user, username: user.username, on: request) {
            case .blocked(let minutes): return page(validator.issues, message: Sv.Login.throttled(minutes: minutes), status: .tooManyRequests)
            case .wrong: validator.add("currentPassword", .mismatch)
            case .verified: break
            }
        }
        guard validator.isValid, let displayName else { return page(validator.issues, status: .unprocessableEntity) }
        if displayName != user.displayName {
            user.displayName = displayName
            try await user.save(on: request.db)
        }
        guard let password else { return request.redirect(to: .account, flash: Sv.saved) }
        let hash = try await request.password.async.hash(password)
        try await AccountService.setPassword(hash: hash, for: user, keepingSession: request.session.id?.string, on: request.db)
        return request.redirect(to: .account, flash: Sv.Account.passwordChanged)
    }
}
