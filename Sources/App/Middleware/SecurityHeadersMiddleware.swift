import Vapor

/// Headers that keep the pages from being framed, sniffed or fed scripts from elsewhere. The UI
/// uses no JavaScript at all, so the policy allows none. On the event loop, like the request log.
struct SecurityHeadersMiddleware: Middleware {
    static let headers: [(String, String)] = [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Content-Security-Policy",
         "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ]

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            Self.add(to: &response.headers)
            return response
        }
    }

    /// Adds those the response does not set itself.
    static func add(to headers: inout HTTPHeaders) {
        for (name, value) in Self.headers where !headers.contains(name: name) {
            headers.replaceOrAdd(name: name, value: value)
        }
    }
}
