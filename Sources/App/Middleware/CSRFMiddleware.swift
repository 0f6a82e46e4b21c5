import Views
import Vapor

/// Every state-changing form carries the session's token in a hidden field; a request that
/// changes state without the right token is refused before it reaches any handler.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return try await next.respond(to: request)
        }
        // Uploads may be as large as the upload limit (plus the other fields); other forms are small.
        let isUpload = request.headers.contentType?.type == "multipart"
        _ = try await request.body.collect(max: isUpload ? request.application.settings.maxUploadBytes + 1_048_576 : 1_048_576).get()
        let sent = try? request.content.get(String.self, at: CSRF.fieldName)
        guard request.hasSession, let expected = request.session.data[SessionKey.csrf], let sent,
              Self.constantTimeEquals(Array(sent.utf8), Array(expected.utf8)) else {
            throw CSRFFailure()
        }
        return try await next.respond(to: request)
    }

    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

struct CSRFFailure: AbortError {
    var status: HTTPResponseStatus { .forbidden }
    var reason: String { "Missing or wrong CSRF token" }
}

extension Request {
    /// The session's CSRF token, created on first use (which also starts the session).
    func csrfToken() -> String {
        if let token = session.data[SessionKey.csrf] { return token }
        let token = [UInt8].random(count: 32).hex
        session.data[SessionKey.csrf] = token
        return token
    }
}
