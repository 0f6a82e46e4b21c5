import Fluent

/// Issue 15, the register of insatser: one row per insats with its project code unique in the
/// association, and its names over time (a rename closes the old name the day before).
struct M0028_CreateInterventions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("interventions")
            .id()
            .belongsToOrganisation()
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("owner_member_id", .uuid, .references("members", "id"))
            .field("responsible_person_id", .uuid, .references("people", "id"))
            .field("partners", .string)
            .field("target_group", .string)
            .field("age_from", .int)
            .field("age_to", .int)
            .field("area", .string)
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("stage", .string, .required)
            .field("steering_body_id", .uuid, .references("bodies", "id"))
            .field("merged_into_id", .uuid, .references("interventions", "id"))
            .field("merged_on", .string)
            .field("closed_on", .string)
            .timestamps()
            .unique(on: "organisation_id", "code")
            .create()
        try await database.schema("intervention_names")
            .id()
            .field("intervention_id", .uuid, .required, .references("interventions", "id"))
            .field("name", .string, .required)
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "intervention_names", "intervention_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("intervention_names").delete()
        try await database.schema("interventions").delete()
    }
}
