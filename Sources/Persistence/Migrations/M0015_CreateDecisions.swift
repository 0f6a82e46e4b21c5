import Fluent

struct M0015_CreateDecisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("decisions")
            .id()
            .belongsToOrganisation()
            .field("paragraph_id", .uuid, .required, .references("paragraphs", "id"))
            .field("kind", .string, .required)
            .field("wording", .string, .required)
            .field("assignee_person_id", .uuid, .references("people", "id"))
            .field("deadline", .string)
            .field("policy_from_year", .int)
            .field("policy_to_year", .int)
            .field("matter", .string)
            .field("vote_outcome", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "decisions", "paragraph_id")
        try await database.schema("votes")
            .id()
            .field("decision_id", .uuid, .required, .references("decisions", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("choice", .string, .required)
            .timestamps()
            .unique(on: "decision_id", "person_id")
            .create()
        try await database.schema("reservations")
            .id()
            .field("decision_id", .uuid, .required, .references("decisions", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("reason", .string)
            .timestamps()
            .unique(on: "decision_id", "person_id")
            .create()
        try await database.schema("recusals")
            .id()
            .field("paragraph_id", .uuid, .required, .references("paragraphs", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .timestamps()
            .unique(on: "paragraph_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["recusals", "reservations", "votes", "decisions"] { try await database.schema(table).delete() }
    }
}
