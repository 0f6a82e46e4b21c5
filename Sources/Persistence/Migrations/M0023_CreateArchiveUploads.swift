import Fluent

/// Files uploaded in the browser for import (issue 4), kept until a reviewer commits or removes
/// them: the file itself, then, once read in the background, what the importer found (the
/// packet as the reviewer corrects it) and the text line by line, repaired and original.
struct M0023_CreateArchiveUploads: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("archive_uploads")
            .id()
            .belongsToOrganisation()
            .field("file_name", .string, .required)
            .field("byte_count", .int, .required)
            .field("data", .data, .required)
            .field("status", .string, .required)
            .field("problem", .string)
            .field("reader_notes", .string, .required)
            .field("packet", .string)
            .field("lines", .string)
            .field("body_id", .uuid, .references("bodies", "id"))
            .field("uploaded_by", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "archive_uploads", "organisation_id", "status")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("archive_uploads").delete()
    }
}
