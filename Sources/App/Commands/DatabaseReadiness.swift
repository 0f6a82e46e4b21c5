import Fluent
import Vapor

/// Makes sure the schema is current before a command uses the database. The embedded SQLite file
/// has no separate deployment step, so it is migrated on the spot; PostgreSQL, shared by several
/// app servers, is migrated only on request (`samordna migrate` or `serve --auto-migrate`).
enum DatabaseReadiness {
    struct NotMigrated: Error, CustomStringConvertible {
        let count: Int
        var description: String {
            "the PostgreSQL database has \(count) pending migration(s); run `samordna migrate --yes` or start with `samordna serve --auto-migrate`"
        }
    }

    static func ensure(_ app: Application) async throws {
        if app.settings.database.isSQLite { try await SQLiteTuning.apply(on: app.db) }
        try await app.migrator.setupIfNeeded().get()
        let pending = try await app.migrator.previewPrepareBatch().get()
        guard !pending.isEmpty else { return }
        guard app.settings.database.isSQLite else { throw NotMigrated(count: pending.count) }
        app.logger.info("migrating SQLite database", metadata: ["pending": .stringConvertible(pending.count)])
        try await app.autoMigrate()
    }
}
