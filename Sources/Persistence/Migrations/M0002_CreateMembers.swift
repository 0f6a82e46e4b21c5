import Fluent

struct M0002_CreateMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("members")
            .id()
            .belongsToOrganisation()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("organisation_number", .string, .required)
            .field("joined_on", .string, .required)
            .field("left_on", .string)
            .field("posts_notices", .bool, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "members", "organisation_id")
        try await database.schema("member_populations")
            .id()
            .belongsToOrganisation()
            .field("member_id", .uuid, .required, .references("members", "id"))
            .field("year", .int, .required)
            .field("working_age_population", .int64, .required)
            .timestamps()
            .unique(on: "member_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("member_populations").delete()
        try await database.schema("members").delete()
    }
}
