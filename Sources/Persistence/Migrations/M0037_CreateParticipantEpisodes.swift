import Fluent

/// Issue 18, item 1: participations in an insats under the association's participant key, in
/// SUS's categories. No column holds an identity: the key is the association's pseudonym.
struct M0037_CreateParticipantEpisodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("participant_episodes")
            .id()
            .belongsToOrganisation()
            .field("intervention_id", .uuid, .required, .references("interventions", "id"))
            .field("participant_key", .string, .required)
            .field("sex", .string, .required)
            .field("age_band", .string, .required)
            .field("referral", .string, .required)
            .field("municipality_member_id", .uuid, .references("members", "id"))
            .field("referred_on", .string, .required)
            .field("accepted", .bool, .required)
            .field("starts_on", .string)
            .field("ends_on", .string)
            .field("outcome", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "participant_episodes", "organisation_id", "intervention_id")
        try await database.createIndex(on: "participant_episodes", "organisation_id", "participant_key")
        try await PublicChanges.watch("participant_episodes", on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("participant_episodes").delete()
    }
}
