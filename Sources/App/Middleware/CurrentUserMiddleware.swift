import Fluent
import Persistence
import Vapor

/// Finds the logged-in user, if any, from the session (usually read with it: `SessionContext`). A session whose user no longer exists
/// is treated as logged out.
struct CurrentUserMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let raw = request.session.data[SessionKey.user], let id = UUID(uuidString: raw) {
            if let loaded = request.sessionContext?.user, loaded.id == id {
                request.currentUser = loaded
            } else {
                request.currentUser = try await User.find(id, on: request.db)
            }
        }
        return try await next.respond(to: request)
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
