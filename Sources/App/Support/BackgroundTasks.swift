import Foundation
import Synchronization
import Vapor

/// Work the server does outside requests (reading an uploaded archive file, the periodic
/// maintenance and outbox): each task is kept while it runs, and shutting the application down
/// cancels those still running, so that none outlives it.
final class BackgroundTasks: LifecycleHandler, Sendable {
    private let running = Mutex<[UUID: Task<Void, Never>]>([:])

    /// Starts `work`; it is forgotten when it ends.
    func run(_ work: @escaping @Sendable () async -> Void) {
        let id = UUID()
        // Registered under the lock the task's own clean-up takes, so it cannot end unregistered.
        running.withLock { tasks in
            tasks[id] = Task { [weak self] in
                await work()
                self?.running.withLock { _ = $0.removeValue(forKey: id) }
            }
        }
    }

    var count: Int { running.withLock { $0.count } }

    /// Cancels what still runs and waits for it to stop, so that none uses the database after it
    /// is closed (an external program is stopped when its task is cancelled).
    func shutdownAsync(_ application: Application) async {
        let tasks = running.withLock { Array($0.values) }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }
}

extension Application {
    private struct BackgroundTasksKey: StorageKey {
        typealias Value = BackgroundTasks
    }

    /// Created and registered with the lifecycle in `configure`.
    var backgroundTasks: BackgroundTasks {
        get { storage[BackgroundTasksKey.self] ?? BackgroundTasks() }
        set { storage[BackgroundTasksKey.self] = newValue }
    }
}
