import Fluent

/// Issue 15, item 7: rekvisitioner against an insats's grant for a year, and the costs reported
/// at year end as not yet claimed. Amounts are whole kronor.
struct M0032_CreateRequisitions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("requisitions")
            .id()
            .belongsToOrganisation()
            .field("intervention_id", .uuid, .required, .references("interventions", "id"))
            .field("registered_matter_id", .uuid, .references("registered_matters", "id"))
            .field("kind", .string, .required)
            .field("year", .int, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("staff", .int64, .required)
            .field("external_services", .int64, .required)
            .field("premises", .int64, .required)
            .field("other", .int64, .required)
            .field("status", .string, .required)
            .field("return_reason", .string)
            .field("submitted_by", .string, .required)
            .field("decided_by", .string)
            .field("decided_on", .string)
            .field("stored_file_id", .uuid, .references("stored_files", "id"))
            .field("filename", .string)
            .field("media_type", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "requisitions", "organisation_id", "intervention_id", "year")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("requisitions").delete()
    }
}
