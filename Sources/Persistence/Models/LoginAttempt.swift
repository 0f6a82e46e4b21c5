import Fluent
import Foundation

/// One try to log in, kept in the database so that throttling holds across app servers.
public final class LoginAttempt: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "address") public var address: String
    @Field(key: "succeeded") public var succeeded: Bool
    @Field(key: "attempted_at") public var attemptedAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(username: String, address: String, succeeded: Bool, attemptedAt: Date) {
        self.username = username
        self.address = address
        self.succeeded = succeeded
        self.attemptedAt = attemptedAt
    }
}
