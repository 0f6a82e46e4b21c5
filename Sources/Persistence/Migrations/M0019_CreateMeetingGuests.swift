import Fluent

/// People invited to one sammanträde beyond the body's members and the presenters (an auditor,
/// a member's official), who get the kallelse too.
struct M0019_CreateMeetingGuests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_guests")
            .id()
            .belongsToOrganisation()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .timestamps()
            .unique(on: "meeting_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_guests").delete()
    }
}
