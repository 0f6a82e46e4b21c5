import Domain
import Persistence
import Vapor

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
}
