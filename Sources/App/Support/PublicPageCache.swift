import Domain
import Foundation
import Synchronization
import Vapor

/// Rendered public documents that never change while their state holds (justerade protokoll as
/// HTML and PDF), kept in memory per app server: by ETag, and by path together with the last day
/// the rendering stays valid, so that `PublicDocumentResponder` can answer without the database.
/// Bounded: when full, the oldest half is dropped.
final class PublicPageCache: Sendable {
    struct Entry {
        let etag: String
        let body: ByteBuffer
        /// Built once, so that answering from memory only copies them.
        let headers: HTTPHeaders
        /// Nil: valid for good (laga kraft); otherwise the state changes after this day.
        let validThrough: CivilDate?
    }

    private struct Contents {
        var byKey: [String: Entry] = [:]
        var byPath: [String: Entry] = [:]
        var order: [String] = []
    }

    private let contents = Mutex(Contents())
    private let limit = 500

    /// The headers of a cached public document; without a content type, those of a 304.
    static func headers(etag: String, contentType: String?) -> HTTPHeaders {
        var headers = HTTPHeaders(SecurityHeadersMiddleware.headers)
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=60")
        return headers
    }

    func get(_ key: String) -> ByteBuffer? {
        contents.withLock { $0.byKey[key]?.body }
    }

    /// Stores under the ETag and, when a path is given, under the path for the fast path.
    func set(_ etag: String, _ body: ByteBuffer, contentType: String, path: String? = nil, validThrough: CivilDate? = nil) {
        let entry = Entry(etag: etag, body: body, headers: Self.headers(etag: etag, contentType: contentType), validThrough: validThrough)
        contents.withLock { cache in
            if cache.byKey[etag] == nil { cache.order.append(etag) }
            cache.byKey[etag] = entry
            if let path { cache.byPath[path] = entry }
            if cache.order.count > limit {
                for old in cache.order.prefix(limit / 2) { cache.byKey[old] = nil }
                cache.order.removeFirst(limit / 2)
                let kept = cache.byKey
                cache.byPath = cache.byPath.filter { kept[$0.value.etag] != nil }
            }
        }
    }

    /// Forgets every path when anything public may have changed (`PublicReadModels.changed`); the
    /// next request finds its document by ETag and puts the path back.
    func forgetAllPaths() {
        contents.withLock { $0.byPath.removeAll(keepingCapacity: true) }
    }

    func entry(forPath path: String, on today: CivilDate) -> Entry? {
        contents.withLock { cache in
            guard let entry = cache.byPath[path] else { return nil }
            if let last = entry.validThrough, today > last { return nil }
            return entry
        }
    }

    var servesPaths: Bool { contents.withLock { !$0.byPath.isEmpty } }
}

extension Application {
    private struct PublicPageCacheKey: StorageKey {
        typealias Value = PublicPageCache
    }

    /// Created in `configure`, so that concurrent requests share one cache.
    var publicPageCache: PublicPageCache {
        get { storage[PublicPageCacheKey.self] ?? PublicPageCache() }
        set { storage[PublicPageCacheKey.self] = newValue }
    }
}

/// Serves a justerat protokoll, and any public page kept in `PublicReadModels`, straight from memory when it was rendered before and its state
/// has not changed since: in front of routing and every middleware, so no session, no database,
/// no route lookup and no task hop. The cached headers include the security headers; these hits
/// are not in the request log, as a cache in front of the app would not be. Everything else goes
/// to the normal responder.
struct PublicDocumentResponder: Responder {
    let next: any Responder
    let cache: PublicPageCache
    let readModels: PublicReadModels

    func respond(to request: Request) -> EventLoopFuture<Response> {
        guard request.method == .GET else { return next.respond(to: request) }
        if cache.servesPaths, let entry = cache.entry(forPath: request.url.path, on: request.today) {
            if request.headers.first(name: .ifNoneMatch) == entry.etag {
                return request.eventLoop.makeSucceededFuture(
                    Response(status: .notModified, headers: PublicPageCache.headers(etag: entry.etag, contentType: nil)))
            }
            return request.eventLoop.makeSucceededFuture(Response(status: .ok, headers: entry.headers, body: .init(buffer: entry.body)))
        }
        if let key = PublicReadModels.key(for: request), let page = readModels.page(key, on: request.today) {
            return request.eventLoop.makeSucceededFuture(Response(status: page.status, headers: page.headers, body: .init(buffer: page.body)))
        }
        return next.respond(to: request)
    }
}
