import Fluent
import Foundation

/// Issue 13: every session names its user, so that a new password can end the user's other
/// sessions; one-time links for setting a password (invitations and resets), so that nobody types
/// another user's password; indexes for the periodic clean-up of expired sessions and old
/// login attempts.
struct M0024_SecureAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions").field("user_id", .uuid).update()
        try await database.createIndex(on: "sessions", "user_id")
        try await database.createIndex(on: "sessions", "expires_at")
        try await database.createIndex(on: "login_attempts", "attempted_at")
        // Sessions from before this migration: their user is in the stored data.
        for session in try await BrowserSession.query(on: database).all() {
            let data = try? JSONDecoder().decode([String: String].self, from: Data(session.data.utf8))
            guard let user = data?["user"].flatMap(UUID.init(uuidString:)) else { continue }
            session.userID = user
            try await session.save(on: database)
        }
        try await database.schema("password_links")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("token_hash", .string, .required)
            .field("purpose", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_by", .string, .required)
            .timestamps()
            .unique(on: "token_hash")
            .create()
        try await database.createIndex(on: "password_links", "user_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema("password_links").delete()
        try await database.dropIndex(on: "login_attempts", "attempted_at")
        try await database.dropIndex(on: "sessions", "expires_at")
        try await database.dropIndex(on: "sessions", "user_id")
        try await database.schema("sessions").deleteField("user_id").update()
    }
}
