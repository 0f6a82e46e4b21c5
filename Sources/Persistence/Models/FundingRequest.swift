import Domain
import Fluent
import Foundation

/// An äskande: money applied for by an insats (or for a new one) for one to three years, with
/// the beredningsgrupp's recommendation and, once decided, the deciding decision.
public final class FundingRequest: Model, @unchecked Sendable {
    public static let schema = "funding_requests"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @OptionalParent(key: "registered_matter_id") public var matter: RegisteredMatter?
    @OptionalParent(key: "intervention_id") public var intervention: Intervention?
    @OptionalField(key: "new_name") public var newName: String?
    @OptionalField(key: "platform") public var platform: String?
    @OptionalParent(key: "call_id") public var call: CallForProposals?
    @Field(key: "first_year") public var firstYear: Int
    /// JSON of `[FundingRequestBudget.Year]`.
    @Field(key: "budget") public var budgetJSON: String
    @Field(key: "purpose") public var purpose: String
    @Field(key: "current_state") public var currentState: String
    @Field(key: "expected_results") public var expectedResults: String
    @Field(key: "status") public var statusRaw: String
    @Field(key: "submitted_by") public var submittedBy: String
    @OptionalField(key: "submitted_by_user_id") public var submittedByUserID: UUID?
    @Field(key: "submitted_on") public var submittedOn: String
    @OptionalField(key: "recommendation") public var recommendationRaw: String?
    @OptionalField(key: "considerations") public var considerations: String?
    /// JSON of year → kronor, as the beredningsgrupp recommends.
    @OptionalField(key: "recommended_amounts") public var recommendedAmountsJSON: String?
    @OptionalField(key: "conditions") public var conditions: String?
    @OptionalParent(key: "agenda_item_id") public var agendaItem: AgendaItem?
    @OptionalParent(key: "decision_id") public var decision: Decision?
    @Children(for: \.$request) public var files: [FundingRequestFile]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: FundingRequestDraft, submittedBy: String, userID: UUID?, submittedOn: CivilDate) throws {
        self.$organisation.id = organisationID
        $intervention.id = draft.interventionID
        newName = draft.newName
        platform = draft.platform
        $call.id = draft.callID
        firstYear = draft.budget.years.first?.year ?? submittedOn.year
        budgetJSON = String(decoding: try JSONEncoder().encode(draft.budget.years), as: UTF8.self)
        purpose = draft.purpose
        currentState = draft.currentState
        expectedResults = draft.expectedResults
        statusRaw = FundingRequestStatus.submitted.rawValue
        self.submittedBy = submittedBy
        submittedByUserID = userID
        self.submittedOn = submittedOn.iso
    }

    public var status: FundingRequestStatus { FundingRequestStatus(rawValue: statusRaw) ?? .submitted }
    public var recommendation: ReviewRecommendation? { recommendationRaw.flatMap(ReviewRecommendation.init(rawValue:)) }

    public var budget: FundingRequestBudget {
        FundingRequestBudget(years: (try? JSONDecoder().decode([FundingRequestBudget.Year].self, from: Data(budgetJSON.utf8))) ?? [])
    }

    public var recommendedAmounts: [Int: Int64] {
        guard let json = recommendedAmountsJSON, let decoded = try? JSONDecoder().decode([String: Int64].self, from: Data(json.utf8)) else { return [:] }
        return Dictionary(uniqueKeysWithValues: decoded.compactMap { key, value in Int(key).map { ($0, value) } })
    }

    public func record(_ review: FundingReviewDraft) throws {
        recommendationRaw = review.recommendation.rawValue
        considerations = review.considerations
        let keyed = Dictionary(uniqueKeysWithValues: review.amounts.map { (String($0.key), $0.value) })
        recommendedAmountsJSON = String(decoding: try JSONEncoder().encode(keyed), as: UTF8.self)
        conditions = review.conditions
        statusRaw = FundingRequestStatus.reviewed.rawValue
    }
}

/// A bilaga of an äskande (a project plan, a budget sheet), in the order it was sent.
public final class FundingRequestFile: Model, @unchecked Sendable {
    public static let schema = "funding_request_files"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "funding_request_id") public var request: FundingRequest
    @Parent(key: "stored_file_id") public var file: StoredFile
    @Field(key: "position") public var position: Int
    @Field(key: "filename") public var filename: String
    @Field(key: "media_type") public var mediaType: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(requestID: UUID, fileID: UUID, position: Int, filename: String, mediaType: String) {
        self.$request.id = requestID
        self.$file.id = fileID
        self.position = position
        self.filename = filename
        self.mediaType = mediaType
    }
}
