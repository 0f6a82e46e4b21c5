import Fluent
import Persistence
import Vapor

/// Finds the logged-in user, if any, from the session. A session whose user no longer exists is
/// treated as logged out. Usually the session's own query read the user (`SessionContext`), and
/// this runs on the event loop; it starts a task only when it must ask the database.
struct CurrentUserMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.hasSession, let raw = request.session.data[SessionKey.user], let id = UUID(uuidString: raw) else {
            return next.respond(to: request)
        }
        if let loaded = request.sessionContext?.user, loaded.id == id {
            request.currentUser = loaded
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask {
            request.currentUser = try await User.find(id, on: request.db)
            return try await next.respond(to: request).get()
        }
    }
}

enum SessionKey {
    static let user = "user"
    static let csrf = "csrf"
    static let flash = "flash"
}

extension Request {
    private struct CurrentUserKey: StorageKey {
        typealias Value = User
    }

    var currentUser: User? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }
}
