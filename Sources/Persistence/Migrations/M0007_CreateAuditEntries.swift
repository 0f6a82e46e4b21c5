import Fluent

struct M0007_CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("user_id", .uuid)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .uuid)
            .field("summary", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("occurred_at", .datetime, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "audit_entries", "organisation_id", "occurred_at")
        try await database.createIndex(on: "audit_entries", "entity_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
