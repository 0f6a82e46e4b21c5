import Fluent

struct M0009_CreateMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .belongsToOrganisation()
            .field("body_id", .uuid, .required, .references("bodies", "id"))
            .field("date", .string, .required)
            .field("starts_at", .string, .required)
            .field("ends_at", .string)
            .field("place", .string, .required)
            .field("address", .string)
            .field("remote_offered", .bool, .required)
            .field("theme", .string)
            .field("status", .string, .required)
            .field("cancellation_reason", .string)
            .field("sequence", .int, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "meetings", "organisation_id", "date")
        try await database.createIndex(on: "meetings", "body_id", "date")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meetings").delete()
    }
}
