import Fluent

/// Columns only, one per statement: SQLite adds one column per ALTER TABLE.
struct M0013_AddNoticePDFs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notices").field("board_pdf_file_id", .uuid, .references("stored_files", "id")).update()
        try await database.schema("notices").field("public_pdf_file_id", .uuid, .references("stored_files", "id")).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notices").deleteField("public_pdf_file_id").update()
        try await database.schema("notices").deleteField("board_pdf_file_id").update()
    }
}
