import Domain
import Fluent
import Foundation

/// A member authority (medlem) of an association.
public final class Member: Model, @unchecked Sendable {
    public static let schema = "members"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "organisation_number") public var organisationNumber: String
    @Field(key: "joined_on") public var joinedOn: String
    @OptionalField(key: "left_on") public var leftOn: String?
    @Field(key: "posts_notices") public var postsNotices: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: MemberDraft) {
        self.$organisation.id = organisationID
        apply(draft)
    }

    public func apply(_ draft: MemberDraft) {
        name = draft.name
        kindRaw = draft.kind.rawValue
        organisationNumber = draft.organisationNumber.text
        joinedOn = draft.joinedOn.iso
        leftOn = draft.leftOn?.iso
        postsNotices = draft.postsNotices
    }

    public var kind: MemberKind { MemberKind(rawValue: kindRaw) ?? .municipality }

    public var facts: MemberFacts {
        MemberFacts(id: id ?? UUID(), name: name, kind: kind,
                    joinedOn: CivilDate(iso: joinedOn) ?? CivilDate(year: 1900, month: 1, day: 1)!,
                    leftOn: leftOn.flatMap { CivilDate(iso: $0) })
    }
}

/// A member's working-age population in one year.
public final class MemberPopulation: Model, @unchecked Sendable {
    public static let schema = "member_populations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "member_id") public var member: Member
    @Field(key: "year") public var year: Int
    @Field(key: "working_age_population") public var count: Int64
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, memberID: UUID, year: Int, count: Int64) {
        self.$organisation.id = organisationID
        self.$member.id = memberID
        self.year = year
        self.count = count
    }
}
