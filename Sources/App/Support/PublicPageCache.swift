import Vapor

/// Rendered public pages that never change for a given ETag (justerade protokoll), kept in memory
/// per app server. Bounded: when full, the oldest half is dropped.
actor PublicPageCache {
    private var pages: [String: String] = [:]
    private var order: [String] = []
    private let limit = 500

    func get(_ key: String) -> String? { pages[key] }

    func set(_ key: String, _ html: String) {
        if pages[key] == nil { order.append(key) }
        pages[key] = html
        if order.count > limit {
            for old in order.prefix(limit / 2) { pages[old] = nil }
            order.removeFirst(limit / 2)
        }
    }
}

extension Application {
    private struct PublicPageCacheKey: StorageKey {
        typealias Value = PublicPageCache
    }

    var publicPageCache: PublicPageCache {
        if let cache = storage[PublicPageCacheKey.self] { return cache }
        let cache = PublicPageCache()
        storage[PublicPageCacheKey.self] = cache
        return cache
    }
}
