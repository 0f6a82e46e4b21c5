import Domain
import Fluent
import Foundation

/// An ärende in the association's diarium, with its diarienummer.
public final class RegisteredMatter: Model, @unchecked Sendable {
    public static let schema = "registered_matters"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "year") public var year: Int
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String
    @Field(key: "category") public var categoryRaw: String
    @Field(key: "opened_on") public var openedOn: String
    @OptionalField(key: "description") public var matterDescription: String?
    @OptionalParent(key: "intervention_id") public var intervention: Intervention?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, diaryNumber: DiaryNumber, draft: RegisteredMatterDraft) {
        self.$organisation.id = organisationID
        year = diaryNumber.year
        number = diaryNumber.number
        title = draft.title
        categoryRaw = draft.category.rawValue
        openedOn = draft.openedOn.iso
        matterDescription = draft.description
        $intervention.id = draft.interventionID
    }

    public var diaryNumber: DiaryNumber { DiaryNumber(number: number, year: year) }
    public var category: RegisteredMatterCategory { RegisteredMatterCategory(rawValue: categoryRaw) ?? .other }
}
