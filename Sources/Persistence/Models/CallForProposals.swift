import Domain
import Fluent
import Foundation

/// An utlysning: published, it takes applications until its last day.
public final class CallForProposals: Model, @unchecked Sendable {
    public static let schema = "calls"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @OptionalParent(key: "registered_matter_id") public var matter: RegisteredMatter?
    @Field(key: "title") public var title: String
    @Field(key: "text") public var text: String
    /// One criterion per line.
    @Field(key: "criteria") public var criteriaText: String
    @Field(key: "amount") public var amount: Int64
    @Field(key: "application_deadline") public var applicationDeadline: String
    @OptionalField(key: "review_on") public var reviewOn: String?
    @OptionalField(key: "decision_on") public var decisionOn: String?
    @OptionalField(key: "latest_start") public var latestStart: String?
    @OptionalField(key: "published_on") public var publishedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: CallForProposalsDraft) {
        self.$organisation.id = organisationID
        apply(draft)
    }

    public func apply(_ draft: CallForProposalsDraft) {
        title = draft.title
        text = draft.text
        criteriaText = draft.criteria.joined(separator: "\n")
        amount = draft.amount
        applicationDeadline = draft.applicationDeadline.iso
        reviewOn = draft.reviewOn?.iso
        decisionOn = draft.decisionOn?.iso
        latestStart = draft.latestStart?.iso
    }

    public var criteria: [String] { criteriaText.split(separator: "\n").map(String.init) }
    public var deadline: CivilDate { CivilDate(iso: applicationDeadline) ?? CivilDate(year: 1970, month: 1, day: 1)! }
    public var published: CivilDate? { publishedOn.flatMap(CivilDate.init(iso:)) }

    public func isOpen(on day: CivilDate) -> Bool { CallWindow.isOpen(publishedOn: published, deadline: deadline, on: day) }
}
