import Fluent
import Foundation

/// A logged-in (or about to log in) browser. Only a hash of the cookie token is stored, so a
/// copy of the database does not hand out working sessions.
public final class BrowserSession: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "data") public var data: String
    /// The logged-in user, so that a new password can end the user's other sessions.
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "expires_at") public var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(tokenHash: String, data: String, expiresAt: Date, userID: UUID? = nil) {
        self.tokenHash = tokenHash
        self.data = data
        self.expiresAt = expiresAt
        self.userID = userID
    }
}
