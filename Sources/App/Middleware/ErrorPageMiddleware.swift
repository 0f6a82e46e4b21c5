import Views
import Vapor

/// Turns errors into answers a person can read: a Swedish page for the browser, a JSON object
/// for the API. Unexpected errors are logged and shown without internals. On the event loop (no
/// task), since it only waits for the answer.
struct ErrorPageMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in try Self.answer(error, to: request) }
    }

    static func answer(_ error: any Error, to request: Request) throws -> Response {
        let status = (error as? any AbortError)?.status ?? .internalServerError
        if status == .internalServerError {
            request.logger.report(error: error)
        }
        if request.url.path.hasPrefix("/api/") || request.url.path == "/health" {
            let reason = status == .internalServerError ? "Internal server error" : ((error as? any AbortError)?.reason ?? status.reasonPhrase)
            let response = Response(status: status)
            try response.content.encode(APIError(error: reason, status: Int(status.code)))
            return response
        }
        let (title, text) = Self.texts(for: status, error: error)
        let context = request.basicPageContext
        return Response.html(ErrorPage.render(title: title, text: text, context: context), status: status)
    }

    static func texts(for status: HTTPResponseStatus, error: any Error) -> (String, String) {
        if error is CSRFFailure { return (Sv.ErrorPage.csrfTitle, Sv.ErrorPage.csrfText) }
        if let explained = error as? any ExplainedError { return (explained.title, explained.explanation) }
        switch status {
        case .notFound: return (Sv.ErrorPage.notFoundTitle, Sv.ErrorPage.notFoundText)
        case .forbidden: return (Sv.ErrorPage.forbiddenTitle, Sv.ErrorPage.forbiddenText)
        case .payloadTooLarge: return (Sv.ErrorPage.tooLargeTitle, Sv.ErrorPage.tooLargeText)
        case .requestTimeout: return (Sv.ErrorPage.timeoutTitle, Sv.ErrorPage.timeoutText)
        case .unsupportedMediaType: return (Sv.ErrorPage.badRequestTitle, Sv.ErrorPage.badRequestText)
        case .tooManyRequests: return (Sv.ErrorPage.tooManyTitle, Sv.ErrorPage.tooManyText)
        case .badRequest, .unprocessableEntity:
            return (Sv.ErrorPage.badRequestTitle, Sv.ErrorPage.badRequestText)
        default: return (Sv.ErrorPage.serverTitle, Sv.ErrorPage.serverText)
        }
    }
}

struct APIError: Content {
    var error: String
    var status: Int
}
