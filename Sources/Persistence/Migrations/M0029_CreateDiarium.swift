import Fluent

/// Issue 15, item 2: ärenden with a diarienummer per association and year, given once (the unique
/// index makes a number impossible to give twice), and the agenda item that handles one.
struct M0029_CreateDiarium: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("registered_matters")
            .id()
            .belongsToOrganisation()
            .field("year", .int, .required)
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("category", .string, .required)
            .field("opened_on", .string, .required)
            .field("description", .string)
            .field("intervention_id", .uuid, .references("interventions", "id"))
            .timestamps()
            .unique(on: "organisation_id", "year", "number")
            .create()
        try await database.schema("agenda_items").field("registered_matter_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_items").deleteField("registered_matter_id").update()
        try await database.schema("registered_matters").delete()
    }
}
