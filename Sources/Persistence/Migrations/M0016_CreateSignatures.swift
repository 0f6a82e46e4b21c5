import Fluent

/// The signers and signatures of justering, and the signed content on the protokoll (one column
/// per statement for SQLite).
struct M0016_CreateSignatures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("protocol_signers")
            .id()
            .field("protocol_id", .uuid, .required, .references("protocols", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("role", .string, .required)
            .timestamps()
            .unique(on: "protocol_id", "person_id")
            .create()
        try await database.schema("signatures")
            .id()
            .field("protocol_id", .uuid, .required, .references("protocols", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("user_id", .uuid, .references("users", "id"))
            .field("signed_at", .datetime, .required)
            .field("signed_on", .string, .required)
            .field("content_sha256", .string, .required)
            .field("declined", .bool, .required)
            .field("comment", .string)
            .timestamps()
            .create()
        try await database.createIndex(on: "signatures", "protocol_id")
        try await database.schema("protocols").field("content", .string).update()
        try await database.schema("protocols").field("content_sha256", .string).update()
        try await database.schema("protocols").field("adjusted_on", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("protocols").deleteField("adjusted_on").update()
        try await database.schema("protocols").deleteField("content_sha256").update()
        try await database.schema("protocols").deleteField("content").update()
        try await database.schema("signatures").delete()
        try await database.schema("protocol_signers").delete()
    }
}
