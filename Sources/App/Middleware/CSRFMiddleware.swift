import Domain
import NIOCore
import Views
import Vapor

/// Every state-changing form carries a token in a hidden field; a request that changes state
/// without the right token is refused before it reaches any handler.
///
/// What is checked before any of the body is read (issue 13): the token the request must carry,
/// from the session or, for a visitor who is not logged in, from the `samordna-csrf` cookie. A
/// request with neither is refused at once. Forms are then read up to `formLimit` bytes within
/// `SAMORDNA_BODY_TIMEOUT_SECONDS`, checked for NUL bytes and invalid UTF-8, and their token compared. Routes that take
/// files (`uploadRoute`) are streamed instead: their reader checks the token in the first part,
/// before any file byte is accepted.
struct CSRFMiddleware: Middleware {
    /// The largest form without files: a long § text fits many times over.
    static let formLimit = 1_048_576

    /// A page is only read, on the event loop; a form is checked in a task.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return next.respond(to: request).map { request.withAnonymousCSRFCookie($0) }
        }
        return request.eventLoop.makeFutureWithTask { try await check(request, next: next) }
    }

    private func check(_ request: Request, next: any Responder) async throws -> Response {
        guard let expected = request.expectedCSRFToken else { throw CSRFFailure() }
        let isMultipart = request.headers.contentType?.type == "multipart"
        if request.route?.takesUploads == true {
            guard isMultipart else { throw Abort(.unsupportedMediaType) }
            request.pendingCSRFToken = expected
            return try await next.respond(to: request).get()
        }
        // Only the routes that take files read multipart bodies.
        guard !isMultipart else { throw Abort(.unsupportedMediaType) }
        let body = try await request.collectBody(max: Self.formLimit, timeout: .seconds(Int64(request.application.settings.bodyTimeoutSeconds)))
        if request.headers.contentType == .urlEncodedForm, let body, let finding = FormInput.check(urlEncoded: Array(body.readableBytesView)) {
            throw FormInputRejected(finding)
        }
        let sent = try? request.content.get(String.self, at: CSRF.fieldName)
        guard let sent, Self.constantTimeEquals(Array(sent.utf8), Array(expected.utf8)) else {
            throw CSRFFailure()
        }
        return request.withAnonymousCSRFCookie(try await next.respond(to: request).get())
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
    static let anonymousCSRFCookie = "samordna-csrf"

    private struct NewAnonymousTokenKey: StorageKey {
        typealias Value = String
    }

    private struct PendingCSRFKey: StorageKey {
        typealias Value = String
    }

    private struct VisitorTokenShownKey: StorageKey {
        typealias Value = Bool
    }

    /// Whether the page holds a visitor's own token, so that it must not be kept for another.
    var showsVisitorToken: Bool { storage[VisitorTokenShownKey.self] ?? false }

    /// The token a form must carry: the session's, or the anonymous visitor's cookie. Read from
    /// headers only, and never starts a session.
    var expectedCSRFToken: String? {
        if hasSession, let token = session.data[SessionKey.csrf] { return token }
        return cookies[Self.anonymousCSRFCookie]?.string
    }

    /// The token for a form on this page. A logged-in user's lives in the session; a visitor
    /// who is not logged in gets it as a cookie, so that showing the login page writes nothing
    /// to the database.
    func csrfToken() -> String {
        if currentUser != nil {
            if let token = session.data[SessionKey.csrf] { return token }
            let token = [UInt8].random(count: 32).hex
            session.data[SessionKey.csrf] = token
            return token
        }
        storage[VisitorTokenShownKey.self] = true
        if let token = expectedCSRFToken { return token }
        if let token = storage[NewAnonymousTokenKey.self] { return token }
        let token = [UInt8].random(count: 32).hex
        storage[NewAnonymousTokenKey.self] = token
        return token
    }

    func withAnonymousCSRFCookie(_ response: Response) -> Response {
        if let token = storage[NewAnonymousTokenKey.self] {
            response.cookies[Self.anonymousCSRFCookie] = HTTPCookies.Value(
                string: token, expires: nil, maxAge: nil, domain: nil, path: "/",
                isSecure: application.settings.secureCookies, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    /// Set for an upload route: the token its reader must find in the first part.
    var pendingCSRFToken: String? {
        get { storage[PendingCSRFKey.self] }
        set { storage[PendingCSRFKey.self] = newValue }
    }

    /// Reads the whole body into memory, at most `max` bytes and within `timeout`.
    func collectBody(max: Int, timeout: TimeAmount) async throws -> ByteBuffer? {
        let promise = eventLoop.makePromise(of: ByteBuffer?.self)
        body.collect(max: max).cascade(to: promise)
        let timer = eventLoop.scheduleTask(in: timeout) { promise.fail(Abort(.requestTimeout)) }
        defer { timer.cancel() }
        return try await promise.futureResult.get()
    }
}
