import Domain
import Fluent
import Foundation

/// An insats's participants in one period as counts (see `ParticipantCountsDraft`).
public final class ParticipantCounts: Model, @unchecked Sendable {
    public static let schema = "participant_counts"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "intervention_id") public var intervention: Intervention
    @Field(key: "period") public var period: String
    @Field(key: "women") public var women: Int
    @Field(key: "men") public var men: Int
    @Field(key: "other") public var other: Int
    @Field(key: "new") public var new: Int
    @Field(key: "work") public var work: Int
    @Field(key: "studies") public var studies: Int
    @Field(key: "other_positive") public var otherPositive: Int
    @Field(key: "drop_out") public var dropOut: Int
    @Field(key: "remaining") public var remaining: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, interventionID: UUID) {
        self.$organisation.id = organisationID
        self.$intervention.id = interventionID
    }

    public func apply(_ draft: ParticipantCountsDraft) {
        period = draft.period.code
        women = draft.women
        men = draft.men
        other = draft.other
        new = draft.new
        work = draft.work
        studies = draft.studies
        otherPositive = draft.otherPositive
        dropOut = draft.dropOut
        remaining = draft.remaining
    }

    public var draft: ParticipantCountsDraft? {
        ReportingPeriod(code: period).map {
            ParticipantCountsDraft(period: $0, women: women, men: men, other: other, new: new, work: work, studies: studies,
                                   otherPositive: otherPositive, dropOut: dropOut, remaining: remaining)
        }
    }
}
