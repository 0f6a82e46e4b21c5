import Domain
import Fluent
import Foundation

/// An organ of the association: styrelse, presidium, beredningsgrupp, a styrgrupp, or another.
public final class Body: Model, @unchecked Sendable {
    public static let schema = "bodies"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "kind") public var kindRaw: String
    @OptionalField(key: "name") public var name: String?
    @OptionalField(key: "description") public var bodyDescription: String?
    @OptionalField(key: "established_on") public var establishedOn: String?
    @OptionalField(key: "dissolved_on") public var dissolvedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: BodyDraft) {
        self.$organisation.id = organisationID
        apply(draft)
    }

    public func apply(_ draft: BodyDraft) {
        kindRaw = draft.kind.rawValue
        name = draft.name
        bodyDescription = draft.description
        establishedOn = draft.establishedOn?.iso
        dissolvedOn = draft.dissolvedOn?.iso
    }

    public var kind: BodyKind { BodyKind(rawValue: kindRaw) ?? .other }
}
