import Domain
import Fluent
import Foundation

/// A person's seat in a body for a period, appointed by a member.
public final class Mandate: Model, @unchecked Sendable {
    public static let schema = "mandates"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "person_id") public var person: Person
    @Parent(key: "body_id") public var body: Body
    @Field(key: "role") public var roleRaw: String
    @OptionalParent(key: "appointed_by_member_id") public var appointedBy: Member?
    @Field(key: "starts_on") public var startsOn: String
    @OptionalField(key: "ends_on") public var endsOn: String?
    @OptionalField(key: "party") public var party: String?
    @OptionalParent(key: "stands_in_for_person_id") public var standsInFor: Person?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: MandateDraft) {
        self.$organisation.id = organisationID
        apply(draft)
    }

    public func apply(_ draft: MandateDraft) {
        $person.id = draft.personID
        $body.id = draft.bodyID
        roleRaw = draft.role.rawValue
        $appointedBy.id = draft.appointedByMemberID
        startsOn = draft.startsOn.iso
        endsOn = draft.endsOn?.iso
        party = draft.party
        $standsInFor.id = draft.standsInForPersonID
    }

    public var role: MandateRole { MandateRole(rawValue: roleRaw) ?? .member }

    /// Needs `person` eager-loaded.
    public var facts: MandateFacts {
        MandateFacts(id: id ?? UUID(), personID: $person.id, personName: $person.value?.name ?? "",
                     role: role, appointedByMemberID: $appointedBy.id,
                     startsOn: CivilDate(iso: startsOn) ?? CivilDate(year: 1900, month: 1, day: 1)!,
                     endsOn: endsOn.flatMap { CivilDate(iso: $0) })
    }
}
