import Fluent
import Foundation

/// A one-time link with which a user sets their own password: an invitation for a new account, or
/// a reset an administrator handed out. Only a hash of the token is stored.
public final class PasswordLink: Model, @unchecked Sendable {
    public static let schema = "password_links"

    public enum Purpose: String, Sendable {
        case invitation
        case reset
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "purpose") public var purposeRaw: String
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "used_at") public var usedAt: Date?
    @Field(key: "created_by") public var createdBy: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(userID: UUID, tokenHash: String, purpose: Purpose, expiresAt: Date, createdBy: String) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.purposeRaw = purpose.rawValue
        self.expiresAt = expiresAt
        self.createdBy = createdBy
    }

    public var purpose: Purpose { Purpose(rawValue: purposeRaw) ?? .reset }
}
