import Fluent

/// Issue 15, items 3 and 4: utlysningar and äskanden with the beredningsgrupp's recommendation.
/// Amounts are whole kronor; an äskande's budget per year is stored as JSON of
/// `FundingRequestBudget.Year`, since its lines are only ever read and written whole.
struct M0033_CreateCallsAndFundingRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calls")
            .id()
            .belongsToOrganisation()
            .field("registered_matter_id", .uuid, .references("registered_matters", "id"))
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("criteria", .string, .required)
            .field("amount", .int64, .required)
            .field("application_deadline", .string, .required)
            .field("review_on", .string)
            .field("decision_on", .string)
            .field("latest_start", .string)
            .field("published_on", .string)
            .timestamps()
            .create()
        try await database.schema("funding_requests")
            .id()
            .belongsToOrganisation()
            .field("registered_matter_id", .uuid, .references("registered_matters", "id"))
            .field("intervention_id", .uuid, .references("interventions", "id"))
            .field("new_name", .string)
            .field("platform", .string)
            .field("call_id", .uuid, .references("calls", "id"))
            .field("first_year", .int, .required)
            .field("budget", .string, .required)
            .field("purpose", .string, .required)
            .field("current_state", .string, .required)
            .field("expected_results", .string, .required)
            .field("status", .string, .required)
            .field("submitted_by", .string, .required)
            .field("submitted_by_user_id", .uuid, .references("users", "id"))
            .field("submitted_on", .string, .required)
            .field("recommendation", .string)
            .field("considerations", .string)
            .field("recommended_amounts", .string)
            .field("conditions", .string)
            .field("agenda_item_id", .uuid, .references("agenda_items", "id"))
            .field("decision_id", .uuid, .references("decisions", "id"))
            .field("stored_file_id", .uuid, .references("stored_files", "id"))
            .field("filename", .string)
            .field("media_type", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "funding_requests", "organisation_id", "first_year")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("funding_requests").delete()
        try await database.schema("calls").delete()
    }
}
