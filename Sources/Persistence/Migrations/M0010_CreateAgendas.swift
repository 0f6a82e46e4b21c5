import Fluent

struct M0010_CreateAgendas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("standing_agenda_items")
            .id()
            .belongsToOrganisation()
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("kind", .string, .required)
            .field("placement", .string, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "standing_agenda_items", "organisation_id")
        try await database.schema("agenda_items")
            .id()
            .belongsToOrganisation()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("presenter_person_id", .uuid, .references("people", "id"))
            .field("background", .string)
            .field("proposal", .string)
            .field("recommendation", .string, .required)
            .field("recommendation_text", .string)
            .field("secrecy_ground", .string)
            .field("standing_placement", .string)
            .field("added_at_meeting", .bool, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "agenda_items", "meeting_id", "position")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_items").delete()
        try await database.schema("standing_agenda_items").delete()
    }
}
