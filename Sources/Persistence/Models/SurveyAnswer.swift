import Domain
import Fluent
import Foundation

/// One participant's anonymous answers to the survey of an insats (see `SurveyAnswerDraft`).
public final class SurveyAnswer: Model, @unchecked Sendable {
    public static let schema = "survey_answers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "intervention_id") public var intervention: Intervention
    @Field(key: "answered_on") public var answeredOn: String
    @OptionalField(key: "quality_of_life") public var qualityOfLife: Int?
    @OptionalField(key: "insats_quality") public var insatsQuality: Int?
    @OptionalField(key: "influence") public var influence: Int?
    @OptionalField(key: "discrimination") public var discrimination: Bool?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, interventionID: UUID, draft: SurveyAnswerDraft) {
        self.$organisation.id = organisationID
        self.$intervention.id = interventionID
        answeredOn = draft.answeredOn.iso
        qualityOfLife = draft.ratings[.qualityOfLife]
        insatsQuality = draft.ratings[.insatsQuality]
        influence = draft.ratings[.influence]
        discrimination = draft.discrimination
    }

    public var draft: SurveyAnswerDraft? {
        guard let day = CivilDate(iso: answeredOn) else { return nil }
        var ratings: [SurveyQuestion: Int] = [:]
        ratings[.qualityOfLife] = qualityOfLife
        ratings[.insatsQuality] = insatsQuality
        ratings[.influence] = influence
        return SurveyAnswerDraft(answeredOn: day, ratings: ratings, discrimination: discrimination)
    }
}
