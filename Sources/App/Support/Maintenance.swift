import Fluent
import Foundation
import Persistence
import Vapor

/// Housekeeping that keeps the tables of sessions, login attempts and password links from
/// growing without end: expired sessions, attempts older than a day beyond the throttle's
/// window, and links that were used or ran out a month ago.
enum Maintenance {
    static let interval: Duration = .seconds(15 * 60)

    @discardableResult
    static func run(_ application: Application, now: Date = Date()) async throws -> (sessions: Int, attempts: Int, links: Int) {
        let db = application.db
        let window = TimeInterval(application.settings.loginWindowMinutes * 60)
        let attemptsBefore = now.addingTimeInterval(-max(window, 86_400))
        let linksBefore = now.addingTimeInterval(-30 * 86_400)
        let sessions = try await BrowserSession.query(on: db).filter(\.$expiresAt <= now).count()
        try await BrowserSession.query(on: db).filter(\.$expiresAt <= now).delete()
        let attempts = try await LoginAttempt.query(on: db).filter(\.$attemptedAt < attemptsBefore).count()
        try await LoginAttempt.query(on: db).filter(\.$attemptedAt < attemptsBefore).delete()
        let links = try await PasswordLink.query(on: db).filter(\.$expiresAt < linksBefore).count()
        try await PasswordLink.query(on: db).filter(\.$expiresAt < linksBefore).delete()
        return (sessions, attempts, links)
    }
}

/// Runs `Maintenance` every quarter of an hour while the server runs (`samordna serve` starts it;
/// other commands and the tests do not), as a background task that stops with the application.
enum MaintenanceWorker {
    static func start(_ application: Application) {
        guard application.environment != .testing else { return }
        application.backgroundTasks.run { [weak application] in
            while !Task.isCancelled {
                if let application {
                    do { try await Maintenance.run(application) } catch { application.logger.error("maintenance: \(error)") }
                }
                try? await Task.sleep(for: Maintenance.interval)
            }
        }
    }
}
