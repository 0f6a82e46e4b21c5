import Fluent
import Foundation

/// One change to stored data: who made it, when, to what, and the record before and after
/// (as JSON snapshots), so that history survives every edit.
public final class AuditEntry: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @OptionalParent(key: "organisation_id") public var organisation: Organisation?
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "actor") public var actor: String
    @Field(key: "action") public var action: String
    @Field(key: "entity_type") public var entityType: String
    @OptionalField(key: "entity_id") public var entityID: UUID?
    @Field(key: "summary") public var summary: String
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?
    @Field(key: "occurred_at") public var occurredAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID?, userID: UUID?, actor: String, action: String, entityType: String,
                entityID: UUID?, summary: String, before: String?, after: String?, occurredAt: Date) {
        self.$organisation.id = organisationID
        self.userID = userID
        self.actor = actor
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.summary = summary
        self.before = before
        self.after = after
        self.occurredAt = occurredAt
    }
}
