import Domain
import Fluent
import Foundation

/// A person in the association's register: board members, officials, activity owners.
public final class Person: Model, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "name") public var name: String
    @OptionalField(key: "title") public var title: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "phone") public var phone: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: PersonDraft) {
        self.$organisation.id = organisationID
        apply(draft)
    }

    public func apply(_ draft: PersonDraft) {
        name = draft.name
        title = draft.title
        email = draft.email
        phone = draft.phone
    }
}
