import Domain
import Synchronization
import Vapor

/// The public pages an anonymous visitor gets (start page, association page, anslagstavla,
/// kalender, kallelser, utlysningar, feeds and the open-data API), kept in memory as they were
/// answered, so that the next visitor is answered without the database. A kept page is valid for
/// the day it was made on and until anything public changes: every change this server makes ends
/// them at once (`PublicChangeTracking`), and a change made elsewhere (another app server, a
/// command-line import) within a poll of the database's change count (`PublicChangeWatcher`).
final class PublicReadModels: Sendable {
    struct Page {
        let body: ByteBuffer
        let headers: HTTPHeaders
        let status: HTTPResponseStatus
        let generation: Int
        let day: CivilDate
    }

    private let generation = Atomic<Int>(0)
    /// Its fast path of justerade protokoll ends with the kept pages (a rättelse made on another server).
    private let documents: PublicPageCache
    private let pages = Mutex<[String: Page]>([:])
    /// Bounded in number (the API's query strings could otherwise grow it without end) and in
    /// size: a larger answer (a PDF, a bilaga) is not kept here.
    private let limit = 2_000
    private let largestBody = 256 * 1024

    init(documents: PublicPageCache) {
        self.documents = documents
    }

    /// Whatever is kept now is out of date.
    func changed() {
        generation.add(1, ordering: .sequentiallyConsistent)
        pages.withLock { $0.removeAll(keepingCapacity: true) }
        documents.forgetAllPaths()
    }

    /// Read before a page is made, and given back to `keep`: a page made while something changed is
    /// not kept, since it may show the state from before the change.
    var currentGeneration: Int { generation.load(ordering: .sequentiallyConsistent) }

    func page(_ key: String, on day: CivilDate) -> Page? {
        let current = currentGeneration
        return pages.withLock { pages in
            guard let page = pages[key], page.generation == current, page.day == day else { return nil }
            return page
        }
    }

    func keep(_ response: Response, as key: String, generation: Int, day: CivilDate) {
        guard let body = response.body.buffer, body.readableBytes <= largestBody else { return }
        var headers = response.headers
        headers.remove(name: .date)
        headers.remove(name: .connection)
        SecurityHeadersMiddleware.add(to: &headers)
        let page = Page(body: body, headers: headers, status: response.status, generation: generation, day: day)
        pages.withLock { pages in
            guard generation == currentGeneration else { return }
            if pages.count >= limit { pages.removeAll(keepingCapacity: true) }
            pages[key] = page
        }
    }

    /// Only a visitor without a session gets a kept page or leaves one: a logged-in user's page
    /// names them and may show more.
    static func key(for request: Request) -> String? {
        guard request.method == .GET, !hasSession(request) else { return nil }
        return (request.headers.first(name: .host) ?? "") + request.url.string
    }

    private static func hasSession(_ request: Request) -> Bool {
        request.headers[.cookie].contains { $0.contains(SessionCookie.name + "=") }
    }
}

enum SessionCookie {
    static let name = "samordna-session"
}

extension Application {
    private struct PublicReadModelsKey: StorageKey {
        typealias Value = PublicReadModels
    }

    /// Created in `configure`, so that every request shares one.
    var publicReadModels: PublicReadModels {
        get { storage[PublicReadModelsKey.self] ?? PublicReadModels(documents: publicPageCache) }
        set { storage[PublicReadModelsKey.self] = newValue }
    }
}

/// On the public routes: keeps what they answer a visitor without a session, for
/// `PublicDocumentResponder` to answer the next one from memory.
struct PublicReadModelMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let models = request.application.publicReadModels
        guard let key = PublicReadModels.key(for: request) else { return next.respond(to: request) }
        let day = request.today
        let generation = models.currentGeneration
        return next.respond(to: request).map { response in
            if response.status == .ok, !response.headers.contains(name: .setCookie), !request.showsVisitorToken {
                models.keep(response, as: key, generation: generation, day: day)
            }
            return response
        }
    }
}
