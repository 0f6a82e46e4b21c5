import Domain
import Foundation
import Vapor

/// Rendered public documents that never change while their state holds (justerade protokoll as
/// HTML and PDF), kept in memory per app server: by ETag, and by path together with the last day
/// the rendering stays valid, so that `PublicDocumentFastPath` can answer without the database.
/// Bounded: when full, the oldest half is dropped.
final class PublicPageCache: @unchecked Sendable {
    struct Entry {
        let etag: String
        let body: ByteBuffer
        /// Built once, so that answering from memory only copies them.
        let headers: HTTPHeaders
        /// Nil: valid for good (laga kraft); otherwise the state changes after this day.
        let validThrough: CivilDate?
    }

    private let lock = NSLock()
    private var byKey: [String: Entry] = [:]
    private var order: [String] = []
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
        lock.withLock { byKey[key]?.body }
    }

    /// Stores under the ETag and, when a path is given, under the path for the fast path.
    func set(_ etag: String, _ body: ByteBuffer, contentType: String, path: String? = nil, validThrough: CivilDate? = nil) {
        let entry = Entry(etag: etag, body: body, headers: Self.headers(etag: etag, contentType: contentType), validThrough: validThrough)
        lock.withLock {
            for key in [etag] + (path.map { ["path:" + $0] } ?? []) {
                if byKey[key] == nil { order.append(key) }
                byKey[key] = entry
            }
            if order.count > limit {
                for old in order.prefix(limit / 2) { byKey[old] = nil }
                order.removeFirst(limit / 2)
            }
        }
    }

    /// Forgets what the fast path serves under a path and below it, when a document changes
    /// within its state (a rättelse). Only this app server's memory: see docs/decisions.md.
    func forgetPaths(under prefix: String) {
        lock.withLock {
            for key in byKey.keys where key.hasPrefix("path:" + prefix) { byKey[key] = nil }
            order.removeAll { $0.hasPrefix("path:" + prefix) }
        }
    }

    func entry(forPath path: String, on today: CivilDate) -> Entry? {
        lock.withLock {
            guard let entry = byKey["path:" + path] else { return nil }
            if let last = entry.validThrough, today > last { return nil }
            return entry
        }
    }
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

/// Serves a justerat protokoll straight from memory when it was rendered before and its state
/// has not changed since: no session, no database. Everything else passes through.
struct PublicDocumentFastPath: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET, request.url.path.contains("/justerade-protokoll/"),
              let entry = request.application.publicPageCache.entry(forPath: request.url.path, on: request.today) else {
            return try await next.respond(to: request)
        }
        if request.headers.first(name: .ifNoneMatch) == entry.etag {
            return Response(status: .notModified, headers: PublicPageCache.headers(etag: entry.etag, contentType: nil))
        }
        return Response(status: .ok, headers: entry.headers, body: .init(buffer: entry.body))
    }
}
