import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The page an invitation or reset link leads to: the user chooses their own password. Nobody
/// needs to be logged in; the link's token is the proof, usable once.
struct PasswordLinkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.passwordLink(":token").route, use: form)
        routes.post(SiteURL.passwordLink(":token").route, use: save)
    }

    private func link(_ request: Request) async throws -> (PasswordLink, String) {
        let token = request.parameters.get("token") ?? ""
        guard let link = try await AccountService.validLink(token, on: request.db) else { throw LinkNotValid() }
        return (link, token)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        let (link, token) = try await link(request)
        let response = Response.html(AccountPages.setPassword(request.formState(), token: token, username: link.user.username,
                                                              context: request.pageContext()))
        // The address holds the token: it is not handed on, not even to our own stylesheet.
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return response
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let (link, token) = try await link(request)
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let password = NewPassword.read(values, &validator, field: "newPassword", repeat: "repeatPassword", required: true)
        guard validator.isValid, let password else {
            return .html(AccountPages.setPassword(request.formState([:], issues: validator.issues), token: token,
                                                  username: link.user.username, context: request.pageContext()), status: .unprocessableEntity)
        }
        let hash = try await request.password.async.hash(password)
        do {
            try await AccountService.use(link, hash: hash, on: request.db)
        } catch is AccountService.LinkAlreadyUsed {
            throw LinkNotValid()
        }
        return .html(AccountPages.passwordSet(context: request.pageContext()))
    }
}

/// A link that is used, expired or made up.
struct LinkNotValid: ExplainedError {
    var status: HTTPResponseStatus { .gone }
    var title: String { Sv.Account.linkInvalidTitle }
    var explanation: String { Sv.Account.linkInvalid }
}

/// A new password typed twice: at least 12 characters, the same both times. Read as typed
/// (a space at either end is part of it).
enum NewPassword {
    static func read(_ values: [String: String], _ validator: inout FieldValidator, field: String, repeat repeatField: String,
                     required: Bool) -> String? {
        let password = values[field] ?? ""
        let repeated = values[repeatField] ?? ""
        if password.isEmpty {
            if required { validator.add(field, .required) }
            return nil
        }
        guard password.count >= AccountService.minimumPasswordLength else {
            validator.add(field, .tooShort(min: AccountService.minimumPasswordLength))
            return nil
        }
        guard password.count <= 200 else {
            validator.add(field, .tooLong(max: 200))
            return nil
        }
        guard password == repeated else {
            validator.add(repeatField, .mismatch)
            return nil
        }
        return password
    }
}
