import Fluent

/// Rättelser of justerade protokoll, omedelbar justering of single §§, and the follow-up of
/// uppdrag (status and the reminder sent a week before the deadline).
struct M0018_AddCorrectionsAndTasks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("corrections")
            .id()
            .belongsToOrganisation()
            .field("protocol_id", .uuid, .required, .references("protocols", "id"))
            .field("paragraph_number", .int)
            .field("recorded_on", .string, .required)
            .field("recorded_by", .string, .required)
            .field("what", .string, .required)
            .field("why", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "corrections", "protocol_id")
        try await database.schema("paragraph_signatures")
            .id()
            .field("paragraph_id", .uuid, .required, .references("paragraphs", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("user_id", .uuid, .references("users", "id"))
            .field("signed_at", .datetime, .required)
            .field("signed_on", .string, .required)
            .field("content_sha256", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "paragraph_signatures", "paragraph_id")
        try await database.schema("paragraphs").field("adjusted_on", .string).update()
        try await database.schema("paragraphs").field("content_sha256", .string).update()
        try await database.schema("decisions").field("task_status", .string).update()
        try await database.schema("decisions").field("task_done_on", .string).update()
        try await database.schema("decisions").field("reminder_sent_on", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("decisions").deleteField("reminder_sent_on").update()
        try await database.schema("decisions").deleteField("task_done_on").update()
        try await database.schema("decisions").deleteField("task_status").update()
        try await database.schema("paragraphs").deleteField("content_sha256").update()
        try await database.schema("paragraphs").deleteField("adjusted_on").update()
        try await database.schema("paragraph_signatures").delete()
        try await database.schema("corrections").delete()
    }
}
