import Domain
import RoutingKit
import Vapor

/// The pages Samordna serves (every GET route), so that a return address after logging in can be
/// checked against them: a `next` that names no page of ours is not followed.
/// Read-only once built, so it is shared between event loops.
struct LocalPages: @unchecked Sendable {
    private let router: TrieRouter<Bool>
    /// The start page, which a trie cannot hold (its path is empty).
    private let hasRoot: Bool

    init(routes: [Route]) {
        let router = TrieRouter(Bool.self)
        var hasRoot = false
        for route in routes where route.method == .GET {
            if route.path.isEmpty { hasRoot = true } else { router.register(true, at: route.path) }
        }
        self.router = router
        self.hasRoot = hasRoot
    }

    func contains(_ segments: [String]) -> Bool {
        if segments.isEmpty { return hasRoot }
        var parameters = Parameters()
        return router.route(path: segments, parameters: &parameters) ?? false
    }

    func redirectPath(from raw: String) -> String? {
        LocalRedirect.path(from: raw, isRoute: contains)
    }
}

extension Application {
    private struct LocalPagesKey: StorageKey {
        typealias Value = LocalPages
    }

    /// Set once every route is registered.
    var localPages: LocalPages {
        get { storage[LocalPagesKey.self] ?? LocalPages(routes: []) }
        set { storage[LocalPagesKey.self] = newValue }
    }
}
