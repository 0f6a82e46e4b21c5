import Fluent

/// Issue 15, items 4 and 5: grants (each tied to the decision § that made it) and the versions of
/// the three-year verksamhetsplan och budget with their lines. Amounts are whole kronor.
struct M0030_CreateBudgetsAndGrants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("grants")
            .id()
            .belongsToOrganisation()
            .field("intervention_id", .uuid, .required, .references("interventions", "id"))
            // No grant without the decision that made it: the column is required and referenced.
            .field("decision_id", .uuid, .required, .references("decisions", "id"))
            .field("year", .int, .required)
            .field("amount", .int64, .required)
            .field("conditions", .string)
            .field("superseded_by_id", .uuid)
            .timestamps()
            .unique(on: "decision_id", "intervention_id", "year")
            .create()
        try await database.schema("budgets")
            .id()
            .belongsToOrganisation()
            .field("registered_matter_id", .uuid, .references("registered_matters", "id"))
            .field("title", .string, .required)
            .field("first_year", .int, .required)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("revises_id", .uuid)
            .field("decision_id", .uuid, .references("decisions", "id"))
            .field("adopted_on", .string)
            .field("opening_equity", .int64, .required)
            .field("allocation_1", .int64, .required)
            .field("allocation_2", .int64, .required)
            .field("allocation_3", .int64, .required)
            .timestamps()
            .unique(on: "organisation_id", "version")
            .create()
        try await database.schema("budget_lines")
            .id()
            .field("budget_id", .uuid, .required, .references("budgets", "id"))
            .field("section", .string, .required)
            .field("position", .int, .required)
            .field("name", .string, .required)
            .field("code", .string)
            .field("intervention_id", .uuid, .references("interventions", "id"))
            .field("member_id", .uuid, .references("members", "id"))
            .field("cost_class", .string)
            .field("parent_id", .uuid)
            .field("amount_1", .int64, .required)
            .field("amount_2", .int64, .required)
            .field("amount_3", .int64, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "budget_lines", "budget_id")
        try await database.createIndex(on: "grants", "organisation_id", "intervention_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("budget_lines").delete()
        try await database.schema("budgets").delete()
        try await database.schema("grants").delete()
    }
}
