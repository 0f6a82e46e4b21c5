import Fluent

/// The anslag of a justerat protokoll, one column per statement for SQLite.
struct M0017_AddPostings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("protocols").field("posted_on", .string).update()
        try await database.schema("protocols").field("appeal_ends_on", .string).update()
        try await database.schema("protocols").field("late_posting_reason", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("protocols").deleteField("late_posting_reason").update()
        try await database.schema("protocols").deleteField("appeal_ends_on").update()
        try await database.schema("protocols").deleteField("posted_on").update()
    }
}
