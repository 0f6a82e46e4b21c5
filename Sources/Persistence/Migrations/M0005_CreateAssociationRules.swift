import Fluent

struct M0005_CreateAssociationRules: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("association_rules")
            .id()
            .belongsToOrganisation()
            .field("quorum_rule", .string, .required)
            .field("qualified_majority_matters", .string, .required)
            .field("qualified_majority", .string, .required)
            .field("adjustment_deadline_days", .int, .required)
            .field("posting_deadline_days", .int, .required)
            .field("appeal_period_days", .int, .required)
            .field("remote_participation_allowed", .bool, .required)
            .field("posts_on_own_notice_board", .bool, .required)
            .field("board_term_starts", .string, .required)
            .field("plan_and_budget_deadline", .string, .required)
            .timestamps()
            .unique(on: "organisation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("association_rules").delete()
    }
}
