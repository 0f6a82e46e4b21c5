import Fluent
import Foundation

/// File content, stored once per SHA-256 so that every app server sees it, a database backup holds
/// it, and the same bilaga or PDF uploaded twice takes the space once.
public final class StoredFile: Model, @unchecked Sendable {
    public static let schema = "stored_files"

    @ID(key: .id) public var id: UUID?
    @Field(key: "sha256") public var sha256: String
    @Field(key: "byte_count") public var byteCount: Int
    @Field(key: "data") public var data: Data
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(sha256: String, data: Data) {
        self.sha256 = sha256
        self.byteCount = data.count
        self.data = data
    }
}
