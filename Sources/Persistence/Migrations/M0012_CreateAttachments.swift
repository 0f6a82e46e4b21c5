import Fluent

struct M0012_CreateAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attachments")
            .id()
            .belongsToOrganisation()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("secrecy_ground", .string)
            .timestamps()
            .unique(on: "meeting_id", "number")
            .create()
        try await database.schema("attachment_versions")
            .id()
            .field("attachment_id", .uuid, .required, .references("attachments", "id"))
            .field("version", .int, .required)
            .field("stored_file_id", .uuid, .required, .references("stored_files", "id"))
            .field("filename", .string, .required)
            .field("media_type", .string, .required)
            .field("byte_count", .int, .required)
            .field("uploaded_by", .string, .required)
            .timestamps()
            .unique(on: "attachment_id", "version")
            .create()
        try await database.schema("agenda_item_attachments")
            .id()
            .field("agenda_item_id", .uuid, .required, .references("agenda_items", "id"))
            .field("attachment_id", .uuid, .required, .references("attachments", "id"))
            .timestamps()
            .unique(on: "agenda_item_id", "attachment_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_item_attachments").delete()
        try await database.schema("attachment_versions").delete()
        try await database.schema("attachments").delete()
    }
}
