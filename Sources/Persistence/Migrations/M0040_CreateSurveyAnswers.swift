import Fluent

/// Issue 18, item 3: anonymous answers to the participant survey per insats; no column ties an
/// answer to a participant.
struct M0040_CreateSurveyAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("survey_answers")
            .id()
            .belongsToOrganisation()
            .field("intervention_id", .uuid, .required, .references("interventions", "id"))
            .field("answered_on", .string, .required)
            .field("quality_of_life", .int)
            .field("insats_quality", .int)
            .field("influence", .int)
            .field("discrimination", .bool)
            .timestamps()
            .create()
        try await database.createIndex(on: "survey_answers", "organisation_id", "intervention_id")
        try await PublicChanges.watch("survey_answers", on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_answers").delete()
    }
}
