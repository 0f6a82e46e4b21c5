import Fluent

/// Issue 18, item 1: participants of an insats reported as counts for a period instead of
/// episodes; one entry per insats and period.
struct M0041_CreateParticipantCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("participant_counts")
            .id()
            .belongsToOrganisation()
            .field("intervention_id", .uuid, .required, .references("interventions", "id"))
            .field("period", .string, .required)
            .field("women", .int, .required)
            .field("men", .int, .required)
            .field("other", .int, .required)
            .field("new", .int, .required)
            .field("work", .int, .required)
            .field("studies", .int, .required)
            .field("other_positive", .int, .required)
            .field("drop_out", .int, .required)
            .field("remaining", .int, .required)
            .timestamps()
            .unique(on: "intervention_id", "period")
            .create()
        try await PublicChanges.watch("participant_counts", on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("participant_counts").delete()
    }
}
