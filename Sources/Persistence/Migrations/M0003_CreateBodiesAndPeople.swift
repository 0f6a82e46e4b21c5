import Fluent

struct M0003_CreateBodiesAndPeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bodies")
            .id()
            .belongsToOrganisation()
            .field("kind", .string, .required)
            .field("name", .string)
            .field("description", .string)
            .field("established_on", .string)
            .field("dissolved_on", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "bodies", "organisation_id")
        try await database.schema("people")
            .id()
            .belongsToOrganisation()
            .field("name", .string, .required)
            .field("title", .string)
            .field("email", .string)
            .field("phone", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "people", "organisation_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").delete()
        try await database.schema("bodies").delete()
    }
}
