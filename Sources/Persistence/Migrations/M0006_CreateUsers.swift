import Fluent

struct M0006_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("is_system_admin", .bool, .required)
            .timestamps()
            .unique(on: "username")
            .create()
        try await database.schema("user_accesses")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id"))
            .belongsToOrganisation()
            .field("person_id", .uuid, .references("people", "id"))
            .field("roles", .string, .required)
            .timestamps()
            .unique(on: "user_id", "organisation_id")
            .create()
        try await database.schema("login_attempts")
            .id()
            .field("username", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .timestamps()
            .create()
        try await database.createIndex(on: "login_attempts", "username", "attempted_at")
        try await database.createIndex(on: "login_attempts", "address", "attempted_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
        try await database.schema("user_accesses").delete()
        try await database.schema("users").delete()
    }
}
