import Fluent

/// Issue 18, items 4 and 5: the year's goal areas with their weights, the goals' indicators with
/// targets and weights, and the results entered by hand per tertial with their sources.
struct M0039_CreateSocialBudget: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("goal_areas")
            .id()
            .belongsToOrganisation()
            .field("year", .int, .required)
            .field("name", .string, .required)
            .field("ideal_weight", .int, .required)
            .field("used_weight", .int, .required)
            .timestamps()
            .create()
        try await database.schema("indicators")
            .id()
            .belongsToOrganisation()
            .field("goal_area_id", .uuid, .required, .references("goal_areas", "id"))
            .field("goal", .string, .required)
            .field("name", .string, .required)
            .field("weight", .int, .required)
            .field("target", .double, .required)
            .field("direction", .string, .required)
            .field("measure", .string, .required)
            .timestamps()
            .create()
        try await database.schema("indicator_results")
            .id()
            .belongsToOrganisation()
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("tertial", .int, .required)
            .field("platform", .string)
            .field("value", .double, .required)
            .field("persons", .int)
            .field("source", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "goal_areas", "organisation_id", "year")
        for table in ["goal_areas", "indicators", "indicator_results"] { try await PublicChanges.watch(table, on: database) }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_results").delete()
        try await database.schema("indicators").delete()
        try await database.schema("goal_areas").delete()
    }
}
