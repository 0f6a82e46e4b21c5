import Fluent

struct M0004_CreateMandates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("mandates")
            .id()
            .belongsToOrganisation()
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("body_id", .uuid, .required, .references("bodies", "id"))
            .field("role", .string, .required)
            .field("appointed_by_member_id", .uuid, .references("members", "id"))
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .field("party", .string)
            .field("stands_in_for_person_id", .uuid, .references("people", "id"))
            .timestamps()
            .create()
        try await database.createIndex(on: "mandates", "body_id")
        try await database.createIndex(on: "mandates", "person_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mandates").delete()
    }
}
