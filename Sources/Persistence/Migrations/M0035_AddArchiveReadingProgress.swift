import Fluent

/// Issue 16, item 5: an upload being read says how many of its pages are done and since when it
/// has been read, so the page can show a progress bar and the time left.
struct M0035_AddArchiveReadingProgress: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds a single column per ALTER TABLE.
        try await database.schema("archive_uploads").field("pages_total", .int).update()
        try await database.schema("archive_uploads").field("pages_done", .int).update()
        try await database.schema("archive_uploads").field("reading_started_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["pages_total", "pages_done", "reading_started_at"] {
            try await database.schema("archive_uploads").deleteField(.key(.init(stringLiteral: field))).update()
        }
    }
}
