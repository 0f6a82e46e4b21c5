import Domain
import Persistence
import Vapor
import Views

/// A signature is confirmed with the signer's password, guarded by the same throttle as the
/// login: after five wrong passwords the form waits, whatever the password (issue 13).
enum SigningPassword {
    enum Check {
        case verified
        /// The problem to show on the form's `password` field, and the answer's status.
        case refused(FieldIssue, HTTPStatus)
    }

    static func check(_ values: [String: String], user: User, on request: Request) async throws -> Check {
        let password = values["password"] ?? ""
        guard !password.isEmpty else { return .refused(FieldIssue("password", .required), .unprocessableEntity) }
        switch try await LoginThrottle(request.application.settings).verify(password, of: user, username: user.username, on: request) {
        case .verified: return .verified
        case .wrong: return .refused(FieldIssue("password", .mismatch), .unprocessableEntity)
        case .blocked(let minutes): return .refused(FieldIssue("password", .tooManyAttempts(minutes: minutes)), .tooManyRequests)
        }
    }

    /// A signer's answer from the signing form: `sign`, or `decline` with a comment, confirmed
    /// with the password; or, when refused, the form shown again by `page` with its problems
    /// (without the password) and the answer's status.
    enum Answer {
        case given(declined: Bool, comment: String?)
        case shown(Response)
    }

    static func answer(_ request: Request, user: User, page: (FormState) async throws -> Response) async throws -> Answer {
        let values = try request.formValues()
        var validator = FieldValidator(values)
        let answer = validator.text("answer", maxLength: 10)
        let comment = validator.text("comment", required: answer == "decline", maxLength: 4000)
        if let answer, answer != "sign", answer != "decline" { validator.add("answer", .notAChoice) }
        var status: HTTPStatus = .unprocessableEntity
        if validator.isValid, case .refused(let issue, let refusal) = try await check(values, user: user, on: request) {
            validator.add(issue.field, issue.problem)
            status = refusal
        }
        guard let answer, validator.isValid else {
            var kept = values
            kept["password"] = nil
            let shown = try await page(request.formState(kept, issues: validator.issues))
            shown.status = status
            return .shown(shown)
        }
        return .given(declined: answer == "decline", comment: comment)
    }
}
