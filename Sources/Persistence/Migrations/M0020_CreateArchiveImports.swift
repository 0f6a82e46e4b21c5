import Fluent

/// Board packets imported from the association's archive: the source file (content-addressed, so
/// the same file is never imported twice), the documents found in it with their text, and the
/// link from an imported protokoll to the import it came from (such a protokoll is "importerat").
struct M0020_CreateArchiveImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("archive_imports")
            .id()
            .belongsToOrganisation()
            .field("stored_file_id", .uuid, .required, .references("stored_files", "id"))
            .field("content_sha256", .string, .required)
            .field("file_name", .string, .required)
            .field("imported_by", .string, .required)
            .field("warning_count", .int, .required)
            .timestamps()
            .unique(on: "organisation_id", "content_sha256")
            .create()
        try await database.schema("archive_documents")
            .id()
            .belongsToOrganisation()
            .field("archive_import_id", .uuid, .required, .references("archive_imports", "id"))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("title", .string)
            .field("first_line", .int, .required)
            .field("last_line", .int, .required)
            .field("meeting_id", .uuid, .references("meetings", "id"))
            .field("protocol_id", .uuid, .references("protocols", "id"))
            .field("fields", .string, .required)
            .field("text", .string, .required)
            .field("original_text", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "archive_documents", "archive_import_id")
        try await database.schema("protocols").field("archive_import_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("protocols").deleteField("archive_import_id").update()
        try await database.schema("archive_documents").delete()
        try await database.schema("archive_imports").delete()
    }
}
