import Fluent
import Foundation

/// A samordningsförbund: the tenant every other record belongs to.
public final class Organisation: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "organisation_number") public var organisationNumber: String
    @OptionalField(key: "street_address") public var streetAddress: String?
    @OptionalField(key: "postal_code") public var postalCode: String?
    @OptionalField(key: "city") public var city: String?
    @OptionalField(key: "email") public var email: String?
    @Children(for: \.$organisation) public var names: [OrganisationName]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(id: UUID? = nil, slug: String, organisationNumber: String) {
        self.id = id
        self.slug = slug
        self.organisationNumber = organisationNumber
    }
}

/// A name the association carried from `validFrom` to `validTo` (inclusive; open when nil).
public final class OrganisationName: Model, @unchecked Sendable {
    public static let schema = "organisation_names"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "name") public var name: String
    @Field(key: "valid_from") public var validFrom: String
    @OptionalField(key: "valid_to") public var validTo: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, name: String, validFrom: String, validTo: String? = nil) {
        self.$organisation.id = organisationID
        self.name = name
        self.validFrom = validFrom
        self.validTo = validTo
    }
}
