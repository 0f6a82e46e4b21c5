import Fluent

struct M0001_CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .id()
            .field("slug", .string, .required)
            .field("organisation_number", .string, .required)
            .field("street_address", .string)
            .field("postal_code", .string)
            .field("city", .string)
            .field("email", .string)
            .timestamps()
            .unique(on: "slug")
            .create()
        try await database.schema("organisation_names")
            .id()
            .belongsToOrganisation()
            .field("name", .string, .required)
            .field("valid_from", .string, .required)
            .field("valid_to", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "organisation_names", "organisation_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisation_names").delete()
        try await database.schema("organisations").delete()
    }
}
