import Vapor

/// One log line per request, after the answer, with what an operator needs to follow a problem.
/// Written on the event loop (no `async`), so that the public fast path behind it needs no task hop.
struct RequestLogMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        return next.respond(to: request).map { response in
            let elapsed = ContinuousClock.now - start
            request.logger.info("request", metadata: [
                "method": .string(request.method.rawValue),
                "path": .string(request.url.path),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .string(String(format: "%.1f", Double(elapsed.components.seconds) * 1000
                    + Double(elapsed.components.attoseconds) / 1e15)),
            ])
            return response
        }
    }
}
