import Fluent
import Persistence
import Synchronization
import Vapor

/// Ends the public pages kept in memory when something public changes. Three ways, because a
/// change reaches the database three ways:
/// - a request that may have written (any method but GET and HEAD), once it is answered and so
///   committed: the writer's next page shows the change;
/// - a model saved or deleted by this process outside a request (background work, a command, a
///   test), at once;
/// - anything committed elsewhere (another app server, `samordna import` on the same database, a
///   raw statement): the database's change count (`PublicChanges`, kept by triggers) is read every
///   quarter second by `PublicChangeWatcher`.
struct PublicChangeTracking: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method != .GET, request.method != .HEAD else { return next.respond(to: request) }
        let application = request.application
        return next.respond(to: request).always { _ in application.publicReadModels.changed() }
    }
}

/// The model half of `PublicChangeTracking`.
struct PublicModelChangeTracking: AnyModelMiddleware {
    let readModels: PublicReadModels

    func handle(_ event: ModelEvent, _ model: any AnyModel, on db: any Database,
                chainingTo next: any AnyModelResponder) -> EventLoopFuture<Void> {
        next.handle(event, model, on: db).map {
            if PublicChanges.watches(type(of: model).schema) { readModels.changed() }
        }
    }
}

/// Reads the database's change count every quarter second and ends the kept pages when another
/// process has changed something. Started by `serve` (other commands keep no pages), not under
/// test, where each test's own writes end them.
final class PublicChangeWatcher: Sendable {
    static let interval: Duration = .milliseconds(250)
    private let seen = Atomic<Int64>(-1)

    static func start(_ application: Application) {
        guard application.environment != .testing else { return }
        let watcher = PublicChangeWatcher()
        application.backgroundTasks.run { [weak application] in
            while !Task.isCancelled {
                guard let application else { return }
                do { try await watcher.check(application) } catch { application.logger.warning("public change count: \(error)") }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One poll: ends the kept pages when the count moved since the last one.
    func check(_ application: Application) async throws {
        let count = try await PublicChanges.count(on: application.db)
        if seen.exchange(count, ordering: .sequentiallyConsistent) != count { application.publicReadModels.changed() }
    }
}
